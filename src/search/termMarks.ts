/**
 * The terms and entities of one sentence at a time, for "how often does this
 * sentence hold term t" in constant time. Ranking asks that for every
 * candidate sentence and every alternative of every concept of a question —
 * hundreds of thousands of checks for a long question when each one scans the
 * sentence's term list — so the sentence is read once into these marks and
 * each check is one array read.
 *
 * One stamp per vocabulary id, not a set per sentence: loading the next
 * sentence bumps the stamp, so nothing is cleared and nothing is allocated.
 */
import type { IndexData } from './sentenceIndex.ts';

export class TermMarks {
  private readonly stamp: Uint32Array;
  private readonly count: Uint16Array;
  private current = 0;

  constructor(private readonly data: Pick<IndexData, 'vocab' | 'docOffsets' | 'docTerms' | 'entOffsets' | 'docEntities'>) {
    this.stamp = new Uint32Array(data.vocab.length);
    this.count = new Uint16Array(data.vocab.length);
  }

  /** Read sentence i: from now on tf() and has() answer for it. */
  load(i: number): void {
    if (++this.current === 0xffffffff) {
      this.stamp.fill(0);
      this.current = 1;
    }
    const { docOffsets, docTerms, entOffsets, docEntities } = this.data;
    const { stamp, count, current } = this;
    for (let p = docOffsets[i] as number, end = docOffsets[i + 1] as number; p < end; p++) {
      const t = docTerms[p] as number;
      if (stamp[t] === current) count[t] = (count[t] as number) + 1;
      else {
        stamp[t] = current;
        count[t] = 1;
      }
    }
    // An entity counts once, however often the sentence names it (as SentenceIndex.has does).
    for (let p = entOffsets[i] as number, end = entOffsets[i + 1] as number; p < end; p++) {
      const e = docEntities[p] as number;
      stamp[e] = current;
      count[e] = 1;
    }
  }

  /** How many times the loaded sentence holds the term (an entity: 1), 0 when it does not. */
  tf(id: number): number {
    return this.stamp[id] === this.current ? (this.count[id] as number) : 0;
  }

  /** True when the loaded sentence holds the term or entity. */
  has(id: number): boolean {
    return this.stamp[id] === this.current;
  }
}
