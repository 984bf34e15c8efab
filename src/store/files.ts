/**
 * The default store: JSON files, exactly as Readout kept them before there
 * was a store interface. A thin layer over the modules that own them —
 * src/discord/state.ts (one file per server, atomic writes, queued updates),
 * src/discord/drafts.ts and src/publisher/state.ts — adding nothing but the
 * async interface of src/store/store.ts.
 */
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { DEFAULT_CACHE_DIR, DEFAULT_STATE_DIR } from '../paths.ts';
import { StateStore, type GuildState } from '../discord/state.ts';
import { DraftStore } from '../discord/drafts.ts';
import type { Draft } from '../publisher/index.ts';
import { readState, statePath, writeState, type WatchState } from '../publisher/state.ts';
import type { DraftBox, GuildStore, Store, WatchStateBox } from './store.ts';

export class FileGuildStore implements GuildStore {
  constructor(readonly files: StateStore) {}
  async read(guild: string): Promise<GuildState | null> {
    return this.files.read(guild);
  }
  update(guild: string, change: (state: GuildState) => void): Promise<GuildState> {
    return this.files.update(guild, change);
  }
  async guilds(): Promise<string[]> {
    return this.files.guilds();
  }
  async saveCorpus(version: string, files: readonly string[]): Promise<void> {
    this.files.saveCorpus(version, files);
  }
  async readCorpus(version: string): Promise<Set<string> | null> {
    return this.files.readCorpus(version);
  }
}

export class FileDraftBox implements DraftBox {
  constructor(readonly files: DraftStore) {}
  async save(draft: Draft, owner: string): Promise<string> {
    return this.files.save(draft, owner);
  }
  async load(owner: string, hash: string): Promise<Draft | null> {
    return this.files.load(owner, hash);
  }
  async remove(owner: string, hash: string): Promise<void> {
    this.files.remove(owner, hash);
  }
}

export function fileWatchState(cacheDir: string, corpusDir: string): WatchStateBox {
  const path = statePath(cacheDir, corpusDir);
  return {
    where: path,
    read: (warn) => readState(path, corpusDir, warn),
    write: (state: WatchState) => writeState(path, state),
  };
}

/** Server state and drafts under STATE_DIR (default .state), the watcher's state under CACHE_DIR. */
export function fileStore(config: Pick<Config, 'STATE_DIR' | 'CACHE_DIR'>, logger?: Logger): Store {
  const stateDir = config.STATE_DIR || DEFAULT_STATE_DIR;
  return {
    kind: 'files',
    guilds: new FileGuildStore(new StateStore(stateDir, logger)),
    drafts: new FileDraftBox(new DraftStore(join(stateDir, 'drafts'))),
    watch: (corpusDir) => fileWatchState(config.CACHE_DIR ?? DEFAULT_CACHE_DIR, corpusDir),
    async close() {},
  };
}
