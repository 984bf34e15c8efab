import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestOf, topK } from '../src/search/select.ts';

/** The reference: sort everything, best score first, then lower sentence number. */
function sorted(touched: number[], scores: Float64Array): number[] {
  return [...touched].sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
}

// Scores drawn from a few values, so ties at the cut are common.
const cases = fc
  .uniqueArray(fc.nat(499), { minLength: 0, maxLength: 300 })
  .chain((touched) =>
    fc.record({
      touched: fc.shuffledSubarray(touched, { minLength: touched.length, maxLength: touched.length }),
      values: fc.array(fc.constantFrom(0.5, 1, 1.25, 2, 3.75), { minLength: touched.length, maxLength: touched.length }),
      k: fc.integer({ min: 1, max: 320 }),
    }),
  )
  .map(({ touched, values, k }) => {
    const scores = new Float64Array(500);
    touched.forEach((s, i) => (scores[s] = values[i] as number));
    return { touched, scores, k };
  });

describe('selecting the best sentences', () => {
  it('topK returns the k best, best first, ties to the lower sentence', () => {
    const scores = new Float64Array([0, 2, 5, 2, 1, 5]);
    expect(topK([1, 2, 3, 4, 5], scores, 3)).toEqual([
      { sentence: 2, score: 5 },
      { sentence: 5, score: 5 },
      { sentence: 1, score: 2 },
    ]);
    expect(topK([1, 2], scores, 0)).toEqual([]);
  });

  it('bestOf keeps the same sentences as a full sort, whatever the order and ties', () => {
    fc.assert(
      fc.property(cases, ({ touched, scores, k }) => {
        const expected = sorted(touched, scores).slice(0, k);
        expect([...bestOf(touched, scores, k)].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
        expect(topK(touched, scores, k).map((s) => s.sentence)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
