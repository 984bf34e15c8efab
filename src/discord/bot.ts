/**
 * The Discord bot: a discord.js client with only the Guilds intent (no
 * privileged intents; it reads message text only when a user runs "Find in
 * readouts" on a message), wired to the router.
 *
 * stop() finishes the replies in flight, then logs out: SIGINT/SIGTERM lose
 * no answer that was already being written.
 */
import { Client, Events, GatewayIntentBits, type Interaction, type RESTOptions } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { BotContext } from './command.ts';
import { handleInteraction } from './router.ts';
import { notice } from './respond.ts';
import { restOptions } from './rest.ts';

/** How long stop() waits for replies in flight. */
const STOP_GRACE_MS = 10_000;

export interface Bot {
  client: Client;
  /** Interactions being answered right now. */
  inFlight(): number;
  stop(): Promise<void>;
}

export async function startBot(options: {
  config: Config;
  ctx: BotContext;
  logger: Logger;
  /** For sharding: this process's shard ids and the total (see src/discord/shards.ts). */
  shards?: { ids: number[]; count: number };
  /** REST settings beyond the configured ones (tests shorten the request timeout). */
  rest?: Partial<RESTOptions>;
}): Promise<Bot> {
  const { config, ctx, logger } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { ...restOptions(config), ...options.rest },
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
  });
  const running = new Set<Promise<unknown>>();
  let stopping = false;

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    // While stopping, still answer, briefly: the user should not be left with "did not respond".
    const work = stopping
      ? interaction.isRepliable()
        ? interaction.reply(notice('Readout is restarting; try again in a few seconds.')).catch(() => {})
        : Promise.resolve()
      : handleInteraction(interaction, ctx, logger);
    const task = work.finally(() => running.delete(task));
    running.add(task);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Raw, repairPacket);
  // Connection events, except the ones our own logout causes.
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (!stopping) logger.warn({ shard, code: event.code }, 'gateway disconnected');
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) logger.info({ shard }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (error) {
    // Nothing stays open behind a failed login: the caller reports it and exits.
    await client.destroy();
    throw error;
  }
  await ready;
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.options.shards }, 'ready');

  return {
    client,
    inFlight: () => running.size,
    async stop() {
      stopping = true;
      // Replies in flight get their chance, but a stuck one cannot hold the exit forever.
      const grace = new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
      await Promise.race([Promise.allSettled([...running]), grace]);
      await client.destroy();
      logger.info({ unfinished: running.size }, 'logged out');
    },
  };
}

/**
 * Fill in what discord.js reads without checking, before it reads it: a
 * context-menu interaction without `resolved` data (the target message or
 * user) would throw inside the client, where no handler of ours can catch it.
 * The raw event comes first, with the very object the client then builds the
 * interaction from; the command then finds no target and says so.
 */
export function repairPacket(packet: { t?: string | null; d?: unknown }): void {
  if (packet.t !== 'INTERACTION_CREATE' || typeof packet.d !== 'object' || packet.d === null) return;
  const data = (packet.d as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null || !('target_id' in data)) return;
  const command = data as { resolved?: unknown };
  if (typeof command.resolved !== 'object' || command.resolved === null) command.resolved = {};
}
