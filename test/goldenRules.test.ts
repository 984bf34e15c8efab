import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { splitSentences } from '../src/text/sentences.ts';

// pySBD's 48 English Golden Rules (MIT; see "source" in the file): general English, not readout
// prose, so they guard the splitter against rules tuned only to this corpus.
const GoldenRules = z.object({
  source: z.string(),
  license: z.literal('MIT'),
  cases: z.array(z.object({ id: z.number(), name: z.string(), input: z.string(), expected: z.array(z.string()) })),
});
const golden = GoldenRules.parse(JSON.parse(readFileSync(new URL('./golden-rules-en.json', import.meta.url), 'utf8')));

/**
 * Cases the splitter is known to get wrong, by id. Empty today: a case that
 * starts failing must be fixed or listed here with the reason, so a
 * regression cannot pass unnoticed; one that starts passing must be removed.
 */
const KNOWN_MISSES: number[] = [];

describe('pySBD English Golden Rules', () => {
  it('GIVEN the 48 cases THEN at least 44 pass and the misses are exactly the known ones', () => {
    expect(golden.cases).toHaveLength(48);
    const misses = golden.cases.filter((c) => JSON.stringify(splitSentences(c.input)) !== JSON.stringify(c.expected));
    expect(misses.map((c) => c.id)).toEqual(KNOWN_MISSES);
    expect(golden.cases.length - misses.length).toBeGreaterThanOrEqual(44);
  });

  it('GIVEN rule 18, the hardest case THEN a.m. opening a sentence continues and P.M. closing one ends it', () => {
    const rule = golden.cases.find((c) => c.id === 18);
    expect(rule?.name).toBe('A.M. / P.M. as non sentence boundary and sentence boundary');
    expect(splitSentences(rule?.input ?? '')).toEqual([
      'At 5 a.m. Mr. Smith went to the bank.',
      'He left the bank at 6 P.M.',
      'Mr. Smith then went to the store.',
    ]);
  });
});
