/**
 * Buttons and select menus. Their state comes from the custom_id alone
 * (src/discord/customId.ts), so they keep working after a restart.
 */
import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { BotContext } from './command.ts';
import { decodeState, YearChoice } from './customId.ts';
import { askReply, contextReply, quoteReply, sourcesReply, timelineReply } from './replies.ts';
import { message, notice, update } from './respond.ts';
import { handleDraftButton } from './addReadout.ts';
import { UserError } from '../errors.ts';
import { withChart } from './render.ts';

export async function handleComponent(interaction: ButtonInteraction | StringSelectMenuInteraction, ctx: BotContext): Promise<void> {
  const state = decodeState(interaction.customId);
  if (!state) throw new UserError('This button is from an older version of Readout. Run the command again.');
  const engine = ctx.engine();

  if (state.kind === 'context') {
    await interaction.reply(message(contextReply(engine, state.sentence, state.check), { hide: true }));
    return;
  }

  // Paging and picking change the message everyone sees: only its asker may.
  if (interaction.user.id !== state.owner) {
    await interaction.reply(notice(`Only <@${state.owner}> can change this answer. Run the command yourself to get your own.`));
    return;
  }

  switch (state.kind) {
    case 'draft':
      if (!interaction.isButton()) throw new UserError('That button could not be read. Run the command again.');
      await handleDraftButton(interaction, state, ctx);
      return;
    case 'timeline':
      await interaction.update(
        update(withChart(timelineReply(engine, state.topic, { from: state.from, to: state.to }, state.owner, { offset: state.offset }))),
      );
      return;
    case 'year': {
      const year = interaction.isStringSelectMenu() ? YearChoice.safeParse(interaction.values[0]) : null;
      if (!year?.success) throw new UserError('That menu could not be read. Run the command again.');
      await interaction.update(
        update(withChart(timelineReply(engine, state.topic, { from: state.from, to: state.to }, state.owner, { year: year.data }))),
      );
      return;
    }
    case 'sources':
      await interaction.update(update(sourcesReply(engine, state.owner, state.page)));
      return;
    case 'pick': {
      if (!interaction.isStringSelectMenu()) throw new UserError('That menu could not be read. Run the command again.');
      const picked = interaction.values[0] ?? '';
      const reply =
        state.command === 'ask'
          ? askReply(engine, picked, state.owner)
          : state.command === 'quote'
            ? quoteReply(engine, picked, state.owner)
            : withChart(timelineReply(engine, picked, {}, state.owner));
      await interaction.update(update(reply));
      return;
    }
  }
}
