/**
 * `quote`: the full verbatim sentences that contain a phrase, in every readout
 * that has it, first said first. Case, accents, quote style, dashes,
 * punctuation and spacing are ignored: phrase and sentence are compared as
 * sequences of words (src/text/terms.ts, words()). Without an exact match the answer
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
/** Sentences counted at most: "more than 1,000" beyond. */
export const MAX_COUNTED = 1000;

/**
 * Sentences that hold the phrase, first said first (sentence numbers follow
 * readout dates); at most `limit` of them.
 */
export function phraseMatches(index: SentenceIndex, input: string, limit = Infinity): number[] {
  const out: number[] = [];
  for (const i of phraseHits(index, input)) if (out.push(i) >= limit) break;
  return out;
}

/** phraseMatches, one at a time, for callers that decide as they go how many they need. */
export function* phraseHits(index: SentenceIndex, input: string): Generator<number> {
  const plan = planPhrase(index, input);
  if (!plan) return;
  const { candidates, others, othersCount, words: run } = plan;
  if (!candidates) {
    for (let i = 0; i < index.size; i++) if (index.wordRunAt(i, run) >= 0) yield i;
    return;
  }
  // A plain loop: a boilerplate phrase is in tens of thousands of sentences.
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] as number;
    if ((!others || others[i] === othersCount) && index.wordRunAt(i, run) >= 0) yield i;
  }
}

/**
 * How to look for a phrase: its word ids, and the sentences that can hold it
 * (those with its rarest search term; all of them for a phrase of stop words
 * only, "of the"). Null when some word of it is in no sentence at all.
 * A sentence holds a phrase when its words — case, accents, quote style,
 * punctuation and dashes aside — contain the phrase's words in a row.
 */
interface PhrasePlan {
  words: number[];
  candidates: Uint32Array | null;
  /** others[s] === othersCount when sentence s holds the phrase's other terms too. */
  others: Uint8Array | null;
  othersCount: number;
}

function planPhrase(index: SentenceIndex, input: string): PhrasePlan | null {
  const phrase: number[] = [];
  for (const { word } of words(input)) {
    const id = index.wordId(word);
    if (id === undefined) return null;
    phrase.push(id);
  }
  if (phrase.length === 0) return null;
  const ids = [...new Set(terms(input).map((t) => index.termId(t)))]
    .filter((id): id is number => id !== undefined)
    .sort((a, b) => index.df(a) - index.df(b));
  if (ids.length === 0) return { words: phrase, candidates: null, others: null, othersCount: 0 };
  // Sentences holding the next rarest terms as well: one pass over their
  // postings spares reading the words of most candidates.
  const others = ids.slice(1, 4);
  let marks: Uint8Array | null = null;
  if (others.length) {
    marks = new Uint8Array(index.size);
    others.forEach((id, k) => {
      const postings = index.postings(id);
      for (let p = 0; p < postings.length; p++) {
        const s = postings[p] as number;
        if (marks![s] === k) marks![s] = k + 1;
      }
    });
  }
  return { words: phrase, candidates: index.postings(ids[0] as number), others: marks, othersCount: others.length };
}

export function quote(index: SentenceIndex, input: string): Answer {
  const base = { command: 'quote' as const, input, intent: 'quote' as const, searched: index.readouts.length };
  // Sentence numbers follow readout dates, so ascending is first said first.
  // Counting stops at MAX_COUNTED: past that, "more than 1,000" says all a
  // reader needs, and boilerplate phrases answer as fast as rare ones.
  const hits = phraseMatches(index, input, MAX_COUNTED + 1);
  if (hits.length > 0) {
    const capped = hits.length > MAX_COUNTED;
    const counted = capped ? MAX_COUNTED : hits.length;
    const docs = new Set(hits.slice(0, counted).map((h) => index.readout(h)));
    const where = capped
      ? `more than ${MAX_COUNTED.toLocaleString('en-US')} sentences`
      : `${counted} sentence${counted === 1 ? '' : 's'} of ${readouts(docs.size)}`;
    const shown = counted > MAX_QUOTES ? ` The first ${MAX_QUOTES} are shown.` : '';
    return {
      ...base,
      headline: `“${input.trim()}” is in ${where}.${shown}`,
      none: false,
      results: hits.slice(0, MAX_QUOTES).map((h) => result(index, h, 1)),
      count: counted,
      ...(capped ? { countCapped: true } : {}),
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
