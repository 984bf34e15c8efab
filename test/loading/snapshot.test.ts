import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { saveSnapshot, snapshotInputs, snapshotPath, sweepTemporaries } from '../../src/search/snapshot.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';
import { run } from '../support/io.ts';
import { asUnprivileged, openToOthers } from '../support/unprivileged.ts';

/**
 * A pid no process has (so no writer owns a temp file named after it): 2^22 + 1 is above the largest
 * pid_max Linux allows (2^22), and above any other system's pids.
 */
const DEAD_PID = 4194305;

const corpus = () =>
  tempFolder({
    'guam.md': readoutMd('Guam talks', '2020-08-29', 'They met in Guam to discuss Mageshima. The DPRK came up.'),
    'tonga.md': readoutMd('Tonga talks', '2021-03-01', 'They met in Tonga to discuss cyclone relief.'),
  });

describe('index snapshots', () => {
  it('GIVEN a first run THEN the index is built and saved; the next run loads it and answers the same', () => {
    const cacheDir = tempFolder();
    const built = Engine.loadOrBuild(BUNDLED_CORPUS, { cacheDir });
    expect(built.origin).toMatchObject({ from: 'built', why: 'no snapshot' });
    const loaded = Engine.loadOrBuild(BUNDLED_CORPUS, { cacheDir });
    expect(loaded.origin.from).toBe('snapshot');
    expect(loaded.index.digest()).toBe(built.index.digest());
    expect(loaded.report).toEqual(built.report);
    for (const question of ['what about Mageshima?', 'who did Esper meet in Guam?', 'how many readouts mention North Korea?']) {
      expect(loaded.answer({ command: 'ask', input: question })).toEqual(built.answer({ command: 'ask', input: question }));
    }
    expect(loaded.answer({ command: 'timeline', input: 'DPRK' })).toEqual(built.answer({ command: 'timeline', input: 'DPRK' }));
    expect(loaded.answer({ command: 'quote', input: 'job number one' })).toEqual(
      built.answer({ command: 'quote', input: 'job number one' }),
    );
    expect(loaded.complete('kor', 'topic')).toEqual(built.complete('kor', 'topic'));
  });

  it('GIVEN a corpus file added, edited or an aliases.json added THEN the snapshot is stale and rebuilt', () => {
    const dir = corpus();
    const cacheDir = tempFolder();
    Engine.loadOrBuild(dir, { cacheDir });
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin.from).toBe('snapshot');

    writeFileSync(join(dir, 'new.md'), readoutMd('New', '2022-01-01', 'Something new.'));
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin).toMatchObject({ from: 'built', why: 'stale (the corpus or the engine changed)' });

    writeFileSync(join(dir, 'tonga.md'), readoutMd('Tonga talks', '2021-03-01', 'They met in Tonga to discuss fisheries.'));
    utimesSync(join(dir, 'tonga.md'), 2_000_000_000, 2_000_000_000);
    const edited = Engine.loadOrBuild(dir, { cacheDir });
    expect(edited.origin.from).toBe('built');
    expect(edited.answer({ command: 'ask', input: 'what about Tonga?' }).results[0]?.text).toBe('They met in Tonga to discuss fisheries.');

    writeFileSync(join(dir, 'aliases.json'), JSON.stringify({ Tonga: ['Kingdom of Tonga'] }));
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin.from).toBe('built');
    expect(Engine.loadOrBuild(dir, { cacheDir }).answer({ command: 'timeline', input: 'Kingdom of Tonga' }).count).toBe(1);
  });

  it('GIVEN the data the terms are made with (stop words, spellings) THEN it is part of the key: a stop word added rebuilds', () => {
    // "whose" became a stop word in issue 20's tenth round; a snapshot keyed on code alone kept the old terms.
    expect(snapshotInputs()).toContain(resolve(import.meta.dirname, '..', '..', 'data', 'text'));
  });
  it('GIVEN a damaged or partly written snapshot THEN it is detected and rebuilt, never trusted', () => {
    const dir = corpus();
    const cacheDir = tempFolder();
    Engine.loadOrBuild(dir, { cacheDir });
    const path = snapshotPath(cacheDir, dir);
    const good = readFileSync(path);

    const flipped = Buffer.from(good);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = (flipped[middle] as number) ^ 0xff;
    writeFileSync(path, flipped);
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin).toMatchObject({ from: 'built', why: 'damaged (checksum mismatch)' });

    writeFileSync(path, good.subarray(0, good.length - 100));
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin).toMatchObject({ from: 'built', why: 'damaged (checksum mismatch)' });

    writeFileSync(path, 'not a snapshot at all');
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin).toMatchObject({ from: 'built', why: 'not a snapshot file' });
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin.from).toBe('snapshot');
  });

  it('GIVEN a snapshot whose checksum holds but whose header is not what Readout writes THEN it is rebuilt, never trusted', () => {
    const dir = corpus();
    const cacheDir = tempFolder();
    Engine.loadOrBuild(dir, { cacheDir });
    const path = snapshotPath(cacheDir, dir);
    const forged = readFileSync(path);
    // Same length, so the layout holds: a number where a readout's source link goes.
    const at = forged.indexOf('"source":null');
    expect(at).toBeGreaterThan(0);
    forged.write('"source":1234', at, 'latin1');
    forged.writeUInt32LE(crc32(forged.subarray(0, forged.length - 4)), forged.length - 4);
    writeFileSync(path, forged);
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin).toMatchObject({
      from: 'built',
      why: 'damaged (header readouts.0.source: Invalid input: expected string, received number)',
    });
  });

  it('GIVEN a cache folder that cannot be written THEN it still answers, and says why nothing was saved', () => {
    const dir = corpus();
    const file = join(tempFolder(), 'a-file');
    writeFileSync(file, '');
    const engine = Engine.loadOrBuild(dir, { cacheDir: join(file, 'snapshots') });
    expect(engine.origin.from).toBe('built');
    expect(engine.origin.why).toMatch(/^no snapshot; could not save a snapshot: /);
    expect(engine.answer({ command: 'ask', input: 'what about Mageshima?' }).none).toBe(false);
  });
});

describe('a cache that cannot be written', () => {
  it('GIVEN the snapshot path is a folder THEN `readout index` fails with the reason, exit 1, and leaves no temp file', async () => {
    const dir = corpus();
    const cacheDir = tempFolder();
    const path = snapshotPath(cacheDir, dir);
    mkdirSync(path);
    const result = await run(['index', '--corpus', dir], '', { CACHE_DIR: cacheDir });
    expect(result).toEqual({
      code: 1,
      out: '',
      err: `readout: could not save the index snapshot to ${path}: illegal operation on a directory (EISDIR)\n`,
    });
    expect(readdirSync(cacheDir)).toEqual([basename(path)]);
  });

  it('GIVEN a read-only cache folder THEN `readout index` fails with the reason', async () => {
    const dir = corpus();
    const cacheDir = tempFolder();
    openToOthers(dir);
    chmodSync(cacheDir, 0o555);
    const result = await asUnprivileged(() => run(['index', '--corpus', dir], '', { CACHE_DIR: cacheDir }));
    expect(result.code).toBe(1);
    expect(result.err).toBe(`readout: could not save the index snapshot to ${snapshotPath(cacheDir, dir)}: permission denied (EACCES)\n`);
  });

  it('GIVEN a full disk (the write fails half way) THEN the error says so and the temp file is removed', () => {
    const cacheDir = tempFolder();
    const path = join(cacheDir, 'abc.snap');
    const full = (file: string, bytes: Uint8Array) => {
      writeFileSync(file, bytes.subarray(0, 4));
      throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
    };
    expect(() => saveSnapshot(path, new Uint8Array(64), full)).toThrow(
      `could not save the index snapshot to ${path}: no space left on device (ENOSPC)`,
    );
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it("GIVEN temp files left by a build that was killed THEN the next start sweeps them, and keeps a live writer's", () => {
    const dir = corpus();
    const cacheDir = tempFolder();
    const stale = `${snapshotPath(cacheDir, dir)}.${DEAD_PID}.tmp`;
    const live = `${snapshotPath(cacheDir, dir)}.${process.ppid}.tmp`;
    const other = join(cacheDir, 'notes.txt');
    for (const file of [stale, live, other]) writeFileSync(file, 'partial');
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin.from).toBe('built');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(other)).toBe(true);
    // A temp file untouched for an hour is stale whoever its pid names now.
    utimesSync(live, 1_000_000_000, 1_000_000_000);
    sweepTemporaries(cacheDir);
    expect(existsSync(live)).toBe(false);
  });
});
