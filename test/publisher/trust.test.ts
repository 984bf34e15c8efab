/**
 * Issue 25: the trust boundaries of the publisher import, each defect
 * reproduced against loopback servers (nock only stands in for war.gov).
 */
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import { FetchError, NotAReadoutError, PublisherError } from '../../src/errors.ts';
import { readArticle } from '../../src/publisher/article.ts';
import { blockPageTitle } from '../../src/publisher/blockPage.ts';
import { isPublisherUrl } from '../../src/publisher/links.ts';
import { parseRetryAfter, politeFetch } from '../../src/publisher/fetch.ts';
import { washingtonDate } from '../../src/publisher/feed.ts';
import { readState, statePath } from '../../src/publisher/state.ts';
import { sweepTempFiles, writeReadout } from '../../src/publisher/write.ts';
import { watchPass, type WatchSettings } from '../../src/publisher/watch.ts';
import { run } from '../support/io.ts';
import { tempFolder } from '../support/tmp.ts';
import { ARTICLE, fixture, html, localServer, serveReleases, sourcesIn, warGovPageFrom, type LocalServer } from './support.ts';

const SAVE = 'Open the page in a browser, save it, and run: readout import <file>.html';
const SECRET_PAGE =
  '<!DOCTYPE html><html><head><title>Admin</title></head><body><h1>Readout admin</h1><p>SECRET_API_KEY=sk-12345</p></body></html>';

/** The publisher stand-in (named in PUBLISHER_HOSTS) and a service on another port that nobody named. */
let mirror: LocalServer;
let secret: LocalServer;
let closedPort: number;
const hostOf = (server: LocalServer) => server.base.slice('http://'.length);
const portOf = (server: LocalServer) => new URL(server.base).port;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  mirror = await localServer();
  secret = await localServer();
  secret.routes.set('/admin', html(SECRET_PAGE));
  // A port with nothing listening: taken, then released.
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  closedPort = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(async () => {
  nock.cleanAll();
  nock.enableNetConnect();
  await mirror.close();
  await secret.close();
});
beforeEach(() => {
  mirror.routes.clear();
  mirror.requests.length = 0;
  secret.requests.length = 0;
});

async function failure(promise: Promise<unknown>): Promise<PublisherError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PublisherError) return error;
    throw error;
  }
  throw new Error('expected a PublisherError');
}

// Reading pages runs in a worker thread: start it once, outside the tests' time limits.
beforeAll(() => warmUpParser(), 60_000);

describe('issue 25, item 1: links are fetched only from the publisher', () => {
  it('GIVEN isPublisherUrl THEN war.gov and defense.gov over https, and only hosts named in PUBLISHER_HOSTS besides', () => {
    expect(isPublisherUrl('https://www.war.gov/News/')).toBe(true);
    expect(isPublisherUrl('https://DEFENSE.gov/x')).toBe(true);
    expect(isPublisherUrl('http://www.war.gov/News/')).toBe(false);
    expect(isPublisherUrl('https://www.war.gov:8443/News/')).toBe(false);
    expect(isPublisherUrl('https://user:pw@www.war.gov/')).toBe(false);
    expect(isPublisherUrl('https://war.gov.example.com/')).toBe(false);
    expect(isPublisherUrl('file:///etc/passwd')).toBe(false);
    expect(isPublisherUrl('http://127.0.0.1:8080/rss')).toBe(false);
    expect(isPublisherUrl('http://127.0.0.1:8080/rss', ['127.0.0.1:8080'])).toBe(true);
    // Another port, or the default port, is another host.
    expect(isPublisherUrl('http://127.0.0.1:8081/rss', ['127.0.0.1:8080'])).toBe(false);
    expect(isPublisherUrl('http://127.0.0.1/rss', ['127.0.0.1:8080'])).toBe(false);
    // Spellings of the same address are the same address (the URL parser normalises them).
    expect(isPublisherUrl('http://2130706433:8080/rss', ['127.0.0.1:8080'])).toBe(true);
    // Plain http only to loopback, even when named.
    expect(isPublisherUrl('http://mirror.example/rss', ['mirror.example'])).toBe(false);
    expect(isPublisherUrl('https://mirror.example/rss', ['mirror.example'])).toBe(true);
  });

  it.each([
    ['127.0.0.1', (port: string) => `http://127.0.0.1:${port}/admin`],
    ['2130706433', (port: string) => `http://2130706433:${port}/admin`],
    ['0x7f.1', (port: string) => `http://0x7f.1:${port}/admin`],
    ['localhost', (port: string) => `http://localhost:${port}/admin`],
    ['[::1]', (port: string) => `http://[::1]:${port}/admin`],
    ['https to 127.0.0.1', (port: string) => `https://127.0.0.1:${port}/admin`],
  ])(
    'GIVEN a link to a service on this machine (%s) THEN refused before any request, the same whether the port is open or not',
    async (_, link) => {
      const open = await failure(readArticle({ url: link(portOf(secret)) }, { force: true }));
      const closed = await failure(readArticle({ url: link(String(closedPort)) }, { force: true }));
      expect(open).toBeInstanceOf(FetchError);
      expect([open.code, open.message.replace(portOf(secret), 'PORT')]).toEqual([
        'bad-link',
        closed.message.replace(String(closedPort), 'PORT'),
      ]);
      expect(open.message).toMatch(/^\S+ is not the publisher: only war\.gov and defense\.gov links are fetched\. Save the page/);
      expect(open.message).not.toContain('SECRET');
      expect(secret.requests).toEqual([]);
    },
  );

  it('GIVEN PUBLISHER_HOSTS naming one port THEN a service on another port is still refused', async () => {
    const error = await failure(readArticle({ url: `${secret.base}/admin` }, { force: true, publisherHosts: [hostOf(mirror)] }));
    expect(error.code).toBe('bad-link');
    expect(secret.requests).toEqual([]);
  });

  it('GIVEN war.gov redirecting to this machine, or a named mirror redirecting to another port or to file: THEN refused, nothing followed', async () => {
    nock('https://www.war.gov')
      .get(`${ARTICLE}/4300001/x/`)
      .reply(302, '', { location: `${secret.base}/admin` });
    const fromWarGov = await failure(readArticle({ url: `https://www.war.gov${ARTICLE}/4300001/x/` }, { force: true }));
    expect([fromWarGov.code, fromWarGov.message]).toEqual([
      'redirect',
      `war.gov redirected to ${hostOf(secret)}, which is not the publisher; nothing was imported.`,
    ]);
    mirror.routes.set('/hop', html('', 302, { location: `${secret.base}/admin` }));
    mirror.routes.set('/file', html('', 302, { location: 'file:///etc/passwd' }));
    const hosts = { force: true, publisherHosts: [hostOf(mirror)] };
    expect((await failure(readArticle({ url: `${mirror.base}/hop` }, hosts))).code).toBe('redirect');
    expect((await failure(readArticle({ url: `${mirror.base}/file` }, hosts))).message).toBe(
      `${hostOf(mirror)} redirected to a file: address, which is not the publisher; nothing was imported.`,
    );
    expect(secret.requests).toEqual([]);
  });

  it('GIVEN a feed item linking to another port of this machine THEN it is not fetched nor written, and waits for a manual import', async () => {
    const link = `${secret.base}${ARTICLE}/4300002/readout-x/`;
    secret.routes.set(new URL(link).pathname, html(SECRET_PAGE));
    mirror.routes.set('/rss', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Releases</title><item><title>Readout of a Planted Call</title><link>${link}</link><pubDate>Fri, 03 Oct 2025 12:00:00 GMT</pubDate></item></channel></rss>`,
      );
    });
    const s = settings();
    const report = await watchPass(s);
    expect(report.added).toEqual([]);
    expect(report.failed).toMatchObject([{ link, attempts: 1, nextAttemptAt: null }]);
    expect(report.failed[0]?.why).toMatch(/is not the publisher/);
    expect(secret.requests).toEqual([]);
    expect(existsSync(s.corpusDir) ? readdirSync(s.corpusDir) : []).toEqual([]);
  });

  it('GIVEN `readout import` of a loopback link without PUBLISHER_HOSTS THEN one line, exit 1, no request', async () => {
    const corpus = join(tempFolder(), 'corpus');
    const result = await run(['import', '--force', '--corpus', corpus, `${secret.base}/admin`]);
    expect([result.code, result.out, result.err]).toEqual([
      1,
      '',
      `readout: ${hostOf(secret)} is not the publisher: only war.gov and defense.gov links are fetched. ${SAVE.replace('Open the page in a browser, save it, and run', 'Save the page in a browser and run')}\n`,
    ]);
    expect(secret.requests).toEqual([]);
  });
});

function settings(): WatchSettings {
  return {
    corpusDir: join(tempFolder(), 'corpus'),
    statePath: join(tempFolder(), 'watch.json'),
    feeds: [`${mirror.base}/rss`],
    titleFilter: /^Readout\b/i,
    intervalMs: 15 * 60_000,
    jitter: 0,
    pauseMs: 0,
    maxAttempts: 3,
    retryBaseMs: 30 * 60_000,
    publisherHosts: [hostOf(mirror)],
  };
}

const REJECTED =
  '<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 14781234567890123456</body></html>';
const CAPTCHA =
  '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><h1>Checking your browser before accessing war.gov</h1><div class="h-captcha" data-sitekey="x"></div><p>Please complete the security check to access the site.</p></body></html>';

describe('issue 25, item 4: a block page is a failed fetch, never "not a readout"', () => {
  it.each([
    ['Request Rejected (200)', REJECTED, 200],
    ['Access Denied (200)', fixture('cdn-403.html'), 200],
    ['a CAPTCHA (200)', CAPTCHA, 200],
    ['Access Denied (403)', fixture('cdn-403.html'), 403],
  ])(
    'GIVEN %s where the feed promised a readout THEN recorded with link, tries and error, retried with backoff, listed by watch --status',
    async (_, body, status) => {
      const path = `${ARTICLE}/4300003/readout-of-secretary-of-war-pete-hegseths-call/`;
      mirror.routes.set(path, html(body, status));
      mirror.routes.set('/rss', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Releases</title><item><title>Readout of Secretary of War Pete Hegseth's Call With a Minister</title><link>${mirror.base}${path}</link><pubDate>Fri, 03 Oct 2025 12:00:00 GMT</pubDate></item></channel></rss>`,
        );
      });
      const cache = tempFolder();
      const corpusDir = join(tempFolder(), 'corpus');
      const s = { ...settings(), corpusDir, statePath: statePath(cache, corpusDir) };
      const T0 = Date.parse('2026-12-01T12:00:00Z');
      const first = await watchPass(s, { now: () => T0 });
      expect(first.skipped).toEqual([]);
      expect(first.failed).toMatchObject([{ link: `${mirror.base}${path}`, attempts: 1, nextAttemptAt: '2026-12-01T12:30:00.000Z' }]);
      expect(first.failed[0]?.why).toMatch(status === 403 ? /refused the request \(HTTP 403\)/ : /instead of the readout/);
      const state = await readState(s.statePath, s.corpusDir, () => undefined);
      expect(state.seen).toEqual({});
      expect(state.failed['4300003']).toMatchObject({ attempts: 1, link: `${mirror.base}${path}` });
      // Retried with backoff: not before 30 minutes, then again, 4x later.
      expect((await watchPass(s, { now: () => T0 + 10 * 60_000 })).failed).toEqual([]);
      const second = await watchPass(s, { now: () => T0 + 31 * 60_000 });
      expect(second.failed).toMatchObject([{ attempts: 2, nextAttemptAt: '2026-12-01T14:31:00.000Z' }]);
      const listed = await run(['watch', '--status', '--corpus', s.corpusDir], '', {
        FEED_URL: `${mirror.base}/rss`,
        PUBLISHER_HOSTS: hostOf(mirror),
        CACHE_DIR: cache,
      });
      expect(listed.code).toBe(0);
      expect(listed.out).toContain('Needs a manual import: 1\n');
      expect(listed.out).toContain(`    ${mirror.base}${path}\n    2 tries, last 2026-12-01T12:31:00.000Z: `);
      // Once the page is served, the readout is added.
      mirror.routes.set(
        path,
        html(warGovPageFrom('130-austin-teodoro-call.md', { dateText: 'Oct. 3, 2025', link: `${mirror.base}${path}` })),
      );
      const third = await watchPass(s, { now: () => T0 + 200 * 60_000 });
      expect(third.added).toHaveLength(1);
    },
  );

  it('GIVEN a block page fetched from a link or saved as a file THEN FetchError "blocked", not NotAReadoutError', async () => {
    mirror.routes.set('/rejected', html(REJECTED));
    const fetched = await failure(readArticle({ url: `${mirror.base}/rejected` }, { publisherHosts: [hostOf(mirror)] }));
    expect(fetched).toBeInstanceOf(FetchError);
    expect(fetched).not.toBeInstanceOf(NotAReadoutError);
    expect([fetched.code, fetched.message]).toEqual([
      'blocked',
      `${hostOf(mirror)} served its "Request Rejected" page instead of the readout (a firewall or CAPTCHA page). ${SAVE}`,
    ]);
    const saved = await failure(readArticle({ fileName: 'saved.html', content: CAPTCHA }));
    expect([saved.code, saved.message]).toEqual([
      'blocked',
      'this is the site\'s "Just a moment..." page, not the readout; open the link in a browser, save the page once it shows the readout, and import that file.',
    ]);
  });

  it('GIVEN real readout pages THEN none is taken for a block page', () => {
    for (const name of [
      'wargov-article.html',
      'wargov-saved-complete.html',
      'unknown-layout.html',
      'wargov-contracts.html',
      'wargov-no-date.html',
    ]) {
      expect(blockPageTitle(fixture(name))).toBeNull();
    }
  });
});

/** A canonical readout file. */
function readoutFile(title: string, date: string, body: string, source?: string): string {
  return `---\ntitle: ${title}\ndate: ${date}\n${source ? `source: ${source}\n` : ''}---\n${body}\n`;
}

describe('issue 25, item 5: import --force never overwrites another readout', () => {
  it('GIVEN a different readout whose title gives the same file name, imported with --force THEN it gets a new name and the first file is untouched; the same readout again is refused', async () => {
    const corpus = tempFolder();
    const title = "Readout of Secretary of War Pete Hegseth's Call With Polish Minister Wladyslaw Kosiniak-Kamysz";
    const name = '2025-10-03-readout-of-secretary-of-war-pete-hegseths-call-with-polish-minister-wladyslaw.md';
    const first = readoutFile(title, '2025-10-03', 'Secretary of War Pete Hegseth spoke today with the Polish minister about air defense.');
    writeFileSync(join(corpus, name), first);
    const other = join(tempFolder(), 'other.md');
    writeFileSync(
      other,
      readoutFile(title, '2025-10-03', 'Secretary of War Pete Hegseth spoke today with the Polish minister about shipbuilding.'),
    );
    const forced = await run(['import', '--force', '--corpus', corpus, other]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(corpus, name), 'utf8')).toBe(first);
    expect(readdirSync(corpus).sort()).toEqual([name, name.replace(/\.md$/, '-2.md')].sort());
    const same = join(tempFolder(), 'same.md');
    writeFileSync(same, first);
    const again = await run(['import', '--force', '--corpus', corpus, same]);
    expect([again.code, again.err]).toEqual([
      1,
      `readout: ${same}: ${join(corpus, name)} already exists (the same readout); nothing was written\n`,
    ]);
    expect(readFileSync(join(corpus, name), 'utf8')).toBe(first);
  });
});

describe('issue 25, item 6: one writer per article', () => {
  it('GIVEN two watchers on one corpus at once THEN each readout is written once', async () => {
    const links = serveReleases(mirror, 12);
    const corpusDir = join(tempFolder(), 'corpus');
    const one = { ...settings(), corpusDir };
    const two = { ...settings(), corpusDir };
    const [a, b] = await Promise.all([watchPass(one), watchPass(two)]);
    expect(a.added.length + b.added.length).toBe(12);
    expect(sourcesIn(corpusDir).sort()).toEqual([...links].sort());
  });

  it('GIVEN the watcher and an import of the same article at once THEN one file', async () => {
    const [link] = serveReleases(mirror, 1, 4330000);
    const corpusDir = join(tempFolder(), 'corpus');
    const draft = await readArticle({ url: link as string }, { publisherHosts: [hostOf(mirror)] });
    const results = await Promise.allSettled([watchPass({ ...settings(), corpusDir }), writeReadout(corpusDir, draft)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', expect.stringMatching(/fulfilled|rejected/)]);
    expect(sourcesIn(corpusDir)).toEqual([link]);
  });

  it('GIVEN a claim left by a writer that died THEN it is taken over', async () => {
    const [link] = serveReleases(mirror, 1, 4340000);
    const corpusDir = tempFolder();
    const draft = await readArticle({ url: link as string }, { publisherHosts: [hostOf(mirror)] });
    // pid 2^22 + 1 is above Linux's pid_max default: no such process.
    writeFileSync(
      join(corpusDir, `.readout-claim-id-${draft.articleId}.lock`),
      JSON.stringify({ token: 'dead', pid: 4194305, host: hostname(), at: Date.now() }),
    );
    const { file } = await writeReadout(corpusDir, draft);
    expect(readdirSync(corpusDir)).toEqual([file]);
    // A claim left behind by a writer killed on another article is swept once an hour old.
    const left = join(corpusDir, '.readout-claim-id-4349999.lock');
    writeFileSync(left, JSON.stringify({ token: 'dead', pid: 4194305, host: hostname(), at: Date.now() }));
    expect(await sweepTempFiles(corpusDir)).toEqual([]);
    utimesSync(left, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    expect(await sweepTempFiles(corpusDir)).toEqual(['.readout-claim-id-4349999.lock']);
  });
});

/** A route answering an RSS document (or anything) with `status` and extra headers. */
function serveXml(path: string, body: string, status = 200, headers: Record<string, string> = {}) {
  mirror.routes.set(path, (_req, res) => void res.writeHead(status, { 'content-type': 'application/rss+xml', ...headers }).end(body));
}

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Releases</title>${items}</channel></rss>`;

describe("issue 25, items 7 and 8: one bad feed is that feed's failure; Retry-After is capped", () => {
  it('GIVEN an external entity, an oversized entity and a 100-year Retry-After in three feeds THEN each fails on its own, backed off, and the fourth feed is read', async () => {
    const [link] = serveReleases(mirror, 1, 4360000);
    const good = mirror.routes.get('/rss');
    mirror.routes.delete('/rss');
    if (good) mirror.routes.set('/good', good);
    const withDoctype = (doctype: string, title: string) =>
      rss(`<item><title>${title}</title><link>https://www.war.gov/x</link></item>`).replace('?><rss', `?><!DOCTYPE rss [${doctype}]><rss`);
    serveXml('/xxe', withDoctype('<!ENTITY xxe SYSTEM "file:///etc/passwd">', '&xxe;'));
    serveXml('/big', withDoctype(`<!ENTITY big "${'x'.repeat(20_000)}">`, '&big;'));
    serveXml('/slow-down', 'busy', 503, { 'retry-after': '99999999999999' });
    const T0 = Date.parse('2026-12-01T12:00:00Z');
    const s = { ...settings(), feeds: ['/xxe', '/big', '/slow-down', '/good'].map((p) => `${mirror.base}${p}`) };
    const report = await watchPass(s, { now: () => T0 });
    expect(report.feeds.map((f) => [f.url.slice(mirror.base.length), f.outcome])).toEqual([
      ['/xxe', 'failed'],
      ['/big', 'failed'],
      ['/slow-down', 'failed'],
      ['/good', 'read'],
    ]);
    expect(report.feeds[0]?.message).toBe(`${hostOf(mirror)} sent a feed that could not be read (External entities are not supported)`);
    expect(report.feeds[1]?.message).toMatch(
      /^\S+ sent a feed that could not be read \(Entity "big" size \(20000\) exceeds maximum allowed size/,
    );
    expect(report.feeds[2]?.message).toBe(
      `${hostOf(mirror)} had a server error (HTTP 503) (it asks to wait 6 hours). The watcher tries again on its next pass.`,
    );
    expect(report.added.map((a) => a.link)).toEqual([link]);
    const state = await readState(s.statePath, s.corpusDir, () => undefined);
    // Item 8: the 100-year Retry-After waits the longest backoff, 6 hours.
    expect(state.feeds[`${mirror.base}/slow-down`]?.nextPollAt).toBe('2026-12-01T18:00:00.000Z');
    expect(state.feeds[`${mirror.base}/xxe`]).toMatchObject({ failures: 1 });
    // Backed off: the next failure doubles the wait.
    await watchPass(s, { now: () => T0 + 60_000 });
    const again = await readState(s.statePath, s.corpusDir, () => undefined);
    expect(again.feeds[`${mirror.base}/xxe`]).toMatchObject({ failures: 2, nextPollAt: '2026-12-01T12:31:00.000Z' });
  });

  it('GIVEN a feed over its size cap THEN the message speaks of a feed, not of "a readout" (item 14)', async () => {
    serveXml('/huge-feed', rss('<item><title>x</title></item>'.repeat(200)));
    const error = await failure(
      politeFetch(`${mirror.base}/huge-feed`, { purpose: 'feed', maxBytes: 2048, publisherHosts: [hostOf(mirror)] }),
    );
    expect([error.code, error.message]).toEqual([
      'too-large',
      `${hostOf(mirror)} sent a feed of more than 2 KB, too large to read; the watcher tries again on its next pass.`,
    ]);
  });

  it('GIVEN Retry-After as seconds or as a date a century away THEN at most 6 hours', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('99999999999999')).toBe(6 * 3600);
    expect(parseRetryAfter('Wed, 01 Dec 2126 12:00:00 GMT', Date.parse('2026-12-01T12:00:00Z'))).toBe(6 * 3600);
  });
});

describe('issue 25, item 9: only a real date in range from the feed', () => {
  it.each([
    ['Fri, 03 Oct 0099 12:00:00 GMT', null],
    ['Fri, 03 Oct 99 12:00:00 GMT', null],
    ['Fri, 03 Oct -1 12:00:00 GMT', null],
    ['Fri, 03 Oct 10000 12:00:00 GMT', null],
    ['Sun, 30 Feb 2025 12:00:00 GMT', null],
    ['Mon, 03 Oct 1989 12:00:00 GMT', null],
    ['Sat, 04 Oct 2025 01:30:00 GMT', '2025-10-03'],
    ['Fri, 03 Oct 2025 12:00:00 -0400', '2025-10-03'],
    ['2025-10-03T12:00:00Z', '2025-10-03'],
  ])('GIVEN pubDate %s THEN %s', (pubDate, date) => {
    expect(washingtonDate(pubDate, Date.parse('2026-12-01T12:00:00Z'))).toBe(date);
  });

  it('GIVEN a page that states no date and a feed pubDate of year 10000 THEN no file; the item waits for a date', async () => {
    const path = `${ARTICLE}/4370001/readout-undated/`;
    mirror.routes.set(path, html(fixture('wargov-no-date.html')));
    serveXml(
      '/rss',
      rss(
        `<item><title>Readout of an Undated Call</title><link>${mirror.base}${path}</link><pubDate>Fri, 03 Oct 10000 12:00:00 GMT</pubDate></item>`,
      ),
    );
    const s = settings();
    const report = await watchPass(s);
    expect(report.added).toEqual([]);
    expect(report.failed[0]?.why).toMatch(/the page states no date and none was found in the text; give it with --date YYYY-MM-DD$/);
    expect(existsSync(s.corpusDir) ? readdirSync(s.corpusDir) : []).toEqual([]);
  });
});

describe('issue 25, items 10 and 11: page text as a reader sees it', () => {
  const page = (body: string, head = '') =>
    `<!DOCTYPE html><html><head>${head}<title>Readout of a Call</title></head><body><div class="article-view"><div class="adetail"><h1 class="maintitle">Readout of a Call</h1><span class="date">Oct. 3, 2025</span><div class="body">${body}</div></div></div></body></html>`;

  it('GIVEN a NUL and other control characters in a page THEN they are stripped, and the file loads', async () => {
    mirror.routes.set('/nul', html(page('<p>Secretary Hegseth spoke\u0000 with the\u0007 Minister.</p><p>They met again\u001b.</p>')));
    const corpusDir = tempFolder();
    const draft = await readArticle({ url: `${mirror.base}/nul` }, { publisherHosts: [hostOf(mirror)] });
    expect(draft.paragraphs).toEqual(['Secretary Hegseth spoke with the Minister.', 'They met again.']);
    const { file } = await writeReadout(corpusDir, draft);
    const loaded = await run(['sources', '--corpus', corpusDir]);
    expect([loaded.code, loaded.out, loaded.err]).toEqual([0, `2025-10-03  Readout of a Call (${file})\n1 readout\n`, '']);
  });

  it('GIVEN script, style and noscript inside a paragraph THEN none of their text is in the readout', async () => {
    const body =
      '<p>Secretary Hegseth spoke with the Minister.<script>var tracking = "SCRIPT TEXT";</script><style>.x { color: red }</style><noscript>Enable JavaScript</noscript> They agreed to meet.</p>';
    const draft = await readArticle({ fileName: 'saved.html', content: page(body) });
    expect(draft.paragraphs).toEqual(['Secretary Hegseth spoke with the Minister. They agreed to meet.']);
    const other = await readArticle({
      fileName: 'other.html',
      content: `<!DOCTYPE html><html><head><title>Readout of a Call</title></head><body><main><h1>Readout of a Call</h1><p>October 3, 2025</p><p>${'Secretary Hegseth spoke with the Minister about many things. '.repeat(5)}<script>SCRIPT_TEXT()</script><noscript>Enable JavaScript</noscript></p></main></body></html>`,
    });
    expect(other.paragraphs.join(' ')).not.toMatch(/SCRIPT_TEXT|Enable JavaScript/);
  });

  it('GIVEN a windows-1252 page that names its charset only in <meta> THEN "Dovilė"-style letters come out right', async () => {
    // "Dovil\u00e9" in windows-1252 is the byte 0xE9; the header names no charset.
    const bytes = Buffer.concat([
      Buffer.from(
        page('<p>Secretary Hegseth met Minister Dovil', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
        'latin1',
      ),
    ]);
    const text = bytes.toString('latin1').replace('Minister Dovil', 'Minister Dovil\u00e9 and Jos\u00e9 \u0080 today.');
    const encoded = Buffer.from(text, 'latin1');
    mirror.routes.set('/cp1252', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(encoded));
    const fetched = await readArticle({ url: `${mirror.base}/cp1252` }, { publisherHosts: [hostOf(mirror)] });
    expect(fetched.paragraphs[0]).toBe('Secretary Hegseth met Minister Dovil\u00e9 and Jos\u00e9 \u20ac today.');
    const saved = await readArticle({ fileName: 'saved.html', content: new Uint8Array(encoded) });
    expect(saved.paragraphs[0]).toBe(fetched.paragraphs[0]);
  });
});
