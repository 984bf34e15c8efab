/**
 * The watcher beside the bot (`npm start` with WATCH=on or FEED_URL set): in
 * the single bot process, or in the shard manager when sharded, never in a
 * shard. New readouts land as files; the bot's hot reload serves them.
 */
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { runWatcher, type PassReport } from './watch.ts';
import { watcherEnabled, watchSettings } from './settings.ts';
import type { WatchStateBox } from '../store/store.ts';

export interface BackgroundWatcher {
  stop(): Promise<void>;
}

export function startBackgroundWatcher(
  config: Config,
  corpusDir: string,
  logger: Logger,
  /** Where its state lives when not in CACHE_DIR (PostgreSQL, for the worker). */
  state?: WatchStateBox,
): BackgroundWatcher | null {
  if (!watcherEnabled(config)) return null;
  const settings = { ...watchSettings(config, corpusDir), ...(state ? { state } : {}) };
  const controller = new AbortController();
  logger.info(
    { feeds: settings.feeds, everyMinutes: settings.intervalMs / 60_000, state: state?.where ?? settings.statePath },
    'watching the releases feed',
  );
  const running = runWatcher(settings, {
    signal: controller.signal,
    // Let the bot finish logging in before the first poll.
    initialDelayMs: 2000,
    warn: (message) => logger.warn(message),
    onPass: (report) => logPass(logger, report),
    onError: (error) => logger.error({ err: error }, 'watch pass failed; trying again at the next poll'),
  });
  return {
    async stop() {
      controller.abort();
      await running;
    },
  };
}

function logPass(logger: Logger, report: PassReport): void {
  for (const a of report.added) logger.info({ file: a.file, link: a.link }, `watch: added ${a.title}`);
  for (const f of report.failed) {
    logger.warn({ link: f.link, attempts: f.attempts, nextAttemptAt: f.nextAttemptAt }, `watch: needs a manual import: ${f.why}`);
  }
  for (const feed of report.feeds) if (feed.outcome === 'failed') logger.warn({ feed: feed.url }, `watch: ${feed.message}`);
  logger.info(
    { added: report.added.length, skipped: report.skipped.length, failed: report.failed.length, waiting: report.waiting },
    `watch pass: ${report.added.length} added, ${report.skipped.length} skipped, ${report.failed.length} could not be fetched`,
  );
}
