/**
 * A user's word is looked up in tables built from data files. When a table is
 * a plain object, a word that names one of Object's own keys ("constructor",
 * "toString", "__proto__") found the key instead of nothing: `/ask what about
 * the constructor?` threw "… is not iterable" (src/answer/reading/vocabulary.ts)
 * and "constructor" read as a term through a function. Every such word must be
 * an ordinary word, answered like any other.
 */
import { describe, expect, it } from 'vitest';
import { term } from '../src/text/terms.ts';
import { bundledEngine } from './support/fixtures.ts';

const KEYS = Object.getOwnPropertyNames(Object.prototype);
/** Two keys are near words readouts use: "constructor" stems with construction, "valueOf" is a typo's distance from values. */
const NEAR_WORDS = new Set(['constructor', 'valueOf']);

describe("words that name Object's own keys", () => {
  const engine = bundledEngine();

  it.each(KEYS)('GIVEN "%s" THEN its search term is itself, as for any word', (key) => {
    expect(typeof term(key)).toBe('string');
  });

  it.each(KEYS.filter((k) => !NEAR_WORDS.has(k)))(
    'GIVEN /ask about "%s", /timeline and /find THEN each answers (none: no readout uses it)',
    (key) => {
      const word = key.replace(/_/g, '');
      const ask = engine.answer({ command: 'ask', input: `what about the ${key}?` });
      expect(ask.none).toBe(true);
      expect(ask.headline).toContain(word);
      expect(engine.answer({ command: 'timeline', input: key }).none).toBe(true);
      expect(engine.find(`${key} was discussed`).checks.map((c) => c.verdict)).toEqual(['unsupported']);
    },
  );

  it('GIVEN "what about the constructor?" and "valueOf" THEN each is read as a word: construction, values', () => {
    const construction = engine.answer({ command: 'ask', input: 'what about the constructor?' });
    expect(construction.results[0]?.text).toMatch(/construction/);
    const values = engine.answer({ command: 'ask', input: 'valueOf' });
    expect(values.results[0]?.text).toMatch(/shared values/);
  });
});
