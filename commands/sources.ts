/** /sources — the readouts in the corpus, oldest first, paged. */
import { AUDIENCE_OPTIONS, audienceOf, footerOf, type ChatCommand } from '../src/discord/command.ts';
import { renderSources } from '../src/discord/render.ts';
import { message } from '../src/discord/respond.ts';
import { BUDGETS } from '../src/discord/limits.ts';

export const sources = {
  definition: {
    name: 'sources',
    description: 'The readouts Readout answers from, with their dates',
    options: [...AUDIENCE_OPTIONS],
  },
  async run(interaction, ctx) {
    const engine = ctx.engine();
    const parts = renderSources(engine.sourcesPage(0, BUDGETS.sourcesPerPage), footerOf(engine), interaction.user.id);
    await interaction.reply(message(parts, audienceOf(interaction)));
  },
} satisfies ChatCommand;
