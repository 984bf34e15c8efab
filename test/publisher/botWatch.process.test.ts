/**
 * `npm start` with a token and FEED_URL, as a real process against the fake
 * Discord and a local feed: the watcher runs beside the bot, the new readout's
 * file lands in the corpus, hot reload serves it, and /quote cites it.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { tempFolder } from '../support/tmp.ts';
import { spawnBot } from '../support/fixtures.ts';
import { feedFixture, fixture, html, localServer, type LocalServer } from './support.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TEODORO = '/News/Releases/Release/Article/3723456/readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine-secretar/';
let fake: FakeDiscord;
let server: LocalServer;

beforeAll(async () => {
  fake = await startFakeDiscord();
  server = await localServer();
  server.routes.set('/rss', html(feedFixture('releases-feed-single.xml', server.base), 200, { 'content-type': 'application/rss+xml' }));
  server.routes.set(TEODORO, html(fixture('wargov-article.html')));
});
afterAll(async () => {
  await fake?.close();
  await server?.close();
});

describe('the bot with the watcher beside it', () => {
  it('GIVEN FEED_URL THEN a new readout is imported and served without a restart', async () => {
    const corpus = join(tempFolder(), 'corpus');
    mkdirSync(corpus);
    copyFileSync(join(ROOT, 'corpus/001-esper-kono-guam.md'), join(corpus, '001-esper-kono-guam.md'));
    const { child, output } = spawnBot(fake.apiUrl, {
      CORPUS_DIR: corpus,
      CACHE_DIR: tempFolder(),
      FEED_URL: `${server.base}/rss`,
      PUBLISHER_HOSTS: server.base.slice(7),
      FETCH_PAUSE_MS: '0',
    });
    try {
      await expect.poll(() => output().includes('corpus reloaded: 2 loaded'), { timeout: 30_000, interval: 200 }).toBe(true);
      expect(readdirSync(corpus).sort()).toEqual([
        '001-esper-kono-guam.md',
        '2024-03-27-readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine.md',
      ]);
      const receipt = await fake.dispatchInteraction(fake.chatInput('quote', { phrase: 'Second Thomas Shoal' }));
      const callback = await fake.waitForCallback(receipt.id as string, 5000);
      const embed = ((callback.body as { data: JsonObject }).data.embeds as { description: string }[])[0];
      expect(embed?.description).toContain('resupply mission to **Second Thomas Shoal** on March 23');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    const messages = output()
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toContain(
      "watch: added Readout of Secretary of Defense Lloyd J. Austin III's Call With Philippine Secretary of National Defense Gilberto Teodoro Jr.",
    );
    expect(messages).toContain('watch pass: 1 added, 0 skipped, 0 could not be fetched');
    expect(messages.at(-1)).toBe('logged out');
  });
});
