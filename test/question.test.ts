import { describe, expect, it } from 'vitest';
import { readQuestion } from '../src/answer/question.ts';
import { dateTest, parseDateFilter } from '../src/answer/dateFilter.ts';

describe('intent rules', () => {
  it.each([
    ['what about Mageshima?', 'topic'],
    ['anything on missile defense?', 'topic'],
    ['Futenma replacement', 'topic'],
    ['What is the plan for Okinawa?', 'topic'],
    ['When did Esper and Kono meet at the Pentagon?', 'when'],
    ['what date did they talk?', 'when'],
    ['Where did Esper host Kono in August?', 'where'],
    ['in which city did they meet?', 'where'],
    ['Who did Esper meet in Guam?', 'who'],
    ['which Indonesian officials did James Anderson meet?', 'who'],
    ['did they discuss Taiwan?', 'yesno'],
    ['was COVID mentioned?', 'yesno'],
    ['Is Australia sending weapons to Ukraine?', 'yesno'],
    ['how many readouts mention North Korea?', 'count'],
    ['What did the Secretary say about Hong Kong?', 'said'],
    ['what did Austin tell Kishi after the call?', 'said'],
    ['what did they say about protecting advanced defense technologies', 'topic'],
  ])('GIVEN %j THEN the intent is %s', (question, intent) => {
    expect(readQuestion(question).intent).toBe(intent);
  });

  it('GIVEN "what did X say about Y" THEN X is the speaker and Y the focus', () => {
    expect(readQuestion('What did Mattis say about the Lotte land transfer?')).toEqual({
      intent: 'said',
      speaker: 'Mattis',
      focus: 'the Lotte land transfer?',
      range: null,
      order: null,
      verb: null,
      verbRequired: false,
    });
  });
});

describe('date filters', () => {
  it.each([
    ['what about Mageshima in August 2020?', { from: '2020-08-01', to: '2020-08-31', label: 'in August 2020' }, 'what about Mageshima ?'],
    ['Where did Esper host Kono in August?', { month: 8, label: 'in August' }, 'Where did Esper host Kono ?'],
    ['North Korea since 2021', { from: '2021-01-01', label: 'since 2021' }, 'North Korea'],
    ['NATO before 2018', { to: '2017-12-31', label: 'before 2018' }, 'NATO'],
    ['Taiwan after Jan. 14, 2020?', { from: '2020-01-15', label: 'after Jan. 14, 2020' }, 'Taiwan ?'],
    ['ISIS between 2017 and 2019', { from: '2017-01-01', to: '2019-12-31', label: 'between 2017 and 2019' }, 'ISIS'],
    ['what did they say on Taiwan in 2020', { from: '2020-01-01', to: '2020-12-31', label: 'in 2020' }, 'what did they say on Taiwan'],
  ])('GIVEN %j THEN the range is read and its words removed', (question, range, rest) => {
    expect(parseDateFilter(question)).toEqual({ range, rest });
  });

  it('GIVEN words that are not dates THEN there is no filter', () => {
    for (const q of ['who did Mattis call on his first full day in office?', 'anything from the Pentagon on Japan']) {
      expect(parseDateFilter(q)).toEqual({ range: null, rest: q });
    }
  });

  it('GIVEN "before the Guam meeting" THEN the resolver dates the event', () => {
    const resolve = (phrase: string) => (phrase.includes('Guam') ? '2020-08-29' : null);
    expect(parseDateFilter('what happened before the Guam meeting?', resolve)).toEqual({
      range: { to: '2020-08-28', label: 'before the Guam meeting', event: true },
      rest: 'what happened ?',
    });
    expect(parseDateFilter('what happened before the Tonga meeting?', resolve).range).toBeNull();
  });

  it('GIVEN a range THEN dates inside pass and undated readouts never do', () => {
    const august = dateTest({ month: 8, label: 'in August' })!;
    expect(august(20200829)).toBe(true);
    expect(august(20200114)).toBe(false);
    const since = dateTest({ from: '2021-01-01', label: 'since 2021' })!;
    expect(since(20210101)).toBe(true);
    expect(since(20201231)).toBe(false);
    expect(since(0)).toBe(false);
    expect(dateTest(null)).toBeNull();
  });
});
