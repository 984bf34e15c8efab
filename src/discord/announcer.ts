/**
 * Announcements, triggered by the corpus itself: whenever the engine serving
 * changes (a reload after the watcher, `/readout add` or a file dropped in by
 * hand; and once at start-up, for what arrived while the bot was down), each
 * server of this process is compared with the corpus it last saw, and the
 * readouts new to it are posted: in its announce channel, and in every channel
 * following a topic one of them mentions.
 *
 * Exactly once per readout and channel, across restarts and shards:
 * 1. the posts are planned and written to the server's outbox in the same
 *    atomic write that moves the server to the new corpus, so a kill before it
 *    plans again, and a kill after it finds the outbox;
 * 2. each post carries a nonce derived from its server, channel and readouts,
 *    with `enforce_nonce`, so Discord answers a retry of a post it already
 *    made with that message instead of posting again;
 * 3. a post leaves the outbox (into `posted`) once Discord confirmed it.
 * A server belongs to one shard, and only the process holding it in its
 * cache touches its file.
 *
 * A channel that is gone or closed to the bot (Unknown Channel, Missing
 * Access, Missing Permissions) is logged once and its post dropped; the
 * settings stay until a moderator changes them. Other failures are retried a
 * few times. Rate limits are discord.js's: its REST client queues posts per
 * route and waits out a 429.
 */
import { createHash } from 'node:crypto';
import { DiscordAPIError, Routes, type Client } from 'discord.js';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import type { ReadoutInfo } from '../search/sentenceIndex.ts';
import type { Result } from '../answer/types.ts';
import { BACKLOG_ONE_BY_ONE, messageBody, renderDelivery } from './posts.ts';
import type { Delivery, GuildState } from './state.ts';
import type { GuildStore } from '../store/store.ts';
import { articleId } from '../publisher/links.ts';

/** Discord codes that mean "this channel is not reachable", not "try again". */
const UNREACHABLE = new Set([10003, 50001, 50013]);
const MAX_ATTEMPTS = 3;
/** The longest stretch planning runs before letting other work in. */
const PLAN_TURN_MS = 5;
/** …or matches this many topics, whichever comes first. */
const PLAN_TURN_TOPICS = 50;
const RETRY_MS = 30_000;

/**
 * A delivery's nonce: the same plan always gets the same one (Discord allows
 * 25 characters). Made from the readouts' keys (article ids), so two files of
 * one article, or two processes planning it, make the same nonce.
 */
function nonceOf(guild: string, channel: string, kind: Delivery['kind'], keys: readonly string[]): string {
  return createHash('sha256')
    .update(`${guild}\n${channel}\n${kind}\n${keys.join('\n')}`)
    .digest('hex')
    .slice(0, 25);
}

/** What identifies a readout for announcing: its article id, else its file. */
export function readoutKey(r: Pick<ReadoutInfo, 'file' | 'source'>): string {
  const id = articleId(r.source);
  return id ? `id:${id}` : `file:${r.file}`;
}

/** For each readout new to this channel: its file, its key and the followed topics it mentions. */
type Item = { file: string; key: string; topics: string[] };

function forChannel(state: GuildState, channel: string, kind: 'readout' | 'follow', all: Item[]): Delivery[] {
  // Posted or owed in this channel already (another file of the same article): not again.
  const known = new Set([...state.posted, ...state.outbox].filter((d) => d.channel === channel).flatMap((d) => d.keys));
  const items = all.filter((i) => !known.has(i.key));
  if (items.length === 0) return [];
  if (items.length <= BACKLOG_ONE_BY_ONE) {
    return items.map((i) => ({
      channel,
      kind,
      files: [i.file],
      keys: [i.key],
      topics: i.topics,
      nonce: nonceOf(state.guild, channel, kind, [i.key]),
      attempts: 0,
    }));
  }
  const files = items.map((i) => i.file);
  const keys = items.map((i) => i.key);
  const topics = [...new Set(items.flatMap((i) => i.topics))];
  return [{ channel, kind: 'summary', files, keys, topics, nonce: nonceOf(state.guild, channel, 'summary', keys), attempts: 0 }];
}

/** One readout per article: a second file of the same article id is passed over. */
function onePerArticle(added: readonly ReadoutInfo[]): ReadoutInfo[] {
  const seen = new Set<string>();
  return added.filter((r) => {
    const key = readoutKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The posts a server owes for `added` readouts: each in the announce channel,
 * and in each following channel whose topics it mentions (the same matching
 * as /timeline: aliases and name variants included). A channel that is both
 * gets the announcement only.
 */
export async function planDeliveries(state: GuildState, engine: Engine, newReadouts: readonly ReadoutInfo[]): Promise<Delivery[]> {
  if (newReadouts.length === 0) return [];
  // Matching every followed topic of every channel (500 channels x 25 topics held the event
  // loop 1.5 s): done in turns of a few milliseconds, so answers go out in between.
  let turn = performance.now();
  let matched = 0;
  const yieldNow = async () => {
    if (++matched % PLAN_TURN_TOPICS !== 0 && performance.now() - turn < PLAN_TURN_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    turn = performance.now();
  };
  const added = onePerArticle(newReadouts);
  const out: Delivery[] = [];
  if (state.announce)
    out.push(
      ...forChannel(
        state,
        state.announce,
        'readout',
        added.map((r) => ({ file: r.file, key: readoutKey(r), topics: [] })),
      ),
    );
  const files = new Set(added.map((r) => r.file));
  for (const [channel, topics] of Object.entries(state.follows)) {
    if (channel === state.announce || topics.length === 0) continue;
    const hits = new Map<string, string[]>();
    for (const topic of topics) {
      await yieldNow();
      let results: Result[];
      try {
        results = engine.answer({ command: 'timeline', input: topic }).results;
      } catch {
        continue; // a topic the engine refuses now (it was valid when followed)
      }
      for (const r of results) if (files.has(r.doc)) hits.set(r.doc, [...(hits.get(r.doc) ?? []), topic]);
    }
    const items = added.filter((r) => hits.has(r.file)).map((r) => ({ file: r.file, key: readoutKey(r), topics: hits.get(r.file) ?? [] }));
    out.push(...forChannel(state, channel, 'follow', items));
  }
  return out;
}

export class Announcer {
  private chain: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly options: {
      client: Client;
      store: GuildStore;
      engine: () => Engine;
      logger: Logger;
      /** The servers this process announces to (default: those in the gateway's cache, i.e. this shard's; the worker: all). */
      owns?: (guild: string) => boolean;
    },
  ) {}

  /**
   * Bring every server of this process up to date with the engine serving
   * now. Calls while a pass runs share one next pass.
   */
  sync(): Promise<void> {
    if (this.queued) return this.queued;
    const run = this.chain.then(async () => {
      this.queued = null;
      if (!this.stopped) await this.syncAll();
    });
    this.queued = run;
    this.chain = run.catch((error: unknown) => this.options.logger.error({ err: error }, 'announcing failed'));
    return this.chain;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  private async syncAll(): Promise<void> {
    const { client, store, logger } = this.options;
    const engine = this.options.engine();
    // Only this shard's servers: the others' files are another process's to write.
    const owns = this.options.owns ?? ((guild: string) => client.guilds.cache.has(guild));
    const guilds = (await store.guilds()).filter(owns);
    if (guilds.length === 0) return;
    // Saved before any server points at it, so a kill in between leaves no dangling version.
    await store.saveCorpus(
      engine.report.version,
      engine.index.readouts.map((r) => r.file),
    );
    let again = false;
    for (const guild of guilds) {
      if (this.stopped) break;
      try {
        again = (await this.syncGuild(guild, engine)) || again;
      } catch (error) {
        logger.error({ err: error, guild }, 'announcing to a server failed');
      }
    }
    if (again && !this.stopped) {
      clearTimeout(this.retry);
      this.retry = setTimeout(() => void this.sync(), RETRY_MS).unref();
    }
  }

  /** Plan and post what `guild` owes; true when something is left to retry. */
  private async syncGuild(guild: string, engine: Engine): Promise<boolean> {
    const { store, logger } = this.options;
    let state = await store.read(guild);
    if (!state) return false;
    const version = engine.report.version;
    if (state.corpus !== version) {
      const before = state.corpus ? await store.readCorpus(state.corpus) : null;
      if (state.corpus && !before) logger.warn({ guild }, 'the corpus this server last saw is unknown; announcing from now on');
      const added = before ? engine.index.readouts.filter((r) => !before.has(r.file)) : [];
      const plan = await planDeliveries(state, engine, added);
      state = await store.update(guild, (s) => {
        s.corpus = version;
        const owed = new Set(s.outbox.map((d) => d.nonce));
        s.outbox.push(...plan.filter((d) => !owed.has(d.nonce)));
      });
      if (plan.length) logger.info({ guild, readouts: added.length, posts: plan.length }, 'new readouts to announce');
    }
    for (const delivery of state.outbox) {
      if (this.stopped) return false;
      if (!(await this.deliver(guild, delivery, engine))) return true;
    }
    return false;
  }

  /** Post one delivery and record the outcome; false when it should be retried later. */
  private async deliver(guild: string, delivery: Delivery, engine: Engine): Promise<boolean> {
    const { client, store, logger } = this.options;
    const done = (change: (s: GuildState) => void) =>
      store.update(guild, (s) => {
        s.outbox = s.outbox.filter((d) => d.nonce !== delivery.nonce);
        change(s);
      });
    const payload = renderDelivery(engine, delivery);
    if (!payload) {
      await done(() => {});
      return true;
    }
    try {
      const posted = (await client.rest.post(Routes.channelMessages(delivery.channel), {
        body: messageBody(payload, delivery.nonce),
      })) as { id: string };
      await done((s) => {
        s.posted.push({
          channel: delivery.channel,
          nonce: delivery.nonce,
          message: posted.id,
          files: delivery.files,
          keys: delivery.keys,
          at: new Date().toISOString(),
        });
        s.unreachable = s.unreachable.filter((c) => c !== delivery.channel);
      });
      return true;
    } catch (error) {
      if (error instanceof DiscordAPIError && UNREACHABLE.has(Number(error.code))) {
        let known = false;
        await done((s) => {
          known = s.unreachable.includes(delivery.channel);
          if (!known) s.unreachable.push(delivery.channel);
        });
        // Logged once per channel (the state remembers it across restarts), until
        // a post there succeeds or a moderator sets the channel again.
        if (!known) {
          logger.warn(
            { guild, channel: delivery.channel, code: error.code, status: error.status },
            `cannot post in channel ${delivery.channel}: ${error.message}; its settings are kept`,
          );
        }
        return true;
      }
      const attempts = delivery.attempts + 1;
      if (attempts >= MAX_ATTEMPTS) {
        await done(() => {});
        logger.error({ err: error, guild, channel: delivery.channel }, `gave up posting after ${attempts} attempts`);
        return true;
      }
      await store.update(guild, (s) => {
        for (const d of s.outbox) if (d.nonce === delivery.nonce) d.attempts = attempts;
      });
      logger.warn({ err: error, guild, channel: delivery.channel, attempts }, 'posting failed; will retry');
      return false;
    }
  }
}
