import { describe, expect, it } from 'vitest';
import { parseReadout, readoutKey, readoutKeys } from '../src/corpus/readout.ts';
import { splitFrontMatter } from '../src/corpus/frontMatter.ts';
import { ReadoutFileError } from '../src/errors.ts';

const md = (front: string, body = 'They met. They spoke.') => `---\n${front}\n---\n${body}\n`;

function reasons(file: string, text: string): string[] {
  try {
    parseReadout(file, text);
  } catch (error) {
    if (error instanceof ReadoutFileError) return error.reasons;
    throw error;
  }
  throw new Error('expected a ReadoutFileError');
}

describe('front matter validation', () => {
  it('GIVEN valid front matter THEN title, date, source and unknown keys are kept', () => {
    const readout = parseReadout(
      'guam.md',
      md('title: Readout: Esper Meets Kono\ndate: 2020-08-29\nsource: https://example.mil/a\nkind: meeting'),
    );
    expect(readout).toMatchObject({
      title: 'Readout: Esper Meets Kono',
      date: '2020-08-29',
      dateSource: 'front matter',
      source: 'https://example.mil/a',
      meta: { kind: 'meeting' },
      format: 'markdown',
    });
  });

  it('GIVEN a missing title THEN the message names the field', () => {
    expect(reasons('a.md', md('date: 2020-08-29'))).toEqual(['front matter "title" is missing']);
  });

  it('GIVEN an empty title THEN the message says so', () => {
    expect(reasons('a.md', md('title:   \ndate: 2020-08-29'))).toEqual(['front matter "title" must not be empty']);
  });

  it('GIVEN an impossible date THEN the message quotes it', () => {
    expect(reasons('a.md', md('title: T\ndate: 2021-02-29'))).toEqual([
      'front matter "date" must be a real calendar date written YYYY-MM-DD, got "2021-02-29"',
    ]);
    expect(reasons('a.md', md('title: T\ndate: August 29, 2020'))).toEqual([
      'front matter "date" must be a real calendar date written YYYY-MM-DD, got "August 29, 2020"',
    ]);
  });

  it('GIVEN a missing date and a bad source THEN both are reported', () => {
    expect(reasons('a.md', md('title: T\nsource: not a link'))).toEqual([
      'front matter "date" is missing',
      'front matter "source" must be an http(s) URL, got "not a link"',
    ]);
  });

  it('GIVEN an empty source THEN it counts as not given', () => {
    expect(parseReadout('a.md', md('title: T\ndate: 2020-01-14\nsource:')).source).toBeNull();
  });

  it('GIVEN a broken block THEN the reason says what is wrong', () => {
    expect(reasons('a.md', '---\ntitle: T\ndate: 2020-01-14\nbody text')).toEqual([
      'front matter starts with --- but has no closing --- line',
    ]);
    expect(reasons('a.md', md('title: T\nthis line has no colon'))).toEqual([
      'front matter line 3 is not "key: value": "this line has no colon"',
    ]);
    expect(reasons('a.md', md('title: T\ntitle: U\ndate: 2020-01-14'))).toEqual(['front matter has "title" twice']);
    expect(reasons('a.md', 'Just text.')).toEqual(['no front matter: a readout starts with a --- block giving title and date']);
    expect(reasons('a.md', md('title: T\ndate: 2020-01-14', ''))).toEqual(['empty body: no text after the front matter']);
    expect(reasons('a.txt', 'Readout of a Call')).toEqual(['empty body: no text after the title (the first line)']);
    expect(reasons('a.txt', md('title: T', ''))).toEqual(['empty body: no text after the front matter']);
  });

  it('GIVEN quoted values THEN one wrapping pair of quotes is dropped', () => {
    const { fields } = splitFrontMatter("---\ntitle: \"A: B\"\nother: 'x' and 'y'\n---\nbody");
    expect(fields).toEqual({ title: 'A: B', other: "'x' and 'y'" });
  });
});

describe('sentences of a readout', () => {
  it('GIVEN paragraphs THEN sentences carry doc, title, date, numbers and a stable id', () => {
    const text = md('title: T\ndate: 2020-01-14', 'First one. Second one.\n\nThird one.');
    const first = parseReadout('sub/x.md', text);
    expect(first.sentences.map(({ text: t, paragraph, position, doc, date }) => [t, paragraph, position, doc, date])).toEqual([
      ['First one.', 1, 1, 'sub/x.md', '2020-01-14'],
      ['Second one.', 1, 2, 'sub/x.md', '2020-01-14'],
      ['Third one.', 2, 1, 'sub/x.md', '2020-01-14'],
    ]);
    expect(first.sentences[2]?.id).toMatch(/^[0-9a-f]{12}\.2\.1$/);
    expect(parseReadout('sub/x.md', text).sentences.map((s) => s.id)).toEqual(first.sentences.map((s) => s.id));
    expect(parseReadout('sub/y.md', text).sentences[0]?.id).not.toBe(first.sentences[0]?.id);
  });

  it('GIVEN two files of a folder whose keys clash THEN the later path gets a longer key, and its ids carry it', () => {
    // Clashes at 12 hex digits are too rare to stage; at 1 digit, 17 files must hold one.
    const files = Array.from({ length: 17 }, (_, n) => `r${n}.md`);
    const keys = readoutKeys(files, 1);
    expect(new Set(keys.values()).size).toBe(17);
    const sorted = [...files].sort();
    const later = sorted.find((f, i) => sorted.slice(0, i).some((e) => readoutKey(e, 1) === readoutKey(f, 1)));
    const earlier = sorted.find((e) => e !== later && readoutKey(e, 1) === readoutKey(later ?? '', 1));
    expect(keys.get(earlier ?? '')).toBe(readoutKey(earlier ?? '', 1));
    expect(keys.get(later ?? '')).toBe(readoutKey(later ?? '', 5));
    const readout = parseReadout(later ?? '', md('title: T\ndate: 2020-01-14'), keys.get(later ?? ''));
    expect(readout.sentences.map((s) => s.id)).toEqual([`${readoutKey(later ?? '', 5)}.1.1`, `${readoutKey(later ?? '', 5)}.1.2`]);
    // Without a clash every key is the plain 12 digits.
    expect(readoutKeys(['a.md', 'b.md'])).toEqual(
      new Map([
        ['a.md', readoutKey('a.md')],
        ['b.md', readoutKey('b.md')],
      ]),
    );
  });
});
