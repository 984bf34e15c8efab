/** /ask question:<text> — the best sentences that answer a question, cited. */
import { ApplicationCommandOptionType } from 'discord.js';
import { AUDIENCE_OPTIONS, audienceOf, footerOf, type ChatCommand } from '../src/discord/command.ts';
import { MAX_INPUT } from '../src/answer/types.ts';
import { renderAsk } from '../src/discord/render.ts';
import { message } from '../src/discord/respond.ts';

export const ask = {
  definition: {
    name: 'ask',
    description: 'Ask a question; get the sentences of the readouts that answer it, cited',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'For example: what about Mageshima? / who did Esper meet in Guam?',
        required: true,
        min_length: 1,
        max_length: MAX_INPUT,
      },
      ...AUDIENCE_OPTIONS,
    ],
  },
  async run(interaction, ctx) {
    const engine = ctx.engine();
    const answer = engine.ask(interaction.options.getString('question', true));
    const parts = renderAsk(answer, footerOf(engine, answer.searched), interaction.user.id);
    await interaction.reply(message(parts, audienceOf(interaction)));
  },
} satisfies ChatCommand;
