/**
 * Announcements with two shard processes (real ones, as `npm start` with
 * SHARDS runs them) sharing one corpus folder and one STATE_DIR: a readout
 * file that lands is announced once in each server's channel, each server by
 * the shard that holds it, and nothing is posted twice.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { startShards, type ShardManagerRun } from '../../src/discord/shards.ts';
import { createLogger } from '../../src/logger.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { Engine } from '../../src/engine/engine.ts';
import { StateStore } from '../../src/discord/state.ts';
import { FileGuildStore } from '../../src/store/files.ts';
import { baseline, saveBaseline } from '../../src/discord/servers.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';
import { TEST_TOKEN } from '../support/serving.ts';

let fake: FakeDiscord | undefined;
let run: ShardManagerRun | undefined;

afterAll(async () => {
  await run?.stop();
  await fake?.close();
});

describe('announcements with shards', () => {
  it('GIVEN two shards and a server on each THEN a new readout is posted once in each server, by its own shard', async () => {
    fake = await startFakeDiscord({ shards: 2, guilds: [{}, {}] });
    const corpus = tempFolder();
    cpSync(BUNDLED_CORPUS, corpus, { recursive: true });
    const stateDir = tempFolder();
    const store = new FileGuildStore(new StateStore(stateDir));
    const engine = Engine.load(corpus);
    const channels = fake.guilds.map((g) => ((g.channels as JsonObject[])[0] as JsonObject).id as string);
    for (const [i, guild] of fake.guilds.entries()) {
      const version = await saveBaseline(engine, store);
      await store.update(guild.id as string, (s) => {
        baseline(s, version);
        s.announce = channels[i] as string;
      });
    }
    const logs: string[] = [];
    const logger = createLogger({
      level: 'info',
      secrets: [TEST_TOKEN],
      destination: new Writable({
        write(chunk, _e, done) {
          logs.push(String(chunk));
          done();
        },
      }),
    });
    run = await startShards({
      config: {
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        LOG_LEVEL: 'warn',
        SHARDS: '2',
        CACHE_DIR: tempFolder(),
        STATE_DIR: stateDir,
      },
      corpusDir: corpus,
      logger,
      spawnDelayMs: 300,
    });
    await expect.poll(() => fake?.identifies.map((i) => i.shard.join('/')).sort(), { timeout: 20_000 }).toEqual(['0/2', '1/2']);
    // Give both shards their start-up pass (nothing is new yet).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(channels.map((c) => fake?.channelMessages(c).length)).toEqual([0, 0]);

    writeFileSync(
      join(corpus, 'new.md'),
      readoutMd('Readout of a Call With the Sharded Minister', '2025-01-02', 'The ministers spoke about shards.'),
    );
    await expect.poll(() => channels.map((c) => fake?.channelMessages(c).length), { timeout: 40_000, interval: 250 }).toEqual([1, 1]);
    for (const c of channels) {
      expect(fake.channelMessages(c)[0]?.embeds).toMatchObject([{ title: 'Readout of a Call With the Sharded Minister' }]);
    }
    // Each server's post was made by the shard holding it: the request came with its own nonce, once.
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'));
    expect(posts.map((r) => r.path).sort()).toEqual(channels.map((c) => `/channels/${c}/messages`).sort());
    // Each shard records its post once Discord confirmed it (just after the post itself).
    const recorded = (guild: JsonObject) => {
      const state = JSON.parse(readFileSync(join(stateDir, 'guilds', `${guild.id as string}.json`), 'utf8')) as {
        outbox: unknown[];
        posted: { channel: string }[];
      };
      return { outbox: state.outbox.length, posted: state.posted.map((p) => p.channel) };
    };
    for (const [i, guild] of fake.guilds.entries()) {
      await expect.poll(() => recorded(guild), { timeout: 5000 }).toEqual({ outbox: 0, posted: [channels[i]] });
    }

    await run.stop();
    run = undefined;
  }, 90_000);
});
