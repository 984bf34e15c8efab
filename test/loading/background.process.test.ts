/**
 * The bot's reload path: the index built by a child process (`readout index`
 * on the corpus), loaded here and saved as the snapshot for the next start;
 * a child killed on shutdown. Snapshots in process are snapshot.test.ts.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { snapshotPath } from '../../src/search/snapshot.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';
import { BackgroundBuilder } from '../../src/engine/background.ts';
import { createLogger } from '../../src/logger.ts';

const corpus = () =>
  tempFolder({
    'guam.md': readoutMd('Guam talks', '2020-08-29', 'They met in Guam to discuss Mageshima. The DPRK came up.'),
    'tonga.md': readoutMd('Tonga talks', '2021-03-01', 'They met in Tonga to discuss cyclone relief.'),
  });

describe('building in the background (how the bot reloads)', () => {
  /** A logger whose lines the test reads. */
  function captured() {
    const lines: { level: number; msg: string }[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) },
    });
    return { logger, lines };
  }

  it('GIVEN a corpus THEN a child process builds the index, this one loads it and saves the snapshot for the next start', async () => {
    const dir = corpus();
    const cacheDir = tempFolder();
    expect(() => Engine.loadSnapshot(dir, { cacheDir })).toThrow('no snapshot');
    const engine = await new BackgroundBuilder({ cacheDir }).load(dir);
    expect(engine.answer({ command: 'ask', input: 'what about Mageshima?' }).results[0]?.text).toBe(
      'They met in Guam to discuss Mageshima.',
    );
    const saved = Engine.loadSnapshot(dir, { cacheDir });
    expect(saved.index.digest()).toBe(engine.index.digest());
  });

  it('GIVEN a cache that cannot be written THEN every reload still serves the new corpus, and it warns once', async () => {
    const dir = corpus();
    const cacheDir = tempFolder();
    mkdirSync(snapshotPath(cacheDir, dir));
    const { logger, lines } = captured();
    const builder = new BackgroundBuilder({ cacheDir, logger });
    const first = await builder.load(dir);
    expect(first.answer({ command: 'ask', input: 'what about Tonga?' }).results[0]?.text).toBe(
      'They met in Tonga to discuss cyclone relief.',
    );
    writeFileSync(join(dir, 'fiji.md'), readoutMd('Fiji talks', '2022-05-01', 'They met in Fiji to discuss fisheries.'));
    const second = await builder.load(dir);
    expect(second.answer({ command: 'ask', input: 'what about Fiji?' }).results[0]?.text).toBe('They met in Fiji to discuss fisheries.');
    expect(lines.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual([
      `could not save the index snapshot to ${snapshotPath(cacheDir, dir)}: illegal operation on a directory (EISDIR). ` +
        'Hot reload still works, but every restart rebuilds the index: make CACHE_DIR writable',
    ]);
    expect(readdirSync(cacheDir)).toEqual([basename(snapshotPath(cacheDir, dir))]);
  });

  it('GIVEN a shutdown during a build THEN the child is killed at once and the load is refused', async () => {
    const builder = new BackgroundBuilder({ cacheDir: tempFolder() });
    const shutdown = new AbortController();
    const loading = builder.load(BUNDLED_CORPUS, shutdown.signal);
    await expect.poll(() => builder.building(), { timeout: 5000 }).toBeTypeOf('number');
    const pid = builder.building() as number;
    const started = Date.now();
    shutdown.abort();
    await expect(loading).rejects.toThrow('stopped: Readout is shutting down');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });

  it('GIVEN a folder that is gone THEN the background build fails with a reason', async () => {
    await expect(new BackgroundBuilder({ cacheDir: tempFolder() }).load(join(tempFolder(), 'missing'))).rejects.toThrow(
      /building the index failed \(exit 2\): readout: corpus folder not found/,
    );
  });
});
