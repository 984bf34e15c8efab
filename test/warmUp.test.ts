import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import type { Answer, AnswerRequest } from '../src/answer/types.ts';
import { bundledEngine } from './support/fixtures.ts';

/**
 * A fresh engine on the bundled corpus's index (indexed once, shared), with
 * every answer its warm-up gives recorded.
 */
function recorded(): { engine: Engine; answers: Answer[]; completions: string[] } {
  const { index, report } = bundledEngine();
  const engine = new Engine(index, report);
  const answers: Answer[] = [];
  const completions: string[] = [];
  const answer = engine.answer.bind(engine);
  engine.answer = (request: AnswerRequest) => {
    const a = answer(request);
    answers.push(a);
    return a;
  };
  const complete = engine.complete.bind(engine);
  engine.complete = (typed, kind) => {
    completions.push(kind);
    return complete(typed, kind);
  };
  return { engine, answers, completions };
}

describe('warm-up: every kind of request once before the first user', () => {
  it('GIVEN a start THEN each intent, dated and event-filtered questions, a typo, misses, timelines by page and year, quotes found and not, both autocompletes', () => {
    const { engine, answers, completions } = recorded();
    engine.warmUp();
    const kinds = new Set(answers.map((a) => a.intent));
    expect([...kinds].sort()).toEqual(['count', 'quote', 'said', 'timeline', 'topic', 'when', 'where', 'who', 'yesno']);
    const asks = answers.filter((a) => a.command === 'ask');
    expect(asks.some((a) => a.filter?.from === '2020-08-01' && a.filter.to === '2020-08-31')).toBe(true);
    expect(asks.some((a) => a.filter?.label.startsWith('between'))).toBe(true);
    expect(asks.some((a) => a.none && (a.suggestions?.length ?? 0) > 0)).toBe(true);
    expect(asks.some((a) => a.intent === 'count' && a.filter !== undefined)).toBe(true);
    // The corpus's most used name, so the timelines are long ones.
    expect(answers.some((a) => a.command === 'timeline' && (a.count ?? 0) >= 30 && a.years !== undefined && a.offset === 8)).toBe(true);
    expect(answers.some((a) => a.command === 'timeline' && a.none)).toBe(true);
    expect(answers.some((a) => a.command === 'quote' && !a.none)).toBe(true);
    expect(answers.some((a) => a.command === 'quote' && a.none)).toBe(true);
    expect(new Set(completions)).toEqual(new Set(['topic', 'phrase']));
  });

  it('GIVEN a reload THEN the same warm-up runs one request per turn of the event loop', async () => {
    const { engine, answers } = recorded();
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    await engine.warmUpInTurns();
    clearInterval(ticking);
    const all = recorded();
    all.engine.warmUp();
    expect(answers.map((a) => a.headline)).toEqual(all.answers.map((a) => a.headline));
    expect(turns).toBeGreaterThan(0);
  });
});
