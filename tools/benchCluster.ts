/**
 * `npm run bench -- --cluster [--readouts N]`: throughput and latency of the
 * HTTP path through the balancer (tools/cluster.ts: PostgreSQL, two `serve`
 * replicas behind HAProxy, two workers) beside the gateway bot's, on the same
 * archive and the same interactions, against the fake Discord on loopback.
 *
 * Each path gets `interactions` interactions from `users` users at once (each
 * user's one after another): /ask, /timeline, /quote and the autocompletes,
 * from distinct user ids so the per-user rate limit never answers instead.
 * Gateway: dispatch → the bot's callback arrives at the fake's REST API.
 * HTTP: the signed POST sent → its response read (signature check, HAProxy
 * and the replica included). Both: interactions per second over the round,
 * median and p99.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../test/support/fakeDiscord.ts';
import { startCluster } from './cluster.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.fake-token-for-bench-only_1234567890';

export interface PathResult {
  path: string;
  interactions: number;
  users: number;
  perSecond: number;
  medianMs: number;
  p99Ms: number;
  /** Answers that were not a message or choices (should be none). */
  failed: number;
}

export interface ClusterBench {
  gateway: PathResult;
  cluster: PathResult & { perReplica: number[] };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function interaction(fake: FakeDiscord, i: number): JsonObject {
  const user = { member: { user: { ...fake.user, id: String(500000000000000000n + BigInt(i)) } } };
  const kinds = [
    () => fake.chatInput('ask', { question: 'what about North Korea?' }, user),
    () => fake.autocomplete('timeline', { topic: 'kor' }, 'topic', user),
    () => fake.chatInput('timeline', { topic: 'NATO' }, user),
    () => fake.autocomplete('quote', { phrase: 'the two leaders' }, 'phrase', user),
    () => fake.chatInput('quote', { phrase: 'the two leaders' }, user),
  ];
  return (kinds[i % kinds.length] as () => JsonObject)();
}

/** `count` interactions sent by `users` loops at once; `send` resolves to [ok, ms]. */
async function round(path: string, count: number, users: number, send: (i: number) => Promise<[boolean, number]>): Promise<PathResult> {
  const times: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async () => {
      while (next < count) {
        const [ok, ms] = await send(next++);
        times.push(ms);
        if (!ok) failed++;
      }
    }),
  );
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  return {
    path,
    interactions: count,
    users,
    perSecond: Math.round((count / elapsed) * 1000),
    medianMs: Math.round(percentile(times, 0.5) * 10) / 10,
    p99Ms: Math.round(percentile(times, 0.99) * 10) / 10,
    failed,
  };
}

export async function benchCluster(o: {
  dir: string;
  snapshotCache: string;
  interactions?: number;
  users?: number;
  progress: (line: string) => void;
}): Promise<ClusterBench> {
  const count = o.interactions ?? 1000;
  const users = o.users ?? 20;
  const fake = await startFakeDiscord();
  try {
    // The gateway bot, as `npm start` runs it.
    o.progress('gateway: starting the bot');
    const bot = spawn(process.execPath, [join(ROOT, 'src/bin.js'), 'bot'], {
      cwd: mkdtempSync(join(os.tmpdir(), 'readout-bench-bot-')),
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        CORPUS_DIR: o.dir,
        CACHE_DIR: o.snapshotCache,
        LOG_LEVEL: 'info',
        STATE_DIR: mkdtempSync(join(os.tmpdir(), 'readout-bench-state-')),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((ready, fail) => {
      let seen = '';
      bot.stdout?.on('data', (chunk: Buffer) => {
        if (seen.includes('"msg":"ready"')) return;
        seen += chunk.toString();
        if (seen.includes('"msg":"ready"')) ready();
      });
      bot.once('exit', (code) => fail(new Error(`the bot exited (code ${code}) before it was ready`)));
    });
    // Warm-up: the first answers pay for compiling.
    await round('warm-up', 100, users, async (i) => {
      const receipt = await fake.dispatchInteraction(interaction(fake, 100_000 + i));
      await fake.waitForCallback(receipt.id as string, 30_000);
      return [true, 0];
    });
    o.progress(`gateway: ${count} interactions from ${users} users`);
    const gateway = await round('gateway bot (one process)', count, users, async (i) => {
      const receipt = await fake.dispatchInteraction(interaction(fake, i));
      const callback = await fake.waitForCallback(receipt.id as string, 30_000);
      const type = (callback.body as { type?: number }).type;
      return [type === 4 || type === 8, callback.at - receipt.sentAt];
    });
    bot.kill('SIGTERM');

    o.progress('cluster: starting PostgreSQL, two serve replicas, two workers, HAProxy');
    const cluster = await startCluster({
      apiUrl: fake.apiUrl,
      token: TOKEN,
      publicKey: fake.publicKey,
      corpusDir: o.dir,
      env: { CACHE_DIR: o.snapshotCache, LOG_LEVEL: 'info' },
    });
    try {
      const endpoint = `${cluster.url}/interactions`;
      await round('warm-up', 100, users, async (i) => {
        await fake.postInteraction(endpoint, interaction(fake, 200_000 + i));
        return [true, 0];
      });
      const before = cluster.replicas.map((r) => r.output().split('"msg":"interaction"').length);
      o.progress(`cluster: ${count} interactions from ${users} users through HAProxy`);
      const result = await round('HTTP: HAProxy + 2 serve replicas', count, users, async (i) => {
        const reply = await fake.postInteraction(endpoint, interaction(fake, i));
        const type = (reply.body as { type?: number }).type;
        return [reply.status === 200 && (type === 4 || type === 8), reply.at - reply.sentAt];
      });
      const perReplica = cluster.replicas.map((r, i) => r.output().split('"msg":"interaction"').length - (before[i] as number));
      return { gateway, cluster: { ...result, perReplica } };
    } finally {
      await cluster.stop();
    }
  } finally {
    await fake.close();
  }
}

export function printClusterTable(r: ClusterBench): void {
  const rows = [r.gateway, r.cluster];
  const width = Math.max(...rows.map((x) => x.path.length));
  console.log(`\n${'path'.padEnd(width)}  ${'inter./s'.padStart(8)}  ${'median'.padStart(8)}  ${'p99'.padStart(8)}  failed`);
  for (const x of rows) {
    console.log(
      `${x.path.padEnd(width)}  ${String(x.perSecond).padStart(8)}  ${x.medianMs.toFixed(1).padStart(8)}  ${x.p99Ms.toFixed(1).padStart(8)}  ${x.failed}`,
    );
  }
  console.log(
    `\n${r.cluster.interactions} interactions from ${r.cluster.users} users at once; HTTP served per replica: ${r.cluster.perReplica.join(' / ')}`,
  );
}
