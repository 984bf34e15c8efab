/**
 * Readout past one machine, on loopback (tools/cluster.ts): PostgreSQL, two
 * `serve` replicas behind HAProxy and two workers, against the fake Discord.
 *
 * - a signed PING through the balancer gets PONG, a bad signature 401;
 * - 200 signed interactions from 20 users are all answered within Discord's
 *   3 s, and both replicas serve;
 * - a follow added through one replica is listed through the other;
 * - a replica killed mid-run: every interaction is still answered;
 * - a readout added to the corpus is announced exactly once per channel
 *   while the leading worker is killed in the middle of its post.
 *
 * Its own vitest project ("cluster", last, alone): it starts a dozen
 * processes. Skipped, saying why, when PostgreSQL or HAProxy is missing
 * (.ci/run installs both).
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, startFakeDiscord, textChannel, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { FAKE_TOKEN } from '../support/fixtures.ts';
import { tempFolder } from '../support/tmp.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { clusterAvailable, startCluster, type Cluster } from '../../tools/cluster.ts';

const missing = clusterAvailable();
if (missing) console.warn(`cluster.test.ts: skipped: ${missing}`);

const GUILD = snowflake();
const channel = (name: string) => textChannel({ name, guild_id: GUILD });
const news = channel('news');
const korea = channel('korea-watch');
const general = channel('general');

let fake: FakeDiscord;
let cluster: Cluster;
const corpus = tempFolder();

beforeAll(async () => {
  if (missing) return;
  cpSync(BUNDLED_CORPUS, corpus, { recursive: true });
  fake = await startFakeDiscord({ guilds: [{ id: GUILD, channels: [general, news, korea] }] });
  cluster = await startCluster({ apiUrl: fake.apiUrl, token: FAKE_TOKEN, publicKey: fake.publicKey, corpusDir: corpus });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  await fake?.close();
}, 60_000);

const asUser = (id: string): JsonObject => ({ member: { user: { ...fake.user, id, username: `user${id.slice(-3)}` } } });
const userId = (phase: number, n: number) => String(400000000000000000n + BigInt(phase * 1000 + n));
const sub = (name: string, options: JsonObject[] = []): JsonObject[] => [{ type: 1, name, options }];
const inChannel = (where: JsonObject): JsonObject => ({ channel_id: where.id, channel: where });
const interactionLines = (output: string) => output.split('\n').filter((l) => l.includes('"msg":"interaction"')).length;

/** Interaction i of a user: commands and autocompletes (not rate limited) in turn, as people type and ask. */
function someInteraction(i: number, user: string): JsonObject {
  const kinds = [
    () => fake.chatInput('ask', { question: 'what about Mageshima?' }, asUser(user)),
    () => fake.autocomplete('timeline', { topic: 'kor' }, 'topic', asUser(user)),
    () => fake.chatInput('timeline', { topic: 'NATO' }, asUser(user)),
    () => fake.autocomplete('quote', { phrase: 'field carr' }, 'phrase', asUser(user)),
    () => fake.chatInput('quote', { phrase: 'job number one' }, asUser(user)),
    () => fake.autocomplete('ask', { question: 'guam' }, 'question', asUser(user)),
  ];
  return (kinds[i % kinds.length] as () => JsonObject)();
}

/** `perUser` interactions from each of `users` users, the users at once, each user's one after another. */
async function crowd(users: number, perUser: number, phase: number, during?: (sent: number) => void) {
  let sent = 0;
  const answers: { status: number; type: unknown; ms: number }[] = [];
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      for (let i = 0; i < perUser; i++) {
        const reply = await fake.postInteraction(`${cluster.url}/interactions`, someInteraction(i + u, userId(phase, u)));
        answers.push({ status: reply.status, type: (reply.body as { type?: unknown }).type, ms: reply.at - reply.sentAt });
        during?.(++sent);
      }
    }),
  );
  return answers;
}

describe.skipIf(missing !== null)('two serve replicas behind HAProxy, two workers, one PostgreSQL', () => {
  it('GIVEN a signed PING through the balancer THEN PONG; a bad signature THEN 401', async () => {
    const pong = await fake.postInteraction(`${cluster.url}/interactions`, {
      id: snowflake(),
      type: 1,
      application_id: fake.applicationId,
      version: 1,
    });
    expect([pong.status, pong.body]).toEqual([200, { type: 1 }]);
    const body = JSON.stringify({ id: snowflake(), type: 1 });
    const forged = await fetch(`${cluster.url}/interactions`, {
      method: 'POST',
      body,
      headers: { ...fake.signatureHeaders(body), 'x-signature-ed25519': '1'.repeat(128) },
    });
    expect(forged.status).toBe(401);
  }, 30_000);

  it('GIVEN 200 signed interactions from 20 users THEN all are answered within 3 s, by both replicas', async () => {
    const before = cluster.replicas.map((r) => interactionLines(r.output()));
    const started = performance.now();
    const answers = await crowd(20, 10, 1);
    const elapsed = performance.now() - started;
    expect(answers).toHaveLength(200);
    expect(answers.filter((a) => a.status !== 200 || (a.type !== 4 && a.type !== 8))).toEqual([]);
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(3000);
    const served = () => cluster.replicas.map((r, i) => interactionLines(r.output()) - (before[i] as number));
    // A replica logs an interaction's line once its handler returns, a moment after the response left.
    await expect.poll(() => served().reduce((a, b) => a + b, 0), { timeout: 10_000 }).toBe(200);
    expect(served().every((n) => n > 0)).toBe(true);
    console.log(`cluster: 200 interactions in ${Math.round(elapsed)} ms; per replica ${served().join(' / ')}`);
  }, 60_000);

  it('GIVEN a follow added through one replica THEN the other lists it', async () => {
    const [one, two] = cluster.replicas;
    const added = await fake.postInteraction(
      `${one?.url}/interactions`,
      fake.chatInput('follow', sub('add', [{ name: 'topic', type: 3, value: 'Estonia' }]), inChannel(korea)),
    );
    expect((added.body as { data: { content: string } }).data.content).toMatch(/^This channel now follows Estonia/);
    const listed = await fake.postInteraction(`${two?.url}/interactions`, fake.chatInput('follow', sub('list'), inChannel(korea)));
    expect((listed.body as { data: { content: string } }).data.content).toBe('This channel follows 1 topic (of 25): Estonia.');
  }, 30_000);

  it('GIVEN one replica killed mid-run THEN every interaction is still answered', async () => {
    const victim = cluster.replicas[0];
    const answers = await crowd(20, 5, 2, (sent) => {
      if (sent === 30) victim?.child.kill('SIGKILL');
    });
    await victim?.exited;
    expect(answers).toHaveLength(100);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
  }, 60_000);

  it('GIVEN a new readout and the leading worker killed mid-post THEN it is announced exactly once per channel', async () => {
    const announce = await fake.postInteraction(
      `${cluster.url}/interactions`,
      fake.chatInput('readout', sub('announce', [{ name: 'channel', type: 7, value: news.id }]), {
        data: { resolved: { channels: { [news.id as string]: { id: news.id, type: 0, name: 'news', permissions: '0' } } } },
      }),
    );
    expect((announce.body as { data: { content: string } }).data.content).toMatch(/^New readouts will be posted in/);
    const leader = cluster.leader();
    expect(leader).not.toBeNull();
    // Discord takes its time with the post to #news: the leader dies while it waits.
    fake.failNext(`POST /channels/${news.id}/messages`, { delayMs: 1500 });
    writeFileSync(
      join(corpus, '2025-10-09-estonia.md'),
      `---\ntitle: Readout of Secretary of War Pete Hegseth's Meeting With Estonian Minister of Defence Hanno Pevkur\ndate: 2025-10-09\n---\nSecretary of War Pete Hegseth hosted Estonian Minister of Defence Hanno Pevkur at the Pentagon today.\n\nThe leaders reviewed cooperation between Estonia and the United States.\n`,
    );
    await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${news.id}/messages`, 60_000);
    leader?.child.kill('SIGKILL');
    await leader?.exited;
    // The other worker takes the lead and finishes the outbox, with the same nonces.
    await expect.poll(() => cluster.leader()?.name, { timeout: 30_000 }).toBeDefined();
    await expect
      .poll(() => [fake.channelMessages(news.id as string).length, fake.channelMessages(korea.id as string).length], { timeout: 60_000 })
      .toEqual([1, 1]);
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${news.id}/messages`);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(posts.map((r) => (r.body as { nonce: string }).nonce)).size).toBe(1);
    // Nothing more comes later.
    await new Promise((r) => setTimeout(r, 2000));
    expect([fake.channelMessages(news.id as string).length, fake.channelMessages(korea.id as string).length]).toEqual([1, 1]);
    expect(fake.channelMessages(general.id as string)).toHaveLength(0);
  }, 120_000);
});
