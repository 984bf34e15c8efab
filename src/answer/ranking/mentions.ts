/**
 * Which readouts mention a topic, shared by `timeline` and ask's count intent
 * ("how many readouts mention X"). A sentence mentions the topic when it names every
 * concept of it (an alias counts: "DPRK" mentions North Korea) and, for a
 * phrase of several words, names them together, in any order ("Kishi Nobuo" =
 * "Nobuo Kishi"), not scattered across the sentence.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import type { Concept } from '../reading/concepts.ts';
import { dateTest, type DateRange } from '../reading/dateFilter.ts';

export interface Mention {
  sentence: number;
  score: number;
}

/** The index's reused mark arrays (SentenceIndex.marks) this module uses, one per pass. */
const MARKS_LEVEL = 0;
const MARKS_UNION = 1;

/**
 * The first sentence of each readout that mentions the concepts, oldest
 * readout first. Candidates are the sentences holding the rarest concept;
 * each is checked for the others.
 */
export function mentions(index: SentenceIndex, concepts: Concept[], range: DateRange | null | undefined): Mention[] {
  if (concepts.length === 0 || concepts.some((c) => c.alternatives.size === 0)) return [];
  const size = (c: Concept) => [...c.alternatives.keys()].reduce((n, id) => n + index.df(id), 0);
  const [rarest, ...others] = [...concepts].sort((a, b) => size(a) - size(b)) as [Concept, ...Concept[]];
  const inDates = dateTest(range);
  const hasOthers = holdersOfAll(index, others);
  const wordConcepts = concepts.filter((c) => c.kind === 'term');
  const found: Mention[] = [];
  // Plain loops over the typed arrays: a common topic at 40,000 readouts has
  // hundreds of thousands of candidate sentences.
  const { readoutOf, docOffsets, docTerms } = index.data;
  const candidates = union(index, [...rarest.alternatives.keys()]);
  // Readouts are sorted oldest first and their sentences numbered in order:
  // the first hit in each readout is its first mention. A readout already
  // listed, or outside the dates (one date for all its sentences), is done.
  let done = -1;
  for (let k = 0; k < candidates.length; k++) {
    const sentence = candidates[k] as number;
    const readout = readoutOf[sentence] as number;
    if (readout === done) continue;
    if (inDates && !inDates(index.readoutDate(readout))) {
      done = readout;
      continue;
    }
    if (hasOthers && !hasOthers(sentence)) continue;
    // Rule `mention-together`: the words of the topic scattered over the sentence are no mention of it.
    if (wordConcepts.length > 1 && !together(docTerms, docOffsets[sentence] as number, docOffsets[sentence + 1] as number, wordConcepts)) {
      applied('mention-together');
      continue;
    }
    done = readout;
    found.push({ sentence, score: 1 });
  }
  return found;
}

/**
 * The same test for one sentence, read in place: for the few sentences a
 * timeline looks at past a readout's first mention (src/answer/ranking/timelinePick.ts).
 */
export function mentionsAt(index: SentenceIndex, concepts: Concept[], sentence: number): boolean {
  if (concepts.length === 0) return false;
  for (const c of concepts) {
    let named = false;
    for (const id of c.alternatives.keys()) if ((named = index.has(sentence, id))) break;
    if (!named) return false;
  }
  const wordConcepts = concepts.filter((c) => c.kind === 'term');
  if (wordConcepts.length <= 1) return true;
  const { docOffsets, docTerms } = index.data;
  return together(docTerms, docOffsets[sentence] as number, docOffsets[sentence + 1] as number, wordConcepts);
}

/**
 * A test for "this sentence names every one of these concepts", from their
 * postings: one pass over each, no per-sentence search. Null for none.
 */
function holdersOfAll(index: SentenceIndex, concepts: Concept[]): ((sentence: number) => boolean) | null {
  if (concepts.length === 0) return null;
  // level[s] = how many of the concepts so far sentence s names, in order.
  const level = index.marks(MARKS_LEVEL);
  concepts.forEach((c, k) => {
    for (const id of c.alternatives.keys()) {
      for (const s of index.postings(id)) if (level[s] === k) level[s] = k + 1;
    }
  });
  const all = concepts.length;
  return (sentence) => level[sentence] === all;
}

/** Sentences holding any of the ids, ascending (marked, then read in order: no set of a million numbers). */
function union(index: SentenceIndex, ids: number[]): ArrayLike<number> {
  if (ids.length === 1) return index.postings(ids[0] as number);
  const marks = index.marks(MARKS_UNION);
  let count = 0;
  for (const id of ids) {
    const postings = index.postings(id);
    for (let p = 0; p < postings.length; p++) {
      const s = postings[p] as number;
      if (marks[s] === 0) {
        marks[s] = 1;
        count++;
      }
    }
  }
  const out = new Uint32Array(count);
  for (let s = 0, n = 0; n < count; s++) if (marks[s] === 1) out[n++] = s;
  return out;
}

/**
 * The word concepts of a multi-word topic must sit within a short window of
 * each other: some mention of the first with a mention of every other near
 * it. Plain loops: this runs for thousands of sentences per question.
 */
function together(terms: ArrayLike<number>, start: number, end: number, words: Concept[]): boolean {
  const window = words.length + DEFAULTS.ranking.phraseSlack;
  const first = words[0] as Concept;
  for (let p = start; p < end; p++) {
    if (!first.alternatives.has(terms[p] as number)) continue;
    const from = Math.max(start, p - window + 1);
    const to = Math.min(end, p + window);
    let all = true;
    for (let k = 1; k < words.length && all; k++) {
      const alternatives = (words[k] as Concept).alternatives;
      let near = false;
      for (let q = from; q < to && !near; q++) near = alternatives.has(terms[q] as number);
      all = near;
    }
    if (all) return true;
  }
  return false;
}
