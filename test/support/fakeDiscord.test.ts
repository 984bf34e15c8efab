/**
 * Proves the fake Discord harness works with the real discord.js client: login over the fake
 * gateway, interaction responses over the fake REST API, and a RESUME after a dropped socket.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';
import type { Interaction } from 'discord.js';
import { PERMISSION, snowflake, startFakeDiscord, textChannel } from './fakeDiscord.ts';
import type { FakeDiscord, RecordedRequest } from './fakeDiscord.ts';

const TOKEN = 'fake-token-for-tests';
/** Discord's own limit for the first response to an interaction. */
const FIRST_RESPONSE_BUDGET_MS = 3_000;

/** A tiny bot covering each response style the harness has to understand. */
async function respond(interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand() && interaction.commandName === 'ping') {
    await interaction.reply({ content: 'pong', flags: MessageFlags.Ephemeral });
  } else if (interaction.isChatInputCommand() && interaction.commandName === 'ask') {
    await interaction.deferReply();
    await interaction.editReply({ content: `answer to: ${interaction.options.getString('question', true)}` });
  } else if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    await interaction.respond([{ name: `${typed} (suggested)`, value: `${typed}-value` }]);
  } else if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
  }
}

describe('fake Discord harness with the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  const handlerErrors: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    client.on(Events.InteractionCreate, (interaction) => {
      respond(interaction).catch((error: unknown) => handlerErrors.push(error));
    });
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
    expect(handlerErrors).toEqual([]);
  });

  /** Dispatches an interaction and returns its first callback plus how long the bot took. */
  async function dispatchAndWait(payload: Record<string, unknown>): Promise<{ callback: RecordedRequest; elapsedMs: number }> {
    const sent = await fake.dispatchInteraction(payload);
    const callback = await fake.waitForCallback(payload.id as string, FIRST_RESPONSE_BUDGET_MS);
    return { callback, elapsedMs: callback.at - sent.sentAt };
  }

  it('logs in: IDENTIFY carries the token, Guilds intent and shard', async () => {
    const identify = await fake.waitForIdentify();
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe(GatewayIntentBits.Guilds); // 1
    expect(identify.shard).toEqual([0, 1]);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.guilds.cache.has(fake.guilds[0]?.id as string)).toBe(true);
    // Everything went to the fake: the only REST call during login is the gateway lookup.
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);
    expect(fake.requests[0]?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it('records an ephemeral reply as callback type 4 within 3 s', async () => {
    const { callback, elapsedMs } = await dispatchAndWait(fake.chatInput('ping'));
    expect(callback.query).toEqual({ with_response: 'false' });
    // discord.js 14.28 always adds tts/enforce_nonce defaults to message bodies.
    expect(callback.body).toStrictEqual({ type: 4, data: { content: 'pong', tts: false, enforce_nonce: false, flags: 64 } });
    expect(callback.status).toBe(204); // known at once: no fault is delaying this response
    expect(elapsedMs).toBeLessThan(FIRST_RESPONSE_BUDGET_MS);
  });

  it('records deferReply (type 5) followed by editReply (PATCH @original)', async () => {
    const payload = fake.chatInput('ask', { question: 'who met whom?' });
    const { callback } = await dispatchAndWait(payload);
    expect(callback.body).toStrictEqual({ type: 5, data: { flags: 0 } });

    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(payload.token as string));
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${payload.token as string}/messages/@original`);
    expect(edit.body).toStrictEqual({ content: 'answer to: who met whom?', tts: false, enforce_nonce: false });
    expect(edit.status).toBe(200);
  });

  it('records autocomplete choices as callback type 8', async () => {
    const { callback } = await dispatchAndWait(fake.autocomplete('ask', { question: 'hegs' }));
    expect(callback.query).toEqual({}); // autocomplete sends no with_response
    expect(callback.body).toStrictEqual({ type: 8, data: { choices: [{ name: 'hegs (suggested)', value: 'hegs-value' }] } });
  });

  it('records a button update as callback type 7', async () => {
    const { callback } = await dispatchAndWait(fake.button('more:1'));
    expect(callback.body).toStrictEqual({ type: 7, data: { content: 'clicked more:1', tts: false, enforce_nonce: false, components: [] } });
  });

  it('resumes after the gateway closes with 4000 and keeps answering', async () => {
    const identify = await fake.waitForIdentify();
    const resumed = once(client, Events.ShardResume);
    const closedAt = performance.now();

    await fake.closeClients(4000);
    const resume = await fake.waitForResume({ since: closedAt });
    await resumed;

    expect(resume).toMatchObject({ token: TOKEN, sessionId: identify.sessionId, accepted: true });
    expect(fake.identifies).toHaveLength(1); // resumed, not re-identified
    const { callback } = await dispatchAndWait(fake.chatInput('ping'));
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'pong', flags: 64 } });
  });
});

describe('fake Discord: messages the bot posts in channels', () => {
  it('GIVEN nonce + enforce_nonce THEN a repeat returns the first message; the bot needs View Channel and Send Messages; a deleted channel is 404', async () => {
    const guild = snowflake();
    const open = textChannel({ name: 'open' });
    const muted = textChannel({
      name: 'muted',
      permission_overwrites: [{ id: guild, type: 0, allow: '0', deny: String(PERMISSION.SendMessages) }],
    });
    const hidden = textChannel({
      name: 'hidden',
      permission_overwrites: [{ id: guild, type: 0, allow: '0', deny: String(PERMISSION.ViewChannel) }],
    });
    const fake = await startFakeDiscord({ guilds: [{ id: guild, channels: [open, muted, hidden] }] });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    try {
      await client.login(TOKEN);
      const post = (channel: string, nonce: string) =>
        fetch(`${fake.apiUrl}/v10/channels/${channel}/messages`, {
          method: 'POST',
          headers: { authorization: `Bot ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content: 'hello', nonce, enforce_nonce: true }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { id?: string; code?: number } }));
      const first = await post(open.id as string, 'n1');
      const again = await post(open.id as string, 'n1');
      expect([first.status, again.status, again.body.id]).toEqual([200, 200, first.body.id]);
      expect(fake.channelMessages(open.id as string).map((m) => [m.content, m.nonce])).toEqual([['hello', 'n1']]);
      expect((await post(muted.id as string, 'n2')).body).toEqual({ message: 'Missing Permissions', code: 50013 });
      expect((await post(hidden.id as string, 'n3')).body).toEqual({ message: 'Missing Access', code: 50001 });
      await fake.deleteChannel(open.id as string);
      expect(await post(open.id as string, 'n4')).toEqual({ status: 404, body: { message: 'Unknown Channel', code: 10003 } });
      await expect.poll(() => client.channels.cache.has(open.id as string)).toBe(false);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});
