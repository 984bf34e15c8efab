/**
 * The PostgreSQL store (DATABASE_URL): what the file store keeps, in the
 * tables of src/store/migrations/, shared by every replica and worker.
 *
 * A server's state is one row holding the same document as its JSON file,
 * validated with the same schema when read. update() runs in a transaction
 * that locks the row (SELECT … FOR UPDATE, after creating it if missing), so
 * read-modify-writes of one server from several processes take turns, as the
 * file store's in-process queue does for one process.
 *
 * A row that fails its schema (edited by hand) is logged and read as absent,
 * as the file store sets a corrupt file aside; the next update replaces it.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { ConfigError } from '../errors.ts';
import { emptyState, GuildStateSchema, POSTED_KEPT, type GuildState } from '../discord/state.ts';
import { DraftSchema, MAX_DRAFTS_PER_USER } from '../discord/drafts.ts';
import type { Draft } from '../publisher/index.ts';
import { emptyState as emptyWatchState, WatchStateSchema, type WatchState } from '../publisher/state.ts';
import { migrate } from './migrate.ts';
import type { DraftBox, GuildStore, Store, WatchStateBox } from './store.ts';

const Snowflake = z.string().regex(/^\d{1,20}$/);
const Version = z.string().regex(/^[0-9a-f]{4,64}$/);
const DraftHash = z.string().regex(/^[0-9a-f]{16}$/);
const FilesSchema = z.array(z.string());
/** Drafts live a day, as in the file store. */
const DRAFT_TTL = '1 day';

/** "postgres://readout@127.0.0.1:5432/readout" without its password, for messages and logs. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

function problem(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class PostgresGuildStore implements GuildStore {
  private readonly saved = new Set<string>();
  private readonly corpora = new Map<string, Set<string>>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger?: Logger,
  ) {}

  private parse(guild: string, value: unknown): GuildState | null {
    const parsed = GuildStateSchema.safeParse(value);
    if (parsed.success && parsed.data.guild === guild) return parsed.data;
    const issue = parsed.success ? `it belongs to server ${parsed.data.guild}` : parsed.error.issues[0]?.message;
    this.logger?.error({ guild, problem: issue }, 'server state row was invalid: starting that server afresh');
    return null;
  }

  async read(guild: string): Promise<GuildState | null> {
    const { rows } = await this.pool.query<{ state: unknown }>('SELECT state FROM guild_state WHERE guild = $1', [Snowflake.parse(guild)]);
    return rows[0] ? this.parse(guild, rows[0].state) : null;
  }

  async update(guild: string, change: (state: GuildState) => void): Promise<GuildState> {
    Snowflake.parse(guild);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // The row exists before it is locked: two first updates of a server then take turns too.
      await client.query('INSERT INTO guild_state (guild, state) VALUES ($1, $2) ON CONFLICT (guild) DO NOTHING', [
        guild,
        JSON.stringify(emptyState(guild)),
      ]);
      const { rows } = await client.query<{ state: unknown }>('SELECT state FROM guild_state WHERE guild = $1 FOR UPDATE', [guild]);
      const state = this.parse(guild, rows[0]?.state) ?? emptyState(guild);
      change(state);
      state.posted = state.posted.slice(-POSTED_KEPT);
      const valid = GuildStateSchema.parse(state);
      await client.query('UPDATE guild_state SET state = $2, updated_at = now() WHERE guild = $1', [guild, JSON.stringify(valid)]);
      await client.query('COMMIT');
      return valid;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async guilds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ guild: string }>('SELECT guild FROM guild_state ORDER BY guild');
    return rows.map((r) => r.guild);
  }

  async saveCorpus(version: string, files: readonly string[]): Promise<void> {
    if (this.saved.has(Version.parse(version))) return;
    await this.pool.query('INSERT INTO corpus_version (version, files) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING', [
      version,
      JSON.stringify(files),
    ]);
    this.saved.add(version);
    this.remember(version, new Set(files));
    // The lists no server points at any more go (a few MB each at 40,000 readouts, one per reload), as in
    // the file store: kept are the one just saved, those a server names, and any younger than an hour
    // (another process may have saved it and not yet moved its servers to it).
    await this.pool.query(
      `DELETE FROM corpus_version WHERE version <> $1 AND created_at < now() - interval '1 hour'
         AND version NOT IN (SELECT state->>'corpus' FROM guild_state WHERE state->>'corpus' IS NOT NULL)`,
      [version],
    );
  }

  async readCorpus(version: string): Promise<Set<string> | null> {
    const cached = this.corpora.get(version);
    if (cached) return cached;
    const { rows } = await this.pool.query<{ files: unknown }>('SELECT files FROM corpus_version WHERE version = $1', [
      Version.parse(version),
    ]);
    const parsed = FilesSchema.safeParse(rows[0]?.files);
    if (!parsed.success) return null;
    const files = new Set(parsed.data);
    this.remember(version, files);
    return files;
  }

  /** Only the last few lists stay in memory: at 40,000 readouts each is a few MB. */
  private remember(version: string, files: Set<string>): void {
    this.corpora.set(version, files);
    for (const key of this.corpora.keys()) if (this.corpora.size > 4) this.corpora.delete(key);
  }
}

export class PostgresDraftBox implements DraftBox {
  constructor(private readonly pool: pg.Pool) {}

  async save(draft: Draft, owner: string): Promise<string> {
    const valid = DraftSchema.parse(draft);
    Snowflake.parse(owner);
    // The same hash as the file store's: of the text and the file name it would be added as.
    const hash = createHash('sha256').update(valid.markdown).update(valid.fileName).digest('hex').slice(0, 16);
    await this.pool.query(`DELETE FROM draft WHERE created_at < now() - interval '${DRAFT_TTL}'`);
    await this.pool.query(
      'INSERT INTO draft (owner, hash, draft) VALUES ($1, $2, $3) ON CONFLICT (owner, hash) DO UPDATE SET draft = EXCLUDED.draft, created_at = now()',
      [owner, hash, JSON.stringify(valid)],
    );
    // A moderator keeps the newest few, as in the file store.
    await this.pool.query(
      'DELETE FROM draft WHERE owner = $1 AND hash NOT IN (SELECT hash FROM draft WHERE owner = $1 ORDER BY created_at DESC, hash = $2 DESC LIMIT $3)',
      [owner, hash, MAX_DRAFTS_PER_USER],
    );
    return hash;
  }

  async load(owner: string, hash: string): Promise<Draft | null> {
    if (!DraftHash.safeParse(hash).success || !Snowflake.safeParse(owner).success) return null;
    const { rows } = await this.pool.query<{ draft: unknown }>(
      `SELECT draft FROM draft WHERE owner = $1 AND hash = $2 AND created_at >= now() - interval '${DRAFT_TTL}'`,
      [owner, hash],
    );
    const parsed = DraftSchema.safeParse(rows[0]?.draft);
    return parsed.success ? parsed.data : null;
  }

  async remove(owner: string, hash: string): Promise<void> {
    await this.pool.query('DELETE FROM draft WHERE owner = $1 AND hash = $2', [Snowflake.parse(owner), DraftHash.parse(hash)]);
  }
}

/** The watcher's state of one corpus, keyed like its file (12 hex of the corpus folder's path). */
export function postgresWatchState(pool: pg.Pool, corpusDir: string, url: string): WatchStateBox {
  const key = createHash('sha1').update(resolve(corpusDir)).digest('hex').slice(0, 12);
  return {
    where: `${describeUrl(url)} (watch_state ${key})`,
    async read(warn) {
      const { rows } = await pool.query<{ state: unknown }>('SELECT state FROM watch_state WHERE corpus = $1', [key]);
      if (!rows[0]) return emptyWatchState(corpusDir);
      const parsed = WatchStateSchema.safeParse(rows[0].state);
      if (parsed.success) return parsed.data;
      warn(`watch state row ${key} was unreadable (${parsed.error.issues[0]?.message ?? 'invalid'}); starting afresh`);
      return emptyWatchState(corpusDir);
    },
    async write(state: WatchState) {
      await pool.query(
        'INSERT INTO watch_state (corpus, state) VALUES ($1, $2) ON CONFLICT (corpus) DO UPDATE SET state = EXCLUDED.state, updated_at = now()',
        [key, JSON.stringify(WatchStateSchema.parse(state))],
      );
    },
  };
}

/** Connect, apply the migrations, and serve the store; a database that cannot be reached is a start-up error. */
export async function openPostgresStore(url: string, logger?: Logger, options: { max?: number } = {}): Promise<Store & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle connection the server closed (restart, failover) must not crash the process: the pool reconnects.
  pool.on('error', (error) => logger?.warn({ err: error }, 'database connection lost; reconnecting on next use'));
  try {
    await migrate(pool, logger);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new ConfigError([`could not use the database at ${describeUrl(url)}: ${problem(error)}`]);
  }
  return {
    kind: 'postgres',
    pool,
    guilds: new PostgresGuildStore(pool, logger),
    drafts: new PostgresDraftBox(pool),
    watch: (corpusDir) => postgresWatchState(pool, corpusDir, url),
    close: () => pool.end(),
  };
}
