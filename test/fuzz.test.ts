/**
 * Property tests over thousands of generated inputs (fast-check): every
 * command gets a valid answer or a short InputError, in bounded time; every
 * Discord reply stays inside Discord's limits and parses no mention; the
 * console and batch readers never throw on any line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledEngine } from './support/fixtures.ts';
import { AnswerSchema, MAX_INPUT, type Answer } from '../src/answer/types.ts';
import { parseConsoleLine } from '../src/cli/console.ts';
import { answerLine, BatchReplySchema } from '../src/cli/batch.ts';
import { message } from '../src/discord/respond.ts';
import { renderAsk, renderQuote, renderTimeline } from '../src/discord/render.ts';
import { LIMITS } from '../src/discord/limits.ts';
import { InputError } from '../src/errors.ts';

const engine = bundledEngine();

/** Inputs people (and attackers) actually type. */
const NASTY = [
  '',
  ' ',
  '\t\n ',
  'x',
  '@everyone',
  '@here what about Guam',
  '<@&123456789012345678>',
  '<@123456789012345678> hi',
  '```js\nalert(1)\n```',
  '**bold** _it_ ~~x~~ ||spoiler|| > quote',
  'https://discord.com/api/webhooks/1/x',
  '.*+?^${}()|[]\\',
  '(((((((((((((((((((',
  "'; DROP TABLE readouts; --",
  '../../etc/passwd',
  'C:\\Windows\\system32',
  '\u0000\u0007\u001b[31m',
  '\u200b\u200c\u200d\ufeff',
  '\u202eevil\u202c',
  '🇺🇸💥🚀 what about 🇯🇵',
  '日本の防衛大臣',
  'Україна Київ',
  'ٱلسَّلَامُ عَلَيْكُمْ',
  'MAGESHIMA!!!',
  'North Korea since 2021 before 2020 between 2017 and 2019',
  'from '.repeat(100),
  'in in in in in in in in in in in in in in in in in in 2020',
  'a.'.repeat(250),
  '.'.repeat(500),
  'On August 29, '.repeat(30),
  'what did what did what did say say about about',
  'x'.repeat(MAX_INPUT),
  'x'.repeat(MAX_INPUT + 1),
];

const input = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...NASTY, 'Mageshima', 'NATO', 'what about', 'did', 'in August'), { maxLength: 6 })
      .map((parts) => parts.join(' ')),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 400, maxLength: 520 }) },
);

const footer = { searched: 32, updated: '2024-03-27' };

/** The answer, or null for a short InputError; either way in bounded time (no runaway regular expression). */
function answerOrInputError(command: 'ask' | 'timeline' | 'quote', text: string): Answer | null {
  const started = performance.now();
  try {
    return engine.answer({ command, input: text });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.length).toBeLessThan(120);
    return null;
  } finally {
    expect(performance.now() - started).toBeLessThan(500);
  }
}

function checkReply(parts: ReturnType<typeof renderAsk>): void {
  const payload = message(parts, {});
  expect(payload.allowedMentions).toEqual({ parse: [] });
  expect((payload.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  for (const e of payload.embeds ?? []) {
    const size =
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(size).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  for (const row of payload.components ?? []) {
    for (const c of row.components) if ('custom_id' in c) expect(c.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
}

describe('every command on generated input', () => {
  it.each(['ask', 'timeline', 'quote'] as const)(
    '%s: a valid answer or a short InputError, in bounded time, and a reply inside the limits',
    (command) => {
      fc.assert(
        fc.property(input, (text) => {
          const answer = answerOrInputError(command, text);
          if (!answer) return;
          expect(AnswerSchema.safeParse(answer).success).toBe(true);
          expect(answer.none).toBe(answer.results.length === 0);
          const owner = '123456789012345678';
          checkReply(
            command === 'ask'
              ? renderAsk(answer, footer, owner)
              : command === 'quote'
                ? renderQuote(answer, footer, owner)
                : renderTimeline(answer, footer, owner, 0, {}),
          );
        }),
        { numRuns: 700, seed: 20261121 },
      );
    },
  );

  it('the console and batch readers never throw on any line', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          input,
          input.map((t) => `/${t}`),
          input.map((t) => `/timeline ${t} --from ${t}`),
        ),
        (line) => {
          try {
            parseConsoleLine(line);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
          expect(BatchReplySchema.safeParse(answerLine(engine, line)).success).toBe(true);
          const json = JSON.stringify({ command: 'ask', input: line });
          const answered = answerLine(engine, json);
          expect('error' in answered ? typeof answered.error : AnswerSchema.safeParse(answered).success).toBe(
            'error' in answered ? 'string' : true,
          );
        },
      ),
      { numRuns: 600, seed: 7 },
    );
  });
});
