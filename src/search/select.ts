/**
 * Picking the best-scored sentences out of many: the heap behind every ranked
 * answer (topK) and the linear-time selection that narrows BM25 candidates
 * before they are rescored (bestOf). Ties go to the lower sentence number,
 * the earlier readout, so answers do not depend on the order of postings.
 */
export interface Scored {
  sentence: number;
  score: number;
}

/** Better first: higher score, then the earlier sentence. */
export const better = (a: Scored, b: Scored) => b.score - a.score || a.sentence - b.sentence;

/**
 * The `k` best of the touched sentences, in no particular order, in O(n): a
 * selection finds the k-th best score, then one pass collects those above it
 * and, of those equal to it, the lowest sentence numbers (as topK would).
 */
export function bestOf(touched: ArrayLike<number>, scores: Float64Array, k: number): number[] {
  if (touched.length <= k) return Array.from(touched);
  const values = new Float64Array(touched.length);
  for (let i = 0; i < touched.length; i++) values[i] = scores[touched[i] as number] as number;
  const threshold = kthLargest(values, k);
  const out: number[] = [];
  const ties: number[] = [];
  for (let i = 0; i < touched.length; i++) {
    const doc = touched[i] as number;
    const score = scores[doc] as number;
    if (score > threshold) out.push(doc);
    else if (score === threshold) ties.push(doc);
  }
  ties.sort((a, b) => a - b);
  for (let i = 0; out.length < k && i < ties.length; i++) out.push(ties[i] as number);
  return out;
}

/** The k-th largest value (k ≥ 1) by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    // Median of three as the pivot: scores arrive in runs, not at random.
    const mid = (lo + hi) >> 1;
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = a > b ? (b > c ? b : a > c ? c : a) : a > c ? a : b > c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target] as number;
  }
  return values[target] as number;
}

/**
 * The `limit` best of the touched sentences, best first, in O(n log limit):
 * a min-heap keeps the best seen so far, its worst on top. The heap holds
 * sentence numbers in a typed array (their scores are in `scores`): a
 * common word replaces its top thousands of times, and an object per
 * replacement was most of a question's garbage.
 */
export function topK(touched: ArrayLike<number>, scores: Float64Array, limit: number): Scored[] {
  if (limit <= 0) return [];
  const heap = new Uint32Array(Math.min(limit, touched.length));
  let size = 0;
  // Worse: a lower score, or an equal score on a later sentence.
  const worse = (a: number, b: number) => {
    const sa = scores[a] as number;
    const sb = scores[b] as number;
    return sa < sb || (sa === sb && a > b);
  };
  for (let k = 0; k < touched.length; k++) {
    const sentence = touched[k] as number;
    if (size < heap.length) {
      let i = size++;
      heap[i] = sentence;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] as number, heap[parent] as number)) break;
        const t = heap[i] as number;
        heap[i] = heap[parent] as number;
        heap[parent] = t;
        i = parent;
      }
      continue;
    }
    // Most sentences lose to the heap's worst.
    if (!worse(heap[0] as number, sentence)) continue;
    heap[0] = sentence;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < size && worse(heap[l] as number, heap[w] as number)) w = l;
      if (r < size && worse(heap[r] as number, heap[w] as number)) w = r;
      if (w === i) break;
      const t = heap[i] as number;
      heap[i] = heap[w] as number;
      heap[w] = t;
      i = w;
    }
  }
  const out: Scored[] = [];
  for (let i = 0; i < size; i++) {
    const sentence = heap[i] as number;
    out.push({ sentence, score: scores[sentence] as number });
  }
  return out.sort(better);
}
