import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown } from 'discord.js';
import { verbatim } from '../../src/discord/render.ts';

describe('verbatim: escapeMarkdown, skipped when nothing in the text can be Markdown', () => {
  it('GIVEN any text, Markdown characters and all THEN exactly what escapeMarkdown gives', () => {
    const pieces = fc.constantFrom(
      '*',
      '**',
      '_',
      '__',
      '~~',
      '||',
      '`',
      '```',
      '\\',
      '>',
      '#',
      '-',
      '[a](b)',
      'Japan',
      ' ',
      '’',
      '1.',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(verbatim(text)).toBe(escapeMarkdown(text));
      }),
      { numRuns: 2000, seed: 13 },
    );
    expect(verbatim('Secretary Austin met Minister Kihara.')).toBe('Secretary Austin met Minister Kihara.');
    expect(verbatim('the *ironclad* alliance')).toBe('the \\*ironclad\\* alliance');
  });
});
