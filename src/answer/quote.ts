/**
 * `quote`: the full verbatim sentences that contain a phrase, in every readout
 * that has it, first said first. Case, quote style, dashes, punctuation and
 * spacing are ignored (src/text/phrase.ts). Without an exact match the answer
 * says so and offers the closest sentences, marked as not exact (`closest`).
 */
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { terms, words } from '../text/terms.ts';
import { conceptsOf } from './concepts.ts';
import { rank } from './rank.ts';
import { readouts, result } from './cite.ts';
import { suggestionsFor } from './suggest.ts';
import type { Answer } from './types.ts';

const CLOSEST = 3;
const CLOSEST_MIN_COVERAGE = 0.4;
/** A phrase in thousands of sentences ("the two leaders") shows the first of them. */
export const MAX_QUOTES = 50;

/** Sentences that hold the phrase, first said first (sentence numbers follow readout dates). */
export function phraseMatches(index: SentenceIndex, input: string): number[] {
  const plan = planPhrase(index, input);
  const out: number[] = [];
  if (!plan) return out;
  // A plain loop: a boilerplate phrase is in tens of thousands of sentences.
  const candidates = plan.candidates;
  if (candidates) {
    for (let k = 0; k < candidates.length; k++) {
      const i = candidates[k] as number;
      if (index.wordRunAt(i, plan.words) >= 0) out.push(i);
    }
  } else {
    for (let i = 0; i < index.size; i++) if (index.wordRunAt(i, plan.words) >= 0) out.push(i);
  }
  return out;
}

/** phraseMatches, one at a time, for callers that need only the first few. */
export function* phraseHits(index: SentenceIndex, input: string): Generator<number> {
  const plan = planPhrase(index, input);
  if (!plan) return;
  if (plan.candidates) {
    for (const i of plan.candidates) if (index.wordRunAt(i, plan.words) >= 0) yield i;
  } else {
    for (let i = 0; i < index.size; i++) if (index.wordRunAt(i, plan.words) >= 0) yield i;
  }
}

/**
 * How to look for a phrase: its word ids, and the sentences that can hold it
 * (those with its rarest search term; all of them for a phrase of stop words
 * only, "of the"). Null when some word of it is in no sentence at all.
 * A sentence holds a phrase when its words — case, accents, quote style,
 * punctuation and dashes aside — contain the phrase's words in a row.
 */
function planPhrase(index: SentenceIndex, input: string): { words: number[]; candidates: Uint32Array | null } | null {
  const phrase: number[] = [];
  for (const { word } of words(input)) {
    const id = index.wordId(word);
    if (id === undefined) return null;
    phrase.push(id);
  }
  if (phrase.length === 0) return null;
  let rarest: number | undefined;
  for (const t of terms(input)) {
    const id = index.id(t);
    if (id !== undefined && (rarest === undefined || index.df(id) < index.df(rarest))) rarest = id;
  }
  return { words: phrase, candidates: rarest === undefined ? null : index.postings(rarest) };
}

export function quote(index: SentenceIndex, input: string): Answer {
  const base = { command: 'quote' as const, input, intent: 'quote' as const, searched: index.readouts.length };
  // Sentence numbers follow readout dates, so ascending is first said first.
  const hits = phraseMatches(index, input);
  if (hits.length > 0) {
    const docs = new Set(hits.map((h) => index.readout(h)));
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
