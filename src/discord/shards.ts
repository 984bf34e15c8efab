/**
 * Sharding, for a bot in many servers: with SHARDS set ("auto" or a count),
 * `npm start` runs discord.js's ShardingManager, which starts one bot process
 * per shard (`readout bot`, told its shard by the manager). The manager builds
 * or checks the index snapshot first, so every shard loads the same read-only
 * snapshot instead of indexing the corpus again.
 *
 * On SIGINT/SIGTERM the manager passes the signal to every shard, each of
 * which finishes its replies in flight and logs out, then exits 0.
 */
import { once } from 'node:events';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { Engine } from '../engine/engine.ts';
import { BIN } from '../paths.ts';
import { restOptions } from './rest.ts';
import { startBackgroundWatcher } from '../publisher/background.ts';

/** How long a shard may take to stop before it is killed (its own grace period is 10 s). */
const SHARD_STOP_MS = 20_000;

/** Discord's recommended shard count, asked through the configured API (a proxy too). */
export async function recommendedShards(config: Config): Promise<number> {
  const rest = new REST(restOptions(config)).setToken(config.DISCORD_TOKEN ?? '');
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}

export interface ShardManagerRun {
  manager: ShardingManager;
  /** Stop every shard (each finishes its replies), then resolve. */
  stop(): Promise<void>;
}

export async function startShards(options: {
  config: Config;
  corpusDir: string;
  logger: Logger;
  /** Pause between shard starts; Discord allows one IDENTIFY per 5 s. */
  spawnDelayMs?: number;
}): Promise<ShardManagerRun> {
  const { config, corpusDir, logger } = options;
  // Build (or check) the snapshot once, here, before any shard starts.
  const engine = Engine.loadOrBuild(corpusDir, config.CACHE_DIR ? { cacheDir: config.CACHE_DIR } : {});
  logger.info({ index: engine.origin.from, path: engine.origin.path }, 'snapshot ready for the shards');

  const total = config.SHARDS === 'auto' ? await recommendedShards(config) : Number(config.SHARDS);
  // Shard processes inherit this process's environment: give them the settings
  // this manager runs with (API URL, cache folder, log level…), not just .env.
  for (const [key, value] of Object.entries(config)) if (typeof value === 'string') process.env[key] = value;
  const manager = new ShardingManager(BIN, {
    token: config.DISCORD_TOKEN,
    totalShards: total,
    shardArgs: ['bot', '--corpus', corpusDir],
    mode: 'process',
    respawn: true,
  });
  manager.on('shardCreate', (shard: Shard) => {
    logger.info({ shard: shard.id, of: total }, 'shard started');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
  });
  await manager.spawn({ amount: total, delay: options.spawnDelayMs ?? 5500, timeout: 60_000 });
  logger.info({ shards: total }, 'all shards ready');

  return {
    manager,
    async stop() {
      manager.respawn = false;
      await Promise.all(
        [...manager.shards.values()].map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          // A shard gets its own grace period to finish replies, then is killed.
          const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_MS);
          await exited;
          clearTimeout(timer);
        }),
      );
      logger.info('all shards stopped');
    },
  };
}

export async function runShards(config: Config, corpusDir: string, logger: Logger): Promise<number> {
  const run = await startShards({ config, corpusDir, logger });
  // The watcher runs here, once, not in every shard; each shard's hot reload picks up its files.
  const watcher = startBackgroundWatcher(config, corpusDir, logger);
  const signal = await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  logger.info({ signal: signal[0] ?? 'signal' }, 'stopping the shards');
  await watcher?.stop();
  await run.stop();
  return 0;
}
