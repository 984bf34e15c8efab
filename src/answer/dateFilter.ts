/**
 * Date filters inside a question: "in August 2020", "since 2021", "before
 * Jan. 2020", "between 2017 and 2019", "in August" (any year), and "before the
 * Guam meeting" (relative to a readout the corpus holds). The date words are
 * parsed by chrono-node; bare years, which chrono does not read, by a regex.
 *
 * @example
 * parseDateFilter('where did Esper host Kono in August 2020?').range
 * // → { from: '2020-08-01', to: '2020-08-31', label: 'in August 2020' }
 */
import { chrono } from '../text/chrono.ts';
import { isoDate, type IsoDate } from '../text/dates.ts';
import type { DateRange } from './types.ts';

/** A date filter, as answers report it (defined once, in the answer contract). */
export type { DateRange };

/** Finds the date of the readout a phrase like "the Guam meeting" refers to. */
export type EventResolver = (phrase: string) => IsoDate | null;

interface Period {
  start: IsoDate;
  end: IsoDate;
  /** Month-only periods ("August") apply to every year. */
  anyYearMonth?: number;
  event?: boolean;
}

const YEAR = /^(19|20)\d{2}$/;
const DATE_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:today|yesterday|tomorrow|week|month|year|spring|summer|autumn|fall|winter)\b/i;
const EVENT = /^(?:the|his|her|their|that)\s+\S/i;

/** A date expression → the period it covers, or null. */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim().replace(/[?.!,]+$/, '');
  if (YEAR.test(trimmed)) return { start: `${trimmed}-01-01`, end: `${trimmed}-12-31` };
  // Only words that can be a date reach the parser: "on Taiwan" cannot.
  if (!DATE_WORD.test(trimmed)) return null;
  // "before today", "since last year": relative to now.
  const parsed = chrono().parse(trimmed, new Date());
  const first = parsed[0];
  // The whole expression must be the date, not a date inside other words.
  if (!first || first.index !== 0 || first.text.length < trimmed.length - 1) return null;
  const s = first.start;
  const month = s.get('month') as number;
  const year = s.get('year') as number;
  if (s.isCertain('day') && s.isCertain('month') && s.isCertain('year')) {
    const day = isoDate(year, month, s.get('day') as number);
    return { start: day, end: day };
  }
  if (s.isCertain('month') && s.isCertain('year')) {
    return { start: isoDate(year, month, 1), end: isoDate(year, month, daysIn(year, month)) };
  }
  if (s.isCertain('month') && !s.isCertain('day')) {
    return { start: '0000-01-01', end: '9999-12-31', anyYearMonth: month };
  }
  return null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayBefore(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function dayAfter(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// Date words end at the end of the question or at a following clause.
// A comma before a year ("Jan. 14, 2020") and the period of "Jan." do not end them.
const TAIL = String.raw`(.+?)(?=\s*(?:[?!;]|,(?!\s*(?:19|20)\d{2})|\.\s*$|$|\s+(?:and|or|with|about|on|regarding|concerning|at|to|for|in)\b(?!\s+(?:19|20)\d{2})))`;
const PATTERNS: { re: RegExp; build: (m: RegExpExecArray, resolve: EventResolver) => Omit<DateRange, 'label'> | null }[] = [
  {
    re: /\bbetween\s+(.+?)\s+and\s+(.+?)(?=\s*(?:[?.!,;]|$))/i,
    build: (m) => {
      const a = parsePeriod(m[1] as string);
      const b = parsePeriod(m[2] as string);
      return a && b && !a.anyYearMonth && !b.anyYearMonth ? { from: a.start, to: b.end } : null;
    },
  },
  {
    re: new RegExp(String.raw`\b(since|after|from)\s+${TAIL}`, 'i'),
    build: (m, resolve) => {
      const word = (m[1] as string).toLowerCase();
      const period = periodOrEvent(m[2] as string, resolve);
      if (!period || period.anyYearMonth) return null;
      return { from: word === 'after' ? dayAfter(period.end) : period.start, ...(period.event ? { event: true } : {}) };
    },
  },
  {
    re: new RegExp(String.raw`\b(before|until|till|prior to|up to)\s+${TAIL}`, 'i'),
    build: (m, resolve) => {
      const word = (m[1] as string).toLowerCase();
      const period = periodOrEvent(m[2] as string, resolve);
      if (!period || period.anyYearMonth) return null;
      const to = word === 'before' || word === 'prior to' ? dayBefore(period.start) : period.end;
      return { to, ...(period.event ? { event: true } : {}) };
    },
  },
  {
    re: new RegExp(String.raw`\b(?:in|during|on|of)\s+${TAIL}`, 'i'),
    build: (m) => {
      const period = parsePeriod(m[1] as string);
      if (!period) return null;
      return period.anyYearMonth ? { month: period.anyYearMonth } : { from: period.start, to: period.end };
    },
  },
];

function periodOrEvent(text: string, resolve: EventResolver): Period | null {
  const period = parsePeriod(text);
  if (period) return period;
  if (!EVENT.test(text)) return null;
  const date = resolve(text);
  return date ? { start: date, end: date, event: true } : null;
}

/**
 * Find one date filter in a question. Returns the range (or null) and the
 * question with the filter's words removed, so they are not searched for.
 */
export function parseDateFilter(
  question: string,
  resolve: EventResolver = () => null,
): { range: DateRange | null; rest: string } {
  for (const { re, build } of PATTERNS) {
    // Try every place the pattern matches, overlapping ones too: "on" in "on
    // Taiwan in 2020" is not a date, the "in" inside it is.
    const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    let m: RegExpExecArray | null;
    while ((m = global.exec(question))) {
      global.lastIndex = m.index + 1;
      const range = build(m, resolve);
      if (!range) continue;
      const rest = `${question.slice(0, m.index)} ${question.slice(m.index + m[0].length)}`
        .replace(/\s+/g, ' ')
        .trim();
      return { range: { ...range, label: m[0].trim() }, rest };
    }
  }
  return { range: null, rest: question };
}

/**
 * The range as a test on dates written as numbers (20200829, 0 for unknown),
 * for scoring loops; null when there is no range.
 */
export function dateTest(range: DateRange | null | undefined): ((date: number) => boolean) | null {
  if (!range) return null;
  const from = range.from ? Number(range.from.replaceAll('-', '')) : 0;
  const to = range.to ? Number(range.to.replaceAll('-', '')) : 99999999;
  const month = range.month ?? 0;
  return (date) => date !== 0 && date >= from && date <= to && (month === 0 || Math.floor(date / 100) % 100 === month);
}
