/**
 * `npm start -- serve`: Readout as a web service. Discord POSTs each
 * interaction to `/interactions` (the Interactions Endpoint URL set in the
 * developer portal); no gateway connection is opened. Stateless apart from
 * the state store, so several replicas may run behind any HTTP load balancer.
 *
 * Loads the corpus as the bot does (snapshot, hot reload in a background
 * build), answers through src/discord/httpInteractions.ts, and on SIGINT or
 * SIGTERM stops taking work (/healthz says 503), finishes what is in flight
 * and exits 0. Announcements and the watcher are not this process's job:
 * `npm start -- worker` runs them (or the gateway bot, as today).
 */
import { once } from 'node:events';
import { addGuilds, type Config } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { liveCorpus } from './liveCorpus.ts';
import type { CommandSet } from './command.ts';
import { startEndpoint } from './endpoint.ts';
import { HttpInteractions } from './httpInteractions.ts';
import { RateLimiter } from './rateLimit.ts';
import { guardProcess, loginProblem } from './runtime.ts';
import { publicKeyFromHex } from './signature.ts';
import { listenForCorpus, type CorpusSignal } from '../store/corpusSignal.ts';
import { openStore } from '../store/store.ts';

export const DEFAULT_PORT = 8080;

export async function runServe(config: Config, corpusDir: string, commands: CommandSet): Promise<number> {
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const { DISCORD_TOKEN: token, DISCORD_PUBLIC_KEY: publicKey } = config;
  // readConfig('serve') has checked both; the types do not know it.
  if (!token || !publicKey) throw new ConfigError(['serve needs DISCORD_TOKEN and DISCORD_PUBLIC_KEY (see .env.example)']);
  // With DATABASE_URL, a reload here (after /readout add) tells the others to look now, and theirs tell this one.
  let corpusSignal: CorpusSignal | undefined;
  const live = liveCorpus(config, corpusDir, logger, (next) => void corpusSignal?.announce(next.report.version));
  if (config.DATABASE_URL) corpusSignal = await listenForCorpus(config.DATABASE_URL, () => void live.check(), logger);
  // STATE_DIR's files, or PostgreSQL with DATABASE_URL: replicas share it.
  const state = await openStore(config, logger);
  // The JSON files take one writer per server: replicas sharing them could lose each other's changes.
  if (state.kind === 'files')
    logger.warn("no DATABASE_URL: settings are in this process's STATE_DIR; run one replica, or set DATABASE_URL");
  const servers = {
    store: state.guilds,
    drafts: state.drafts,
    corpusDir,
    logger,
    publisherHosts: config.PUBLISHER_HOSTS,
    addGuilds: addGuilds(config),
  };
  const interactions = new HttpInteractions({
    config,
    ctx: { engine: () => live.current, limiter: new RateLimiter(), commands, servers },
    logger,
  });
  try {
    await interactions.start(token);
  } catch (error) {
    await live.stop();
    await corpusSignal?.close();
    await state.close();
    throw new ConfigError([loginProblem(error, config)]);
  }
  const endpoint = await startEndpoint({
    port: config.PORT ?? DEFAULT_PORT,
    ...(config.HOST ? { host: config.HOST } : {}),
    publicKey: publicKeyFromHex(publicKey),
    answer: (payload) => interactions.answer(payload),
    logger,
  });
  guardProcess(logger);
  logger.info({ url: `${endpoint.url}/interactions`, user: interactions.client.user?.tag }, 'serving interactions');
  const signal = await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  logger.info({ signal: signal[0] ?? 'signal', inFlight: interactions.inFlight() }, 'stopping');
  await endpoint.close();
  await interactions.stop();
  await live.stop();
  await corpusSignal?.close();
  await state.close();
  return 0;
}
