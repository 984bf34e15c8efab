import { describe, expect, it } from 'vitest';
import { readQuestion, resolveDates } from '../src/answer/reading/question.ts';
import { dateTest, parseDateFilter, parseDates, parsePeriod } from '../src/answer/reading/dateFilter.ts';
import { cleanQuestion } from '../src/answer/reading/clean.ts';
import { explained } from '../src/answer/explain.ts';

// Each intent is a rule of DESIGN.md's "Intents" table: intent-topic, intent-when, intent-where, intent-who,
// intent-yesno, intent-count, intent-said, intent-quantity; readQuestion records the one that read the question.
describe('intent rules (intent-topic … intent-quantity)', () => {
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
    ['how many frigates did Norway send?', 'quantity'],
  ])('GIVEN %j THEN the intent is %s, and rule intent-<intent> is recorded', (question, intent) => {
    const { value, rules } = explained(() => readQuestion(question));
    expect([value.intent, rules.filter((r) => r.startsWith('intent-'))]).toEqual([intent, [`intent-${intent}`]]);
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
    // An event filter names a meeting, visit or call; otherwise the phrase is the topic.
    expect(parseDateFilter('what did they agree after the Guam missile launches?', resolve).range).toBeNull();
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

describe('reading the question’s shape', () => {
  it.each([
    ['how many readouts mention THAAD?', 'count'],
    ['how many times did Austin call Kishi?', 'count'],
    ['how often did they meet?', 'count'],
    ['how many frigates did Norway send?', 'quantity'],
    ['what percentage of GDP goes to defense?', 'quantity'],
    ['which SecDef met Abe?', 'who'],
  ])('GIVEN %j THEN the intent is %s (counting readouts only for readouts/times/meetings/calls)', (question, intent) => {
    expect(readQuestion(question).intent).toBe(intent);
  });

  it('GIVEN "how many X did …" THEN X is the counted thing', () => {
    expect(readQuestion('how many nuclear subs will Australia get?').unit).toBe('subs');
    expect(readQuestion('what percentage of GDP goes to defense?').unit).toBe('percentage');
  });

  it.each([
    ['when did Smith first meet Berg?', 'first', 'when did Smith meet Berg?'],
    ['what was the latest call with Norway?', 'last', 'what was call with Norway?'],
    ['earliest mention of the Arctic', 'first', 'mention of the Arctic'],
    ['most recent readout about Oslo', 'last', 'readout about Oslo'],
    // Content, not an order: a possessive before it, or no meeting word after it.
    ['who did Smith call on his first full day in office?', null, 'who did Smith call on his first full day in office?'],
    ['the first hundred years of the alliance', null, 'the first hundred years of the alliance'],
    // A span or an amount asked: "last" is a verb, "first" a time of the story ("last" answered "Latest: …").
    ['how long does the roadmap last?', null, 'the roadmap ?'],
    ['how many years before had Smith first met Berg?', null, 'how many years before had Smith first met Berg?'],
  ])('order-words: GIVEN %j THEN the order is %s and the order word is not searched', (question, order, focus) => {
    const { value: q, rules } = explained(() => readQuestion(question));
    expect([q.order, q.focus, rules.includes('order-words')]).toEqual([order, focus, order !== null]);
  });

  it.each([
    ['what did Smith thank Berg for?', 'thank', 'Smith', 'Berg for?'],
    ['what did Smith and Berg discuss?', 'discuss', 'Smith and Berg', '?'],
    ['how did Smith respond to the launch?', 'respond', 'Smith', 'the launch?'],
    ['how did Smith react to the launch?', 'respond', 'Smith', 'the launch?'],
    ['what did Smith urge Berg to do?', 'ask', 'Smith', 'Berg to do?'],
  ])('GIVEN %j THEN the focus verb is %s, the speaker %s', (question, verb, speaker, focus) => {
    expect(readQuestion(question)).toMatchObject({ intent: 'said', verb, verbRequired: true, speaker, focus });
  });

  it('GIVEN "did they discuss Taiwan?" THEN discussing is mentioning: no verb to find', () => {
    expect(readQuestion('did they discuss Taiwan?')).toMatchObject({ intent: 'yesno', verb: null, verbRequired: false });
    expect(readQuestion('did Smith thank Berg?')).toMatchObject({
      intent: 'yesno',
      verb: 'thank',
      verbRequired: true,
      focus: 'did Smith Berg?',
    });
  });

  it('GIVEN Discord mentions, emoji and markdown THEN they are stripped before reading', () => {
    expect(cleanQuestion('<@123456> <@&42> <#99> @everyone @here what about **Mageshima**? <:wave:123> <a:spin:456>')).toBe(
      'what about Mageshima?',
    );
    expect(cleanQuestion('@Bob what about `Mageshima`?')).toBe('what about Mageshima?');
    expect(cleanQuestion('> ||what|| about __[Guam](https://example.com)__ ~~now~~')).toBe('what about Guam now');
    expect(readQuestion('@everyone what about Mageshima?').focus).toBe('what about Mageshima?');
  });
});

describe('date filters read from the corpus and refused when impossible', () => {
  const tenure = (name: string) => (name.toLowerCase() === 'austin' ? { first: '2021-01-23', last: '2024-03-27' } : null);

  it.each([
    ['North Korea since Austin took office', { from: '2021-01-23', event: true, label: 'since Austin took office' }],
    ['what about Japan under Austin?', { from: '2021-01-23', to: '2024-03-27', event: true, label: 'under Austin' }],
    ['the jan 2021 call with Korea', { from: '2021-01-01', to: '2021-01-31', meeting: true, label: 'jan 2021' }],
  ])('GIVEN %j THEN the range is read', (question, range) => {
    expect(parseDateFilter(question, { tenure }).range).toEqual(range);
  });

  it('GIVEN "under" before something that is no official THEN no filter', () => {
    expect(parseDateFilter('obligations under international law', { tenure }).range).toBeNull();
  });

  it.each([
    ['after 9999-12-31', 'after 9999-12-31: "9999-12-31" is outside the years readouts are searched in (1900–2199).'],
    ['after 2022-13-01', 'after 2022-13-01: "2022-13-01" is not a calendar date (YYYY-MM-DD).'],
    [
      'between August 2020 and July 2020',
      'between August 2020 and July 2020: August 2020 comes after July 2020, so nothing is between them.',
    ],
  ])('GIVEN %j THEN no range and one line saying why', (question, error) => {
    expect(parseDateFilter(`North Korea ${question}`)).toEqual({ range: null, rest: 'North Korea', error });
  });
});

describe('a date starts its expression (helper 11)', () => {
  it('GIVEN a capitalised name before a year THEN not a date (chrono is not asked to look through it)', () => {
    expect(parsePeriod('Tel Aviv in 2019')).toBeNull();
  });

  it('GIVEN a capitalised month first THEN still a date, an abbreviated one without a comma too', () => {
    expect(parsePeriod('Sept 2 2017')).toEqual({ start: '2017-09-02', end: '2017-09-02' });
    expect(parsePeriod('August 2020')).toEqual({ start: '2020-08-01', end: '2020-08-31' });
  });

  it('GIVEN "the sept 2 2017 test" THEN the day is a filter without a preposition', () => {
    expect(parseDateFilter('the sept 2 2017 test').range).toEqual({ from: '2017-09-02', to: '2017-09-02', label: 'sept 2 2017' });
  });
});

describe('date-reference: dates given through the corpus are read from the text alone, and looked up after (issue 21)', () => {
  // The parser never calls into the corpus: "under Esper" and "before the Guam meeting" come out as
  // references, and the lookups (a person's readouts, the readout an event names) are a later step.
  const tenure = (name: string) => (name.toLowerCase() === 'austin' ? { first: '2021-01-23', last: '2024-03-27' } : null);

  it('GIVEN "before the Guam meeting" THEN parseDates returns the reference, not a date', () => {
    expect(parseDates('what happened before the Guam meeting?')).toEqual({
      references: [{ kind: 'event', text: 'the Guam meeting', word: 'before', label: 'before the Guam meeting', rest: 'what happened ?' }],
      range: null,
      rest: 'what happened before the Guam meeting?',
    });
  });

  it('GIVEN a reference before a calendar filter THEN the calendar filter holds when the reference does not resolve', () => {
    const parsed = parseDates('North Korea under Austin in 2021');
    expect(parsed.references.map((r) => [r.kind, r.text, r.label])).toEqual([['tenure', 'Austin', 'under Austin']]);
    expect(parsed.range).toEqual({ from: '2021-01-01', to: '2021-12-31', label: 'in 2021' });
    expect(parseDateFilter('North Korea under Austin in 2021', { tenure }).range?.label).toBe('under Austin');
  });

  it('GIVEN "under Austin" THEN readQuestion keeps the words until resolveDates looks the person up', () => {
    const asked = readQuestion('what about Japan under Austin?');
    expect([asked.range, asked.focus, asked.dateReferences?.length]).toEqual([null, 'what about Japan under Austin?', 1]);
    const { value: resolved, rules } = explained(() => resolveDates(asked, { tenure }));
    expect(rules).toContain('date-reference');
    expect([resolved.range, resolved.focus, resolved.dateReferences]).toEqual([
      { from: '2021-01-23', to: '2024-03-27', event: true, label: 'under Austin' },
      'what about Japan ?',
      undefined,
    ]);
    // Nobody of that name: the words stay the topic.
    const law = resolveDates(readQuestion('obligations under international law'), { tenure });
    expect([law.range, law.focus]).toEqual([null, 'obligations under international law']);
  });
});

describe('rule name-of-question', () => {
  it('GIVEN "what\'s the name of the …" THEN "which …", or "who is the …" for an office', () => {
    // The name is the answer: "which program" heads the answer with the name the sentence gives (fact-which-name).
    const { value: program, rules } = explained(() => readQuestion("what's the name of the program colombia uses to train forces?"));
    expect(program.asksName?.noun).toBe('program');
    expect(rules).toContain('name-of-question');
    // An office asks for a person: the envoy's name.
    const envoy = readQuestion('what is the name of the yemen envoy austin brought up with mbs?');
    expect(envoy.intent).toBe('who');
  });
});

describe('rule leading-when-clause', () => {
  it('GIVEN "when mattis saw ng in munich did they …?" THEN the question after the clause, the clause as whom it was with', () => {
    // The when-clause says which meeting; read first it made a when-question of a yes/no one.
    const { value: q, rules } = explained(() => readQuestion('when mattis saw ng in munich did they vouch for the partnership'));
    expect(q.intent).toBe('yesno');
    expect(q.focus).toBe('did they vouch for the partnership with mattis and ng in munich');
    expect(rules).toContain('leading-when-clause');
    // A when-question stays one.
    expect(readQuestion('when did mattis meet ng?').intent).toBe('when');
  });
});
