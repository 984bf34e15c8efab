/**
 * Issue 25 through the real discord.js client and the fake Discord, with two
 * servers on one bot: who may write the corpus every server reads (item 2),
 * page parsing that must not stall the other server (item 3), and one writer
 * per article (item 6).
 */
import { cpSync, readdirSync } from 'node:fs';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, startFakeDiscord, textChannel, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { tempFolder } from '../support/tmp.ts';
import { logSink, startServing, TEST_TOKEN, type Serving } from '../support/serving.ts';
import { createLogger } from '../../src/logger.ts';
import { addGuilds, readConfig } from '../../src/config.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';

const A = snowflake();
const B = snowflake();
const generalA = textChannel({ name: 'general', guild_id: A });
const generalB = textChannel({ name: 'general', guild_id: B });

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
  fake = await startFakeDiscord({
    guilds: [
      { id: A, channels: [generalA] },
      { id: B, channels: [generalB] },
    ],
  });
  // Only server A may add readouts (ADD_GUILDS=A).
  running = await startServing({ apiUrl: fake.apiUrl, corpus, stateDir, logger, addGuilds: [A] });
}, 30_000);

afterAll(async () => {
  await running?.stop();
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
