/**
 * Every interaction comes through here: routed to its command or component
 * handler, inside the one error boundary, and logged as one line with the
 * command, latency and outcome (never the user's text or identity).
 *
 * The boundary: a UserError or InputError is the user's to read and is shown
 * only to them; anything else is logged and answered with a short apology;
 * a failed autocomplete answers an empty list. A reply that cannot be sent
 * (the interaction expired, code 10062) is logged once and dropped.
 */
import { performance } from 'node:perf_hooks';
import { DiscordAPIError, type Interaction } from 'discord.js';
import type { Logger } from '../logger.ts';
import type { BotContext } from './command.ts';
import { handleComponent } from './components.ts';
import { notice } from './respond.ts';
import { InputError, UserError } from '../errors.ts';

export type Outcome = 'ok' | 'refused' | 'limited' | 'error' | 'expired';

/** What an interaction is, for the log: "ask", "autocomplete:timeline", "button:tl". */
export function describeInteraction(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return interaction.commandName;
  if (interaction.isAutocomplete()) return `autocomplete:${interaction.commandName}`;
  if (interaction.isMessageContextMenuCommand()) return `menu:${interaction.commandName}`;
  if (interaction.isButton()) return `button:${interaction.customId.split(':')[0]}`;
  if (interaction.isStringSelectMenu()) return `select:${interaction.customId.split(':')[0]}`;
  return `type:${interaction.type}`;
}

export async function dispatch(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = ctx.commands.chat.find((c) => c.definition.name === interaction.commandName);
    if (!command) throw new UserError('This command is not known to this version of Readout.');
    await command.run(interaction, ctx);
  } else if (interaction.isAutocomplete()) {
    const command = ctx.commands.chat.find((c) => c.definition.name === interaction.commandName);
    await (command?.autocomplete ? command.autocomplete(interaction, ctx) : interaction.respond([]));
  } else if (interaction.isMessageContextMenuCommand()) {
    const command = ctx.commands.message.find((c) => c.definition.name === interaction.commandName);
    if (!command) throw new UserError('This command is not known to this version of Readout.');
    await command.run(interaction, ctx);
  } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
    await handleComponent(interaction, ctx);
  }
}

/** Handle one interaction; never rejects. Resolves to its outcome. */
export async function handleInteraction(interaction: Interaction, ctx: BotContext, logger: Logger): Promise<Outcome> {
  const started = performance.now();
  let outcome: Outcome = 'ok';
  try {
    if (!interaction.isAutocomplete() && ctx.limiter && interaction.isRepliable()) {
      const decision = ctx.limiter.take(interaction.user.id);
      if (!decision.ok) {
        // Discord renders <t:…:R> as "in 4 seconds" in the reader's own clock.
        const at = Math.ceil((Date.now() + decision.retryAfterMs) / 1000);
        await interaction.reply(notice(`You are asking quickly. Try again <t:${at}:R>.`));
        outcome = 'limited';
      }
    }
    if (outcome === 'ok') await dispatch(interaction, ctx);
  } catch (error) {
    outcome = await reportError(interaction, error, logger);
  }
  logger.info({ interaction: describeInteraction(interaction), ms: Math.round(performance.now() - started), outcome }, 'interaction');
  return outcome;
}

async function reportError(interaction: Interaction, error: unknown, logger: Logger): Promise<Outcome> {
  if (isExpired(error)) {
    logger.warn({ interaction: describeInteraction(interaction) }, 'interaction expired before the reply (10062)');
    return 'expired';
  }
  const expected = error instanceof UserError || error instanceof InputError;
  if (!expected) logger.error({ err: error, interaction: describeInteraction(interaction) }, 'interaction failed');
  const text = expected ? (error as Error).message : 'Sorry, something went wrong answering that. It has been logged.';
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      if (interaction.replied || interaction.deferred) await interaction.followUp(notice(text));
      else await interaction.reply(notice(text));
    }
  } catch (second) {
    if (isExpired(second)) logger.warn({ interaction: describeInteraction(interaction) }, 'interaction expired before the reply (10062)');
    else logger.error({ err: second }, 'could not report an error to the user');
    return isExpired(second) ? 'expired' : 'error';
  }
  return expected ? 'refused' : 'error';
}

/** Discord's "Unknown interaction": the 3-second or 15-minute window has passed. */
function isExpired(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === 10062;
}
