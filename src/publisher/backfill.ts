/**
 * The backfill: fill the corpus from the publisher's archive. It reads the
 * releases feed once with a larger `max`, then the release listing page by
 * page, newest first, keeps the releases whose titles are readouts' (see
 * readoutTitles.ts), and imports each one through the watcher's own
 * importItem: the same canonical file, the same dedupe on article id and
 * text, the same failure records and retries (the watcher retries them later
 * and `watch --status` lists those waiting for a manual import).
 *
 * Politeness is the watcher's: one request at a time (fetch.ts's queue), the
 * pause between any two requests, a 429 ends the run (its cursor kept) with
 * Retry-After reported, pages only from the publisher's hosts.
 *
 * Resume: the cursor (next listing page) is in the watch state, saved
 * atomically after each page and each readout after its file, so a run
 * stopped anywhere, kill -9 included, goes on from that page; readouts it
 * wrote before dying are known by their article id and not written twice.
 *
 * It stops at the first of: a listed release older than `since`, page
 * `pages`, the last page, or a page whose readouts are all known already
 * (in the corpus, passed over before, or waiting for a manual import) when
 * earlier backfills have walked at least as deep as this one asks.
 */
import { FetchError, PublisherError } from '../errors.ts';
import { blockPageTitle } from './blockPage.ts';
import { politeFetch } from './fetch.ts';
import { parseFeed, type FeedItem } from './feed.ts';
import { hostLabel } from './links.ts';
import { listingPageUrl, parseListing } from './listing.ts';
import { readoutTitle } from './readoutTitles.ts';
import { readState, writeState, type BackfillCursor, type WatchState } from './state.ts';
import { importItem, sleep, type PassReport, type WatchHooks, type WatchSettings } from './watch.ts';
import { readCorpusKeys, sweepTempFiles } from './write.ts';

const OLDER = 'older than --since';

export interface BackfillSettings extends WatchSettings {
  /** The listing's address with `{page}` for the page number. */
  listingUrl: string;
  /** The `max` asked of the releases feed (it serves 10 by default). */
  feedMax: number;
}

export interface BackfillOptions {
  /** Stop at releases older than this date (YYYY-MM-DD). */
  since: string | null;
  /** Read at most this many listing pages (counted from page 1). */
  pages: number | null;
}

export interface BackfillCounts {
  /** Listing pages read (by this run). */
  pages: number;
  /** Releases kept as readouts by their titles. */
  found: number;
  added: number;
  /** Known already: in the corpus, or passed over by an earlier run. */
  present: number;
  /** Releases skipped unread (not readouts by title, older than --since) and pages that were not readouts. */
  skipped: number;
  /** Could not be fetched (now, or earlier and not due for a retry). */
  failed: number;
}

export interface BackfillProgress {
  /** The listing page being read (0 while reading the releases feed). */
  page: number;
  /** The page is read through (else a readout on it was just handled). */
  pageDone: boolean;
  /** The last page, when known (--pages, or the pager's last link). */
  lastPage: number | null;
  counts: BackfillCounts;
  /** The page this run started on (1, or where a stopped run left off). */
  firstPage: number;
  elapsedMs: number;
}

export type StopReason = 'since' | 'pages' | 'known' | 'end' | 'rate-limited' | 'listing failed' | 'aborted';

export interface BackfillReport extends PassReport {
  counts: BackfillCounts;
  /** The page a stopped run was resumed at, or null for a fresh run. */
  resumedAt: number | null;
  stoppedBy: StopReason;
  /** Why, in words: "reached releases older than 2019-01-01". */
  stopMessage: string;
  /** The page the next run starts at when this one did not finish, else null. */
  nextPage: number | null;
}

export interface BackfillHooks extends Omit<WatchHooks, 'progress'> {
  progress?: (progress: BackfillProgress) => void;
}

/** The releases feed link asking for `max` items, when it names a max; else unchanged. */
export function withFeedMax(url: string, max: number): string {
  const parsed = new URL(url);
  const key = [...parsed.searchParams.keys()].find((k) => k.toLowerCase() === 'max');
  if (!key) return url;
  parsed.searchParams.set(key, String(max));
  return parsed.href;
}

/** The longest Retry-After a backfill waits out (5 minutes), and how many times a run. */
const MAX_RETRY_AFTER_WAIT_S = 300;
const MAX_RETRY_AFTER_WAITS = 5;

/** Whether earlier backfills walked at least down to `since` ('start': the whole listing). */
function covers(covered: string | null, since: string | null): boolean {
  if (covered === 'start') return true;
  return covered !== null && since !== null && covered <= since;
}

/** Run (or resume) a backfill. */
export async function backfill(settings: BackfillSettings, options: BackfillOptions, hooks: BackfillHooks = {}): Promise<BackfillReport> {
  const now = hooks.now ?? Date.now;
  const warn = hooks.warn ?? (() => undefined);
  const started = now();
  // The file, or the shared state with DATABASE_URL (src/store/), as the watcher keeps it.
  const load = () => (settings.state ? settings.state.read(warn) : readState(settings.statePath, settings.corpusDir, warn));
  const state = await load();
  await sweepTempFiles(settings.corpusDir);
  const keys = await readCorpusKeys(settings.corpusDir);
  /** The items this run has judged: their `seen` and `failed` entries are this run's to write. */
  const touched = new Set<string>();
  /**
   * Save, keeping what a watcher (the bot's, or `watch`) wrote to the same
   * file meanwhile: its feeds, and the seen and failed entries of items this
   * run has not touched, are taken from the file as it is now.
   */
  const save = async () => {
    const disk = await load();
    state.feeds = disk.feeds;
    for (const [key, file] of Object.entries(disk.seen)) if (!(key in state.seen) || !touched.has(key)) state.seen[key] = file;
    for (const key of Object.keys(state.failed)) if (!touched.has(key) && !(key in disk.failed)) delete state.failed[key];
    for (const [key, failed] of Object.entries(disk.failed)) if (!touched.has(key)) state.failed[key] = failed;
    await (settings.state ? settings.state.write(state) : writeState(settings.statePath, state));
  };

  const resumedAt = state.backfill ? state.backfill.page : null;
  const cursor: BackfillCursor = state.backfill ?? {
    startedAt: new Date(started).toISOString(),
    page: 1,
    feedDone: false,
    since: null,
    pages: null,
    reached: null,
  };
  // A resumed run keeps what it was started with, unless told anew.
  if (options.since !== null) cursor.since = options.since;
  if (options.pages !== null) cursor.pages = options.pages;
  const since = cursor.since;
  const pagesLimit = cursor.pages;
  state.backfill = cursor;
  await save();
  const stopAtKnown = covers(state.covered, since);

  const counts: BackfillCounts = { pages: 0, found: 0, added: 0, present: 0, skipped: 0, failed: 0 };
  const skippedCounts: Record<string, number> = {};
  const report: BackfillReport = {
    feeds: [],
    added: [],
    skipped: [],
    skippedCounts,
    failed: [],
    waiting: 0,
    counts,
    resumedAt,
    stoppedBy: 'end',
    stopMessage: '',
    nextPage: null,
  };
  const skip = (why: string) => {
    skippedCounts[why] = (skippedCounts[why] ?? 0) + 1;
    counts.skipped++;
  };
  let requests = 0;
  const pause = async () => {
    if (requests++ > 0 && settings.pauseMs > 0) await sleep(settings.pauseMs, hooks.signal);
  };
  /**
   * A 429 whose Retry-After asks a short wait (a few minutes at most, a few
   * times a run): wait as asked and go on, since a backfill runs for hours.
   * Otherwise the run ends there, its cursor kept, and says how long the site asked.
   */
  let waits = 0;
  const waitAsAsked = async (error: PublisherError): Promise<boolean> => {
    const seconds = error.retryAfterSeconds;
    if (seconds === null || seconds > MAX_RETRY_AFTER_WAIT_S || waits >= MAX_RETRY_AFTER_WAITS || hooks.signal?.aborted) return false;
    waits++;
    warn(`${error.message.replace(/\. Open the page.*$/, '')}: waiting ${seconds} s as asked`);
    await sleep(Math.max(seconds * 1000, settings.pauseMs), hooks.signal);
    return !hooks.signal?.aborted;
  };
  const signalOption = hooks.signal ? { signal: hooks.signal } : {};
  const timeoutOption = settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {};
  const hostsOption = settings.publisherHosts ? { publisherHosts: settings.publisherHosts } : {};
  /** Items handled in this run (the feed and the listing show the newest twice): kept as a readout, and known before. */
  const handled = new Map<string, { readout: boolean; known: boolean }>();

  // Where the run is, for progress after each readout fetched.
  let firstPage = cursor.page;
  let current = 0;
  let lastPage: number | null = pagesLimit;
  const progress = (pageDone: boolean) =>
    hooks.progress?.({ page: current, pageDone, lastPage, counts: { ...counts }, firstPage, elapsedMs: now() - started });

  /**
   * One listed readout: known already, waiting for a retry, or imported now.
   * Resolves with whether it was known before this run (for the stop rule)
   * and the error when the site asked to slow down.
   */
  const consider = async (item: FeedItem): Promise<{ known: boolean; stop: PublisherError | null; date: string | null }> => {
    counts.found++;
    if (item.key in state.seen) {
      if (state.seen[item.key] === null) skip('not a readout (its page, read before)');
      else counts.present++;
      return { known: true, stop: null, date: null };
    }
    const existing = item.articleId ? keys.ids.get(item.articleId) : undefined;
    if (existing) {
      touched.add(item.key);
      state.seen[item.key] = existing;
      counts.present++;
      return { known: true, stop: null, date: null };
    }
    const failed = state.failed[item.key];
    if (failed && (failed.nextAttemptAt === null || Date.parse(failed.nextAttemptAt) > now())) {
      report.waiting++;
      counts.failed++;
      return { known: true, stop: null, date: null };
    }
    touched.add(item.key);
    await pause();
    // importItem records its outcome in one of the report's lists.
    const before = { added: report.added.length, skipped: report.skipped.length, failed: report.failed.length };
    let stop = await importItem(item, settings, keys, state, report, now(), hooks.signal);
    while (stop && (await waitAsAsked(stop))) stop = await importItem(item, settings, keys, state, report, now(), hooks.signal);
    await save();
    if (report.added.length > before.added) counts.added++;
    else if (report.failed.length > before.failed) counts.failed++;
    else if (report.skipped.length > before.skipped) {
      if (state.seen[item.key]) counts.present++;
      else counts.skipped++;
    }
    progress(false);
    // A readout that failed before and failed again on its retry was known.
    return { known: failed !== undefined, stop, date: report.added.length > before.added ? (report.added.at(-1)?.date ?? null) : null };
  };

  // Why a listed or fed release is passed over without a fetch, or null for a readout to consider.
  const passOver = (item: FeedItem): string | null => {
    if (since && item.date && item.date < since) return OLDER;
    if (!readoutTitle(item.title, settings.titleFilter)) return 'not a readout by its title';
    return null;
  };

  const finish = async (stoppedBy: StopReason, message: string): Promise<BackfillReport> => {
    report.stoppedBy = stoppedBy;
    report.stopMessage = message;
    const done = stoppedBy === 'since' || stoppedBy === 'pages' || stoppedBy === 'known' || stoppedBy === 'end';
    if (done) {
      // How deep the listing is now known from its top (see covers).
      if (stoppedBy === 'end') state.covered = 'start';
      else if (state.covered !== 'start') {
        const reached = stoppedBy === 'since' ? since : stoppedBy === 'pages' ? cursor.reached : null;
        if (reached && (state.covered === null || reached < state.covered)) state.covered = reached;
      }
      state.backfill = null;
    } else {
      report.nextPage = cursor.page;
    }
    await save();
    return report;
  };

  // Stopped (Ctrl-C) mid-request: the cursor stays where the run was.
  const walk = async (): Promise<BackfillReport> => {
    // 1. The releases feed with a larger max: many items in one request.
    if (!cursor.feedDone) {
      for (const url of settings.feeds) {
        const link = withFeedMax(url, settings.feedMax);
        let items: FeedItem[];
        try {
          await pause();
          const response = await politeFetch(link, { purpose: 'feed', ...signalOption, ...timeoutOption, ...hostsOption });
          const parsed = parseFeed(response.text, hostLabel(response.url));
          items = parsed.items;
          for (const why of parsed.invalid) skip(`feed item: ${why}`);
        } catch (error) {
          if (!(error instanceof PublisherError) || hooks.signal?.aborted) throw error;
          // The listing below holds the same releases: the feed is a shortcut.
          report.feeds.push({ url: link, outcome: 'failed', items: 0, message: error.message });
          continue;
        }
        for (const item of items) {
          if (hooks.signal?.aborted) return finish('aborted', 'stopped before the end');
          if (handled.has(item.key)) continue;
          const why = passOver(item);
          if (why) {
            handled.set(item.key, { readout: false, known: false });
            skip(why);
            continue;
          }
          const { stop, known } = await consider(item);
          handled.set(item.key, { readout: true, known });
          if (stop) return finish('rate-limited', stop.message);
        }
        report.feeds.push({ url: link, outcome: 'read', items: items.length, message: null });
      }
      cursor.feedDone = true;
      await save();
    }

    // 2. The listing, page by page, from where the last run stopped.
    firstPage = cursor.page;
    for (let page = cursor.page; ; page++) {
      current = page;
      if (hooks.signal?.aborted) return finish('aborted', 'stopped before the end');
      if (pagesLimit !== null && page > pagesLimit)
        return finish('pages', `read ${pagesLimit} ${pagesLimit === 1 ? 'page' : 'pages'} (--pages ${pagesLimit})`);
      const url = listingPageUrl(settings.listingUrl, page);
      let items: FeedItem[];
      try {
        await pause();
        const response = await politeFetch(url, { purpose: 'page', ...signalOption, ...timeoutOption, ...hostsOption }).catch(
          async (error: unknown) => {
            if (!(error instanceof PublisherError && error.code === 'rate-limited' && (await waitAsAsked(error)))) throw error;
            return politeFetch(url, { purpose: 'page', ...signalOption, ...timeoutOption, ...hostsOption });
          },
        );
        // A firewall's page where the listing should be: the site would not hand it over.
        const blocked = blockPageTitle(response.text);
        if (blocked) throw new FetchError('blocked', `${hostLabel(response.url)} served its "${blocked}" page instead of the listing`);
        const listing = parseListing(response.text, response.url.href);
        items = listing.items;
        for (const why of listing.invalid) skip(`listing entry: ${why}`);
        if (listing.lastPage !== null) lastPage = pagesLimit === null ? listing.lastPage : Math.min(pagesLimit, listing.lastPage);
      } catch (error) {
        if (!(error instanceof PublisherError) || hooks.signal?.aborted) throw error;
        const stoppedBy = error.code === 'rate-limited' ? 'rate-limited' : 'listing failed';
        return finish(stoppedBy, `listing page ${page}: ${error.message}`);
      }
      if (items.length === 0) return finish('end', `page ${page} lists no releases: the end of the listing`);

      let readouts = 0;
      let known = 0;
      let older = false;
      let stop: PublisherError | null = null;
      for (const item of items) {
        if (item.date && (cursor.reached === null || item.date < cursor.reached)) cursor.reached = item.date;
        // Handled already in this run (in the feed, or listed again as pages shift): as it was then.
        const before = handled.get(item.key);
        if (before) {
          if (before.readout) readouts++;
          if (before.readout && before.known) known++;
          continue;
        }
        const why = passOver(item);
        if (why) {
          if (why === OLDER) older = true;
          handled.set(item.key, { readout: false, known: false });
          skip(why);
          continue;
        }
        readouts++;
        const outcome = await consider(item);
        handled.set(item.key, { readout: true, known: outcome.known });
        if (outcome.known) known++;
        // A listing without dates: the readout's own date says when --since is passed
        // (that one readout is written; none after it).
        if (since && outcome.date && outcome.date < since) {
          older = true;
          break;
        }
        if (outcome.stop) {
          stop = outcome.stop;
          break;
        }
      }
      counts.pages++;
      if (!stop) cursor.page = page + 1;
      await save();
      progress(true);
      if (stop) return finish('rate-limited', stop.message);
      if (older) return finish('since', `reached releases older than ${since}`);
      if (stopAtKnown && readouts > 0 && known === readouts) {
        return finish('known', `every readout on page ${page} was known already`);
      }
      if (lastPage !== null && pagesLimit === null && page >= lastPage) return finish('end', `read the last page (${page})`);
    }
  };
  try {
    return await walk();
  } catch (error) {
    if (hooks.signal?.aborted) return finish('aborted', 'stopped before the end');
    throw error;
  }
}

/** For messages: what a state says about a backfill under way. */
export function describeCursor(state: WatchState): string | null {
  const cursor = state.backfill;
  if (!cursor) return null;
  const limits = [cursor.since ? `--since ${cursor.since}` : '', cursor.pages ? `--pages ${cursor.pages}` : ''].filter(Boolean).join(' ');
  return `stopped at listing page ${cursor.page} (started ${cursor.startedAt}${limits ? `, ${limits}` : ''}); the next backfill resumes there`;
}
