import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { snapshotPath } from '../src/search/snapshot.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { readoutMd, tempFolder } from './support/tmp.ts';

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
      expect(loaded.ask(question)).toEqual(built.ask(question));
    }
    expect(loaded.timeline('DPRK')).toEqual(built.timeline('DPRK'));
    expect(loaded.quote('job number one')).toEqual(built.quote('job number one'));
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
    expect(edited.ask('what about Tonga?').results[0]?.text).toBe('They met in Tonga to discuss fisheries.');

    writeFileSync(join(dir, 'aliases.json'), JSON.stringify({ Tonga: ['Kingdom of Tonga'] }));
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin.from).toBe('built');
    expect(Engine.loadOrBuild(dir, { cacheDir }).timeline('Kingdom of Tonga').count).toBe(1);
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
    expect(Engine.loadOrBuild(dir, { cacheDir }).origin).toMatchObject({ from: 'built', why: 'damaged (header readouts.0.source: Invalid input: expected string, received number)' });
  });

  it('GIVEN a cache folder that cannot be written THEN it still answers, and says why nothing was saved', () => {
    const dir = corpus();
    const file = join(tempFolder(), 'a-file');
    writeFileSync(file, '');
    const engine = Engine.loadOrBuild(dir, { cacheDir: join(file, 'snapshots') });
    expect(engine.origin.from).toBe('built');
    expect(engine.origin.why).toMatch(/^no snapshot; could not save a snapshot: /);
    expect(engine.ask('what about Mageshima?').none).toBe(false);
  });
});

describe('building in the background (how the bot reloads)', () => {
  it('GIVEN a corpus THEN `readout index` in a child process writes the snapshot the bot then loads', async () => {
    const { buildInBackground } = await import('../src/engine/background.ts');
    const dir = corpus();
    const cacheDir = tempFolder();
    expect(() => Engine.loadSnapshot(dir, { cacheDir })).toThrow('no snapshot');
    await buildInBackground(dir, cacheDir);
    const engine = Engine.loadSnapshot(dir, { cacheDir });
    expect(engine.origin.from).toBe('snapshot');
    expect(engine.ask('what about Mageshima?').results[0]?.text).toBe('They met in Guam to discuss Mageshima.');
  }, 20_000);

  it('GIVEN a folder that is gone THEN the background build fails with a reason', async () => {
    const { buildInBackground } = await import('../src/engine/background.ts');
    await expect(buildInBackground(join(tempFolder(), 'missing'), tempFolder())).rejects.toThrow(/building the index failed \(exit 1\): readout: corpus folder not found/);
  }, 20_000);
});
