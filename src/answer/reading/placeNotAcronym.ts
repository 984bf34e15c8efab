/**
 * Rule `place-not-acronym`, split from concepts.ts (which reads a question's words into concepts): an alias match
 * the question's words make that is really a place.
 */
import { regionForms } from '../../lexicon/index.ts';
import { countryNamed } from './vocabulary.ts';
import { applied } from '../explain.ts';

/**
 * Rule `place-not-acronym`: "security out in asia" is the region, not the "Autonomous Systems Industry Alliance
 * (ASIA)" one readout defines. A one-word match of an acronym typed not in capitals, whose word names a
 * country or region, is read as the place; typed "ASIA" it is still the acronym, and an acronym of the place
 * itself ("us", the alias table's United States) stays that entity.
 */
export function placeNotAcronym(m: { start: number; end: number; entity: { names: readonly string[] } }, seq: { raw: string }[]): boolean {
  if (m.end - m.start !== 1) return false;
  const raw = (seq[m.start] as { raw: string }).raw;
  if (raw === raw.toUpperCase()) return false;
  const word = raw.toLowerCase();
  const acronym = m.entity.names.some((n) => n.toLowerCase() === word && n === n.toUpperCase());
  const place = [...regionForms(word), ...(countryNamed(word)?.forms ?? [])].map((f) => f.toLowerCase());
  if (!acronym || !place.length) return false;
  // The place's own acronym ("US" for the United States) is the place already.
  if (m.entity.names.some((n) => n.toLowerCase() !== word && place.includes(n.toLowerCase()))) return false;
  applied('place-not-acronym');
  return true;
}
