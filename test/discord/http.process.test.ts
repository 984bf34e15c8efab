/**
 * The HTTP interactions endpoint (`npm start -- serve`) beside the gateway
 * bot, both against one fake Discord: every case of the shared table
 * (test/support/interactionTable.ts) is sent over the gateway and, signed,
 * over HTTP; Discord must get the same payload from both (the callback the
 * gateway bot POSTs is the body of the endpoint's HTTP response), and a
 * deferred reply is edited through the REST API the same way. The endpoint
 * runs twice: on the JSON files, and on PostgreSQL (DATABASE_URL; a throwaway
 * server, skipped with a message when PostgreSQL is not installed).
 */
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { bundledEngine, captureLogs, FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';
import { INTERACTION_TABLE, TABLE_GUILD, TABLE_GUILDS, type Answer } from '../support/interactionTable.ts';
import { tempFolder } from '../support/tmp.ts';
import { startBot, type Bot } from '../../src/discord/bot.ts';
import { HttpInteractions } from '../../src/discord/httpInteractions.ts';
import { startEndpoint, type Endpoint } from '../../src/discord/endpoint.ts';
import { publicKeyFromHex } from '../../src/discord/signature.ts';
import { fileStore } from '../../src/store/files.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import type { Store } from '../../src/store/store.ts';
import { postgresBinaries, startLocalPostgres, type LocalPostgres } from '../../tools/localPostgres.ts';
import { createLogger } from '../../src/logger.ts';
import { commands } from '../../commands/index.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import type { BotContext } from '../../src/discord/command.ts';

let fake: FakeDiscord;
let bot: Bot;
/** The endpoint over each store: files, and PostgreSQL when installed. */
const endpoints: { store: string; http: HttpInteractions; endpoint: Endpoint; close(): Promise<void> }[] = [];
let postgres: LocalPostgres | undefined;
if (!postgresBinaries())
  console.warn(
    'http.process.test.ts: PostgreSQL not installed (apt-get install -y postgresql-15): the endpoint runs on the JSON files only',
  );
const { lines: logLines, destination } = captureLogs();
const logger = createLogger({ level: 'info', secrets: [TOKEN], destination });

/** Each transport with its own state folder: the table's setting changes happen once in each. */
function context(store: Store = fileStore({ STATE_DIR: tempFolder() }, logger)): BotContext {
  // /readout add is allowed in the table's server (ADD_GUILDS).
  const servers = { store: store.guilds, drafts: store.drafts, corpusDir: BUNDLED_CORPUS, logger, addGuilds: [TABLE_GUILD] };
  return { engine: () => bundledEngine(), commands, servers };
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  fake = await startFakeDiscord({ guilds: TABLE_GUILDS });
  const config = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' as const };
  bot = await startBot({ config, ctx: context(), logger });
  const stores: Store[] = [fileStore({ STATE_DIR: tempFolder() }, logger)];
  if (postgresBinaries()) {
    postgres = await startLocalPostgres();
    stores.push(await openPostgresStore(postgres.url, logger));
  }
  for (const store of stores) {
    const http = new HttpInteractions({ config, ctx: context(store), logger });
    await http.start(TOKEN);
    const endpoint = await startEndpoint({
      port: 0,
      host: '127.0.0.1',
      publicKey: publicKeyFromHex(fake.publicKey),
      answer: (payload) => http.answer(payload),
      logger,
    });
    endpoints.push({
      store: store.kind,
      http,
      endpoint,
      async close() {
        await endpoint.close();
        await http.stop();
        await store.close();
      },
    });
  }
});

afterAll(async () => {
  for (const e of endpoints) await e.close();
  await postgres?.stop();
  await bot?.stop();
  await fake?.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

async function overGateway(payload: JsonObject): Promise<Answer> {
  const receipt = await fake.dispatchInteraction(payload);
  return (await fake.waitForCallback(receipt.id as string, 5000)).body as Answer;
}

async function overHttp(endpoint: Endpoint, payload: JsonObject): Promise<Answer> {
  const reply = await fake.postInteraction(`${endpoint.url}/interactions`, payload);
  expect(reply.status).toBe(200);
  expect(reply.contentType).toBe('application/json');
  return reply.body as Answer;
}

/** The edit of @original that ends a deferred reply. */
async function finalEdit(payload: JsonObject): Promise<JsonObject> {
  const path = `/webhooks/${fake.applicationId}/${payload.token as string}/messages/@original`;
  const request = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === path && r.status === 200, 15_000);
  return request.body as JsonObject;
}

describe('one table, two transports', () => {
  for (const entry of INTERACTION_TABLE) {
    it(`GIVEN ${entry.name} THEN the endpoint answers with the payload the gateway bot sends`, async () => {
      const viaGateway = entry.build(fake);
      const gateway = await overGateway(viaGateway);
      entry.check(gateway);
      for (const { store, endpoint } of endpoints) {
        const viaHttp = entry.build(fake);
        const answered = await overHttp(endpoint, viaHttp);
        entry.check(answered);
        expect({ store, answered }).toEqual({ store, answered: gateway });
        if (entry.final) {
          const [gatewayEdit, httpEdit] = await Promise.all([finalEdit(viaGateway), finalEdit(viaHttp)]);
          entry.final(httpEdit);
          expect({ store, httpEdit }).toEqual({ store, httpEdit: gatewayEdit });
        }
      }
    });
  }

  it('GIVEN the table THEN each HTTP interaction logged one line, like the gateway', async () => {
    const logged = () => logLines.map((l) => JSON.parse(l) as { msg: string }).filter((l) => l.msg === 'interaction').length;
    // A deferred reply's line comes once its edit is answered, a moment after the fake recorded it.
    await vi.waitFor(() => expect(logged()).toBe((1 + endpoints.length) * INTERACTION_TABLE.length), { timeout: 5000 });
    expect(logLines.join('')).not.toContain(TOKEN);
  });
});
