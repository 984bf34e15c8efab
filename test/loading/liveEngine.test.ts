import { rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { LiveEngine } from '../../src/engine/live.ts';
import { createLogger } from '../../src/logger.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';
import { asUnprivileged, openToOthers, unreadable } from '../support/unprivileged.ts';

const guam = readoutMd('Guam talks', '2020-08-29', 'They met in Guam to discuss Mageshima.');
const tonga = readoutMd('Tonga talks', '2021-03-01', 'They met in Tonga to discuss cyclone relief.');

/** Give a rewritten file a new mtime even within the same millisecond tick. */
function touch(path: string, seconds: number): void {
  utimesSync(path, seconds, seconds);
}

describe('hot reload', () => {
  it('GIVEN a file added, edited, then deleted THEN answers follow each change', async () => {
    const dir = tempFolder({ 'guam.md': guam });
    const live = new LiveEngine(dir, Engine.load(dir), { load: (d) => Engine.load(d) });
    expect(live.current.answer({ command: 'ask', input: 'what about Tonga?' }).none).toBe(true);

    writeFileSync(join(dir, 'tonga.md'), tonga);
    await live.check();
    expect(live.current.answer({ command: 'ask', input: 'what about Tonga?' }).results[0]?.text).toBe(
      'They met in Tonga to discuss cyclone relief.',
    );

    writeFileSync(join(dir, 'tonga.md'), readoutMd('Tonga talks', '2021-03-01', 'They met in Tonga to discuss fisheries.'));
    touch(join(dir, 'tonga.md'), 2_000_000_000);
    await live.check();
    expect(live.current.answer({ command: 'ask', input: 'what about Tonga?' }).results[0]?.text).toBe(
      'They met in Tonga to discuss fisheries.',
    );

    unlinkSync(join(dir, 'tonga.md'));
    await live.check();
    expect(live.current.answer({ command: 'ask', input: 'what about Tonga?' }).none).toBe(true);
    expect(live.reloads).toBe(3);
  });

  it('GIVEN no change THEN no reload', async () => {
    const dir = tempFolder({ 'guam.md': guam });
    const live = new LiveEngine(dir, Engine.load(dir), { load: (d) => Engine.load(d) });
    await live.check();
    expect(live.reloads).toBe(0);
  });

  it('GIVEN a question during a reload THEN it is answered from the old corpus, then from the new', async () => {
    const dir = tempFolder({ 'guam.md': guam });
    let release: () => void = () => {};
    let building = false;
    const live = new LiveEngine(dir, Engine.load(dir), {
      // A slow build: the swap waits until the new engine is whole.
      load: async (d) => {
        building = true;
        const next = Engine.load(d);
        await new Promise<void>((resolve) => (release = resolve));
        return next;
      },
    });
    writeFileSync(join(dir, 'tonga.md'), tonga);
    const reloading = live.check();
    await expect.poll(() => building).toBe(true);
    expect(live.current.report.loaded).toBe(1);
    expect(live.current.answer({ command: 'ask', input: 'what about Tonga?' }).none).toBe(true);
    release();
    await reloading;
    expect(live.current.report.loaded).toBe(2);
  });

  it('GIVEN a reload that fails THEN the old engine keeps serving', async () => {
    const dir = tempFolder({ 'guam.md': guam });
    const live = new LiveEngine(dir, Engine.load(dir), { load: (d) => Engine.load(d) });
    rmSync(dir, { recursive: true });
    await live.check();
    expect(live.reloads).toBe(1);
    expect(live.current.answer({ command: 'ask', input: 'what about Mageshima?' }).results[0]?.text).toBe(
      'They met in Guam to discuss Mageshima.',
    );
  });

  it('GIVEN a subfolder that becomes unreadable THEN the reload skips it by name and serves the rest', async () => {
    const dir = tempFolder({ 'guam.md': guam, 'locked/old.md': readoutMd('Old talks', '2019-01-01', 'They met in Oslo.') });
    openToOthers(dir);
    const live = new LiveEngine(dir, Engine.load(dir), { load: (d) => Engine.load(d) });
    writeFileSync(join(dir, 'tonga.md'), tonga);
    unreadable(join(dir, 'locked'));
    await asUnprivileged(() => live.check());
    expect(live.reloads).toBe(1);
    expect(live.current.report.skipped).toEqual([{ file: 'locked/', reason: 'folder could not be read: permission denied (EACCES)' }]);
    expect(live.current.answer({ command: 'ask', input: 'what about Tonga?' }).results[0]?.text).toBe(
      'They met in Tonga to discuss cyclone relief.',
    );
  });

  it('GIVEN stop() during a reload THEN its build is aborted and nothing is swapped in or logged after', async () => {
    const dir = tempFolder({ 'guam.md': guam });
    const messages: string[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) },
    });
    let aborted = false;
    const live = new LiveEngine(dir, Engine.load(dir), {
      logger,
      // A build that only ends when told to stop, then hands back an engine anyway.
      load: (d, signal) =>
        new Promise<Engine>((resolve) =>
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve(Engine.load(d));
          }),
        ),
    });
    writeFileSync(join(dir, 'tonga.md'), tonga);
    const reloading = live.check();
    await expect.poll(() => messages).toEqual(['corpus changed: reloading']);
    await live.stop();
    await reloading;
    expect(aborted).toBe(true);
    expect(live.current.report.loaded).toBe(1);
    expect(messages).toEqual(['corpus changed: reloading']);
    await live.check();
    expect(messages).toEqual(['corpus changed: reloading']);
  });

  it('GIVEN a broken file added THEN it is skipped and every good readout still answers', async () => {
    const dir = tempFolder({ 'guam.md': guam });
    const live = new LiveEngine(dir, Engine.load(dir), { load: (d) => Engine.load(d) });
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: Broken\n---\nno date');
    await live.check();
    expect(live.current.report.skipped).toEqual([{ file: 'broken.md', reason: 'front matter "date" is missing' }]);
    expect(live.current.answer({ command: 'ask', input: 'what about Mageshima?' }).none).toBe(false);
  });
});
