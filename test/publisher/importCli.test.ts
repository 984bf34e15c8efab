import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import nock from 'nock';
import { run } from '../support/io.ts';
import { tempFolder } from '../support/tmp.ts';
import { FIXTURES, fixture, html, localServer, type LocalServer } from './support.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const KISHI_TITLE = "Readout of Secretary of Defense Lloyd Austin's Call With Japanese Defense Minister Nobuo Kishi";
const KISHI_LINK =
  'https://www.war.gov/News/Releases/Release/Article/2480919/readout-of-secretary-of-defense-lloyd-austins-call-with-japanese-defense-minist/';

let server: LocalServer;
beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  server = await localServer();
});
afterAll(async () => {
  nock.enableNetConnect();
  await server.close();
});

// Reading pages runs in a worker thread: start it once, outside the tests' time limits.
beforeAll(() => warmUpParser(), 60_000);

describe('readout import: canonical files keep everything (issue 14, item 1)', () => {
  it.each(['001-esper-kono-guam.md', '119-austin-kishi-call.md'])(
    'GIVEN corpus/%s THEN the imported file is the same text: every field and paragraph',
    async (name) => {
      const corpus = join(tempFolder(), 'imported');
      const { code, out } = await run(['import', '--corpus', corpus, join(ROOT, 'corpus', name)]);
      expect(code).toBe(0);
      const original = readFileSync(join(ROOT, 'corpus', name), 'utf8');
      const [written] = readdirSync(corpus);
      expect(readFileSync(join(corpus, written as string), 'utf8')).toBe(original);
      expect(out).toContain('(from front matter)');
      if (name.startsWith('001')) expect(out).toContain('  14 sentences in 5 paragraphs');
    },
  );

  it('GIVEN every bundled readout THEN all 32 are imported, each with exactly its text', async () => {
    const corpus = join(tempFolder(), 'imported');
    const names = readdirSync(join(ROOT, 'corpus')).filter((n) => n.endsWith('.md'));
    const { code, out, err } = await run(['import', '--corpus', corpus, ...names.map((n) => join(ROOT, 'corpus', n))]);
    expect([code, err, out.trim().split('\n').at(-1)]).toEqual([0, '', '32 imported, 0 failed']);
    const texts = (dir: string) =>
      readdirSync(dir)
        .map((n) => readFileSync(join(dir, n), 'utf8'))
        .sort();
    expect(texts(corpus)).toEqual(texts(join(ROOT, 'corpus')));
  });

  it('GIVEN a .txt with front matter giving the title THEN its first line stays body text', async () => {
    const dir = tempFolder({
      'call.txt': '---\ntitle: Readout of a Call\n---\nOn Jan. 14, 2021, the Secretary spoke with the Minister.\n\nThey agreed to meet.\n',
    });
    const corpus = join(dir, 'corpus');
    const { code } = await run(['import', '--corpus', corpus, join(dir, 'call.txt')]);
    expect(code).toBe(0);
    expect(readFileSync(join(corpus, '2021-01-14-readout-of-a-call.md'), 'utf8')).toBe(
      '---\ntitle: Readout of a Call\ndate: 2021-01-14\n---\nOn Jan. 14, 2021, the Secretary spoke with the Minister.\n\nThey agreed to meet.\n',
    );
  });
});

describe('readout import: saved pages and links', () => {
  it('GIVEN a saved page THEN it is imported and ask cites its first sentence with date and link', async () => {
    const corpus = join(tempFolder(), 'corpus');
    const page = join(FIXTURES, 'wargov-saved-complete.html');
    const imported = await run(['import', '--corpus', corpus, page]);
    expect(imported.code).toBe(0);
    expect(imported.out.split('\n')).toEqual([
      `${page} -> ${relative(process.cwd(), join(corpus, '2021-01-23-readout-of-secretary-of-defense-lloyd-austins-call-with-japanese-defense.md'))}`,
      `  title: ${KISHI_TITLE}`,
      '  date:  2021-01-23 (from page)',
      `  source: ${KISHI_LINK}`,
      '  stripped boilerplate: Choose which Defense.gov products you want delivered to your inbox.',
      '  7 sentences in 5 paragraphs',
      '',
    ]);
    const asked = await run(['ask', 'what did Kishi and Austin reiterate about the alliance?', '--corpus', corpus]);
    expect(asked.code).toBe(0);
    const lines = asked.out.split('\n');
    // The readout's first sentence after the spokesman's attribution line.
    const at = lines.findIndex((line) =>
      /^ {2}\d\. Secretary of Defense Lloyd J\. Austin III spoke with Japanese Defense Minister Nobuo Kishi today, reiterating American commitment to the U\.S\.-Japan Alliance and emphasizing its importance to the peace and security of the Indo-Pacific region\.$/.test(
        line,
      ),
    );
    expect(at).toBeGreaterThan(0);
    // Under its readout's line: date, title, then the link (the official page: nothing more said).
    const head = lines.lastIndexOf(`Jan 23, 2021 · ${KISHI_TITLE}`, at);
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 1]).toBe(KISHI_LINK);
  });

  it('GIVEN a link to a local mirror THEN it is fetched and imported; the same article again is a duplicate', async () => {
    server.routes.set('/News/Releases/Release/Article/3723456/readout/', html(fixture('wargov-article.html')));
    const corpus = join(tempFolder(), 'corpus');
    const link = `${server.base}/News/Releases/Release/Article/3723456/readout/`;
    const first = await run(['import', '--corpus', corpus, link], '', { PUBLISHER_HOSTS: server.base.slice(7) });
    expect([first.code, first.err]).toEqual([0, '']);
    expect(first.out).toContain('  date:  2024-03-27 (from page)\n');
    const name = '2024-03-27-readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine.md';
    expect(readdirSync(corpus)).toEqual([name]);
    const again = await run(['import', '--corpus', corpus, join(FIXTURES, 'wargov-article.html')]);
    expect([again.code, again.err]).toEqual([
      1,
      `readout: ${join(FIXTURES, 'wargov-article.html')}: ${join(corpus, name)} already exists (the same readout); nothing was written\n`,
    ]);
  });

  it('GIVEN a refused link THEN one clear line, exit 1, nothing written', async () => {
    server.routes.set('/News/Releases/Release/Article/3999001/denied/', html(fixture('cdn-403.html'), 403));
    const corpus = join(tempFolder(), 'corpus');
    const { code, out, err } = await run(
      ['import', '--corpus', corpus, `${server.base}/News/Releases/Release/Article/3999001/denied/`],
      '',
      {
        PUBLISHER_HOSTS: server.base.slice(7),
      },
    );
    expect([code, out, err]).toEqual([
      1,
      '',
      `readout: ${server.base.slice(7)} refused the request (HTTP 403). Open the page in a browser, save it, and run: readout import <file>.html\n`,
    ]);
    expect(existsSync(corpus) ? readdirSync(corpus) : []).toEqual([]);
  });

  it("GIVEN the CDN's Access Denied page saved as the readout, or a folder THEN a clear line each", async () => {
    const corpus = join(tempFolder(), 'corpus');
    const page = join(FIXTURES, 'cdn-403.html');
    expect(await run(['import', '--corpus', corpus, page, FIXTURES])).toEqual({
      code: 1,
      out: '0 imported, 2 failed\n',
      err: [
        `readout: ${page}: this is the site's "Access Denied" page, not the readout; open the link in a browser, save the page once it shows the readout, and import that file.`,
        `readout: ${FIXTURES}: a folder, not a file`,
        '',
      ].join('\n'),
    });
  });

  it('GIVEN a page that is not a readout THEN refused with the reason unless --force', async () => {
    const corpus = join(tempFolder(), 'corpus');
    const page = join(FIXTURES, 'wargov-contracts.html');
    const refused = await run(['import', '--corpus', corpus, page]);
    expect([refused.code, refused.err]).toEqual([
      1,
      `readout: ${page}: "Contracts For March 27, 2024" does not look like a meeting readout (no "Readout" in the title, and no official meeting or calling anyone in its opening); use --force to import it anyway\n`,
    ]);
    expect((await run(['import', '--force', '--corpus', corpus, page])).code).toBe(0);
  });
});
