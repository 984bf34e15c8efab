/**
 * /readout add through the real discord.js client and the local fake Discord:
 * a link (nock stands in for war.gov) and an attached saved page, the
 * preview, Add (then /ask cites the new readout), Cancel, a duplicate, a
 * refused fetch, and presses by someone else.
 */
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { shortTitle } from '../../src/answer/answering/present.ts';
import { BUDGETS } from '../../src/discord/limits.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { tempFolder } from '../support/tmp.ts';
import { logSink, startServing, TEST_TOKEN, type Serving } from '../support/serving.ts';
import { fixture, html, localServer } from '../publisher/support.ts';
import { createLogger } from '../../src/logger.ts';
import { textCheck } from '../../src/discord/customId.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';

const OTHER_USER = '222222222222222222';
const corpus = tempFolder();
cpSync(BUNDLED_CORPUS, corpus, { recursive: true });
const stateDir = tempFolder();
const logLines: string[] = [];
const logger = createLogger({ level: 'info', secrets: [TEST_TOKEN], destination: logSink(logLines) });
let fake: FakeDiscord;
let running: Serving;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  fake = await startFakeDiscord();
  running = await startServing({ apiUrl: fake.apiUrl, corpus, stateDir, logger, addGuilds: [fake.guilds[0]?.id as string] });
}, 30_000);

afterAll(async () => {
  await running?.stop();
  await fake?.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

/** A release page in war.gov's layout. */
function page(o: { title: string; date: string; link: string; paragraphs: string[] }): string {
  return `<!DOCTYPE html><html><head><title>${o.title} &gt; U.S. Department of War &gt; Release</title>
<link rel="canonical" href="${o.link}"></head><body><main><div class="article-view"><div class="adetail">
<h1 class="maintitle">${o.title}</h1><div class="info"><span class="date">${o.date}</span></div>
<div class="body">${o.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="footer"><p>Subscribe to Defense.gov Products</p></div></div></div></main></body></html>`;
}

const LITHUANIA_TITLE = "Readout of Secretary of War Pete Hegseth's Call With Lithuanian Minister of National Defence Dovilė Šakalienė";
const LITHUANIA_LINK =
  'https://www.war.gov/News/Releases/Release/Article/4301234/readout-of-secretary-of-war-pete-hegseths-call-with-lithuanian-minister/';
const LITHUANIA_FIRST = 'Secretary of War Pete Hegseth spoke by phone today with Lithuanian Minister of National Defence Dovilė Šakalienė.';
const LITHUANIA = page({
  title: LITHUANIA_TITLE,
  date: 'October 3, 2025',
  link: LITHUANIA_LINK,
  paragraphs: [
    LITHUANIA_FIRST,
    '<strong>Choose which Defense.gov products you want delivered to your inbox.</strong>',
    "The two leaders discussed counter-drone cooperation along NATO's eastern flank. Secretary Hegseth welcomed Lithuania's plan to spend more than five percent of its gross domestic product on defense.",
  ],
});
const LITHUANIA_FILE = '2025-10-03-readout-of-secretary-of-war-pete-hegseths-call-with-lithuanian-minister-of.md';

const ESTONIA_TITLE = "Readout of Secretary of War Pete Hegseth's Meeting With Estonian Minister of Defence Hanno Pevkur";
const ESTONIA_LINK =
  'https://www.war.gov/News/Releases/Release/Article/4301299/readout-of-secretary-of-war-pete-hegseths-meeting-with-estonian-minister/';
const ESTONIA = page({
  title: ESTONIA_TITLE,
  date: 'October 9, 2025',
  link: ESTONIA_LINK,
  paragraphs: [
    'Secretary of War Pete Hegseth hosted Estonian Minister of Defence Hanno Pevkur at the Pentagon today.',
    'The leaders reviewed the cyber range exercises hosted in Tallinn and agreed to expand them next year.',
  ],
});

async function send(payload: JsonObject): Promise<{ type: number; data: JsonObject }> {
  const receipt = await fake.dispatchInteraction(payload);
  const callback = await fake.waitForCallback(receipt.id as string, 5000);
  return callback.body as { type: number; data: JsonObject };
}

/** The message a deferred interaction ends with: its PATCH of @original. */
async function finalMessage(payload: JsonObject, timeoutMs = 20_000): Promise<JsonObject> {
  const path = `/webhooks/${fake.applicationId}/${payload.token as string}/messages/@original`;
  const request = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === path && r.status !== null, timeoutMs);
  return request.body as JsonObject;
}

function addLink(link: string): JsonObject {
  return fake.chatInput('readout', [{ type: 1, name: 'add', options: [{ name: 'link', type: 3, value: link }] }]);
}

function addFile(filename: string, content: string): JsonObject {
  const attachment = fake.attachment(filename, content);
  return fake.chatInput('readout', [{ type: 1, name: 'add', options: [{ name: 'file', type: 11, value: attachment.id }] }], {
    data: { resolved: { attachments: { [attachment.id as string]: attachment } } },
  });
}

/** The preview's Add and Cancel custom ids. */
function buttons(preview: JsonObject): { add: string; cancel: string } {
  const row = (preview.components as { components: { custom_id: string; label: string }[] }[])[0];
  const [add, cancel] = row?.components ?? [];
  return { add: add?.custom_id ?? '', cancel: cancel?.custom_id ?? '' };
}

/** Press a button on the preview; resolves to the message it ends with. */
async function press(customId: string, extra: JsonObject = {}): Promise<{ type: number; final: JsonObject }> {
  const payload = fake.button(customId, extra);
  const { type, data } = await send(payload);
  return { type, final: type === 6 ? await finalMessage(payload) : data };
}

const corpusFiles = () =>
  readdirSync(corpus)
    .filter((f) => f.endsWith('.md'))
    .sort();
const drafts = () => readdirSync(join(stateDir, 'drafts'));

// Reading pages runs in a worker thread: start it once, outside the tests' time limits.
beforeAll(() => warmUpParser(), 60_000);

describe('/readout add', () => {
  it('GIVEN a link THEN a preview only the moderator sees; Add writes it and answers with its citation; /ask then cites it', async () => {
    const scope = nock('https://www.war.gov')
      .get(new URL(LITHUANIA_LINK).pathname)
      .reply(200, LITHUANIA, { 'content-type': 'text/html; charset=utf-8' });
    const command = addLink(LITHUANIA_LINK);
    const { type, data } = await send(command);
    expect([type, data.flags]).toEqual([5, 64]);
    const preview = await finalMessage(command);
    expect(scope.isDone()).toBe(true);
    expect(preview.embeds).toEqual([
      {
        title: LITHUANIA_TITLE,
        url: LITHUANIA_LINK,
        description: `> ${LITHUANIA_FIRST}\n> The two leaders discussed counter-drone cooperation along NATO's eastern flank.`,
        fields: [
          { name: 'Date', value: '2025-10-03 (from the page)', inline: true },
          { name: 'Sentences', value: '3', inline: true },
          { name: 'File', value: `\`${LITHUANIA_FILE}\``, inline: true },
          { name: 'Stripped', value: 'boilerplate: Choose which Defense.gov products you want delivered to your inbox.' },
        ],
        footer: { text: 'Add writes it into the corpus; Cancel discards it.' },
      },
    ]);
    const { add, cancel } = buttons(preview);
    expect(add).toMatch(new RegExp(`^rd:add:${fake.user.id}:[0-9a-f]{16}$`));
    expect(cancel).toBe(add.replace('rd:add:', 'rd:cancel:'));
    expect(preview.allowed_mentions).toEqual({ parse: [] });

    // Someone else cannot press it (the preview is ephemeral, but a custom_id can be replayed).
    const stranger = await press(add, { member: { user: { ...fake.user, id: OTHER_USER, username: 'other' } } });
    expect(stranger.final).toMatchObject({
      content: `Only <@${fake.user.id}> can change this answer. Run the command yourself to get your own.`,
      flags: 64 | 4,
    });
    expect(corpusFiles()).not.toContain(LITHUANIA_FILE);

    const added = await press(add);
    expect(added.type).toBe(6);
    const engine = running.live.current;
    const opening = engine.answer({ command: 'ask', input: 'Dovilė Šakalienė' }).results[0];
    expect(added.final.embeds).toEqual([
      {
        title: 'Added to the corpus',
        description: `> ${LITHUANIA_FIRST}\n2025-10-03 · [${LITHUANIA_TITLE}](${LITHUANIA_LINK}) · \`${LITHUANIA_FILE}\``,
        footer: { text: `33 readouts · updated Oct 3, 2025` },
      },
    ]);
    expect(added.final.components).toEqual([
      {
        type: 1,
        components: [{ type: 2, custom_id: `ctx:${opening?.id}:${textCheck(opening?.text ?? '')}`, label: 'Show context', style: 2 }],
      },
    ]);
    expect(corpusFiles()).toContain(LITHUANIA_FILE);
    expect(drafts()).toEqual([]);

    const ask = await send(fake.chatInput('ask', { question: 'what about counter-drone cooperation?' }));
    const description = (ask.data.embeds as { description: string }[])[0]?.description ?? '';
    expect(description.split('\n').slice(2)).toEqual([
      `**Oct 3, 2025** · [${shortTitle(LITHUANIA_TITLE, BUDGETS.citationTitle)}](${LITHUANIA_LINK})`,
      "> The two leaders discussed counter-drone cooperation along NATO's eastern flank.",
    ]);
  }, 30_000);

  it('GIVEN an attached saved page THEN Cancel writes nothing; attached again and added, /ask cites it', async () => {
    const before = corpusFiles();
    const first = addFile('estonia.html', ESTONIA);
    await send(first);
    const preview = await finalMessage(first);
    expect((preview.embeds as { title: string }[])[0]?.title).toBe(ESTONIA_TITLE);
    const cancelled = await press(buttons(preview).cancel);
    expect(cancelled.type).toBe(7);
    expect(cancelled.final).toMatchObject({ content: 'Cancelled: nothing was added.', embeds: [], components: [] });
    expect(corpusFiles()).toEqual(before);
    expect(drafts()).toEqual([]);
    // The cancelled preview's Add no longer works.
    const stale = await press(buttons(preview).add);
    expect(stale.final).toMatchObject({ content: 'This preview was already used or has expired. Run /readout add again.' });

    const second = addFile('estonia.html', ESTONIA);
    await send(second);
    const added = await press(buttons(await finalMessage(second)).add);
    const file = '2025-10-09-readout-of-secretary-of-war-pete-hegseths-meeting-with-estonian-minister-of.md';
    expect(((added.final.embeds as JsonObject[])[0] as { description: string }).description).toBe(
      `> Secretary of War Pete Hegseth hosted Estonian Minister of Defence Hanno Pevkur at the Pentagon today.\n2025-10-09 · [${ESTONIA_TITLE}](${ESTONIA_LINK}) · \`${file}\``,
    );
    const ask = await send(fake.chatInput('ask', { question: 'where were the cyber range exercises hosted?' }));
    expect(JSON.stringify(ask.data.embeds)).toContain(
      `**Oct 9, 2025** · [${shortTitle(ESTONIA_TITLE, BUDGETS.citationTitle)}](${ESTONIA_LINK})`,
    );
  }, 30_000);

  it('GIVEN a readout already in the corpus THEN Add refuses it with the existing file name', async () => {
    const teodoro =
      'https://www.war.gov/News/Releases/Release/Article/3723456/readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine-secretar/';
    nock('https://www.war.gov').get(new URL(teodoro).pathname).reply(200, fixture('wargov-article.html'), { 'content-type': 'text/html' });
    const before = corpusFiles();
    const command = addLink(teodoro);
    await send(command);
    const refused = await press(buttons(await finalMessage(command)).add);
    expect(refused.final).toMatchObject({
      content: 'Not added: this readout is already in the corpus as `130-austin-teodoro-call.md` (same text).',
      embeds: [],
      components: [],
    });
    expect(corpusFiles()).toEqual(before);
  }, 30_000);

  it('GIVEN the site refuses the fetch THEN the moderator is told to attach the saved page instead', async () => {
    const link = 'https://www.war.gov/News/Releases/Release/Article/4309999/readout-x/';
    nock('https://www.war.gov').get(new URL(link).pathname).reply(403, fixture('cdn-403.html'), { 'content-type': 'text/html' });
    const command = addLink(link);
    await send(command);
    expect(await finalMessage(command)).toMatchObject({
      content:
        'war.gov refused the request (HTTP 403). Open the page in a browser, save it (Save Page As → Web page, HTML only), and run /readout add again with the saved page attached as file:.',
      flags: 64 | 4,
      allowed_mentions: { parse: [] },
    });
  });

  it("GIVEN a link to a service on the bot's own machine, with force:True THEN refused before any request (issue 25, item 1)", async () => {
    const secret = await localServer();
    secret.routes.set('/admin', html('<html><head><title>Readout admin</title></head><body><p>SECRET_API_KEY=sk-1</p></body></html>'));
    try {
      const port = new URL(secret.base).port;
      for (const link of [`http://127.0.0.1:${port}/admin`, `http://2130706433:${port}/admin`, `http://[::1]:${port}/admin`]) {
        const command = fake.chatInput('readout', [
          {
            type: 1,
            name: 'add',
            options: [
              { name: 'link', type: 3, value: link },
              { name: 'force', type: 5, value: true },
            ],
          },
        ]);
        await send(command);
        const final = await finalMessage(command);
        expect(final.content).toMatch(/^\S+ is not the publisher: only war\.gov and defense\.gov links are fetched\. Save the page/);
        expect(JSON.stringify(final)).not.toContain('SECRET');
      }
      expect(secret.requests).toEqual([]);
    } finally {
      await secret.close();
    }
  });

  it('GIVEN neither a link nor a file, or a file of another kind THEN one line says what to give', async () => {
    const neither = await send(fake.chatInput('readout', [{ type: 1, name: 'add', options: [] }]));
    expect(neither.data.content).toBe('Give either link: (a readout page) or file: (a saved page), not both.');
    const pdf = addFile('readout.pdf', '%PDF-1.7');
    await send(pdf);
    expect((await finalMessage(pdf)).content).toBe('readout.pdf: attach a saved page (.html) or a text file (.txt, .md).');
  });
});
