/**
 * `npm start` with a DISCORD_TOKEN (or `readout bot`): load the corpus, log in,
 * answer (reloading the corpus when its files change) until SIGINT/SIGTERM,
 * then finish the replies in flight, log out and exit 0.
 */
import { once } from 'node:events';
import { DiscordjsError, DiscordjsErrorCodes } from 'discord.js';
import { addGuilds, type Config } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { createLogger, type Logger } from '../logger.ts';
import { startBot, type Bot } from './bot.ts';
import { RateLimiter } from './rateLimit.ts';
import type { CommandSet } from './command.ts';
import { liveCorpus } from './liveCorpus.ts';
import { openStore } from '../store/store.ts';
import { Announcer } from './announcer.ts';
import { startBackgroundWatcher } from '../publisher/background.ts';

/** Run the bot on `commands` (commands/index.ts, handed in by the entry point, src/cli/main.ts). */
export async function runBot(config: Config, corpusDir: string, env: NodeJS.ProcessEnv, commands: CommandSet): Promise<number> {
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  // SHARDS set: this process manages the shards (unless it is one of them).
  if (config.SHARDS && !env.SHARDING_MANAGER) {
    const { runShards } = await import('./shards.ts');
    // Starting the shards logs in (and may fetch the shard count): its failures are start-up errors too.
    return runShards(config, corpusDir, logger).catch((error: unknown) => {
      throw new ConfigError([loginProblem(error, config)]);
    });
  }
  // Corpus edits reach the answers within seconds, swapped in whole (src/discord/liveCorpus.ts).
  // Announcements are triggered by the corpus itself: each reload (the watcher, /readout add, a file
  // dropped in by hand), and once after login for what arrived while the bot was down.
  let announcer: Announcer | undefined;
  const live = liveCorpus(config, corpusDir, logger, () => void announcer?.sync());
  // Per-server settings: STATE_DIR's files, or PostgreSQL with DATABASE_URL (src/store/).
  const state = await openStore(config, logger).catch(async (error: unknown) => {
    await live.stop();
    throw error;
  });
  const store = state.guilds;
  const servers = {
    store,
    drafts: state.drafts,
    corpusDir,
    logger,
    publisherHosts: config.PUBLISHER_HOSTS,
    addGuilds: addGuilds(config),
  };
  let bot: Bot;
  try {
    bot = await startBot({ config, ctx: { engine: () => live.current, limiter: new RateLimiter(), commands, servers }, logger });
  } catch (error) {
    await live.stop();
    await state.close();
    throw new ConfigError([loginProblem(error, config)]);
  }
  guardProcess(logger);
  announcer = new Announcer({ client: bot.client, store, engine: () => live.current, logger });
  void announcer.sync();
  // WATCH=on or FEED_URL: new readouts land as files, and the hot reload above serves them.
  // Sharded, the manager runs it (src/discord/shards.ts), not each shard.
  const watcher = env.SHARDING_MANAGER
    ? null
    : startBackgroundWatcher(config, corpusDir, logger, state.kind === 'postgres' ? state.watch(corpusDir) : undefined);
  const signal = await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  logger.info({ signal: signal[0] ?? 'signal', inFlight: bot.inFlight() }, 'stopping');
  await watcher?.stop();
  announcer.stop();
  // A reload in progress is given up (its build process killed) before logging out.
  await live.stop();
  await bot.stop();
  await state.close();
  // A shard's IPC channel to its manager would keep the process alive.
  if (process.connected) process.disconnect();
  return 0;
}

/** Why logging in failed, as one line for the person who set the bot up. */
export function loginProblem(error: unknown, config: Config): string {
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return 'Discord refused the token (401 Unauthorized). Check DISCORD_TOKEN: reset it in the developer portal (Bot → Reset Token) and update .env.';
  }
  // fetch's "fetch failed" hides the network error in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  if (cause && (cause as NodeJS.ErrnoException).code) {
    return `could not reach Discord at ${config.DISCORD_API_URL ?? 'https://discord.com/api'}: ${cause.message}`;
  }
  return `could not log in to Discord: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * A bug in one interaction, or in discord.js, must not take every server's
 * bot down: an uncaught exception or unhandled rejection is logged with its
 * stack and the bot keeps serving (as the discord.js guide advises). Returns
 * a function that removes the guards.
 */
export function guardProcess(logger: Logger): () => void {
  const onException = (error: Error) => logger.error({ err: error }, 'uncaught exception; still serving');
  const onRejection = (reason: unknown) => logger.error({ err: reason }, 'unhandled promise rejection; still serving');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
