/**
 * What a command module in commands/ is: a definition (plain data, `as const`,
 * what `npm run deploy` registers) and the handlers that answer it. The
 * handler's options are typed from the definition (OptionsOf), so a misspelt
 * option name fails the type check. Handlers get the engine through
 * BotContext and never build payloads by hand: they answer and render with
 * src/discord/replies.ts and send with src/discord/respond.ts.
 *
 * Usage, in outline (commands/ask.ts is a whole one):
 *
 *     export const ask = chatCommand({
 *       definition: { name: 'ask', description: '…', options: [{ type: String, name: 'question', … }] }
 *         as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
 *       async run(interaction, options, ctx) { … options.question … },
 *     });
 */
import {
  ApplicationCommandOptionType,
  type Attachment,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  type User,
} from 'discord.js';
import type { Engine } from '../engine/engine.ts';
import type { Audience } from './respond.ts';
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

export type ChatDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** A slash command as the router calls it; commands are made with chatCommand(). */
export interface ChatCommand {
  definition: ChatDefinition;
  run(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** The value of one option, by the type its definition declares. */
type OptionValue<O> = O extends { type: ApplicationCommandOptionType.String }
  ? O extends { choices: readonly { value: infer V }[] }
    ? V
    : string
  : O extends { type: ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number }
    ? number
    : O extends { type: ApplicationCommandOptionType.Boolean }
      ? boolean
      : O extends { type: ApplicationCommandOptionType.User }
        ? User
        : O extends { type: ApplicationCommandOptionType.Attachment }
          ? Attachment
          : O extends { type: ApplicationCommandOptionType.Channel }
            ? { id: string }
            : never;

/** One subcommand's options, tagged with its name (a union over the subcommands). */
type SubcommandOptions<O> = O extends { type: ApplicationCommandOptionType.Subcommand; name: infer N extends string }
  ? { subcommand: N } & OptionsOf<O>
  : never;

/**
 * A command's options as its handler receives them, computed from its `as
 * const` definition (the pattern of discord-utils-bot's ArgumentsOf): each
 * option by name, `null` when an optional one is not given.
 */
export type OptionsOf<D> = D extends { options: readonly (infer O)[] }
  ? [O] extends [{ type: ApplicationCommandOptionType.Subcommand }]
    ? SubcommandOptions<O>
    : {
        [K in O as K extends { name: infer N extends string } ? N : never]: K extends { required: true }
          ? OptionValue<K>
          : OptionValue<K> | null;
      }
  : Record<never, never>;

/** Read every option a definition declares, by its declared type. */
export function readOptions<const D extends ChatDefinition>(definition: D, interaction: ChatInputCommandInteraction): OptionsOf<D> {
  const values: Record<string, string | number | boolean | User | Attachment | { id: string } | null> = {};
  let options = definition.options ?? [];
  // A command of subcommands: the one used, and its options.
  if (options[0]?.type === ApplicationCommandOptionType.Subcommand) {
    const subcommand = interaction.options.getSubcommand(true);
    const used = options.find((o) => o.name === subcommand);
    values.subcommand = subcommand;
    options = used && used.type === ApplicationCommandOptionType.Subcommand ? (used.options ?? []) : [];
  }
  for (const option of options) {
    const required = 'required' in option && option.required === true;
    const { name } = option;
    switch (option.type) {
      case ApplicationCommandOptionType.String:
        values[name] = interaction.options.getString(name, required);
        break;
      case ApplicationCommandOptionType.Integer:
        values[name] = interaction.options.getInteger(name, required);
        break;
      case ApplicationCommandOptionType.Number:
        values[name] = interaction.options.getNumber(name, required);
        break;
      case ApplicationCommandOptionType.Boolean:
        values[name] = interaction.options.getBoolean(name, required);
        break;
      case ApplicationCommandOptionType.User:
        values[name] = interaction.options.getUser(name, required);
        break;
      case ApplicationCommandOptionType.Attachment:
        values[name] = interaction.options.getAttachment(name, required);
        break;
      case ApplicationCommandOptionType.Channel: {
        const channel = interaction.options.getChannel(name, required);
        values[name] = channel ? { id: channel.id } : null;
        break;
      }
      default:
        throw new Error(`option "${name}": type ${option.type} is not read by readOptions`);
    }
  }
  // Each option was read by the type its definition declares, which is what
  // OptionsOf<D> computes from the same definition; the checker cannot follow
  // a loop over a tuple, so it is told here, once, for every command.
  return values as OptionsOf<D>;
}

/** A slash command from its definition and handlers; `run` gets its options typed from the definition. */
export function chatCommand<const D extends ChatDefinition>(command: {
  definition: D;
  run(interaction: ChatInputCommandInteraction, options: OptionsOf<D>, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}): ChatCommand {
  const { definition, run, autocomplete } = command;
  return {
    definition,
    run: (interaction, ctx) => run(interaction, readOptions(definition, interaction), ctx),
    ...(autocomplete ? { autocomplete } : {}),
  };
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

/** Who sees an answer, from the AUDIENCE_OPTIONS every command takes. */
export function audienceOf(options: { hide: boolean | null; mention: Pick<User, 'id'> | null }): Audience {
  return { hide: options.hide ?? false, mention: options.mention?.id ?? null };
}
