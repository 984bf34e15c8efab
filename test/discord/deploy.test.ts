import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../support/io.ts';
import { FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';

const APP = '123456789012345678';
const GUILD = '876543210987654321';
const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP };

// Exactly what Discord must receive: names, option types, limits, autocomplete flags.
const AUDIENCE = [
  { type: 5, name: 'hide', description: 'Show the answer only to me' },
  { type: 6, name: 'mention', description: 'Suggest the answer to this user (they get a ping)' },
];
const EXPECTED = [
  {
    name: 'ask',
    description: 'Ask a question; get the sentences of the readouts that answer it, cited',
    options: [
      {
        type: 3,
        name: 'question',
        description: 'For example: what about Mageshima? / who did Esper meet in Guam?',
        required: true,
        min_length: 1,
        max_length: 500,
      },
      ...AUDIENCE,
    ],
  },
  {
    name: 'timeline',
    description: 'Every readout that mentions a topic, oldest first',
    options: [
      {
        type: 3,
        name: 'topic',
        description: 'A topic, name or place: North Korea, Mageshima, Stoltenberg…',
        required: true,
        min_length: 1,
        max_length: 50,
        autocomplete: true,
      },
      { type: 3, name: 'from', description: 'Only readouts on or after this date (YYYY-MM-DD)', min_length: 10, max_length: 10 },
      { type: 3, name: 'to', description: 'Only readouts on or before this date (YYYY-MM-DD)', min_length: 10, max_length: 10 },
      ...AUDIENCE,
    ],
  },
  {
    name: 'quote',
    description: 'The exact sentences that contain some wording, with date and source',
    options: [
      {
        type: 3,
        name: 'phrase',
        description: 'Words as the readout has them: field carrier landing practice',
        required: true,
        min_length: 1,
        max_length: 500,
        autocomplete: true,
      },
      ...AUDIENCE,
    ],
  },
  { name: 'sources', description: 'The readouts Readout answers from, with their dates', options: AUDIENCE },
  // Moderator commands: Manage Server (32) by default, in servers only (context 0).
  {
    name: 'readout',
    description: 'Moderators: add a readout, and choose where new readouts are announced',
    default_member_permissions: '32',
    contexts: [0],
    options: [
      {
        type: 1,
        name: 'add',
        description: 'Add a readout from a link or a saved page; shows a preview first',
        options: [
          {
            type: 3,
            name: 'link',
            description: 'The readout page, such as https://www.war.gov/News/Releases/Release/Article/…',
            max_length: 1000,
          },
          { type: 11, name: 'file', description: 'The page saved from a browser (.html), or its text (.txt, .md)' },
          { type: 3, name: 'date', description: 'The date, if the page states none (YYYY-MM-DD)', min_length: 10, max_length: 10 },
          { type: 5, name: 'force', description: 'Add it even if it does not look like a meeting readout' },
        ],
      },
      {
        type: 1,
        name: 'announce',
        description: 'Post each new readout in a channel (without a channel: show where they go now)',
        options: [{ type: 7, name: 'channel', description: 'The channel for new readouts', channel_types: [0, 5] }],
      },
      { type: 1, name: 'announce-off', description: 'Stop posting new readouts' },
    ],
  },
  {
    name: 'follow',
    description: 'Post each new readout that mentions a topic in this channel',
    default_member_permissions: '32',
    contexts: [0],
    options: [
      {
        type: 1,
        name: 'add',
        description: 'Follow a topic in this channel (up to 25)',
        options: [
          {
            type: 3,
            name: 'topic',
            description: 'A topic, name or place, matched as /timeline does: North Korea, NATO, Mageshima…',
            required: true,
            min_length: 1,
            max_length: 50,
            autocomplete: true,
          },
        ],
      },
      { type: 1, name: 'list', description: 'The topics this channel follows' },
    ],
  },
  {
    name: 'unfollow',
    description: 'Stop following a topic in this channel',
    default_member_permissions: '32',
    contexts: [0],
    options: [
      {
        type: 3,
        name: 'topic',
        description: 'One of the topics this channel follows',
        required: true,
        min_length: 1,
        max_length: 50,
        autocomplete: true,
      },
    ],
  },
  { name: 'Find in readouts', type: 3 },
];
const registered = EXPECTED.map((c, i) => ({ id: String(1000 + i), application_id: APP, version: '1', ...c }));

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('npm run deploy', () => {
  it('GIVEN a guild id THEN it PUTs every definition to the guild route and lists them', async () => {
    let auth: string | undefined;
    const scope = nock('https://discord.com')
      .put(`/api/v10/applications/${APP}/guilds/${GUILD}/commands`, (body) => {
        expect(body).toEqual(EXPECTED);
        return true;
      })
      .reply(function reply() {
        auth = this.req.headers.authorization as string;
        return [200, registered];
      });
    const result = await run(['deploy'], '', { ...env, DISCORD_GUILD_ID: GUILD });
    expect(scope.isDone()).toBe(true);
    expect(auth).toBe(`Bot ${TOKEN}`);
    expect(result).toEqual({
      code: 0,
      out: `Registered 8 commands in server ${GUILD} (available now):\n  /ask\n  /timeline\n  /quote\n  /sources\n  /readout\n  /follow\n  /unfollow\n  Find in readouts (message menu)\n`,
      err: '',
    });
  });

  it('GIVEN no guild id THEN it registers global commands', async () => {
    const scope = nock('https://discord.com').put(`/api/v10/applications/${APP}/commands`).reply(200, registered);
    const result = await run(['deploy'], '', env);
    expect(scope.isDone()).toBe(true);
    expect(result.out.split('\n')[0]).toBe('Registered 8 commands globally (Discord may take up to an hour to show them everywhere):');
  });

  it('GIVEN DISCORD_API_URL THEN requests go to that base', async () => {
    const scope = nock('https://proxy.example.test').put(`/discord/api/v10/applications/${APP}/commands`).reply(200, registered);
    await run(['deploy'], '', { ...env, DISCORD_API_URL: 'https://proxy.example.test/discord/api' });
    expect(scope.isDone()).toBe(true);
  });

  it('GIVEN a bad token (401) THEN a clear message, exit 1, and the token is not printed', async () => {
    nock('https://discord.com').put(`/api/v10/applications/${APP}/commands`).reply(401, { message: '401: Unauthorized', code: 0 });
    const result = await run(['deploy'], '', env);
    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'readout: Discord refused the token (401 Unauthorized). Check DISCORD_TOKEN: reset it in the developer portal (Bot → Reset Token) and update .env.\n',
    });
  });

  it('GIVEN a rate limit (429) THEN it says how long to wait instead of hanging', async () => {
    nock('https://discord.com').put(`/api/v10/applications/${APP}/commands`).reply(
      429,
      { message: 'You are being rate limited.', retry_after: 12.5, global: false },
      {
        'retry-after': '12.5',
        'x-ratelimit-scope': 'user',
      },
    );
    const result = await run(['deploy'], '', env);
    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'readout: Discord is rate-limiting command registration; wait 13 s and run npm run deploy again.\n',
    });
  });

  it('GIVEN missing settings THEN each is named and nothing is sent', async () => {
    const result = await run(['deploy'], '', {});
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'readout: DISCORD_TOKEN is missing: the bot token from the Discord developer portal (Bot → Reset Token)\n' +
        'readout: DISCORD_APPLICATION_ID is missing: the application id from the developer portal (General Information)\n',
    );
  });
});

describe('readout invite', () => {
  it('GIVEN an application id THEN the link asks for the bot and commands scopes and no permissions', async () => {
    expect(await run(['invite'], '', { DISCORD_APPLICATION_ID: APP })).toEqual({
      code: 0,
      out: `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+applications.commands&permissions=19456\n`,
      err: '',
    });
  });
});
