/**
 * /follow add topic: — post each new readout that mentions a topic in this channel;
 * /follow list — the topics this channel follows.
 */
import { ApplicationCommandOptionType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { chatCommand } from '../src/discord/command.ts';
import { MAX_TOPIC } from '../src/answer/types.ts';
import { MODERATOR_PERMISSIONS } from '../src/discord/permissions.ts';
import { follow as addFollow, listFollows } from '../src/discord/settings.ts';
import { completionChoices } from '../src/discord/render.ts';
import { choices, message } from '../src/discord/respond.ts';

export const follow = chatCommand({
  definition: {
    name: 'follow',
    description: 'Post each new readout that mentions a topic in this channel',
    default_member_permissions: MODERATOR_PERMISSIONS,
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'add',
        description: 'Follow a topic in this channel (up to 25)',
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'topic',
            description: 'A topic, name or place, matched as /timeline does: North Korea, NATO, Mageshima…',
            required: true,
            min_length: 1,
            max_length: MAX_TOPIC,
            autocomplete: true,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'list',
        description: 'The topics this channel follows',
      },
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async run(interaction, options, ctx) {
    const text = options.subcommand === 'list' ? await listFollows(interaction, ctx) : await addFollow(interaction, options.topic, ctx);
    await interaction.reply(message({ content: text }, { hide: true }));
  },
  async autocomplete(interaction, ctx) {
    const topics = ctx
      .engine()
      .complete(interaction.options.getFocused(), 'topic')
      .filter((c) => c.value.length <= MAX_TOPIC);
    await interaction.respond(choices(completionChoices(topics)));
  },
});
