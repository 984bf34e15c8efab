/**
 * /readout add link:|file: — moderators add a readout (preview, then Add or Cancel);
 * /readout announce channel: — where new readouts are posted (no channel: where now);
 * /readout announce-off — stop announcing.
 */
import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { chatCommand } from '../src/discord/command.ts';
import { MODERATOR_PERMISSIONS } from '../src/discord/permissions.ts';
import { previewReadout } from '../src/discord/addReadout.ts';
import { setAnnounceChannel, stopAnnouncing } from '../src/discord/settings.ts';
import { message } from '../src/discord/respond.ts';

export const readout = chatCommand({
  definition: {
    name: 'readout',
    description: 'Moderators: add a readout, and choose where new readouts are announced',
    // Manage Server by default; server admins may open it to others (the handlers check again).
    default_member_permissions: MODERATOR_PERMISSIONS,
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'add',
        description: 'Add a readout from a link or a saved page; shows a preview first',
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'link',
            description: 'The readout page, such as https://www.war.gov/News/Releases/Release/Article/…',
            max_length: 1000,
          },
          {
            type: ApplicationCommandOptionType.Attachment,
            name: 'file',
            description: 'The page saved from a browser (.html), or its text (.txt, .md)',
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'date',
            description: 'The date, if the page states none (YYYY-MM-DD)',
            min_length: 10,
            max_length: 10,
          },
          {
            type: ApplicationCommandOptionType.Boolean,
            name: 'force',
            description: 'Add it even if it does not look like a meeting readout',
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'announce',
        description: 'Post each new readout in a channel (without a channel: show where they go now)',
        options: [
          {
            type: ApplicationCommandOptionType.Channel,
            name: 'channel',
            description: 'The channel for new readouts',
            channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'announce-off',
        description: 'Stop posting new readouts',
      },
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async run(interaction, options, ctx) {
    if (options.subcommand === 'add') return previewReadout(interaction, options, ctx);
    const text =
      options.subcommand === 'announce'
        ? await setAnnounceChannel(interaction, options.channel?.id ?? null, ctx)
        : await stopAnnouncing(interaction, ctx);
    await interaction.reply(message({ content: text }, { hide: true }));
  },
});
