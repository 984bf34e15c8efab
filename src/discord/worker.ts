/**
 * `npm start -- worker`: the watcher and the announcer, for a deployment
 * whose interactions are answered by `serve` replicas. No gateway
 * connection: posts go through the REST API with the bot token.
 *
 * Several workers may run (on several machines, with DATABASE_URL): one
 * leads, by a PostgreSQL advisory lock held on its own connection
 * (src/store/leader.ts); the others load the corpus too and wait, so when the
 * leader dies the next one takes over within a poll (a second) and finishes
 * what it left: the posts it planned are in each server's outbox, written in
 * the same transaction that moved the server to the new corpus, and are sent
 * again with the same nonce, so Discord keeps one message per channel even
 * if the dead leader's post had gone through (src/discord/announcer.ts).
 *
 * With the JSON files (no DATABASE_URL) there is no lock: run one worker.
 */
import { once } from 'node:events';
import { Client } from 'discord.js';
import type { Config } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { startBackgroundWatcher, type BackgroundWatcher } from '../publisher/background.ts';
import { waitToLead, type Leadership } from '../store/leader.ts';
import { openStore } from '../store/store.ts';
import { listenForCorpus, type CorpusSignal } from '../store/corpusSignal.ts';
import { Announcer } from './announcer.ts';
import { restOptions } from './rest.ts';
import { guardProcess } from './runtime.ts';
import { liveCorpus } from './liveCorpus.ts';

/** How often the leader brings every server up to date even when the corpus has not changed. */
const RESYNC_MS = 60_000;

export async function runWorker(config: Config, corpusDir: string): Promise<number> {
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const token = config.DISCORD_TOKEN;
  if (!token) throw new ConfigError(['worker needs DISCORD_TOKEN: it posts announcements']);
  const store = await openStore(config, logger);
  // A REST client only: the worker never logs in to the gateway.
  const client = new Client({ intents: [], rest: restOptions(config) });
  client.rest.setToken(token);
  let announcer: Announcer | undefined;
  let signal: CorpusSignal | undefined;
  const live = liveCorpus(config, corpusDir, logger, (next) => {
    void announcer?.sync();
    // The watcher wrote a readout: the serve replicas look at the folder now rather than at their next poll.
    void signal?.announce(next.report.version);
  });
  if (config.DATABASE_URL) signal = await listenForCorpus(config.DATABASE_URL, () => void live.check(), logger);
  guardProcess(logger);

  const stopping = new AbortController();
  const signalled = Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]).then((s) => {
    stopping.abort();
    return String(s[0] ?? 'signal');
  });

  let lead: Leadership | null = null;
  if (config.DATABASE_URL) {
    logger.info('waiting to lead');
    lead = await waitToLead(config.DATABASE_URL, { signal: stopping.signal, logger });
  } else {
    logger.warn('no DATABASE_URL: this worker leads alone; run only one');
  }
  let watcher: BackgroundWatcher | null = null;
  let resync: NodeJS.Timeout | undefined;
  let code = 0;
  if (!stopping.signal.aborted) {
    logger.info({ store: store.kind }, 'leading: watching and announcing');
    announcer = new Announcer({ client, store: store.guilds, engine: () => live.current, logger, owns: () => true });
    void announcer.sync();
    // Also once a minute, beside every reload: the outbox is retried even while the corpus is quiet.
    // (A ref'd timer: with the JSON files nothing else keeps the process running.)
    const again = announcer;
    resync = setInterval(() => void again.sync(), RESYNC_MS);
    watcher = startBackgroundWatcher(config, corpusDir, logger, store.kind === 'postgres' ? store.watch(corpusDir) : undefined);
    const why = await Promise.race([signalled, lead ? lead.lost.then(() => 'lost') : new Promise<string>(() => {})]);
    if (why === 'lost') {
      // Another worker may lead now: stop at once rather than announce beside it.
      logger.error('lost the leader lock (database connection broken): stopping');
      code = 1;
    }
  }
  logger.info({ signal: stopping.signal.aborted ? 'signal' : 'lost' }, 'stopping');
  clearInterval(resync);
  await watcher?.stop();
  announcer?.stop();
  await lead?.release();
  await live.stop();
  await signal?.close();
  await client.destroy();
  await store.close();
  return code;
}
