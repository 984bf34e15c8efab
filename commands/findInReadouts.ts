/** "Find in readouts" (message context menu) — what does this message quote or claim, and do the readouts say it? */
import { ApplicationCommandType } from 'discord.js';
import { footerOf, UserError, type MessageCommand } from '../src/discord/command.ts';
import { renderFind } from '../src/discord/render.ts';
import { message } from '../src/discord/respond.ts';

export const findInReadouts = {
  definition: {
    name: 'Find in readouts',
    type: ApplicationCommandType.Message,
  },
  async run(interaction, ctx) {
    const engine = ctx.engine();
    const text = interaction.targetMessage.content ?? '';
    if (!text.trim()) throw new UserError('This message has no text to check: "Find in readouts" reads what a message says, not its attachments or embeds.');
    // The engine reads the first 4,000 characters and checks and says so in its headline.
    const parts = renderFind(engine.find(text), footerOf(engine));
    // Shown only to the one who asked: checking a colleague's message is not a public act.
    await interaction.reply(message(parts, { hide: true }));
  },
} satisfies MessageCommand;
