/**
 * Buttons and select menus. Their state comes from the custom_id alone
 * (src/discord/customId.ts), so they keep working after a restart.
 */
import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import { footerOf, UserError, type BotContext } from './command.ts';
import { decodeState, YearChoice } from './customId.ts';
import { BUDGETS } from './limits.ts';
import type { TimelineWindow } from '../answer/timeline.ts';
import { renderAsk, renderContext, renderQuote, renderSources, renderTimeline } from './render.ts';
import { message, notice } from './respond.ts';

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
    case 'timeline':
    case 'year': {
      const range = { from: state.from, to: state.to };
      let window: TimelineWindow;
      if (state.kind === 'timeline') window = { page: state.page, perPage: BUDGETS.timelinePerPage };
      else {
        const year = interaction.isStringSelectMenu() ? YearChoice.safeParse(interaction.values[0]) : null;
        if (!year?.success) throw new UserError('That menu could not be read. Run the command again.');
        window = { year: year.data, perPage: BUDGETS.timelinePerPage };
      }
      const answer = engine.timeline(state.topic, range, window);
      await interaction.update(message(renderTimeline(answer, footerOf(engine, answer.searched), state.owner, 0, range)));
      return;
    }
    case 'sources':
      await interaction.update(message(renderSources(engine.sourcesPage(state.page, BUDGETS.sourcesPerPage), footerOf(engine), state.owner)));
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
        const answer = engine.timeline(picked, {}, { page: 0, perPage: BUDGETS.timelinePerPage });
        await interaction.update(message(renderTimeline(answer, footer(answer.searched), state.owner, 0, {})));
      }
      return;
    }
  }
}
