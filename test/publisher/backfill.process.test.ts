import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/corpus/frontMatter.ts';
import { spawnCollecting } from '../support/process.ts';
import { tempFolder } from '../support/tmp.ts';
import { standInPublisher, type Release, type StandInPublisher } from './support.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'src/bin.js');
const CORPUS_FILES = readdirSync(join(ROOT, 'corpus'))
  .filter((f) => f.endsWith('.md') && !/^(?:000|116)-/.test(f))
  .slice(0, 24);

let site: StandInPublisher;
beforeAll(async () => {
  site = await standInPublisher({ corpusFiles: CORPUS_FILES, invented: 24, refused: [5, 30], blocked: [12] });
});
afterAll(() => site.server.close());

function run(args: string[], corpus: string, cache: string) {
  return spawnCollecting(process.execPath, [BIN, ...args, '--corpus', corpus], {
    cwd: tempFolder(),
    env: {
      PATH: process.env.PATH,
      PUBLISHER_HOSTS: site.server.base.slice('http://'.length),
      LISTING_URL: site.listingUrl,
      FEED_URL: site.feedUrl,
      CACHE_DIR: cache,
      FETCH_PAUSE_MS: '0',
    },
  });
}

describe('readout backfill (a child process, the stand-in publisher)', () => {
  it('GIVEN an empty corpus, a run killed with SIGKILL part-way and run again THEN every readout once and verbatim, the refused and blocked listed; another run adds nothing', {
    timeout: 120_000,
  }, async () => {
    const corpus = join(tempFolder(), 'corpus');
    const cache = tempFolder();
    const served = site.readouts.filter((r) => r.answer === 'article');
    const failing = site.readouts.filter((r) => r.answer !== 'article');

    // 1. Killed while fetching a readout on page 4 (after the feed's 20 and pages 1–3).
    const target = site.releases.slice(30, 40).find((r) => r.kind === 'readout' && r.answer === 'article') as Release;
    const reached = site.hangOn(target.path);
    const killed = run(['backfill'], corpus, cache);
    await reached;
    killed.child.kill('SIGKILL');
    const first = await killed.done;
    expect(first.signal).toBe('SIGKILL');
    site.release();
    const afterKill = readdirSync(corpus).filter((f) => !f.startsWith('.'));
    expect(afterKill.length).toBeGreaterThan(10);
    expect(afterKill.length).toBeLessThan(served.length);
    // Progress: a plain line per page when not on a terminal.
    expect(first.err).toMatch(
      /^backfill: page 1\/\d+: \d+ readouts found, \d+ added, 0 already there, \d+ skipped, \d+ failed; [\d.]+ pages\/min, /m,
    );

    // watch --status says where the next backfill resumes.
    const midway = await run(['watch', '--status'], corpus, cache).done;
    expect(midway.out).toMatch(
      /^Backfill: stopped at listing page 4 \(started \d{4}-\d\d-\d\dT[\d:.]+Z\); the next backfill resumes there$/m,
    );

    // 2. Run again: it resumes at page 4 and adds exactly the rest.
    site.server.requests.length = 0;
    const second = await run(['backfill'], corpus, cache).done;
    expect(second.code).toBe(0);
    const lines = second.out.trim().split('\n');
    expect(lines[0]).toBe(`Backfill from ${site.listingUrl}, resumed at page 4`);
    expect(lines).toContain(`Stopped: read the last page (${Math.ceil(site.releases.length / 10)})`);
    expect(site.server.requests.filter((r) => r.path.startsWith('/News/Releases/?'))[0]?.path).toBe('/News/Releases/?Page=4');
    const files = readdirSync(corpus).filter((f) => !f.startsWith('.'));
    expect(files.length).toBe(served.length);
    expect(lines.at(-1)).toMatch(new RegExp(`^${served.length - afterKill.length} added, \\d+ skipped, \\d+ could not be fetched`));

    // Every readout the site served: once (by article id and by text), verbatim as the page shows it.
    const byId = new Map<string, { title: string; date: string; paragraphs: string[] }>();
    const texts = new Set<string>();
    for (const file of files) {
      const { fields, body } = splitFrontMatter(readFileSync(join(corpus, file), 'utf8'));
      const id = /\/Article\/(\d+)\//.exec(fields?.source ?? '')?.[1] ?? file;
      expect(byId.has(id)).toBe(false);
      byId.set(id, { title: fields?.title ?? '', date: fields?.date ?? '', paragraphs: body.trim().split('\n\n') });
      texts.add(body);
    }
    expect(texts.size).toBe(files.length);
    for (const r of served) {
      expect(byId.get(String(r.id))).toEqual({ title: r.title, date: r.date, paragraphs: r.paragraphs.map((p) => p.replace(/\s+/g, ' ')) });
    }

    // 3. The refused and the blocked: listed for a manual import.
    const status = await run(['watch', '--status'], corpus, cache).done;
    expect(status.out).toContain(`Needs a manual import: ${failing.length}\n`);
    for (const r of failing) {
      expect(status.out).toContain(`  ${r.title}\n    ${site.server.base}${r.path}\n    1 tries, last `);
    }
    expect(status.out).toContain('served its "Request Rejected" page instead of the readout');
    expect(status.out).toContain('refused the request (HTTP 403)');
    expect(status.out).not.toContain('Backfill: stopped at listing page');

    // 4. Another run adds nothing (it stops at the first page whose readouts are all known).
    const third = await run(['backfill'], corpus, cache).done;
    expect(third.code).toBe(0);
    expect(third.out).toContain('Stopped: every readout on page 1 was known already\n');
    // It met the feed's 20 newest releases (page 1 is among them): their failed ones are waiting.
    const met = new Set(site.releases.slice(0, 20).map((r) => r.id));
    const waiting = failing.filter((r) => met.has(r.id)).length;
    expect(third.out.trim().split('\n').at(-1)).toBe(
      `0 added, ${20 - site.readouts.filter((r) => met.has(r.id)).length} skipped, 0 could not be fetched, ${waiting} waiting for a retry or a manual import (see watch --status)`,
    );
    expect(readdirSync(corpus).filter((f) => !f.startsWith('.'))).toEqual(files);
  });
});
