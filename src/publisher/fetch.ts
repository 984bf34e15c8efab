/**
 * Fetching from the publisher the way a CDN and a sysadmin would accept:
 * Node's global `fetch` (so tests stand nock or a local server in for the
 * network), an identifying User-Agent, a timeout that covers the body too, a
 * size cap enforced while streaming, at most a few redirects followed by hand
 * and only within the same publisher, plain http only to this machine, and one
 * request at a time in the whole process (the watcher and `/readout add` share
 * the queue). Every failure is a PublisherError with one line for the user.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { PublisherError } from '../errors.ts';
import { MAX_READOUT_BYTES } from '../corpus/folder.ts';
import { hostLabel, isLoopbackHost, isPublisherHost, samePublisher } from './links.ts';

const { version } = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')));

export const USER_AGENT = `Readout/${version} (+Readout, a bot that cites U.S. defense meeting readouts)`;
export const DEFAULT_TIMEOUT_MS = 20_000;
/** A readout page is ~100 KB; 5 MB is generous and still stops a runaway answer. */
export const DEFAULT_MAX_BYTES = MAX_READOUT_BYTES;
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

/**
 * Check a link before any request: https, or http to a loopback address.
 * Pages must also come from the publisher (or a local mirror).
 */
export function checkLink(link: string, purpose: FetchPurpose): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new PublisherError('bad-link', `"${link.slice(0, 100)}" is not a link`);
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new PublisherError(
      'bad-link',
      `${url.protocol.replace(':', '')} links are not fetched: use https (plain http only to this machine)`,
    );
  }
  if (purpose === 'page' && !loopback && !isPublisherHost(url.hostname)) {
    throw new PublisherError(
      'bad-link',
      `${url.hostname} is not the publisher: only war.gov and defense.gov links are fetched. Save the page in a browser and run: readout import <file>.html`,
    );
  }
  return url;
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
  const start = checkLink(link, options.purpose);
  return serially(() => fetchChecked(start, options));
}

async function fetchChecked(start: URL, options: FetchOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
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
        if (!location) throw new PublisherError('redirect', `${host} answered HTTP ${response.status} without a Location. ${advice}`);
        const next = new URL(location, url);
        if (!samePublisher(start, next)) {
          throw new PublisherError('redirect', `${host} redirected to ${next.host}, which is not the publisher; nothing was imported.`);
        }
        if (hops + 1 > MAX_REDIRECTS) {
          throw new PublisherError('redirect', `${host} redirected more than ${MAX_REDIRECTS} times; nothing was imported.`);
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
      const text = await readCapped(host, response, maxBytes);
      return { url, status: 200, headers: response.headers, text };
    }
  } catch (error) {
    if (error instanceof PublisherError) throw error;
    if (timeout.aborted) {
      throw new PublisherError(
        'timeout',
        `${host} did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`}. ${advice}`,
      );
    }
    if (options.signal?.aborted) throw error;
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const why = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
    throw new PublisherError('network', `${host} could not be reached (${why.slice(0, 80)}). ${advice}`);
  }
}

function statusError(host: string, response: Response, advice: string): PublisherError {
  const status = response.status;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (status === 403 || status === 401) {
    return new PublisherError('refused', `${host} refused the request (HTTP ${status}). ${advice}`);
  }
  if (status === 404 || status === 410) {
    return new PublisherError('not-found', `${host} has no page at that link (HTTP ${status}). Check the link.`);
  }
  const wait = retryAfter === null ? '' : ` (it asks to wait ${describeWait(retryAfter)})`;
  if (status === 429) {
    return new PublisherError('rate-limited', `${host} asked Readout to slow down (HTTP 429)${wait}. ${advice}`, retryAfter);
  }
  if (status >= 500) {
    return new PublisherError('server-error', `${host} had a server error (HTTP ${status})${wait}. ${advice}`, retryAfter);
  }
  return new PublisherError('unreadable', `${host} answered HTTP ${status}. ${advice}`);
}

function describeWait(seconds: number): string {
  if (seconds < 120) return `${seconds} seconds`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round(seconds / 3600)} hours`;
}

/** Retry-After as seconds: a number of seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const when = Date.parse(value);
  return Number.isNaN(when) ? null : Math.max(0, Math.ceil((when - now) / 1000));
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
    throw new PublisherError('not-html', `${host} sent ${type}, not ${what}; nothing was imported.`);
  }
}

async function readCapped(host: string, response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new PublisherError(
      'too-large',
      `${host} sent more than ${Math.round(maxBytes / (1024 * 1024))} MB, too large for a readout; nothing was imported.`,
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
  return decode(bytes, response.headers.get('content-type'));
}

function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is by far the likeliest.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
