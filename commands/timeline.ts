/** /timeline topic:<text> [from] [to] — every readout that mentions a topic, oldest first, paged. */
import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { AUDIENCE_OPTIONS, audienceOf, chatCommand } from '../src/discord/command.ts';
import { IsoDateInput, MAX_TOPIC } from '../src/answer/types.ts';
import { completionChoices, withChartEncoded } from '../src/discord/render.ts';
import { timelineReply } from '../src/discord/replies.ts';
import { choices, message, update } from '../src/discord/respond.ts';
import { UserError } from '../src/errors.ts';

function dateOption(value: string | null, name: string): string | undefined {
  if (value === null) return undefined;
  const parsed = IsoDateInput.safeParse(value.trim());
  if (!parsed.success) throw new UserError(`\`${name}\` must be a date written YYYY-MM-DD, like 2020-08-29.`);
  return parsed.data;
}

export const timeline = chatCommand({
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
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async run(interaction, options, ctx) {
    const range = { from: dateOption(options.from, 'from'), to: dateOption(options.to, 'to') };
    const parts = timelineReply(ctx.engine(), options.topic, range, interaction.user.id);
    const audience = audienceOf(options);
    await interaction.reply(message(parts, audience));
    // The answer first; its chart (tens of milliseconds to draw) follows as an edit.
    if (parts.chart && !parts.miss) await interaction.editReply(update(await withChartEncoded(parts)));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    // Only topics /timeline accepts (a long alias would be refused once picked).
    const topics = ctx
      .engine()
      .complete(typed, 'topic')
      .filter((c) => c.value.length <= MAX_TOPIC);
    await interaction.respond(choices(completionChoices(topics)));
  },
});
