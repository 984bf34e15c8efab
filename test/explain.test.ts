/**
 * `--explain`: an answer can say which rules decided it — from the engine, in
 * `--json`, as text, in batch and in the console — and an answer not asked to
 * explain is exactly what it was (the answer contract is unchanged).
 */
import { describe, expect, it } from 'vitest';
import { applied, explained } from '../src/answer/explain.ts';
import { answerLine } from '../src/cli/batch.ts';
import { parseConsoleLine, runConsole } from '../src/cli/console.ts';
import { renderExplain } from '../src/cli/render.ts';
import { bundledEngine } from './support/fixtures.ts';
import { fakeIo, run } from './support/io.ts';

const CHAT = 'hey bot can u tell me what about Mageshima?';

describe('explained()', () => {
  it('GIVEN rules applied while an answer is made THEN each is listed once, first applied first', () => {
    const { value, rules } = explained(() => {
      applied('chat-words');
      applied('lexicon-demonym');
      applied('chat-words');
      return 42;
    });
    expect(value).toBe(42);
    expect(rules).toEqual(['chat-words', 'lexicon-demonym']);
  });

  it('GIVEN applied() outside an explained answer THEN nothing is kept for the next one', () => {
    applied('chat-words');
    expect(explained(() => 0).rules).toEqual([]);
  });

  it('GIVEN an answer that throws THEN the next answer starts clean', () => {
    expect(() =>
      explained(() => {
        applied('chat-words');
        throw new Error('bad input');
      }),
    ).toThrow('bad input');
    expect(explained(() => 0).rules).toEqual([]);
  });
});

describe('Engine.answer with explain', () => {
  const engine = bundledEngine();

  it('GIVEN a chat opener THEN the answer lists rule chat-words with its reason, module and test, and the same results', () => {
    const plain = engine.answer({ command: 'ask', input: CHAT });
    const withRules = engine.answer({ command: 'ask', input: CHAT, explain: true });
    expect(plain.explain).toBeUndefined();
    const { explain, ...rest } = withRules;
    expect(rest).toEqual(plain);
    expect(explain?.map((r) => r.id)).toContain('chat-words');
    expect(explain?.find((r) => r.id === 'chat-words')).toEqual({
      id: 'chat-words',
      reason: expect.stringContaining('hey bot can u'),
      module: 'src/answer/reading/chat.ts',
      test: 'test/readingLexicon.test.ts',
    });
  });

  it('GIVEN a demonym THEN rule lexicon-demonym is listed', () => {
    const answer = engine.answer({ command: 'ask', input: 'what did Esper discuss with the Japanese?', explain: true });
    expect(answer.explain?.map((r) => r.id)).toContain('lexicon-demonym');
  });

  it('GIVEN a question answered as typed THEN no reading rule is listed, and the text says so', () => {
    const answer = engine.answer({ command: 'quote', input: 'field carrier landing practice', explain: true });
    expect(answer.explain?.some((r) => r.module.includes('/reading/'))).toBe(false);
    expect(renderExplain([])).toBe('Rules: none beyond plain search (words matched as typed, ranked by BM25+ and coverage).\n');
  });
});

describe('explain in batch and the console', () => {
  const engine = bundledEngine();

  it('GIVEN a batch line with "explain": true THEN its JSON answer has explain; a line without has none', () => {
    const asked = answerLine(engine, JSON.stringify({ command: 'ask', input: CHAT, explain: true })) as { explain?: { id: string }[] };
    expect(asked.explain?.map((r) => r.id)).toContain('chat-words');
    const plain = answerLine(engine, JSON.stringify({ command: 'ask', input: CHAT })) as { explain?: unknown };
    expect(plain.explain).toBeUndefined();
    const flagged = answerLine(engine, JSON.stringify({ command: 'ask', input: CHAT }), { explain: true }) as { explain?: unknown[] };
    expect(flagged.explain?.length).toBeGreaterThan(0);
  });

  it('GIVEN the console line /explain THEN it is the explain command', () => {
    expect(parseConsoleLine('/explain')).toEqual({ kind: 'explain' });
  });
});

describe('readout --explain', () => {
  it('GIVEN ask --json --explain THEN the JSON answer lists the rules', async () => {
    const { code, out } = await run(['ask', '--json', '--explain', CHAT]);
    expect(code).toBe(0);
    const answer = JSON.parse(out) as { headline: string; explain: { id: string; module: string }[] };
    expect(answer.headline).toContain('Mageshima');
    expect(answer.explain.map((r) => r.id)).toContain('chat-words');
  });

  it('GIVEN ask --explain THEN the text ends with the rules, each with its module and test', async () => {
    const { out } = await run(['ask', '--explain', CHAT]);
    expect(out).toContain('Rules that decided this answer:');
    expect(out).toMatch(/ {2}chat-words — .*hey bot can u/);
    expect(out).toContain('src/answer/reading/chat.ts · test/readingLexicon.test.ts');
  });

  it('GIVEN --explain on a command without answers THEN a short usage error', async () => {
    const { code, err } = await run(['sources', '--explain']);
    expect(code).not.toBe(0);
    expect(err).toContain('--explain applies to ask, timeline, quote, find and batch');
  });

  it("GIVEN the console: a question, then /explain THEN the last answer's rules; /explain first says there is none", async () => {
    const { out } = await run(['console'], `/explain\n${CHAT}\n/explain\n`);
    expect(out).toContain('No answer yet: ask something, then /explain.');
    const [, after = ''] = out.split('Mageshima came up');
    const [answer = '', explained = ''] = after.split('readout> ');
    // The answer is shown without its rules; /explain shows them.
    expect(answer).not.toContain('Rules that decided');
    expect(explained).toContain('Rules that decided this answer:');
    expect(explained).toContain('chat-words');
  });
});

describe('a bug met by one line', () => {
  const engine = bundledEngine();
  const broken = Object.assign(Object.create(engine), {
    answer: () => {
      throw new TypeError('x is not iterable');
    },
  }) as typeof engine;

  it('GIVEN batch THEN that line answers an internal error and the next line is still answered', () => {
    expect(answerLine(broken, JSON.stringify({ command: 'ask', input: 'anything' }))).toEqual({
      error: 'internal error (a bug in Readout, not in this line): x is not iterable',
    });
    expect(answerLine(broken, JSON.stringify({ command: 'find', input: 'Mageshima was discussed' }))).toHaveProperty('checks');
  });

  it('GIVEN the console THEN it says so in one line and keeps answering', async () => {
    const io = fakeIo('/ask anything\n/sources\n');
    expect(await runConsole(broken, io, false)).toBe(0);
    const { out } = io.output();
    expect(out).toContain('Something went wrong answering that (a bug in Readout, not in what you typed): x is not iterable');
    expect(out).toContain('000-esper-kono-pentagon.md');
  });
});
