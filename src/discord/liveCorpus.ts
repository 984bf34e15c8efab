/**
 * The corpus as every long-running front end keeps it (the gateway bot, the
 * `serve` replicas, the `worker`): a snapshot or a fresh build at start,
 * warmed up for the first interactions, then reloaded whole whenever its
 * files change. The new index is built in another process, so this one keeps
 * answering meanwhile.
 */
import type { Config } from '../config.ts';
import { SnapshotWriteError } from '../errors.ts';
import { Engine } from '../engine/engine.ts';
import { LiveEngine } from '../engine/live.ts';
import { BackgroundBuilder } from '../engine/background.ts';
import { fingerprint } from '../corpus/folder.ts';
import type { Logger } from '../logger.ts';
import { warmUpBot, warmUpBotInTurns } from './warmUp.ts';

/** Load `corpusDir`, log what was loaded and skipped, and keep it current; `onReload` after each swap. */
export function liveCorpus(config: Config, corpusDir: string, logger: Logger, onReload?: (next: Engine) => void): LiveEngine {
  // The folder's state before the first load: an edit made during it is reloaded.
  const looked = performance.now();
  const before = fingerprint(corpusDir);
  const seenMs = performance.now() - looked;
  const engine = Engine.loadOrBuild(corpusDir, {
    ...(config.CACHE_DIR ? { cacheDir: config.CACHE_DIR } : {}),
    progress: (stage, done, total) => logger.debug({ stage, done, total }, 'building the index'),
  });
  const { loaded, skipped, warnings, version } = engine.report;
  logger.info(
    {
      dir: corpusDir,
      loaded,
      skipped: skipped.length,
      version,
      index: engine.origin.from,
      ...(engine.origin.why ? { why: engine.origin.why } : {}),
    },
    `${loaded} loaded, ${skipped.length} skipped`,
  );
  for (const s of skipped) logger.warn({ file: s.file }, `skipped: ${s.reason}`);
  for (const w of warnings) logger.warn({ file: w.file }, w.message);
  warmUpBot(engine);

  const builder = new BackgroundBuilder({ cacheDir: config.CACHE_DIR, logger });
  const { path, unsaved } = engine.origin;
  if (path && unsaved) builder.cacheFailed(new SnapshotWriteError(path, unsaved));
  return new LiveEngine(corpusDir, engine, {
    ...(onReload ? { onReload } : {}),
    load: async (dir, signal) => {
      const next = await builder.load(dir, signal);
      await warmUpBotInTurns(next);
      return next;
    },
    logger,
    seen: before,
    seenMs,
  }).start();
}
