/**
 * `quote`: the full verbatim sentences that contain a phrase, in every readout
 * that has it, first said first. Case, accents, quote style, dashes,
 * punctuation and spacing are ignored: phrase and sentence are compared as
 * sequences of words (src/text/terms.ts, words()). Without an exact match the answer
 * says so and offers the closest sentences, marked as not exact (`closest`).
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { terms, words } from '../../text/terms.ts';
import { conceptsOf } from '../reading/concepts.ts';
import { rank } from '../ranking/rank.ts';
import { readoutsLabel, result } from './cite.ts';
import { suggestionsFor } from './suggest.ts';
import type { Answer } from '../types.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

/** A phrase in thousands of sentences ("the two leaders") shows the first of them; counting stops past a thousand. */
const { maxQuotes, maxCounted, closest: closestShown, closestMinCoverage } = DEFAULTS.answering;

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
  const { candidates, others, words: run } = plan;
  if (!candidates) {
    for (let i = 0; i < index.size; i++) if (index.wordRunAt(i, run) >= 0) yield i;
    return;
  }
  // The other terms' postings are walked alongside the candidates (all are
  // ascending), so a caller that stops after a few hundred hits has read only
  // the postings before them, not every sentence with "two" and "leaders".
  const at = others.map(() => 0);
  // A plain loop: a boilerplate phrase is in tens of thousands of sentences.
  candidate: for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] as number;
    for (let o = 0; o < others.length; o++) {
      const postings = others[o] as Uint32Array;
      const p = seek(postings, at[o] as number, i);
      at[o] = p;
      if (postings[p] !== i) continue candidate;
    }
    if (index.wordRunAt(i, run) >= 0) yield i;
  }
}

/**
 * The first position at or after `from` whose sentence is at least `target`
 * (postings.length when none): galloping, then a binary search, so a common
 * term's postings are skipped through, not read one by one.
 */
function seek(postings: Uint32Array, from: number, target: number): number {
  if (from >= postings.length || (postings[from] as number) >= target) return from;
  let lo = from;
  let step = 1;
  while (lo + step < postings.length && (postings[lo + step] as number) < target) {
    lo += step;
    step *= 2;
  }
  // postings[lo] < target; the first at or above it is in (lo, lo + step].
  let hi = Math.min(lo + step, postings.length);
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((postings[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  /** Postings of the next rarest terms: a candidate must be in each (checked before reading its words). */
  others: Uint32Array[];
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
  if (ids.length === 0) return { words: phrase, candidates: null, others: [] };
  return {
    words: phrase,
    candidates: index.postings(ids[0] as number),
    others: ids.slice(1, 4).map((id) => index.postings(id)),
  };
}

export function quote(index: SentenceIndex, input: string): Answer {
  const base = { command: 'quote' as const, input, intent: 'quote' as const, searched: index.readouts.length };
  // Sentence numbers follow readout dates, so ascending is first said first.
  // Counting stops at maxCounted: past that, "more than 1,000" says all a
  // reader needs, and boilerplate phrases answer as fast as rare ones.
  const hits = phraseMatches(index, input, maxCounted + 1);
  if (hits.length > 0) {
    const capped = hits.length > maxCounted;
    const counted = capped ? maxCounted : hits.length;
    const docs = new Set(hits.slice(0, counted).map((h) => index.readout(h)));
    const where = capped
      ? `more than ${maxCounted.toLocaleString('en-US')} sentences`
      : `${counted} sentence${counted === 1 ? '' : 's'} of ${readoutsLabel(docs.size)}`;
    const shown = counted > maxQuotes ? ` The first ${maxQuotes} are shown.` : '';
    return {
      ...base,
      headline: `“${input.trim()}” is in ${where}.${shown}`,
      none: false,
      results: hits.slice(0, maxQuotes).map((h) => result(index, h, 1)),
      count: counted,
      ...(capped ? { countCapped: true } : {}),
    };
  }
  const closest = rank(index, conceptsOf(index, input), { limit: closestShown * 4 })
    .filter((r) => r.coverage >= closestMinCoverage)
    .slice(0, closestShown)
    .map((r) => result(index, r.sentence, r.score));
  if (closest.length) applied('quote-closest');
  return {
    ...base,
    headline: `No sentence in ${readoutsLabel(index.readouts.length)} contains “${input.trim()}”.${closest.length ? ' The closest are below; they are not exact.' : ''}`,
    none: true,
    results: [],
    closest,
    suggestions: suggestionsFor(index, input),
  };
}
