/**
 * Discord's markup inside typed text — mentions of users, roles, channels and
 * slash commands, custom emoji, timestamps — as Discord's own API types write
 * it (`FormattingPatterns` of discord-api-types, the package discord.js builds
 * on), for the readers that take it off a question
 * (src/answer/reading/clean.ts) or a message (src/answer/find/spans.ts).
 *
 * Read in one way more loosely than Discord writes it: an id is any run of
 * digits, not only a 17–20 digit snowflake, as the hand-written patterns these
 * replaced read it — `<@123>` is no word of a question whatever its length.
 *
 * @example
 * '<@123> hi <:wave:456> </ask:789> <t:1700000000:R>'.replace(DISCORD_MARKUP, '_')
 * // → '_ hi _ _ _'
 */
// `globals` is the module `discord-api-types/v10` re-exports FormattingPatterns from; alone it loads in a
// tenth of the time (~20 ms against ~200 ms for all of v10's enums), which a one-shot `readout ask` feels.
import { FormattingPatterns } from 'discord-api-types/globals';

type Kind = keyof typeof FormattingPatterns;

/** One pattern's source: its named groups made plain (several share one alternation), any id length read. */
function loose(kind: Kind): string {
  return FormattingPatterns[kind].source.replace(/\(\?<\w+>/g, '(?:').replace(/\\d\{17,20\}/g, '\\d+');
}

/** Every match of any of `kinds`, as one global pattern (Unicode: command names may be in any script). */
function markup(...kinds: Kind[]): RegExp {
  return new RegExp(kinds.map(loose).join('|'), 'gu');
}

/** `<@123>`, `<@!123>` (user), `<@&456>` (role), `<#789>` (channel). */
export const MENTION = markup('UserWithOptionalNickname', 'Role', 'Channel');

/** `<:name:123>` and `<a:name:123>` (animated): a server's own emoji. */
export const CUSTOM_EMOJI = markup('Emoji');

/** `</ask:123>`, `</readout add:123>`: a mention of a slash command. */
export const COMMAND_MENTION = markup('SlashCommand');

/** `<t:1700000000>`, `<t:1700000000:R>`: a time each reader sees in their own zone. */
export const TIMESTAMP = markup('Timestamp');

/** Any of the above. */
export const DISCORD_MARKUP = markup('UserWithOptionalNickname', 'Role', 'Channel', 'SlashCommand', 'Emoji', 'Timestamp');
