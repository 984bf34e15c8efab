/**
 * ARCHIVE_FALLBACK: a refused or blocked article read from the Internet
 * Archive's raw (`id_`) copy. A loopback server stands in for the archive
 * (ARCHIVE_URL); the real one is never contacted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { archivedCopyUrl } from '../../src/publisher/archive.ts';
import { backfill, type BackfillSettings } from '../../src/publisher/backfill.ts';
import { watchSettings } from '../../src/publisher/settings.ts';
import { readConfig } from '../../src/config.ts';
import { readState } from '../../src/publisher/state.ts';
import { longDate } from '../../src/text/dates.ts';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import { tempFolder } from '../support/tmp.ts';
import {
  BLOCK_PAGE,
  backfillSettingsFor,
  html,
  localServer,
  standInPublisher,
  warGovPage,
  type LocalServer,
  type Release,
  type StandInPublisher,
} from './support.ts';

const CORPUS_FILES = ['102-hagel-key-pentagon.md', '107-mattis-han-call.md', '111-mattis-onodera-call.md', '118-austin-suh-call.md'];
const NOW = Date.UTC(2026, 11, 6, 22, 0, 0);

let site: StandInPublisher;
let archive: LocalServer;
let refused: Release;
let blocked: Release;
// Pages are read in a worker thread (issue 25): start it once, so no test pays its start-up on a loaded machine.
beforeAll(() => warmUpParser(), 60_000);
beforeAll(async () => {
  site = await standInPublisher({ corpusFiles: CORPUS_FILES, invented: 2, refused: [1], blocked: [3] });
  archive = await localServer();
  refused = site.readouts[1] as Release;
  blocked = site.readouts[3] as Release;
});
afterAll(async () => {
  await site.server.close();
  await archive.close();
});
beforeEach(() => {
  archive.routes.clear();
  archive.requests.length = 0;
});

function settings(archiveUrl: string | null): BackfillSettings {
  return {
    ...backfillSettingsFor(site, { corpusDir: join(tempFolder(), 'corpus'), statePath: join(tempFolder(), 'watch.json') }),
    ...(archiveUrl ? { archiveUrl } : {}),
  };
}

/** The archive's copy of a release: the stamp asked for redirects to the capture's own, as the Wayback Machine does. */
function storeCopy(
  release: Release,
  body = warGovPage(release.title, release.paragraphs, { dateText: longDate(release.date), link: `https://www.war.gov${release.path}` }),
) {
  const link = `${site.server.base}${release.path}`;
  const asked = new URL(archivedCopyUrl(archive.base, link, NOW)).pathname;
  const capture = `/web/20250301120000id_/${link}`;
  archive.routes.set(asked, (_req, res) => void res.writeHead(302, { location: capture }).end());
  archive.routes.set(capture, html(body));
  return `${archive.base}${capture}`;
}

const fileOf = (dir: string, id: number) =>
  readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .find((text) => text.includes(`/Article/${id}/`));

describe('ARCHIVE_FALLBACK', () => {
  it('GIVEN the setting off (the default) THEN a refused article is a failed fetch and the archive is never asked', async () => {
    const s = settings(null);
    await backfill(s, { since: null, pages: null }, { now: () => NOW });
    expect(archive.requests).toEqual([]);
    const state = await readState(s.statePath, s.corpusDir, () => undefined);
    expect(Object.keys(state.failed).sort()).toEqual([String(refused.id), String(blocked.id)].sort());
    expect(watchSettings(readConfig({}), '/c').archiveUrl).toBeUndefined();
    expect(watchSettings(readConfig({ ARCHIVE_FALLBACK: 'on' }), '/c').archiveUrl).toBe('https://web.archive.org');
  });

  it('GIVEN it on and copies stored THEN the refused and the blocked are imported from the raw copy, with the official link as source and the copy in `archived`', async () => {
    const s = settings(archive.base);
    const copies = [storeCopy(refused), storeCopy(blocked)];
    const report = await backfill(s, { since: null, pages: null }, { now: () => NOW });
    expect(archive.requests.map((r) => r.path)).toEqual([
      new URL(archivedCopyUrl(archive.base, `${site.server.base}${refused.path}`, NOW)).pathname,
      `/web/20250301120000id_/${site.server.base}${refused.path}`,
      new URL(archivedCopyUrl(archive.base, `${site.server.base}${blocked.path}`, NOW)).pathname,
      `/web/20250301120000id_/${site.server.base}${blocked.path}`,
    ]);
    expect(report.failed).toEqual([]);
    for (const [release, copy] of [
      [refused, copies[0]],
      [blocked, copies[1]],
    ] as const) {
      expect(fileOf(s.corpusDir, release.id)).toBe(
        `---\ntitle: ${release.title}\ndate: ${release.date}\nsource: https://www.war.gov${release.path}\narchived: ${copy}\n---\n${release.paragraphs.map((p) => p.replace(/\s+/g, ' ')).join('\n\n')}\n`,
      );
      expect(report.added.find((a) => a.link === `${site.server.base}${release.path}`)?.archived).toBe(copy);
    }
    const state = await readState(s.statePath, s.corpusDir, () => undefined);
    expect(state.failed).toEqual({});
  });

  it('GIVEN no copy, or a copy that is the block page too THEN the original failure stands, saying what the archive gave', async () => {
    const s = settings(archive.base);
    storeCopy(blocked, BLOCK_PAGE);
    const report = await backfill(s, { since: null, pages: null }, { now: () => NOW });
    const host = site.server.base.slice('http://'.length);
    expect(Object.fromEntries(report.failed.map((f) => [f.link, f.why]))).toEqual({
      [`${site.server.base}${refused.path}`]: `${host} refused the request (HTTP 403). Open the page in a browser, save it, and run: readout import <file>.html (The Internet Archive gave no usable copy: ${archive.base.slice('http://'.length)} has no page at that link (HTTP 404). Check the link.)`,
      [`${site.server.base}${blocked.path}`]: `${host} served its "Request Rejected" page instead of the readout (a firewall or CAPTCHA page). Open the page in a browser, save it, and run: readout import <file>.html (The Internet Archive gave no usable copy: its copy is the "Request Rejected" page too.)`,
    });
  });

  it('GIVEN a bad ARCHIVE_FALLBACK or ARCHIVE_URL THEN the setting is refused by name', () => {
    expect(() => readConfig({ ARCHIVE_FALLBACK: 'yes' })).toThrow('ARCHIVE_FALLBACK must be "on" or "off"');
    expect(() => readConfig({ ARCHIVE_URL: 'http://web.archive.org' })).toThrow(
      'ARCHIVE_URL must be an https URL, such as https://web.archive.org (plain http only to localhost)',
    );
  });
});
