/**
 * One table of interactions, every kind Readout answers (slash commands,
 * subcommands, autocomplete, buttons, a select menu, the message menu, the
 * error boundary, a deferred reply), for the tests that run both transports:
 * the gateway bot and the HTTP interactions endpoint must send Discord the
 * same payload for each (test/discord/http.process.test.ts), and each case says
 * what that payload holds.
 *
 * Cases run in order (the follow cases change a server's settings), each
 * built anew per transport: interaction ids and tokens differ, nothing else.
 */
import { expect } from 'vitest';
import { PERMISSION, snowflake, textChannel, type FakeDiscord, type JsonObject } from './fakeDiscord.ts';
import { bundledEngine } from './fixtures.ts';
import { textCheck } from '../../src/discord/customId.ts';

export const TABLE_GUILD = snowflake();
const channel = (name: string, extra: JsonObject = {}) => textChannel({ name, guild_id: TABLE_GUILD, ...extra });
export const TABLE_CHANNELS = {
  general: channel('general'),
  news: channel('news'),
  korea: channel('korea-watch'),
  locked: channel('locked', { permission_overwrites: [{ id: TABLE_GUILD, type: 0, allow: '0', deny: String(PERMISSION.SendMessages) }] }),
};
/** The fake Discord's guilds for the table. */
export const TABLE_GUILDS = [{ id: TABLE_GUILD, channels: Object.values(TABLE_CHANNELS) }];

export interface Answer {
  type: number;
  data: JsonObject;
}

export interface TableCase {
  name: string;
  build(fake: FakeDiscord): JsonObject;
  /** What the first answer (the callback) must hold, whichever transport sent it. */
  check(answer: Answer): void;
  /** A deferred reply: what its edit of @original must hold. */
  final?(edit: JsonObject): void;
}

const inChannel = (where: JsonObject, extra: JsonObject = {}): JsonObject => ({ channel_id: where.id, channel: where, ...extra });
const sub = (name: string, options: JsonObject[] = []): JsonObject[] => [{ type: 1, name, options }];
const resolvedChannel = (target: JsonObject): JsonObject => ({
  data: { resolved: { channels: { [target.id as string]: { id: target.id, type: 0, name: target.name, permissions: '0' } } } },
});
const EPHEMERAL = 64;
const embedsOf = (a: Answer) => (a.data.embeds ?? []) as { title?: string; description?: string }[];
const customIds = (a: Answer) =>
  ((a.data.components ?? []) as { components: { custom_id?: string }[] }[]).flatMap((row) => row.components.map((c) => c.custom_id));

const SAVED_PAGE = `<!DOCTYPE html><html><head><title>Readout of Secretary of War Pete Hegseth's Meeting With Estonian Minister of Defence Hanno Pevkur</title></head>
<body><main><h1>Readout of Secretary of War Pete Hegseth's Meeting With Estonian Minister of Defence Hanno Pevkur</h1><p>October 9, 2025</p>
<p>Secretary of War Pete Hegseth hosted Estonian Minister of Defence Hanno Pevkur at the Pentagon today.</p>
<p>The leaders reviewed the cyber range exercises hosted in Tallinn and agreed to expand them next year.</p></main></body></html>`;

export const INTERACTION_TABLE: TableCase[] = [
  {
    name: '/ask',
    build: (fake) => fake.chatInput('ask', { question: 'what about Mageshima?' }),
    check: (a) => {
      expect(a.type).toBe(4);
      expect(embedsOf(a)[0]?.title).toBe('what about Mageshima?');
      expect(embedsOf(a)[0]?.description?.split('\n')[0]).toBe('Mageshima came up in 2 readouts (2020-01-14, 2020-08-29).');
      expect(a.data.allowed_mentions).toEqual({ parse: [] });
    },
  },
  {
    name: '/ask hide:true',
    build: (fake) =>
      fake.chatInput('ask', [
        { name: 'question', type: 3, value: 'what about Guam?' },
        { name: 'hide', type: 5, value: true },
      ]),
    check: (a) => expect(a.data.flags).toBe(EPHEMERAL),
  },
  {
    name: '/ask that misses: nearest terms in a menu',
    build: (fake) => fake.chatInput('ask', { question: 'what about Okinowa submarines?' }),
    check: (a) => expect(customIds(a).some((id) => id?.startsWith('pick:ask:'))).toBe(true),
  },
  {
    name: 'select menu: a close term picked',
    build: (fake) => fake.selectMenu(`pick:ask:${fake.user.id}`, ['Okinawa']),
    check: (a) => {
      expect(a.type).toBe(7);
      expect(embedsOf(a)[0]?.title).toContain('Okinawa');
    },
  },
  {
    name: '/timeline',
    build: (fake) => fake.chatInput('timeline', { topic: 'DPRK' }),
    check: (a) => expect(embedsOf(a)[0]?.description?.split('\n')[0]).toBe('DPRK: 10 readouts, first 2017-02-03, last 2022-05-26.'),
  },
  {
    name: 'button: the next page of a timeline',
    build: (fake) => fake.button(`tv:8n:${fake.user.id}:::DPRK`),
    check: (a) => {
      expect(a.type).toBe(7);
      expect(JSON.stringify(a.data)).toContain('readouts 9–10 of 10');
    },
  },
  {
    name: "button: someone else's page button",
    build: (fake) =>
      fake.button(`tv:8n:${fake.user.id}:::DPRK`, { member: { user: { ...fake.user, id: '222222222222222222', username: 'other' } } }),
    check: (a) => expect(a.data.content).toMatch(/^Only <@\d+> can change this answer\. Run the command yourself to get your own\.$/),
  },
  {
    name: '/quote',
    build: (fake) => fake.chatInput('quote', { phrase: 'field carrier landing practice' }),
    check: (a) => expect(JSON.stringify(a.data)).toContain('field carrier landing practice'),
  },
  {
    name: '/sources',
    build: (fake) => fake.chatInput('sources'),
    check: (a) => expect(embedsOf(a)[0]?.description?.split('\n')).toHaveLength(15),
  },
  {
    name: 'button: Show context',
    build: (fake) => {
      const hit = bundledEngine().answer({ command: 'ask', input: 'what about Mageshima?' }).results[0];
      return fake.button(`ctx:${hit?.id}:${textCheck(hit?.text ?? '')}`);
    },
    check: (a) => {
      expect(a.type).toBe(4);
      expect(a.data.flags).toBe(EPHEMERAL);
    },
  },
  {
    name: 'autocomplete: /timeline topic',
    build: (fake) => fake.autocomplete('timeline', { topic: 'stolt' }, 'topic'),
    check: (a) => {
      expect(a.type).toBe(8);
      expect((a.data.choices as { name: string }[]).length).toBeGreaterThan(0);
    },
  },
  {
    name: 'autocomplete: /quote phrase',
    build: (fake) => fake.autocomplete('quote', { phrase: 'field carr' }, 'phrase'),
    check: (a) => expect(a.type).toBe(8),
  },
  {
    name: 'message menu: Find in readouts',
    build: (fake) => fake.messageContextMenu('Find in readouts', { content: 'deterrence and defense remain NATO job number one' }),
    check: (a) => {
      expect(a.type).toBe(4);
      expect(a.data.flags).toBe(EPHEMERAL);
    },
  },
  {
    name: 'error boundary: blank input',
    build: (fake) => fake.chatInput('ask', { question: '   ' }),
    check: (a) => expect(a.data.flags).toBe(EPHEMERAL | 4),
  },
  {
    name: '/readout announce channel: (a moderator command: the server is loaded)',
    build: (fake) =>
      fake.chatInput(
        'readout',
        sub('announce', [{ name: 'channel', type: 7, value: TABLE_CHANNELS.news.id }]),
        resolvedChannel(TABLE_CHANNELS.news),
      ),
    check: (a) => expect(a.data.content).toMatch(new RegExp(`^New readouts will be posted in <#${TABLE_CHANNELS.news.id}>`)),
  },
  {
    name: '/readout announce in a channel the bot cannot post in',
    build: (fake) =>
      fake.chatInput(
        'readout',
        sub('announce', [{ name: 'channel', type: 7, value: TABLE_CHANNELS.locked.id }]),
        resolvedChannel(TABLE_CHANNELS.locked),
      ),
    check: (a) => expect(a.data.content).toMatch(/lacks Send Messages there/),
  },
  {
    name: '/follow add',
    build: (fake) => fake.chatInput('follow', sub('add', [{ name: 'topic', type: 3, value: 'NATO' }]), inChannel(TABLE_CHANNELS.korea)),
    check: (a) => expect(a.data.content).toMatch(/^This channel now follows NATO/),
  },
  {
    name: '/follow list',
    build: (fake) => fake.chatInput('follow', sub('list'), inChannel(TABLE_CHANNELS.korea)),
    check: (a) => expect(a.data.content).toBe('This channel follows 1 topic (of 25): NATO.'),
  },
  {
    name: 'autocomplete: /unfollow topic',
    build: (fake) => fake.autocomplete('unfollow', { topic: 'nat' }, 'topic', inChannel(TABLE_CHANNELS.korea)),
    check: (a) => expect(a.data.choices).toEqual([{ name: 'NATO', value: 'NATO' }]),
  },
  {
    name: '/unfollow',
    build: (fake) => fake.chatInput('unfollow', { topic: 'NATO' }, inChannel(TABLE_CHANNELS.korea)),
    check: (a) => expect(a.data.content).toBe('This channel no longer follows NATO.'),
  },
  {
    name: '/follow add by a member without Manage Server',
    build: (fake) =>
      fake.chatInput(
        'follow',
        sub('add', [{ name: 'topic', type: 3, value: 'NATO' }]),
        inChannel(TABLE_CHANNELS.korea, { member: { permissions: String(PERMISSION.ViewChannel | PERMISSION.SendMessages) } }),
      ),
    check: (a) => expect(a.data.content).toBe('Only members who can manage this server (the Manage Server permission) can do this.'),
  },
  {
    name: '/readout add file: (deferred, then edited through the REST API)',
    build: (fake) => {
      const attachment = fake.attachment('estonia.html', SAVED_PAGE);
      return fake.chatInput('readout', sub('add', [{ name: 'file', type: 11, value: attachment.id }]), {
        data: { resolved: { attachments: { [attachment.id as string]: attachment } } },
      });
    },
    check: (a) => expect(a).toEqual({ type: 5, data: { flags: EPHEMERAL } }),
    final: (edit) => expect(JSON.stringify(edit)).toContain('Hanno Pevkur'),
  },
];
