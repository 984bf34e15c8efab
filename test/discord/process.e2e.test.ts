/**
 * `npm start` with a token, as a real process against the fake Discord:
 * it logs in, answers, and on SIGTERM finishes the reply in flight, logs out
 * and exits 0. The token never appears in its output.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { tempFolder } from '../support/tmp.ts';
import { FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

describe('the bot process', () => {
  it('GIVEN SIGTERM during a reply THEN the reply is finished, then it logs out and exits 0', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'src/bin.js')], {
      // A folder without .env, so only these settings apply.
      cwd: tempFolder(),
      env: { PATH: process.env.PATH, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    await expect.poll(() => output.includes('"msg":"ready"'), { timeout: 15_000 }).toBe(true);

    // Discord takes its time to accept this reply; the stop must wait for it.
    fake.failNext('POST /interactions/', { delayMs: 700 });
    const receipt = await fake.dispatchInteraction(fake.chatInput('quote', { phrase: 'job number one' }));
    await fake.waitForRequest((r) => r.path.startsWith(`/interactions/${receipt.id}/`), 5000);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');

    expect(code).toBe(0);
    const callback = await fake.waitForCallback(receipt.id as string, 100);
    expect(callback.status).toBe(204);
    const lines = output.trim().split('\n').map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual(['32 loaded, 0 skipped', 'ready', 'stopping', 'interaction', 'logged out']);
    expect(output).not.toContain(TOKEN);
  }, 30_000);
});
