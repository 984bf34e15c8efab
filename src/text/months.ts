/**
 * Month and weekday names, from the platform's own calendar data
 * (`Intl.DateTimeFormat('en-US')`) rather than lists typed by hand: the one
 * place the engine learns them. Readouts and questions are in English, so the
 * locale is fixed.
 *
 * @example
 * MONTHS[8]                 // → 'september'
 * MONTH_ABBREVIATIONS[8]    // → 'sep'
 * monthWordPattern()        // → 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec'
 */

/** The names of `count` consecutive days or months from a date, as `Intl` writes them in en-US, lower case. */
function names(field: 'month' | 'weekday', width: 'long' | 'short', count: number, at: (i: number) => Date): string[] {
  const format = new Intl.DateTimeFormat('en-US', { [field]: width, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => format.format(at(i)).toLowerCase());
}

/** January … December, lower case, January first. */
export const MONTHS: readonly string[] = names('month', 'long', 12, (i) => new Date(Date.UTC(2000, i, 1)));

/** jan … dec: the three-letter forms, which every longer abbreviation ("Sept.", "Febr.") starts with. */
export const MONTH_ABBREVIATIONS: readonly string[] = names('month', 'short', 12, (i) => new Date(Date.UTC(2000, i, 1)));

/** "sept": the one four-letter abbreviation readouts and questions write besides the three-letter ones. */
export const SEPTEMBER_SHORT = 'sept';

/** mon … sun: the three-letter weekday forms (2001-01-01 was a Monday). */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = names('weekday', 'short', 7, (i) => new Date(Date.UTC(2001, 0, 1 + i)));

/** The month abbreviations as a regex alternation, "jan|feb|…|dec": a month name starts with one of them. */
export function monthWordPattern(): string {
  return MONTH_ABBREVIATIONS.join('|');
}

/** The weekday abbreviations as a regex alternation, "mon|tue|…|sun". */
export function weekdayWordPattern(): string {
  return WEEKDAY_ABBREVIATIONS.join('|');
}

/** "september" → "September". */
export function capitalised(name: string): string {
  return `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;
}
