/**
 * Which sentences hold a phrase (src/answer/answering/quote.ts, phraseHits), against a
 * plain scan of every sentence. phraseHits walks the other terms' postings
 * alongside the rarest term's, skipping ahead in common ones, so that a caller
 * stopping after a few hundred hits (autocomplete, find) reads only the
 * postings before them; the hits must be exactly the scan's, in order.
 */
import { describe, expect, it } from 'vitest';
import { phraseMatches } from '../src/answer/answering/quote.ts';
import { words } from '../src/text/terms.ts';
import { bundledEngine } from './support/fixtures.ts';

const index = bundledEngine().index;

/** Every sentence whose words hold the phrase's words in a row. */
function scan(phrase: string): number[] {
  const run = words(phrase).map((w) => index.wordId(w.word));
  if (run.some((id) => id === undefined)) return [];
  const out: number[] = [];
  for (let i = 0; i < index.size; i++) if (index.wordRunAt(i, run as number[]) >= 0) out.push(i);
  return out;
}

describe('phraseHits', () => {
  // Common words with rare ones, stop words only, a phrase in one sentence, and one in none.
  const phrases = [
    'the two leaders',
    'Secretary of Defense',
    'field carrier landing practice',
    'of the',
    'discussed the',
    'the United States and',
    'Mageshima',
    'leaders zorblax',
  ];

  it.each(phrases)('finds exactly the sentences a full scan finds: %s', (phrase) => {
    expect(phraseMatches(index, phrase)).toEqual(scan(phrase));
  });

  it('stops at the limit with the first hits, first said first', () => {
    const all = scan('the two leaders');
    expect(all.length).toBeGreaterThan(5);
    expect(phraseMatches(index, 'the two leaders', 5)).toEqual(all.slice(0, 5));
  });
});
