/**
 * Buttons and select menus. Their state comes from the custom_id alone
 * (src/discord/customId.ts), so they keep working after a restart.
 */
import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import { footerOf, UserError, type BotContext } from './command.ts';
import { decodeState } from './customId.ts';
import { renderAsk, renderContext, renderQuote, renderSources, renderTimeline } from './render.ts';
import { message, notice } from './respond.ts';
import { handleDraftButton } from './addReadout.ts';

export async function handleComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  ctx: BotContext,
): Promise<void> {
  const state = decodeState(interaction.customId);
  if (!state) throw new UserError('This button is from an older version of Readout. Run the command again.');
  const engine = ctx.engine();

  if (state.kind === 'context') {
    const context = engine.context(state.sentence);
    if (!context) throw new UserError('That sentence is no longer in the corpus: the readouts changed since this answer.');
    await interaction.reply(message(renderContext(context), { hide: true }));
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
    case 'timeline': {
      const range = { from: state.from, to: state.to };
      const answer = engine.timeline(state.topic, range);
      await interaction.update(message(renderTimeline(answer, footerOf(engine, answer.searched), state.owner, state.page, range)));
      return;
    }
    case 'sources':
      await interaction.update(message(renderSources(engine.sources(), footerOf(engine), state.owner, state.page)));
      return;
    case 'pick': {
      if (!interaction.isStringSelectMenu()) throw new UserError('That menu could not be read. Run the command again.');
      const picked = interaction.values[0] ?? '';
      const footer = (searched: number) => footerOf(engine, searched);
      if (state.command === 'ask') {
        const answer = engine.ask(picked);
        await interaction.update(message(renderAsk(answer, footer(answer.searched), state.owner)));
      } else if (state.command === 'quote') {
        const answer = engine.quote(picked);
        await interaction.update(message(renderQuote(answer, footer(answer.searched), state.owner)));
      } else {
        const answer = engine.timeline(picked);
        await interaction.update(message(renderTimeline(answer, footer(answer.searched), state.owner, 0, {})));
      }
      return;
    }
  }
}
