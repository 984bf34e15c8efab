import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCollecting } from '../support/process.ts';
import { tempFolder } from '../support/tmp.ts';
import { FIXTURES, fixture, html, localServer, type LocalServer } from './support.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const KISHI = '/News/Releases/Release/Article/2480919/readout-of-secretary-of-defense-lloyd-austins-call-with-japanese-defense-minist/';
let server: LocalServer;

beforeAll(async () => {
  server = await localServer();
  server.routes.set(KISHI, html(fixture('wargov-saved-complete.html')));
});
afterAll(() => server.close());

async function npmStart(args: string[], cache: string): Promise<{ code: number | null; out: string; err: string }> {
  const { code, out, err } = await spawnCollecting('npm', ['start', '--silent', '--prefix', ROOT, '--', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CACHE_DIR: cache, PUBLISHER_HOSTS: server.base.slice(7) },
  }).done;
  return { code, out, err };
}

describe('npm start -- import, then ask', () => {
  it('GIVEN a saved page and a link THEN both are imported and ask cites the first sentence with date and link', {
    timeout: 60_000,
  }, async () => {
    const corpus = join(tempFolder(), 'corpus');
    const cache = tempFolder();
    const page = await npmStart(['import', '--corpus', corpus, join(FIXTURES, 'wargov-article.html')], cache);
    expect([page.code, page.err]).toEqual([0, '']);
    const link = await npmStart(['import', '--corpus', corpus, `${server.base}${KISHI}`], cache);
    expect([link.code, link.err]).toEqual([0, '']);
    expect(link.out).toContain('  date:  2021-01-23 (from page)\n');
    expect(readdirSync(corpus).sort()).toEqual([
      '2021-01-23-readout-of-secretary-of-defense-lloyd-austins-call-with-japanese-defense.md',
      '2024-03-27-readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine.md',
    ]);

    const asked = await npmStart(['ask', 'when did Austin speak with Teodoro?', '--corpus', corpus], cache);
    expect(asked.code).toBe(0);
    expect(asked.out.split('\n').slice(0, 5)).toEqual([
      'On March 27, 2024.',
      '',
      "Mar 27, 2024 · Readout of Secretary of Defense Lloyd J. Austin III's Call With Philippine Secretary of National Defense Gilberto Teodoro Jr.",
      'https://www.war.gov/News/Releases/Release/Article/3723456/readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine-secretar/',
      '  1. Secretary of Defense Lloyd J. Austin III and Philippine Secretary of National Defense Gilberto Teodoro Jr. spoke by phone today.',
    ]);
  });
});
