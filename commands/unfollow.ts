/** /unfollow topic: — stop posting a followed topic's new readouts in this channel. */
import { ApplicationCommandOptionType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { chatCommand } from '../src/discord/command.ts';
import { MAX_TOPIC } from '../src/answer/types.ts';
import { MODERATOR_PERMISSIONS } from '../src/discord/permissions.ts';
import { followedTopics, unfollow as removeFollow } from '../src/discord/settings.ts';
import { choices, message } from '../src/discord/respond.ts';

export const unfollow = chatCommand({
  definition: {
    name: 'unfollow',
    description: 'Stop following a topic in this channel',
    default_member_permissions: MODERATOR_PERMISSIONS,
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'One of the topics this channel follows',
        required: true,
        min_length: 1,
        max_length: MAX_TOPIC,
        autocomplete: true,
      },
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async run(interaction, options, ctx) {
    await interaction.reply(message({ content: await removeFollow(interaction, options.topic, ctx) }, { hide: true }));
  },
  async autocomplete(interaction, ctx) {
    const topics = await followedTopics(interaction.guildId, interaction.channelId, interaction.options.getFocused(), ctx);
    await interaction.respond(choices(topics.map((t) => ({ label: t, value: t }))));
  },
});
