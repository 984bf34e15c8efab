/**
 * The watcher: poll the releases feed(s), import each new readout into the
 * corpus folder, remember what was done. Modelled on how feed bots such as
 * MonitoRSS poll: conditional requests (If-None-Match / If-Modified-Since),
 * items deduped on a stable key (here the article id, across hosts and
 * slugs), Retry-After honoured and failures backed off exponentially, and a
 * failing article recorded and retried on its own schedule without holding up
 * the others.
 *
 * Crash safety: each readout file is written (atomically) before the state
 * that records it, and a feed's new validators are saved only once all its
 * items are handled. A pass killed at any point loses nothing: the next one
 * reads the feed again and passes over what the corpus already holds.
 */
import { hostLabel, type PublisherHosts } from './links.ts';
import { ArticleBusyError, DuplicateReadoutError, FetchError, NotAReadoutError, PublisherError } from '../errors.ts';
import { politeFetch } from './fetch.ts';
import { parseFeed, type FeedItem } from './feed.ts';
import { readArticle } from './article.ts';
import { ARCHIVED_FIELD, archiveMayHelp, readArchivedCopy } from './archive.ts';
import { readCorpusKeys, sweepTempFiles, writeReadout, type CorpusKeys } from './write.ts';
import { feedState, readState, writeState, type FailedArticle, type WatchState } from './state.ts';
import type { WatchStateBox } from '../store/store.ts';

export interface WatchSettings {
  corpusDir: string;
  statePath: string;
  /** Where the state lives when not in the file at statePath (PostgreSQL: src/store/). */
  state?: WatchStateBox;
  feeds: string[];
  /** Only items whose title matches are readouts (default /^Readout\b/i). */
  titleFilter: RegExp;
  /** Between passes, before jitter. */
  intervalMs: number;
  /** ± this fraction of the interval, so many bots do not poll in step. */
  jitter: number;
  /** Pause between article fetches. */
  pauseMs: number;
  /** Automatic tries of an article before it waits for a manual import. */
  maxAttempts: number;
  /** First retry of a failed article after this long; each next one 4× later. */
  retryBaseMs: number;
  timeoutMs?: number;
  /** PUBLISHER_HOSTS: feeds, feed items' links and redirects are fetched only from the publisher or these. */
  publisherHosts?: PublisherHosts;
  /** ARCHIVE_URL when ARCHIVE_FALLBACK=on: refused or blocked articles are read from its stored copy. */
  archiveUrl?: string;
}

export interface WatchHooks {
  now?: () => number;
  /** Warnings (a corrupt state file set aside). */
  warn?: (message: string) => void;
  /** Long first passes: articles fetched so far of those to fetch. */
  progress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface FeedOutcome {
  url: string;
  outcome: 'read' | 'not modified' | 'waiting' | 'failed';
  items: number;
  message: string | null;
}

export interface PassReport {
  feeds: FeedOutcome[];
  /** `archived`: the Internet Archive copy it was read from (ARCHIVE_FALLBACK=on). */
  added: { file: string; title: string; link: string; date: string; archived?: string }[];
  skipped: { title: string; link: string; why: string }[];
  /** Items skipped unread, counted by reason rather than listed (a backfill's contracts and statements). */
  skippedCounts?: Record<string, number>;
  failed: { title: string; link: string; why: string; attempts: number; nextAttemptAt: string | null }[];
  /** Articles that failed before and are not due for another try yet. */
  waiting: number;
}

const MAX_FEED_BACKOFF_MS = 6 * 3600_000;

/** One pass over every feed, then the failed articles that are due. */
export async function watchPass(settings: WatchSettings, hooks: WatchHooks = {}): Promise<PassReport> {
  const now = hooks.now ?? Date.now;
  const warn = hooks.warn ?? (() => undefined);
  const report: PassReport = { feeds: [], added: [], skipped: [], failed: [], waiting: 0 };
  const state = await (settings.state ? settings.state.read(warn) : readState(settings.statePath, settings.corpusDir, warn));
  await sweepTempFiles(settings.corpusDir);
  // The corpus is read for its ids and texts only when an item is new to the
  // state: an unchanged feed (304) or one of known items costs no file reads.
  let corpusKeys: Promise<CorpusKeys> | null = null;
  const keys = () => (corpusKeys ??= readCorpusKeys(settings.corpusDir));
  const save = () => (settings.state ? settings.state.write(state) : writeState(settings.statePath, state));
  const handled = new Map<string, string>();
  let fetched = 0;
  const pause = async () => {
    if (fetched++ > 0 && settings.pauseMs > 0) await sleep(settings.pauseMs, hooks.signal);
  };

  for (const url of settings.feeds) {
    const feed = feedState(state, url);
    if (feed.nextPollAt && Date.parse(feed.nextPollAt) > now()) {
      report.feeds.push({
        url,
        outcome: 'waiting',
        items: 0,
        message: `waiting until ${feed.nextPollAt} (${feed.lastError ?? 'asked to wait'})`,
      });
      continue;
    }
    const headers: Record<string, string> = {};
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    let items: FeedItem[];
    let validators: { etag: string | null; lastModified: string | null };
    try {
      const response = await politeFetch(url, {
        purpose: 'feed',
        headers,
        ...(hooks.signal ? { signal: hooks.signal } : {}),
        ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
        ...(settings.publisherHosts ? { publisherHosts: settings.publisherHosts } : {}),
      });
      feed.lastPollAt = new Date(now()).toISOString();
      if (response.status === 304) {
        Object.assign(feed, { failures: 0, nextPollAt: null, lastError: null });
        await save();
        report.feeds.push({ url, outcome: 'not modified', items: 0, message: null });
        continue;
      }
      const parsed = parseFeed(response.text, hostLabel(response.url));
      items = parsed.items;
      for (const why of parsed.invalid) report.skipped.push({ title: '(feed item)', link: url, why });
      validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    } catch (thrown) {
      if (hooks.signal?.aborted) throw thrown;
      // Whatever went wrong with this feed (its answer, its XML, its headers) is this feed's
      // failure, backed off and reported: the pass goes on to the next feed.
      const error =
        thrown instanceof PublisherError
          ? thrown
          : new PublisherError(
              'unreadable',
              `the feed could not be read (${thrown instanceof Error ? thrown.message.slice(0, 120) : String(thrown)})`,
            );
      feedFailed(feed, error, settings, now());
      await save();
      report.feeds.push({ url, outcome: 'failed', items: 0, message: error.message });
      continue;
    }

    // Oldest first, so a pass stopped halfway has filed the earlier readouts.
    const todo: FeedItem[] = [];
    for (const item of [...items].reverse()) {
      if (!settings.titleFilter.test(item.title)) {
        report.skipped.push({ title: item.title, link: item.link, why: 'not a readout (title filter)' });
        continue;
      }
      const twin = handled.get(item.key);
      if (twin !== undefined) {
        report.skipped.push({ title: item.title, link: item.link, why: `same article as ${twin}` });
        continue;
      }
      handled.set(item.key, item.link);
      if (item.key in state.seen) continue;
      const existing = item.articleId ? (await keys()).ids.get(item.articleId) : undefined;
      if (existing) {
        state.seen[item.key] = existing;
        report.skipped.push({ title: item.title, link: item.link, why: `already in the corpus as ${existing}` });
        continue;
      }
      const failed = state.failed[item.key];
      if (failed && (failed.nextAttemptAt === null || Date.parse(failed.nextAttemptAt) > now())) {
        report.waiting++;
        continue;
      }
      todo.push(item);
    }

    let stopped: PublisherError | null = null;
    let done = 0;
    const long = todo.length > 3;
    for (const item of todo) {
      if (long) hooks.progress?.(done, todo.length);
      await pause();
      stopped = await importItem(item, settings, await keys(), state, report, now(), hooks.signal);
      await save();
      // The site asked us to slow down: leave the rest for a later pass.
      if (stopped) break;
      done++;
    }
    if (long) hooks.progress?.(done, todo.length);
    if (stopped) {
      feedFailed(feed, stopped, settings, now());
      report.feeds.push({ url, outcome: 'failed', items: items.length, message: stopped.message });
    } else {
      // Only now: a pass killed before this line reads the whole feed again.
      Object.assign(feed, { ...validators, failures: 0, nextPollAt: null, lastError: null });
      report.feeds.push({ url, outcome: 'read', items: items.length, message: null });
    }
    await save();
  }

  // Failed articles that are due and were not in this pass's feeds.
  for (const [key, failed] of Object.entries(state.failed)) {
    if (handled.has(key) || failed.nextAttemptAt === null) continue;
    if (Date.parse(failed.nextAttemptAt) > now()) {
      report.waiting++;
      continue;
    }
    await pause();
    const item: FeedItem = { title: failed.title, link: failed.link, key, articleId: /^\d+$/.test(key) ? key : null, date: failed.date };
    const stop = await importItem(item, settings, await keys(), state, report, now(), hooks.signal);
    await save();
    if (stop) break;
  }
  return report;
}

/**
 * Fetch, read and write one item, recording the outcome in `state`. Resolves
 * with the error when the site asked to slow down (the caller stops the pass).
 * The backfill imports through this too, so both write the same files.
 */
export async function importItem(
  item: FeedItem,
  settings: WatchSettings,
  keys: CorpusKeys,
  state: WatchState,
  report: PassReport,
  now: number,
  signal: AbortSignal | undefined,
): Promise<PublisherError | null> {
  try {
    const options = {
      ...(item.date ? { feedDate: item.date } : {}),
      ...(signal ? { signal } : {}),
      ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
      ...(settings.publisherHosts ? { publisherHosts: settings.publisherHosts } : {}),
    };
    const draft = await readArticle({ url: item.link }, options).catch((error: unknown) => {
      // ARCHIVE_FALLBACK=on: a refused or blocked article from its stored copy (archive.ts).
      if (!settings.archiveUrl || !archiveMayHelp(error)) throw error;
      return readArchivedCopy(item.link, error, { ...options, archiveUrl: settings.archiveUrl, now });
    });
    const { file } = await writeReadout(settings.corpusDir, draft, { keys });
    state.seen[item.key] = file;
    delete state.failed[item.key];
    const archived = draft.meta[ARCHIVED_FIELD];
    report.added.push({ file, title: draft.title, link: item.link, date: draft.date, ...(archived ? { archived } : {}) });
  } catch (error) {
    if (error instanceof ArticleBusyError) {
      // Another writer (a second watcher, /readout add) is adding it: the next pass finds its file.
      report.skipped.push({ title: item.title, link: item.link, why: error.message });
    } else if (error instanceof DuplicateReadoutError) {
      state.seen[item.key] = error.existing;
      delete state.failed[item.key];
      report.skipped.push({ title: item.title, link: item.link, why: `already in the corpus as ${error.existing}` });
    } else if (error instanceof NotAReadoutError && !promisedReadout(item)) {
      state.seen[item.key] = null;
      delete state.failed[item.key];
      report.skipped.push({ title: item.title, link: item.link, why: error.message });
    } else if (error instanceof PublisherError) {
      if (error.code === 'rate-limited') return error;
      // The feed called it a readout and the page is not one: not the article
      // (a block page we did not recognise, a placeholder), so a failed fetch.
      const failure =
        error instanceof NotAReadoutError
          ? new FetchError(
              'blocked',
              `the page at the link is not the readout the feed announced (${error.message.replace(/; use --force.*$/, '')})`,
            )
          : error;
      const entry = recordFailure(state.failed[item.key], item, failure, settings, now);
      state.failed[item.key] = entry;
      report.failed.push({
        title: item.title,
        link: item.link,
        why: failure.message,
        attempts: entry.attempts,
        nextAttemptAt: entry.nextAttemptAt,
      });
    } else {
      throw error;
    }
  }
  return null;
}

/** A feed item whose own title says it is a readout: its page must be one. */
function promisedReadout(item: FeedItem): boolean {
  return /\breadout\b/i.test(item.title);
}

function recordFailure(
  previous: FailedArticle | undefined,
  item: FeedItem,
  error: PublisherError,
  settings: WatchSettings,
  now: number,
): FailedArticle {
  const attempts = (previous?.attempts ?? 0) + 1;
  const wait = settings.retryBaseMs * 4 ** (attempts - 1);
  return {
    link: item.link,
    title: item.title,
    date: item.date,
    attempts,
    lastError: error.message,
    lastTriedAt: new Date(now).toISOString(),
    // A link refused before any request (not the publisher) fails the same way every time.
    nextAttemptAt: attempts >= settings.maxAttempts || error.code === 'bad-link' ? null : new Date(now + wait).toISOString(),
  };
}

/** Back off a feed: Retry-After when given, else the interval doubled per failure (at most 6 hours). */
function feedFailed(feed: ReturnType<typeof feedState>, error: PublisherError, settings: WatchSettings, now: number): void {
  feed.failures++;
  feed.lastError = error.message;
  const backoff = Math.min(settings.intervalMs * 2 ** (feed.failures - 1), MAX_FEED_BACKOFF_MS);
  // Retry-After is honoured up to the longest backoff: a site asking for 100 years gets 6 hours.
  const asked = error.retryAfterSeconds !== null ? Math.min(error.retryAfterSeconds * 1000, MAX_FEED_BACKOFF_MS) : null;
  const wait = asked ?? (feed.failures > 1 ? backoff : 0);
  feed.nextPollAt = wait > 0 ? new Date(now + wait).toISOString() : null;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The time to the next pass: the interval, ± jitter. */
export function nextDelay(settings: Pick<WatchSettings, 'intervalMs' | 'jitter'>, random = Math.random): number {
  return Math.round(settings.intervalMs * (1 + settings.jitter * (random() * 2 - 1)));
}

/**
 * Run passes until `signal` aborts: the watcher beside the bot (and
 * `readout watch`). A pass that throws is reported and the loop goes on.
 */
export async function runWatcher(
  settings: WatchSettings,
  hooks: WatchHooks & {
    signal: AbortSignal;
    onPass: (report: PassReport) => void;
    onError: (error: unknown) => void;
    /** Before the first pass (the bot lets its start-up settle). */
    initialDelayMs?: number;
  },
): Promise<void> {
  if (hooks.initialDelayMs) await sleep(hooks.initialDelayMs, hooks.signal);
  while (!hooks.signal.aborted) {
    try {
      hooks.onPass(await watchPass(settings, hooks));
    } catch (error) {
      if (hooks.signal.aborted) break;
      hooks.onError(error);
    }
    await sleep(nextDelay(settings), hooks.signal);
  }
}
