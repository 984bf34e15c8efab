/**
 * `npm start` with a DISCORD_TOKEN (or `readout bot`): load the corpus, log in,
 * answer (reloading the corpus when its files change) until SIGINT/SIGTERM,
 * then finish the replies in flight, log out and exit 0.
 */
import { once } from 'node:events';
import type { Config } from '../config.ts';
import { Engine } from '../engine/engine.ts';
import { createLogger } from '../logger.ts';
import { startBot } from './bot.ts';
import { RateLimiter } from './rateLimit.ts';
import { LiveEngine } from '../engine/live.ts';
import { buildInBackground } from '../engine/background.ts';
import { fingerprint } from '../corpus/folder.ts';
import type { CommandSet } from './command.ts';

/** Run the bot on `commands` (commands/index.ts, handed in by the entry point, src/cli/main.ts). */
export async function runBot(config: Config, corpusDir: string, env: NodeJS.ProcessEnv, commands: CommandSet): Promise<number> {
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  // SHARDS set: this process manages the shards (unless it is one of them).
  if (config.SHARDS && !env.SHARDING_MANAGER) {
    const { runShards } = await import('./shards.ts');
    return runShards(config, corpusDir, logger);
  }
  const cache = config.CACHE_DIR ? { cacheDir: config.CACHE_DIR } : {};
  // The folder's state before the first load: an edit made during it is reloaded.
  const before = fingerprint(corpusDir);
  const engine = Engine.loadOrBuild(corpusDir, {
    ...cache,
    progress: (stage, done, total) => logger.debug({ stage, done, total }, 'building the index'),
  });
  const { loaded, skipped, warnings, version } = engine.report;
  logger.info(
    { dir: corpusDir, loaded, skipped: skipped.length, version, index: engine.origin.from, ...(engine.origin.why ? { why: engine.origin.why } : {}) },
    `${loaded} loaded, ${skipped.length} skipped`,
  );
  for (const s of skipped) logger.warn({ file: s.file }, `skipped: ${s.reason}`);
  for (const w of warnings) logger.warn({ file: w.file }, w.message);
  engine.warmUp();

  // Corpus edits reach the answers within seconds, swapped in whole. The new
  // index is built in another process, so this one keeps answering meanwhile.
  const live = new LiveEngine(corpusDir, engine, {
    load: async (dir) => {
      await buildInBackground(dir, config.CACHE_DIR);
      const next = Engine.loadSnapshot(dir, cache);
      next.warmUp();
      return next;
    },
    logger,
    seen: before,
  }).start();
  const bot = await startBot({ config, ctx: { engine: () => live.current, limiter: new RateLimiter(), commands }, logger });
  const signal = await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  logger.info({ signal: signal[0] ?? 'signal', inFlight: bot.inFlight() }, 'stopping');
  live.stop();
  await bot.stop();
  // A shard's IPC channel to its manager would keep the process alive.
  if (process.connected) process.disconnect();
  return 0;
}
