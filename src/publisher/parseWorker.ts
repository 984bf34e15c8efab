/**
 * Pages and files are read into Drafts off the main thread. Reading a page
 * (linkedom's DOM, Readability, the sentence splitter) is CPU-bound: a 1 MB
 * page holds a thread 0.5-1.5 s, a 5 MB one 2-7 s, so done in the bot's event
 * loop it delayed every other server's /ask past Discord's 3 s deadline. One
 * worker thread, started on first use and kept while there is work (unref'd,
 * so it never holds the process open), reads the jobs one at a time, in
 * order. It ends after PARSE_IDLE_MS without a job: a worker is a V8 isolate
 * of its own with linkedom and Readability loaded (about 70 MB resident at
 * rest), and moderators preview pages rarely, so the bot does not carry it
 * between previews. A preview's reply is deferred, so the next start (well
 * under a second on a quiet machine) costs nobody a deadline. A job that runs
 * past PARSE_TIMEOUT_MS (a pathological page) or exhausts the worker's heap
 * ends that worker; the job fails with one line and the next job starts a
 * fresh worker.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { Draft, ParseOptions, ReadJob } from './article.ts';
import { FetchError, NotAReadoutError, PublisherError, type FetchErrorCode, type PublisherErrorCode } from '../errors.ts';

/** A readout page reads in well under a second; this is for pages built to stall. */
export const PARSE_TIMEOUT_MS = 20_000;
/** Long enough for a moderator's preview, then Add, then another page; short enough not to carry 70 MB for a day. */
export const PARSE_IDLE_MS = 5 * 60_000;
/** The worker's heap: a 1 MB page's DOM takes tens of MB. */
const WORKER_HEAP_MB = 256;

interface Pending {
  id: number;
  job: ReadJob;
  options: ParseOptions;
  resolve: (draft: Draft) => void;
  reject: (error: Error) => void;
}

type Reply =
  | { id: number; draft: Draft }
  | { id: number; error: { kind: 'not-a-readout' | 'fetch' | 'publisher' | 'bug'; code: string | null; message: string; stack?: string } };

let worker: Worker | null = null;
let current: Pending | null = null;
let timer: NodeJS.Timeout | undefined;
let idle: NodeJS.Timeout | undefined;
let idleMs = PARSE_IDLE_MS;
const waiting: Pending[] = [];
let nextId = 1;

/**
 * Read `job` into a Draft in the parse worker. Rejects with the same errors
 * draftFromJob throws (PublisherError, FetchError, NotAReadoutError).
 *
 * Usage, given a saved page `html`:
 *
 *     const draft = await parseInWorker({ kind: 'file', fileName: 'page.html', content: html }, { date: '2025-10-03' });
 */
export function parseInWorker(job: ReadJob, options: ParseOptions = {}): Promise<Draft> {
  return new Promise((resolve, reject) => {
    waiting.push({ id: nextId++, job, options, resolve, reject });
    pump();
  });
}

function pump(): void {
  if (current) return;
  if (waiting.length === 0) {
    retireWhenIdle();
    return;
  }
  clearTimeout(idle);
  current = waiting.shift() ?? null;
  if (!current) return;
  const w = (worker ??= start());
  // The worker is referenced only while it has work.
  w.ref();
  timer = setTimeout(
    () => fail(new PublisherError('unreadable', 'the page took too long to read; nothing was imported.')),
    PARSE_TIMEOUT_MS,
  );
  const transfer = current.job.kind === 'file' && current.job.content instanceof Uint8Array ? current.job.content.slice() : null;
  const job = transfer && current.job.kind === 'file' ? { ...current.job, content: transfer } : current.job;
  w.postMessage({ id: current.id, job, options: current.options }, transfer ? [transfer.buffer] : []);
}

function start(): Worker {
  const w = new Worker(join(import.meta.dirname, 'parseWorker.entry.js'), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // Nothing of the bot's environment is needed to read a page.
    env: {},
  });
  w.on('message', (reply: Reply) => {
    if (!current || reply.id !== current.id) return;
    const done = current;
    clearTimeout(timer);
    current = null;
    w.unref();
    if ('draft' in reply) done.resolve(reply.draft);
    else done.reject(revive(reply.error));
    pump();
  });
  // Only the live worker's end fails the job in hand: one ended by fail() has been replaced.
  w.on('error', (error) => {
    if (worker !== w) return;
    fail(/memory/i.test(error.message) ? new PublisherError('too-large', 'the page was too large to read; nothing was imported.') : error);
  });
  w.on('exit', () => {
    if (worker !== w) return;
    worker = null;
    if (current) fail(new PublisherError('unreadable', 'the page could not be read; nothing was imported.'));
  });
  w.unref();
  return w;
}

/** With no job in hand or waiting, the worker ends after idleMs (a later job starts a fresh one). */
function retireWhenIdle(): void {
  clearTimeout(idle);
  if (!worker) return;
  idle = setTimeout(() => {
    if (current || waiting.length > 0 || !worker) return;
    const w = worker;
    worker = null;
    void w.terminate();
  }, idleMs);
  idle.unref();
}

/** How long an idle worker is kept (tests shorten it); returns the previous value. */
export function setParseIdleMs(ms: number): number {
  const before = idleMs;
  idleMs = ms;
  return before;
}

/** Whether a parse worker is running now (for tests and diagnostics). */
export function parserRunning(): boolean {
  return worker !== null;
}

/** End the current job with `error`, and the worker with it (it may be stuck). */
function fail(error: Error): void {
  const done = current;
  current = null;
  clearTimeout(timer);
  const w = worker;
  worker = null;
  void w?.terminate();
  done?.reject(error);
  pump();
}

function revive(error: Extract<Reply, { error: unknown }>['error']): Error {
  if (error.kind === 'not-a-readout') return new NotAReadoutError(error.message);
  if (error.kind === 'fetch') return new FetchError(error.code as FetchErrorCode, error.message);
  if (error.kind === 'publisher') return new PublisherError(error.code as PublisherErrorCode, error.message);
  const bug = new Error(error.message);
  if (error.stack) bug.stack = error.stack;
  return bug;
}

/**
 * Start the worker and let it load its modules (a few seconds on a busy
 * machine): tests call this first so no test pays that start against its
 * time bound. Never rejects.
 */
export async function warmUpParser(): Promise<void> {
  const text = '---\ntitle: Readout of a Warm-Up Call\ndate: 2025-01-01\n---\nThe Secretary spoke with the Minister.\n';
  await parseInWorker({ kind: 'file', fileName: 'warm-up.md', content: text }).catch(() => undefined);
}
