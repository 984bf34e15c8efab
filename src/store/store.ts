/**
 * Where Readout keeps what must outlive a process: each server's settings,
 * follows, outbox and posts (src/discord/state.ts's GuildState), the corpus
 * versions servers were last brought up to date with, the drafts of
 * /readout add, and the watcher's state.
 *
 * One interface, two implementations:
 * - files (src/store/files.ts), the default: the JSON files under STATE_DIR
 *   and CACHE_DIR that Readout has always used, through their own modules;
 * - PostgreSQL (src/store/postgres.ts) when DATABASE_URL is set: the same
 *   documents, validated by the same zod schemas, in tables that several
 *   replicas and workers on several machines share.
 * Every method is async (a database answers over the network); the tests in
 * test/store/ run one suite against both.
 *
 * Usage, given the settings and a logger:
 *
 *     const store = await openStore(config, logger);
 *     await store.guilds.update('123456789012345678', (s) => { s.announce = '234567890123456789'; });
 *     (await store.guilds.read('123456789012345678'))?.announce // '234567890123456789'
 */
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { GuildState } from '../discord/state.ts';
import type { Draft } from '../publisher/index.ts';
import type { WatchState } from '../publisher/state.ts';

/** Per-server state: settings, follows, outbox, posts. */
export interface GuildStore {
  /** A server's state, or null when it has none. */
  read(guild: string): Promise<GuildState | null>;
  /**
   * Change a server's state: `change` edits the current state (or a fresh
   * one) in place; the result is saved whole before this resolves. Changes to
   * one server never interleave, in this process or across processes.
   */
  update(guild: string, change: (state: GuildState) => void): Promise<GuildState>;
  /** The servers that have a state. */
  guilds(): Promise<string[]>;
  /** Remember which files make up corpus `version` (written once; a version's list never changes). */
  saveCorpus(version: string, files: readonly string[]): Promise<void>;
  /** The files of corpus `version`, or null when it was never saved. */
  readCorpus(version: string): Promise<Set<string> | null>;
}

/** Drafts of /readout add, between the preview and the Add button: each moderator's own, a few at most. */
export interface DraftBox {
  /**
   * Save `owner`'s draft; resolves to its hash (16 hex characters), what the
   * Add button carries. Keeps at most MAX_DRAFTS_PER_USER of theirs (the oldest go).
   */
  save(draft: Draft, owner: string): Promise<string>;
  /** `owner`'s draft saved under `hash`, or null when it is gone (added, cancelled, expired). */
  load(owner: string, hash: string): Promise<Draft | null>;
  remove(owner: string, hash: string): Promise<void>;
}

/** The watcher's state for one corpus folder. */
export interface WatchStateBox {
  /** Where it lives, for `watch --status` and logs. */
  readonly where: string;
  read(warn: (message: string) => void): Promise<WatchState>;
  write(state: WatchState): Promise<void>;
}

export interface Store {
  readonly kind: 'files' | 'postgres';
  readonly guilds: GuildStore;
  readonly drafts: DraftBox;
  watch(corpusDir: string): WatchStateBox;
  close(): Promise<void>;
}

/** The store the settings name: PostgreSQL when DATABASE_URL is set (migrated first), else files. */
export async function openStore(config: Config, logger?: Logger): Promise<Store> {
  if (config.DATABASE_URL) {
    const { openPostgresStore } = await import('./postgres.ts');
    return openPostgresStore(config.DATABASE_URL, logger);
  }
  const { fileStore } = await import('./files.ts');
  return fileStore(config, logger);
}
