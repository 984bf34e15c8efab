/** /sources — the readouts in the corpus, oldest first, paged. */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { AUDIENCE_OPTIONS, audienceOf, chatCommand } from '../src/discord/command.ts';
import { sourcesReply } from '../src/discord/replies.ts';
import { message } from '../src/discord/respond.ts';

export const sources = chatCommand({
  definition: {
    name: 'sources',
    description: 'The readouts Readout answers from, with their dates',
    options: [...AUDIENCE_OPTIONS],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async run(interaction, options, ctx) {
    const parts = sourcesReply(ctx.engine(), interaction.user.id);
    await interaction.reply(message(parts, audienceOf(options)));
  },
});
