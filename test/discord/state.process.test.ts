/**
 * The per-server state store under a writer process killed at random moments
 * (SIGKILL): the file is always whole and no confirmed write is lost.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateStore } from '../../src/discord/state.ts';
import { tempFolder } from '../support/tmp.ts';

const GUILD = '111111111111111111';
const ROOT = resolve(import.meta.dirname, '../..');

describe('state store', () => {
  it('GIVEN a process killed at random moments while it writes THEN the file is always whole and no confirmed write is lost', async () => {
    const dir = tempFolder();
    // Each update appends a post; the child prints the count once the write returned.
    const script = join(tempFolder(), 'writer.mts');
    writeFileSync(
      script,
      `import { StateStore } from ${JSON.stringify(join(ROOT, 'src/discord/state.ts'))};
const store = new StateStore(${JSON.stringify(dir)});
for (let n = 0; ; n++) {
  const s = await store.update('${GUILD}', (s) => {
    s.posted.push({ channel: '2', nonce: String(n), message: '3', files: ['a.md'.repeat(200)], at: new Date().toISOString() });
  });
  process.stdout.write(s.posted.length + '\\n');
}
`,
    );
    const store = new StateStore(dir);
    for (let round = 0; round < 4; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      await expect.poll(() => out.split('\n').length, { timeout: 20_000 }).toBeGreaterThan(3);
      await new Promise((r) => setTimeout(r, Math.random() * 50));
      child.kill('SIGKILL');
      await once(child, 'exit');
      const lastConfirmed = Number(out.trim().split('\n').at(-1));
      const state = store.read(GUILD);
      // Whole (read() would have set a torn file aside and returned null), and
      // holding at least every write the child saw confirmed (posted is capped at 200).
      expect(state).not.toBeNull();
      expect(state?.posted.length).toBeGreaterThanOrEqual(Math.min(200, lastConfirmed));
    }
    expect(readdirSync(join(dir, 'guilds')).filter((f) => f.includes('corrupt'))).toEqual([]);
  });
});
