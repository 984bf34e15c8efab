/**
 * `npm start -- worker` on the JSON files (no DATABASE_URL), as a real process
 * against the fake Discord: no gateway connection, it leads alone, announces
 * a readout added to the corpus through the REST API once, and exits 0 on
 * SIGTERM.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, startFakeDiscord, textChannel, type FakeDiscord } from '../support/fakeDiscord.ts';
import { FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';
import { tempFolder } from '../support/tmp.ts';
import { Engine } from '../../src/engine/engine.ts';
import { baseline, saveBaseline } from '../../src/discord/servers.ts';
import { fileStore } from '../../src/store/files.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GUILD = snowflake();
const news = textChannel({ name: 'news', guild_id: GUILD });
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ id: GUILD, channels: [news] }] });
});
afterAll(async () => {
  await fake?.close();
});

describe('npm start -- worker', () => {
  it('GIVEN the JSON files and a new readout THEN one announcement through the REST API, no gateway; SIGTERM exits 0', async () => {
    const corpus = tempFolder();
    cpSync(BUNDLED_CORPUS, corpus, { recursive: true });
    const stateDir = tempFolder();
    const store = fileStore({ STATE_DIR: stateDir });
    const version = await saveBaseline(Engine.load(corpus), store.guilds);
    await store.guilds.update(GUILD, (s) => {
      baseline(s, version);
      s.announce = news.id as string;
    });

    const child = spawn(process.execPath, [join(ROOT, 'src/bin.js'), 'worker'], {
      cwd: tempFolder(),
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        CORPUS_DIR: corpus,
        STATE_DIR: stateDir,
        CACHE_DIR: tempFolder(),
        LOG_LEVEL: 'info',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    await expect.poll(() => output.includes('"msg":"leading: watching and announcing"'), { timeout: 20_000 }).toBe(true);

    writeFileSync(
      join(corpus, '2025-10-09-estonia.md'),
      '---\ntitle: Readout of a Meeting With the Estonian Minister of Defence\ndate: 2025-10-09\n---\nThe Secretary hosted the Estonian Minister of Defence at the Pentagon today.\n',
    );
    await expect
      .poll(() => fake.channelMessages(news.id as string).length, { timeout: 30_000 })
      .toBe(1)
      .catch((e) => {
        console.log(output);
        throw e;
      });
    const [post] = fake.channelMessages(news.id as string);
    expect(JSON.stringify(post)).toContain('Readout of a Meeting With the Estonian Minister of Defence');
    expect(fake.identifies).toHaveLength(0);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output).toContain('no DATABASE_URL: this worker leads alone; run only one');
    expect(output).not.toContain(TOKEN);
    expect(fake.channelMessages(news.id as string)).toHaveLength(1);
  });
});
