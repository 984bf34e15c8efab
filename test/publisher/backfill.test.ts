/**
 * The backfill in process, against the stand-in publisher on 127.0.0.1
 * (test/publisher/support.ts): war.gov's listing layout, readouts among
 * contracts, statements and advisories, two refused with 403 and one answered
 * 200 with a firewall's block page.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backfill, withFeedMax, type BackfillSettings } from '../../src/publisher/backfill.ts';
import { parseListing } from '../../src/publisher/listing.ts';
import { readoutTitle } from '../../src/publisher/readoutTitles.ts';
import { readState } from '../../src/publisher/state.ts';
import { splitFrontMatter } from '../../src/corpus/frontMatter.ts';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import { tempFolder } from '../support/tmp.ts';
import { run } from '../support/io.ts';
import { BLOCK_PAGE, backfillSettingsFor, html, standInPublisher, type Release, type StandInPublisher } from './support.ts';

/** Bundled readouts whose titles are readouts' (000 and 116 have headline titles). */
const CORPUS_FILES = readdirSync(join(import.meta.dirname, '../../corpus'))
  .filter((f) => f.endsWith('.md') && !/^(?:000|116)-/.test(f))
  .slice(0, 20);

let site: StandInPublisher;
let host: string;
// Pages are read in a worker thread (issue 25): start it once, so no test pays its start-up on a loaded machine.
beforeAll(() => warmUpParser(), 60_000);
beforeAll(async () => {
  site = await standInPublisher({ corpusFiles: CORPUS_FILES, invented: 16, refused: [3, 17], blocked: [9] });
  host = site.server.base.slice('http://'.length);
});
afterAll(() => site.server.close());
beforeEach(() => {
  site.server.requests.length = 0;
});

function settings(corpusDir = join(tempFolder(), 'corpus'), statePath = join(tempFolder(), 'watch.json')): BackfillSettings {
  return backfillSettingsFor(site, { corpusDir, statePath });
}

/** Every corpus file, by the article id of its source, with its front matter and paragraphs. */
function corpusById(dir: string): Map<string, { file: string; title: string; date: string; paragraphs: string[] }[]> {
  const byId = new Map<string, { file: string; title: string; date: string; paragraphs: string[] }[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const { fields, body } = splitFrontMatter(readFileSync(join(dir, file), 'utf8'));
    const id = /\/Article\/(\d+)\//.exec(fields?.source ?? '')?.[1] ?? '?';
    const entry = { file, title: fields?.title ?? '', date: fields?.date ?? '', paragraphs: body.trim().split('\n\n') };
    byId.set(id, [...(byId.get(id) ?? []), entry]);
  }
  return byId;
}

/** The readouts the site serves (not refused or blocked), each in the corpus once and verbatim. */
function expectEveryReadoutOnce(dir: string, served: Release[]) {
  const byId = corpusById(dir);
  expect([...byId.keys()].sort()).toEqual(served.map((r) => String(r.id)).sort());
  // Verbatim as the page shows it: HTML folds runs of spaces ("region.  Both" in a corpus file).
  const shown = (text: string) => text.replace(/\s+/g, ' ');
  for (const r of served) {
    expect(byId.get(String(r.id))).toEqual([
      { file: expect.any(String), title: r.title, date: r.date, paragraphs: r.paragraphs.map(shown) },
    ]);
  }
}

const articleRequests = () => site.server.requests.filter((r) => r.path.includes('/Article/')).map((r) => r.path);
const listingRequests = () => site.server.requests.filter((r) => r.path.startsWith('/News/Releases/?')).map((r) => r.path);

describe('the release listing (war.gov layout)', () => {
  it('GIVEN a listing page THEN each release element gives title, absolute link, article id and date, and the pager its last page', async () => {
    const html = await (await fetch(`${site.server.base}/News/Releases/?Page=1`)).text();
    const listing = parseListing(html, `${site.server.base}/News/Releases/?Page=1`);
    const first = site.releases[0] as Release;
    expect(listing.items).toHaveLength(10);
    expect(listing.items[0]).toEqual({
      title: first.title,
      link: `${site.server.base}${first.path}`,
      key: String(first.id),
      articleId: String(first.id),
      date: first.date,
    });
    expect(listing.lastPage).toBe(Math.ceil(site.releases.length / 10));
  });

  it('GIVEN relative links, a malformed entry and escaped titles THEN links resolve, the entry is reported, titles read as shown', () => {
    const listing = parseListing(
      `<ul><li article-id="4321" article-title="Readout of Secretary Hegseth&#39;s Call With A &amp; B" article-url="/News/Releases/Release/Article/4321/x/"></li>
       <li article-id="" article-title="No id" article-url="/x/"></li></ul><a href="?Page=7">Last</a>`,
      'https://www.war.gov/News/Releases/?Page=1',
    );
    expect(listing.items.map((i) => [i.title, i.link, i.date])).toEqual([
      ["Readout of Secretary Hegseth's Call With A & B", 'https://www.war.gov/News/Releases/Release/Article/4321/x/', null],
    ]);
    expect(listing.invalid).toEqual(['listed release 2 has no numeric article-id']);
    expect(listing.lastPage).toBe(7);
  });

  it('GIVEN a page that is no listing (a redesign, a block page) THEN it is an error, not an empty page', () => {
    expect(() => parseListing('<html><title>Request Rejected</title></html>', 'https://www.war.gov/News/Releases/?Page=1')).toThrow(
      'the listing page lists no releases and has no pager: not the release listing',
    );
  });

  it('GIVEN release titles THEN readouts and meeting- or call-shaped titles are kept, contracts and statements are not', () => {
    const filter = /^Readout\b/i;
    const kept = [
      "Readout of Secretary of War Pete Hegseth's Call With Japanese Minister of Defense",
      "Secretary Austin's Meeting With Philippine Secretary of National Defense",
      'Secretary Carter Meets With Indian Defense Minister',
      "Deputy Secretary Hicks' Phone Call With U.K. Permanent Secretary",
      'Secretary Speaks With Acting Ukrainian Defense Minister',
    ];
    const dropped = [
      'Contracts For Oct. 3, 2025',
      'Statement by Chief Pentagon Spokesman Sean Parnell on the Call Center',
      'Media Availability With Secretary of War Pete Hegseth',
      'Department of War Announces Meeting Schedule',
    ];
    expect(kept.filter((t) => readoutTitle(t, filter))).toEqual(kept);
    expect(dropped.filter((t) => readoutTitle(t, filter))).toEqual([]);
  });

  it('GIVEN the releases feed link THEN the backfill asks it for a larger max, and leaves a feed without max alone', () => {
    expect(withFeedMax('https://www.war.gov/DesktopModules/ArticleCS/RSS.ashx?ContentType=9&Site=945&max=10', 1000)).toBe(
      'https://www.war.gov/DesktopModules/ArticleCS/RSS.ashx?ContentType=9&Site=945&max=1000',
    );
    expect(withFeedMax('https://www.war.gov/rss', 1000)).toBe('https://www.war.gov/rss');
  });
});

describe('backfill', { timeout: 30_000 }, () => {
  it('GIVEN an empty corpus THEN every readout served is added verbatim once, the refused and blocked recorded, the rest counted by reason; a second run adds nothing', async () => {
    const s = settings();
    const served = site.readouts.filter((r) => r.answer === 'article');
    const failing = site.readouts.filter((r) => r.answer !== 'article');
    const report = await backfill(s, { since: null, pages: null });

    expectEveryReadoutOnce(s.corpusDir, served);
    expect(report.stoppedBy).toBe('end');
    expect(report.counts).toEqual({
      pages: Math.ceil(site.releases.length / 10),
      found: site.readouts.length,
      added: served.length,
      present: 0,
      skipped: site.releases.length - site.readouts.length,
      failed: 3,
    });
    expect(report.skippedCounts).toEqual({ 'not a readout by its title': site.releases.length - site.readouts.length });
    // The feed once, with the larger max; every listing page once; each readout's page once.
    expect(site.server.requests[0]?.path).toBe('/rss?ContentType=9&Site=945&max=1000');
    expect(listingRequests()).toEqual(Array.from({ length: report.counts.pages }, (_, i) => `/News/Releases/?Page=${i + 1}`));
    expect(articleRequests().sort()).toEqual(site.readouts.map((r) => r.path).sort());

    // Refused (403) and blocked (200 block page): failed fetches, listed for a manual import.
    const state = await readState(s.statePath, s.corpusDir, () => undefined);
    expect(state.backfill).toBeNull();
    expect(state.covered).toBe('start');
    expect(Object.keys(state.failed).sort()).toEqual(failing.map((r) => String(r.id)).sort());
    for (const r of failing) {
      const failed = state.failed[String(r.id)];
      expect(failed).toMatchObject({ link: `${site.server.base}${r.path}`, title: r.title, attempts: 1 });
      expect(failed?.nextAttemptAt).not.toBeNull();
      expect(failed?.lastError).toBe(
        r.answer === 'refused'
          ? `${host} refused the request (HTTP 403). Open the page in a browser, save it, and run: readout import <file>.html`
          : `${host} served its "Request Rejected" page instead of the readout (a firewall or CAPTCHA page). Open the page in a browser, save it, and run: readout import <file>.html`,
      );
    }
    expect(report.failed.map((f) => f.link).sort()).toEqual(failing.map((r) => `${site.server.base}${r.path}`).sort());

    // Again: page 1's readouts are all known, so it stops there, fetching no article.
    site.server.requests.length = 0;
    const again = await backfill(s, { since: null, pages: null });
    expect([again.stoppedBy, again.counts.added, again.counts.pages, again.added]).toEqual(['known', 0, 1, []]);
    expect(articleRequests()).toEqual([]);
    expectEveryReadoutOnce(s.corpusDir, served);
  });

  it("GIVEN a watcher writing the same state file meanwhile THEN the backfill keeps the watcher's feeds and failures", async () => {
    const s = settings();
    let once = false;
    const report = await backfill(
      s,
      { since: null, pages: 2 },
      {
        // A watcher's pass saving between two of the backfill's saves.
        progress: () => {
          if (once) return;
          once = true;
          const watcher = JSON.parse(readFileSync(s.statePath, 'utf8'));
          watcher.feeds['https://www.war.gov/rss'] = {
            etag: '"v9"',
            lastModified: null,
            lastPollAt: null,
            nextPollAt: null,
            failures: 0,
            lastError: null,
          };
          watcher.failed['9999999'] = {
            link: 'https://www.war.gov/News/Releases/Release/Article/9999999/x/',
            title: 'Readout of a refused call',
            date: null,
            attempts: 1,
            lastError: 'war.gov refused the request (HTTP 403).',
            lastTriedAt: '2026-12-06T22:00:00.000Z',
            nextAttemptAt: '2026-12-06T22:30:00.000Z',
          };
          writeFileSync(s.statePath, JSON.stringify(watcher));
        },
      },
    );
    expect(report.stoppedBy).toBe('pages');
    const state = await readState(s.statePath, s.corpusDir, () => undefined);
    expect(state.feeds['https://www.war.gov/rss']?.etag).toBe('"v9"');
    expect(Object.keys(state.failed)).toContain('9999999');
    expect(Object.keys(state.failed)).toHaveLength(3);
  });

  it('GIVEN a refused readout THEN it waits for its backoff, and a run after that retries it', async () => {
    const s = settings();
    const refused = site.readouts[3] as Release;
    await backfill(s, { since: null, pages: 1 });
    expect(corpusById(s.corpusDir).has(String(refused.id))).toBe(false);
    site.server.requests.length = 0;
    // Before its retry is due: not fetched, counted as failed and waiting.
    const early = await backfill(s, { since: null, pages: 1 });
    expect(articleRequests()).not.toContain(refused.path);
    expect([early.waiting, early.counts.failed]).toEqual([2, 2]);
    // 31 minutes on (the first retry after 30), the site hands it over.
    refused.answer = 'article';
    try {
      const later = await backfill(s, { since: null, pages: 1 }, { now: () => Date.now() + 31 * 60_000 });
      expect(later.added.map((a) => a.link)).toEqual([`${site.server.base}${refused.path}`]);
    } finally {
      refused.answer = 'refused';
    }
    const state = await readState(s.statePath, s.corpusDir, () => undefined);
    expect(state.failed[String(refused.id)]).toBeUndefined();
  });

  it('GIVEN --since THEN it stops at the first release older than that date, and a deeper --since later goes on down', async () => {
    const s = settings();
    const since = (site.readouts[24] as Release).date;
    const report = await backfill(s, { since, pages: null });
    expect(report.stoppedBy).toBe('since');
    expect(report.stopMessage).toBe(`reached releases older than ${since}`);
    const newer = site.readouts.filter((r) => r.date >= since && r.answer === 'article');
    expectEveryReadoutOnce(s.corpusDir, newer);
    expect(report.skippedCounts?.['older than --since']).toBeGreaterThan(0);

    // Covered down to `since` only: an older --since walks on past the known pages.
    const deeper = await backfill(s, { since: '2000-01-01', pages: null });
    expect(deeper.stoppedBy).toBe('end');
    expectEveryReadoutOnce(
      s.corpusDir,
      site.readouts.filter((r) => r.answer === 'article'),
    );
    expect(deeper.counts.added).toBe(site.readouts.filter((r) => r.answer === 'article').length - newer.length);
  });

  it('GIVEN --pages 2 THEN two listing pages are read (and the feed); a later run without it goes on to the end', async () => {
    const s = settings();
    const report = await backfill(s, { since: null, pages: 2 });
    expect([report.stoppedBy, report.counts.pages]).toEqual(['pages', 2]);
    expect(listingRequests()).toEqual(['/News/Releases/?Page=1', '/News/Releases/?Page=2']);
    // The feed serves the 20 newest: the same releases as pages 1 and 2.
    const firstTwenty = new Set(site.releases.slice(0, 20).map((r) => r.id));
    expectEveryReadoutOnce(
      s.corpusDir,
      site.readouts.filter((r) => firstTwenty.has(r.id) && r.answer === 'article'),
    );
    const rest = await backfill(s, { since: null, pages: null });
    expect(rest.stoppedBy).toBe('end');
    expectEveryReadoutOnce(
      s.corpusDir,
      site.readouts.filter((r) => r.answer === 'article'),
    );
  });

  it('GIVEN a run stopped mid-page THEN the next resumes at that page, fetching none of the pages or readouts done before', async () => {
    const s = settings();
    // Stop while the first readout of page 3 is being fetched.
    const third = site.releases.slice(20, 30).find((r) => r.kind === 'readout' && r.answer === 'article') as Release;
    const controller = new AbortController();
    const arrived = site.hangOn(third.path);
    const first = backfill(s, { since: null, pages: null }, { signal: controller.signal });
    await arrived;
    controller.abort();
    site.release();
    const stopped = await first;
    // Stopped mid-request: the run ends with its cursor on page 3 (kill -9 leaves the same; see the process test).
    expect([stopped.stoppedBy, stopped.nextPage]).toEqual(['aborted', 3]);
    const state = await readState(s.statePath, s.corpusDir, () => undefined);
    expect(state.backfill?.page).toBe(3);
    const before = new Set(readdirSync(s.corpusDir));

    site.server.requests.length = 0;
    const resumed = await backfill(s, { since: null, pages: null });
    expect(resumed.resumedAt).toBe(3);
    expect(listingRequests()[0]).toBe('/News/Releases/?Page=3');
    expect(site.server.requests.some((r) => r.path.startsWith('/rss'))).toBe(false);
    const donePaths = new Set(site.releases.slice(0, 20).map((r) => r.path));
    expect(articleRequests().filter((p) => donePaths.has(p))).toEqual([]);
    expectEveryReadoutOnce(
      s.corpusDir,
      site.readouts.filter((r) => r.answer === 'article'),
    );
    for (const file of before) expect(readdirSync(s.corpusDir)).toContain(file);
  });

  it('GIVEN a listing that gives no dates THEN --since stops at the first readout dated before it', async () => {
    const undated = await standInPublisher({ corpusFiles: CORPUS_FILES, invented: 16, undated: true });
    try {
      const s = { ...settings(), listingUrl: undated.listingUrl, feeds: [], publisherHosts: [undated.server.base.slice('http://'.length)] };
      const since = (undated.readouts[24] as Release).date;
      const report = await backfill(s, { since, pages: null });
      expect(report.stoppedBy).toBe('since');
      const written = [...corpusById(s.corpusDir).values()].map((entries) => entries[0]?.date ?? '');
      // Everything since, and the one readout (the first met) that showed the date was passed.
      expect(written.filter((date) => date < since)).toHaveLength(1);
      expect(written.filter((date) => date >= since).length).toBe(undated.readouts.filter((r) => r.date >= since).length);
    } finally {
      await undated.server.close();
    }
  });

  it('GIVEN a listing page refused (403) or answered with a block page THEN the run stops saying so, and the next resumes there', async () => {
    for (const answer of [html('<h1>Forbidden</h1>', 403), html(BLOCK_PAGE)]) {
      const s = settings();
      site.server.routes.set('/News/Releases/?Page=3', answer);
      try {
        const report = await backfill(s, { since: null, pages: null });
        expect([report.stoppedBy, report.nextPage]).toEqual(['listing failed', 3]);
        expect(report.stopMessage).toMatch(
          /^listing page 3: 127\.0\.0\.1:\d+ (?:refused the request \(HTTP 403\)\. Open the page in a browser, save it, and run: readout import <file>\.html|served its "Request Rejected" page instead of the listing)$/,
        );
      } finally {
        site.server.routes.delete('/News/Releases/?Page=3');
      }
      const resumed = await backfill(s, { since: null, pages: null });
      expect([resumed.resumedAt, resumed.stoppedBy]).toEqual([3, 'end']);
    }
  });

  it('GIVEN a 429 asking a short wait, on a listing page and on an article THEN it waits as asked and goes on', async () => {
    const s = settings();
    const article = site.releases.slice(0, 20).find((r) => r.kind === 'readout' && r.answer === 'article') as Release;
    const limited = new Set(['/News/Releases/?Page=2', article.path]);
    const answer = site.server.routes.get(article.path);
    for (const path of limited) {
      site.server.routes.set(path, (_req, res) => {
        // Once each: the retry is answered as usual.
        site.server.routes.delete(path);
        if (path === article.path && answer) site.server.routes.set(path, answer);
        res.writeHead(429, { 'retry-after': '1' }).end();
      });
    }
    const warnings: string[] = [];
    const report = await backfill(s, { since: null, pages: 2 }, { warn: (w) => warnings.push(w) });
    expect(report.stoppedBy).toBe('pages');
    expect(warnings).toEqual([
      `${host} asked Readout to slow down (HTTP 429) (it asks to wait 1 seconds): waiting 1 s as asked`,
      `${host} asked Readout to slow down (HTTP 429) (it asks to wait 1 seconds): waiting 1 s as asked`,
    ]);
    expect(site.server.requests.filter((r) => r.path === article.path)).toHaveLength(2);
    expect(corpusById(s.corpusDir).has(String(article.id))).toBe(true);
  });

  it('GIVEN a 429 with a long Retry-After on a listing page THEN the run stops saying so, and keeps its place for the next', async () => {
    const s = settings();
    site.server.routes.set('/News/Releases/?Page=2', (_req, res) => void res.writeHead(429, { 'retry-after': '3600' }).end());
    try {
      const report = await backfill(s, { since: null, pages: null });
      expect(report.stoppedBy).toBe('rate-limited');
      expect(report.stopMessage).toBe(
        `listing page 2: ${host} asked Readout to slow down (HTTP 429) (it asks to wait 60 minutes). Open the page in a browser, save it, and run: readout import <file>.html`,
      );
      expect(report.nextPage).toBe(2);
    } finally {
      site.server.routes.delete('/News/Releases/?Page=2');
    }
    const resumed = await backfill(s, { since: null, pages: null });
    expect([resumed.resumedAt, resumed.stoppedBy]).toEqual([2, 'end']);
  });
});

describe('readout backfill: the command line', () => {
  it('GIVEN bad options or settings THEN one clear line each, exit 2, nothing fetched', async () => {
    const corpus = join(tempFolder(), 'corpus');
    expect(await run(['backfill', '--pages', '0', '--corpus', corpus])).toEqual({
      code: 2,
      out: '',
      err: 'readout: --pages must be a number of pages, such as 10\n',
    });
    expect((await run(['backfill', '--since', '2020-13-01', '--corpus', corpus])).err).toBe(
      'readout: --since must be a date written YYYY-MM-DD, got "2020-13-01"\n',
    );
    expect(await run(['backfill', 'now', '--corpus', corpus])).toMatchObject({
      code: 2,
      err: 'readout: backfill takes no arguments (the listing is LISTING_URL; see .env.example)\n',
    });
    expect((await run(['backfill', '--corpus', corpus], '', { LISTING_URL: 'https://www.war.gov/News/Releases/' })).err).toBe(
      'readout: LISTING_URL must be an https URL with {page} where the page number goes (plain http only to localhost)\n',
    );
    expect((await run(['backfill', '--corpus', corpus], '', { LISTING_URL: site.listingUrl })).err).toBe(
      `readout: LISTING_URL ${site.listingUrl} is not on the publisher's site (war.gov, defense.gov over https): name its host in PUBLISHER_HOSTS to read it\n`,
    );
    expect(site.server.requests).toEqual([]);
  });

  it('GIVEN a backfill THEN it prints where it read, its counts, why it stopped, and the watch --once summary', async () => {
    const corpus = join(tempFolder(), 'corpus');
    const env = {
      LISTING_URL: site.listingUrl,
      FEED_URL: site.feedUrl,
      PUBLISHER_HOSTS: host,
      FETCH_PAUSE_MS: '0',
      CACHE_DIR: tempFolder(),
    };
    const result = await run(['backfill', '--pages', '1', '--corpus', corpus], '', env);
    const lines = result.out.trim().split('\n');
    expect(result.code).toBe(0);
    expect(lines.slice(0, 4)).toEqual([
      `Backfill from ${site.listingUrl}`,
      '1 listing page read: 14 readouts found, 12 added, 0 already there, 6 skipped, 2 failed',
      'Stopped: read 1 page (--pages 1)',
      `feed ${site.server.base}/rss?ContentType=9&Site=945&max=1000: 20 items`,
    ]);
    expect(lines).toContain('skipped 6 releases: not a readout by its title');
    expect(lines.at(-1)).toBe('12 added, 6 skipped, 2 could not be fetched');
    expect(result.err).toMatch(
      /^backfill: page 1\/1: 14 readouts found, 12 added, 0 already there, 6 skipped, 2 failed; [\d.]+ pages\/min, under a minute left\n$/,
    );
  });
});
