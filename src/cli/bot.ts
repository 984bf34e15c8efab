/**
 * `npm start` with a DISCORD_TOKEN (or `readout bot`): load the corpus, log in,
 * answer (reloading the corpus when its files change) until SIGINT/SIGTERM,
 * then finish the replies in flight, log out and exit 0.
 */
import { once } from 'node:events';
import type { Config } from '../config.ts';
import { Engine } from '../engine.ts';
import { createLogger } from '../logger.ts';
import { startBot } from '../discord/bot.ts';
import { RateLimiter } from '../discord/rateLimit.ts';
import { LiveEngine } from '../liveEngine.ts';

export async function runBot(config: Config, corpusDir: string, env: NodeJS.ProcessEnv): Promise<number> {
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  // SHARDS set: this process manages the shards (unless it is one of them).
  if (config.SHARDS && !env.SHARDING_MANAGER) {
    const { runShards } = await import('../discord/shards.ts');
    return runShards(config, corpusDir, logger);
  }
  const load = (dir: string) =>
    Engine.loadOrBuild(dir, {
      ...(config.CACHE_DIR ? { cacheDir: config.CACHE_DIR } : {}),
      progress: (stage, done, total) => logger.debug({ stage, done, total }, 'building the index'),
    });
  const engine = load(corpusDir);
  const { loaded, skipped, warnings, version } = engine.report;
  logger.info(
    { dir: corpusDir, loaded, skipped: skipped.length, version, index: engine.origin.from, ...(engine.origin.why ? { why: engine.origin.why } : {}) },
    `${loaded} loaded, ${skipped.length} skipped`,
  );
  for (const s of skipped) logger.warn({ file: s.file }, `skipped: ${s.reason}`);
  for (const w of warnings) logger.warn({ file: w.file }, w.message);
  engine.warmUp();

  // Corpus edits reach the answers within seconds, swapped in whole.
  const live = new LiveEngine(corpusDir, engine, {
    load: (dir) => {
      const next = load(dir);
      next.warmUp();
      return next;
    },
    logger,
  }).start();
  const bot = await startBot({ config, ctx: { engine: () => live.current, limiter: new RateLimiter() }, logger });
  const signal = await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  logger.info({ signal: signal[0] ?? 'signal', inFlight: bot.inFlight() }, 'stopping');
  live.stop();
  await bot.stop();
  // A shard's IPC channel to its manager would keep the process alive.
  if (process.connected) process.disconnect();
  return 0;
}
