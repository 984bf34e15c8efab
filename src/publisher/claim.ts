/**
 * One writer per article: a writer takes the article's claim before it links
 * a readout file into the corpus, and gives it up once the file is in place.
 * The claim is a hidden lock file in the corpus folder,
 * `.readout-claim-<key>.lock`, created whole by link(2) (fails if the name
 * exists: atomic on local file systems and NFS v3+). Under the claim the
 * writer checks the corpus again (write.ts), so a second writer — another
 * watcher on the same corpus, `/readout add` racing the bot's watcher —
 * waits for the first, then finds its file and is refused as a duplicate,
 * even when its own picture of the corpus was read before that file existed.
 *
 * The key is the publisher's article id; a readout without one (a text file)
 * is keyed by a hash of its text. A claim whose writer is dead (same machine)
 * or that is older than a minute (a write takes milliseconds) is stale and
 * taken over. The corpus loader passes over dot-files, so claims are never
 * read as readouts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { constants } from 'node:fs';
import { copyFile, link, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** A claim is a writer at work for at most this long (a write takes milliseconds); older, it is stale. */
const STALE_MS = 60_000;

const ClaimSchema = z.object({
  token: z.string(),
  pid: z.number().int(),
  host: z.string(),
  at: z.number(),
});
type ClaimRecord = z.infer<typeof ClaimSchema>;

/** The claim key of a readout: `id-<article id>`, or `text-<hash of its text>`. */
export function claimKey(articleId: string | null, text: string): string {
  if (articleId) return `id-${articleId}`;
  return `text-${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
}

/** What a claim attempt found. */
export type ClaimOutcome = { kind: 'claimed'; claim: Claim } | { kind: 'busy' };

export class Claim {
  constructor(
    private readonly path: string,
    private readonly token: string,
  ) {}

  /** Still ours? Checked again just before the file is linked in (a stale take-over could have happened). */
  async held(): Promise<boolean> {
    const record = await readClaim(this.path);
    return record?.token === this.token;
  }

  /** Give the claim up (the file is in place, or the write failed): the next writer may check. */
  async release(): Promise<void> {
    const record = await readClaim(this.path);
    if (record?.token === this.token) await unlink(this.path).catch(() => undefined);
  }
}

function ownRecord(token: string): ClaimRecord {
  return { token, pid: process.pid, host: hostname(), at: Date.now() };
}

async function readClaim(path: string): Promise<ClaimRecord | null> {
  try {
    const parsed = ClaimSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a process of this machine still runs (EPERM: alive, owned by someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the claim on `key` in `corpusDir`, waiting up to `waitMs` for a writer
 * at work on the same article. Resolves with the claim, or with 'busy' when
 * the other writer still holds it after the wait.
 */
export async function takeClaim(corpusDir: string, key: string, waitMs = 5000): Promise<ClaimOutcome> {
  const path = join(corpusDir, `.readout-claim-${key}.lock`);
  const deadline = Date.now() + waitMs;
  for (;;) {
    // 8 hex characters, like every temporary file sweepTempFiles (write.ts) knows.
    const token = randomBytes(4).toString('hex');
    const record = ownRecord(token);
    const temp = `${path}.${process.pid}.${token}.tmp`;
    // Written whole aside, then linked to the claim's name: link fails if the name exists,
    // and a reader never sees half a record.
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(JSON.stringify(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await linkOrExcl(temp, path);
      return { kind: 'claimed', claim: new Claim(path, token) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    const other = await readClaim(path);
    const stale =
      other === null
        ? await olderThan(path, STALE_MS)
        : (other.host === hostname() && !isAlive(other.pid)) || Date.now() - other.at > STALE_MS;
    if (stale) {
      await setAside(path, other);
      continue;
    }
    if (Date.now() >= deadline) return { kind: 'busy' };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return true;
  }
}

/**
 * Move a stale claim out of the way, only if it is still the one judged stale
 * (another writer may have replaced it meanwhile).
 */
async function setAside(path: string, judged: ClaimRecord | null): Promise<void> {
  const now = await readClaim(path);
  if ((now?.token ?? null) !== (judged?.token ?? null)) return;
  await unlink(path).catch(() => undefined);
}

/** link(2), or on a file system without hard links an exclusive copy: never over an existing name (EEXIST). */
export async function linkOrExcl(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}
