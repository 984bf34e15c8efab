/**
 * Start-up errors of `readout bot` / `npm start` with a token, through the
 * CLI's error boundary: one line per problem, exit 2, no stack trace, the
 * token never printed.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { run } from '../support/io.ts';
import { FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';
const WRONG = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.a-token-that-was-reset-long-ago_123456';
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
});
afterAll(async () => {
  await fake?.close();
});

/** A port on 127.0.0.1 with nothing listening. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('bot start-up errors', () => {
  it('GIVEN a token Discord refuses THEN one line says so, exit 2, and the token is not printed', async () => {
    const result = await run(['bot'], '', { DISCORD_TOKEN: WRONG, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' });
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'readout: Discord refused the token (401 Unauthorized). Check DISCORD_TOKEN: reset it in the developer portal (Bot → Reset Token) and update .env.\n',
    });
  }, 20_000);

  it('GIVEN an API that cannot be reached THEN one line names it and the reason, exit 2', async () => {
    const port = await closedPort();
    const result = await run(['bot'], '', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'silent' });
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `readout: could not reach Discord at http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}\n`,
    });
  }, 20_000);

  it('GIVEN a CORPUS_DIR that does not exist THEN one line names it, exit 2', async () => {
    const result = await run([], '', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      CORPUS_DIR: '/no/such/corpus',
      LOG_LEVEL: 'silent',
    });
    expect(result).toEqual({ code: 2, out: '', err: 'readout: corpus folder not found: /no/such/corpus\n' });
  });
});
