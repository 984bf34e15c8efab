/** /ask question:<text> — the best sentences that answer a question, cited. */
import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { AUDIENCE_OPTIONS, audienceOf, chatCommand } from '../src/discord/command.ts';
import { MAX_INPUT } from '../src/answer/types.ts';
import { askReply } from '../src/discord/replies.ts';
import { message } from '../src/discord/respond.ts';

export const ask = chatCommand({
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
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async run(interaction, options, ctx) {
    const parts = askReply(ctx.engine(), options.question, interaction.user.id);
    await interaction.reply(message(parts, audienceOf(options)));
  },
});
