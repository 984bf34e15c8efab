import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintAsync, listCorpusFiles } from '../src/corpus/folder.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { tempFolder } from './support/tmp.ts';

describe('fingerprintAsync: the corpus poll that does not block the bot', () => {
  it('GIVEN a folder THEN the same hash as fingerprint(); a changed file or a missing folder THEN as fingerprint() says too', async () => {
    expect(await fingerprintAsync(BUNDLED_CORPUS)).toBe(fingerprint(BUNDLED_CORPUS));
    const dir = tempFolder();
    mkdirSync(join(dir, '2020'));
    for (let i = 0; i < 450; i++) writeFileSync(join(dir, '2020', `r${i}.md`), `---\ntitle: T${i}\ndate: 2020-01-01\n---\nText ${i}.\n`);
    const before = await fingerprintAsync(dir);
    expect(before).toBe(fingerprint(dir));
    writeFileSync(join(dir, '2020', 'r7.md'), 'changed, and longer than before');
    expect(await fingerprintAsync(dir)).not.toBe(before);
    expect(await fingerprintAsync(dir)).toBe(fingerprint(dir));
    expect(await fingerprintAsync(join(dir, 'nope'))).toBe('missing');
    expect(fingerprint(join(dir, 'nope'))).toBe('missing');
  });

  it('GIVEN a folder of 600 readouts THEN the poll reads it in many short turns, so the bot answers in between', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, '2021'));
    for (let i = 0; i < 600; i++) writeFileSync(join(dir, '2021', `r${i}.md`), `---\ntitle: T${i}\ndate: 2021-01-01\n---\nText ${i}.\n`);
    // Why: listing 2,500 readouts in one turn held the bot's event loop 10-33 ms.
    let turns = 0;
    let polling = true;
    const count = () => {
      turns++;
      if (polling) setImmediate(count);
    };
    setImmediate(count);
    const print = await fingerprintAsync(dir);
    polling = false;
    expect(print).toBe(fingerprint(dir));
    // 600 entries at 100 a turn and 600 stats at 20 a turn: at least 6 + 30 turns.
    expect(turns).toBeGreaterThanOrEqual(36);
  });

  it('GIVEN files at the top and in subfolders THEN the listing is in path order, whatever the order on disk', () => {
    const dir = tempFolder({ 'b.md': 'x', 'A.md': 'x', '2015/z.md': 'x', '2015/a.md': 'x', '2014/m.md': 'x', 'a-2015.md': 'x' });
    expect(listCorpusFiles(dir)).toEqual(['2014/m.md', '2015/a.md', '2015/z.md', 'A.md', 'a-2015.md', 'b.md']);
  });
});
