/**
 * Issue 25 through the real discord.js client and the fake Discord, with two
 * servers on one bot: who may write the corpus every server reads (item 2),
 * page parsing that must not stall the other server (item 3), and one writer
 * per article (item 6).
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import { snowflake, startFakeDiscord, textChannel, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { tempFolder } from '../support/tmp.ts';
import { logSink, startServing, TEST_TOKEN, type Serving } from '../support/serving.ts';
import { createLogger } from '../../src/logger.ts';
import { addGuilds, readConfig } from '../../src/config.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { watchPass } from '../../src/publisher/watch.ts';
import { html, localServer, type LocalServer } from '../publisher/support.ts';

const A = snowflake();
const B = snowflake();
const generalA = textChannel({ name: 'general', guild_id: A });
const generalB = textChannel({ name: 'general', guild_id: B });
const newsA = textChannel({ name: 'news', guild_id: A });

const corpus = tempFolder();
cpSync(BUNDLED_CORPUS, corpus, { recursive: true });
const stateDir = tempFolder();
const logLines: string[] = [];
const logger = createLogger({ level: 'info', secrets: [TEST_TOKEN], destination: logSink(logLines) });
let fake: FakeDiscord;
let running: Serving;
let mirror: LocalServer;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  fake = await startFakeDiscord({
    guilds: [
      { id: A, channels: [generalA, newsA] },
      { id: B, channels: [generalB] },
    ],
  });
  mirror = await localServer();
  // Only server A may add readouts (ADD_GUILDS=A); the mirror stands in for war.gov (PUBLISHER_HOSTS).
  running = await startServing({
    apiUrl: fake.apiUrl,
    corpus,
    stateDir,
    logger,
    addGuilds: [A],
    publisherHosts: [new URL(mirror.base).host],
  });
}, 30_000);

afterAll(async () => {
  await running?.stop();
  await mirror?.close();
  await fake?.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

/** An interaction in `guild`'s #general, by the default user (a moderator). */
function inGuild(guild: string): JsonObject {
  const channel = guild === A ? generalA : generalB;
  return {
    guild_id: guild,
    guild: { id: guild, locale: 'en-US', features: [] },
    authorizing_integration_owners: { '0': guild },
    channel_id: channel.id,
    channel,
  };
}

async function send(payload: JsonObject): Promise<{ type: number; data: JsonObject }> {
  const receipt = await fake.dispatchInteraction(payload);
  const callback = await fake.waitForCallback(receipt.id as string, 10_000);
  return callback.body as { type: number; data: JsonObject };
}

async function finalMessage(payload: JsonObject, timeoutMs = 20_000): Promise<JsonObject> {
  const path = `/webhooks/${fake.applicationId}/${payload.token as string}/messages/@original`;
  const request = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === path && r.status !== null, timeoutMs);
  return request.body as JsonObject;
}

function addFile(guild: string, filename: string, content: string): JsonObject {
  const attachment = fake.attachment(filename, content);
  return fake.chatInput('readout', [{ type: 1, name: 'add', options: [{ name: 'file', type: 11, value: attachment.id }] }], {
    ...inGuild(guild),
    data: { resolved: { attachments: { [attachment.id as string]: attachment } } },
  });
}

const corpusFiles = () =>
  readdirSync(corpus)
    .filter((f) => f.endsWith('.md'))
    .sort();

const PLANTED = `---
title: Readout of Secretary of War Pete Hegseth's Call With an Invented Minister
date: 2025-10-20
source: https://phishing.example/login
---
Secretary of War Pete Hegseth spoke with an invented minister and announced an invented statement.
`;

const REFUSAL =
  "Adding readouts is not enabled in this server: the corpus is shared by every server Readout is in, so the bot's operator allows it per server with the ADD_GUILDS setting.";

// Reading pages runs in a worker thread: start it once, outside the tests' time limits.
beforeAll(() => warmUpParser(), 60_000);

describe('issue 25, item 2: only servers in ADD_GUILDS may write the shared corpus', () => {
  it('GIVEN ADD_GUILDS, DISCORD_GUILD_ID or neither THEN the servers that may add', () => {
    expect(addGuilds(readConfig({}))).toEqual([]);
    expect(addGuilds(readConfig({ DISCORD_GUILD_ID: '111111111111111111' }))).toEqual(['111111111111111111']);
    expect(addGuilds(readConfig({ DISCORD_GUILD_ID: '111111111111111111', ADD_GUILDS: '222222222222222222, 333333333333333333' }))).toEqual(
      ['222222222222222222', '333333333333333333'],
    );
    expect(() => readConfig({ ADD_GUILDS: '12,abc' })).toThrow(
      'ADD_GUILDS must be server (guild) ids separated by commas, each 17 to 20 digits',
    );
  });

  it('GIVEN a moderator of a server not listed THEN /readout add is refused plainly, naming the setting, and nothing is written; an Add button made in the listed server is refused there too', async () => {
    const before = corpusFiles();
    const inB = addFile(B, 'planted.md', PLANTED);
    const refused = await send(inB);
    expect(refused.type).toBe(4);
    expect(refused.data.content).toBe(REFUSAL);
    expect(refused.data.flags).toBe(64 | 4);

    // The listed server previews it; the Add button pressed in server B is refused.
    const inA = addFile(A, 'planted.md', PLANTED);
    await send(inA);
    const preview = await finalMessage(inA);
    const add = ((preview.components as { components: { custom_id: string }[] }[])[0]?.components ?? [])[0]?.custom_id ?? '';
    expect(add).not.toBe('');
    const pressed = await send(fake.button(add, inGuild(B)));
    expect(pressed.data.content).toBe(REFUSAL);
    expect(corpusFiles()).toEqual(before);
  });
});

/** A release page in war.gov's layout at `link`. */
function releasePage(title: string, link: string, sentence: string): string {
  return `<!DOCTYPE html><html><head><title>${title}</title><link rel="canonical" href="${link}"></head><body>
<div class="article-view"><div class="adetail"><h1 class="maintitle">${title}</h1><div class="info"><span class="date">October 21, 2025</span></div>
<div class="body"><p>${sentence}</p><p>The two leaders agreed to meet again.</p></div></div></div></body></html>`;
}

describe('issue 25, item 6: one writer and one announcement per article', () => {
  beforeAll(async () => {
    const payload = fake.chatInput('readout', [{ type: 1, name: 'announce', options: [{ name: 'channel', type: 7, value: newsA.id }] }], {
      ...inGuild(A),
      data: { resolved: { channels: { [newsA.id as string]: { id: newsA.id, type: 0, name: newsA.name, permissions: '0' } } } },
    });
    expect((await send(payload)).data.content).toMatch(/^New readouts will be posted in/);
  });

  it('GIVEN two files of the same article dropped in at once THEN the announce channel gets one post', async () => {
    const source = 'https://www.war.gov/News/Releases/Release/Article/4350001/readout-twice/';
    const text = (n: string) =>
      `---\ntitle: Readout of Secretary of War Pete Hegseth's Call With Minister Twice\ndate: 2025-10-20\nsource: ${source}\n---\nSecretary of War Pete Hegseth spoke with Minister Twice${n}.\n`;
    writeFileSync(join(corpus, '2025-10-20-twice.md'), text(''));
    writeFileSync(join(corpus, '2025-10-20-twice-2.md'), text(' again'));
    await expect.poll(() => running.live.current.index.readouts.filter((r) => r.source === source).length, { timeout: 15_000 }).toBe(2);
    await expect.poll(() => fake.channelMessages(newsA.id as string).length, { timeout: 10_000 }).toBe(1);
    // Another pass (another reload) does not post it again either.
    await running.announcer.sync();
    expect(fake.channelMessages(newsA.id as string)).toHaveLength(1);
  }, 30_000);

  it("GIVEN the bot's watcher and a moderator's Add of the same article at once THEN one file and one post", async () => {
    const posted = fake.channelMessages(newsA.id as string).length;
    const title = "Readout of Secretary of War Pete Hegseth's Call With Raced Minister";
    const link = `${mirror.base}/News/Releases/Release/Article/4350002/readout-raced/`;
    mirror.routes.set(
      new URL(link).pathname,
      html(releasePage(title, link, 'Secretary of War Pete Hegseth spoke today with the Raced Minister.')),
    );
    mirror.routes.set('/rss', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Releases</title><item><title>${title}</title><link>${link}</link><pubDate>Tue, 21 Oct 2025 12:00:00 GMT</pubDate></item></channel></rss>`,
      );
    });
    const command = fake.chatInput('readout', [{ type: 1, name: 'add', options: [{ name: 'link', type: 3, value: link }] }], inGuild(A));
    await send(command);
    const preview = await finalMessage(command);
    const add = ((preview.components as { components: { custom_id: string }[] }[])[0]?.components ?? [])[0]?.custom_id ?? '';
    const press = fake.button(add, inGuild(A));
    const [pass] = await Promise.all([
      watchPass({
        corpusDir: corpus,
        statePath: join(tempFolder(), 'watch.json'),
        feeds: [`${mirror.base}/rss`],
        titleFilter: /^Readout\b/i,
        intervalMs: 60_000,
        jitter: 0,
        pauseMs: 0,
        maxAttempts: 3,
        retryBaseMs: 60_000,
        publisherHosts: [new URL(mirror.base).host],
      }),
      send(press),
    ]);
    const final = await finalMessage(press);
    const files = corpusFiles().filter((f) => readFileSync(join(corpus, f), 'utf8').includes('/Article/4350002/'));
    expect(files).toHaveLength(1);
    // One of the two wrote it; the other was told it is there.
    const addWon = (final.embeds as { title?: string }[] | undefined)?.[0]?.title === 'Added to the corpus';
    expect(Number(addWon) + pass.added.length).toBe(1);
    if (addWon) expect(pass.skipped.map((k) => k.why)).toEqual([expect.stringMatching(/^already in the corpus as /)]);
    else expect(String(final.content)).toMatch(/^Not added: this readout is already in the corpus as `/);
    await expect.poll(() => fake.channelMessages(newsA.id as string).length, { timeout: 15_000 }).toBe(posted + 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await running.announcer.sync();
    expect(fake.channelMessages(newsA.id as string)).toHaveLength(posted + 1);
  }, 40_000);
});

/** A page of about `bytes` that is not in war.gov's layout (Readability's slower path): the most a page may cost. */
function largePage(bytes: number, n: number): string {
  const para = `<p>Secretary of War Pete Hegseth spoke today with Minister Number ${n} about shared security interests in the region and the alliance.</p>\n`;
  const count = Math.floor((bytes - 400) / para.length);
  return `<!DOCTYPE html><html><head><title>Readout of a Long Call Number ${n}</title></head><body><main><h1>Readout of a Long Call Number ${n}</h1><p>October 3, 2025</p>${para.repeat(count)}</main></body></html>`;
}

describe('issue 25, item 3: reading pages does not stall the bot', () => {
  it("GIVEN a moderator of server A previewing large pages THEN /ask in server B still answers well under a second; A's drafts stay few", async () => {
    const asks: number[] = [];
    let previewing = true;
    const previews = (async () => {
      const finals: JsonObject[] = [];
      // Two pages over the cap (refused before they are read), then four just under it (read in the worker).
      for (const bytes of [5 * 1024 * 1024, 5 * 1024 * 1024, 1000 * 1024, 1000 * 1024, 1000 * 1024, 1000 * 1024]) {
        const command = addFile(A, `long-${finals.length}.html`, largePage(bytes, finals.length));
        await send(command);
        finals.push(await finalMessage(command, 60_000));
      }
      previewing = false;
      return finals;
    })();
    // Asks go out on a fixed schedule, each timed from when it was due: the fake Discord and the
    // bot share this process, so a blocked event loop delays the sending as much as the answer.
    const began = performance.now();
    for (let n = 0; previewing; n++) {
      const due = began + n * 100;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const answer = await send(fake.chatInput('ask', { question: 'what about Mageshima?' }, inGuild(B)));
      asks.push(performance.now() - due);
      expect(answer.type).toBe(4);
    }
    const finals = await previews;
    expect(finals.slice(0, 2).map((f) => f.content)).toEqual([
      'long-0.html is 5.0 MB; a readout page is far smaller (the limit is 1 MB).',
      'long-1.html is 5.0 MB; a readout page is far smaller (the limit is 1 MB).',
    ]);
    for (const final of finals.slice(2))
      expect((final.embeds as { title: string }[])[0]?.title).toMatch(/^Readout of a Long Call Number \d$/);
    asks.sort((a, b) => a - b);
    const median = asks[Math.floor(asks.length / 2)] ?? Number.NaN;
    const worst = asks[asks.length - 1] ?? Number.NaN;
    console.log(
      `/ask in server B while A previewed: ${asks.length} answers, median ${Math.round(median)} ms, worst ${Math.round(worst)} ms`,
    );
    expect(asks.length).toBeGreaterThan(5);
    // Generous bounds for a loaded machine: before the worker, each page held the event loop for seconds.
    expect(median).toBeLessThan(1000);
    expect(worst).toBeLessThan(2500);
    // Four previews by one moderator: only the newest three are kept.
    const drafts = readdirSync(join(stateDir, 'drafts')).filter((f) => f.endsWith('.json'));
    expect(drafts).toHaveLength(3);
    expect(drafts.every((f) => f.startsWith(`${fake.user.id}.`))).toBe(true);
  }, 180_000);
});

describe('issue 25, item 14: thirty /follow add at once', () => {
  it('GIVEN 30 different topics followed at once in one channel THEN 25 are followed and the other 5 get the 25-topic message', async () => {
    const topics = Array.from({ length: 30 }, (_, n) => `Topic number ${n + 1}`);
    const payloads = topics.map((topic) =>
      fake.chatInput('follow', [{ type: 1, name: 'add', options: [{ name: 'topic', type: 3, value: topic }] }], inGuild(B)),
    );
    const answers = await Promise.all(payloads.map(async (p) => (await send(p)).data.content as string));
    const followed = answers.filter((a) => a.startsWith('This channel now follows'));
    const full = answers.filter((a) => a === 'This channel follows 25 topics, the most it can. /unfollow one first.');
    expect([followed.length, full.length]).toEqual([25, 5]);
  }, 60_000);
});
