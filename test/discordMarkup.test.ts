import { describe, expect, it } from 'vitest';
import { COMMAND_MENTION, CUSTOM_EMOJI, DISCORD_MARKUP, MENTION, TIMESTAMP } from '../src/text/discordMarkup.ts';
import { cleanQuestion } from '../src/answer/reading/clean.ts';
import { cleanMessage } from '../src/answer/find/spans.ts';

/** Every match of `re` in `text`. */
const all = (re: RegExp, text: string) => text.match(re) ?? [];

describe("Discord's markup, from discord-api-types' FormattingPatterns", () => {
  it('GIVEN mentions as Discord sends them (17–20 digit snowflakes) THEN each is one match', () => {
    const text = 'ask <@123456789012345678> and <@!123456789012345678> in <#123456789012345678>, cc <@&123456789012345678>';
    expect(all(MENTION, text)).toEqual([
      '<@123456789012345678>',
      '<@!123456789012345678>',
      '<#123456789012345678>',
      '<@&123456789012345678>',
    ]);
  });

  it('GIVEN a short id THEN it is read too, as the hand-written patterns before it did', () => {
    expect(all(MENTION, '<@1> <@!45> <@&6> <#7>')).toEqual(['<@1>', '<@!45>', '<@&6>', '<#7>']);
  });

  it('GIVEN custom emoji, a command mention with a subcommand in any script, and timestamps THEN each is matched whole', () => {
    expect(all(CUSTOM_EMOJI, '<:wave:123> <a:spin:4>')).toEqual(['<:wave:123>', '<a:spin:4>']);
    expect(all(COMMAND_MENTION, '</ask:89> </readout add:12> </काम:3>')).toEqual(['</ask:89>', '</readout add:12>', '</काम:3>']);
    expect(all(TIMESTAMP, '<t:1700000000> <t:-1:R> <t:1700000000:s>')).toEqual(['<t:1700000000>', '<t:-1:R>', '<t:1700000000:s>']);
  });

  it('GIVEN text that only looks like markup THEN it is kept: a bare number, an unclosed mention, an emoji name of one letter', () => {
    expect(all(DISCORD_MARKUP, 'Section <123> of <@12 and <:x:123> or <#general>')).toEqual([]);
  });

  it('GIVEN markup around a question or a message THEN both readers take it off and keep the words', () => {
    expect(cleanQuestion('<@123456789012345678> </ask:89> what about Guam?')).toBe('what about Guam?');
    expect(cleanMessage('<@&123456789012345678> they met in Tokyo </readout add:12>').replace(/\s+/g, ' ').trim()).toBe(
      'they met in Tokyo',
    );
  });
});
