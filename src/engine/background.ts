/**
 * Building an index aside: on a hot reload the bot keeps answering while a
 * child process (`readout index --stdout`) builds the new index and hands it
 * over as snapshot bytes on its stdout. The hand-over does not go through the
 * cache folder, so a cache that cannot be written (read-only, full, its path
 * taken by a folder) costs restart speed, never fresh answers: this process
 * then saves the snapshot itself for the next start, and says once, loudly,
 * when it cannot.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { BIN, DEFAULT_CACHE_DIR } from '../paths.ts';
import { CorpusReportSchema, Engine } from './engine.ts';
import { decodeSnapshot, saveSnapshotAsync, snapshotPath, sweepTemporaries } from '../search/snapshot.ts';
import { SnapshotWriteError, StoppedError } from '../errors.ts';
import type { Logger } from '../logger.ts';

export class BackgroundBuilder {
  private child: ChildProcess | undefined;
  /** The cache problem already reported, so a broken cache is one loud line, not one per reload. */
  private reported: string | undefined;

  constructor(private readonly options: { cacheDir?: string | undefined; logger?: Logger } = {}) {}

  /** The build process's pid while one runs. */
  building(): number | undefined {
    return this.child?.pid;
  }

  /**
   * The engine for `dir`, built in a child process. Saves its snapshot for the
   * next start when the cache allows. Rejects with the build's error, or with
   * StoppedError once `signal` aborts (the child is killed at once: a
   * shutdown must not wait for a build that can take half a minute).
   */
  async load(dir: string, signal?: AbortSignal): Promise<Engine> {
    const bytes = await this.build(dir, signal);
    const { index, extra, key } = decodeSnapshot(bytes, null, CorpusReportSchema);
    const path = snapshotPath(this.options.cacheDir ?? DEFAULT_CACHE_DIR, dir);
    if (signal?.aborted) throw new StoppedError();
    try {
      sweepTemporaries(this.options.cacheDir ?? DEFAULT_CACHE_DIR);
      await saveSnapshotAsync(path, bytes);
      if (this.reported) this.options.logger?.info({ path }, 'index snapshot saved again');
      this.reported = undefined;
    } catch (error) {
      if (!(error instanceof SnapshotWriteError)) throw error;
      this.cacheFailed(error);
    }
    return new Engine(index, extra, { from: 'built', path, why: `built in the background (key ${key.slice(0, 8)})` });
  }

  /**
   * Say that the cache cannot take snapshots: an error line the first time,
   * debug lines while the same problem lasts.
   */
  cacheFailed(error: SnapshotWriteError): void {
    const message = `${error.message}. Hot reload still works, but every restart rebuilds the index: make CACHE_DIR writable`;
    if (this.reported === error.message) this.options.logger?.debug({ path: error.path }, message);
    else this.options.logger?.error({ path: error.path }, message);
    this.reported = error.message;
  }

  private async build(dir: string, signal: AbortSignal | undefined): Promise<Buffer> {
    if (signal?.aborted) throw new StoppedError();
    const child = spawn(process.execPath, [BIN, 'index', '--stdout', '--corpus', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const kill = () => child.kill('SIGTERM');
    signal?.addEventListener('abort', kill, { once: true });
    const chunks: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    try {
      const [code] = (await once(child, 'close')) as [number | null];
      if (signal?.aborted) throw new StoppedError();
      if (code !== 0) throw new Error(`building the index failed (exit ${code}): ${errors.trim().split('\n').pop() ?? ''}`);
      return Buffer.concat(chunks);
    } finally {
      signal?.removeEventListener('abort', kill);
      if (this.child === child) this.child = undefined;
    }
  }
}
