/**
 * readArticle: anything a readout arrives as — a saved page (.html), a text
 * file (.txt, .md) or a link — becomes one Draft: the canonical readout it
 * would be written as, with what was stripped and where the date came from.
 * Nothing is written here (see write.ts).
 */
import { splitParagraph } from '../text/sentences.ts';
import { decodeCorpusText } from '../corpus/folder.ts';
import { parseReadout, type Readout } from '../corpus/readout.ts';
import { splitFrontMatter, validateFrontMatter } from '../corpus/frontMatter.ts';
import { canonicalMarkdown, readoutFileName } from '../corpus/canonical.ts';
import { FetchError, NotAReadoutError, PublisherError, ReadoutFileError } from '../errors.ts';
import { decodePage, politeFetch, SAVE_ADVICE } from './fetch.ts';
import { parseInWorker } from './parseWorker.ts';
import { articleId, hostLabel, type PublisherHosts } from './links.ts';
import { blockPageTitle } from './blockPage.ts';
import { isPlausibleDate } from './feed.ts';
import { extractPage, type StrippedLine } from './page.ts';

export interface Draft {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The canonical link, when known. */
  source: string | null;
  /** The publisher's numeric article id, read from the link. */
  articleId: string | null;
  paragraphs: string[];
  stripped: StrippedLine[];
  sentences: string[];
  /** Front matter keys beyond title/date/source (from an imported .md), kept as written. */
  meta: Record<string, string>;
  /** The canonical .md text. */
  markdown: string;
  /** Suggested file name, e.g. 2025-10-03-readout-of-secretary-of-war-….md */
  fileName: string;
  /** Where the date came from: "page", "front matter", "feed pubDate", "dateline", "given"… */
  dateSource: string;
  /** Problems worth a maintainer's look; never fatal. */
  warnings: string[];
}

export type ArticleInput = { url: string } | { fileName: string; content: Uint8Array | string };

export interface ReadArticleOptions {
  /** Accept a page that does not look like a readout. */
  force?: boolean;
  signal?: AbortSignal;
  /** The feed item's pubDate (YYYY-MM-DD): used when the page states no date. */
  feedDate?: string;
  /** The date to use when nothing else gives one (`import --date`). */
  date?: string;
  /** Where a saved file or fetched page came from, when the page itself does not say. */
  link?: string;
  timeoutMs?: number;
  maxBytes?: number;
  /** PUBLISHER_HOSTS from the config: a link is fetched only from the publisher or these hosts. */
  publisherHosts?: PublisherHosts;
}

/**
 * How readouts open: an official ("Secretary", "Minister", "counterparts"…)
 * and a meeting ("met", "spoke", "hosted", "call"…) in the first paragraphs.
 * Contracts, photo pages and announcements of awards have neither.
 */
const OFFICIAL = /\b(?:Secretary|Ministers?|counterparts?|Chairman|Ambassador|President|General|Admiral|officials?)\b/;
const MEETING =
  /\b(?:met|meets|meetings?|spoke|speaks|call(?:ed|s)?|hosted|hosts|welcomed|joined|held|visited|traveled|participated|convened|discussed|talks)\b/i;
const READOUT_ATTRIBUTION = /\bprovided the following readout\b|\bthe following is attributable to\b/i;

/**
 * Read an article into a Draft. Throws PublisherError (one line for the user)
 * or NotAReadoutError (unless `force`).
 *
 * Usage, given a saved page `html`:
 *
 *     const draft = await readArticle({ fileName: 'page.html', content: html });
 *     draft.fileName // → '2025-10-03-readout-of-secretary-of-war-pete-hegseths-meeting-with….md'
 */
export async function readArticle(input: ArticleInput, options: ReadArticleOptions = {}): Promise<Draft> {
  const parse: ParseOptions = {
    ...(options.force ? { force: true } : {}),
    ...(options.feedDate ? { feedDate: options.feedDate } : {}),
    ...(options.date ? { date: options.date } : {}),
    ...(options.link ? { link: options.link } : {}),
  };
  if ('url' in input) {
    const fetched = await politeFetch(input.url, {
      purpose: 'page',
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.publisherHosts ? { publisherHosts: options.publisherHosts } : {}),
    });
    return parseInWorker({ kind: 'page', html: fetched.text, url: fetched.url.href }, parse);
  }
  return parseInWorker({ kind: 'file', fileName: input.fileName, content: input.content }, parse);
}

/** What a worker reads into a Draft: a fetched page, or a file's name and content. */
export type ReadJob = { kind: 'page'; html: string; url: string } | { kind: 'file'; fileName: string; content: Uint8Array | string };

/** The options of ReadArticleOptions that reading (not fetching) needs: plain data, sent to the worker. */
export type ParseOptions = Pick<ReadArticleOptions, 'force' | 'feedDate' | 'date' | 'link'>;

/**
 * Read a page or file into a Draft, here and now (synchronous, CPU-bound):
 * what the parse worker (parseWorker.ts) runs, off the bot's event loop.
 * Throws PublisherError, FetchError ('blocked') or NotAReadoutError.
 */
export function draftFromJob(job: ReadJob, options: ParseOptions = {}): Draft {
  if (job.kind === 'page') {
    // A firewall or CAPTCHA page served (with 200) instead of the article: could not fetch.
    const blocked = blockPageTitle(job.html);
    if (blocked) {
      throw new FetchError(
        'blocked',
        `${hostLabel(new URL(job.url))} served its "${short(blocked)}" page instead of the readout (a firewall or CAPTCHA page). ${SAVE_ADVICE}`,
      );
    }
    return fromHtml(stripControls(job.html), job.url, options);
  }
  const name = job.fileName.replace(/^.*[\\/]/, '');
  if (/\.x?html?$/i.test(name)) return fromHtml(stripControls(decodeHtml(job.content)), options.link ?? null, options);
  if (/\.(?:md|txt)$/i.test(name)) return fromText(name, decode(job.content), options);
  throw new PublisherError('unreadable', 'not a readout file: import takes .html, .txt and .md files, or a link');
}

function decode(content: Uint8Array | string): string {
  if (typeof content === 'string') return content;
  try {
    return decodeCorpusText(content);
  } catch (error) {
    throw new PublisherError('unreadable', (error as Error).message);
  }
}

/** A saved page's bytes: UTF-8 unless the page names another charset (decodePage). */
function decodeHtml(content: Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return decodePage(content, null);
}

function fromHtml(html: string, link: string | null, options: ParseOptions): Draft {
  // The CDN's refusal saved from a browser: not the readout.
  const blocked = blockPageTitle(html);
  if (blocked) {
    throw new FetchError(
      'blocked',
      `this is the site's "${short(blocked)}" page, not the readout; open the link in a browser, save the page once it shows the readout, and import that file.`,
    );
  }
  const page = extractPage(html, link);
  if (!page.title) throw new PublisherError('no-text', 'no title found on the page; nothing was imported.');
  if (page.paragraphs.length === 0) throw new PublisherError('no-text', 'no article text found on the page; nothing was imported.');
  // Not a readout is the first thing to say about a page, before a missing date.
  checkReadout(page.title, page.paragraphs, options);
  const dated = pickDate([
    ['page', page.pageDate],
    ['feed pubDate', options.feedDate ?? null],
    [page.textDateSource ?? 'text', page.textDate],
    ['given', options.date ?? null],
  ]);
  if (!dated) throw noDate(page.title);
  return draft({
    title: page.title,
    date: dated.date,
    dateSource: dated.source,
    source: page.canonical,
    paragraphs: page.paragraphs,
    stripped: page.stripped,
    meta: {},
    warnings: page.warnings,
  });
}

function fromText(name: string, text: string, options: ParseOptions): Draft {
  let readout: Readout;
  try {
    // A file whose front matter is complete is a canonical readout: read it as
    // one, so every field and paragraph survives. Otherwise it is scraped text,
    // with what front matter it has taking precedence.
    readout = parseReadout(isCanonical(text) ? name.replace(/\.txt$/i, '.md') : name.replace(/\.md$/i, '.txt'), text);
  } catch (error) {
    if (error instanceof ReadoutFileError) throw new PublisherError('unreadable', error.reasons.join('; '));
    throw error;
  }
  // No readout check here: a text file was put together by a person on purpose;
  // a web page may be anything the link led to.
  const dated = pickDate([
    [readout.dateSource ?? 'text', readout.date],
    ['feed pubDate', options.feedDate ?? null],
    ['given', options.date ?? null],
  ]);
  if (!dated) {
    const why = readout.warnings.find((w) => w.startsWith('date unknown'));
    throw new PublisherError('no-date', `${why ?? 'no date found'}; give it with --date YYYY-MM-DD`);
  }
  return draft({
    title: readout.title,
    date: dated.date,
    dateSource: dated.source,
    source: readout.source,
    paragraphs: readout.paragraphs,
    stripped: readout.stripped,
    meta: readout.meta,
    warnings: readout.warnings.filter((w) => !w.startsWith('date unknown')),
  });
}

function isCanonical(text: string): boolean {
  try {
    const { fields } = splitFrontMatter(text);
    return fields !== null && validateFrontMatter(fields).ok;
  } catch {
    return false;
  }
}

/** The first date given, if it is a real one in range (1990 to next year): never a page's year 9999. */
function pickDate(candidates: [string, string | null][]): { source: string; date: string } | null {
  const found = candidates.find(([, date]) => date && isPlausibleDate(date));
  return found ? { source: found[0], date: found[1] as string } : null;
}

function noDate(title: string): PublisherError {
  return new PublisherError(
    'no-date',
    `"${short(title)}": the page states no date and none was found in the text; give it with --date YYYY-MM-DD`,
  );
}

/** A title cut to about 80 characters at a word boundary, for messages. */
function short(title: string): string {
  if (title.length <= 80) return title;
  return `${title.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

/** A readout says so in its title, or opens the way readouts open. */
export function looksLikeReadout(title: string, paragraphs: string[]): boolean {
  if (/\breadout\b/i.test(title)) return true;
  const opening = paragraphs.slice(0, 2);
  return opening.some((p) => READOUT_ATTRIBUTION.test(p) || (OFFICIAL.test(p) && MEETING.test(p)));
}

function checkReadout(title: string, paragraphs: string[], options: ParseOptions): void {
  if (options.force || looksLikeReadout(title, paragraphs)) return;
  throw new NotAReadoutError(
    `"${short(title)}" does not look like a meeting readout (no "Readout" in the title, and no official meeting or calling anyone in its opening); use --force to import it anyway`,
  );
}

/**
 * Control characters (C0 but tab and line ends, DEL, C1): invisible in a page,
 * and a NUL makes a file the corpus loader refuses as binary. Stripped at import.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

function draft(raw: Omit<Draft, 'articleId' | 'sentences' | 'markdown' | 'fileName'>): Draft {
  const parts = {
    ...raw,
    title: stripControls(raw.title),
    paragraphs: raw.paragraphs.map(stripControls).filter((p) => p.trim()),
    stripped: raw.stripped.map((s) => ({ kind: s.kind, text: stripControls(s.text) })),
  };
  const canonical = { ...parts };
  return {
    ...canonical,
    articleId: articleId(parts.source),
    sentences: parts.paragraphs.flatMap(splitParagraph),
    markdown: canonicalMarkdown(canonical),
    fileName: readoutFileName(parts.date, parts.title),
  };
}
