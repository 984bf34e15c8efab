/**
 * When the first reading of a question finds nothing, the one way it is read
 * again (`secondReading`), chosen from the question alone:
 *
 * - **a date through the corpus** ("what about Mageshima after the Guam
 *   meeting?", "under Esper"): the words may name what the answer is about rather than a
 *   date to filter by — the question without its date references;
 * - **a calendar date**: no readout dated then answers, but one may state the
 *   date — first as a readout writes it ("September 2") in the readouts of the
 *   STATED_WINDOW days after it, failing that as words anywhere ("on July 7,
 *   2016"); each headline says how the date was read.
 *
 * A calendar-date miss may so be ranked twice more: the two readings differ in
 * both words and range, so neither can stand for the other (three eval answers,
 * e.g. "what was decided on July 7, 2016?", miss in the window and are found as
 * words), and folding them would change answers.
 *
 * @example
 * const asked = readQuestion('what happened on sept 2 2017?');
 * secondReading(asked, asked, { none: true, searched: 0 }).map((r) => r.rule)
 * // → ['date-stated', 'date-as-words']
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Answer, DateRange } from '../types.ts';
import type { Resolvers } from '../reading/dateFilter.ts';
import { resolveDates, type Question } from '../reading/question.ts';
import { tenureResolver } from '../reading/reading.ts';
import { eventDate } from '../ranking/eventDate.ts';
import { MONTHS } from '../../text/dates.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

/** The corpus lookups a question's date references need: a person's readouts, the readout an event names. */
export function corpusDates(index: SentenceIndex): Resolvers {
  return { tenure: tenureResolver(index), event: (phrase) => eventDate(index, phrase) };
}

/** One way to read a question again: the question, how the headline says so, and whether its miss is the answer. */
export interface Reread {
  rule: 'date-reference-as-words' | 'date-stated' | 'date-as-words';
  question: Question;
  headline: (found: string) => string;
  /** Its answer stands even when it finds nothing (the date was never a filter). */
  final: boolean;
}

/**
 * The readings to try, in order, after `question` (read from `asked` with its
 * dates looked up) gave `answer`, which found nothing.
 */
export function secondReading(asked: Question, question: Question, answer: Answer): Reread[] {
  const range = question.range;
  if (!range) return [];
  // "what about Mageshima after the Guam meeting?" may name what the answer is about
  // rather than a date to filter by: with nothing found, ask again without it.
  if (range.event) return [{ rule: 'date-reference-as-words', question: resolveDates(asked, {}), headline: (h) => h, final: true }];
  const out: Reread[] = [];
  // "what happened on sept 2 2017?", "off the Australian coast in August 2017": no readout
  // dated then says it, but a readout of the weeks after may state the date ("… the test on
  // September 2"). The date is searched as a readout writes it (month in full, the day a
  // number the sentence must have) in the readouts of the next STATED_WINDOW days.
  const stated = statedDate(range);
  if (stated) {
    const why = answer.searched ? `No readout dated ${stated.long} answers` : `No readout is dated ${stated.long}`;
    out.push({
      rule: 'date-stated',
      question: { ...question, range: stated.window, stated: stated.words },
      headline: (h) => `${why}; read as a date the text states: ${h}`,
      final: false,
    });
  }
  // "what happened on July 9, 2022?": no readout has that date, but one may state
  // it. The date's words are searched as words, and the headline says so.
  out.push({
    rule: 'date-as-words',
    question: { ...question, range: null, focus: `${question.focus} ${range.label}` },
    headline: (h) => `No readout is dated ${range.label.replace(/^(?:in|on|during|of)\s+/i, '')}; read as words in the text: ${h}`,
    final: false,
  });
  return out;
}

/** Records that a second reading gave the answer. */
export function answeredBy(reread: Reread): void {
  if (reread.rule === 'date-reference-as-words') applied('date-reference-as-words');
  else if (reread.rule === 'date-stated') applied('date-stated');
  else applied('date-as-words');
}

/** Days after a stated date in which readouts are searched for a sentence that states it. */
const STATED_WINDOW = DEFAULTS.answering.statedWindowDays;

/**
 * A day or month filter as a readout states it: "September 2" / "August", the
 * long form for the headline, and the readouts that may state it (dated from
 * it to STATED_WINDOW days later), labelled by the words they state.
 */
function statedDate(range: DateRange): { words: string; long: string; window: DateRange } | null {
  if (range.event || !range.from || !range.to || range.month) return null;
  const [y, m, d] = range.from.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1] as string;
  const Month = `${month[0]?.toUpperCase()}${month.slice(1)}`;
  const wholeMonth = d === 1 && range.to.slice(0, 7) === range.from.slice(0, 7) && Number(range.to.slice(8)) >= 28;
  if (range.from !== range.to && !wholeMonth) return null;
  const words = wholeMonth ? Month : `${Month} ${d}`;
  const long = wholeMonth ? `${Month} ${y}` : `${Month} ${d}, ${y}`;
  return { words, long, window: { from: range.from, to: daysAfter(range.to, STATED_WINDOW), label: `stating ${long}` } };
}

function daysAfter(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
