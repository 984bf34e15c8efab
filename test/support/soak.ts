/**
 * Load through the fake gateway: many users sending interactions at a steady
 * pace to a real discord.js client. Used by `npm run soak` (2,000 interactions,
 * 50 users, 60 s) and, shorter, by test/discord/load.e2e.test.ts.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Writable } from 'node:stream';
import { startFakeDiscord, type JsonObject } from './fakeDiscord.ts';
import { startBot } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/logger.ts';
import { RateLimiter } from '../../src/discord/rateLimit.ts';
import { bundledEngine, FAKE_TOKEN as TOKEN } from './fixtures.ts';
import { commands } from '../../commands/index.ts';
import { warmUpBot } from '../../src/discord/warmUp.ts';
import { startWatching } from './watching.ts';

export interface SoakOptions {
  interactions: number;
  users: number;
  seconds: number;
  /**
   * With the watcher running (test/support/watching.ts): readouts are released
   * into a local feed a third and two thirds of the way through, imported,
   * hot-reloaded and announced in a channel while the interactions go on.
   */
  watch?: boolean;
}

export interface SoakReport extends SoakOptions {
  answered: number;
  /** Interactions that got more than one accepted reply. */
  duplicates: number;
  /** Users whose replies arrived in another order than their interactions. */
  outOfOrderUsers: number;
  p50ms: number;
  p99ms: number;
  maxMs: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  /** With `watch`: readouts released into the feed, and posts in the announce channel. */
  watched?: { released: number; announced: number; readoutsAfter: number };
}

const QUESTIONS = [
  'what about Mageshima?',
  'who did Esper meet in Guam?',
  'when did Mattis meet Malcolm Turnbull?',
  'did they discuss Taiwan?',
  'how many readouts mention North Korea?',
  'what did Austin say about cyber?',
  'anything on missile defense?',
  'what about Ukraine since 2021?',
];
const TOPICS = ['North Korea', 'NATO', 'Japan', 'COVID-19', 'Mageshima', 'ISIS'];
const PHRASES = ['field carrier landing practice', 'job number one', 'ironclad', 'the moon landing was faked'];

function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const heapMb = () => Math.round((process.memoryUsage().heapUsed / 1e6) * 10) / 10;

export async function soak(options: SoakOptions): Promise<SoakReport> {
  const fake = await startFakeDiscord();
  const watching = options.watch
    ? await startWatching(createLogger({ level: 'warn', destination: new Writable({ write: (_c, _e, done) => done() }) }))
    : null;
  const fixed = bundledEngine();
  const engine = () => watching?.engine() ?? fixed;
  // As the bot does at start-up (src/discord/runtime.ts).
  warmUpBot(engine());
  const logger = createLogger({ level: 'warn', secrets: [TOKEN], destination: new Writable({ write: (_c, _e, done) => done() }) });
  // Generous enough for this pace (each user sends about one every 1.5 s); the
  // production limit (5 per 10 s) has its own tests.
  const bot = await startBot({
    config: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'warn' },
    ctx: { engine, limiter: new RateLimiter(20, 10_000), commands, ...(watching ? { servers: watching.servers } : {}) },
    logger,
  });
  const guild = fake.guilds[0] as JsonObject;
  const announceChannel = ((guild.channels as JsonObject[])[0] as JsonObject).id as string;
  await watching?.attach(bot.client, guild.id as string, announceChannel);
  try {
    const users = Array.from({ length: options.users }, (_, i) => ({
      member: { user: { id: String(400000000000000000n + BigInt(i)), username: `user${i}` } },
    }));
    // A short warm-up first (every user once, every command), so "before" is a
    // running bot's memory, with its caches and compiled code in place.
    const warm = await Promise.all(
      users.map(async (who, i) => {
        const payload =
          i % 2
            ? fake.chatInput('ask', { question: QUESTIONS[i % QUESTIONS.length] as string }, who)
            : fake.chatInput('timeline', { topic: TOPICS[i % TOPICS.length] as string }, who);
        return fake.dispatchInteraction(payload);
      }),
    );
    await Promise.all(warm.map((r) => fake.waitForCallback(r.id as string, 30_000)));
    // The warm-up counts against the rate limit too: let its window pass.
    await new Promise((resolve) => setTimeout(resolve, 10_000 * Number(options.seconds > 10)));
    fake.forget();
    gc();
    const heapBefore = heapMb();
    const sent: { id: string; user: number; at: number }[] = [];
    const gap = (options.seconds * 1000) / options.interactions;
    const started = performance.now();
    for (let i = 0; i < options.interactions; i++) {
      if (watching && (i === Math.floor(options.interactions / 3) || i === Math.floor((2 * options.interactions) / 3))) watching.release(2);
      const wait = started + i * gap - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const user = i % options.users;
      const who = users[user] as JsonObject;
      const kind = i % 10;
      const payload =
        kind < 6
          ? fake.chatInput('ask', { question: QUESTIONS[i % QUESTIONS.length] as string }, who)
          : kind < 8
            ? fake.chatInput('timeline', { topic: TOPICS[i % TOPICS.length] as string }, who)
            : kind < 9
              ? fake.chatInput('quote', { phrase: PHRASES[i % PHRASES.length] as string }, who)
              : fake.autocomplete('timeline', { topic: (TOPICS[i % TOPICS.length] as string).slice(0, 3) }, 'topic', who);
      const receipt = await fake.dispatchInteraction(payload);
      sent.push({ id: receipt.id as string, user, at: receipt.sentAt });
    }
    // Keep only when each reply arrived: the recorded requests are ours to drop.
    const replies = (await Promise.all(sent.map((s) => fake.waitForCallback(s.id, 30_000)))).map((r) => ({ at: r.at }));
    // The last released readouts: imported, reloaded and announced within seconds.
    const announced = () => fake.channelMessages(announceChannel).length;
    for (let waited = 0; watching && announced() < watching.released() && waited < 15_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const accepted = new Map<string, number>();
    for (const r of fake.requests) {
      const id = /^\/interactions\/(\d+)\//.exec(r.path)?.[1];
      if (id && r.status !== null && r.status < 300) accepted.set(id, (accepted.get(id) ?? 0) + 1);
    }
    const raw = replies.map((r, i) => r.at - (sent[i] as { at: number }).at);
    const latencies = [...raw].sort((a, b) => a - b);
    const byUser = new Map<number, number[]>();
    replies.forEach((r, i) =>
      byUser.set((sent[i] as { user: number }).user, [...(byUser.get((sent[i] as { user: number }).user) ?? []), r.at]),
    );
    const outOfOrderUsers = [...byUser.values()].filter((times) => times.some((t, i) => i > 0 && t < (times[i - 1] as number))).length;
    // Memory after the run, once garbage is collected: the bot's, not the fake
    // Discord's record of every request.
    fake.forget();
    gc();
    const pick = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
    return {
      ...options,
      answered: sent.filter((s) => (accepted.get(s.id) ?? 0) >= 1).length,
      duplicates: [...accepted.values()].filter((n) => n > 1).length,
      outOfOrderUsers,
      p50ms: pick(0.5),
      p99ms: pick(0.99),
      maxMs: Math.round((latencies[latencies.length - 1] ?? 0) * 10) / 10,
      heapBeforeMb: heapBefore,
      heapAfterMb: heapMb(),
      ...(watching ? { watched: { released: watching.released(), announced: announced(), readoutsAfter: engine().report.loaded } } : {}),
    };
  } finally {
    await watching?.stop();
    await bot.stop();
    await fake.close();
  }
}
