/**
 * What the per-server commands (/readout, /follow, /unfollow) and the Add
 * button need beyond the engine: the state store, the drafts of /readout add,
 * the corpus folder they write into and a log. The bot's runtime builds it;
 * a test may leave it out, and those commands then say they are unavailable.
 */
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import type { BotContext } from './command.ts';
import { UserError } from '../errors.ts';
import type { GuildState } from './state.ts';
import type { DraftBox, GuildStore } from '../store/store.ts';

export interface ServerServices {
  /** Per-server state (src/store/: JSON files, or PostgreSQL with DATABASE_URL). */
  store: GuildStore;
  drafts: DraftBox;
  /** The corpus folder the bot serves; /readout add writes there. */
  corpusDir: string;
  logger: Logger;
  /**
   * The servers whose moderators may add readouts (ADD_GUILDS, see addGuilds in
   * src/config.ts): the corpus is shared by every server, so by default none may.
   */
  addGuilds?: readonly string[];
  /** PUBLISHER_HOSTS from the config: /readout add link: fetches only from the publisher or these hosts. */
  publisherHosts?: readonly string[] | undefined;
  /** How long Add waits for the reload that serves the new readout. */
  servedTimeoutMs?: number;
}

export function servicesOf(ctx: BotContext): ServerServices {
  if (!ctx.servers) throw new UserError('Server settings are not available in this run of Readout.');
  return ctx.servers;
}

/**
 * A server without a baseline starts from the corpus serving now: setting an
 * announce channel or a follow never posts the whole archive.
 */
export function baseline(state: GuildState, version: string): void {
  state.corpus ??= version;
}

/** Save the list of the corpus serving now (once per version), before a server may point at it; resolves to its version. */
export async function saveBaseline(engine: Engine, store: GuildStore): Promise<string> {
  await store.saveCorpus(
    engine.report.version,
    engine.index.readouts.map((r) => r.file),
  );
  return engine.report.version;
}

/**
 * Resolves to the engine once it serves `file` (the hot reload picks a new
 * file up within seconds), or to null after `timeoutMs`.
 */
export async function waitForServed(engine: () => Engine, file: string, timeoutMs: number): Promise<Engine | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = engine();
    if (current.index.readouts.some((r) => r.file === file)) return current;
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
