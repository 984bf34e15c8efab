/**
 * The shapes of a slip the fuzzy reading of an unknown word tries (src/answer/reading/concepts.ts): two letters
 * swapped, and a short word that is an acronym mistyped.
 */

/** The word with each pair of adjacent letters swapped ("ukriane" → "ukraine", …). */
export function transpositions(word: string): string[] {
  const out: string[] = [];
  for (let k = 1; k < word.length - 1; k++) out.push(`${word.slice(0, k)}${word[k + 1]}${word[k]}${word.slice(k + 2)}`);
  return out;
}

/** A corpus word written in capitals only, at least three of them ("THAAD", "NATO"). */
export function isAcronym(surface: string | undefined): boolean {
  return surface !== undefined && /^[A-Z][A-Z0-9-]{2,}$/.test(surface);
}
