/**
 * Calendar dates written the ways readouts and their mirrors write them
 * ("08/29/2020", "Sept. 17, 2020", "29 August 2020"), parsed by chrono-node.
 * Only dates whose year, month and day are all stated count: a readout's date is
 * never guessed from "today".
 */
import { chrono } from './chrono.ts';
import { capitalised, MONTHS, SEPTEMBER_SHORT } from './months.ts';

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface FoundDate {
  date: IsoDate;
  /** The words the date was read from, as written. */
  text: string;
  index: number;
}

/** Every fully stated date in `text`, in order. */
export function findFullDates(text: string): FoundDate[] {
  return chrono()
    .strict.parse(text, new Date(2000, 0, 1))
    .filter((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))
    .map((r) => ({
      date: isoDate(r.start.get('year') as number, r.start.get('month') as number, r.start.get('day') as number),
      text: r.text,
      index: r.index,
    }));
}

/** The first fully stated date in `text`, or null. */
export function firstFullDate(text: string): FoundDate | null {
  return findFullDates(text)[0] ?? null;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date in YYYY-MM-DD form (2021-02-29 is not). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Month names, lower case, January first (src/text/months.ts, from Intl). */
export { MONTHS };

/** Month number (1-12) for a month name or its usual abbreviation ("Sept."), else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(w) || (w === SEPTEMBER_SHORT && m === MONTHS[8]));
  return index >= 0 ? index + 1 : null;
}

/** Long form for headlines: "August 29, 2020". */
export function longDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${capitalised(MONTHS[month - 1] as string)} ${day}, ${year}`;
}
