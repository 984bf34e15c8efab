/** Fixtures and a local HTTP server for the publisher tests (127.0.0.1 only). */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { longDate } from '../../src/text/dates.ts';
import type { BackfillSettings } from '../../src/publisher/backfill.ts';

export const FIXTURES = join(import.meta.dirname, '../fixtures/publisher');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  base: string;
  /** Requests seen, as "METHOD path". */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  routes: Map<string, Handler>;
  /** For paths no route names (a listing's every ?Page=N). */
  fallback: Handler | null;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 with a route table that tests fill in. */
export async function localServer(): Promise<LocalServer> {
  const routes = new Map<string, Handler>();
  const requests: LocalServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = routes.get(path) ?? local.fallback;
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const local: LocalServer = {
    base: `http://127.0.0.1:${port}`,
    requests,
    routes,
    fallback: null,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return local;
}

export function html(body: string, status = 200, headers: Record<string, string> = {}): Handler {
  return (_req, res) => void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

/** A feed fixture with its links pointing at `base`. */
export function feedFixture(name: string, base: string): string {
  return fixture(name).replaceAll('{{BASE}}', base);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A war.gov article page (the layout of wargov-article.html) holding a readout
 * from the bundled corpus: its title and paragraphs, a shown date and a canonical link.
 */
export function warGovPageFrom(corpusFile: string, options: { dateText?: string; link: string }): string {
  const { title, paragraphs } = corpusReadout(corpusFile);
  return warGovPage(title, paragraphs, options);
}

/** A bundled corpus file's title, date and paragraphs, as written. */
export function corpusReadout(corpusFile: string): { title: string; date: string; paragraphs: string[] } {
  const text = readFileSync(join(import.meta.dirname, '../../corpus', corpusFile), 'utf8');
  const [, front = '', body = ''] = text.split(/^---\n/m);
  return {
    title: /^title: (.*)$/m.exec(front)?.[1] ?? '',
    date: /^date: (.*)$/m.exec(front)?.[1] ?? '',
    paragraphs: body.trim().split(/\n\n/),
  };
}

/** A war.gov article page with this title, these paragraphs, a shown date and a canonical link. */
export function warGovPage(title: string, paragraphs: string[], options: { dateText?: string; link: string }): string {
  const body = paragraphs.map((p) => `        <p>${escapeHtml(p)}</p>`);
  return fixture('wargov-article.html')
    .replace(/<h1 class="maintitle">[\s\S]*?<\/h1>/, `<h1 class="maintitle">${escapeHtml(title)}</h1>`)
    .replace(/<span class="date">[^<]*<\/span>/, `<span class="date">${options.dateText ?? ''}</span>`)
    .replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${options.link}">`)
    .replace(/<div class="body">[\s\S]*?<\/div>/, `<div class="body">\n${body.join('\n')}\n          </div>`);
}

/** A web application firewall's block page, answered with 200 where the article should be. */
export const BLOCK_PAGE = `<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 7203184559022183907<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>`;

/** One release the stand-in publisher lists. */
export interface Release {
  id: number;
  title: string;
  date: string;
  /** The path its article is served at. */
  path: string;
  kind: 'readout' | 'contracts' | 'statement' | 'advisory';
  /** How its article page answers: the article, 403, or a 200 block page. */
  answer: 'article' | 'refused' | 'blocked';
  /** The readout's paragraphs as served (readouts only). */
  paragraphs: string[];
}

export interface StandInPublisher {
  server: LocalServer;
  /** Newest first, as the site lists them. */
  releases: Release[];
  readouts: Release[];
  /** LISTING_URL for it. */
  listingUrl: string;
  /** FEED_URL for it (serves `max` items, at most 20). */
  feedUrl: string;
  pageSize: number;
  /** Make the next request for `path` hang (never answered); resolves when it arrives. */
  hangOn(path: string): Promise<void>;
  /** Stop hanging. */
  release(): void;
}

const INVENTED_COUNTERPARTS = [
  'Ruritanian Defense Minister Ilse Varga',
  'Freedonian Minister of Defense Rufus Firefly',
  'Vestrian Chief of Defence Anna Kovac',
  'Borduria Deputy Minister Karl Stern',
  'Syldavian Minister of National Defense Piotr Kral',
  'Elbonian Secretary of Defense Dilbert Ogg',
  'Genovian Minister of Defence Clarisse Renaldi',
  'Latverian Deputy Defense Minister Viktor Stahl',
];

/**
 * The publisher on 127.0.0.1: a release listing in war.gov's layout (ten
 * releases a page, newest first, a pager, each release an element with
 * article-id, article-title and article-url), the releases feed (its `max`,
 * at most 20), and the article pages. Readouts (bundled corpus files whose
 * titles are readouts', and invented calls and meetings) are listed among
 * contracts, statements and advisories; `refused` readouts answer 403 and
 * `blocked` ones a 200 block page.
 */
export async function standInPublisher(options: {
  refused?: number[];
  blocked?: number[];
  corpusFiles: string[];
  invented: number;
  /** A listing that gives no dates (only the articles do). */
  undated?: boolean;
}): Promise<StandInPublisher> {
  const server = await localServer();
  const readouts: Omit<Release, 'id' | 'path' | 'answer'>[] = [
    ...options.corpusFiles.map((file) => {
      const { title, date, paragraphs } = corpusReadout(file);
      return { title, date, paragraphs, kind: 'readout' as const };
    }),
    ...Array.from({ length: options.invented }, (_, i) => {
      const who = INVENTED_COUNTERPARTS[i % INVENTED_COUNTERPARTS.length] as string;
      const n = i + 1;
      const date = `2025-${String(10 - Math.floor(i / 27)).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      const title =
        i % 3 === 0
          ? `Readout of Secretary of War Pete Hegseth's Call With ${who} (${n})`
          : i % 3 === 1
            ? `Secretary of War Pete Hegseth Meets With ${who} (${n})`
            : `Deputy Secretary of War Steve Feinberg's Meeting With ${who} (${n})`;
      return {
        title,
        date,
        kind: 'readout' as const,
        paragraphs: [
          `Secretary of War Pete Hegseth spoke today with ${who} about exercise number ${n}.`,
          `The two leaders discussed regional security and agreed to meet again. They reaffirmed talks number ${n}.`,
        ],
      };
    }),
  ];
  // Newest first; a contract, statement or advisory after every second readout.
  readouts.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  const releases: Release[] = [];
  let id = 4500000;
  readouts.forEach((readout, n) => {
    id++;
    const path = `/News/Releases/Release/Article/${id}/${slugOf(readout.title)}/`;
    releases.push({ ...readout, id, path, answer: 'article' });
    if (n % 2 === 1) {
      id++;
      const kind = (['contracts', 'statement', 'advisory'] as const)[n % 3] as 'contracts' | 'statement' | 'advisory';
      const title =
        kind === 'contracts'
          ? `Contracts For ${readout.date}`
          : kind === 'statement'
            ? `Statement by Chief Pentagon Spokesman on Release ${id}`
            : `Media Availability With Secretary of War Pete Hegseth ${id}`;
      releases.push({
        id,
        title,
        date: readout.date,
        path: `/News/Releases/Release/Article/${id}/${slugOf(title)}/`,
        kind,
        answer: 'article',
        paragraphs: [],
      });
    }
  });
  const only = releases.filter((r) => r.kind === 'readout');
  for (const n of options.refused ?? []) (only[n] as Release).answer = 'refused';
  for (const n of options.blocked ?? []) (only[n] as Release).answer = 'blocked';

  let hanging: { path: string; arrived: () => void } | null = null;
  for (const release of releases) {
    const link = `https://www.war.gov${release.path}`;
    const page =
      release.kind === 'readout'
        ? warGovPage(release.title, release.paragraphs, { dateText: longDate(release.date), link })
        : warGovPage(release.title, ['The contracts and statements of the day are not readouts.'], {
            dateText: longDate(release.date),
            link,
          });
    server.routes.set(release.path, (req, res) => {
      if (hanging?.path === release.path) {
        hanging.arrived();
        return; // never answered
      }
      if (release.answer === 'refused') return html(fixture('cdn-403.html'), 403)(req, res);
      if (release.answer === 'blocked') return html(BLOCK_PAGE)(req, res);
      html(page)(req, res);
    });
  }

  const pageSize = 10;
  const lastPage = Math.ceil(releases.length / pageSize);
  const listing = (page: number) => {
    const entries = releases.slice((page - 1) * pageSize, page * pageSize).map(
      (
        r,
      ) => `      <listing-titles-only article-id="${r.id}" article-title="${escapeAttribute(r.title)}" article-url="${server.base}${r.path}"${options.undated ? '' : ` publish-date-ap="${longDate(r.date)}"`}>
        <a href="${server.base}${r.path}">${escapeHtml(r.title)}</a>${options.undated ? '' : `<time>${longDate(r.date)}</time>`}
      </listing-titles-only>`,
    );
    const pager = Array.from({ length: lastPage }, (_, i) => `<a class="page" href="/News/Releases/?Page=${i + 1}">${i + 1}</a>`).join(' ');
    return `<!DOCTYPE html><html><head><title>Releases</title></head><body><main><h1>Releases</h1>
    <div class="alist">
${entries.join('\n')}
    </div>
    <div class="pager">${page <= lastPage ? pager : ''}</div></main></body></html>`;
  };
  const feed = (max: number) => {
    const items = releases
      .slice(0, Math.min(max, 20))
      .map(
        (r) =>
          `<item><link>${server.base}${r.path}</link><title>${escapeHtml(r.title)}</title><pubDate>${new Date(`${r.date}T16:00:00Z`).toUTCString()}</pubDate></item>`,
      );
    return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>War.gov Releases</title>${items.join('')}</channel></rss>`;
  };
  // Every ?Page=N of the listing and every max of the feed.
  server.fallback = (req, res) => {
    const url = new URL(req.url ?? '/', server.base);
    if (url.pathname === '/News/Releases/' && url.searchParams.has('Page')) {
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(listing(Number(url.searchParams.get('Page'))));
    }
    if (url.pathname === '/rss') {
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(Number(url.searchParams.get('max') ?? 10)));
    }
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
  };

  return {
    server,
    releases,
    readouts: only,
    listingUrl: `${server.base}/News/Releases/?Page={page}`,
    feedUrl: `${server.base}/rss?ContentType=9&Site=945&max=10`,
    pageSize,
    hangOn: (path) =>
      new Promise<void>((resolve) => {
        hanging = { path, arrived: resolve };
      }),
    release: () => {
      hanging = null;
    },
  };
}

function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .slice(0, 80);
}

const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

/** Where the publisher keeps a release: `${ARTICLE}/<id>/<slug>/`. */
export const ARTICLE = '/News/Releases/Release/Article';

/** A feed of `count` readouts served by `mirror` at /rss, each page at its own article id; their links. */
export function serveReleases(mirror: LocalServer, count: number, firstId = 4310000): string[] {
  const items: string[] = [];
  const links: string[] = [];
  for (let n = 1; n <= count; n++) {
    const link = `${mirror.base}${ARTICLE}/${firstId + n}/readout-${n}/`;
    const title = `Readout of Secretary of War Pete Hegseth's Call With Defense Minister Number ${n}`;
    mirror.routes.set(
      new URL(link).pathname,
      html(`<!DOCTYPE html><html><head><title>${title}</title><link rel="canonical" href="${link}"></head><body>
<div class="article-view"><div class="adetail"><h1 class="maintitle">${title}</h1><div class="info"><span class="date">October 3, 2025</span></div>
<div class="body"><p>Secretary of War Pete Hegseth spoke by phone today with Defense Minister Number ${n}.</p>
<p>The two leaders discussed exercise ${n}.</p></div></div></div></body></html>`),
    );
    items.push(`<item><title>${title}</title><link>${link}</link><pubDate>Fri, 03 Oct 2025 12:00:00 GMT</pubDate></item>`);
    links.push(link);
  }
  mirror.routes.set('/rss', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Releases</title>${items.join('')}</channel></rss>`);
  });
  return links;
}

/** The `source:` of every readout file in a corpus folder. */
export const sourcesIn = (corpus: string) =>
  readdirSync(corpus)
    .filter((f) => f.endsWith('.md'))
    .map((f) => /^source: (.*)$/m.exec(readFileSync(join(corpus, f), 'utf8'))?.[1]);

/** Backfill's settings against a stand-in publisher: its feed and listing, its host let in, no pauses. */
export function backfillSettingsFor(site: StandInPublisher, paths: { corpusDir: string; statePath: string }): BackfillSettings {
  return {
    ...paths,
    feeds: [site.feedUrl],
    titleFilter: /^Readout\b/i,
    intervalMs: 15 * 60_000,
    jitter: 0,
    pauseMs: 0,
    maxAttempts: 5,
    retryBaseMs: 30 * 60_000,
    publisherHosts: [site.server.base.slice('http://'.length)],
    listingUrl: site.listingUrl,
    feedMax: 1000,
  };
}
