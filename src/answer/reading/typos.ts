/**
 * The shapes of a slip the fuzzy reading of an unknown word tries (src/answer/reading/concepts.ts): two letters
 * swapped, a word one or two edits from a corpus word, and a short word that is an acronym mistyped.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { term } from '../../text/terms.ts';
import { applied } from '../explain.ts';
import { isEnglish } from './vocabulary.ts';

/**
 * The corpus terms an unknown word (term `t`, typed `raw`) may be a slip for, best first, and the correction to
 * show. Fuzzy only for words the corpus never uses and English does not have (the caller's test), so "Mageshma"
 * finds Mageshima but "plane" never becomes "places". Typos keep the first letter and short words stay exact:
 * "Hong" must not become "Song".
 */
export function slips(index: SentenceIndex, t: string, raw: string): { terms: string[]; label?: string } {
  const out: string[] = [];
  const used = (x: string | null) => x !== null && index.df(x) > 0 && out.push(x);
  // One edit from five letters as typed: the stem of "Matis" is "mati", but the user typed five.
  const distance = t.length >= 8 ? 2 : t.length >= 5 || raw.length >= 5 ? 1 : 0;
  // "ukriane": two letters swapped is one slip (Damerau), which an edit distance of 1 does not reach.
  if (distance > 0) for (const swapped of transpositions(raw.toLowerCase())) used(term(swapped));
  // Rule `short-word-swap`: "tlak" — a four-letter word typed in lower case, two letters swapped, is the English
  // word it spells back (WordNet's); a name ("Hnog") is never turned into another one.
  else if (raw.length === 4 && /^\p{Ll}+$/u.test(raw)) {
    for (const swapped of transpositions(raw)) if (isEnglish(swapped)) used(term(swapped));
    if (out.length) applied('short-word-swap');
  }
  // A short word may be a short acronym mistyped ("thad" → THAAD): one edit, to a word the
  // corpus writes in capitals only, so "Hong" still never becomes "Song".
  const near =
    distance > 0
      ? index.near(t, distance).slice(0, 3)
      : raw.length >= 3
        ? index
            .near(t, 1)
            .filter(([c]) => isAcronym(index.surface(c)))
            .slice(0, 3)
        : [];
  for (const [candidate] of near) out.push(candidate);
  // Shown as the corpus writes it, as a known word is ("mageshma" → Mageshima, "thad" → THAAD).
  const fixed = near[0] ? (index.surface(near[0][0]) ?? near[0][0]) : undefined;
  return fixed ? { terms: out, label: fixed } : { terms: out };
}

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
