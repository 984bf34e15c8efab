import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/folder.ts';
import { DENSE_TOPICS, generateArchive, generateReadout, mulberry32 } from '../../tools/synthetic.ts';
import { tempFolder } from '../support/tmp.ts';

const READOUTS = 20;

function archive(seed: number): { dir: string; files: string[]; contents: string[] } {
  const dir = tempFolder();
  const { files } = generateArchive({ readouts: READOUTS, seed, dir });
  return { dir, files, contents: files.map((f) => readFileSync(join(dir, f), 'utf8')) };
}

describe('synthetic archive (benchmark input)', () => {
  it('GIVEN a seed THEN the PRNG and the archive are the same on every run', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);

    const first = archive(7);
    const second = archive(7);
    expect(first.files).toHaveLength(READOUTS);
    expect(second.files).toEqual(first.files);
    expect(second.contents).toEqual(first.contents);
  });

  it('GIVEN another seed THEN the archive differs', () => {
    expect(archive(8).contents).not.toEqual(archive(7).contents);
  });

  it('GIVEN a smaller archive THEN it is the start of a larger one with the same seed', () => {
    expect(generateReadout(7, 3, 4).text).toBe(readFileSync(join(archive(7).dir, generateReadout(7, 3, 4).file), 'utf8'));
  });

  it('GIVEN the archive THEN every file loads, none is skipped or warned about, and sentences split as generated', () => {
    const { dir, files } = archive(7);
    const corpus = loadCorpus(dir);
    expect(corpus.skipped).toEqual([]);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.readouts).toHaveLength(READOUTS);
    expect(files.every((f) => /^\d{4}\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+-(call|meeting|vtc|visit)-\d{4}\.md$/.test(f))).toBe(true);
    const byFile = new Map(corpus.readouts.map((r) => [r.file, r]));
    for (let n = 0; n < READOUTS; n++) {
      const generated = generateReadout(7, n, 4);
      const loaded = byFile.get(generated.file);
      expect(loaded?.title).toBe(generated.title);
      expect(loaded?.date).toBe(generated.date);
      expect(loaded?.sentences.map((s) => s.text)).toEqual(generated.paragraphs.flat());
    }
  });

  it('GIVEN dense THEN each of the handful of dense topics is in most readouts, and every file still loads and splits as generated', () => {
    const dir = tempFolder();
    generateArchive({ readouts: 200, seed: 7, dir, dense: true });
    const corpus = loadCorpus(dir);
    expect(corpus.skipped).toEqual([]);
    expect(corpus.warnings).toEqual([]);
    const byFile = new Map(corpus.readouts.map((r) => [r.file, r]));
    for (let n = 0; n < 200; n++) {
      const generated = generateReadout(7, n, 4, 0, true);
      expect(byFile.get(generated.file)?.sentences.map((s) => s.text)).toEqual(generated.paragraphs.flat());
    }
    // Each is written several ways; one word of it appears in every form.
    const share = (word: string) => corpus.readouts.filter((r) => r.paragraphs.join(' ').includes(word)).length / 200;
    expect(DENSE_TOPICS).toHaveLength(5);
    for (const word of ['Ukraine', 'South China Sea', 'cyber', 'climate']) expect(share(word)).toBeGreaterThan(0.5);
    // The sparse archive of the same seed mentions them far less.
    const sparse = Array.from({ length: 200 }, (_, n) => generateReadout(7, n, 4).text);
    expect(sparse.filter((t) => t.includes('Ukraine')).length / 200).toBeLessThan(0.3);
  });
});
