/**
 * The watcher's memory, one small JSON file in the cache folder per corpus:
 * per feed its validators (ETag, Last-Modified) and when to poll next; the
 * article ids already handled; and the articles that could not be fetched,
 * each with its link, attempts and next retry. Written atomically (temporary
 * file, then rename); validated with zod when read; a corrupt file is set
 * aside with a warning, and the corpus's own article ids still prevent
 * duplicates while the state is rebuilt.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const FeedStateSchema = z.object({
  etag: z.string().nullable().default(null),
  lastModified: z.string().nullable().default(null),
  lastPollAt: z.string().nullable().default(null),
  /** Not before this time (Retry-After or backoff); null: at the usual interval. */
  nextPollAt: z.string().nullable().default(null),
  failures: z.number().int().min(0).default(0),
  lastError: z.string().nullable().default(null),
});
export type FeedState = z.infer<typeof FeedStateSchema>;

const FailedSchema = z.object({
  link: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  attempts: z.number().int().min(1),
  lastError: z.string(),
  lastTriedAt: z.string(),
  /** null: no more automatic retries; it waits for a manual import. */
  nextAttemptAt: z.string().nullable(),
});
export type FailedArticle = z.infer<typeof FailedSchema>;

/**
 * A backfill under way (src/publisher/backfill.ts): the next listing page to
 * read, saved after each page, so a run stopped at any point (kill -9
 * included) continues there. Removed when the run ends.
 */
const BackfillCursorSchema = z.object({
  startedAt: z.string(),
  /** The next listing page to read (1-based). */
  page: z.number().int().min(1),
  /** The releases feed was read with its larger max. */
  feedDone: z.boolean().default(false),
  since: z.string().nullable().default(null),
  pages: z.number().int().min(1).nullable().default(null),
  /** The oldest listing date this run has walked down to. */
  reached: z.string().nullable().default(null),
});
export type BackfillCursor = z.infer<typeof BackfillCursorSchema>;

export const WatchStateSchema = z.object({
  version: z.literal(1),
  corpusDir: z.string(),
  feeds: z.record(z.string(), FeedStateSchema).default({}),
  /** Article id (or link) → the corpus file holding it, or null when it was passed over (not a readout). */
  seen: z.record(z.string(), z.string().nullable()).default({}),
  failed: z.record(z.string(), FailedSchema).default({}),
  backfill: BackfillCursorSchema.nullable().default(null),
  /**
   * How deep finished backfills have walked the listing from its first page:
   * 'start' (its last page), or the oldest date reached. A run asking for no
   * more than that stops at the first page whose readouts are all known.
   */
  covered: z.string().nullable().default(null),
});
export type WatchState = z.infer<typeof WatchStateSchema>;

export function emptyState(corpusDir: string): WatchState {
  return { version: 1, corpusDir, feeds: {}, seen: {}, failed: {}, backfill: null, covered: null };
}

export function feedState(state: WatchState, url: string): FeedState {
  state.feeds[url] ??= FeedStateSchema.parse({});
  return state.feeds[url];
}

/** `<cache>/watch-<12 hex of the corpus path>.json`: one file per corpus folder. */
export function statePath(cacheDir: string, corpusDir: string): string {
  const key = createHash('sha1').update(resolve(corpusDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `watch-${key}.json`);
}

/** Read the state; a missing file is a fresh start, a corrupt one is set aside (`warn` says where). */
export async function readState(path: string, corpusDir: string, warn: (message: string) => void): Promise<WatchState> {
  let text: string | null = null;
  let problem: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return emptyState(corpusDir);
    if (code !== 'EISDIR') throw error;
  }
  try {
    if (text === null) throw new Error('a folder, not a file');
    const parsed = WatchStateSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    problem = `${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}`;
  } catch (error) {
    problem = text === null ? 'a folder, not a file' : `not JSON (${(error as Error).message.slice(0, 80)})`;
  }
  const aside = `${path}.corrupt-${Date.now()}`;
  await rename(path, aside);
  warn(`watch state ${path} was unreadable (${problem}); set aside as ${aside}, starting afresh`);
  return emptyState(corpusDir);
}

/** Write the state whole: temporary file, flushed, renamed over the old one. */
export async function writeState(path: string, state: WatchState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(`${JSON.stringify(state, null, 1)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    // A failed write (a full disk) leaves no temporary file behind.
    await rm(temp, { force: true });
    throw error;
  }
}
