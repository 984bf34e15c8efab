/**
 * What the bot remembers per server: the announce channel, each channel's
 * follows, the corpus it last compared against, the posts it still owes
 * (the outbox) and the ones it made. One small JSON file per server,
 * `<STATE_DIR>/guilds/<guild id>.json`, validated with zod when read.
 *
 * Why per-server files and not an embedded database: a server belongs to one
 * shard (guild_id >> 22 % shardCount), so each file is written by one process
 * only and no locking across processes is needed; JSON needs no native
 * module, so `npm ci` installs it anywhere (Node 20 has no node:sqlite, and
 * better-sqlite3 downloads or compiles a binary).
 *
 * Never lost by a kill: every write goes to a temporary file, is fsync'ed,
 * renamed over the old one and the folder fsync'ed, so a file is always the
 * old state or the new one, whole. Writes for one server are queued, so two
 * interactions cannot interleave a read-modify-write.
 *
 * A file that is not JSON or not this schema is set aside (renamed
 * `<id>.json.corrupt-<time>`), reported in the log once, and the server starts
 * afresh; the bot keeps answering.
 *
 * The corpus a server last saw is named by its version (the engine's corpus
 * hash); the list of files of each version is kept once for all servers in
 * `<STATE_DIR>/corpora/<version>.json`, written once and never changed, so
 * several processes may write the same one safely; a list no server points
 * at any more is pruned (pruneCorpora).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { MAX_TOPIC } from '../answer/types.ts';

const Snowflake = z.string().regex(/^\d{1,20}$/);

/** Up to 25 follows per channel, as many as an autocomplete list shows. */
export const MAX_FOLLOWS = 25;
/** Corpus file lists are pruned once there are more than this many (see StateStore.pruneCorpora). */
const CORPORA_KEPT = 8;
/** A corpus list younger than this is never pruned. */
const CORPUS_GRACE_MS = 3600_000;
/** "What was posted where" keeps the newest entries only. */
export const POSTED_KEPT = 200;

export const DeliverySchema = z.object({
  channel: Snowflake,
  /** One readout to the announce channel, one to a following channel, or a backlog summary. */
  kind: z.enum(['readout', 'follow', 'summary']),
  /** Corpus files (paths relative to the corpus folder). */
  files: z.array(z.string().min(1)).min(1),
  /** follow: the topics of that channel the readout mentions. */
  topics: z.array(z.string()).default([]),
  /** Discord's message nonce (≤ 25 characters): a retry after a crash cannot post twice. */
  nonce: z.string().min(1).max(25),
  attempts: z.number().int().min(0).default(0),
  /** What the post announces, keyed by article id (`id:<id>`), else by file: what "posted" remembers. */
  keys: z.array(z.string()).default([]),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const GuildStateSchema = z.object({
  version: z.literal(1),
  guild: Snowflake,
  /** Where new readouts are announced; null: nowhere. */
  announce: Snowflake.nullable().default(null),
  /** channel id → topics followed there. */
  follows: z.record(Snowflake, z.array(z.string().min(1).max(MAX_TOPIC)).max(MAX_FOLLOWS)).default({}),
  /** The corpus version this server was last brought up to date with. */
  corpus: z.string().nullable().default(null),
  /** Posts planned and not yet confirmed by Discord, in order. */
  outbox: z.array(DeliverySchema).default([]),
  /** Posts Discord confirmed, newest last. */
  posted: z
    .array(
      z.object({
        channel: Snowflake,
        nonce: z.string(),
        message: Snowflake,
        files: z.array(z.string()),
        /** The readouts posted, by article id (see Delivery.keys): a second file of the same article is not posted again. */
        keys: z.array(z.string()).default([]),
        at: z.string(),
      }),
    )
    .default([]),
  /** Channels found unreachable (deleted, or the bot lost access): logged once, settings kept. */
  unreachable: z.array(Snowflake).default([]),
});
export type GuildState = z.infer<typeof GuildStateSchema>;

const CorpusListSchema = z.object({ version: z.string(), files: z.array(z.string()) });

export function emptyState(guild: string): GuildState {
  return GuildStateSchema.parse({ version: 1, guild });
}

/** Write `text` to `path` so that a kill at any point leaves the old file or the new one, whole. */
export function writeFileAtomic(path: string, text: string): void {
  const dir = join(path, '..');
  mkdirSync(dir, { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, text);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      renameSync(temp, path);
    } catch (error) {
      // A folder where the file should be: set it aside (it is not ours to delete), then write.
      if (!isFolder(path)) throw error;
      renameSync(path, asideName(path));
      renameSync(temp, path);
    }
  } catch (error) {
    // A failed write (a full disk) leaves no temporary file behind.
    rmSync(temp, { force: true });
    throw error;
  }
  // The rename itself is durable only once the folder is.
  try {
    const dirFd = openSync(dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some file systems refuse to open a folder for fsync; the rename still happened.
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function asideName(path: string): string {
  return `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
}

export class StateStore {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly corpora = new Map<string, Set<string>>();

  constructor(
    readonly dir: string,
    private readonly logger?: Logger,
  ) {}

  private guildPath(guild: string): string {
    return join(this.dir, 'guilds', `${Snowflake.parse(guild)}.json`);
  }

  /** A server's state, or null when it has none (or its file was corrupt and has been set aside). */
  read(guild: string): GuildState | null {
    const path = this.guildPath(guild);
    // A server without settings has no file.
    if (!existsSync(path)) return null;
    let problem: string;
    try {
      if (isFolder(path)) throw new Error('a folder, not a file');
      const text = readFileSync(path, 'utf8');
      const parsed = GuildStateSchema.safeParse(JSON.parse(text));
      if (parsed.success) {
        if (parsed.data.guild === guild) return parsed.data;
        problem = `it belongs to server ${parsed.data.guild}`;
      } else {
        const issue = parsed.error.issues[0];
        problem = `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'not a server state'}`;
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      problem = why === 'a folder, not a file' ? why : `not JSON (${why})`;
    }
    const aside = asideName(path);
    try {
      renameSync(path, aside);
    } catch {
      // Set aside meanwhile (another read of the same server): nothing left to move.
    }
    this.logger?.error({ guild, file: aside, problem }, 'server state file was corrupt: set aside, starting that server afresh');
    return null;
  }

  /**
   * Change a server's state: `change` gets the current state (or a fresh one)
   * and edits it in place; the result is written atomically before this
   * resolves. Changes to one server run one at a time, in call order.
   */
  update(guild: string, change: (state: GuildState) => void): Promise<GuildState> {
    const previous = this.queues.get(guild) ?? Promise.resolve();
    const next = previous.then(() => {
      const state = this.read(guild) ?? emptyState(guild);
      change(state);
      state.posted = state.posted.slice(-POSTED_KEPT);
      const valid = GuildStateSchema.parse(state);
      writeFileAtomic(this.guildPath(guild), `${JSON.stringify(valid, null, 1)}\n`);
      return valid;
    });
    const settled = next.catch(() => {});
    this.queues.set(guild, settled);
    void settled.then(() => {
      if (this.queues.get(guild) === settled) this.queues.delete(guild);
    });
    return next;
  }

  /** The servers that have a state file. */
  guilds(): string[] {
    let names: string[];
    try {
      names = readdirSync(join(this.dir, 'guilds'));
    } catch {
      return [];
    }
    return names.map((n) => /^(\d{1,20})\.json$/.exec(n)?.[1]).filter((id): id is string => id !== undefined);
  }

  /** Remember which files make up corpus `version` (once; the list never changes). */
  saveCorpus(version: string, files: readonly string[]): void {
    if (this.corpora.has(version)) return;
    const path = this.corpusPath(version);
    if (!this.readCorpus(version)) {
      writeFileAtomic(path, `${JSON.stringify({ version, files })}\n`);
      this.pruneCorpora(version);
    }
    this.remember(version, new Set(files));
  }

  /**
   * Remove the file lists no server points at any more (3 MB each at 40,000
   * readouts, one per reload). Kept: the lists a server's state names, the
   * ones this process holds, and any younger than an hour (another shard may
   * have saved it and not yet moved its servers to it). Looked at only once
   * there are more than a few.
   */
  private pruneCorpora(current: string): void {
    const dir = join(this.dir, 'corpora');
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => /^[0-9a-f]{4,64}\.json$/.test(n));
    } catch {
      return;
    }
    if (names.length <= CORPORA_KEPT) return;
    const used = new Set([current, ...this.corpora.keys()]);
    for (const guild of this.guilds()) {
      try {
        const corpus = (JSON.parse(readFileSync(this.guildPath(guild), 'utf8')) as { corpus?: unknown }).corpus;
        if (typeof corpus === 'string') used.add(corpus);
      } catch {
        // Unreadable: read() sets it aside when the server is next touched.
      }
    }
    const now = Date.now();
    for (const name of names) {
      if (used.has(name.slice(0, -'.json'.length))) continue;
      const path = join(dir, name);
      try {
        const info = lstatSync(path);
        if (info.isFile() && now - info.mtimeMs > CORPUS_GRACE_MS) rmSync(path, { force: true });
      } catch {
        // gone meanwhile
      }
    }
  }

  /** Only the last few lists stay in memory: at 40,000 readouts each is a few MB. */
  private remember(version: string, files: Set<string>): void {
    this.corpora.set(version, files);
    for (const key of this.corpora.keys()) if (this.corpora.size > 4) this.corpora.delete(key);
  }

  /** The files of corpus `version`, or null when it was never saved (or its file is unreadable). */
  readCorpus(version: string): Set<string> | null {
    const cached = this.corpora.get(version);
    if (cached) return cached;
    try {
      const parsed = CorpusListSchema.parse(JSON.parse(readFileSync(this.corpusPath(version), 'utf8')));
      const files = new Set(parsed.files);
      this.remember(version, files);
      return files;
    } catch {
      return null;
    }
  }

  private corpusPath(version: string): string {
    return join(
      this.dir,
      'corpora',
      `${z
        .string()
        .regex(/^[0-9a-f]{4,64}$/)
        .parse(version)}.json`,
    );
  }
}
