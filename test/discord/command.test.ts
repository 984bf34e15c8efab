/**
 * Command options typed from the definition (src/discord/command.ts): the
 * type assertions here are checked by `npm run typecheck`, so a regression in
 * OptionsOf fails CI even though no test below would notice at run time.
 */
import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody, type User } from 'discord.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AUDIENCE_OPTIONS, audienceOf, chatCommand, type OptionsOf } from '../../src/discord/command.ts';

const definition = {
  name: 'example',
  description: 'An example',
  options: [
    { type: ApplicationCommandOptionType.String, name: 'topic', description: 'A topic', required: true },
    {
      type: ApplicationCommandOptionType.String,
      name: 'order',
      description: 'Order',
      choices: [
        { name: 'Oldest first', value: 'oldest' },
        { name: 'Newest first', value: 'newest' },
      ],
    },
    { type: ApplicationCommandOptionType.Integer, name: 'page', description: 'Page' },
    ...AUDIENCE_OPTIONS,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

describe('options typed from the definition', () => {
  it('GIVEN an as-const definition THEN each option has its declared type, null when optional and not given', () => {
    expectTypeOf<OptionsOf<typeof definition>>().toEqualTypeOf<{
      topic: string;
      order: 'oldest' | 'newest' | null;
      page: number | null;
      hide: boolean | null;
      mention: User | null;
    }>();
    // A misspelt option name is not a key of the options.
    expectTypeOf<OptionsOf<typeof definition>>().not.toHaveProperty('topik');
    expectTypeOf<OptionsOf<{ name: 'bare'; description: 'No options' }>>().toEqualTypeOf<Record<never, never>>();
  });

  it('GIVEN the audience options THEN hide defaults to false and mention is the user id', () => {
    expect(audienceOf({ hide: null, mention: null })).toEqual({ hide: false, mention: null });
    expect(audienceOf({ hide: true, mention: { id: '222222222222222222' } })).toEqual({ hide: true, mention: '222222222222222222' });
  });

  it('GIVEN handlers THEN the command carries the definition as given, and autocomplete only when there is one', () => {
    const run = async () => {};
    const plain = chatCommand({ definition, run });
    expect(plain.definition).toBe(definition);
    expect('autocomplete' in plain).toBe(false);
    const withCompletion = chatCommand({ definition, run, autocomplete: async () => {} });
    expect(typeof withCompletion.autocomplete).toBe('function');
  });
});
