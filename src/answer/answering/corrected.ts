/**
 * "Showing results for Philippines.": a headline says when a word of the
 * question was read as another (a typo corrected by src/answer/reading/concepts.ts),
 * so a reader never takes an answer about "Philippine" for one about what
 * they typed without being told.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from '../reading/concepts.ts';
import { fold, term, words } from '../../text/terms.ts';
import { applied } from '../explain.ts';

const same = (text: string) =>
  fold(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The corrected concepts as people write them: the corpus's own spelling
 * (its capitals: "Philippine"), keeping the typed plural when the corpus has
 * it ("phillipines" → "Philippines"). Empty when nothing was corrected.
 */
export function correctionsOf(index: SentenceIndex, concepts: readonly Concept[]): string[] {
  const out: string[] = [];
  for (const c of concepts) {
    // Case, spaces and hyphens are no correction ("north korea", "COVID 19"), nor another
    // name of the same thing ("Korean" for S. Korea): a correction replaced a word the corpus never uses.
    if (c.bonus || same(c.label) === same(c.raw)) continue;
    // Read through the lexicon (a demonym as its country, a word widened through WordNet): no typo,
    // and the answer's reading line says how it was read.
    if (c.country !== undefined || c.widened !== undefined) continue;
    if (!words(c.raw).some((w) => index.df(term(w.word) ?? '') === 0)) continue;
    let shown = c.label;
    const lower = shown.toLowerCase();
    if (c.kind === 'term') {
      const surface = [...c.alternatives.keys()].map((id) => index.surface(id)).find((s) => s && s.toLowerCase() === lower);
      if (surface) shown = surface;
      if (/s$/i.test(c.raw) && !/s$/i.test(shown) && index.wordId(`${lower}s`) !== undefined) shown = `${shown}s`;
    }
    if (!out.includes(shown)) out.push(shown);
  }
  return out;
}

/** "Showing results for Philippines. " before a headline, or "". */
export function correctionNote(index: SentenceIndex, concepts: readonly Concept[]): string {
  const fixed = correctionsOf(index, concepts);
  if (fixed.length) applied('typo-shown');
  return fixed.length ? `Showing results for ${fixed.join(', ')}. ` : '';
}
