/**
 * Moderators and announcements, through the real discord.js client logged
 * into the local fake Discord: /readout add (a file, a link), Add and Cancel,
 * /readout announce, /follow, and the posts a new readout file causes —
 * exactly once per channel, also across a restart, with a backlog summarised,
 * and a clear word when the bot may not post.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import { PERMISSION, snowflake, startFakeDiscord, textChannel, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { tempFolder } from '../support/tmp.ts';
import { logSink, startServing, TEST_TOKEN, type Serving } from '../support/serving.ts';
import { createLogger } from '../../src/logger.ts';
import { textCheck } from '../../src/discord/customId.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
const GUILD = snowflake();
const channel = (name: string, extra: JsonObject = {}) => textChannel({ name, guild_id: GUILD, ...extra });
const general = channel('general');
const news = channel('news');
const korea = channel('korea-watch');
const japan = channel('japan-watch');
// @everyone may not send messages here (the @everyone role's id is the guild's).
const locked = channel('locked', { permission_overwrites: [{ id: GUILD, type: 0, allow: '0', deny: String(PERMISSION.SendMessages) }] });

const corpus = tempFolder();
cpSync(BUNDLED_CORPUS, corpus, { recursive: true });
const stateDir = tempFolder();
const logLines: string[] = [];
const logger = createLogger({ level: 'info', secrets: [TEST_TOKEN], destination: logSink(logLines) });

let fake: FakeDiscord;

let running: Serving;
const serve = () => startServing({ apiUrl: fake.apiUrl, corpus, stateDir, logger, addGuilds: [GUILD] });

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  fake = await startFakeDiscord({ guilds: [{ id: GUILD, channels: [general, news, korea, japan, locked] }] });
  running = await serve();
}, 30_000);

afterAll(async () => {
  await running?.stop();
  await fake?.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

const engine = () => running.live.current;

/** In channel `where`, as the default user (a moderator: all permissions) unless `member` says otherwise. */
function inChannel(where: JsonObject, extra: JsonObject = {}): JsonObject {
  return { channel_id: where.id, channel: where, ...extra };
}
const NOT_A_MODERATOR = { member: { permissions: String(PERMISSION.ViewChannel | PERMISSION.SendMessages) } };

function sub(name: string, options: JsonObject[] = []): JsonObject[] {
  return [{ type: 1, name, options }];
}

async function send(payload: JsonObject): Promise<{ type: number; data: JsonObject }> {
  const receipt = await fake.dispatchInteraction(payload);
  const callback = await fake.waitForCallback(receipt.id as string, 5000);
  return callback.body as { type: number; data: JsonObject };
}

function announceOption(target: JsonObject): JsonObject {
  return {
    data: {
      resolved: { channels: { [target.id as string]: { id: target.id, type: 0, name: target.name, permissions: '0' } } },
    },
  };
}

function readState(): JsonObject {
  return JSON.parse(readFileSync(join(stateDir, 'guilds', `${GUILD}.json`), 'utf8')) as JsonObject;
}

const KOREA_FILE = '2022-11-04-austin-lee-call.md';
const KOREA_TITLE =
  "Readout of Secretary of Defense Lloyd J. Austin III's Call With Republic of Korea Minister of National Defense Lee Jong-sup";
const KOREA_SOURCE = 'https://www.defense.gov/News/Releases/Release/Article/3210001/readout-of-secretary-austins-call/';
const KOREA_MD = `---
title: ${KOREA_TITLE}
date: 2022-11-04
source: ${KOREA_SOURCE}
---
Secretary of Defense Lloyd J. Austin III spoke today with Republic of Korea Minister of National Defense Lee Jong-sup.

The two leaders condemned the Democratic People's Republic of Korea's recent ballistic missile launches. Secretary Austin reaffirmed the ironclad U.S. commitment to the defense of the Republic of Korea.
`;

/** A readout about Poland: mentions neither followed topic. */
function polandMd(n: number): string {
  return `---\ntitle: Readout of a Call With Polish Minister ${n}\ndate: 2023-0${(n % 9) + 1}-1${n % 10}\n---\nThe Secretary spoke with the Polish Minister of National Defence about exercise number ${n} in Poland.\n`;
}

// Reading pages runs in a worker thread: start it once, outside the tests' time limits.
beforeAll(() => warmUpParser(), 60_000);

describe('settings: /readout announce and /follow', () => {
  it('GIVEN a member without Manage Server THEN /readout and /follow are refused in one line', async () => {
    for (const payload of [
      fake.chatInput('readout', sub('announce', [{ name: 'channel', type: 7, value: news.id }]), {
        ...NOT_A_MODERATOR,
        ...announceOption(news),
      }),
      fake.chatInput(
        'readout',
        sub('add', [{ name: 'link', type: 3, value: 'https://www.war.gov/News/Releases/Release/Article/1/x/' }]),
        NOT_A_MODERATOR,
      ),
      fake.chatInput('follow', sub('add', [{ name: 'topic', type: 3, value: 'NATO' }]), inChannel(korea, NOT_A_MODERATOR)),
    ]) {
      const body = await send(payload);
      expect(body.data).toMatchObject({
        content: 'Only members who can manage this server (the Manage Server permission) can do this.',
        flags: 64 | 4,
        allowed_mentions: { parse: [] },
      });
    }
    expect(existsSync(join(stateDir, 'guilds', `${GUILD}.json`))).toBe(false);
  });

  it('GIVEN a channel where the bot lacks Send Messages THEN the moderator is told exactly that, and a log line says so', async () => {
    const body = await send(
      fake.chatInput('readout', sub('announce', [{ name: 'channel', type: 7, value: locked.id }]), announceOption(locked)),
    );
    expect(body.data.content).toBe(
      `Readout cannot post in <#${locked.id}>: it lacks Send Messages there. Give the Readout role that permission in the channel's settings (Edit Channel → Permissions), or pick another channel.`,
    );
    expect(body.data.flags).toBe(64 | 4);
    const line = logLines.find((l) => l.includes('announce channel refused: missing permissions'));
    expect(JSON.parse(line as string)).toMatchObject({ level: 40, guild: GUILD, channel: locked.id, missing: ['Send Messages'] });
  });

  it('GIVEN /readout announce channel:#news THEN it is saved; without a channel it says where', async () => {
    const set = await send(
      fake.chatInput('readout', sub('announce', [{ name: 'channel', type: 7, value: news.id }]), announceOption(news)),
    );
    expect(set.data).toMatchObject({
      content: `New readouts will be posted in <#${news.id}>: one message each, or one summary when more than 5 arrive at once.`,
      flags: 64 | 4,
    });
    const where = await send(fake.chatInput('readout', sub('announce')));
    expect(where.data.content).toBe(`New readouts are posted in <#${news.id}>. /readout announce-off stops it.`);
    expect(readState()).toMatchObject({ version: 1, guild: GUILD, announce: news.id, corpus: engine().report.version, outbox: [] });
  });

  it('GIVEN /follow add in two channels THEN each follows its topic; /follow list and /unfollow autocomplete show them', async () => {
    const korean = await send(fake.chatInput('follow', sub('add', [{ name: 'topic', type: 3, value: 'North Korea' }]), inChannel(korea)));
    expect(korean.data.content).toBe(
      'This channel now follows North Korea: each new readout that mentions it will be posted here with the sentence that mentions it. 10 readouts already mention it (latest 2022-05-26); /timeline shows them.',
    );
    await send(fake.chatInput('follow', sub('add', [{ name: 'topic', type: 3, value: 'Mageshima' }]), inChannel(japan)));
    await send(fake.chatInput('follow', sub('add', [{ name: 'topic', type: 3, value: 'NATO' }]), inChannel(korea)));
    const again = await send(fake.chatInput('follow', sub('add', [{ name: 'topic', type: 3, value: 'north korea' }]), inChannel(korea)));
    expect(again.data.content).toBe('This channel already follows North Korea.');

    const list = await send(fake.chatInput('follow', sub('list'), inChannel(korea)));
    expect(list.data.content).toBe('This channel follows 2 topics (of 25): North Korea, NATO.');
    const choices = await send(fake.autocomplete('unfollow', { topic: 'nat' }, 'topic', inChannel(korea)));
    expect(choices).toEqual({ type: 8, data: { choices: [{ name: 'NATO', value: 'NATO' }] } });
    const removed = await send(fake.chatInput('unfollow', { topic: 'NATO' }, inChannel(korea)));
    expect(removed.data.content).toBe('This channel no longer follows NATO.');
    const unknown = await send(fake.chatInput('unfollow', { topic: 'Taiwan' }, inChannel(korea)));
    expect(unknown.data.content).toBe('This channel does not follow Taiwan. /follow list shows what it follows.');
    expect(readState().follows).toEqual({ [korea.id as string]: ['North Korea'], [japan.id as string]: ['Mageshima'] });
  });
});

describe('announcements', () => {
  it('GIVEN a new readout file lands THEN one post in #news and one in #korea-watch (the sentence that mentions it), none elsewhere', async () => {
    writeFileSync(join(corpus, KOREA_FILE), KOREA_MD);
    await expect.poll(() => fake.channelMessages(korea.id as string).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => fake.channelMessages(news.id as string).length, { timeout: 5_000 }).toBe(1);
    const sentence = engine()
      .answer({ command: 'timeline', input: 'North Korea' })
      .results.find((r) => r.doc === KOREA_FILE);
    const opening = engine().answer({ command: 'ask', input: 'Lee Jong-sup' }).results[0];

    const [post] = fake.channelMessages(news.id as string);
    expect(post).toMatchObject({
      nonce: expect.stringMatching(/^[0-9a-f]{25}$/),
      embeds: [
        {
          title: KOREA_TITLE,
          url: KOREA_SOURCE,
          description:
            '> Secretary of Defense Lloyd J. Austin III spoke today with Republic of Korea Minister of National Defense Lee Jong-sup.',
          fields: [
            { name: 'Date', value: 'Nov 4, 2022', inline: true },
            { name: 'Sentences', value: '3', inline: true },
          ],
          footer: { text: 'New readout' },
        },
      ],
      components: [
        {
          type: 1,
          components: [{ type: 2, custom_id: `ctx:${opening?.id}:${textCheck(opening?.text ?? '')}`, label: 'Show context', style: 2 }],
        },
      ],
    });
    const request = fake.requests.find((r) => r.method === 'POST' && r.path === `/channels/${news.id}/messages`);
    expect(request?.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });

    const [followed] = fake.channelMessages(korea.id as string);
    expect(followed?.embeds).toEqual([
      {
        title: KOREA_TITLE,
        url: KOREA_SOURCE,
        description: "> The two leaders condemned the Democratic People's Republic of Korea's recent ballistic missile launches.",
        fields: [
          { name: 'Date', value: 'Nov 4, 2022', inline: true },
          { name: 'Sentences', value: '3', inline: true },
          { name: 'Follows', value: 'North Korea', inline: true },
        ],
        footer: { text: 'Followed topic' },
      },
    ]);
    expect(sentence?.text).toBe("The two leaders condemned the Democratic People's Republic of Korea's recent ballistic missile launches.");
    expect(followed?.components).toEqual([
      {
        type: 1,
        components: [{ type: 2, custom_id: `ctx:${sentence?.id}:${textCheck(sentence?.text ?? '')}`, label: 'Show context', style: 2 }],
      },
    ]);
    expect(fake.channelMessages(japan.id as string)).toHaveLength(0);
    expect(fake.channelMessages(general.id as string)).toHaveLength(0);
    // Each post is recorded once Discord confirmed it, just after the post itself.
    await expect
      .poll(() => readState(), { timeout: 5_000 })
      .toMatchObject({
        outbox: [],
        posted: [
          { channel: news.id, files: [KOREA_FILE] },
          { channel: korea.id, files: [KOREA_FILE] },
        ],
      });
  });

  it('GIVEN a restart THEN nothing is posted again; readouts that arrived while down: a few one by one, a larger backlog as one summary', async () => {
    await running.stop();
    writeFileSync(join(corpus, 'poland-1.md'), polandMd(1));
    running = await serve();
    expect(fake.channelMessages(news.id as string).map((m) => (m.embeds as JsonObject[])[0]?.title)).toEqual([
      KOREA_TITLE,
      'Readout of a Call With Polish Minister 1',
    ]);
    expect(fake.channelMessages(korea.id as string)).toHaveLength(1);

    await running.stop();
    for (let n = 2; n <= 8; n++) writeFileSync(join(corpus, `poland-${n}.md`), polandMd(n));
    running = await serve();
    const posts = fake.channelMessages(news.id as string);
    expect(posts).toHaveLength(3);
    const summary = ((posts[2]?.embeds ?? []) as { title: string; description: string }[])[0] ?? { title: '', description: '' };
    expect(summary.title).toBe('7 new readouts');
    expect(summary.description.split('\n')).toEqual([
      '**Mar 12, 2023** · Readout of a Call With Polish Minister 2',
      '**Apr 13, 2023** · Readout of a Call With Polish Minister 3',
      '**May 14, 2023** · Readout of a Call With Polish Minister 4',
      '**Jun 15, 2023** · Readout of a Call With Polish Minister 5',
      '**Jul 16, 2023** · Readout of a Call With Polish Minister 6',
      '**Aug 17, 2023** · Readout of a Call With Polish Minister 7',
      '**Sep 18, 2023** · Readout of a Call With Polish Minister 8',
      '',
      "/sources lists every readout; /timeline shows a topic's.",
    ]);

    await running.stop();
    running = await serve();
    expect(fake.channelMessages(news.id as string)).toHaveLength(3);
    expect(fake.channelMessages(korea.id as string)).toHaveLength(1);
  }, 60_000);

  it('GIVEN a crash after Discord took a post but before it was recorded THEN the retry carries the same nonce and Discord keeps one message', async () => {
    const before = fake.channelMessages(news.id as string).length;
    await running.stop();
    writeFileSync(join(corpus, 'poland-9.md'), polandMd(9));
    // Simulate the crash: the post is planned and sent (the fake holds it), its confirmation never recorded.
    const probe = await serve();
    await probe.stop();
    const state = readState() as { posted: { nonce: string; channel: string; message: string; files: string[] }[]; outbox: unknown[] };
    const last = state.posted.at(-1);
    expect(last?.files).toEqual(['poland-9.md']);
    state.outbox = [{ channel: last?.channel, kind: 'readout', files: ['poland-9.md'], topics: [], nonce: last?.nonce, attempts: 0 }];
    state.posted = state.posted.slice(0, -1);
    writeFileSync(join(stateDir, 'guilds', `${GUILD}.json`), JSON.stringify(state));
    running = await serve();
    expect(fake.channelMessages(news.id as string)).toHaveLength(before + 1);
    expect(readState()).toMatchObject({
      outbox: [],
      posted: expect.arrayContaining([expect.objectContaining({ message: last?.message })]),
    });
  }, 30_000);

  it('GIVEN the announce channel is deleted THEN it is logged once and the setting kept', async () => {
    await fake.deleteChannel(news.id as string);
    writeFileSync(join(corpus, 'poland-10.md'), polandMd(10));
    // Another article (another id): a second file of the same article would not be posted again (issue 25, item 6).
    writeFileSync(
      join(corpus, KOREA_FILE.replace('.md', '-b.md')),
      KOREA_MD.replace('spoke today', 'spoke again today').replace(/\/Article\/(\d+)\//, (_, id: string) => `/Article/${Number(id) + 1}/`),
    );
    await expect.poll(() => fake.channelMessages(korea.id as string).length, { timeout: 15_000 }).toBe(2);
    writeFileSync(join(corpus, 'poland-11.md'), polandMd(11));
    await expect.poll(() => engine().index.readouts.some((r) => r.file === 'poland-11.md'), { timeout: 15_000 }).toBe(true);
    await running.announcer.sync();
    expect(readState().corpus).toBe(engine().report.version);
    const lines = logLines.filter((l) => l.includes(`cannot post in channel ${news.id}`));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: 40,
      msg: `cannot post in channel ${news.id}: Unknown Channel; its settings are kept`,
      code: 10003,
    });
    expect(readState()).toMatchObject({ announce: news.id, unreachable: [news.id], outbox: [] });
  }, 30_000);

  it('GIVEN a corrupt state file THEN it is set aside with a log line and the bot keeps answering', async () => {
    writeFileSync(join(stateDir, 'guilds', `${GUILD}.json`), '{"version": 1, "guild": ');
    const list = await send(fake.chatInput('follow', sub('list'), inChannel(korea)));
    expect(list.data.content).toBe('This channel follows no topics. /follow add topic: starts one.');
    const aside = readdirSync(join(stateDir, 'guilds')).filter((f) => f.startsWith(`${GUILD}.json.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(
      logLines.some(
        (l) => l.includes('server state file was corrupt: set aside, starting that server afresh') && l.includes(aside[0] as string),
      ),
    ).toBe(true);
    const ask = await send(fake.chatInput('ask', { question: 'what about Mageshima?' }));
    expect(((ask.data.embeds as JsonObject[])[0] as { description: string }).description.split('\n')[0]).toBe(
      'Mageshima came up in 2 readouts (2020-01-14, 2020-08-29).',
    );
  });
});
