/**
 * BM25+ scoring over a SentenceIndex's postings, with MiniSearch's parameters
 * (k1 1.2, b 0.7, δ 0.5). Candidates come from the question's rarest terms, up
 * to a budget of postings; commoner terms only add to the best candidates'
 * scores (see DESIGN.md, "Index").
 */
import { bestOf, topK, type Scored } from './select.ts';
import type { SentenceIndex } from './sentenceIndex.ts';

/** Postings read to gather candidates: the rarest terms up to this many (or 2% of sentences). */
const DRIVER_POSTINGS = 20_000;

/** The index's TermMarks slot (SentenceIndex.termMarks) BM25 uses. */
const MARKS_BM25 = 0;

/** BM25+ parameters, as MiniSearch uses them. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** BM25+'s term-frequency part, given the sentence's length part (lengthNorm). */
const saturate = (tf: number, lengthNorm: number): number => DELTA + (tf * (K1 + 1)) / (tf + lengthNorm);

export class Bm25 {
  /** BM25's length part per sentence, K1 · (1 − B + B · length / average), computed once. */
  private readonly lengthNorm: Float64Array;
  /** One score slot per sentence, reused across queries; only touched slots are read and reset. */
  private scratch: Float64Array | undefined;
  /** The sentences scored so far in this query, in a reused array: a common word touches 20,000. */
  private touchedScratch: Uint32Array | undefined;

  constructor(private readonly index: SentenceIndex) {
    const { docOffsets, docTerms } = index.data;
    const avgLength = index.size ? docTerms.length / index.size : 1;
    this.lengthNorm = new Float64Array(index.size);
    for (let i = 0; i < index.size; i++) {
      const length = (docOffsets[i + 1] as number) - (docOffsets[i] as number);
      this.lengthNorm[i] = K1 * (1 - B + (B * length) / avgLength);
    }
  }

  /**
   * BM25+ over the given term/entity ids (id → weight), best first, at most
   * `limit`. `keep` filters sentences (date ranges, readouts) before scoring.
   */
  score(weights: Map<number, number>, keep: ((i: number) => boolean) | null, limit: number): Scored[] {
    // One score slot per sentence, reused across queries; only touched slots are read and reset.
    this.scratch ??= new Float64Array(this.index.size);
    const index = this.index;
    const scores = this.scratch;
    this.touchedScratch ??= new Uint32Array(this.index.size);
    const touched = this.touchedScratch;
    let touchedCount = 0;
    // Candidates come from the rarest terms, up to a budget of postings; the
    // others ("secretary", in a fifth of all sentences) add to the scores of
    // the best of those candidates, read from their term lists, but do not
    // bring in a hundred thousand sentences of their own.
    const ids = [...weights.keys()].filter((id) => index.df(id) > 0).sort((a, b) => index.df(a) - index.df(b));
    const drivers: number[] = [];
    let budget = 0;
    for (const id of ids) {
      if (drivers.length > 0 && budget + index.df(id) > Math.max(DRIVER_POSTINGS, index.size * 0.02)) break;
      drivers.push(id);
      budget += index.df(id);
    }
    // Locals, not index.data.*: this loop runs for up to 20,000 postings per question.
    const { postOffsets, postDocs, postTf } = index.data;
    const norm = this.lengthNorm;
    for (const id of drivers) {
      const to = postOffsets[id + 1] as number;
      const weight = (weights.get(id) as number) * index.idf(id);
      for (let p = postOffsets[id] as number; p < to; p++) {
        const doc = postDocs[p] as number;
        if (keep && !keep(doc)) continue;
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc] = (scores[doc] as number) + weight * saturate(postTf[p] as number, norm[doc] as number);
      }
    }
    const rest = ids.filter((id) => !drivers.includes(id));
    if (rest.length) {
      const leaders = bestOf(touched.subarray(0, touchedCount), scores, Math.max(limit * 4, 1000));
      const leaderScores = leaders.map((doc) => scores[doc] as number);
      for (let k = 0; k < touchedCount; k++) scores[touched[k] as number] = 0;
      touchedCount = 0;
      const restWeights = rest.map((id) => (weights.get(id) as number) * index.idf(id));
      // Each leader's terms read once, then one lookup per commoner term.
      const marks = index.termMarks(MARKS_BM25);
      for (let k = 0; k < leaders.length; k++) {
        const doc = leaders[k] as number;
        let total = leaderScores[k] as number;
        marks.load(doc);
        for (let r = 0; r < rest.length; r++) {
          const tf = marks.tf(rest[r] as number);
          if (tf > 0) total += (restWeights[r] as number) * saturate(tf, norm[doc] as number);
        }
        touched[touchedCount++] = doc;
        scores[doc] = total;
      }
    }
    const best = topK(touched.subarray(0, touchedCount), scores, limit);
    for (let k = 0; k < touchedCount; k++) scores[touched[k] as number] = 0;
    return best;
  }
}
