/**
 * Raw scraped readouts (.txt): recover title, date and a clean body from text
 * as a scraper left it — news-wire datelines, "Log in" links, photo captions,
 * the headline repeated above the photo, and the distributor's disclaimer.
 *
 * Every line removed is reported in `stripped`, so `readout inspect` and
 * `readout import` can show a maintainer exactly what was dropped.
 */
import { firstFullDate, findFullDates, isIsoDate, isoDate, monthNumber, type IsoDate } from '../text/dates.ts';
import { splitParagraph } from '../text/sentences.ts';

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
  /^(?:log ?in|sign ?in|sign ?up|subscribe|share|print|email|menu|skip to (?:main )?content|attachments?(?:\s*\(\d+\))?|press releases?|news releases?|archived(?: content)?|related (?:links|content|stories)|back to top|facebook|twitter|linkedin|original (?:document|link|article|version)|permalink|view original|download(?: pdf)?)\s*:?$/i;
/** A furniture part that only dates the item: "08/04/2019" in "08/04/2019 | Press release". */
const FURNITURE_DATE = /^(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})$/;
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

  // 2. Scraper metadata, furniture, datelines and photo captions, line by
  //    line. Each leaves a mark where it stood: a dateline parts the headline
  //    from the body, and furniture may stand between two paragraphs.
  let isoLineDate: IsoDate | null = null;
  let datelineDate: IsoDate | null = null;
  let furnitureDate: IsoDate | null = null;
  const kept: Line[] = [];
  for (const line of lines) {
    const iso = ISO_DATE_LINE.exec(line);
    if (iso) {
      isoLineDate ??= validIso(iso[1] as string);
      stripped.push({ kind: 'scraper line', text: line.trim() });
      kept.push(HEADLINE_END);
      continue;
    }
    const furniture = scraperLine(line);
    if (furniture) {
      if (furniture !== true) furnitureDate ??= furniture;
      stripped.push({ kind: 'scraper line', text: line.trim() });
      kept.push(FURNITURE);
      continue;
    }
    const dateline = isDateline(line);
    const previous = kept.at(-1);
    // "…deploy THAAD on\nJuly 7, 2016." is the end of a wrapped sentence.
    const endsSentence =
      typeof previous === 'string' && previous.trim() && !LINE_END.test(previous.trim()) && SENTENCE_END.test(line.trim());
    if (dateline && !endsSentence) {
      datelineDate ??= dateline;
      stripped.push({ kind: 'dateline', text: line.trim() });
      kept.push(HEADLINE_END);
      continue;
    }
    if (isCaption(line)) {
      stripped.push({ kind: 'caption', text: line.trim() });
      kept.push(FURNITURE);
      continue;
    }
    kept.push(line);
  }

  // 3. What a single newline means, decided once from the whole text.
  const layout = layoutOf(kept);

  // 4. The title is the first line left (with the lines it was wrapped onto),
  //    unless it was given; the same line again later is the headline a site
  //    repeats above its photo.
  const given = options.title?.trim() || null;
  const titleAt = given ? -1 : kept.findIndex((line) => typeof line === 'string' && line.trim().length > 0);
  const titleEnd = titleAt < 0 ? -1 : titleEndOf(kept, titleAt, layout);
  const title = given ?? (titleAt >= 0 ? joinLines(kept.slice(titleAt, titleEnd + 1) as string[]) : null);
  const bodyLines = kept.filter((line, i) => {
    if (i >= titleAt && i <= titleEnd) return false;
    if (title && i > titleAt && typeof line === 'string' && sameText(line, title)) {
      stripped.push({ kind: 'repeated title', text: line.trim() });
      return false;
    }
    return true;
  });

  // 5. Paragraphs as the author wrote them (see paragraphsOf), then a
  //    wire-style place and date opening the first one.
  let body = paragraphsOf(bodyLines, layout).join('\n\n');
  const prefix = DATELINE_PREFIX.exec(body);
  if (prefix) {
    datelineDate ??= firstFullDate(prefix[2] as string)?.date ?? null;
    stripped.push({ kind: 'dateline', text: prefix[0].trim() });
    body = body.slice(prefix[0].length);
  }

  if (disclaimer) stripped.push({ kind: 'disclaimer', text: disclaimer });

  // 6. The date, from the most trusted source that has one.
  const opening = openingDate(body, text);
  const candidates: [DateSource, IsoDate | null][] = [
    ['date line', isoLineDate],
    ['dateline', datelineDate],
    ['published line', published ?? furnitureDate],
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

/**
 * Where a stripped line stood. A dateline or date line ends the headline (and
 * any paragraph); furniture or a caption ends a paragraph only where the
 * sentence before it is complete, since a page break may fall mid-sentence.
 */
const HEADLINE_END = Symbol('headline end');
const FURNITURE = Symbol('furniture');
type Mark = typeof HEADLINE_END | typeof FURNITURE;
type Line = string | Mark;

/**
 * A distributor's furniture line: every part of it, between "|", "•" or "·",
 * is page furniture, or a bare date (then that date is returned).
 */
function scraperLine(line: string): IsoDate | boolean {
  const parts = line
    .split(/[|•·]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (!parts.some((part) => SCRAPER_PART.test(part))) return false;
  let date: IsoDate | null = null;
  for (const part of parts) {
    if (SCRAPER_PART.test(part)) continue;
    if (!FURNITURE_DATE.test(part)) return false;
    date ??= firstFullDate(part)?.date ?? null;
  }
  return date ?? true;
}

/**
 * How a text's lines were laid out, read from the whole text:
 * - `wrapped`: paragraphs parted by blank lines and their lines filled to a
 *   width (hard-wrapped at ~72 columns, by any wrapper, greedy or not): then a
 *   single newline is a wrap and only a blank line ends a paragraph;
 * - `lines`: anything else (a line per paragraph, or one text wrapped with no
 *   blank lines): a single newline ends a paragraph unless isWrapped says the
 *   line goes on.
 * `width` is the widest line when the text looks filled to it (see fillWidth).
 */
interface Layout {
  wrapped: boolean;
  width: number | null;
}

function layoutOf(lines: readonly Line[]): Layout {
  const text = lines.filter((line): line is string => typeof line === 'string');
  const width = fillWidth(text);
  // Runs of text lines between blank lines (a stripped line joins its run).
  const blocks: string[][] = [[]];
  for (const line of text) {
    if (line.trim()) (blocks.at(-1) as string[]).push(line.trim());
    else if ((blocks.at(-1) as string[]).length > 0) blocks.push([]);
  }
  const filled = blocks.filter((block) => block.length > 0);
  // The lines a wrapper broke, if it did: all but the last of each run.
  const inner = filled.flatMap((block) => block.slice(0, -1));
  if (filled.length < 2 || inner.length < 2) return { wrapped: false, width };
  const widest = Math.max(...inner.map((line) => line.length));
  // A line per paragraph has lines far longer than any wrap width (40 to 100).
  if (widest < 40 || widest > 100) return { wrapped: false, width };
  // Lines a wrapper broke mostly end mid-sentence; short paragraphs kept one a
  // line all end one. With blank lines between the body's paragraphs (three
  // runs or more, the headline's included) that is enough; with the headline's
  // blank line alone, the lines must also come near the widest, as a wrapper
  // fills them (a balancing one such as fmt less than a greedy one).
  const midSentence = inner.filter((line) => !LINE_END.test(line)).length;
  const full = inner.filter((line) => line.length >= widest * 0.6).length;
  const wrapped = filled.length >= 3 ? midSentence >= inner.length * 0.5 : full >= inner.length * 0.9;
  return { wrapped, width: wrapped ? Math.max(width ?? 0, widest) : width };
}

/**
 * The width a scraped text was hard-wrapped at, or null when it was not:
 * its longest line, if that is 50 to 100 characters and three or more lines
 * come within 12 characters of it (a wrapper fills its lines). Text with a line
 * per paragraph has lines far longer than that; a few short lines say nothing.
 */
function fillWidth(lines: string[]): number | null {
  const lengths = lines.map((line) => line.trimEnd().length);
  const widest = Math.max(0, ...lengths);
  if (widest < 50 || widest > 100) return null;
  return lengths.filter((n) => n >= widest - 12).length >= 3 ? widest : null;
}

/** A sentence end (with closing quotes or brackets) or a colon closes the line. */
const LINE_END = /[.!?…:]["”’')\]]*$/u;
const SENTENCE_END = /[.!?…]["”’')\]]*$/u;
/**
 * Whether `next` opens an item of a list, which starts a paragraph of its own
 * wrapped or not: a bullet, or a number after a line that ends a sentence or
 * a clause (a wrapper may well put "2. Secretary …" of "September 2." first).
 */
function isListItem(line: string, next: string): boolean {
  const following = next.trim();
  return /^[-*•·▪]\s/u.test(following) || (/^\d{1,2}[.)]\s/.test(following) && /[.!?…:;]["”’')\]]*$/u.test(line.trim()));
}

/**
 * Where the title that starts at `at` ends. In a wrapped text the headline is
 * the whole first run of lines when it reads as one heading (one sentence, not
 * closed by a full stop, a few lines); otherwise, and in other layouts, it is
 * the first line and the lines isWrapped joins to it. A dateline, a blank
 * line or furniture after the headline always ends it.
 */
function titleEndOf(lines: readonly Line[], at: number, layout: Layout): number {
  let end = at;
  const isText = (line: Line | undefined): line is string => typeof line === 'string' && line.trim().length > 0;
  if (layout.wrapped) {
    while (isText(lines[end + 1])) end++;
    const run = joinLines(lines.slice(at, end + 1) as string[]);
    const heading =
      end - at < 4 &&
      run.length <= 300 &&
      splitParagraph(run).length === 1 &&
      (!SENTENCE_END.test(run) || /\b(?:Jr|Sr|Inc|Co)\.$/.test(run));
    if (heading) return end;
    end = at;
  }
  while (isText(lines[end + 1]) && isWrapped(lines[end] as string, lines[end + 1] as string, layout.width)) end++;
  return end;
}

/**
 * Whether the break between `line` and `next` is a soft one (the line goes
 * on) rather than the end of a paragraph, in a text not laid out `wrapped`.
 * A wrapper only breaks a line when the next word would not fit, so a line
 * that had room for it ended on purpose; whatever the width, a line that does
 * not end a sentence and is followed by a lowercase word goes on, and a colon
 * before a capital ends a paragraph ("… provided the following readout:").
 */
function isWrapped(line: string, next: string, width: number | null): boolean {
  const text = line.trim();
  const following = next.trim();
  if (!text || !following) return false;
  if (isListItem(text, following)) return false;
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
 * The body's paragraphs, each on one line. A blank line always ends one. In a
 * `wrapped` text (blank lines part the paragraphs) a single newline never
 * does, except before a list item; in other texts it does unless it is a soft
 * wrap (see isWrapped), since scraped copies often keep one newline between
 * paragraphs while hard-wrapped copies break every 72 columns. Both must give
 * the sentences of the clean file.
 */
function paragraphsOf(lines: readonly Line[], layout: Layout): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const close = () => {
    const paragraph = joinLines(current);
    if (paragraph) paragraphs.push(paragraph);
    current = [];
  };
  lines.forEach((line, i) => {
    if (typeof line !== 'string') {
      // Furniture inside an unfinished sentence is a page break: read on.
      const before = current.at(-1);
      const after = lines.slice(i + 1).find((next): next is string => typeof next === 'string');
      const midSentence =
        line === FURNITURE &&
        before !== undefined &&
        after?.trim() &&
        !LINE_END.test(before.trim()) &&
        (layout.wrapped || /^\p{Ll}/u.test(after.trim()));
      if (!midSentence) close();
      return;
    }
    if (!line.trim()) return close();
    current.push(line);
    const next = lines[i + 1];
    if (typeof next !== 'string') return;
    const soft = layout.wrapped ? next.trim().length > 0 && !isListItem(line, next) : isWrapped(line, next, layout.width);
    if (!soft) close();
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
