/**
 * Hot reload: the engine a running bot serves, rebuilt when the corpus folder
 * changes. The folder is polled (paths, sizes and modification times of its
 * corpus files and aliases.json); after a change settles, a new engine is
 * built aside and swapped in whole, in one assignment. A question is answered
 * from the old corpus or the new one, never from a half-built index. A reload
 * that fails leaves the old engine serving. stop() gives up a reload in
 * progress (its signal aborts) and nothing is swapped in or logged after it.
 */
import { fingerprint, fingerprintAsync } from '../corpus/folder.ts';
import type { Engine } from './engine.ts';
import type { Logger } from '../logger.ts';

export interface LiveOptions {
  /** How often the folder is checked. */
  pollMs?: number;
  /** Builds an engine for the folder (Engine.load, or a background build); `signal` aborts on stop(). */
  load: (dir: string, signal: AbortSignal) => Engine | Promise<Engine>;
  logger?: Logger;
  /** The folder's fingerprint when `initial` was loaded (default: now). */
  seen?: string;
  /** How long taking `seen` took: the first poll waits 20 times that too (default: timed here). */
  seenMs?: number;
  /**
   * Called after each reload that swapped in a new engine, with the corpus
   * files it added and removed (the announcer posts the added readouts).
   */
  onReload?: (next: Engine, change: { added: string[]; removed: string[] }) => void;
}

/** The wait between polls is at least this many times the last poll's duration. */
const POLL_SHARE = 20;

export class LiveEngine {
  private engine: Engine;
  private seen: string;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<void> | null = null;
  /** How long the last look at the folder took. */
  private lastCheckMs = 0;
  private readonly stopping = new AbortController();
  /** Completed reloads, successful or not (for tests and logs). */
  reloads = 0;

  constructor(
    readonly dir: string,
    initial: Engine,
    private readonly options: LiveOptions,
  ) {
    this.engine = initial;
    const started = performance.now();
    this.seen = options.seen ?? fingerprint(dir);
    this.lastCheckMs = options.seenMs ?? (options.seen === undefined ? performance.now() - started : 0);
  }

  /** The engine serving now. */
  get current(): Engine {
    return this.engine;
  }

  start(): this {
    const every = this.options.pollMs ?? 2000;
    const poll = () => {
      this.check().finally(() => {
        // A big corpus takes a while to check (a few hundred ms of stats at
        // 40,000 files): wait at least 20 times that, so polling stays under
        // 5% of the bot's time and does not crowd its answers.
        const next = Math.max(every, POLL_SHARE * this.lastCheckMs);
        if (this.timer) this.timer = setTimeout(poll, next).unref();
      });
    };
    this.timer = setTimeout(poll, Math.max(every, POLL_SHARE * this.lastCheckMs)).unref();
    return this;
  }

  /** Stop polling and give up a reload in progress; resolves once it has let go. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stopping.abort();
    await this.reloading;
  }

  /** Reload if the folder changed since the last look. Resolves when done. */
  async check(): Promise<void> {
    if (this.stopping.signal.aborted) return;
    if (this.reloading) return this.reloading;
    // Without blocking: the bot answers meanwhile (src/corpus/folder.ts).
    const started = performance.now();
    const now = await fingerprintAsync(this.dir);
    this.lastCheckMs = performance.now() - started;
    if (now === this.seen) return;
    // An editor saves in several steps: wait until the folder holds still.
    await new Promise((resolve) => setTimeout(resolve, 200));
    if ((await fingerprintAsync(this.dir)) !== now) return;
    this.reloading = this.reload(now).finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  private async reload(print: string): Promise<void> {
    const logger = this.options.logger;
    try {
      logger?.info('corpus changed: reloading');
      const next = await this.options.load(this.dir, this.stopping.signal);
      // Shutting down: the bot has logged out or is about to; swap nothing, say nothing.
      if (this.stopping.signal.aborted) return;
      const previous = this.engine;
      this.engine = next;
      this.seen = print;
      const { loaded, skipped, version } = next.report;
      logger?.info({ loaded, skipped: skipped.length, version }, `corpus reloaded: ${loaded} loaded, ${skipped.length} skipped`);
      for (const s of skipped) logger?.warn({ file: s.file }, `skipped: ${s.reason}`);
      if (this.options.onReload) {
        const before = new Set(previous.index.readouts.map((r) => r.file));
        const after = new Set(next.index.readouts.map((r) => r.file));
        this.options.onReload(next, {
          added: [...after].filter((f) => !before.has(f)),
          removed: [...before].filter((f) => !after.has(f)),
        });
      }
    } catch (error) {
      if (this.stopping.signal.aborted) return;
      // Keep serving what we have; try again when the folder changes again.
      this.seen = print;
      logger?.error({ err: error }, 'corpus reload failed; still serving the previous corpus');
    } finally {
      this.reloads++;
    }
  }
}
