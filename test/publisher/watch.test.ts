import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import { nextDelay, watchPass, type WatchSettings } from '../../src/publisher/watch.ts';
import { parseFeed, washingtonDate } from '../../src/publisher/feed.ts';
import { tempFolder } from '../support/tmp.ts';
import { feedFixture, fixture, html, localServer, warGovPageFrom, type LocalServer } from './support.ts';

const ARTICLE = '/News/Releases/Release/Article';
const TEODORO = `${ARTICLE}/3723456/readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine-secretar/`;
const LAPSLEY = `${ARTICLE}/2626789/readout-of-under-secretary-of-defense-for-policy-dr-colin-kahl-phone-call-with-uk/`;
const FEINBERG = `${ARTICLE}/3999001/readout-of-deputy-secretary-of-war-steve-feinbergs-meeting-with-polish-deputy-min/`;
const MARLES = `${ARTICLE}/3240001/readout-of-secretary-of-defense-lloyd-j-austin-iiis-meeting-with-australian-minis/`;
const TEODORO_FILE = '2024-03-27-readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine.md';
const LAPSLEY_FILE = '2021-05-19-readout-of-under-secretary-of-defense-for-policy-dr-colin-kahl-phone.md';
const MARLES_FILE = '2022-12-05-readout-of-secretary-of-defense-lloyd-j-austin-iiis-meeting-with-australian.md';
const TEODORO_TITLE =
  "Readout of Secretary of Defense Lloyd J. Austin III's Call With Philippine Secretary of National Defense Gilberto Teodoro Jr.";
const LAPSLEY_TITLE =
  'Readout of Under Secretary of Defense for Policy Dr. Colin Kahl Phone Call With U.K. Director General, Strategy and International Angus Lapsley';
const FEINBERG_TITLE =
  "Readout of Deputy Secretary of War Steve Feinberg's Meeting With Polish Deputy Minister of National Defense Paweł Zalewski";
const T0 = Date.parse('2026-12-01T12:00:00Z');

let server: LocalServer;
let base: string;
let host: string;
beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  server = await localServer();
  base = server.base;
  host = base.slice('http://'.length);
});
afterAll(async () => {
  nock.enableNetConnect();
  await server.close();
});

/** The feed at /rss, answering 304 to its own ETag. */
function serveFeed(name: string, etag: string) {
  server.routes.set('/rss', (req, res) => {
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feedFixture(name, base));
  });
}

beforeEach(() => {
  server.routes.clear();
  server.requests.length = 0;
  server.routes.set(TEODORO, html(fixture('wargov-article.html')));
  server.routes.set(LAPSLEY, html(fixture('wargov-no-date.html')));
  server.routes.set(FEINBERG, html(fixture('cdn-403.html'), 403));
  server.routes.set(
    MARLES,
    html(warGovPageFrom('129-austin-marles-pentagon.md', { dateText: 'Dec. 5, 2022', link: `https://www.war.gov${MARLES}` })),
  );
});

function settings(corpusDir = join(tempFolder(), 'corpus')): WatchSettings {
  return {
    corpusDir,
    statePath: join(tempFolder(), 'watch.json'),
    feeds: [`${base}/rss`],
    titleFilter: /^Readout\b/i,
    intervalMs: 15 * 60_000,
    jitter: 0.1,
    pauseMs: 0,
    maxAttempts: 3,
    retryBaseMs: 30 * 60_000,
    // The local server stands in for the publisher, as PUBLISHER_HOSTS=127.0.0.1:<port> would.
    publisherHosts: [host],
  };
}

const refused = () => `${host} refused the request (HTTP 403). Open the page in a browser, save it, and run: readout import <file>.html`;

// Reading pages runs in a worker thread: start it once, outside the tests' time limits.
beforeAll(() => warmUpParser(), 60_000);

describe('watch: the first pass and later ones', () => {
  it('GIVEN a new feed THEN the readouts are added, others skipped, the refused one recorded; then 304; then only the new one', async () => {
    serveFeed('releases-feed.xml', '"v1"');
    const s = settings();
    const first = await watchPass(s, { now: () => T0 });
    expect(first.feeds).toEqual([{ url: `${base}/rss`, outcome: 'read', items: 5, message: null }]);
    expect(first.added).toEqual([
      { file: TEODORO_FILE, title: TEODORO_TITLE, link: `${base}${TEODORO}`, date: '2024-03-27' },
      { file: LAPSLEY_FILE, title: LAPSLEY_TITLE, link: `${base}${LAPSLEY}`, date: '2021-05-19' },
    ]);
    expect(first.skipped).toEqual([
      {
        title: TEODORO_TITLE,
        link: 'https://www.defense.gov/News/Releases/Release/Article/3723456/readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine/',
        why: `same article as ${base}${TEODORO}`,
      },
      {
        title: 'Contracts For March 27, 2024',
        link: `${base}${ARTICLE}/3723500/contracts-for-march-27-2024/`,
        why: 'not a readout (title filter)',
      },
    ]);
    expect(first.failed).toEqual([
      { title: FEINBERG_TITLE, link: `${base}${FEINBERG}`, why: refused(), attempts: 1, nextAttemptAt: '2026-12-01T12:30:00.000Z' },
    ]);
    // The feed's pubDate (01:40 GMT is 21:40 in Washington, the day before) dates the page that states none.
    const lapsley = readFileSync(join(s.corpusDir, LAPSLEY_FILE), 'utf8');
    expect(lapsley.split('\n').slice(0, 6)).toEqual([
      '---',
      `title: ${LAPSLEY_TITLE}`,
      'date: 2021-05-19',
      'source: https://www.war.gov/News/Releases/Release/Article/2626789/readout-of-under-secretary-of-defense-for-policy-dr-colin-kahl-phone-call-with-uk/',
      '---',
      'Pentagon Deputy Press Secretary Jamal Brown provided the following readout:',
    ]);
    expect(readdirSync(s.corpusDir).sort()).toEqual([LAPSLEY_FILE, TEODORO_FILE]);
    // Only the feed and the three readout pages were requested, one each, with the project's User-Agent.
    expect(server.requests.map((r) => r.path)).toEqual(['/rss', TEODORO, LAPSLEY, FEINBERG]);
    expect(server.requests.every((r) => /^Readout\/0\.1\.0 /.test(r.headers['user-agent'] ?? ''))).toBe(true);

    const state = JSON.parse(readFileSync(s.statePath, 'utf8'));
    expect(state.feeds[`${base}/rss`]).toMatchObject({ etag: '"v1"', failures: 0, nextPollAt: null });
    expect(state.seen).toEqual({ '3723456': TEODORO_FILE, '2626789': LAPSLEY_FILE });
    expect(state.failed['3999001']).toMatchObject({ link: `${base}${FEINBERG}`, attempts: 1, lastError: refused() });

    // Second pass: the validator is sent and the feed is not modified.
    server.requests.length = 0;
    const second = await watchPass(s, { now: () => T0 + 60_000 });
    expect(second.feeds[0]?.outcome).toBe('not modified');
    expect([second.added, second.failed, second.waiting]).toEqual([[], [], 1]);
    expect(server.requests.map((r) => [r.path, r.headers['if-none-match']])).toEqual([['/rss', '"v1"']]);

    // Later: one new readout in the feed; the refused article is not due yet.
    serveFeed('releases-feed-later.xml', '"v2"');
    const later = await watchPass(s, { now: () => T0 + 120_000 });
    expect(later.added.map((a) => [a.file, a.date])).toEqual([[MARLES_FILE, '2022-12-05']]);
    expect([later.failed, later.waiting]).toEqual([[], 1]);
    expect(readdirSync(s.corpusDir).sort()).toEqual([LAPSLEY_FILE, MARLES_FILE, TEODORO_FILE]);

    // When its retry is due the page is served at last; it carries a readout the corpus
    // already has (same text), so it is recorded as handled, not imported twice.
    server.routes.set(
      FEINBERG,
      html(
        warGovPageFrom('122-kahl-lapsley-call.md', { dateText: 'Oct. 3, 2025', link: `https://www.war.gov${FEINBERG}` }).replace(
          /Under Secretary[^<]*Lapsley/,
          'Feinberg',
        ),
      ),
    );
    const retried = await watchPass(s, { now: () => T0 + 31 * 60_000 });
    expect(retried.feeds[0]?.outcome).toBe('not modified');
    expect(retried.skipped.map((x) => x.why)).toEqual([`already in the corpus as ${LAPSLEY_FILE}`]);
    expect(JSON.parse(readFileSync(s.statePath, 'utf8')).failed).toEqual({});
  });

  it('GIVEN an article that keeps failing THEN it is retried with growing waits, then waits for a manual import', async () => {
    serveFeed('releases-feed.xml', '"v1"');
    const s = settings();
    const at = (minutes: number) => () => T0 + minutes * 60_000;
    expect((await watchPass(s, { now: at(0) })).failed[0]?.nextAttemptAt).toBe('2026-12-01T12:30:00.000Z');
    expect((await watchPass(s, { now: at(10) })).failed).toEqual([]);
    expect((await watchPass(s, { now: at(31) })).failed[0]?.nextAttemptAt).toBe('2026-12-01T14:31:00.000Z');
    const third = await watchPass(s, { now: at(200) });
    expect(third.failed[0]).toMatchObject({ attempts: 3, nextAttemptAt: null });
    expect((await watchPass(s, { now: at(100_000) })).failed).toEqual([]);
    expect(server.requests.filter((r) => r.path === FEINBERG)).toHaveLength(3);
  });
});

describe('watch: feeds that misbehave', () => {
  it('GIVEN a feed with a single item THEN it is read as a list of one', async () => {
    serveFeed('releases-feed-single.xml', '"s"');
    const report = await watchPass(settings());
    expect(report.added.map((a) => a.file)).toEqual([TEODORO_FILE]);
    expect(parseFeed(feedFixture('releases-feed-single.xml', base)).items).toHaveLength(1);
  });

  it('GIVEN the channel title with stray newlines THEN it is one line', () => {
    expect(parseFeed(feedFixture('releases-feed.xml', base)).title).toBe('War.gov Releases');
  });

  it('GIVEN malformed XML THEN the feed fails with the line, nothing is written, the next poll backs off', async () => {
    server.routes.set(
      '/rss',
      (_req, res) =>
        void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedFixture('releases-feed-malformed.xml', base)),
    );
    const s = settings();
    const report = await watchPass(s, { now: () => T0 });
    expect(report.feeds).toEqual([
      {
        url: `${base}/rss`,
        outcome: 'failed',
        items: 0,
        message: `${host} sent a feed that is not well-formed XML (line 21: Expected closing tag 'title' (opened in line 21, col 7) instead of closing tag 'titel'.)`,
      },
    ]);
    expect(existsSync(s.corpusDir)).toBe(false);
    const state = JSON.parse(readFileSync(s.statePath, 'utf8'));
    // The first failure retries at the next poll; the second waits twice the interval.
    expect(state.feeds[`${base}/rss`]).toMatchObject({ failures: 1, nextPollAt: null });
    await watchPass(s, { now: () => T0 + 1000 });
    expect(JSON.parse(readFileSync(s.statePath, 'utf8')).feeds[`${base}/rss`]).toMatchObject({
      failures: 2,
      nextPollAt: '2026-12-01T12:30:01.000Z',
    });
  });

  it('GIVEN 429 with Retry-After THEN no request until then', async () => {
    server.routes.set(
      '/rss',
      (_req, res) => void res.writeHead(429, { 'retry-after': '600', 'content-type': 'text/plain' }).end('Too Many Requests'),
    );
    const s = settings();
    const first = await watchPass(s, { now: () => T0 });
    expect(first.feeds[0]?.message).toBe(
      `${host} asked Readout to slow down (HTTP 429) (it asks to wait 10 minutes). The watcher tries again on its next pass.`,
    );
    const second = await watchPass(s, { now: () => T0 + 5 * 60_000 });
    expect(second.feeds[0]).toEqual({
      url: `${base}/rss`,
      outcome: 'waiting',
      items: 0,
      message: `waiting until 2026-12-01T12:10:00.000Z (${first.feeds[0]?.message})`,
    });
    expect(server.requests.map((r) => r.path)).toEqual(['/rss']);
    serveFeed('releases-feed-single.xml', '"s"');
    expect((await watchPass(s, { now: () => T0 + 11 * 60_000 })).added).toHaveLength(1);
  });

  it("GIVEN a 403 with the CDN's page THEN one line, and nothing written", async () => {
    server.routes.set('/rss', html(fixture('cdn-403.html'), 403));
    const s = settings();
    const report = await watchPass(s);
    expect(report.feeds[0]?.message).toBe(`${host} refused the request (HTTP 403). The watcher tries again on its next pass.`);
    expect(existsSync(s.corpusDir)).toBe(false);
  });

  it('GIVEN a web page answered with 200 in place of the feed THEN "a web page, not a feed"', async () => {
    server.routes.set('/rss', html(fixture('cdn-403.html')));
    const report = await watchPass(settings());
    expect(report.feeds[0]?.message).toBe(`${host} sent a web page, not a feed`);
  });

  it('GIVEN a readout already in the corpus under another host and slug THEN it is not fetched', async () => {
    serveFeed('releases-feed-single.xml', '"s"');
    const corpus = tempFolder({
      'austin-teodoro.md': `---\ntitle: Earlier copy\ndate: 2024-03-27\nsource: https://defense.gov/News/Releases/Release/Article/3723456/readout-of-secretary-of-defense/\n---\nText.\n`,
    });
    const report = await watchPass(settings(corpus));
    expect(report.skipped.map((x) => x.why)).toEqual(['already in the corpus as austin-teodoro.md']);
    expect(server.requests.map((r) => r.path)).toEqual(['/rss']);
  });

  it('GIVEN a pass stopped after a file was written but before the state was saved THEN nothing is fetched twice', async () => {
    serveFeed('releases-feed-single.xml', '"s"');
    const s = settings();
    await watchPass(s);
    // The state as it was before the last readout was recorded.
    writeFileSync(s.statePath, JSON.stringify({ version: 1, corpusDir: s.corpusDir, feeds: {}, seen: {}, failed: {} }));
    server.requests.length = 0;
    const report = await watchPass(s);
    expect([report.added, report.skipped.map((x) => x.why)]).toEqual([[], [`already in the corpus as ${TEODORO_FILE}`]]);
    expect(server.requests.map((r) => r.path)).toEqual(['/rss']);
    expect(JSON.parse(readFileSync(s.statePath, 'utf8')).seen).toEqual({ '3723456': TEODORO_FILE });
  });

  it('GIVEN a corrupt state file THEN it is set aside with a warning and nothing is imported twice', async () => {
    serveFeed('releases-feed-single.xml', '"s"');
    const s = settings();
    await watchPass(s);
    writeFileSync(s.statePath, '{"version": 1, "corpusDir": ');
    const warnings: string[] = [];
    const report = await watchPass(s, { warn: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(
        `^watch state ${s.statePath} was unreadable \\(not JSON \\(.*\\)\\); set aside as ${s.statePath}\\.corrupt-\\d+, starting afresh$`,
      ),
    );
    expect(report.skipped.map((x) => x.why)).toEqual([`already in the corpus as ${TEODORO_FILE}`]);
    expect(readdirSync(s.corpusDir)).toEqual([TEODORO_FILE]);
  });
});

describe('feed dates', () => {
  it('GIVEN an RFC 822 pubDate THEN the Washington calendar date', () => {
    expect(washingtonDate('Thu, 20 May 2021 01:40:00 GMT')).toBe('2021-05-19');
    expect(washingtonDate('Wed, 27 Mar 2024 22:00:00 GMT')).toBe('2024-03-27');
    expect(washingtonDate('sometime')).toBe(null);
  });
});

describe('watch: politeness', () => {
  it('GIVEN several articles THEN one request at a time, with the pause between article fetches', async () => {
    serveFeed('releases-feed.xml', '"v1"');
    let open = 0;
    let most = 0;
    const stamps: number[] = [];
    for (const path of [TEODORO, LAPSLEY]) {
      const page = path === TEODORO ? fixture('wargov-article.html') : fixture('wargov-no-date.html');
      server.routes.set(path, (req, res) => {
        open++;
        most = Math.max(most, open);
        stamps.push(Date.now());
        setTimeout(() => {
          open--;
          html(page)(req, res);
        }, 30);
      });
    }
    await watchPass({ ...settings(), pauseMs: 150 });
    expect(most).toBe(1);
    expect((stamps[1] ?? 0) - (stamps[0] ?? 0)).toBeGreaterThanOrEqual(150 + 30);
  });

  it('GIVEN the interval THEN the next pass comes a tenth earlier or later at most', () => {
    const settings = { intervalMs: 900_000, jitter: 0.1 };
    expect([nextDelay(settings, () => 0), nextDelay(settings, () => 0.5), nextDelay(settings, () => 0.999999)]).toEqual([
      810_000, 900_000, 990_000,
    ]);
  });

  it('GIVEN a temporary file left by a killed writer THEN the next pass removes it, and keeps a live one', async () => {
    serveFeed('releases-feed-single.xml', '"s"');
    const dead = '.2024-03-27-x.md.999999999.0badcafe.tmp';
    const live = `.2024-03-27-y.md.${process.pid}.0badcafe.tmp`;
    const corpus = tempFolder({ [dead]: 'half a readout', [live]: 'being written' });
    await watchPass(settings(corpus));
    expect(readdirSync(corpus).sort()).toEqual([live, TEODORO_FILE]);
  });
});
