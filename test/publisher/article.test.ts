import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import {
  DuplicateReadoutError,
  NotAReadoutError,
  PublisherError,
  looksLikeReadout,
  readArticle,
  writeReadout,
  type Draft,
} from '../../src/publisher/index.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';
import { fixture, html, localServer, type LocalServer } from './support.ts';

const TEODORO_TITLE =
  "Readout of Secretary of Defense Lloyd J. Austin III's Call With Philippine Secretary of National Defense Gilberto Teodoro Jr.";
const TEODORO_LINK =
  'https://www.war.gov/News/Releases/Release/Article/3723456/readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine-secretar/';
const TEODORO_FIRST =
  'Secretary of Defense Lloyd J. Austin III and Philippine Secretary of National Defense Gilberto Teodoro Jr. spoke by phone today.';
const SAVE = 'Open the page in a browser, save it, and run: readout import <file>.html';

const page = (name: string) => ({ fileName: name, content: fixture(name) });

async function failure(promise: Promise<unknown>): Promise<PublisherError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PublisherError) return error;
    throw error;
  }
  throw new Error('expected a PublisherError');
}

let server: LocalServer;
beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  server = await localServer();
});
afterEach(() => nock.cleanAll());
afterAll(async () => {
  nock.enableNetConnect();
  await server.close();
});

// Reading pages runs in a worker thread: start it once, outside the tests' time limits.
beforeAll(() => warmUpParser(), 60_000);

describe('readArticle: saved pages', () => {
  it('GIVEN the war.gov layout THEN title, page date, canonical link, id and verbatim paragraphs, boilerplate stripped', async () => {
    const draft = await readArticle(page('wargov-article.html'));
    expect(draft.title).toBe(TEODORO_TITLE);
    expect([draft.date, draft.dateSource]).toEqual(['2024-03-27', 'page']);
    expect([draft.source, draft.articleId]).toEqual([TEODORO_LINK, '3723456']);
    expect(draft.stripped).toEqual([{ kind: 'boilerplate', text: 'Choose which Defense.gov products you want delivered to your inbox.' }]);
    expect(draft.paragraphs).toHaveLength(4);
    expect(draft.sentences[0]).toBe(TEODORO_FIRST);
    expect(draft.sentences.at(-1)).toBe(
      "They also underscored both countries' shared vision of a free and open Indo-Pacific grounded in transparency, the rule of law, respect for sovereignty, and the peaceful resolution of disputes.",
    );
    // Nothing from the footer, the navigation or the sidebar.
    expect(draft.markdown).not.toMatch(/Subscribe to Defense\.gov Products|More releases|Most Recent|Skip to main content/);
    expect(draft.fileName).toBe('2024-03-27-readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine.md');
    expect(draft.markdown.split('\n').slice(0, 6)).toEqual([
      '---',
      `title: ${TEODORO_TITLE}`,
      'date: 2024-03-27',
      `source: ${TEODORO_LINK}`,
      '---',
      TEODORO_FIRST,
    ]);
  });

  it('GIVEN a "Web page, complete" save (no canonical link) THEN the "saved from" comment gives the link', async () => {
    const draft = await readArticle(page('wargov-saved-complete.html'));
    expect(draft.title).toBe("Readout of Secretary of Defense Lloyd Austin's Call With Japanese Defense Minister Nobuo Kishi");
    expect([draft.date, draft.dateSource, draft.articleId]).toEqual(['2021-01-23', 'page', '2480919']);
    expect(draft.source).toBe(
      'https://www.war.gov/News/Releases/Release/Article/2480919/readout-of-secretary-of-defense-lloyd-austins-call-with-japanese-defense-minist/',
    );
    expect(draft.sentences.slice(0, 2)).toEqual([
      'Pentagon Press Secretary John Kirby provided the following readout:',
      'Secretary of Defense Lloyd J. Austin III spoke with Japanese Defense Minister Nobuo Kishi today, reiterating American commitment to the U.S.-Japan Alliance and emphasizing its importance to the peace and security of the Indo-Pacific region.',
    ]);
    expect(draft.paragraphs).toHaveLength(5);
  });

  it('GIVEN an unknown layout THEN readability finds the article and nothing of the sidebar or menus', async () => {
    const draft = await readArticle(page('unknown-layout.html'));
    expect(draft.title).toBe(
      "Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Australian Minister of Defence Richard Marles",
    );
    expect([draft.date, draft.dateSource, draft.articleId]).toEqual(['2022-12-05', 'page', null]);
    expect(draft.paragraphs).toEqual([
      'Pentagon Press Secretary Brig. Gen. Pat Ryder provided the following readout:',
      'Secretary of Defense Lloyd J. Austin III met with his Australian counterpart, Deputy Prime Minister and Minister of Defence Richard Marles, at the Pentagon today to discuss the United States – Australia Alliance.',
      'The two leaders affirmed their commitment to deepen bilateral defense cooperation, including with respect to operations, force posture, and defense technology collaboration. They exchanged views on the regional security environment, noting in particular their joint determination to counter destabilizing military activities by the People’s Republic of China.',
      'Finally, they agreed to continue cooperation with regional partners in support of a shared vision of a free and open Indo-Pacific.',
    ]);
  });

  it('GIVEN a page with no date THEN it is refused with the reason, and a feed pubDate dates it', async () => {
    const error = await failure(readArticle(page('wargov-no-date.html')));
    expect([error.code, error.message]).toEqual([
      'no-date',
      '"Readout of Under Secretary of Defense for Policy Dr. Colin Kahl Phone Call With…": the page states no date and none was found in the text; give it with --date YYYY-MM-DD',
    ]);
    const draft = await readArticle(page('wargov-no-date.html'), { feedDate: '2021-05-19' });
    expect([draft.date, draft.dateSource]).toEqual(['2021-05-19', 'feed pubDate']);
    expect(draft.sentences[0]).toBe('Pentagon Deputy Press Secretary Jamal Brown provided the following readout:');
  });

  it('GIVEN an .html file that is empty or holds no element THEN "no title found", not a library error', async () => {
    for (const content of ['', '  \n', 'just words saved as a page', '<!doctype html>']) {
      const error = await failure(readArticle({ fileName: 'saved.html', content }));
      expect([error.code, error.message]).toEqual(['no-text', 'no title found on the page; nothing was imported.']);
    }
  });

  it('GIVEN a release that is not a readout THEN NotAReadoutError, unless force', async () => {
    const error = await failure(readArticle(page('wargov-contracts.html')));
    expect(error).toBeInstanceOf(NotAReadoutError);
    expect(error.message).toBe(
      '"Contracts For March 27, 2024" does not look like a meeting readout (no "Readout" in the title, and no official meeting or calling anyone in its opening); use --force to import it anyway',
    );
    const forced = await readArticle(page('wargov-contracts.html'), { force: true });
    expect([forced.title, forced.date, forced.paragraphs[0]]).toEqual(['Contracts For March 27, 2024', '2024-03-27', 'ARMY']);
  });
});

describe('looksLikeReadout', () => {
  const corpusReadout = (name: string) => {
    const text = readFileSync(join(import.meta.dirname, '../../corpus', name), 'utf8');
    const [, front = '', body = ''] = text.split(/^---\n/m);
    return { title: /^title: (.*)$/m.exec(front)?.[1] ?? '', paragraphs: body.trim().split('\n\n') };
  };

  it.each(['000-esper-kono-pentagon.md', '101-hagel-koval-call.md', '116-us-india-2plus2-intersessional.md'])(
    'GIVEN %s, a readout without "Readout" in its title THEN its opening (officials meeting or calling) makes it one',
    (name) => {
      const { title, paragraphs } = corpusReadout(name);
      expect(looksLikeReadout(title, paragraphs)).toBe(true);
    },
  );

  it('GIVEN a contracts release THEN not a readout: no official meets anyone', () => {
    expect(
      looksLikeReadout('Contracts For March 27, 2024', [
        'ARMY',
        'Lockheed Martin Corp., Grand Prairie, Texas, was awarded a $19,821,425 modification.',
      ]),
    ).toBe(false);
  });
});

describe('readArticle: text files (issue 14, item 1)', () => {
  it('GIVEN a canonical .md THEN every field and paragraph is kept', async () => {
    const content = readFileSync(join(import.meta.dirname, '../../corpus/001-esper-kono-guam.md'));
    const draft = await readArticle({ fileName: '001-esper-kono-guam.md', content });
    expect(draft.sentences).toHaveLength(14);
    expect(draft.sentences[0]).toMatch(
      /^On August 29, Secretary of Defense Mark T\. Esper hosted Japanese Defense Minister Taro Kono in Guam/,
    );
    expect(draft.markdown).toBe(content.toString('utf8'));

    const withSource = readFileSync(join(import.meta.dirname, '../../corpus/119-austin-kishi-call.md'), 'utf8');
    const kishi = await readArticle({ fileName: '119.md', content: withSource.replace('---\nPentagon', 'topic: alliance\n---\nPentagon') });
    expect(kishi.source).toBe(
      'https://www.defense.gov/News/Releases/Release/Article/2480919/readout-of-secretary-of-defense-lloyd-austins-call-with-japanese-defense-minist/',
    );
    expect(kishi.meta).toEqual({ topic: 'alliance' });
    expect(kishi.markdown).toContain('\ntopic: alliance\n---\nPentagon Press Secretary John Kirby provided the following readout:\n');
  });

  it('GIVEN a .txt whose front matter gives the title THEN its first body line stays in the body', async () => {
    const text =
      '---\ntitle: Readout of a Meeting in Guam\ndate: 2020-08-29\n---\nOn August 29, Secretary Esper hosted Minister Kono in Guam.\n\nThey met for an hour.\n';
    const draft = await readArticle({ fileName: 'guam.txt', content: text });
    expect(draft.title).toBe('Readout of a Meeting in Guam');
    expect(draft.paragraphs).toEqual(['On August 29, Secretary Esper hosted Minister Kono in Guam.', 'They met for an hour.']);
    expect([draft.date, draft.dateSource]).toEqual(['2020-08-29', 'front matter']);
  });
});

describe('readArticle: links, fetched politely', () => {
  it('GIVEN a war.gov link THEN one GET with the User-Agent, and the page is read', async () => {
    const scope = nock('https://www.war.gov')
      .matchHeader('user-agent', /^Readout\/0\.1\.0 \(\+Readout, a bot that cites U\.S\. defense meeting readouts\)$/)
      .get('/News/Releases/Release/Article/3723456/readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine-secretar/')
      .reply(200, fixture('wargov-article.html'), { 'content-type': 'text/html; charset=utf-8' });
    const draft = await readArticle({ url: TEODORO_LINK });
    expect([draft.title, draft.date, draft.articleId, draft.sentences[0]]).toEqual([TEODORO_TITLE, '2024-03-27', '3723456', TEODORO_FIRST]);
    expect(scope.isDone()).toBe(true);
  });

  it('GIVEN defense.gov redirecting to war.gov THEN the redirect is followed (same publisher)', async () => {
    nock('https://www.defense.gov').get('/News/Releases/Release/Article/3723456/').reply(301, '', { location: TEODORO_LINK });
    nock('https://www.war.gov')
      .get(new URL(TEODORO_LINK).pathname)
      .reply(200, fixture('wargov-article.html'), { 'content-type': 'text/html' });
    const draft = await readArticle({ url: 'https://www.defense.gov/News/Releases/Release/Article/3723456/' });
    expect(draft.source).toBe(TEODORO_LINK);
  });

  it.each([
    [403, fixture('cdn-403.html'), {}, 'refused', `war.gov refused the request (HTTP 403). ${SAVE}`],
    [404, '<h1>Not Found</h1>', {}, 'not-found', 'war.gov has no page at that link (HTTP 404). Check the link.'],
    [
      429,
      'slow down',
      { 'retry-after': '120' },
      'rate-limited',
      `war.gov asked Readout to slow down (HTTP 429) (it asks to wait 2 minutes). ${SAVE}`,
    ],
    [503, 'busy', {}, 'server-error', `war.gov had a server error (HTTP 503). ${SAVE}`],
  ])('GIVEN HTTP %i THEN one clear line', async (status, body, headers, code, message) => {
    nock('https://www.war.gov')
      .get('/News/Releases/Release/Article/3723456/')
      .reply(status, body, { 'content-type': 'text/html', ...headers });
    const error = await failure(readArticle({ url: 'https://www.war.gov/News/Releases/Release/Article/3723456/' }));
    expect([error.code, error.message]).toEqual([code, message]);
    if (status === 429) expect(error.retryAfterSeconds).toBe(120);
  });

  it('GIVEN a redirect to another host THEN refused, nothing followed', async () => {
    nock('https://www.war.gov')
      .get('/News/Releases/Release/Article/3723456/')
      .reply(302, '', { location: 'https://cdn.example.net/denied' });
    const error = await failure(readArticle({ url: 'https://www.war.gov/News/Releases/Release/Article/3723456/' }));
    expect([error.code, error.message]).toEqual([
      'redirect',
      'war.gov redirected to cdn.example.net, which is not the publisher; nothing was imported.',
    ]);
  });

  it('GIVEN four redirects THEN refused after three', async () => {
    const scope = nock('https://war.gov');
    for (let n = 0; n < 4; n++) scope.get(`/r${n}`).reply(301, '', { location: `/r${n + 1}` });
    const error = await failure(readArticle({ url: 'https://war.gov/r0' }));
    expect(error.message).toBe('war.gov redirected more than 3 times; nothing was imported.');
  });

  it('GIVEN a PDF THEN "not a web page"', async () => {
    nock('https://www.war.gov').get('/file.pdf').reply(200, '%PDF-1.7', { 'content-type': 'application/pdf' });
    const error = await failure(readArticle({ url: 'https://www.war.gov/file.pdf' }));
    expect(error.message).toBe('war.gov sent application/pdf, not a web page; nothing was imported.');
  });

  it('GIVEN a slow server THEN the timeout gives one line', async () => {
    nock('https://www.war.gov').get('/slow').delay(2000).reply(200, fixture('wargov-article.html'), { 'content-type': 'text/html' });
    const error = await failure(readArticle({ url: 'https://www.war.gov/slow' }, { timeoutMs: 100 }));
    expect([error.code, error.message]).toEqual(['timeout', `war.gov did not answer within 100 ms. ${SAVE}`]);
  });

  it('GIVEN a 20 MB page THEN the size cap stops reading early and nothing is returned', async () => {
    let sent = 0;
    let closed = false;
    server.routes.set('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, '<p>padding</p>');
      const push = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      res.on('close', () => void (closed = true));
      push();
    });
    const error = await failure(readArticle({ url: `${server.base}/huge` }, { publisherHosts: [server.base.slice(7)] }));
    expect([error.code, error.message]).toEqual([
      'too-large',
      `${server.base.slice(7)} sent more than 1 MB, too large for a readout; nothing was imported.`,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(true);
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });

  it('GIVEN plain http to another machine, or another site THEN refused before any request', async () => {
    expect((await failure(readArticle({ url: 'http://www.war.gov/News/' }))).message).toBe('http links are not fetched: use https');
    expect((await failure(readArticle({ url: 'https://example.com/readout' }))).message).toBe(
      'example.com is not the publisher: only war.gov and defense.gov links are fetched. Save the page in a browser and run: readout import <file>.html',
    );
  });

  it('GIVEN a local mirror over http named in PUBLISHER_HOSTS THEN it is fetched', async () => {
    server.routes.set('/News/Releases/Release/Article/3723456/x/', html(fixture('wargov-article.html')));
    const draft = await readArticle(
      { url: `${server.base}/News/Releases/Release/Article/3723456/x/` },
      { publisherHosts: [server.base.slice(7)] },
    );
    expect(draft.articleId).toBe('3723456');
  });
});

describe('writeReadout', () => {
  const draftOf = (name: string) => readArticle(page(name));

  it('GIVEN a draft THEN the canonical file is written whole and no temporary file is left', async () => {
    const dir = tempFolder();
    const draft = await draftOf('wargov-article.html');
    const { path } = await writeReadout(dir, draft);
    expect(path).toBe(join(dir, draft.fileName));
    expect(readFileSync(path, 'utf8')).toBe(draft.markdown);
    expect(readdirSync(dir)).toEqual([draft.fileName]);
  });

  it('GIVEN the same article id under defense.gov with another slug THEN DuplicateReadoutError names the file', async () => {
    const dir = tempFolder({
      'old/austin-teodoro.md': readoutMd(
        'Earlier copy',
        '2024-03-27',
        'Other words.',
        'source: https://defense.gov/News/Releases/Release/Article/3723456/readout-of-secretary-of-defense-lloyd-j-austin/\n',
      ),
    });
    const error = await writeReadout(dir, await draftOf('wargov-article.html')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateReadoutError);
    expect([(error as DuplicateReadoutError).existing, (error as DuplicateReadoutError).message]).toEqual([
      'old/austin-teodoro.md',
      'already in the corpus as old/austin-teodoro.md (same article id)',
    ]);
  });

  it('GIVEN the same text under another name THEN refused as the same text, and nothing is written', async () => {
    const draft = await draftOf('wargov-saved-complete.html');
    const dir = tempFolder({ 'kishi.md': draft.markdown.replace(/source: .*\n/, '') });
    const error = (await writeReadout(dir, draft).catch((e: unknown) => e)) as DuplicateReadoutError;
    expect([error.existing, error.why]).toEqual(['kishi.md', 'text']);
    expect(readdirSync(dir).filter((f) => !f.startsWith('.'))).toEqual(['kishi.md']);
  });

  it('GIVEN another readout with the same file name THEN the new one gets -2', async () => {
    const draft = await draftOf('wargov-article.html');
    const dir = tempFolder({ [draft.fileName]: readoutMd('Other', '2024-03-27', 'Another readout entirely.') });
    const other: Draft = { ...draft };
    const { path } = await writeReadout(dir, other);
    expect(path).toBe(join(dir, draft.fileName.replace(/\.md$/, '-2.md')));
  });
});
