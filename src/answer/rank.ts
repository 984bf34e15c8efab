/**
 * Ranking sentences for a set of concepts.
 *
 * MiniSearch finds the candidates and their BM25+ scores (any concept matches).
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
import type { DateRange } from './dateFilter.ts';
import { inRange } from './dateFilter.ts';
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
  /** Only sentences of these readouts. */
  docs?: Set<string>;
}

const TITLE_CREDIT = 0.5;

export function rank(index: SentenceIndex, concepts: Concept[], options: RankOptions = {}): Ranked[] {
  const alternatives = new Map<string, number>();
  for (const c of concepts) {
    for (const [alt, w] of c.alternatives) alternatives.set(alt, Math.max(w, alternatives.get(alt) ?? 0));
  }
  if (alternatives.size === 0) return [];
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  const hits = index.mini.search([...alternatives.keys()].join(' '), {
    boost: { text: 1, title: 0.3, entities: 1 },
    boostTerm: (t) => alternatives.get(t) ?? 1,
    filter: (r) => {
      const sentence = index.sentences[r.id as number];
      if (!sentence) return false;
      if (options.docs && !options.docs.has(sentence.doc)) return false;
      return inRange(sentence.date, options.range);
    },
  });
  const best = hits[0]?.score ?? 1;
  const ranked: Ranked[] = [];
  for (const hit of hits) {
    const id = hit.id as number;
    const own = new Set([...(index.termsOf[id] as string[]), ...(index.entitiesOf[id] as string[])]);
    const title = index.readoutOf(id).titleTerms;
    let covered = 0;
    const matched: Concept[] = [];
    for (const c of concepts) {
      const inSentence = credit(c, (k) => own.has(k));
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
