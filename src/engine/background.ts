/**
 * Building an index aside: on a hot reload the bot keeps answering while a
 * child process builds the new snapshot.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { BIN } from '../paths.ts';

/**
 * Build (or check) a corpus folder's snapshot in a child process
 * (`readout index`), leaving this one free to answer. Rejects when it fails.
 */
export async function buildInBackground(dir: string, cacheDir: string | undefined): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'index', '--corpus', dir], {
    env: { ...process.env, ...(cacheDir ? { CACHE_DIR: cacheDir } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`building the index failed (exit ${code}): ${errors.trim().split('\n').pop() ?? ''}`);
}
