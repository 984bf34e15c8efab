/**
 * The event-date resolver for date filters like "before the Guam meeting"
 * (dateFilter.ts): the date of the readout the phrase refers to.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { conceptsOf } from '../reading/concepts.ts';
import { rank } from './rank.ts';
import { DEFAULTS } from '../defaults.ts';
import { applied } from '../explain.ts';
import { parsePeriod } from '../reading/dateFilter.ts';
import { monthWordPattern, SEPTEMBER_SHORT } from '../../text/months.ts';

/** A month and year, or a year, typed in an event's phrase. */
const EVENT_DATE = new RegExp(String.raw`\b(?:(?:${monthWordPattern()}|${SEPTEMBER_SHORT})[a-z]*\.?\s+)?(?:19|20)\d{2}\b`, 'i');

/** The date of the readout a phrase like "the Guam meeting" refers to. */
export function eventDate(index: SentenceIndex, typed: string): string | null {
  // Rule `event-dated`: "before the 2022 pentagon visit with ono" — a year (with its month) in the phrase says
  // when the event was: the readout must be dated then, and its words need not state it.
  const dated = EVENT_DATE.exec(typed);
  const period = dated ? parsePeriod(dated[0]) : null;
  const phrase = period ? typed.replace(EVENT_DATE, ' ') : typed;
  const concepts = conceptsOf(index, phrase, { dropQuestionWords: true });
  const range = period ? { from: period.start, to: period.end, label: dated?.[0] ?? '' } : null;
  // Only a clear reference: "the Guam meeting" must match (nearly) every word.
  const best = rank(index, concepts, { limit: 1, range })[0];
  if (!best || best.coverage < DEFAULTS.ranking.eventCoverage) return null;
  if (period) applied('event-dated');
  return index.readout(best.sentence).date;
}
