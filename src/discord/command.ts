/**
 * What a command module in commands/ is: a definition (plain data, what
 * `npm run deploy` registers) and the handlers that answer it. Handlers get the
 * engine through BotContext and never build payloads by hand: they render
 * with src/discord/render.ts and send with src/discord/respond.ts.
 */
import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine } from '../engine/engine.ts';
import type { Audience } from './respond.ts';
import type { Footer } from './render.ts';
import type { RateLimiter } from './rateLimit.ts';
import type { ServerServices } from './servers.ts';

export interface BotContext {
  /** The engine serving now (a reload swaps it whole). */
  engine(): Engine;
  /** Per-user limit on commands, buttons and menus (autocomplete is not counted). */
  limiter?: RateLimiter;
  /** The commands answered (commands/index.ts, handed in by the entry point). */
  commands: CommandSet;
  /** Per-server settings and /readout add (src/discord/servers.ts); absent, those commands say so. */
  servers?: ServerServices;
}

/** An expected miss the user should read about ("that sentence is gone"); shown only to them. */
export class UserError extends Error {
  override name = 'UserError';
}

export interface ChatCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  run(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

export interface MessageCommand {
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  run(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}

/** Every command a bot answers, by kind. */
export interface CommandSet {
  chat: readonly ChatCommand[];
  message: readonly MessageCommand[];
}

/** The options every command takes, as users of the best docs bots expect. */
export const AUDIENCE_OPTIONS = [
  {
    type: ApplicationCommandOptionType.Boolean,
    name: 'hide',
    description: 'Show the answer only to me',
  },
  {
    type: ApplicationCommandOptionType.User,
    name: 'mention',
    description: 'Suggest the answer to this user (they get a ping)',
  },
] as const;

export function audienceOf(interaction: ChatInputCommandInteraction): Audience {
  return {
    hide: interaction.options.getBoolean('hide') ?? false,
    mention: interaction.options.getUser('mention')?.id ?? null,
  };
}

export function footerOf(engine: Engine, searched = engine.report.loaded): Footer {
  return { searched, version: engine.report.version };
}
