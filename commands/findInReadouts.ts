/** "Find in readouts" (message context menu) — does this message quote a readout, and where does it differ? */
import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import type { MessageCommand } from '../src/discord/command.ts';
import { findReply } from '../src/discord/replies.ts';
import { message } from '../src/discord/respond.ts';

export const findInReadouts = {
  definition: {
    name: 'Find in readouts',
    type: ApplicationCommandType.Message,
  } as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody,
  async run(interaction, ctx) {
    const parts = findReply(ctx.engine(), interaction.targetMessage.content ?? '');
    // Shown only to the one who asked: checking a colleague's message is not a public act.
    await interaction.reply(message(parts, { hide: true }));
  },
} satisfies MessageCommand;
