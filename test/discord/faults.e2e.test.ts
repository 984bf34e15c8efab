/**
 * Discord misbehaving, with the local fake: dropped connections, silent
 * heartbeats, rate limits, server errors, slow and expired interactions.
 * Every interaction still gets its reply, or — where Discord says it is gone —
 * is logged once while the bot carries on. The token never reaches a log line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { startBot, type Bot } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/logger.ts';
import { RateLimiter } from '../../src/discord/rateLimit.ts';
import { bundledEngine, captureLogs, FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';
import { commands } from '../../commands/index.ts';

let fake: FakeDiscord;
let bot: Bot;
const { lines: logs, destination } = captureLogs();

beforeAll(async () => {
  // A fast heartbeat so a silent gateway is noticed within the test.
  fake = await startFakeDiscord({ heartbeatIntervalMs: 250, token: TOKEN });
  const logger = createLogger({ level: 'debug', secrets: [TOKEN], destination });
  const engine = bundledEngine();
  bot = await startBot({
    config: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' },
    ctx: { engine: () => engine, limiter: new RateLimiter(5, 10_000), commands },
    logger,
    rest: { timeout: 1000 },
  });
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** Each test asks as its own user, so the rate limit only bites where it is tested. */
let nextUser = 300000000000000000n;
function asker(): { member: { user: { id: string; username: string } } } {
  nextUser += 1n;
  return { member: { user: { id: String(nextUser), username: `user${nextUser}` } } };
}

/** Ask, and wait for the reply Discord accepted (not a failed attempt before it). */
async function askAndGetReply(question: string, timeoutMs = 8000) {
  const receipt = await fake.dispatchInteraction(fake.chatInput('ask', { question }, asker()), { timeoutMs });
  return fake.waitForRequest((r) => r.path.startsWith(`/interactions/${receipt.id}/`) && r.status === 204, timeoutMs);
}

describe('gateway faults', () => {
  it.each([4000, 4009, 1006])(
    'GIVEN the gateway closes with %i THEN the bot resumes and answers the next interaction',
    async (code) => {
      const since = performance.now();
      await fake.closeClients(code);
      await fake.waitForResume({ since, timeoutMs: 10_000 });
      const reply = await askAndGetReply('what about Mageshima?');
      expect(reply.status).toBe(204);
    },
    20_000,
  );

  it('GIVEN heartbeat ACKs stop THEN the bot reconnects and answers again', async () => {
    const since = performance.now();
    fake.setHeartbeatAck(false);
    await fake.waitForResume({ since, timeoutMs: 10_000 });
    fake.setHeartbeatAck(true);
    const reply = await askAndGetReply('what about Guam?');
    expect(reply.status).toBe(204);
  }, 20_000);
});

describe('REST faults on the interaction callback', () => {
  it('GIVEN 429 with retry_after THEN the reply is retried and arrives', async () => {
    const fault = fake.failNext('POST /interactions/', {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
    });
    const reply = await askAndGetReply('what about Okinawa?');
    expect(fault.hits).toBe(1);
    expect(reply.status).toBe(204);
  });

  it('GIVEN 500 twice THEN the reply is retried and arrives', async () => {
    const fault = fake.failNext('POST /interactions/', { status: 500, times: 2 });
    const reply = await askAndGetReply('what about Kosovo?');
    expect(fault.hits).toBe(2);
    expect(reply.status).toBe(204);
  });

  it('GIVEN a callback that times out THEN it is sent again and arrives', async () => {
    const fault = fake.failNext('POST /interactions/', { hang: true });
    const reply = await askAndGetReply('what about Crimea?');
    expect(fault.hits).toBe(1);
    expect(reply.status).toBe(204);
  }, 15_000);

  it('GIVEN Discord says the interaction is gone (10062) THEN it is logged once and the bot carries on', async () => {
    fake.failNext('POST /interactions/', { status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    const receipt = await fake.dispatchInteraction(fake.chatInput('ask', { question: 'what about THAAD?' }, asker()));
    await expect.poll(() => logs.filter((l) => l.includes('interaction expired')).length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // One attempt to reply, no second one to report the failure.
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${receipt.id}/`))).toHaveLength(1);
    expect(logs.filter((l) => l.includes('interaction expired'))).toHaveLength(1);
    expect((await askAndGetReply('what about Seoul?')).status).toBe(204);
  });
});

describe('rate limit', () => {
  it('GIVEN a sixth command within 10 s THEN a polite ephemeral notice says when to retry', async () => {
    const user = asker();
    const bodies: { data: { content?: string; flags?: number } }[] = [];
    for (let i = 0; i < 6; i++) {
      const receipt = await fake.dispatchInteraction(fake.chatInput('ask', { question: 'what about Guam?' }, user));
      bodies.push((await fake.waitForCallback(receipt.id as string)).body as { data: { content?: string; flags?: number } });
    }
    expect(bodies.slice(0, 5).every((b) => b.data.content === undefined)).toBe(true);
    expect(bodies[5]?.data.content).toMatch(/^You are asking quickly\. Try again <t:\d+:R>\.$/);
    expect(bodies[5]?.data.flags).toBe(64 | 4);
  });

  it('GIVEN autocomplete while typing THEN it is never rate-limited', async () => {
    const user = asker();
    for (let i = 0; i < 8; i++) {
      const receipt = await fake.dispatchInteraction(
        fake.autocomplete('timeline', { topic: 'North'.slice(0, 1 + (i % 5)) }, 'topic', user),
      );
      expect(((await fake.waitForCallback(receipt.id as string)).body as { type: number }).type).toBe(8);
    }
  });
});

describe('security', () => {
  it('never writes the token in any log line, through every fault above', () => {
    expect(logs.length).toBeGreaterThan(10);
    expect(logs.join('')).not.toContain(TOKEN);
    expect(logs.join('')).not.toContain(TOKEN.split('.')[2]);
  });
});
