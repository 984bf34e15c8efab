/**
 * ARCHIVE_FALLBACK=on: when the publisher refuses an article (403) or serves
 * a block page instead of it, read the Internet Archive's stored copy in its
 * raw `id_` form (the page's own bytes, without the Wayback Machine's toolbar
 * or rewritten links) and import that, with the official link as `source` and
 * the copy's address in an `archived` front-matter field, so a reader can see
 * where the text came from. Off by default: it sends the article's address
 * to a third party, and a copy may be older than a corrected release.
 *
 * The archive's address is ARCHIVE_URL (default https://web.archive.org; tests
 * stand a loopback server in for it). It is fetched like the publisher (one
 * request at a time, the same caps and timeouts), and only it: its host is
 * added to the allowed hosts for this one request and its redirects.
 */
import { canonicalMarkdown } from '../corpus/canonical.ts';
import { FetchError, PublisherError } from '../errors.ts';
import { readArticle, type Draft } from './article.ts';
import { blockPageTitle } from './blockPage.ts';
import { politeFetch } from './fetch.ts';
import { articleId, parsePublisherHosts, type PublisherHosts } from './links.ts';

export const DEFAULT_ARCHIVE_URL = 'https://web.archive.org';

/** The front-matter field that holds the copy's address. */
export const ARCHIVED_FIELD = 'archived';

export interface ArchiveOptions {
  /** ARCHIVE_URL: the Wayback Machine's base address. */
  archiveUrl: string;
  publisherHosts?: PublisherHosts;
  feedDate?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  now?: number;
}

/** The errors a stored copy can stand in for: the site would not hand the article over. */
export function archiveMayHelp(error: unknown): error is FetchError {
  return error instanceof FetchError && (error.code === 'refused' || error.code === 'blocked');
}

/**
 * The raw (`id_`) copy's address nearest to `now`: the Wayback Machine
 * redirects a timestamp to its closest capture.
 *
 * @example
 * archivedCopyUrl('https://web.archive.org', 'https://www.war.gov/News/Releases/Release/Article/4305546/x/', Date.UTC(2026, 0, 2))
 * // → 'https://web.archive.org/web/20260102000000id_/https://www.war.gov/News/Releases/Release/Article/4305546/x/'
 */
export function archivedCopyUrl(archiveUrl: string, link: string, now = Date.now()): string {
  const stamp = new Date(now).toISOString().replace(/\D/g, '').slice(0, 14);
  return `${archiveUrl.replace(/\/+$/, '')}/web/${stamp}id_/${link}`;
}

/**
 * Read the archive's copy of `link` into a Draft whose source is the official
 * link and whose `archived` field is the copy's address. Throws the original
 * `refusal`, with what the archive answered added, when there is no usable copy.
 */
export async function readArchivedCopy(link: string, refusal: FetchError, options: ArchiveOptions): Promise<Draft> {
  const address = archivedCopyUrl(options.archiveUrl, link, options.now);
  const archiveHost = parsePublisherHosts(new URL(options.archiveUrl).host).hosts;
  let draft: Draft;
  let copy: string;
  try {
    const fetched = await politeFetch(address, {
      purpose: 'page',
      publisherHosts: [...(options.publisherHosts ?? []), ...archiveHost],
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    copy = fetched.url.href;
    // The archive may have stored the block page itself.
    const blocked = blockPageTitle(fetched.text);
    if (blocked) throw new FetchError('blocked', `its copy is the "${blocked}" page too`);
    draft = await readArticle(
      { fileName: 'archived-copy.html', content: fetched.text },
      { link, ...(options.feedDate ? { feedDate: options.feedDate } : {}) },
    );
  } catch (error) {
    if (!(error instanceof PublisherError) || options.signal?.aborted) throw error;
    throw new FetchError(
      refusal.code,
      `${refusal.message} (The Internet Archive gave no usable copy: ${error.message.replace(/\.$/, '')}.)`,
    );
  }
  // The official link, whatever the copy's page says: the one its id came from.
  const official = draft.source && articleId(draft.source) !== null && articleId(draft.source) === articleId(link) ? draft.source : link;
  const meta = { ...draft.meta, [ARCHIVED_FIELD]: copy };
  return {
    ...draft,
    source: official,
    articleId: articleId(official),
    meta,
    dateSource: `${draft.dateSource} (archived copy)`,
    markdown: canonicalMarkdown({ title: draft.title, date: draft.date, source: official, meta, paragraphs: draft.paragraphs }),
  };
}
