import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';
import { snapshotPath } from '../../src/search/snapshot.ts';
import { FAKE_TOKEN as TOKEN, spawnBot } from '../support/fixtures.ts';

const _ROOT = resolve(import.meta.dirname, '../..');
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

describe('the bot process', () => {
  it('GIVEN SIGTERM during a reply THEN the reply is finished, then it logs out and exits 0', async () => {
    const { child, output } = spawnBot(fake.apiUrl);
    await expect.poll(() => output().includes('"msg":"ready"'), { timeout: 15_000 }).toBe(true);

    // Discord takes its time to accept this reply; the stop must wait for it.
    fake.failNext('POST /interactions/', { delayMs: 700 });
    const receipt = await fake.dispatchInteraction(fake.chatInput('quote', { phrase: 'job number one' }));
    await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${receipt.id}/`), 5000);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');

    expect(code).toBe(0);
    const callback = await fake.waitForCallback(receipt.id as string, 100);
    expect(callback.status).toBe(204);
    const lines = output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual(['32 loaded, 0 skipped', 'ready', 'stopping', 'interaction', 'logged out']);
    expect(output()).not.toContain(TOKEN);
  });

  it('GIVEN SIGTERM during a background reload THEN the build is stopped and nothing is reloaded after logging out', async () => {
    const corpus = tempFolder({ 'guam.md': readoutMd('Guam talks', '2020-08-29', 'They met in Guam to discuss Mageshima.') });
    const { child, output } = spawnBot(fake.apiUrl, { CORPUS_DIR: corpus, CACHE_DIR: tempFolder() });
    await expect.poll(() => output().includes('"msg":"ready"'), { timeout: 15_000 }).toBe(true);
    writeFileSync(join(corpus, 'tonga.md'), readoutMd('Tonga talks', '2021-03-01', 'They met in Tonga.'));
    await expect.poll(() => output().includes('"msg":"corpus changed: reloading"'), { timeout: 10_000 }).toBe(true);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');

    expect(code).toBe(0);
    const lines = output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual(['1 loaded, 0 skipped', 'ready', 'corpus changed: reloading', 'stopping', 'logged out']);
  });

  it('GIVEN a cache that cannot be written THEN one error line, and a reload still serves the new readout', async () => {
    const corpus = tempFolder({ 'guam.md': readoutMd('Guam talks', '2020-08-29', 'They met in Guam to discuss Mageshima.') });
    const blocked = join(tempFolder(), 'cache');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const { child, output } = spawnBot(fake.apiUrl, { CORPUS_DIR: corpus, CACHE_DIR: blocked });
    try {
      await expect.poll(() => output().includes('"msg":"ready"'), { timeout: 15_000 }).toBe(true);
      writeFileSync(join(corpus, 'tonga.md'), readoutMd('Tonga talks', '2021-03-01', 'They met in Tonga to discuss cyclone relief.'));
      await expect.poll(() => output().includes('"msg":"corpus reloaded: 2 loaded, 0 skipped"'), { timeout: 15_000 }).toBe(true);
      const receipt = await fake.dispatchInteraction(fake.chatInput('quote', { phrase: 'cyclone relief' }));
      const callback = await fake.waitForCallback(receipt.id as string, 5000);
      const embed = (callback.body as { data: { embeds: { description: string }[] } }).data.embeds[0] as { description: string };
      expect(embed.description.split('\n')[0]).toBe('“cyclone relief” is in 1 sentence of 1 readout.');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    const lines = output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual([
      `could not save the index snapshot to ${snapshotPath(blocked, corpus)}: cannot make the folder ${blocked}: a file is in the way. ` +
        'Hot reload still works, but every restart rebuilds the index: make CACHE_DIR writable',
    ]);
  });
});
