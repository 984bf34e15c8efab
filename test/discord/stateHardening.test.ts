/**
 * Issue 25, item 14: state files that are folders, lists of old corpora,
 * and announcement planning in turns.
 */
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDeliveries } from '../../src/discord/announcer.ts';
import { emptyState, StateStore } from '../../src/discord/state.ts';
import { Engine } from '../../src/engine/engine.ts';
import { createLogger } from '../../src/logger.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { readState, writeState } from '../../src/publisher/state.ts';
import { logSink } from '../support/serving.ts';
import { tempFolder } from '../support/tmp.ts';

const GUILD = '100000000000000001';
const OTHER = '100000000000000002';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

describe('state hardening (issue 25, item 14)', () => {
  it('GIVEN many saved corpus lists THEN those no server points at, and older than an hour, are pruned', async () => {
    const dir = tempFolder();
    const store = new StateStore(dir);
    await store.update(GUILD, (s) => void (s.corpus = 'aaaa0001'));
    await store.update(OTHER, (s) => void (s.corpus = 'aaaa0002'));
    mkdirSync(join(dir, 'corpora'), { recursive: true });
    for (let n = 1; n <= 12; n++) {
      const path = join(dir, 'corpora', `aaaa${String(n).padStart(4, '0')}.json`);
      writeFileSync(path, JSON.stringify({ version: `aaaa${String(n).padStart(4, '0')}`, files: ['a.md'] }));
      // The last one is recent: another shard may have just saved it.
      utimesSync(path, n === 12 ? new Date() : hoursAgo(2), n === 12 ? new Date() : hoursAgo(2));
    }
    writeFileSync(join(dir, 'corpora', 'notes.txt'), 'not a corpus list');
    store.saveCorpus('bbbb0001', ['a.md', 'b.md']);
    expect(readdirSync(join(dir, 'corpora')).sort()).toEqual([
      'aaaa0001.json',
      'aaaa0002.json',
      'aaaa0012.json',
      'bbbb0001.json',
      'notes.txt',
    ]);
  });

  it('GIVEN a folder where a server state file should be THEN it is set aside, logged, and the server starts afresh', async () => {
    const dir = tempFolder();
    const lines: string[] = [];
    const store = new StateStore(dir, createLogger({ level: 'info', destination: logSink(lines) }));
    mkdirSync(join(dir, 'guilds', `${GUILD}.json`), { recursive: true });
    expect(store.read(GUILD)).toBeNull();
    expect(readdirSync(join(dir, 'guilds')).some((n) => n.startsWith(`${GUILD}.json.corrupt-`))).toBe(true);
    expect(lines.some((l) => l.includes('a folder, not a file'))).toBe(true);
    const saved = await store.update(GUILD, (s) => void (s.announce = '200000000000000001'));
    expect(saved.announce).toBe('200000000000000001');
    // A folder appearing at write time is set aside too.
    const corpora = join(dir, 'corpora', 'cccc0001.json');
    mkdirSync(corpora, { recursive: true });
    store.saveCorpus('cccc0001', ['x.md']);
    expect(store.readCorpus('cccc0001')).toEqual(new Set(['x.md']));
  });

  it('GIVEN a folder where the watch state should be THEN it is set aside with a warning, and the state can be written', async () => {
    const path = join(tempFolder(), 'watch.json');
    mkdirSync(path);
    const warnings: string[] = [];
    const state = await readState(path, '/corpus', (w) => warnings.push(w));
    expect(state.seen).toEqual({});
    expect(warnings[0]).toMatch(/was unreadable \(a folder, not a file\); set aside as /);
    await writeState(path, state);
    expect(existsSync(path)).toBe(true);
  });

  it('GIVEN 50 channels following 25 topics each THEN planning lets other work in between, and plans the same', async () => {
    const engine = Engine.load(BUNDLED_CORPUS);
    const topics = ['Japan', 'Korea', 'NATO', 'Philippines', 'Australia', 'India', 'China', 'Ukraine', 'Poland', 'Germany'];
    const follows: Record<string, string[]> = {};
    for (let c = 0; c < 50; c++)
      follows[String(300000000000000000n + BigInt(c))] = Array.from(
        { length: 25 },
        (_, t) => `${topics[t % topics.length]}${t >= 10 ? ` ${t}` : ''}`,
      );
    const state = { ...emptyState(GUILD), follows };
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const plan = await planDeliveries(state, engine, engine.index.readouts.slice(0, 3));
    ticking = false;
    // 1,250 topic matches: at least one turn per 50.
    expect(ticks).toBeGreaterThanOrEqual(25);
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((d) => d.keys.length === d.files.length)).toBe(true);
  }, 60_000);
});
