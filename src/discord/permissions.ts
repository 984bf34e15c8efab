/**
 * Who may change what the bot posts, and whether the bot can post where it is
 * told to.
 *
 * Moderators: `/readout …`, `/follow` and `/unfollow` are registered with
 * default_member_permissions = Manage Server, and the handlers check it again,
 * because a server's admins can open a command to anyone in Server Settings →
 * Integrations.
 *
 * Posting: a reply to an interaction goes through its own webhook and needs
 * no channel permission, but an announcement is an ordinary message, which
 * needs View Channel, Send Messages and Embed Links in its channel. Those three
 * (19456) are all the invite link asks for. The bot's permissions in a channel
 * are computed from the server's roles and the channel's overwrites, which the
 * Guilds intent keeps in discord.js's cache.
 */
import {
  PermissionFlagsBits,
  PermissionsBitField,
  type ChatInputCommandInteraction,
  type Guild,
  type GuildBasedChannel,
  type Interaction,
} from 'discord.js';
import { UserError } from '../errors.ts';

/** What posting an announcement needs, in the order Discord's settings list them. */
export const ANNOUNCE_PERMISSIONS = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
] as const;

/** The invite link's `permissions=`: just those three. */
export const INVITE_PERMISSIONS = ANNOUNCE_PERMISSIONS.reduce((bits, [, bit]) => bits | bit, 0n);

/** default_member_permissions of the moderator commands: Manage Server. */
export const MODERATOR_PERMISSIONS = PermissionFlagsBits.ManageGuild.toString();

/** Refuse unless the member may manage the server (the default a server admin may have changed). */
export function requireModerator(interaction: Interaction): void {
  if (!interaction.inGuild()) throw new UserError('This command works in a server, not in direct messages.');
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserError('Only members who can manage this server (the Manage Server permission) can do this.');
  }
}

/** The server of a guild interaction, from the cache (the Guilds intent fills it). */
export function guildOf(interaction: ChatInputCommandInteraction | Interaction): Guild {
  const guild = interaction.guild;
  if (!guild) throw new UserError('This command works in a server the bot has joined, not in direct messages.');
  return guild;
}

/** The names of the announce permissions the bot lacks in `channel`; empty when it can post there. */
export function missingToPost(channel: GuildBasedChannel): string[] {
  const me = channel.guild.members.me;
  const granted = me ? channel.permissionsFor(me) : new PermissionsBitField(0n);
  return ANNOUNCE_PERMISSIONS.filter(([, bit]) => !granted.has(bit, true)).map(([name]) => name);
}

/** "Send Messages", "Send Messages and Embed Links", "View Channel, Send Messages and Embed Links". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Refuse a channel the bot cannot post in, naming exactly what it lacks there. */
export function requirePostable(channel: GuildBasedChannel): void {
  const missing = missingToPost(channel);
  if (missing.length === 0) return;
  throw new UserError(
    `Readout cannot post in <#${channel.id}>: it lacks ${listNames(missing)} there. ` +
      `Give the Readout role ${missing.length === 1 ? 'that permission' : 'those permissions'} in the channel's settings (Edit Channel → Permissions), or pick another channel.`,
  );
}
