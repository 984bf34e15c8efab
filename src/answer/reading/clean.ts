/**
 * What a chat user types around a question, taken off before it is read:
 * Discord mentions (`<@123>`, `<@!123>`, `<@&456>`, `<#789>`, `@everyone`,
 * `@here`, a typed `@Bob` in front), custom emoji (`<:name:id>`,
 * `<a:name:id>`), slash-command mentions (`</ask:123>`) and markdown
 * (bold, italics, strike-through, spoilers, code, quotes, headings, links).
 * The words of the question are kept as they were typed.
 *
 * @example
 * cleanQuestion('<@123> **what about** `Mageshima`?') // → 'what about Mageshima?'
 */

import { COMMAND_MENTION, CUSTOM_EMOJI, MENTION } from '../../text/discordMarkup.ts';

const RULES: [RegExp, string][] = [
  // Mentions of users, roles and channels, custom emoji and command mentions, as Discord writes them.
  [MENTION, ' '],
  [CUSTOM_EMOJI, ' '],
  [COMMAND_MENTION, ' '],
  [/(?:^|\s)@(?:everyone|here)\b/gi, ' '],
  // "@Bob what about …": a typed mention at the start (a name, not part of the question).
  [/^\s*(?:@[\w.-]{1,32}[,:]?\s+)+/, ' '],
  // Links: [text](url) keeps the text; a bare <url> goes.
  [/\[([^\]]*)\]\((?:[^)\s]+)\)/g, '$1'],
  [/<https?:\/\/[^>\s]+>/g, ' '],
  // Code blocks and spans keep their text.
  [/```(?:\w+\n)?([\s\S]*?)```/g, '$1'],
  [/`([^`]*)`/g, '$1'],
  // Block quotes, headings and list bullets at line starts.
  [/^\s*(?:>>>|>|#{1,3}(?=\s)|[-*](?=\s))\s*/gm, ''],
  // Emphasis markers: **, __, ~~, ||, and single * or _ around words.
  [/(\*\*|__|~~|\|\|)/g, ''],
  [/(^|[\s(])[*_]+(?=\S)/g, '$1'],
  [/(?<=\S)[*_]+(?=[\s).,!?;:]|$)/g, ''],
  // DoD offices written with their portfolio in parentheses, "USD(P)", "ASD(SO/LIC)", "USD(A&S)": one acronym,
  // as the acronym table keys them (USDP), not a word and a letter.
  [/\b([A-Z]{2,5})\(([A-Za-z]{1,4})(?:[&/]([A-Za-z]{1,4}))?\)/g, '$1$2$3'],
];

/** The question without mentions, emoji and markdown, spaces collapsed. */
export function cleanQuestion(input: string): string {
  let text = input;
  for (const [re, by] of RULES) text = text.replace(re, by);
  return text.replace(/\s+/g, ' ').trim();
}
