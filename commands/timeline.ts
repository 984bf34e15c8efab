/** /timeline topic:<text> [from] [to] — every readout that mentions a topic, oldest first, paged. */
import { ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { AUDIENCE_OPTIONS, audienceOf, footerOf, UserError, type ChatCommand } from '../src/discord/command.ts';
import { MAX_TIMELINE_TOPIC } from '../src/discord/customId.ts';
import { completionChoices, renderTimeline } from '../src/discord/render.ts';
import { choices, message } from '../src/discord/respond.ts';

const DateOption = z.iso.date();

function dateOption(value: string | null, name: string): string | undefined {
  if (value === null) return undefined;
  const parsed = DateOption.safeParse(value.trim());
  if (!parsed.success) throw new UserError(`\`${name}\` must be a date written YYYY-MM-DD, like 2020-08-29.`);
  return parsed.data;
}

export const timeline = {
  definition: {
    name: 'timeline',
    description: 'Every readout that mentions a topic, oldest first',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'A topic, name or place: North Korea, Mageshima, Stoltenberg…',
        required: true,
        min_length: 1,
        max_length: MAX_TIMELINE_TOPIC,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'from',
        description: 'Only readouts on or after this date (YYYY-MM-DD)',
        min_length: 10,
        max_length: 10,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'to',
        description: 'Only readouts on or before this date (YYYY-MM-DD)',
        min_length: 10,
        max_length: 10,
      },
      ...AUDIENCE_OPTIONS,
    ],
  },
  async run(interaction, ctx) {
    const range = {
      from: dateOption(interaction.options.getString('from'), 'from'),
      to: dateOption(interaction.options.getString('to'), 'to'),
    };
    const engine = ctx.engine();
    const answer = engine.timeline(interaction.options.getString('topic', true), range);
    const parts = renderTimeline(answer, footerOf(engine, answer.searched), interaction.user.id, 0, range);
    await interaction.reply(message(parts, audienceOf(interaction)));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    await interaction.respond(choices(completionChoices(ctx.engine().complete(typed, 'topic'))));
  },
} satisfies ChatCommand;
