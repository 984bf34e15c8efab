/**
 * Sharding with the local fake Discord serving two shards: the manager builds
 * the snapshot, starts two bot processes (real ones), each identifies as its
 * shard and answers the interactions of its guild; SIGTERM stops both.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { startShards, type ShardManagerRun } from '../../src/discord/shards.ts';
import { createLogger } from '../../src/logger.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { tempFolder } from '../support/tmp.ts';
import { captureLogs, FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';

let fake: FakeDiscord | undefined;
let run: ShardManagerRun | undefined;

afterAll(async () => {
  await run?.stop();
  await fake?.close();
});

describe('sharding', () => {
  it('GIVEN SHARDS=2 THEN two shard processes log in as shards 0 and 1, each answers its guild, and both stop cleanly', async () => {
    fake = await startFakeDiscord({ shards: 2, guilds: [{}, {}] });
    const { lines: logs, destination } = captureLogs();
    const logger = createLogger({
      level: 'info',
      secrets: [TOKEN],
      destination,
    });
    run = await startShards({
      config: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'warn', SHARDS: 'auto', CACHE_DIR: tempFolder() },
      corpusDir: BUNDLED_CORPUS,
      logger,
      spawnDelayMs: 300,
    });
    const identifies = [await fake.waitForIdentify({ timeoutMs: 20_000 }), await fake.waitForIdentify({ since: 0, timeoutMs: 20_000 })];
    await expect.poll(() => fake?.identifies.map((i) => i.shard.join('/')).sort(), { timeout: 20_000 }).toEqual(['0/2', '1/2']);
    expect(identifies.every((i) => i.intents === 1)).toBe(true);

    for (const [shard, guild] of fake.guilds.map((g, i) => [i, g] as const)) {
      const payload = fake.chatInput('quote', { phrase: 'job number one' }, { guild_id: guild.id as string });
      const receipt = await fake.dispatchInteraction(payload, { shard });
      const reply = await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${receipt.id}/`) && r.status === 204, 10_000);
      expect((reply.body as { type: number }).type).toBe(4);
    }
    expect(logs.join('')).toContain('"msg":"snapshot ready for the shards"');

    const children = [...run.manager.shards.values()].map((s) => s.process);
    await run.stop();
    run = undefined;
    expect(children.map((c) => c?.exitCode)).toEqual([0, 0]);
  });
});
