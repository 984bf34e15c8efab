/**
 * A write that fails part-way (a full disk) leaves no temporary file behind
 * (issue 25, item 14). node:fs is wrapped so that one write starts the
 * temporary file, then fails with ENOSPC, as a full disk does.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { StateStore, writeFileAtomic } from '../../src/discord/state.ts';
import { tempFolder } from '../support/tmp.ts';

const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    writeFileSync: (path: string, data: string) => {
      if (!disk.full) return fs.writeFileSync(path, data);
      // Like a full disk: the file is created, nothing fits in it.
      fs.writeFileSync(path, '');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
});

describe('a full disk (issue 25, item 14)', () => {
  it('GIVEN a state write that fails THEN it throws, the old file stays, and no temporary file is left', async () => {
    const dir = tempFolder();
    const store = new StateStore(dir);
    await store.update('100000000000000001', (s) => void (s.announce = '200000000000000001'));
    disk.full = true;
    try {
      await expect(store.update('100000000000000001', (s) => void (s.announce = '200000000000000002'))).rejects.toThrow('ENOSPC');
      expect(() => writeFileAtomic(join(dir, 'other.json'), '{}')).toThrow('ENOSPC');
    } finally {
      disk.full = false;
    }
    expect(readdirSync(join(dir, 'guilds'))).toEqual(['100000000000000001.json']);
    expect(readdirSync(dir).sort()).toEqual(['guilds']);
    expect(store.read('100000000000000001')?.announce).toBe('200000000000000001');
  });
});
