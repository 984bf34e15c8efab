/**
 * Compounds: a word the corpus writes joined or split otherwise than typed.
 *
 * - "cleanup" → clean up: the known terms of a word split in two (a typed
 *   compound the corpus writes as two words);
 * - rule `counter-compound` — "terrorism" → counterterrorism: the corpus's
 *   counter-/anti- compound of the word, written as one word; and
 *   "counterterrorism" → terrorism, for a readout that writes "counter-terrorism".
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { term } from '../../text/terms.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import { widenTarget } from './widenTarget.ts';

const WEIGHT = DEFAULTS.reading.weights;

/**
 * The known terms of a word split in two ("cleanup" → clean, "ceasefire" →
 * cease + fire), where each half is a word the corpus uses or a stop word.
 */
export function compoundParts(index: SentenceIndex, word: string): string[] {
  if (word.length < 6) return [];
  for (let cut = word.length - 2; cut >= 3; cut--) {
    const left = term(word.slice(0, cut));
    const rightWord = word.slice(cut);
    const right = term(rightWord);
    const leftOk = left !== null && index.df(left) > 0;
    const rightOk = right === null || index.df(right) > 0;
    if (leftOk && rightOk && rightWord.length >= 2) return [left, ...(right ? [right] : [])];
  }
  return [];
}

/**
 * Rule `counter-compound`: "did they talk about terrorism?" where the readout says "counterterrorism
 * cooperation" — the word also matches the corpus's counter-/anti- compound of it (written as one word; a
 * hyphenated one already holds the word), at the synonym weight: talk about countering a thing is talk about it.
 */
export function counterCompounds(index: SentenceIndex, raw: string, alternatives: Map<number, number>): string[] {
  const added: string[] = [];
  const add = (word: string) => {
    const id = widenTarget(index, word);
    // The corpus must write that very compound: "counterred" stems to the term of "counter".
    if (id === undefined || alternatives.has(id) || !(index.surface(id) ?? '').toLowerCase().startsWith(word.slice(0, word.length - 2)))
      return;
    applied('counter-compound');
    alternatives.set(id, WEIGHT.synonym);
    added.push(word);
  };
  for (const prefix of COMPOUND_PREFIXES) {
    add(`${prefix}${raw}`);
    // "counterterrorism" where the readout writes "counter-terrorism": the word after the hyphen.
    if (raw.startsWith(prefix) && raw.length - prefix.length >= 4) add(raw.slice(prefix.length));
  }
  return added;
}
const COMPOUND_PREFIXES = ['counter', 'anti'];
