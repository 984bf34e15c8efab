/**
 * `npm start -- serve` as a real process against the fake Discord: it checks
 * the token, listens on PORT, answers a signed PING and a command, refuses a
 * bad signature, and on SIGTERM stops taking work and exits 0.
 */
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord.ts';
import { FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';
import { tempFolder } from '../support/tmp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

function spawnServe(env: Record<string, string>) {
  const child = spawn(process.execPath, [join(ROOT, 'src/bin.js'), 'serve'], {
    cwd: tempFolder(),
    env: { PATH: process.env.PATH, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', STATE_DIR: tempFolder(), ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

describe('npm start -- serve', () => {
  it('GIVEN a token and the public key THEN PING → PONG, /ask answered, a bad signature 401, SIGTERM exits 0', async () => {
    const { child, output } = spawnServe({ DISCORD_PUBLIC_KEY: fake.publicKey, PORT: '0', HOST: '127.0.0.1' });
    await expect.poll(() => /"msg":"serving interactions"/.test(output()), { timeout: 20_000 }).toBe(true);
    const url = /"url":"(http:[^"]+)"/.exec(output())?.[1] as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/interactions$/);

    const pong = await fake.postInteraction(url, { id: '1', type: 1, application_id: fake.applicationId, token: 'ping', version: 1 });
    expect([pong.status, pong.body]).toEqual([200, { type: 1 }]);
    const ask = await fake.postInteraction(url, fake.chatInput('ask', { question: 'what about Mageshima?' }));
    expect(ask.status).toBe(200);
    expect((ask.body as { data: { embeds: { title: string }[] } }).data.embeds[0]?.title).toBe('what about Mageshima?');
    const forged = await fetch(url, {
      method: 'POST',
      body: '{"id":"2","type":1}',
      headers: { 'x-signature-ed25519': '0'.repeat(128), 'x-signature-timestamp': String(Math.floor(Date.now() / 1000)) },
    });
    expect(forged.status).toBe(401);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    const messages = output()
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toEqual([
      '32 loaded, 0 skipped',
      "no DATABASE_URL: settings are in this process's STATE_DIR; run one replica, or set DATABASE_URL",
      'serving interactions',
      'interaction',
      'interaction request refused (401)',
      'stopping',
    ]);
    expect(output()).not.toContain(TOKEN);
  });

  it('GIVEN no public key THEN exit 2 naming the setting', async () => {
    const { child, output } = spawnServe({});
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(output()).toBe(
      'readout: DISCORD_PUBLIC_KEY is missing: the public key from the developer portal (General Information → Public Key)\n',
    );
  });
});
