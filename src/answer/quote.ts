/**
 * `quote`: the full verbatim sentences that contain a phrase, in every readout
 * that has it, first said first. Case, quote style, dashes, punctuation and
 * spacing are ignored (src/text/phrase.ts). Without an exact match the answer
 * says so and offers the closest sentences, marked as not exact (`closest`).
 */
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { phraseKey, containsPhrase } from '../text/phrase.ts';
import { terms } from '../text/terms.ts';
import { conceptsOf } from './concepts.ts';
import { rank } from './rank.ts';
import { readouts, result } from './cite.ts';
import { suggestionsFor } from './suggest.ts';
import type { Answer } from './types.ts';

const CLOSEST = 3;
const CLOSEST_MIN_COVERAGE = 0.4;
/** A phrase in thousands of sentences ("the two leaders") shows the first of them. */
export const MAX_QUOTES = 50;

/**
 * Sentences that hold the phrase, first said first. Only sentences whose
 * term sequence holds the phrase's terms side by side are read in full, and
 * those are found through the phrase's rarest term.
 */
export function phraseMatches(index: SentenceIndex, input: string): number[] {
  return [...phraseHits(index, input)];
}

/** phraseMatches, one at a time, for callers that need only the first few. */
export function* phraseHits(index: SentenceIndex, input: string): Generator<number> {
  const phrase = phraseKey(input);
  if (!phrase.trim()) return;
  const ids: number[] = [];
  for (const t of terms(input)) {
    const id = index.id(t);
    // A word no sentence uses: no sentence can hold the phrase.
    if (id === undefined || index.df(id) === 0) return;
    ids.push(id);
  }
  const holds = (i: number) => containsPhrase(phraseKey(index.text(i)), phrase);
  if (ids.length === 0) {
    // Only stop words ("of the"): no term to look up, so read every sentence.
    for (let i = 0; i < index.size; i++) if (holds(i)) yield i;
    return;
  }
  const rarest = ids.reduce((a, b) => (index.df(b) < index.df(a) ? b : a));
  for (const i of index.postings(rarest)) if (hasRun(index.termsOf(i), ids) && holds(i)) yield i;
}

/** True when `run` occurs in `sequence` as consecutive items. */
function hasRun(sequence: Uint32Array, run: number[]): boolean {
  outer: for (let start = 0; start + run.length <= sequence.length; start++) {
    for (let k = 0; k < run.length; k++) if (sequence[start + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

export function quote(index: SentenceIndex, input: string): Answer {
  const base = { command: 'quote' as const, input, intent: 'quote' as const, searched: index.readouts.length };
  // Sentence numbers follow readout dates, so ascending is first said first.
  const hits = phraseMatches(index, input);
  if (hits.length > 0) {
    const docs = new Set(hits.map((h) => index.readout(h).file));
    const shown = hits.length > MAX_QUOTES ? ` The first ${MAX_QUOTES} are shown.` : '';
    return {
      ...base,
      headline: `“${input.trim()}” is in ${hits.length.toLocaleString('en-US')} sentence${hits.length === 1 ? '' : 's'} of ${readouts(docs.size)}.${shown}`,
      none: false,
      results: hits.slice(0, MAX_QUOTES).map((h) => result(index, h, 1)),
      count: hits.length,
    };
  }
  const closest = rank(index, conceptsOf(index, input), { limit: CLOSEST * 4 })
    .filter((r) => r.coverage >= CLOSEST_MIN_COVERAGE)
    .slice(0, CLOSEST)
    .map((r) => result(index, r.sentence, r.score));
  return {
    ...base,
    headline: `No sentence in ${readouts(index.readouts.length)} contains “${input.trim()}”.${closest.length ? ' The closest are below; they are not exact.' : ''}`,
    none: true,
    results: [],
    closest,
    suggestions: suggestionsFor(index, input),
  };
}
