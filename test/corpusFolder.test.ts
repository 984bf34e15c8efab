import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLoad, fingerprint, loadCorpus } from '../src/corpus/folder.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { CorpusFolderError } from '../src/errors.ts';
import { readoutMd, tempFolder } from './support/tmp.ts';
import { asUnprivileged, openToOthers, unreadable } from './support/unprivileged.ts';

describe('loading a corpus folder', () => {
  it('GIVEN bad files among good ones THEN every good one loads and each bad one is reported', () => {
    const dir = tempFolder({
      'b-good.md': readoutMd('Good B', '2021-05-01', 'B happened.'),
      'a-good.md': readoutMd('Good A', '2020-01-01', 'A happened.'),
      'nested/c-good.txt': 'Title C\nSept. 17, 2020\nC happened.',
      'bad-date.md': readoutMd('Bad', '2020-02-30', 'Text.'),
      'no-front.md': 'Just text.',
      'binary.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x00, 0x01, 0x02]),
      'latin1.md': new Uint8Array([...Buffer.from('---\ntitle: Caf'), 0xe9, ...Buffer.from('\ndate: 2020-01-01\n---\nx\n')]),
      'copy-of-a.md': readoutMd('Good A again', '2020-01-01', 'A happened.'),
      'README.md': '# not a readout',
      'aliases.json': '{}',
      '.hidden.md': 'ignored',
    });
    const corpus = loadCorpus(dir);
    expect(corpus.readouts.map((r) => [r.file, r.date])).toEqual([
      ['a-good.md', '2020-01-01'],
      ['nested/c-good.txt', '2020-09-17'],
      ['b-good.md', '2021-05-01'],
    ]);
    expect(corpus.skipped).toEqual([
      { file: 'bad-date.md', reason: 'front matter "date" must be a real calendar date written YYYY-MM-DD, got "2020-02-30"' },
      { file: 'binary.md', reason: 'binary data, not text' },
      { file: 'copy-of-a.md', reason: 'duplicate of a-good.md (same body text)' },
      { file: 'latin1.md', reason: 'not UTF-8 text (save the file as UTF-8)' },
      { file: 'no-front.md', reason: 'no front matter: a readout starts with a --- block giving title and date' },
    ]);
    expect(describeLoad({ ...corpus, loaded: corpus.readouts.length })[0]).toBe('3 loaded, 5 skipped');
  });

  it('GIVEN an undated scraped file THEN it loads last with a warning naming it', () => {
    const dir = tempFolder({
      'dated.md': readoutMd('Dated', '2020-01-01', 'Dated text.'),
      'undated.txt': 'Undated\nOn March 3, they met.',
    });
    const corpus = loadCorpus(dir);
    expect(corpus.readouts.map((r) => [r.file, r.date])).toEqual([
      ['dated.md', '2020-01-01'],
      ['undated.txt', null],
    ]);
    expect(describeLoad({ ...corpus, loaded: corpus.readouts.length })).toEqual([
      '2 loaded, 0 skipped',
      'warning undated.txt: date unknown: the text says "On March 3" but gives no year',
    ]);
  });

  it('GIVEN symlinked files and folders THEN they are followed, a loop stops, and a broken link is reported', () => {
    const outside = tempFolder({
      'linked.md': readoutMd('Linked file', '2020-03-01', 'A linked file happened.'),
      'shelf/inside.md': readoutMd('Linked folder', '2020-04-01', 'A linked folder happened.'),
    });
    const dir = tempFolder({ 'own.md': readoutMd('Own', '2020-01-01', 'Our own file happened.') });
    symlinkSync(join(outside, 'linked.md'), join(dir, 'linked.md'));
    symlinkSync(join(outside, 'shelf'), join(dir, 'shelf'));
    mkdirSync(join(dir, 'nested'));
    symlinkSync('..', join(dir, 'nested', 'up'));
    symlinkSync(join(outside, 'gone.md'), join(dir, 'gone.md'));
    const corpus = loadCorpus(dir);
    expect(corpus.readouts.map((r) => [r.file, r.title])).toEqual([
      ['own.md', 'Own'],
      ['linked.md', 'Linked file'],
      ['shelf/inside.md', 'Linked folder'],
    ]);
    expect(corpus.skipped).toEqual([
      { file: 'gone.md', reason: `broken symbolic link: ${join(outside, 'gone.md')} does not exist` },
      { file: 'nested/up/', reason: 'link to a folder already read (the corpus folder itself)' },
    ]);
    expect(describeLoad({ ...corpus, loaded: corpus.readouts.length })[0]).toBe('3 loaded, 2 skipped');
  });

  it('GIVEN a subfolder that cannot be read THEN it is skipped with its path and reason and the rest loads', async () => {
    const dir = tempFolder({
      'good.md': readoutMd('Good', '2020-01-01', 'Good happened.'),
      'locked/hidden.md': readoutMd('Locked', '2020-02-01', 'Locked happened.'),
      'open/also.md': readoutMd('Also', '2020-03-01', 'Also happened.'),
    });
    openToOthers(dir);
    unreadable(join(dir, 'locked'));
    const corpus = await asUnprivileged(() => loadCorpus(dir));
    expect(corpus.readouts.map((r) => r.file)).toEqual(['good.md', 'open/also.md']);
    expect(corpus.skipped).toEqual([{ file: 'locked/', reason: 'folder could not be read: permission denied (EACCES)' }]);
    // The hot reload's change detector sees the folder too, not a "missing" corpus.
    expect(await asUnprivileged(() => fingerprint(dir))).not.toBe('missing');
  });

  it('GIVEN a UTF-16 file or a key named like an Object property THEN each gets its own clear reason', () => {
    const utf16 = Buffer.from(`\uFEFF${readoutMd('Wide', '2020-01-01', 'Wide text.')}`, 'utf16le');
    const dir = tempFolder({
      'wide.md': utf16,
      'odd-keys.md': readoutMd('Odd keys', '2020-05-01', 'Odd keys happened.', 'constructor: Jane\n__proto__: x\n'),
    });
    const corpus = loadCorpus(dir);
    expect(corpus.skipped).toEqual([{ file: 'wide.md', reason: 'not UTF-8 text (it is UTF-16; save the file as UTF-8)' }]);
    expect(Object.entries(corpus.readouts[0]?.meta ?? {})).toEqual([
      ['constructor', 'Jane'],
      ['__proto__', 'x'],
    ]);
  });

  it('GIVEN a missing folder THEN the error names it', () => {
    expect(() => loadCorpus('/no/such/folder')).toThrow('corpus folder not found: /no/such/folder');
  });

  it('GIVEN a readout file where the corpus folder goes THEN the error says it is a file', () => {
    const file = join(tempFolder({ 'one.md': readoutMd('T', '2020-01-01', 'x') }), 'one.md');
    expect(() => loadCorpus(file)).toThrow(
      new CorpusFolderError(`the corpus is a folder, not a file: ${file} (inspect FILE reads one file)`),
    );
    expect(() => loadCorpus(join(file, 'below'))).toThrow(`corpus folder not found: ${join(file, 'below')}`);
  });
});

describe('the bundled corpus', () => {
  const corpus = loadCorpus(BUNDLED_CORPUS);

  it('holds the two seed readouts with their dates and nothing skipped', () => {
    expect(corpus.skipped).toEqual([]);
    expect(corpus.warnings).toEqual([]);
    const seeds = corpus.readouts.filter((r) => r.file.startsWith('00'));
    expect(seeds.map((r) => [r.file, r.date])).toEqual([
      ['000-esper-kono-pentagon.md', '2020-01-14'],
      ['001-esper-kono-guam.md', '2020-08-29'],
    ]);
  });

  it('gives the Guam readout as clean whole sentences', () => {
    const guam = corpus.readouts.find((r) => r.file === '001-esper-kono-guam.md');
    expect(guam?.title).toBe("Readout of Secretary of Defense Mark T. Esper's Meeting With Japanese Defense Minister Taro Kono");
    expect(guam?.paragraphs).toHaveLength(5);
    expect(guam?.sentences[0]?.text).toBe(
      'On August 29, Secretary of Defense Mark T. Esper hosted Japanese Defense Minister Taro Kono in Guam, where they reaffirmed the strength of the U.S.-Japan Alliance and discussed ways to deepen and expand bilateral defense cooperation.',
    );
    const all = guam?.sentences.map((s) => s.text).join('\n') ?? '';
    expect(all).not.toMatch(/Disclaimer|Log in|EDT|Distributed by/);
    expect(guam?.sentences.map((s) => s.text)).toContain(
      "The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong, as well as coercive and destabilizing actions vis-à-vis Taiwan.",
    );
  });
});
