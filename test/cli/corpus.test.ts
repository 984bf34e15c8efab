import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { warmUpParser } from '../../src/publisher/parseWorker.ts';
import { run } from '../support/io.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GUAM = 'corpus/001-esper-kono-guam.md';

const SCRAPED = [
  ' date 2020-08-29 Log in',
  'Readout of a Meeting in Guam',
  '',
  '08/29/2020 | 06:05am EDT',
  '',
  'On August 29, Secretary Esper hosted Minister Kono in Guam. They met for an hour.',
  '',
  'Readout of a Meeting in Guam',
  'Esper and Kono in Guam (Picture source: U.S. DoD)',
  '',
  'The Secretary noted the importance of Mageshima.',
  '',
  'Disclaimer',
  '',
  'U.S. Department of Defense published this content on 29 August 2020. Distributed by Public, unedited and unaltered, on 29 August 2020 10:04:01 UTC',
].join('\n');

// Reading pages runs in a worker thread: start it once, outside the tests' time limits.
beforeAll(() => warmUpParser(), 60_000);

describe('readout inspect', () => {
  it('GIVEN the Guam readout THEN it prints title, dated source and numbered sentences', async () => {
    const { code, out } = await run(['inspect', join(ROOT, GUAM)]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.slice(1, 4)).toEqual([
      "Title:    Readout of Secretary of Defense Mark T. Esper's Meeting With Japanese Defense Minister Taro Kono",
      'Date:     2020-08-29 (from front matter)',
      'Source:   https://www.pacom.mil/Media/News/News-Article-View/Article/2331004/us-secretary-of-defense-hosts-japanese-defense-minister/',
    ]);
    expect(out).toContain('14 sentences in 5 paragraphs (paragraph.sentence):');
    expect(out).toContain(
      '    1.1  On August 29, Secretary of Defense Mark T. Esper hosted Japanese Defense Minister Taro Kono in Guam, where they',
    );
  });

  it('GIVEN --json THEN it prints the documented object with ids matching the corpus', async () => {
    const { code, out } = await run(['inspect', '--json', join(ROOT, GUAM)]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['file', 'title', 'date', 'source', 'warnings', 'sentences']));
    expect(doc.date).toBe('2020-08-29');
    expect(doc.sentences).toHaveLength(14);
    expect(doc.sentences[13]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{12}\.5\.5$/),
      text: 'Secretary Esper further committed to maintaining the highest standards of safety for all U.S. personnel, while emphasizing the necessity of training to maintain readiness.',
      paragraph: 5,
      position: 5,
    });
  });

  it('GIVEN two files whose 12-digit id keys clash THEN inspect --json and the answers give their sentences the same ids', async () => {
    // sha1 of both paths starts fee9b2807efc (found by a search). The later path, in sorted
    // order, gets 16 digits; here it is also the older readout, which the index meets first.
    const dir = tempFolder({
      'c/14037634.md': readoutMd('Later', '2020-01-01', 'They discussed Tonga.'),
      'c/2940868.md': readoutMd('Earlier', '2019-01-01', 'They discussed Mageshima.'),
    });
    const ids = async (file: string) =>
      (
        JSON.parse((await run(['inspect', '--json', '--corpus', dir, join(dir, file)])).out) as { sentences: { id: string }[] }
      ).sentences.map((s) => s.id);
    expect(await ids('c/14037634.md')).toEqual(['fee9b2807efc.1.1']);
    expect(await ids('c/2940868.md')).toEqual(['fee9b2807efc91cb.1.1']);
    const cited = async (question: string) =>
      (
        JSON.parse((await run(['ask', question, '--json', '--corpus', dir])).out) as { results: { id: string; text: string }[] }
      ).results.map((r) => [r.id, r.text]);
    expect(await cited('what about Mageshima?')).toEqual([['fee9b2807efc91cb.1.1', 'They discussed Mageshima.']]);
    expect(await cited('what about Tonga?')).toEqual([['fee9b2807efc.1.1', 'They discussed Tonga.']]);
  });

  it('GIVEN a scraped file THEN it shows what was stripped', async () => {
    const dir = tempFolder({ 'raw.txt': SCRAPED });
    const { out } = await run(['inspect', join(dir, 'raw.txt')]);
    expect(out).toContain('Date:     2020-08-29 (from date line)');
    expect(out).toContain('  - scraper line: date 2020-08-29 Log in');
    expect(out).toContain('  - dateline: 08/29/2020 | 06:05am EDT');
    expect(out).toContain('  - caption: Esper and Kono in Guam (Picture source: U.S. DoD)');
    expect(out).toContain('  - repeated title: Readout of a Meeting in Guam');
    expect(out).toContain('  - disclaimer: Disclaimer U.S. Department of Defense published this content');
    expect(out).toContain('3 sentences in 2 paragraphs');
  });

  it('GIVEN a readout of one sentence THEN inspect and import count it in the singular', async () => {
    const dir = tempFolder({ 'one.md': readoutMd('Readout of a Short Call', '2021-03-01', 'They spoke about Tonga.') });
    expect((await run(['inspect', join(dir, 'one.md')])).out).toContain('\n1 sentence in 1 paragraph (paragraph.sentence):\n');
    const corpus = tempFolder();
    const imported = await run(['import', join(dir, 'one.md'), '--corpus', corpus]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('\n  1 sentence in 1 paragraph\n');
  });

  it('GIVEN an invalid file THEN a short error names file and field, exit 1', async () => {
    const dir = tempFolder({ 'bad.md': readoutMd('T', '2020-13-01', 'x') });
    const { code, out, err } = await run(['inspect', join(dir, 'bad.md')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      `readout: ${join(dir, 'bad.md')}: front matter "date" must be a real calendar date written YYYY-MM-DD, got "2020-13-01"\n`,
    );
  });

  it('GIVEN a folder THEN it lists readouts and reports "N loaded, M skipped" with reasons', async () => {
    const dir = tempFolder({
      'a.md': readoutMd('A', '2020-01-01', 'A.'),
      'b.md': readoutMd('B', 'soon', 'B.'),
    });
    const { code, out } = await run(['inspect', dir]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        '2020-01-01  a.md  A',
        '',
        '1 loaded, 1 skipped',
        'skipped b.md: front matter "date" must be a real calendar date written YYYY-MM-DD, got "soon"',
        '',
      ].join('\n'),
    );
  });
  it('GIVEN a path that does not exist THEN one line and exit 2, as for a missing --corpus', async () => {
    expect(await run(['inspect', '/nonexistent/readouts'])).toMatchObject({
      code: 2,
      out: '',
      err: 'readout: no such file or folder: /nonexistent/readouts\n',
    });
    expect(await run(['ask', 'Guam', '--corpus', '/nonexistent/readouts'])).toMatchObject({
      code: 2,
      err: 'readout: corpus folder not found: /nonexistent/readouts\n',
    });
  });

  it('GIVEN a corpus file over 5 MB THEN it is skipped with that reason (it would slow every load), and inspect FILE refuses it', async () => {
    // 5.3 MB of one repeated sentence, dated: only the size keeps it out.
    const dir = tempFolder({
      'a.md': readoutMd('A', '2020-01-01', 'A.'),
      'big.txt': `Readout of X\n\nMarch 3, 2024\n\n${'They met. '.repeat(530_000)}`,
    });
    const folder = await run(['inspect', dir]);
    expect([folder.code, folder.out]).toEqual([0, '2020-01-01  a.md  A\n\n1 loaded, 1 skipped\nskipped big.txt: larger than 5 MB\n']);
    expect(await run(['inspect', join(dir, 'big.txt')])).toMatchObject({
      code: 1,
      out: '',
      err: `readout: ${join(dir, 'big.txt')}: larger than 5 MB\n`,
    });
  });
});

describe('readout import', () => {
  it('GIVEN a file over 1 MB (the page cap) THEN it is refused in one line and nothing is written', async () => {
    const dir = tempFolder({ 'big.txt': `Readout of X\n\nMarch 3, 2024\n\n${'They met. '.repeat(530_000)}` });
    const corpus = join(dir, 'corpus');
    expect(await run(['import', '--corpus', corpus, join(dir, 'big.txt')])).toMatchObject({
      code: 1,
      out: '',
      err: `readout: ${join(dir, 'big.txt')}: larger than 1 MB, too large for a readout; nothing was imported\n`,
    });
    expect(existsSync(corpus)).toBe(false);
  });

  it('GIVEN a date only inside a sentence THEN the refusal says where a date is looked for', async () => {
    const dir = tempFolder({ 'mid.md': 'Talks\n\nHicks met Tikoduadua on June 5, 2023.\n' });
    expect(await run(['import', '--corpus', join(dir, 'corpus'), join(dir, 'mid.md')])).toMatchObject({
      code: 1,
      err: `readout: ${join(dir, 'mid.md')}: date unknown: no line giving only the date ("June 5, 2023"), no dateline ("WASHINGTON, June 5, 2023 — …") and no opening "On June 5, 2023, …" after the title, nor a date: in front matter; a date inside a sentence is not used; give it with --date YYYY-MM-DD\n`,
    });
  });

  it('GIVEN a scraped file THEN it writes canonical Markdown and reports what it did', async () => {
    const dir = tempFolder({ 'raw.txt': SCRAPED });
    const corpus = join(dir, 'corpus');
    const { code, out } = await run(['import', '--corpus', corpus, join(dir, 'raw.txt')]);
    expect(code).toBe(0);
    expect(out).toContain('  date:  2020-08-29 (from date line)');
    expect(out).toContain('  stripped caption: Esper and Kono in Guam (Picture source: U.S. DoD)');
    expect(readFileSync(join(corpus, '2020-08-29-readout-of-a-meeting-in-guam.md'), 'utf8')).toBe(
      [
        '---',
        'title: Readout of a Meeting in Guam',
        'date: 2020-08-29',
        '---',
        'On August 29, Secretary Esper hosted Minister Kono in Guam. They met for an hour.',
        '',
        'The Secretary noted the importance of Mageshima.',
        '',
      ].join('\n'),
    );
    // Importing again never overwrites, --force or not (--force only skips the readout check).
    const again = await run(['import', '--corpus', corpus, join(dir, 'raw.txt')]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists (the same readout); nothing was written');
    expect((await run(['import', '--force', '--corpus', corpus, join(dir, 'raw.txt')])).code).toBe(1);
  });

  it('GIVEN a file with no full date THEN it refuses unless --date is given', async () => {
    const dir = tempFolder({ 'nodate.txt': 'Talks\nOn January 14, they met.' });
    const corpus = join(dir, 'corpus');
    const refused = await run(['import', '--corpus', corpus, join(dir, 'nodate.txt')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      `readout: ${join(dir, 'nodate.txt')}: date unknown: the text says "On January 14" but gives no year; give it with --date YYYY-MM-DD\n`,
    );
    const given = await run(['import', '--date', '2020-01-14', '--corpus', corpus, join(dir, 'nodate.txt')]);
    expect(given.code).toBe(0);
    expect(given.out).toContain('  date:  2020-01-14 (given with --date)');
    const bad = await run(['import', '--date', '2020-02-31', join(dir, 'nodate.txt')]);
    expect([bad.code, bad.err]).toEqual([2, 'readout: --date must be a date written YYYY-MM-DD, got "2020-02-31"\n']);
  });
});

describe('readout split', () => {
  it('GIVEN text on stdin THEN one sentence per line, or a JSON array', async () => {
    const text = 'Lt. Gen. Kevin B. Schneider met the U.S. Ambassador. They spoke.';
    expect((await run(['split'], text)).out).toBe('Lt. Gen. Kevin B. Schneider met the U.S. Ambassador.\nThey spoke.\n');
    expect(JSON.parse((await run(['split', '--json'], text)).out)).toEqual([
      'Lt. Gen. Kevin B. Schneider met the U.S. Ambassador.',
      'They spoke.',
    ]);
  });

  it('GIVEN nothing, or binary data, on stdin THEN split says what it needs, exit 2', async () => {
    expect(await run(['split'], ' \n')).toEqual({
      code: 2,
      out: '',
      err: 'readout: split needs text on stdin, such as: echo "Mr. Smith met Gen. Lee. They spoke." | readout split\n',
    });
    expect(await run(['split'], 'PK\u0003\u0004\u0000\u0000\u0008')).toEqual({
      code: 2,
      out: '',
      err: 'readout: split reads text, and stdin holds binary data\n',
    });
  });

  it('GIVEN more text than any readout holds THEN it is refused like every other input, in split and in batch', async () => {
    const long = `${'They spoke. '.repeat(9000)}End.`;
    expect(await run(['split'], long)).toEqual({
      code: 2,
      out: '',
      err: 'readout: That is 108004 characters; the limit is 100000. Shorten it and try again.\n',
    });
    const batch = await run(['batch'], `${JSON.stringify({ command: 'split', input: long })}\n`);
    expect(JSON.parse(batch.out)).toEqual({ error: 'That is 108004 characters; the limit is 100000. Shorten it and try again.' });
  });
});

describe('the readout command itself', () => {
  it('GIVEN an unknown command or flag THEN a one-line usage error, exit 2', async () => {
    expect(await run(['frobnicate'])).toEqual({
      code: 2,
      out: '',
      err: 'readout: unknown command "frobnicate" (see readout --help)\n',
    });
    const flag = await run(['inspect', '--nope']);
    expect(flag.code).toBe(2);
    expect(flag.err).toBe("readout: Unknown option '--nope' (see readout --help)\n");
  });

  it('GIVEN ask, timeline or quote with nothing to look for, or words after a command that takes none THEN a usage line says so, exit 2', async () => {
    expect(await run(['ask'])).toEqual({
      code: 2,
      out: '',
      err: 'readout: ask needs a QUESTION, such as: readout ask "what about Mageshima?"\n',
    });
    expect((await run(['timeline', '--from', '2020-01-01'])).err).toBe(
      'readout: timeline needs a TOPIC, such as: readout timeline "North Korea"\n',
    );
    expect((await run(['quote'])).err).toBe('readout: quote needs a PHRASE, such as: readout quote "job number one"\n');
    expect(await run(['sources', 'NATO'])).toEqual({
      code: 2,
      out: '',
      err: 'readout: sources takes no arguments, got "NATO" (see readout --help)\n',
    });
    expect((await run(['index', 'corpus'])).err).toBe('readout: index takes no arguments, got "corpus" (see readout --help)\n');
    expect((await run(['batch', 'in.jsonl'], '')).err).toBe('readout: batch takes no arguments, got "in.jsonl" (see readout --help)\n');
  });
});
