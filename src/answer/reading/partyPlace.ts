/**
 * Rule `people-not-place`: "were the belgians signing up to train afghan forces?" — a people typed by its
 * demonym ("the belgians", "the dutch") acts: it is a party to the meeting, or the readout says something of
 * it. A readout whose only mention of the country is where the meeting was ("met with Italian Minister … on
 * the margins of the NATO Defense Ministerial in Brussels, Belgium") is no readout of the Belgians: it
 * answered "Yes" with a sentence on Italy. A country typed by its name ("in belgium") keeps every readout.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from './concepts.ts';
import { openingOf } from './layout.ts';
import { countryNamed, isOfficeWord } from './vocabulary.ts';
import { commonestPos } from '../../lexicon/index.ts';
import { applied } from '../explain.ts';

/** "in Brussels, " / "at Camp Lemonnier in Djibouti City, ": the place before a country that says where. */
const PLACE_BEFORE = /\b(?:in|at)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}?[\p{Lu}][\p{L}.'’-]*,\s*$/u;

/** `named` (bits per readout) without the readouts that name a demonym's country only as a meeting's place. */
export function peopleNotPlace(index: SentenceIndex, c: Concept, focus: string, named: (n: number) => number): (n: number) => number {
  if (!c.name || c.country === undefined || c.raw.toLowerCase() === c.country.toLowerCase()) return named;
  // The people, not the adjective: "the belgians", "were the dutch …", not "the Ukrainian defense minister" (which
  // names an office's country, and at 10,000 readouts would read every Ukraine readout's opening).
  const next = /^\s+([\p{L}-]+)/u.exec(focus.slice(c.end))?.[1]?.toLowerCase();
  if (next !== undefined && (isOfficeWord(next) || (commonestPos(next) === 'n' && !/ing$/.test(next)))) return named;
  const forms = countryNamed(c.country.toLowerCase())?.forms ?? [c.country];
  const form = new RegExp(String.raw`\b(?:${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\b`, 'giu');
  const ids = [...c.alternatives.keys()];
  return (n) => {
    const bits = named(n);
    const r = index.readouts[n];
    if (!bits || !r || ids.some((id) => r.titleTerms.has(id))) return bits;
    const opening = openingOf(index, n);
    if (opening < 0) return bits;
    const text = index.text(opening);
    const mentions = [...text.matchAll(form)];
    if (!mentions.length || mentions.some((m) => !PLACE_BEFORE.test(text.slice(0, m.index)))) return bits;
    // Said further down ("thanked Belgium for …"), the country is more than the place.
    for (let s = r.first; s < r.first + r.count; s++) if (s !== opening && ids.some((id) => index.has(s, id))) return bits;
    applied('people-not-place');
    return 0;
  };
}
