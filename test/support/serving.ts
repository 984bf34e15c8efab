/**
 * The bot as src/discord/runtime.ts wires it, for the fake-Discord tests:
 * a corpus folder under hot reload (polled every 100 ms, built in-process),
 * the per-server state store and drafts, and the announcer fed by reloads.
 */
import { Writable } from 'node:stream';
import { startBot, type Bot } from '../../src/discord/bot.ts';
import { Engine } from '../../src/engine/engine.ts';
import { LiveEngine } from '../../src/engine/live.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { fileStore } from '../../src/store/files.ts';
import { Announcer } from '../../src/discord/announcer.ts';
import type { RateLimiter } from '../../src/discord/rateLimit.ts';
import { commands } from '../../commands/index.ts';
import { FAKE_TOKEN } from './fixtures.ts';

/** The shared fake token, under the name these tests import. */
export { FAKE_TOKEN as TEST_TOKEN } from './fixtures.ts';

export interface Serving {
  bot: Bot;
  live: LiveEngine;
  announcer: Announcer;
  stop(): Promise<void>;
}

/** Log in to `apiUrl` and serve `corpus`; resolves once the first announcer pass is done. */
export async function startServing(options: {
  apiUrl: string;
  corpus: string;
  stateDir: string;
  logger: Logger;
  limiter?: RateLimiter;
  token?: string;
  /** Servers where /readout add may write (ADD_GUILDS); default none. */
  addGuilds?: string[];
  /** PUBLISHER_HOSTS: a loopback server standing in for war.gov. */
  publisherHosts?: string[];
}): Promise<Serving> {
  const { corpus, stateDir, logger } = options;
  const files = fileStore({ STATE_DIR: stateDir }, logger);
  const store = files.guilds;
  let announcer: Announcer | undefined;
  const live = new LiveEngine(corpus, Engine.load(corpus), {
    load: (dir) => Engine.load(dir),
    pollMs: 100,
    logger,
    onReload: () => void announcer?.sync(),
  });
  const servers = {
    store,
    drafts: files.drafts,
    corpusDir: corpus,
    logger,
    servedTimeoutMs: 15_000,
    addGuilds: options.addGuilds ?? [],
    ...(options.publisherHosts ? { publisherHosts: options.publisherHosts } : {}),
  };
  const token = options.token ?? FAKE_TOKEN;
  const bot = await startBot({
    config: { DISCORD_TOKEN: token, DISCORD_API_URL: options.apiUrl, LOG_LEVEL: 'info' },
    ctx: { engine: () => live.current, commands, servers, ...(options.limiter ? { limiter: options.limiter } : {}) },
    logger,
  });
  const ready = new Announcer({ client: bot.client, store, engine: () => live.current, logger });
  announcer = ready;
  live.start();
  await ready.sync();
  return {
    bot,
    live,
    announcer: ready,
    async stop() {
      live.stop();
      ready.stop();
      await bot.stop();
    },
  };
}

/** Collect log lines in memory. */
export function logSink(lines: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
}

/**
 * The bot on a fixed engine with no server state and its logs discarded: for
 * the tests of replies alone (what a command, button or menu answers).
 */
export function startReplyBot(apiUrl: string, engine: Engine, token: string = FAKE_TOKEN): Promise<Bot> {
  const logger = createLogger({ level: 'warn', secrets: [token], destination: new Writable({ write: (_c, _e, done) => done() }) });
  return startBot({
    config: { DISCORD_TOKEN: token, DISCORD_API_URL: apiUrl, LOG_LEVEL: 'warn' },
    ctx: { engine: () => engine, commands },
    logger,
  });
}
