/** "Find in readouts" (message context menu) — what does this message quote or claim, and do the readouts say it? */
import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import type { MessageCommand } from '../src/discord/command.ts';
import { UserError } from '../src/errors.ts';
import { findReply } from '../src/discord/replies.ts';
import { message } from '../src/discord/respond.ts';

export const findInReadouts = {
  definition: {
    name: 'Find in readouts',
    type: ApplicationCommandType.Message,
  } as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody,
  async run(interaction, ctx) {
    // Null when Discord sent the request without the message (see repairPacket in src/discord/bot.ts).
    const target = interaction.options.getMessage('message');
    if (!target) throw new UserError('Discord did not send that message with the request; run "Find in readouts" on it again.');
    const parts = findReply(ctx.engine(), target.content ?? '');
    // Shown only to the one who asked: checking a colleague's message is not a public act.
    await interaction.reply(message(parts, { hide: true }));
  },
} satisfies MessageCommand;
