/**
 * Fetching from the publisher the way a CDN and a sysadmin would accept:
 * Node's global `fetch` (so tests stand nock or a local server in for the
 * network), an identifying User-Agent, a timeout that covers the body too, a
 * size cap enforced while streaming, at most a few redirects followed by hand,
 * every address (the first and each redirect) checked by isPublisherUrl
 * (links.ts) before it is requested, and one request at a time in the whole
 * process (the watcher and `/readout add` share the queue). Every failure is a
 * FetchError with one line for the user.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { FetchError } from '../errors.ts';
import { MAX_READOUT_BYTES } from '../corpus/folder.ts';
import { hostLabel, isPublisherHost, isPublisherUrl, type PublisherHosts } from './links.ts';

const { version } = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')));

export const USER_AGENT = `Readout/${version} (+Readout, a bot that cites U.S. defense meeting readouts)`;
export const DEFAULT_TIMEOUT_MS = 20_000;
/**
 * The most a page may be (fetched, attached or imported). A readout's text is
 * a few KB and its war.gov page, menus and inline scripts included, 100-250
 * KB: 1 MB leaves four times that and more. Reading a page is CPU-bound
 * (0.5-1.5 s for 1 MB, 2-7 s for 5 MB on a busy 2-core machine); it runs in
 * the parse worker, and the cap bounds how long one page holds it and how
 * large its draft is.
 */
export const MAX_PAGE_BYTES = 1024 * 1024;
/** A feed lists readouts, not their text; 5 MB is generous for a long backfill page of items. */
export const MAX_FEED_BYTES = MAX_READOUT_BYTES;
export const MAX_REDIRECTS = 3;

/** What the answer must be: a web page, or a feed (which also may answer 304). */
export type FetchPurpose = 'page' | 'feed';

export interface FetchOptions {
  purpose: FetchPurpose;
  /** Extra request headers (If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** PUBLISHER_HOSTS from the config: hosts fetched beside war.gov and defense.gov. */
  publisherHosts?: PublisherHosts;
}

export interface Fetched {
  /** Where the body came from, after redirects. */
  url: URL;
  status: 200 | 304;
  headers: Headers;
  /** The decoded body ('' for 304). */
  text: string;
}

/** The advice that ends a failed page fetch: the saved-page path always works. */
export const SAVE_ADVICE = 'Open the page in a browser, save it, and run: readout import <file>.html';
const FEED_ADVICE = 'The watcher tries again on its next pass.';

const NOT_PUBLISHER_ADVICE = 'Save the page in a browser and run: readout import <file>.html';

/**
 * Check a link before any request: it must be a publisher URL (isPublisherUrl),
 * for feeds and pages alike. The refusal is worded from the link alone, so it
 * says nothing about what is (or is not) listening there.
 */
export function checkLink(link: string, publisherHosts?: PublisherHosts): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new FetchError('bad-link', `"${link.slice(0, 100)}" is not a link`);
  }
  if (isPublisherUrl(url, publisherHosts)) return url;
  throw new FetchError('bad-link', refusal(url));
}

/** Why a link is not fetched, from the link alone. */
function refusal(url: URL): string {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `${url.protocol.replace(/:$/, '')} links are not fetched: only https links to war.gov and defense.gov. ${NOT_PUBLISHER_ADVICE}`;
  }
  if (isPublisherHost(url.hostname) && !url.username && !url.password && url.port === '') {
    return `${url.protocol.replace(/:$/, '')} links are not fetched: use https`;
  }
  return `${hostLabel(url)} is not the publisher: only war.gov and defense.gov links are fetched. ${NOT_PUBLISHER_ADVICE}`;
}

// One request at a time, process-wide.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Fetch a page or feed politely. Resolves with 200 (or a feed's 304); throws PublisherError otherwise. */
export function politeFetch(link: string, options: FetchOptions): Promise<Fetched> {
  const start = checkLink(link, options.publisherHosts);
  return serially(() => fetchChecked(start, options));
}

async function fetchChecked(start: URL, options: FetchOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? (options.purpose === 'page' ? MAX_PAGE_BYTES : MAX_FEED_BYTES);
  const advice = options.purpose === 'page' ? SAVE_ADVICE : FEED_ADVICE;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const host = hostLabel(start);
  let url = start;
  try {
    for (let hops = 0; ; hops++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept:
            options.purpose === 'feed'
              ? 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.9'
              : 'text/html, application/xhtml+xml;q=0.9',
          ...options.headers,
        },
      });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FetchError('redirect', `${host} answered HTTP ${response.status} without a Location. ${advice}`);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new FetchError('redirect', `${host} redirected to an address that is not a link; nothing was imported.`);
        }
        if (!isPublisherUrl(next, options.publisherHosts)) {
          throw new FetchError('redirect', `${host} redirected to ${where(next)}, which is not the publisher; nothing was imported.`);
        }
        if (hops + 1 > MAX_REDIRECTS) {
          throw new FetchError('redirect', `${host} redirected more than ${MAX_REDIRECTS} times; nothing was imported.`);
        }
        url = next;
        continue;
      }
      if (response.status === 304 && options.purpose === 'feed') {
        await response.body?.cancel();
        return { url, status: 304, headers: response.headers, text: '' };
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw statusError(host, response, advice);
      }
      checkType(host, response.headers.get('content-type'), options.purpose);
      const text = await readCapped(host, response, maxBytes, options.purpose);
      return { url, status: 200, headers: response.headers, text };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (timeout.aborted) {
      throw new FetchError(
        'timeout',
        `${host} did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`}. ${advice}`,
      );
    }
    if (options.signal?.aborted) throw error;
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const why = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
    throw new FetchError('network', `${host} could not be reached (${why.slice(0, 80)}). ${advice}`);
  }
}

function statusError(host: string, response: Response, advice: string): FetchError {
  const status = response.status;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (status === 403 || status === 401) {
    return new FetchError('refused', `${host} refused the request (HTTP ${status}). ${advice}`);
  }
  if (status === 404 || status === 410) {
    return new FetchError('not-found', `${host} has no page at that link (HTTP ${status}). Check the link.`);
  }
  const wait = retryAfter === null ? '' : ` (it asks to wait ${describeWait(retryAfter)})`;
  if (status === 429) {
    return new FetchError('rate-limited', `${host} asked Readout to slow down (HTTP 429)${wait}. ${advice}`, retryAfter);
  }
  if (status >= 500) {
    return new FetchError('server-error', `${host} had a server error (HTTP ${status})${wait}. ${advice}`, retryAfter);
  }
  return new FetchError('bad-status', `${host} answered HTTP ${status}. ${advice}`);
}

/** A redirect's target for a message: its host, or its scheme when it has none (file:, data:). */
function where(url: URL): string {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `a ${url.protocol.replace(/:$/, '')}: address`;
  return hostLabel(url);
}

function describeWait(seconds: number): string {
  if (seconds < 120) return `${seconds} seconds`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round(seconds / 3600)} hours`;
}

/** The longest wait Readout honours (the watcher's longest backoff): a longer Retry-After is read as this. */
export const MAX_RETRY_AFTER_SECONDS = 6 * 3600;

/**
 * Retry-After as seconds, at most MAX_RETRY_AFTER_SECONDS: a number of seconds
 * or an HTTP date. Null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Math.min(Number(value), MAX_RETRY_AFTER_SECONDS);
  const when = Date.parse(value);
  return Number.isNaN(when) ? null : Math.min(Math.max(0, Math.ceil((when - now) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

function checkType(host: string, contentType: string | null, purpose: FetchPurpose): void {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  // A missing type is let through: the parser judges the body.
  if (!type) return;
  // Feeds are served under many types (text/html too, by some servers): the
  // feed parser judges those; a PDF or JSON is refused here.
  const ok =
    purpose === 'page'
      ? type === 'text/html' || type === 'application/xhtml+xml'
      : /(?:^|[/+])xml$/.test(type) || type === 'text/plain' || type === 'text/html';
  if (!ok) {
    const what = purpose === 'page' ? 'a web page' : 'a feed';
    throw new FetchError('not-html', `${host} sent ${type}, not ${what}; nothing was imported.`);
  }
}

async function readCapped(host: string, response: Response, maxBytes: number, purpose: FetchPurpose): Promise<string> {
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.round(maxBytes / 1024)} KB`;
  const tooLarge = () =>
    new FetchError(
      'too-large',
      purpose === 'page'
        ? `${host} sent more than ${limit}, too large for a readout; nothing was imported.`
        : `${host} sent a feed of more than ${limit}, too large to read; the watcher tries again on its next pass.`,
    );
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        // Stop reading: the rest is never downloaded.
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return decodePage(bytes, response.headers.get('content-type'));
}

/**
 * A page's bytes as text: the charset of the Content-Type header, else the one
 * the page names in its first 1024 bytes (`<meta charset>` or `<meta
 * http-equiv="Content-Type" content="…; charset=…">`, as browsers prescan),
 * else UTF-8. An unknown label falls back to UTF-8, by far the likeliest.
 *
 * @example
 * decodePage(new Uint8Array([0x3c,0x6d,0x65,0x74,0x61,0x20,0x63,0x68,0x61,0x72,0x73,0x65,0x74,0x3d,0x77,0x69,0x6e,0x64,0x6f,0x77,0x73,0x2d,0x31,0x32,0x35,0x32,0x3e,0xe8]), null) // → '<meta charset=windows-1252>è'
 */
export function decodePage(bytes: Uint8Array, contentType: string | null): string {
  // A byte-order mark wins over any label, as in browsers.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const charset = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType ?? '')?.[1] ?? metaCharset(bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // Node's decoder for the windows-1252 family reads 0x80-0x9F as ISO-8859-1's
  // invisible C1 controls; browsers (and the WHATWG label table) read them as
  // windows-1252's € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ.
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/** windows-1252's 0x80-0x9F (0 where the code page leaves a byte undefined: kept as that byte's C1 code point). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    const codes = Array.from(bytes.subarray(at, at + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

function metaCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character: the prescan reads ASCII only.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w:.-]+)/i.exec(head)?.[1] ?? null;
}
