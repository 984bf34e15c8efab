/**
 * Issue 25, item 6 with real processes: two `readout watch --once` processes
 * on one corpus write each readout once (the in-process writers are
 * trust.test.ts). The publisher is a loopback server named in PUBLISHER_HOSTS.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../../src/paths.ts';
import { tempFolder } from '../support/tmp.ts';
import { localServer, serveReleases, sourcesIn, type LocalServer } from './support.ts';

let mirror: LocalServer;
const hostOf = (server: LocalServer) => server.base.slice('http://'.length);

beforeAll(async () => {
  mirror = await localServer();
});
afterAll(() => mirror.close());

describe('issue 25, item 6: one writer per article', () => {
  it('GIVEN two watcher processes on one corpus at once THEN each readout is written once', async () => {
    const links = serveReleases(mirror, 10, 4320000);
    const corpusDir = join(tempFolder(), 'corpus');
    const env = { FEED_URL: `${mirror.base}/rss`, PUBLISHER_HOSTS: hostOf(mirror), FETCH_PAUSE_MS: '0' };
    const [a, b] = await Promise.all(
      [tempFolder(), tempFolder()].map((cache) => runProcess(['watch', '--once', '--corpus', corpusDir], { ...env, CACHE_DIR: cache })),
    );
    expect([a?.code, b?.code]).toEqual([0, 0]);
    expect(sourcesIn(corpusDir).sort()).toEqual([...links].sort());
  });
});

/** `node src/bin.js …` as its own process. */
function runProcess(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
