/** "Find in readouts" (message context menu) — does this message quote a readout, and where does it differ? */
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
    // Null when Discord sent the request without the message (see repairPacket in src/discord/bot.ts).
    const target = interaction.options.getMessage('message');
    if (!target) throw new UserError('Discord did not send that message with the request; run "Find in readouts" on it again.');
    const text = target.content ?? '';
    const parts = renderFind(engine.find(text.slice(0, 4000)), footerOf(engine));
    // Shown only to the one who asked: checking a colleague's message is not a public act.
    await interaction.reply(message(parts, { hide: true }));
  },
} satisfies MessageCommand;
