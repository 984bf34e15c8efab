/** /timeline topic:<text> [from] [to] — every readout that mentions a topic, oldest first, paged. */
import { ApplicationCommandOptionType } from 'discord.js';
import { AUDIENCE_OPTIONS, audienceOf, footerOf, UserError, type ChatCommand } from '../src/discord/command.ts';
import { IsoDateInput, MAX_TOPIC } from '../src/answer/types.ts';
import { completionChoices, renderTimeline } from '../src/discord/render.ts';
import { choices, message } from '../src/discord/respond.ts';
import { BUDGETS } from '../src/discord/limits.ts';


function dateOption(value: string | null, name: string): string | undefined {
  if (value === null) return undefined;
  const parsed = IsoDateInput.safeParse(value.trim());
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
        max_length: MAX_TOPIC,
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
    // Only the first page's readouts are cited: a long timeline is thousands.
    const answer = engine.timeline(interaction.options.getString('topic', true), range, { page: 0, perPage: BUDGETS.timelinePerPage });
    const parts = renderTimeline(answer, footerOf(engine, answer.searched), interaction.user.id, 0, range);
    await interaction.reply(message(parts, audienceOf(interaction)));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    // Only topics /timeline accepts (a long alias would be refused once picked).
    const topics = ctx.engine().complete(typed, 'topic').filter((c) => c.value.length <= MAX_TOPIC);
    await interaction.respond(choices(completionChoices(topics)));
  },
} satisfies ChatCommand;
