/**
 * A web page → a readout's parts. The publisher's own layout is read first
 * (title in `h1.maintitle`, text in `div.body` paragraphs inside
 * `.article-view` / `.adetail`, nothing from `.footer`); any other layout goes
 * through @mozilla/readability (over linkedom, no browser needed). Either way
 * the scraped-text cleaner then strips datelines, captions and disclaimers,
 * and every line removed is reported.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readScraped } from '../corpus/scraped.ts';
import { firstFullDate, isIsoDate, type IsoDate } from '../text/dates.ts';

export interface StrippedLine {
  kind: string;
  text: string;
}

export interface ExtractedPage {
  layout: 'war.gov' | 'readability';
  title: string | null;
  /** The date the page states (its metadata or date line), not one read from the text. */
  pageDate: IsoDate | null;
  /** A date read from the text by the scraped-text cleaner (dateline, "On … , 2025"). */
  textDate: IsoDate | null;
  textDateSource: string | null;
  /** The page's canonical link, when it names one. */
  canonical: string | null;
  paragraphs: string[];
  stripped: StrippedLine[];
  warnings: string[];
}

/** "Choose which Defense.gov products you want delivered to your inbox." and its kin. */
const BOILERPLATE = [
  /^Choose which .{0,60}products you want delivered to your inbox\.?$/i,
  /^Subscribe to .{0,40}(?:products|updates|news)\.?$/i,
];

// linkedom's types name the browser's DOM types, which this Node project does
// not load (so they come out as `any`): the members used here are described
// below, and `parse` is the one place a parsed document is taken to have them.
interface Node {
  textContent: string | null;
}
interface Element extends Node {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
  closest(selector: string): Element | null;
  remove(): void;
}

/** What a browser never shows as text: script, style and noscript content is not the readout's. */
const NOT_TEXT = 'script, style, noscript, template';

function parse(html: string): Element {
  const doc: Element = parseHTML(html).document;
  for (const el of [...doc.querySelectorAll(NOT_TEXT)]) el.remove();
  return doc;
}

/** Collapse HTML whitespace (no-break spaces too): text as a reader sees it. */
function visible(text: string | null): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

export function extractPage(html: string, fetchedFrom: string | null = null): ExtractedPage {
  const doc = parse(html);
  const canonical = canonicalLink(doc, html, fetchedFrom);
  const pageDate = metaDate(doc);
  const known = knownLayout(doc);
  const raw = known ?? readabilityLayout(html, doc);
  const stripped = [...raw.stripped];
  const title = raw.title;

  // The scraped-text cleaner over the paragraphs, with the title given: it
  // strips datelines, captions and disclaimers, and finds a date in the text.
  const cleaned = readScraped(raw.paragraphs.join('\n\n'), { title: title ?? undefined });
  for (const s of cleaned.stripped) stripped.push({ kind: s.kind, text: s.text });
  const paragraphs = cleaned.body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    layout: known ? 'war.gov' : 'readability',
    title,
    pageDate: pageDate ?? raw.date,
    textDate: cleaned.date,
    textDateSource: cleaned.dateSource,
    canonical,
    paragraphs,
    stripped,
    warnings: cleaned.warnings.filter((w) => !w.startsWith('date unknown') && w !== 'no title line found'),
  };
}

interface RawArticle {
  title: string | null;
  date: IsoDate | null;
  paragraphs: string[];
  stripped: StrippedLine[];
}

function knownLayout(doc: Element): RawArticle | null {
  const region = doc.querySelector('.article-view') ?? doc.querySelector('.adetail');
  const heading = region?.querySelector('h1.maintitle') ?? doc.querySelector('h1.maintitle');
  if (!region || !heading) return null;
  const stripped: StrippedLine[] = [];
  const paragraphs: string[] = [];
  const bodies = [...region.querySelectorAll('div.body')];
  if (bodies.length === 0) return null;
  for (const body of bodies) {
    if (body.closest('.footer')) continue;
    for (const p of body.querySelectorAll('p')) {
      if (p.closest('.footer')) continue;
      // A caption inside the text (a photo's figcaption or credit paragraph).
      if (p.closest('figure') || p.closest('.caption') || p.closest('.photo')) {
        const text = visible(p.textContent);
        if (text) stripped.push({ kind: 'caption', text });
        continue;
      }
      const text = visible(p.textContent);
      if (!text) continue;
      if (BOILERPLATE.some((re) => re.test(text))) {
        stripped.push({ kind: 'boilerplate', text });
        continue;
      }
      paragraphs.push(text);
    }
    for (const caption of body.querySelectorAll('figcaption')) {
      const text = visible(caption.textContent);
      if (text && !stripped.some((s) => s.text === text)) stripped.push({ kind: 'caption', text });
    }
  }
  return { title: visible(heading.textContent) || null, date: regionDate(region), paragraphs, stripped };
}

function readabilityLayout(html: string, doc: Element): RawArticle {
  // Readability rewrites the document it reads: give it its own copy.
  const copy = parse(html) as ReturnType<typeof parseHTML>['document'];
  // Text with no element at all (an empty file, plain words saved as .html) has no
  // root element, which Readability throws on: it is a page without an article.
  if (!copy.documentElement) return { title: null, date: null, paragraphs: [], stripped: [] };
  const article = new Readability(copy, { charThreshold: 200 }).parse();
  const stripped: StrippedLine[] = [];
  const paragraphs: string[] = [];
  if (article?.content) {
    const root = parse(`<!doctype html><html><body>${article.content}</body></html>`);
    const blocks = [...root.querySelectorAll('p, li, blockquote')].filter((el) => !el.closest('figure'));
    for (const block of blocks) {
      // Nested blocks (a p inside a blockquote) are read once, at the innermost level.
      if (block.tagName !== 'P' && block.querySelector('p')) continue;
      const text = visible(block.textContent);
      if (!text) continue;
      if (BOILERPLATE.some((re) => re.test(text))) stripped.push({ kind: 'boilerplate', text });
      else paragraphs.push(text);
    }
    for (const caption of root.querySelectorAll('figcaption')) {
      const text = visible(caption.textContent);
      if (text) stripped.push({ kind: 'caption', text });
    }
    if (paragraphs.length === 0 && article.textContent) {
      paragraphs.push(
        ...article.textContent
          .split(/\n\s*\n/)
          .map(visible)
          .filter(Boolean),
      );
    }
  }
  const heading = visible(doc.querySelector('h1')?.textContent ?? null);
  const title = cleanTitle(article?.title ?? '') || heading || cleanTitle(metaContent(doc, 'meta[property="og:title"]') ?? '') || null;
  return { title, date: regionDate(doc), paragraphs, stripped };
}

/** "Readout of … > U.S. Department of War > Release" → the first part. */
function cleanTitle(title: string): string {
  return visible(title.split(/\s+[>|]\s+/)[0] ?? '');
}

function metaContent(doc: Element, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content');
  return value ? value.trim() : null;
}

/** A date from the page's metadata: article:published_time and its kin. */
function metaDate(doc: Element): IsoDate | null {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dcterms.date"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
  ];
  for (const selector of selectors) {
    const date = readDate(metaContent(doc, selector));
    if (date) return date;
  }
  return null;
}

/** A date shown in the article region: `<time datetime>`, or a `.date` line ("Oct. 3, 2025"). */
function regionDate(region: Element): IsoDate | null {
  const time = region.querySelector('time[datetime]');
  const fromTime = readDate(time?.getAttribute('datetime') ?? null);
  if (fromTime) return fromTime;
  for (const el of region.querySelectorAll('.date, time, .published, .adate')) {
    const date = readDate(visible(el.textContent));
    if (date) return date;
  }
  return null;
}

function readDate(value: string | null): IsoDate | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim());
  if (iso) return isIsoDate(iso[1] as string) ? (iso[1] as string) : null;
  return firstFullDate(value)?.date ?? null;
}

/**
 * The page's own link: `<link rel="canonical">`, then og:url, then the
 * "saved from url=" comment a browser writes into a saved page, then where it
 * was fetched from.
 */
function canonicalLink(doc: Element, html: string, fetchedFrom: string | null): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    metaContent(doc, 'meta[property="og:url"]'),
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null,
    fetchedFrom,
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, fetchedFrom ?? undefined);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not a link: try the next.
    }
  }
  return null;
}
