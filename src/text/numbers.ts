/**
 * Number words, in one place (data/text/numbers.json): "two percent" is "2%",
 * "seventy years" is "70 years". The search terms read them as digits
 * (src/text/terms.ts); other modules that match numbers written in words read
 * the same list.
 *
 * @example
 * numberWords().get('seventy')   // → 70
 */
import { z } from 'zod';
import { dataFile } from '../data.ts';

const NumbersFile = z.object({ cardinals: z.record(z.string().regex(/^[a-z]+$/), z.number().int().positive()) });
const numbersFile = dataFile('text/numbers.json', NumbersFile);
let cardinals: ReadonlyMap<string, number> | undefined;

/** Cardinal number words → their value ("one" → 1 … "thousand" → 1000). */
export function numberWords(): ReadonlyMap<string, number> {
  cardinals ??= new Map(Object.entries(numbersFile().cardinals));
  return cardinals;
}
