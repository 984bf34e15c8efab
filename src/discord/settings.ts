/**
 * The per-server settings behind `/readout announce` and `/follow`: where new
 * readouts are announced, and which topics each channel follows. Every change
 * goes through the state store (one atomic write per change) and checks that
 * the bot can post in the channel, naming what it lacks.
 */
import type { ChatInputCommandInteraction, GuildBasedChannel } from 'discord.js';
import type { BotContext } from './command.ts';
import { UserError } from '../errors.ts';
import { guildOf, missingToPost, requireModerator, requirePostable } from './permissions.ts';
import { baseline, saveBaseline, servicesOf } from './servers.ts';
import { MAX_FOLLOWS } from './state.ts';
import { verbatim } from './render.ts';
import { BACKLOG_ONE_BY_ONE } from './posts.ts';

/** A channel of this server from the cache, or a clear refusal. */
export function channelIn(interaction: ChatInputCommandInteraction, id: string | null): GuildBasedChannel {
  const guild = guildOf(interaction);
  const channel = id ? guild.channels.cache.get(id) : undefined;
  if (!channel) throw new UserError('Readout cannot see that channel. Check that its role may view it.');
  if (!channel.isTextBased()) throw new UserError(`<#${channel.id}> is not a text channel; pick one where messages can be posted.`);
  // A thread needs other permissions and is archived by Discord: settings belong to channels.
  if (channel.isThread()) throw new UserError('Run this in a channel, not in a thread.');
  return channel;
}

/** Check, and log once, a channel the bot cannot post in. */
function checkPostable(ctx: BotContext, channel: GuildBasedChannel, what: string): void {
  const missing = missingToPost(channel);
  if (missing.length)
    servicesOf(ctx).logger.warn({ guild: channel.guild.id, channel: channel.id, missing }, `${what} refused: missing permissions`);
  requirePostable(channel);
}

/** `/readout announce [channel]`: set the channel (checked), or say where it is. */
export async function setAnnounceChannel(interaction: ChatInputCommandInteraction, id: string | null, ctx: BotContext): Promise<string> {
  requireModerator(interaction);
  const { store } = servicesOf(ctx);
  const guild = guildOf(interaction);
  if (id === null) {
    const current = (await store.read(guild.id))?.announce ?? null;
    return current
      ? `New readouts are posted in <#${current}>. /readout announce-off stops it.`
      : 'New readouts are not announced in this server. Pick a channel with /readout announce channel:.';
  }
  const channel = channelIn(interaction, id);
  checkPostable(ctx, channel, 'announce channel');
  const version = await saveBaseline(ctx.engine(), store);
  await store.update(guild.id, (s) => {
    baseline(s, version);
    s.announce = channel.id;
    s.unreachable = s.unreachable.filter((c) => c !== channel.id);
  });
  return `New readouts will be posted in <#${channel.id}>: one message each, or one summary when more than ${BACKLOG_ONE_BY_ONE} arrive at once.`;
}

export async function stopAnnouncing(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<string> {
  requireModerator(interaction);
  const { store } = servicesOf(ctx);
  const guild = guildOf(interaction);
  const was = (await store.read(guild.id))?.announce ?? null;
  if (!was) return 'New readouts were not being announced in this server.';
  await store.update(guild.id, (s) => {
    s.announce = null;
  });
  return `New readouts are no longer announced (they were posted in <#${was}>).`;
}

const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/** `/follow add topic:` in the channel the command was run in. */
export async function follow(interaction: ChatInputCommandInteraction, typed: string, ctx: BotContext): Promise<string> {
  requireModerator(interaction);
  const { store } = servicesOf(ctx);
  const guild = guildOf(interaction);
  const channel = channelIn(interaction, interaction.channelId);
  const engine = ctx.engine();
  // The same check and matching as /timeline (an InputError is shown to the user).
  const answer = engine.answer({ command: 'timeline', input: typed });
  const topic = answer.input;
  const followed = (await store.read(guild.id))?.follows[channel.id] ?? [];
  const existing = followed.find((t) => same(t, topic));
  if (existing) return `This channel already follows ${verbatim(existing)}.`;
  if (followed.length >= MAX_FOLLOWS) {
    throw new UserError(`This channel follows ${MAX_FOLLOWS} topics, the most it can. /unfollow one first.`);
  }
  checkPostable(ctx, channel, 'follow');
  const version = await saveBaseline(engine, store);
  // Checked again inside the update: follows added meanwhile (many at once) count too.
  let twin: string | undefined;
  await store.update(guild.id, (s) => {
    const list = s.follows[channel.id] ?? [];
    twin = list.find((t) => same(t, topic));
    if (twin) return;
    if (list.length >= MAX_FOLLOWS)
      throw new UserError(`This channel follows ${MAX_FOLLOWS} topics, the most it can. /unfollow one first.`);
    baseline(s, version);
    list.push(topic);
    s.follows[channel.id] = list;
    s.unreachable = s.unreachable.filter((c) => c !== channel.id);
  });
  if (twin) return `This channel already follows ${verbatim(twin)}.`;
  const already = answer.none
    ? 'No readout mentions it yet.'
    : `${answer.count} readout${answer.count === 1 ? '' : 's'} already mention${answer.count === 1 ? 's' : ''} it (latest ${answer.last ?? 'undated'}); /timeline shows them.`;
  return `This channel now follows ${verbatim(topic)}: each new readout that mentions it will be posted here with the sentence that mentions it. ${already}`;
}

export async function listFollows(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<string> {
  const { store } = servicesOf(ctx);
  const guild = guildOf(interaction);
  const topics = (await store.read(guild.id))?.follows[interaction.channelId] ?? [];
  if (topics.length === 0) return 'This channel follows no topics. /follow add topic: starts one.';
  return `This channel follows ${topics.length} topic${topics.length === 1 ? '' : 's'} (of ${MAX_FOLLOWS}): ${topics.map(verbatim).join(', ')}.`;
}

export async function unfollow(interaction: ChatInputCommandInteraction, typed: string, ctx: BotContext): Promise<string> {
  requireModerator(interaction);
  const { store } = servicesOf(ctx);
  const guild = guildOf(interaction);
  const topic = typed.trim();
  const channel = interaction.channelId;
  const existing = ((await store.read(guild.id))?.follows[channel] ?? []).find((t) => same(t, topic));
  if (!existing) throw new UserError(`This channel does not follow ${verbatim(topic)}. /follow list shows what it follows.`);
  await store.update(guild.id, (s) => {
    const left = (s.follows[channel] ?? []).filter((t) => !same(t, existing));
    if (left.length) s.follows[channel] = left;
    else delete s.follows[channel];
  });
  return `This channel no longer follows ${verbatim(existing)}.`;
}

/** /unfollow's autocomplete: the channel's follows that contain what is typed. */
export async function followedTopics(guild: string | null, channel: string, typed: string, ctx: BotContext): Promise<string[]> {
  if (!guild || !ctx.servers) return [];
  const needle = typed.trim().toLowerCase();
  return ((await ctx.servers.store.read(guild))?.follows[channel] ?? []).filter((t) => t.toLowerCase().includes(needle));
}
