/** /quote phrase:<text> — the verbatim sentences that contain some wording, with date and source. */
import { ApplicationCommandOptionType } from 'discord.js';
import { AUDIENCE_OPTIONS, audienceOf, footerOf, type ChatCommand } from '../src/discord/command.ts';
import { MAX_INPUT } from '../src/answer/types.ts';
import { completionChoices, renderQuote } from '../src/discord/render.ts';
import { choices, message } from '../src/discord/respond.ts';

export const quote = {
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
  },
  async run(interaction, ctx) {
    const engine = ctx.engine();
    const answer = engine.quote(interaction.options.getString('phrase', true));
    const parts = renderQuote(answer, footerOf(engine, answer.searched), interaction.user.id);
    await interaction.reply(message(parts, audienceOf(interaction)));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    await interaction.respond(choices(completionChoices(ctx.engine().complete(typed, 'phrase'))));
  },
} satisfies ChatCommand;
