/**
 * Date filters inside a question: "in August 2020", "since 2021", "before
 * Jan. 2020", "between 2017 and 2019", "in August" (any year), and "before the
 * Guam meeting" (relative to a readout the corpus holds). The date words are
 * parsed by chrono-node; bare years, which chrono does not read, by a regex.
 * Parsing reads the text alone (`parseDates`): "under Esper" and "before the
 * Guam meeting" come out as references, looked up in the corpus by a later
 * step (`resolveReferences`, with lookups the caller injects).
 *
 * @example
 * parseDateFilter('where did Esper host Kono in August 2020?').range
 * // → { from: '2020-08-01', to: '2020-08-31', label: 'in August 2020' }
 */
import { chrono } from '../../text/chrono.ts';
import { isIsoDate, isoDate, type IsoDate } from '../../text/dates.ts';
import { monthWordPattern, SEPTEMBER_SHORT, weekdayWordPattern } from '../../text/months.ts';
import type { DateRange } from '../types.ts';
import { DEFAULTS } from '../defaults.ts';
import { applied } from '../explain.ts';

/** A date filter, as answers report it (defined once, in the answer contract). */
export type { DateRange };

/** Finds the date of the readout a phrase like "the Guam meeting" refers to. */
export type EventResolver = (phrase: string) => IsoDate | null;

/** The first and last dates of an official's readouts ("since Austin took office", "under Esper"). */
export type TenureResolver = (name: string) => { first: IsoDate; last: IsoDate } | null;

/**
 * The corpus lookups a date reference needs (see DateReference): given by the
 * caller after the question's words are read, so parsing never reads the
 * corpus; without them only calendar dates are read.
 */
export interface Resolvers {
  event?: EventResolver;
  tenure?: TenureResolver;
}

/** Readout dates are searched in these years; a date outside them is a mistake, not a filter. */
const FIRST_YEAR = DEFAULTS.reading.firstYear;
const LAST_YEAR = DEFAULTS.reading.lastYear;

/** A filter that cannot be, with the reason in one line. */
export class DateFilterError extends Error {
  override name = 'DateFilterError';
}

interface Period {
  start: IsoDate;
  end: IsoDate;
  /** Month-only periods ("August") apply to every year. */
  anyYearMonth?: number;
  event?: boolean;
}

const YEAR = /^(19|20)\d{2}$/;
const DATE_WORD = new RegExp(
  String.raw`\d|\b(?:${monthWordPattern()})[a-z]*\b|\b(?:today|yesterday|tomorrow|week|month|year|spring|summer|autumn|fall|winter)\b`,
  'i',
);
/** Capitalised words a date may start with: months, weekdays, seasons, relative words. */
const NAME_DATE_START = new RegExp(
  `^(?:${monthWordPattern()}|${weekdayWordPattern()}|spring|summer|autumn|fall|winter|today|yesterday|tomorrow|last|next|this|past|early|late|mid|the|end|beginning|start)`,
  'i',
);
const EVENT = /^(?:the|his|her|their|that)\s+\S/i;
const EVENT_NOUN =
  /\b(?:meetings?|visits?|calls?|talks|trips?|summits?|ministerials?|conferences?|dialogues?|consultations|sessions?|videoconference|teleconference|conversations?)\b/i;

/** A meeting's noun right before a date ("his korea trip in aug 2014"): the date is the meeting's. */
const MEETING_BEFORE = new RegExp(
  String.raw`\b(?:${'meetings?|visits?|calls?|talks|trips?|sit-?downs?|conversations?'})\s+(?:(?:in|on|during|of)\s+)?$`,
  'i',
);

/** A day of the month typed before a year ("aug 15 2013", "sept 6th, 2018"). */
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?,?\s+`;

/** Nouns of the secretary's own meeting, which a readout dates rather than names (see rule `year-before-meeting`). */
const OWN_MEETING = String.raw`meetings?|visits?|calls?|phone\s+calls?|talks|trips?|conversations?|videoconference|teleconference|sit-?downs?`;

/** A date expression → the period it covers, or null. */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim().replace(/[?.!,]+$/, '');
  if (YEAR.test(trimmed)) return { start: `${trimmed}-01-01`, end: `${trimmed}-12-31` };
  // chrono reads "2022-13-01" as 2022-01-13 and "9999-12-31" as a date past any
  // readout: a date written YYYY-MM-DD must be a real one, in the searched years.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!isIsoDate(date)) throw new DateFilterError(`"${trimmed}" is not a calendar date (YYYY-MM-DD)`);
    checkYear(Number(iso[1]), trimmed);
    return { start: date, end: date };
  }
  // Rule `historical-year`: "back in 1811", "since 1893" — a year before the searched years is history a readout
  // tells ("rebel government representatives … purchased 1,000 muskets" in 1811): a word the sentence states, not a
  // date filter, and no mistake to refuse.
  if (/^1\d{3}$/.test(trimmed) && Number(trimmed) < FIRST_YEAR) {
    applied('historical-year');
    return null;
  }
  if (/^\d{4,}$/.test(trimmed)) checkYear(Number(trimmed), trimmed);
  // Only words that can be a date reach the parser: "on Taiwan" cannot.
  if (!DATE_WORD.test(trimmed)) return null;
  // The date must start the expression: "Tel Aviv in 2019" is a place and a year, and chrono
  // takes milliseconds to look through a capitalised name for a date it may hold.
  const first = /^[\p{L}\p{N}]+/u.exec(trimmed)?.[0] ?? '';
  if (/^\p{Lu}/u.test(first) && !NAME_DATE_START.test(first)) return null;
  // "before today", "since last year": relative to now.
  const parsed = chrono().parse(trimmed, new Date());
  const found = parsed[0];
  // The whole expression must be the date, not a date inside other words.
  if (found?.index !== 0 || found.text.length < trimmed.length - 1) return null;
  const s = found.start;
  const month = s.get('month') as number;
  const year = s.get('year') as number;
  if (s.isCertain('year')) checkYear(year, trimmed);
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

function checkYear(year: number, text: string): void {
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new DateFilterError(`"${text}" is outside the years readouts are searched in (${FIRST_YEAR}–${LAST_YEAR})`);
  }
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayBefore(date: IsoDate): IsoDate {
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
/**
 * A date the question gives through the corpus, left for a later step to look
 * up (src/answer/answering/ask.ts injects the lookups): the parser itself
 * reads text only.
 * - `took-office`: "since Austin took office" — the first of that person's readouts;
 * - `tenure`: "under Esper", "during Mattis's tenure" — the first and last;
 * - `event`: "before the Guam meeting" — the readout the phrase refers to.
 */
export interface DateReference {
  kind: 'took-office' | 'tenure' | 'event';
  /** What is looked up: the person's name, or the phrase naming the event. */
  text: string;
  /** The word before it, lower case: since, after, from, before, until, till, prior to, up to, under, during. */
  word: string;
  /** The filter's words as typed (DateRange.label). */
  label: string;
  /** The question with the filter's words removed, as when it resolves. */
  rest: string;
}

/** A question's date words, read from its text alone. */
export interface ParsedDates {
  /** References met before the calendar filter, in order: the first that resolves is the filter. */
  references: DateReference[];
  /** The filter when none resolves (or there are none): a calendar range, or null. */
  range: DateRange | null;
  /** The question with that filter's words removed. */
  rest: string;
  /** A filter that cannot be ("after 2022-13-01"): one line saying why. */
  error?: string;
}

type Found = Omit<DateRange, 'label'> | Pick<DateReference, 'kind' | 'text' | 'word'>;
type Build = (m: RegExpExecArray) => Found | null;

/** "since Austin took office": the official's first readout starts the range. */
const TOOK_OFFICE = String.raw`(?:took|assumed|entered)\s+office|was\s+(?:sworn\s+in|appointed|confirmed)|became\s+(?:the\s+)?(?:secretary|secdef|deputy|minister)(?:\s+of\s+defen[cs]e)?|took\s+over|came\s+into\s+office|started`;
const NAME = String.raw`(?:(?:secretary|secdef|deputy\s+secretary|minister|dr\.?)\s+)?([A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,2}?)`;

const PATTERNS: { re: RegExp; build: Build }[] = [
  {
    // Rule `own-meeting-reference` (dated): "in which years was hamada minister before his 2022 pentagon visit?",
    // "after his may 2012 pentagon talks with barak, did panetta say …" — the asker's own meeting, by its date: the
    // filter is that date, read as the meeting's (no word to state), and the phrase's words go with it.
    re: new RegExp(
      String.raw`\b(?:before|after|since|following|prior\s+to)\s+(?:his|her|their)\s+(?<when>(?:(?:${monthWordPattern()}|${SEPTEMBER_SHORT})[a-z]*\.?\s+(?:${DAY})?)?(?:19|20)\d{2})\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:${OWN_MEETING})\b`,
      'i',
    ),
    build: (m) => {
      const period = parsePeriod(m.groups?.when as string);
      if (!period || period.anyYearMonth) return null;
      applied('own-meeting-reference');
      return { from: period.start, to: period.end, event: true };
    },
  },
  {
    // Rule `year-before-meeting`: "austin's 2024 meeting with gen giang", "their 2019 call", "giang's 2024 pentagon
    // visit": a year typed before the meeting's own noun says when it was. Not before a summit, a ministerial
    // or a dialogue, which are named by their year ("the 2024 NATO summit"). Read first: "which drill did norway host in
    // 2018, per austin's nov 2021 meeting with enoksen?" — the meeting's date is the filter, "in 2018" is content. After
    // "from/after/before the" it names an event the readouts date (`event` references below), as before; after
    // "before his/their" it is the asker's own meeting (rule `own-meeting-reference`, the pattern before).
    re: new RegExp(
      String.raw`(?<!\b(?:from|after|before|since|until|following)\s+(?:the\s+|his\s+|her\s+|their\s+)?)(?<!\b(?:${monthWordPattern()}|${SEPTEMBER_SHORT})[a-z]*\.?\s+(?:${DAY})?)\b((?:(?:${monthWordPattern()}|${SEPTEMBER_SHORT})[a-z]*\.?\s+(?:${DAY})?)?(?:19|20)\d{2})(?=\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:${OWN_MEETING})\b)`,
      'i',
    ),
    build: (m) => {
      const period = parsePeriod(m[1] as string);
      if (!period || period.anyYearMonth) return null;
      applied('year-before-meeting');
      return { from: period.start, to: period.end, meeting: true };
    },
  },
  {
    re: new RegExp(String.raw`\b(since|after|before|until)\s+${NAME}\s+(?:${TOOK_OFFICE})\b`, 'i'),
    build: (m) => ({ kind: 'took-office', text: m[2] as string, word: (m[1] as string).toLowerCase() }),
  },
  {
    // "under Esper", "during Mattis's tenure": the span of that official's readouts.
    re: new RegExp(
      String.raw`\b(under|during)\s+${NAME}(?:['’]s?)?(?:\s+(?:tenure|term|time\s+in\s+office|time))?(?=\s*(?:[?.!,;]|$|\s))`,
      'i',
    ),
    build: (m) => ({ kind: 'tenure', text: (m[2] as string).replace(/['’]s?$/, ''), word: (m[1] as string).toLowerCase() }),
  },
  {
    re: /\bbetween\s+(.+?)\s+and\s+(.+?)(?=\s*(?:[?.!,;]|$))/i,
    build: (m) => {
      const a = parsePeriod(m[1] as string);
      const b = parsePeriod(m[2] as string);
      if (!a || !b || a.anyYearMonth || b.anyYearMonth) return null;
      if (a.start > b.end)
        throw new DateFilterError(`${(m[1] as string).trim()} comes after ${(m[2] as string).trim()}, so nothing is between them`);
      return { from: a.start, to: b.end };
    },
  },
  {
    re: new RegExp(String.raw`\b(since|after|from)\s+${TAIL}`, 'i'),
    build: (m) => {
      const word = (m[1] as string).toLowerCase();
      const period = periodOrEvent(m, word);
      if (!period || 'kind' in period) return period;
      if (period.anyYearMonth) return null;
      return { from: word === 'after' ? dayAfter(period.end) : period.start };
    },
  },
  {
    re: new RegExp(String.raw`\b(before|until|till|prior to|up to)\s+${TAIL}`, 'i'),
    build: (m) => {
      const word = (m[1] as string).toLowerCase();
      const period = periodOrEvent(m, word);
      if (!period || 'kind' in period) return period;
      if (period.anyYearMonth) return null;
      return { to: word === 'before' || word === 'prior to' ? dayBefore(period.start) : period.end };
    },
  },
  {
    re: new RegExp(String.raw`\b(?:in|during|on|of)\s+${TAIL}`, 'i'),
    build: (m) => {
      const period = parsePeriod(m[1] as string);
      if (!period) return null;
      if (period.anyYearMonth) return { month: period.anyYearMonth };
      // Rule `date-of-meeting`: "his korea trip in aug 2014", "the call in march 2020" — the date of the meeting.
      const ofMeeting = MEETING_BEFORE.test(m.input.slice(0, m.index));
      return ofMeeting ? { from: period.start, to: period.end, meeting: true } : { from: period.start, to: period.end };
    },
  },
  {
    // "the jan 2021 call", "the sept 2 2017 test": a month and year need no preposition.
    re: new RegExp(
      String.raw`\b((?:${monthWordPattern()}|${SEPTEMBER_SHORT})[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d{2})\b`,
      'i',
    ),
    build: (m) => {
      const period = parsePeriod(m[1] as string);
      if (!period || period.anyYearMonth) return null;
      // Rule `date-of-meeting`: "his korea trip in aug 2014" dates the meeting.
      return MEETING_BEFORE.test(m.input.slice(0, m.index))
        ? { from: period.start, to: period.end, meeting: true }
        : { from: period.start, to: period.end };
    },
  },
];

/** Each pattern with the global flag, compiled once, to find every place it matches. */
const GLOBAL_PATTERNS = PATTERNS.map(({ re, build }) => ({ re: new RegExp(re.source, `${re.flags.replace('g', '')}g`), build }));

/** Whom a meeting was with, typed right after the event's words ("his call *with al-sisi*"), up to a clause's end. */
const WITH_AFTER = /^\s+with\s+([^?!;,]+?)(?=\s*(?:[?!;,]|$|\s+(?:and|or|about|on|regarding|concerning|to|for|in|at)\b))/i;

/**
 * A calendar period, or a reference to an event when the words name a meeting, visit or call. The event is looked
 * up with whom it was with when the question says so right after it: "his call with al-sisi" is that call, not
 * any of his; those words stay in the question too.
 */
function periodOrEvent(m: RegExpExecArray, word: string): Period | Pick<DateReference, 'kind' | 'text' | 'word'> | null {
  const text = m[2] as string;
  const period = parsePeriod(text);
  if (period) return period;
  // Only a phrase that names a meeting, visit or call dates a filter: "after the
  // DPRK missile launches" is what the question is about, not when.
  if (!EVENT.test(text) || !EVENT_NOUN.test(text)) return null;
  const whom = WITH_AFTER.exec(m.input.slice(m.index + m[0].length))?.[1];
  return { kind: 'event', text: whom ? `${text} with ${whom}` : text, word };
}

/**
 * Read a question's date words, from its text alone: the references to look
 * up in the corpus (in the order they are tried), and the calendar filter
 * that holds when none of them resolves. Every place each pattern matches is
 * tried, overlapping ones too: "on" in "on Taiwan in 2020" is not a date, the
 * "in" inside it is. A filter that cannot be ("after 2022-13-01", "between
 * August 2020 and July 2020") gives no range and `error`, one line saying why.
 *
 * @example
 * parseDates('what happened before the Guam meeting?').references
 * // → [{ kind: 'event', text: 'the Guam meeting', word: 'before', label: 'before the Guam meeting', rest: 'what happened ?' }]
 */
export function parseDates(question: string): ParsedDates {
  const references: DateReference[] = [];
  for (const { re: global, build } of GLOBAL_PATTERNS) {
    global.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = global.exec(question))) {
      global.lastIndex = m.index + 1;
      const rest = `${question.slice(0, m.index)} ${question.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
      let found: Found | null;
      try {
        found = build(m);
      } catch (error) {
        if (!(error instanceof DateFilterError)) throw error;
        return { references, range: null, rest, error: `${m[0].trim()}: ${error.message}.` };
      }
      if (!found) continue;
      // A bare year (rule `year-before-meeting`) reads "in 2015" in a headline, as does an own meeting's date.
      const said = (m.groups?.when ?? m[0]).trim();
      const label = /^\d{4}$/.test(said) ? `in ${said}` : said;
      if ('kind' in found) references.push({ ...found, label, rest });
      else return { references, range: { ...found, label }, rest };
    }
  }
  return { references, range: null, rest: question };
}

/** The range a reference gives once looked up: the dates of a person's readouts, or of the one readout an event names. */
export function referenceRange(ref: DateReference, resolvers: Resolvers): DateRange | null {
  const label = ref.label;
  if (ref.kind === 'event') {
    const date = resolvers.event?.(ref.text);
    if (!date) return null;
    // Rule `own-meeting-reference`: "which exercise did hagel say the us was calling off after his call with
    // al-sisi?", "before their talks did carter and lee pay respects at …" — the asker's own meeting is the readout
    // that tells what came before and after it: the filter is its day, not the readouts after (or before) it.
    if (/^(?:his|her|their)\s/i.test(ref.text)) {
      applied('own-meeting-reference');
      return { from: date, to: date, event: true, label };
    }
    if (ref.word === 'since' || ref.word === 'after' || ref.word === 'from')
      return { from: ref.word === 'after' ? dayAfter(date) : date, event: true, label };
    return { to: ref.word === 'before' || ref.word === 'prior to' ? dayBefore(date) : date, event: true, label };
  }
  const span = resolvers.tenure?.(ref.text);
  if (!span) return null;
  if (ref.kind === 'tenure') return { from: span.first, to: span.last, event: true, label };
  if (ref.word === 'before') return { to: dayBefore(span.first), event: true, label };
  if (ref.word === 'until') return { to: span.first, event: true, label };
  return { from: span.first, event: true, label };
}

/** The first reference that resolves, with its range; null when none does. */
export function resolveReferences(
  references: readonly DateReference[],
  resolvers: Resolvers,
): { ref: DateReference; range: DateRange } | null {
  for (const ref of references) {
    const range = referenceRange(ref, resolvers);
    if (range) return { ref, range };
  }
  return null;
}

/**
 * Find one date filter in a question (parseDates, then its references looked
 * up with the resolvers given). Returns the range (or null) and the question
 * with the filter's words removed, so they are not searched for.
 */
export function parseDateFilter(
  question: string,
  resolvers: Resolvers | EventResolver = {},
): { range: DateRange | null; rest: string; error?: string } {
  const given = typeof resolvers === 'function' ? { event: resolvers } : resolvers;
  const parsed = parseDates(question);
  const resolved = resolveReferences(parsed.references, given);
  if (resolved) return { range: resolved.range, rest: resolved.ref.rest };
  return { range: parsed.range, rest: parsed.rest, ...(parsed.error ? { error: parsed.error } : {}) };
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
