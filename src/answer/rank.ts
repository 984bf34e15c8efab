/**
 * Ranking sentences for a set of concepts.
 *
 * BM25+ over the index finds the candidates (any concept matches); the best
 * few hundred are rescored.
 * Each candidate is then scored by *coverage*: the share of the question's
 * concepts, weighted by rarity (IDF), that the sentence mentions. A concept
 * named only in the readout's title (the Secretary in "Readout of Secretary
 * Mattis' Call…" when the sentence says "the Secretary") earns half credit.
 *
 *   score = coverage² × (0.5 + bm25 / best bm25)
 *
 * Coverage dominates, so a sentence that answers the whole question beats one
 * that repeats a single word; BM25 orders sentences of equal coverage.
 */
import { dateTest, type DateRange } from './dateFilter.ts';
import { credit, type Concept } from './concepts.ts';
import type { SentenceIndex } from '../search/sentenceIndex.ts';

export interface Ranked {
  sentence: number;
  score: number;
  /** Share (0..1) of the concepts' weight the sentence covers. */
  coverage: number;
  /** Concepts the sentence itself (not its title) mentions. */
  matched: Concept[];
}

export interface RankOptions {
  range?: DateRange | null;
  /** Keep at most this many, best first. */
  limit?: number;
}

const TITLE_CREDIT = 0.5;

/** How many BM25 candidates are rescored by coverage. */
const CANDIDATES = 300;

export function rank(index: SentenceIndex, concepts: Concept[], options: RankOptions = {}): Ranked[] {
  const weights = new Map<number, number>();
  for (const c of concepts) {
    for (const [alt, w] of c.alternatives) weights.set(alt, Math.max(w, weights.get(alt) ?? 0));
  }
  if (weights.size === 0) return [];
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  const inDates = dateTest(options.range);
  const keep = inDates ? (i: number) => inDates(index.dateOf(i)) : null;
  // A caller that wants a few (quote's closest, an event's date) rescores fewer.
  const hits = index.bm25(weights, keep, options.limit ? Math.min(CANDIDATES, Math.max(options.limit * 5, 60)) : CANDIDATES);
  const best = hits[0]?.score ?? 1;
  const ranked: Ranked[] = [];
  for (const hit of hits) {
    const id = hit.sentence;
    const title = index.readout(id).titleTerms;
    let covered = 0;
    const matched: Concept[] = [];
    for (const c of concepts) {
      const inSentence = credit(c, (k) => index.has(id, k));
      if (inSentence > 0) matched.push(c);
      const inTitle = credit(c, (k) => title.has(k)) * TITLE_CREDIT;
      covered += c.weight * Math.max(inSentence, inTitle);
    }
    const coverage = total > 0 ? covered / total : 0;
    ranked.push({ sentence: id, coverage, matched, score: coverage * coverage * (0.5 + hit.score / best) });
  }
  ranked.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  return options.limit ? ranked.slice(0, options.limit) : ranked;
}
