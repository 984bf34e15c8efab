/**
 * The watcher as a user runs it: `readout watch --once` in a child process
 * against a local feed. A pass killed mid-way (SIGKILL, no chance to clean
 * up) loses nothing: the next pass adds exactly what is missing.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDate } from '../../src/text/dates.ts';
import { spawnCollecting } from '../support/process.ts';
import { tempFolder } from '../support/tmp.ts';
import { html, localServer, warGovPageFrom, type LocalServer } from './support.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'src/bin.js');
const READOUTS = [
  '102-hagel-key-pentagon.md',
  '104-mattis-fallon-call.md',
  '105-mattis-stoltenberg-call.md',
  '107-mattis-han-call.md',
  '111-mattis-onodera-call.md',
  '113-mattis-song-call.md',
];

interface Item {
  title: string;
  date: string;
  path: string;
}

function meta(file: string): { title: string; date: string } {
  const text = readFileSync(resolve(import.meta.dirname, '../../corpus', file), 'utf8');
  return { title: /^title: (.*)$/m.exec(text)?.[1] ?? '', date: /^date: (.*)$/m.exec(text)?.[1] ?? '' };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function feed(base: string, items: Item[]): string {
  // Newest first, as the publisher lists them.
  const entries = [...items].reverse().map(
    (item) => `    <item>
      <guid isPermaLink="false">${base}${item.path}</guid>
      <link>${base}${item.path}</link>
      <title>${escapeXml(item.title)}</title>
      <description>A readout.</description>
      <pubDate>${new Date(`${item.date}T20:00:00Z`).toUTCString()}</pubDate>
    </item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n  <channel>\n    <title>\nWar.gov\n Releases\n</title>\n${entries.join('\n')}\n  </channel>\n</rss>\n`;
}

let server: LocalServer;
let items: Item[];
/** Set to make one article's request hang (the test kills the child meanwhile). */
let hangOn: string | null = null;
let hung: (() => void) | null = null;

beforeAll(async () => {
  server = await localServer();
  items = READOUTS.map((file, n) => {
    const { title, date } = meta(file);
    const path = `/News/Releases/Release/Article/${4100001 + n}/readout-${n + 1}/`;
    const page = warGovPageFrom(file, { dateText: longDate(date), link: `https://www.war.gov${path}` });
    server.routes.set(path, (req, res) => {
      if (path === hangOn) {
        hung?.();
        return; // never answered
      }
      html(page)(req, res);
    });
    return { title, date, path };
  });
  server.routes.set('/rss', html(feed(server.base, items), 200, { 'content-type': 'application/rss+xml' }));
});
afterAll(() => server.close());

/** The watcher's settings for a run against the stand-in publisher: its feed, its host let in, no pause. */
function watchEnv(base: string, cache: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, FEED_URL: `${base}/rss`, PUBLISHER_HOSTS: base.slice(7), CACHE_DIR: cache, FETCH_PAUSE_MS: '0' };
}

function watchOnce(corpus: string, cache: string) {
  return spawnCollecting(process.execPath, [BIN, 'watch', '--once', '--corpus', corpus], {
    cwd: tempFolder(),
    env: watchEnv(server.base, cache),
  });
}

const corpusFiles = (dir: string) => readdirSync(dir).sort();

describe('readout watch --once (a child process, a local feed)', () => {
  it('GIVEN a pass killed mid-way THEN the next adds exactly the rest, and a third adds none', async () => {
    const corpus = join(tempFolder(), 'corpus');
    const cache = tempFolder();

    // 1. Killed while fetching the fourth readout.
    hangOn = items[3]?.path ?? null;
    const reached = new Promise<void>((resolve) => (hung = resolve));
    const killed = watchOnce(corpus, cache);
    await reached;
    killed.child.kill('SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');
    const afterKill = corpusFiles(corpus);
    expect(afterKill).toHaveLength(3);
    expect(afterKill.every((name) => /^\d{4}-\d{2}-\d{2}-readout-.*\.md$/.test(name))).toBe(true);

    // 2. The next pass adds exactly the three that are missing.
    hangOn = null;
    const second = await watchOnce(corpus, cache).done;
    expect(second.code).toBe(0);
    // stderr holds at most the progress line (shown when the pass takes over a second).
    expect(second.err.split('\n').filter((l) => l && !/^Importing new readouts: \d\/3$/.test(l))).toEqual([]);
    const lines = second.out.trim().split('\n');
    expect(lines[0]).toBe(`feed ${server.base}/rss: 6 items`);
    expect(lines.filter((l) => l.startsWith('added '))).toHaveLength(3);
    expect(lines.at(-1)).toBe('3 added, 0 skipped, 0 could not be fetched');
    const files = corpusFiles(corpus);
    expect(files).toHaveLength(6);
    // Each readout once, under its own date, with its link.
    const texts = files.map((f) => readFileSync(join(corpus, f), 'utf8'));
    expect(texts.map((t) => /^date: (.*)$/m.exec(t)?.[1]).sort()).toEqual(items.map((i) => i.date).sort());
    expect(new Set(texts.map((t) => /^source: .*\/Article\/(\d+)\//m.exec(t)?.[1])).size).toBe(6);

    // 3. Nothing new: nothing added (run as the README says, through npm start).
    const npm = spawn('npm', ['start', '--silent', '--prefix', ROOT, '--', 'watch', '--once', '--corpus', corpus], {
      cwd: ROOT,
      env: { ...watchEnv(server.base, cache), HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let thirdOut = '';
    npm.stdout.on('data', (chunk: Buffer) => void (thirdOut += chunk));
    const [thirdCode] = await once(npm, 'exit');
    expect([thirdCode, thirdOut.trim().split('\n').at(-1)]).toEqual([0, '0 added, 0 skipped, 0 could not be fetched']);
    expect(corpusFiles(corpus)).toEqual(files);

    // --status shows what the watcher keeps.
    const status = spawn(process.execPath, [BIN, 'watch', '--status', '--corpus', corpus], {
      cwd: tempFolder(),
      env: { PATH: process.env.PATH, FEED_URL: `${server.base}/rss`, PUBLISHER_HOSTS: server.base.slice(7), CACHE_DIR: cache },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    status.stdout.on('data', (chunk: Buffer) => void (out += chunk));
    await once(status, 'exit');
    expect(out).toContain(`Feed ${server.base}/rss\n`);
    expect(out).toContain('Articles handled: 6 (6 in the corpus)\nNeeds a manual import: 0\n');
  });

  it('GIVEN watch without --once THEN it polls until SIGINT, then exits 0', async () => {
    const corpus = join(tempFolder(), 'corpus');
    const watching = spawnCollecting(process.execPath, [BIN, 'watch', '--corpus', corpus], {
      cwd: tempFolder(),
      env: watchEnv(server.base, tempFolder()),
    });
    await expect
      .poll(() => watching.output().out.includes('6 added, 0 skipped, 0 could not be fetched'), { timeout: 20_000, interval: 100 })
      .toBe(true);
    watching.child.kill('SIGINT');
    const { code, err } = await watching.done;
    expect(code).toBe(0);
    expect(err.split('\n')[0]).toBe(`Watching ${server.base}/rss every 15 minutes into ${corpus} (Ctrl-C stops)`);
    expect(corpusFiles(corpus)).toHaveLength(6);
  });
});
