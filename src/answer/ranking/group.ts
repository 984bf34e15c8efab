/**
 * Near-identical sentences in different readouts — the Mageshima sentence
 * appears in both Esper–Kono readouts, once with "Secretary Esper", once with
 * "The Secretary" — become one answer entry listing every readout.
 *
 * Two sentences are near-identical when their term sets overlap by at least
 * `DEFAULTS.ranking.nearDuplicate` (Jaccard). Grouping runs on the ranked candidates only, so its cost
 * does not grow with the corpus.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

export interface Group<T extends { sentence: number }> {
  lead: T;
  others: T[];
}

/** Jaccard overlap of two term sets. */
function jaccard(x: Set<number>, y: Set<number>): number {
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Group items (best first); each group is led by its first item. `prefer`
 * may pick another member to lead (the newest one for topic questions).
 */
export function groupNearDuplicates<T extends { sentence: number }>(
  index: SentenceIndex,
  items: T[],
  prefer?: (a: T, b: T) => number,
): Group<T>[] {
  // Each group's first member's terms and the readouts it holds, computed
  // once: forty candidates make hundreds of comparisons.
  const groups: { members: T[]; terms: Set<number>; files: Set<string> }[] = [];
  for (const item of items) {
    const file = index.readout(item.sentence).file;
    const terms = new Set(index.termsOf(item.sentence));
    const home = groups.find((g) => !g.files.has(file) && jaccard(g.terms, terms) >= DEFAULTS.ranking.nearDuplicate);
    if (home) {
      applied('group-near-duplicates');
      home.members.push(item);
      home.files.add(file);
    } else groups.push({ members: [item], terms, files: new Set([file]) });
  }
  return groups.map(({ members }) => {
    const ordered = prefer ? [...members].sort(prefer) : members;
    return { lead: ordered[0] as T, others: ordered.slice(1) };
  });
}
