/**
 * Raw scraped readouts (.txt): recover title, date and a clean body from text
 * as a scraper left it — news-wire datelines, "Log in" links, photo captions,
 * the headline repeated above the photo, and the distributor's disclaimer.
 *
 * Every line removed is reported in `stripped`, so `readout inspect` and
 * `readout import` can show a maintainer exactly what was dropped.
 */
import { firstFullDate, findFullDates, isIsoDate, isoDate, monthNumber, type IsoDate } from '../text/dates.ts';

export type StrippedKind = 'scraper line' | 'dateline' | 'caption' | 'repeated title' | 'disclaimer';

export interface Stripped {
  kind: StrippedKind;
  text: string;
}

/** Where a readout's date was read from, most trusted first. */
export type DateSource = 'front matter' | 'date line' | 'dateline' | 'published line' | 'opening and year';

export interface ScrapedReadout {
  title: string | null;
  date: IsoDate | null;
  dateSource: DateSource | null;
  body: string;
  stripped: Stripped[];
  /** Problems worth a maintainer's attention; never fatal. */
  warnings: string[];
}

/** `date 2020-08-29 Log in`: a scraper's metadata line. */
const ISO_DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b.*$/i;
/**
 * Navigation, account links and page furniture scraped along with the
 * article: "Log in", "Attachments", "Press release | Archived content". A line
 * is debris when every part of it, between "|", "•" or "·", is one of these.
 */
const SCRAPER_PART =
  /^(?:log ?in|sign ?in|sign ?up|subscribe|share|print|email|menu|skip to (?:main )?content|attachments?(?:\s*\(\d+\))?|press releases?|news releases?|archived(?: content)?|related (?:links|content|stories)|back to top|facebook|twitter|linkedin)\s*:?$/i;
/** `(Picture source: …)`, `(Photo by …)`, `(DoD photo …)` closing a line. */
const CAPTION_CREDIT = /\((?:picture|photo|image)\s*(?:source|credit|by)?\s*[:\-]?[^()]*\)\s*$|\([^()]*\bphoto by\b[^()]*\)\s*$/i;
const CAPTION_LINE = /^\s*(?:photo|picture|image)(?: credit| source)?\s*:/i;
const PUBLISHED = /published this content on\s+([^.]*?\d{4})/i;
const DISCLAIMER_START = /^\s*disclaimer\s*:?\s*$/i;
const DISTRIBUTED = /distributed by public, unedited and unaltered/i;
const OPENING = /^\s*On\s+([A-Z][a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s*,/;
/** A news-wire place prefix ending a dateline: "WASHINGTON, April 10, 2014 —". */
const DATELINE_PREFIX = /^\s*([A-Z][A-Z .]{2,40}),\s+([A-Z][a-z]+\.? \d{1,2}, \d{4})\s*[—–-]+\s*/;

/**
 * What was looked for, and where: a date in the middle of a sentence is not
 * used (it may be any day the readout mentions), so saying only "no date
 * found" misleads whoever can see one there.
 */
export const NO_DATE_FOUND =
  'date unknown: no line giving only the date ("June 5, 2023"), no dateline ("WASHINGTON, June 5, 2023 — …") and no opening "On June 5, 2023, …" after the title, nor a date: in front matter; a date inside a sentence is not used';

export interface ScrapedOptions {
  /**
   * The title, when front matter or a page's heading gives it: then no line is
   * taken as the title (the first line is body text), and lines repeating it
   * are stripped as the repeated headline.
   */
  title?: string | undefined;
}

export function readScraped(text: string, options: ScrapedOptions = {}): ScrapedReadout {
  const stripped: Stripped[] = [];
  const warnings: string[] = [];
  let lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');

  // 1. The distributor's disclaimer and everything after it. Its "published
  //    this content on …" line is a date source, so read that first.
  const published = matchDate(PUBLISHED, lines.join('\n'));
  let disclaimer = '';
  const disclaimerAt = lines.findIndex((line, i) => DISCLAIMER_START.test(line) || (DISTRIBUTED.test(line) && i > 0));
  if (disclaimerAt >= 0) {
    // The "Distributed by" sentence may sit in the paragraph that opens it.
    let from = disclaimerAt;
    while (from > 0 && !DISCLAIMER_START.test(lines[from] as string) && (lines[from - 1] as string).trim()) from--;
    disclaimer = lines.slice(from).join('\n').trim();
    lines = lines.slice(0, from);
  }

  // 2. Scraper metadata, datelines and photo captions, line by line.
  let isoLineDate: IsoDate | null = null;
  let datelineDate: IsoDate | null = null;
  const kept: string[] = [];
  for (const line of lines) {
    const iso = ISO_DATE_LINE.exec(line);
    if (iso) {
      isoLineDate ??= validIso(iso[1] as string);
      stripped.push({ kind: 'scraper line', text: line.trim() });
      continue;
    }
    if (isScraperLine(line)) {
      stripped.push({ kind: 'scraper line', text: line.trim() });
      continue;
    }
    const dateline = isDateline(line);
    if (dateline) {
      datelineDate ??= dateline;
      stripped.push({ kind: 'dateline', text: line.trim() });
      continue;
    }
    if (isCaption(line)) {
      stripped.push({ kind: 'caption', text: line.trim() });
      continue;
    }
    kept.push(line);
  }

  // 3. The title is the first line left (with the lines it was wrapped onto),
  //    unless it was given; the same line again later is the headline a site
  //    repeats above its photo.
  const given = options.title?.trim() || null;
  const width = wrapWidth(kept);
  const titleAt = given ? -1 : kept.findIndex((line) => line.trim().length > 0);
  let titleEnd = titleAt;
  while (titleEnd >= 0 && titleEnd + 1 < kept.length && isWrapped(kept[titleEnd] as string, kept[titleEnd + 1] as string, width)) {
    titleEnd++;
  }
  const title = given ?? (titleAt >= 0 ? joinLines(kept.slice(titleAt, titleEnd + 1)) : null);
  const bodyLines = kept.filter((line, i) => {
    if (i >= titleAt && i <= titleEnd) return false;
    if (title && i > titleAt && sameText(line, title)) {
      stripped.push({ kind: 'repeated title', text: line.trim() });
      return false;
    }
    return true;
  });

  // 4. Paragraphs as the author wrote them (see paragraphsOf), then a
  //    wire-style place and date opening the first one.
  let body = paragraphsOf(bodyLines, width).join('\n\n');
  const prefix = DATELINE_PREFIX.exec(body);
  if (prefix) {
    datelineDate ??= firstFullDate(prefix[2] as string)?.date ?? null;
    stripped.push({ kind: 'dateline', text: prefix[0].trim() });
    body = body.slice(prefix[0].length);
  }

  if (disclaimer) stripped.push({ kind: 'disclaimer', text: disclaimer });

  // 5. The date, from the most trusted source that has one.
  const opening = openingDate(body, text);
  const candidates: [DateSource, IsoDate | null][] = [
    ['date line', isoLineDate],
    ['dateline', datelineDate],
    ['published line', published],
    ['opening and year', opening.date],
  ];
  const found = candidates.find(([, date]) => date !== null);
  if (!found) warnings.push(opening.warning ?? NO_DATE_FOUND);
  if (!title) warnings.push('no title line found');

  return {
    title,
    date: found ? found[1] : null,
    dateSource: found ? found[0] : null,
    body,
    stripped,
    warnings,
  };
}

function isScraperLine(line: string): boolean {
  const parts = line.split(/[|•·]/).map((part) => part.trim());
  return parts.some((part) => part.length > 0) && parts.every((part) => part.length === 0 || SCRAPER_PART.test(part));
}

/**
 * The width a scraped text was hard-wrapped at, or null when it was not:
 * its longest line, if that is 50 to 100 characters and three or more lines
 * come within 12 characters of it (a wrapper fills its lines). Text with a line
 * per paragraph has lines far longer than that; a few short lines say nothing.
 */
function wrapWidth(lines: string[]): number | null {
  const lengths = lines.map((line) => line.trimEnd().length);
  const widest = Math.max(0, ...lengths);
  if (widest < 50 || widest > 100) return null;
  return lengths.filter((n) => n >= widest - 12).length >= 3 ? widest : null;
}

/** A sentence end (with closing quotes or brackets) or a colon closes the line. */
const LINE_END = /[.!?…:]["”’')\]]*$/u;

/**
 * Whether the break between `line` and `next` is a soft one (the line goes
 * on) rather than the end of a paragraph. A wrapper only breaks a line when
 * the next word would not fit, so a line that had room for it ended on
 * purpose; whatever the width, a line that does not end a sentence and is
 * followed by a lowercase word goes on, and a colon before a capital ends a
 * paragraph ("… provided the following readout:").
 */
function isWrapped(line: string, next: string, width: number | null): boolean {
  const text = line.trim();
  const following = next.trim();
  if (!text || !following) return false;
  if (/:["”’')\]]*$/u.test(text) && /^\P{Ll}/u.test(following)) return false;
  const word = following.split(/\s/)[0] as string;
  if (width !== null && text.length + 1 + word.length > width) return true;
  return !LINE_END.test(text) && /^\p{Ll}/u.test(following);
}

/** Lines of one paragraph as one line; a word split at a hyphen by the wrapper is joined again. */
function joinLines(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .reduce((out, line) => (!out ? line : /[\p{L}\p{N}.]-$/u.test(out) && /^\p{L}/u.test(line) ? out + line : `${out} ${line}`), '');
}

/**
 * The body's paragraphs, each on one line. A blank line always ends one; so
 * does a single line break that is not a soft wrap (see isWrapped), since
 * scraped copies often keep one newline between paragraphs, while hard-wrapped
 * copies break every 72 columns. Both must give the sentences of the clean file.
 */
function paragraphsOf(lines: string[], width: number | null): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const close = () => {
    const paragraph = joinLines(current);
    if (paragraph) paragraphs.push(paragraph);
    current = [];
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return close();
    current.push(line);
    const next = lines[i + 1];
    if (next === undefined || !isWrapped(line, next, width)) close();
  });
  close();
  return paragraphs;
}

/** A line that is only a date, perhaps with a time, zone, place or release number. */
function isDateline(line: string): IsoDate | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 90) return null;
  const found = firstFullDate(trimmed);
  if (!found) return null;
  const rest = trimmed
    .replace(found.text, ' ')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi, ' ')
    .replace(/\b(?:[ECMP][SD]T|UTC|GMT|ET)\b/g, ' ')
    .replace(/\brelease\s+no\.?:?\s*[A-Z]*-?[\d-]+/gi, ' ')
    .replace(/\b(?:news|release|updated|published|posted)\b:?/gi, ' ')
    .replace(/[|/,.:;()\-–—]+/g, ' ')
    .trim();
  // What is left may be a place ("WASHINGTON", "Washington DC"), nothing more.
  const words = rest ? rest.split(/\s+/) : [];
  return words.length <= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? found.date : null;
}

function isCaption(line: string): boolean {
  const trimmed = line.trim();
  if (CAPTION_LINE.test(trimmed)) return true;
  if (!CAPTION_CREDIT.test(trimmed)) return false;
  // A caption names people and a place; it is not a sentence ending in a period
  // before its credit.
  const beforeCredit = trimmed.slice(0, trimmed.lastIndexOf('(')).trim();
  return !/[.!?]["”’]?$/.test(beforeCredit);
}

function sameText(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return fold(a) === fold(b);
}

function validIso(value: string): IsoDate | null {
  return isIsoDate(value) ? value : null;
}

function matchDate(pattern: RegExp, text: string): IsoDate | null {
  const match = pattern.exec(text);
  return match ? (firstFullDate(match[1] as string)?.date ?? null) : null;
}

/**
 * "On August 29, …" gives month and day; the year must be stated in the same
 * file, in a full date or a release number ("NR-114-15"). With no year, or
 * several different ones, the date stays unknown: a wrong year would put the
 * readout in the wrong place on every timeline.
 */
function openingDate(body: string, whole: string): { date: IsoDate | null; warning?: string } {
  const match = OPENING.exec(body);
  if (!match) return { date: null };
  const month = monthNumber(match[1] as string);
  const day = Number(match[2]);
  if (!month) return { date: null };
  const said = `the text says "${match[0].trim().replace(/,$/, '')}"`;
  const years = new Set<number>();
  for (const found of findFullDates(whole)) years.add(Number(found.date.slice(0, 4)));
  for (const release of whole.matchAll(/\bNR-\d+-(\d{2})\b/g)) years.add(2000 + Number(release[1]));
  if (years.size !== 1) {
    const why = years.size === 0 ? 'but gives no year' : `but names several years (${[...years].join(', ')})`;
    return { date: null, warning: `date unknown: ${said} ${why}` };
  }
  const date = isoDate([...years][0] as number, month, day);
  return validIso(date) ? { date } : { date: null, warning: `date unknown: ${said}, not a real date` };
}
