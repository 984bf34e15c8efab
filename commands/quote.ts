/** /quote phrase:<text> — the verbatim sentences that contain some wording, with date and source. */
import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { AUDIENCE_OPTIONS, audienceOf, chatCommand } from '../src/discord/command.ts';
import { MAX_INPUT } from '../src/answer/types.ts';
import { completionChoices } from '../src/discord/render.ts';
import { quoteReply } from '../src/discord/replies.ts';
import { choices, message } from '../src/discord/respond.ts';

export const quote = chatCommand({
  definition: {
    name: 'quote',
    description: 'The exact sentences that contain some wording, with date and source',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'phrase',
        description: 'Words as the readout has them: field carrier landing practice',
        required: true,
        min_length: 1,
        max_length: MAX_INPUT,
        autocomplete: true,
      },
      ...AUDIENCE_OPTIONS,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async run(interaction, options, ctx) {
    const parts = quoteReply(ctx.engine(), options.phrase, interaction.user.id);
    await interaction.reply(message(parts, audienceOf(options)));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    await interaction.respond(choices(completionChoices(ctx.engine().complete(typed, 'phrase'))));
  },
});
