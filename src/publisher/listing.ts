/**
 * The publisher's release listing (`https://www.war.gov/News/Releases/?Page=2`)
 * → items. war.gov lists each release as an element carrying `article-id`,
 * `article-title` and `article-url` attributes (the layout scrapers of the
 * site read), with its date in `publish-date-ap` ("Oct. 3, 2025") when given;
 * the pager's links name the last page. zod checks each listed release, so
 * one odd entry is passed over with a reason instead of failing the page.
 */
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { PublisherError } from '../errors.ts';
import { firstFullDate } from '../text/dates.ts';
import type { FeedItem } from './feed.ts';
import { articleId } from './links.ts';

export interface Listing {
  items: FeedItem[];
  /** Entries passed over, with why. */
  invalid: string[];
  /** The highest page number the pager links to, when it shows one. */
  lastPage: number | null;
}

/** `{page}` in LISTING_URL is replaced by the page number (1, 2, …). */
export const PAGE_PLACEHOLDER = '{page}';

export function listingPageUrl(template: string, page: number): string {
  return template.replaceAll(PAGE_PLACEHOLDER, String(page));
}

const attribute = z
  .string()
  .nullable()
  .transform((v) => (v ?? '').replace(/\s+/g, ' ').trim());
const EntrySchema = z.object({
  id: attribute.pipe(z.string().regex(/^\d+$/, { error: 'has no numeric article-id' })),
  title: attribute.pipe(z.string().min(1, { error: 'has no article-title' })),
  url: attribute.pipe(z.string().min(1, { error: 'has no article-url' })),
  date: attribute,
});

// linkedom's DOM types come out as `any` here (no DOM lib): the members used.
interface Element {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

/** The date attributes war.gov has used on listed releases, most specific first. */
const DATE_ATTRIBUTES = ['publish-date-ap', 'publish-date', 'article-date'];

/**
 * Parse one listing page. `pageUrl` resolves relative article links. Throws
 * PublisherError ('unreadable') when the page is not a listing at all (no
 * listed release and no pager): a block page or a redesign, not an empty page.
 *
 * @example
 * parseListing('<div article-id="4305546" article-title="Readout of …" article-url="/News/Releases/Release/Article/4305546/readout/"></div>',
 *   'https://www.war.gov/News/Releases/?Page=1').items[0].link
 * // → 'https://www.war.gov/News/Releases/Release/Article/4305546/readout/'
 */
export function parseListing(html: string, pageUrl: string): Listing {
  const document = parseHTML(html).document as unknown as Element;
  const items: FeedItem[] = [];
  const invalid: string[] = [];
  let n = 0;
  for (const element of document.querySelectorAll('[article-id]')) {
    n++;
    const entry = EntrySchema.safeParse({
      id: element.getAttribute('article-id'),
      title: element.getAttribute('article-title'),
      url: element.getAttribute('article-url'),
      date: DATE_ATTRIBUTES.map((name) => element.getAttribute(name)).find(Boolean) ?? null,
    });
    if (!entry.success) {
      invalid.push(`listed release ${n} ${entry.error.issues[0]?.message ?? 'is malformed'}`);
      continue;
    }
    let link: string;
    try {
      link = new URL(entry.data.url, pageUrl).href;
    } catch {
      invalid.push(`listed release ${n} has an unreadable article-url`);
      continue;
    }
    // The id in the link wins when both are given: it is what dedupes imports.
    const id = articleId(link) ?? entry.data.id;
    items.push({
      title: decodeEntities(entry.data.title),
      link,
      key: id,
      articleId: id,
      date: entry.data.date ? (firstFullDate(entry.data.date)?.date ?? null) : null,
    });
  }
  const lastPage = pagerLast(document, pageUrl);
  if (n === 0 && lastPage === null && !/\bno (?:results|releases)\b/i.test(html)) {
    throw new PublisherError('unreadable', 'the listing page lists no releases and has no pager: not the release listing');
  }
  return { items, invalid, lastPage };
}

/** linkedom decodes attribute entities already; a doubly escaped "&amp;amp;" is the site's. */
function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');
}

/** The largest `Page=N` among the page's links (the pager's "last" link). */
function pagerLast(document: Element, pageUrl: string): number | null {
  let last: number | null = null;
  for (const a of document.querySelectorAll('a[href]')) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    const page = Number(url.searchParams.get('Page') ?? url.searchParams.get('page'));
    if (Number.isInteger(page) && page > 0) last = Math.max(last ?? 0, page);
  }
  return last;
}
