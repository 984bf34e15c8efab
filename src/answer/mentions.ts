/**
 * Which readouts mention a topic, shared by `timeline` and ask's count intent
 * ("how many readouts mention X"). A sentence mentions the topic when it names every
 * concept of it (an alias counts: "DPRK" mentions North Korea) and, for a
 * phrase of several words, names them together, in any order ("Kishi Nobuo" =
 * "Nobuo Kishi"), not scattered across the sentence.
 */
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import type { Concept } from './concepts.ts';
import { dateTest, type DateRange } from './dateFilter.ts';

export interface Mention {
  sentence: number;
  score: number;
}

/** Extra terms allowed between a phrase's words ("East and South China Sea"). */
const PHRASE_SLACK = 1;

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
  let lastReadout = -1;
  for (const sentence of union(index, [...rarest.alternatives.keys()])) {
    const readout = index.readout(sentence);
    // Readouts are sorted oldest first and their sentences numbered in order:
    // the first hit in each readout is its first mention.
    if (readout.first === lastReadout) continue;
    if (inDates && !inDates(index.dateOf(sentence))) continue;
    if (hasOthers && !hasOthers(sentence)) continue;
    if (wordConcepts.length > 1 && !together(index.termsOf(sentence), wordConcepts)) continue;
    lastReadout = readout.first;
    found.push({ sentence, score: 1 });
  }
  return found;
}

/**
 * A test for "this sentence names every one of these concepts", from their
 * postings: one pass over each, no per-sentence search. Null for none.
 */
function holdersOfAll(index: SentenceIndex, concepts: Concept[]): ((sentence: number) => boolean) | null {
  if (concepts.length === 0) return null;
  // level[s] = how many of the concepts so far sentence s names, in order.
  const level = new Uint8Array(index.size);
  concepts.forEach((c, k) => {
    for (const id of c.alternatives.keys()) {
      for (const s of index.postings(id)) if (level[s] === k) level[s] = k + 1;
    }
  });
  const all = concepts.length;
  return (sentence) => level[sentence] === all;
}

/** Sentences holding any of the ids, ascending. */
function union(index: SentenceIndex, ids: number[]): Iterable<number> {
  if (ids.length === 1) return index.postings(ids[0] as number);
  const all = new Set<number>();
  for (const id of ids) for (const sentence of index.postings(id)) all.add(sentence);
  return [...all].sort((a, b) => a - b);
}

/**
 * The word concepts of a multi-word topic must sit within a short window of
 * each other: some mention of the first with a mention of every other near
 * it. Plain loops: this runs for thousands of sentences per question.
 */
function together(sequence: Uint32Array, words: Concept[]): boolean {
  const window = words.length + PHRASE_SLACK;
  const first = words[0] as Concept;
  for (let p = 0; p < sequence.length; p++) {
    if (!first.alternatives.has(sequence[p] as number)) continue;
    const from = Math.max(0, p - window + 1);
    const to = Math.min(sequence.length, p + window);
    let all = true;
    for (let k = 1; k < words.length && all; k++) {
      const alternatives = (words[k] as Concept).alternatives;
      let near = false;
      for (let q = from; q < to && !near; q++) near = alternatives.has(sequence[q] as number);
      all = near;
    }
    if (all) return true;
  }
  return false;
}
