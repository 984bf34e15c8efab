/**
 * "Find in readouts" over generated messages (fast-check): any message gets a
 * valid answer (or, blank, a short error) whose Discord reply fits Discord's
 * limits; any run of words from a readout sentence, quoted inside arbitrary
 * framing, is found exact, with the highlight on those very words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { InputError } from '../src/errors.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { FindAnswerSchema, type FindAnswer } from '../src/answer/find/types.ts';
import { renderFind } from '../src/discord/render.ts';
import { message } from '../src/discord/respond.ts';
import { LIMITS } from '../src/discord/limits.ts';
import { words } from '../src/text/terms.ts';

const engine = Engine.load(BUNDLED_CORPUS);
const footer = { searched: 32, updated: '2024-03-27' };

const NOISE = [
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '>',
  '>>> ',
  '\n',
  '```',
  '`',
  '<@123456789012345678>',
  '@everyone',
  '🇺🇸',
  '—',
  '...',
  '?',
  'Per the readout:',
  'I heard',
  'lol',
  'Esper',
  'Kono',
  'Hong Kong',
  'NATO',
  'job number one',
  'https://x.y/z',
  '**',
  '||',
];
const messageText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.array(fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 12 })), { maxLength: 30 }).map((p) => p.join(' ')),
  fc.string({ minLength: 3990, maxLength: 4100 }),
);

describe('find: generated messages', () => {
  it('GIVEN any message THEN a valid answer or a short error, and a reply within Discord limits', () => {
    fc.assert(
      fc.property(messageText, (text) => {
        let answer: FindAnswer;
        try {
          answer = engine.find(text);
        } catch (error) {
          expect(error).toEqual(new InputError('Type something to search for.'));
          expect(text.trim()).toBe('');
          return;
        }
        FindAnswerSchema.parse(answer);
        expect(answer.checks.length).toBeLessThanOrEqual(5);
        const payload = message(renderFind(answer, footer), { hide: true });
        const embed = payload.embeds?.[0];
        const size =
          (embed?.title?.length ?? 0) +
          (embed?.description?.length ?? 0) +
          (embed?.footer?.text.length ?? 0) +
          (embed?.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
        expect(size).toBeLessThanOrEqual(LIMITS.embedTotal);
        for (const f of embed?.fields ?? []) {
          expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
          // No mark left open by a cut: bold and strike-through come in pairs.
          const marks = f.value.replace(/\\[*~]/g, '');
          expect((marks.match(/\*\*/g) ?? []).length % 2).toBe(0);
          expect((marks.match(/~~/g) ?? []).length % 2).toBe(0);
        }
        expect(payload.allowedMentions).toEqual({ parse: [] });
      }),
      { numRuns: 300 },
    );
    // Generous: a few seconds alone, longer on a machine shared with other test runs.
  }, 60_000);

  it('GIVEN words 3 or more in a row from a readout sentence, quoted in any framing THEN exact, the highlight on those words', () => {
    const sentences = Array.from({ length: engine.index.size }, (_v, i) => engine.index.text(i)).filter(
      (s) => words(s).length >= 4 && !/["“”]/.test(s),
    );
    const quoted = fc
      .record({
        sentence: fc.constantFrom(...sentences),
        from: fc.nat(),
        length: fc.integer({ min: 3, max: 12 }),
        before: fc.constantFrom('', 'Per the readout:', 'lol', 'So', '<@1> look'),
        after: fc.constantFrom('', '— big deal', '?', 'right?'),
        marks: fc.constantFrom(['"', '"'], ['“', '”']),
      })
      .map(({ sentence, from, length, before, after, marks }) => {
        const ws = words(sentence);
        const start = from % Math.max(1, ws.length - 2);
        const run = ws.slice(start, start + length);
        // The quoted words as written in the readout (possessives kept).
        const end = (run[run.length - 1] as (typeof run)[number]).end;
        const text = sentence.slice((run[0] as (typeof run)[number]).start, end);
        // A run that stops inside a written word ("the U.K." of "the U.K.’s", which
        // words() reads as "uk", "s") is highlighted to the end of that word.
        const wholeWord = !/^['’\p{L}\p{N}]/u.test(sentence.slice(end));
        return { run: run.map((w) => w.word), wholeWord, message: `${before} ${marks[0]}${text}${marks[1]} ${after}` };
      })
      .filter(({ run, wholeWord }) => run.length >= 3 && wholeWord);
    fc.assert(
      fc.property(quoted, ({ run, message: m }) => {
        const check = engine.find(m).checks[0];
        expect(check?.verdict).toBe('exact');
        const lead = check?.sentences[0];
        const [start, end] = lead?.highlight ?? [0, 0];
        expect(words(lead?.text.slice(start, end) ?? '').map((w) => w.word)).toEqual(run);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
