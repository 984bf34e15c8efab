import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintAsync } from '../src/corpus/folder.ts';
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
});
