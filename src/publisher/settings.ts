/**
 * The watcher's settings, from the parsed config (src/config.ts) with the
 * defaults the issue fixed: the war.gov releases feed, readouts only, a poll
 * every 15 minutes ± 10 %, 5 s between article fetches, five tries of a
 * failing article (30 min, 2 h, 8 h, 32 h apart) before it waits for a manual
 * import.
 */
import type { Config } from '../config.ts';
import { DEFAULT_CACHE_DIR } from '../paths.ts';
import { statePath } from './state.ts';
import type { WatchSettings } from './watch.ts';
import type { BackfillSettings } from './backfill.ts';
import { DEFAULT_ARCHIVE_URL } from './archive.ts';

export const DEFAULT_FEED_URL = 'https://www.war.gov/DesktopModules/ArticleCS/RSS.ashx?ContentType=9&Site=945&max=10';
export const DEFAULT_TITLE_FILTER = '^Readout\\b';

/** The watcher runs beside the bot with WATCH=on, or FEED_URL set (unless WATCH=off). */
export function watcherEnabled(config: Config): boolean {
  return config.WATCH === 'on' || (config.WATCH !== 'off' && Boolean(config.FEED_URL));
}

export function watchSettings(config: Config, corpusDir: string): WatchSettings {
  const feeds = (config.FEED_URL ?? DEFAULT_FEED_URL)
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  return {
    corpusDir,
    statePath: statePath(config.CACHE_DIR ?? DEFAULT_CACHE_DIR, corpusDir),
    feeds,
    titleFilter: new RegExp(config.WATCH_TITLE_FILTER ?? DEFAULT_TITLE_FILTER, 'i'),
    intervalMs: (config.WATCH_INTERVAL_MINUTES ?? 15) * 60_000,
    jitter: 0.1,
    pauseMs: config.FETCH_PAUSE_MS ?? 5000,
    maxAttempts: 5,
    retryBaseMs: 30 * 60_000,
    ...(config.PUBLISHER_HOSTS ? { publisherHosts: config.PUBLISHER_HOSTS } : {}),
    ...(config.ARCHIVE_FALLBACK === 'on' ? { archiveUrl: config.ARCHIVE_URL ?? DEFAULT_ARCHIVE_URL } : {}),
  };
}

/** war.gov's release listing, newest first; `{page}` is the page number. */
export const DEFAULT_LISTING_URL = 'https://www.war.gov/News/Releases/?Page={page}';
/** What the backfill asks of the releases feed: the publisher serves 10 unless asked for more. */
export const BACKFILL_FEED_MAX = 1000;

export function backfillSettings(config: Config, corpusDir: string): BackfillSettings {
  return {
    ...watchSettings(config, corpusDir),
    listingUrl: config.LISTING_URL ?? DEFAULT_LISTING_URL,
    feedMax: BACKFILL_FEED_MAX,
  };
}
