/**
 * "Find in readouts" over the bundled corpus: one test per verdict, each with
 * the exact answer a reader gets, and the reading of a message into spans.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { InputError } from '../src/errors.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { cleanMessage, spansOf } from '../src/answer/find/spans.ts';
import { DEFAULTS } from '../src/answer/defaults.ts';
import { alignSpan } from '../src/answer/find/diff.ts';
import { FindAnswerSchema } from '../src/answer/find/types.ts';
import { run } from './support/io.ts';
import { readoutMd, tempFolder } from './support/tmp.ts';
import { renderFind } from '../src/discord/render.ts';
import { explained } from '../src/answer/explain.ts';

const engine = Engine.load(BUNDLED_CORPUS);
/** A find answer and the ids of the rules that decided it (what `--explain` lists). */
const findRules = (message: string) => explained(() => engine.find(message));

const GUAM = {
  doc: '001-esper-kono-guam.md',
  title: "Readout of Secretary of Defense Mark T. Esper's Meeting With Japanese Defense Minister Taro Kono",
  date: '2020-08-29',
  source: 'https://www.pacom.mil/Media/News/News-Article-View/Article/2331004/us-secretary-of-defense-hosts-japanese-defense-minister/',
};
const NATO = {
  doc: '123-austin-nato-ministerial.md',
  title:
    "Readout of Secretary of Defense Lloyd Austin's Participation in the Defense Ministerial Hosted by NATO Secretary General Jens Stoltenberg",
  date: '2021-06-01',
  source: 'https://military-online.blogspot.com/2021/06/readout-of-secretary-of-defense-lloyd.html?m=1',
};
const HONG_KONG =
  "The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong, as well as coercive and destabilizing actions vis-à-vis Taiwan.";
const JOB_NUMBER_ONE = 'He stressed that deterrence and defense remain NATO’s job number one.';
const THANKED_JAPAN =
  "Secretary Esper thanked Japan for its strong leadership in implementing United Nations Security Council Resolutions sanctions to disrupt North Korea's illicit ship-to-ship transfers, and for hosting multinational forces that support this effort.";

describe('find: verdicts (each with the exact answer)', () => {
  it('rule find-quotes: GIVEN a whole readout sentence in quotes, in another quote style THEN exact, the whole sentence highlighted', () => {
    const { value: answer, rules } = findRules(`"He stressed that deterrence and defense remain NATO's job number one."`);
    expect(FindAnswerSchema.parse(answer)).toEqual(answer);
    expect(answer.headline).toBe('Checked 1 quote: 1 exact.');
    expect(answer.none).toBe(false);
    expect(answer.checks).toEqual([
      {
        kind: 'quote',
        text: "He stressed that deterrence and defense remain NATO's job number one.",
        verdict: 'exact',
        sentences: [{ ...NATO, text: JOB_NUMBER_ONE, id: 'e3c9db3838ab.4.2', score: 1, highlight: [0, 68] }],
      },
    ]);
    expect(answer.results.map((r) => r.text)).toEqual([JOB_NUMBER_ONE]);
    expect(rules).toEqual(expect.arrayContaining(['find-quotes']));
  });

  it("rule find-quotes, find-framing: GIVEN part of a sentence quoted inside the message's own words THEN exact: the framing is ignored, the whole sentence shown with the quoted part marked", () => {
    // The message from issue 16, once reported as "0 exact, 1 close" with its framing struck through.
    const { value: answer, rules } = findRules(
      `Per the readout: "The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong" — big deal`,
    );
    expect(answer.headline).toBe('Checked 1 quote: 1 exact.');
    expect(answer.checks).toEqual([
      {
        kind: 'quote',
        text: "The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong",
        verdict: 'exact',
        sentences: [{ ...GUAM, text: HONG_KONG, id: '7b0e9ffc2038.2.2', score: 1, highlight: [0, 115] }],
      },
    ]);
    const [start, end] = answer.checks[0]?.sentences[0]?.highlight ?? [0, 0];
    expect(HONG_KONG.slice(start, end)).toBe(
      "The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong",
    );
    expect(rules).toEqual(expect.arrayContaining(['find-quotes', 'find-framing']));
  });

  it("rule find-altered: GIVEN a quote with one word changed THEN altered: the readout's wording and the one difference, within the span only", () => {
    const { value: answer, rules } = findRules(
      'Esper said “The Secretary expressed grave concern regarding Beijing’s decision to impose a national security law in Hong Kong”',
    );
    expect(answer.headline).toBe('Checked 1 quote: 1 altered.');
    expect(answer.checks).toEqual([
      {
        kind: 'quote',
        text: 'The Secretary expressed grave concern regarding Beijing’s decision to impose a national security law in Hong Kong',
        verdict: 'altered',
        sentences: [
          {
            ...GUAM,
            text: HONG_KONG,
            id: '7b0e9ffc2038.2.2',
            score: 0.941,
            highlight: [0, 115],
            // "as well as coercive … Taiwan" lies beyond the quote: not a difference.
            diff: [
              { kind: 'same', words: 'The Secretary expressed' },
              { kind: 'text', words: 'grave' },
              { kind: 'corpus', words: 'serious' },
              { kind: 'same', words: "concern regarding Beijing's decision to impose a national security law in Hong Kong" },
            ],
          },
        ],
      },
    ]);
    expect(rules).toEqual(expect.arrayContaining(['find-altered']));
  });

  it("rule find-altered: GIVEN a quote with a clause dropped THEN altered: the dropped words shown as the readout's", () => {
    const { value: answer, rules } = findRules(
      '"Secretary Esper thanked Japan for its strong leadership in implementing United Nations Security Council Resolutions sanctions and for hosting multinational forces that support this effort."',
    );
    expect(answer.headline).toBe('Checked 1 quote: 1 altered.');
    expect(answer.checks[0]?.verdict).toBe('altered');
    expect(answer.checks[0]?.sentences).toEqual([
      {
        ...GUAM,
        text: THANKED_JAPAN,
        id: '7b0e9ffc2038.3.2',
        score: 0.735,
        highlight: [0, 244],
        diff: [
          {
            kind: 'same',
            words:
              'Secretary Esper thanked Japan for its strong leadership in implementing United Nations Security Council Resolutions sanctions',
          },
          { kind: 'corpus', words: "to disrupt North Korea's illicit ship-to-ship transfers," },
          { kind: 'same', words: 'and for hosting multinational forces that support this effort.' },
        ],
      },
    ]);
    expect(rules).toEqual(expect.arrayContaining(['find-altered']));
  });

  it('rule find-supported, find-framing: GIVEN a claim in paraphrase THEN supported, with the closest readout wording (a claim, never a quote)', () => {
    // The message from issue 16, once answered "This message does not quote any readout".
    const { value: answer, rules } = findRules('I heard Esper raised the Hong Kong security law with Kono');
    expect(answer.headline).toBe('Checked 1 claim: 1 supported.');
    expect(answer.checks).toEqual([
      {
        kind: 'claim',
        text: 'Esper raised the Hong Kong security law with Kono',
        verdict: 'supported',
        // Esper and Kono are named in the readout's title: names select the readout.
        sentences: [{ ...GUAM, text: HONG_KONG, id: '7b0e9ffc2038.2.2', score: 1.5 }],
      },
    ]);
    expect(rules).toEqual(expect.arrayContaining(['find-framing', 'find-supported']));
  });

  it('rule find-negation: GIVEN a negated claim the readouts contradict THEN contradicted, with the wording that says otherwise', () => {
    const { value: answer, rules } = findRules('Esper did not raise Hong Kong with Kono');
    expect(answer.headline).toBe('Checked 1 claim: 1 contradicted.');
    expect(answer.checks).toEqual([
      {
        kind: 'claim',
        text: 'Esper did not raise Hong Kong with Kono',
        verdict: 'contradicted',
        sentences: [{ ...GUAM, text: HONG_KONG, id: '7b0e9ffc2038.2.2', score: 1.5 }],
      },
    ]);
    expect(rules).toEqual(expect.arrayContaining(['find-negation', 'find-supported']));
  });

  it('rule find-supported: GIVEN a claim that shares names but not its subject with a readout THEN not supported, plainly', () => {
    // Mattis met Turnbull (2017-06-02), but that readout never mentions North Korea:
    // matching the two names is no support for the claim.
    const answer = engine.find('Mattis and Turnbull talked about North Korea');
    expect(answer).toMatchObject({ headline: 'Checked 1 claim: 1 not supported.', none: true, results: [] });
    expect(answer.checks).toEqual([
      { kind: 'claim', text: 'Mattis and Turnbull talked about North Korea', verdict: 'unsupported', sentences: [] },
    ]);
  });

  it('rule find-veto: GIVEN a claim with words no readout uses THEN not supported, with those words and close terms that exist', () => {
    const { value: answer, rules } = findRules('Austin promised Ukraine F-16 fighter jets');
    expect(answer.checks).toEqual([
      {
        kind: 'claim',
        text: 'Austin promised Ukraine F-16 fighter jets',
        verdict: 'unsupported',
        sentences: [],
        // "promised", "fighter" and "jets" are widened through WordNet (pledge, aircraft …): the number is what no readout states.
        missing: ['16'],
        suggestions: ['provision', 'provided', 'promotes', 'fighting'],
      },
    ]);
    expect(rules).toEqual(expect.arrayContaining(['find-veto']));
  });

  it('rule find-rare-words, find-too-general: GIVEN a claim of common words only THEN too general to check, not a confident match', () => {
    // Every word of it is in a fifth or more of all sentences ("Secretary" in over half).
    const { value: answer, rules } = findRules('The Secretary discussed security with the minister');
    expect(answer.checks).toEqual([
      { kind: 'claim', text: 'The Secretary discussed security with the minister', verdict: 'too-general', sentences: [] },
    ]);
    expect(answer.none).toBe(true);
    expect(rules).toEqual(expect.arrayContaining(['find-rare-words', 'find-too-general']));
  });

  it('rule find-framing-claim: GIVEN two quotes in one message THEN each checked on its own; the framing sentence claims nothing and is not checked', () => {
    const { value: answer, rules } = findRules(
      'Two lines from June 2021: "deterrence and defense remain NATO\'s job number one" and “keep the Alliance strong militarily”.',
    );
    expect(answer.headline).toBe('Checked 2 quotes: 2 exact.');
    expect(answer.checks).toEqual([
      {
        kind: 'quote',
        text: "deterrence and defense remain NATO's job number one",
        verdict: 'exact',
        sentences: [{ ...NATO, text: JOB_NUMBER_ONE, id: 'e3c9db3838ab.4.2', score: 1, highlight: [17, 68] }],
      },
      {
        kind: 'quote',
        text: 'keep the Alliance strong militarily',
        verdict: 'exact',
        sentences: [
          {
            ...NATO,
            text: 'Secretary Austin also expressed strong support for Secretary General Stoltenberg’s NATO 2030 initiative, which aims to keep the Alliance strong militarily, make it stronger politically, and give it a more global view.',
            id: 'e3c9db3838ab.5.1',
            score: 1,
            highlight: [119, 154],
          },
        ],
      },
    ]);
    expect(rules).toEqual(expect.arrayContaining(['find-quotes', 'find-framing-claim']));
  });

  it('GIVEN a quote that runs over a sentence end THEN exact, both sentences shown, each with its quoted part', () => {
    const answer = engine.find(
      '“Secretary Esper and Minister Kono exchanged views on their shared vision for a free and open Indo-Pacific region. The Secretary expressed serious concern”',
    );
    expect(answer.headline).toBe('Checked 1 quote: 1 exact.');
    expect(answer.checks[0]?.verdict).toBe('exact');
    expect(answer.checks[0]?.sentences).toEqual([
      {
        ...GUAM,
        text: 'Secretary Esper and Minister Kono exchanged views on their shared vision for a free and open Indo-Pacific region.',
        id: '7b0e9ffc2038.2.1',
        score: 1,
        highlight: [0, 112],
      },
      { ...GUAM, text: HONG_KONG, id: '7b0e9ffc2038.2.2', score: 1, highlight: [0, 39] },
    ]);
  });

  it('GIVEN a quote nothing in the readouts comes close to THEN not found, with its unknown words', () => {
    const answer = engine.find('He said "we will deliver the submarines by Christmas"');
    expect(answer.checks).toEqual([
      {
        kind: 'quote',
        text: 'we will deliver the submarines by Christmas',
        verdict: 'not-found',
        sentences: [],
        missing: ['deliver', 'submarines', 'Christmas'],
        suggestions: ['decision', 'device', 'desire'],
      },
    ]);
  });

  it('rule find-elided: GIVEN a quote shortened with "…" THEN exact when one sentence holds each part in order; the left-out words not highlighted', () => {
    // Chat quotes shorten long sentences so; "[…]" and "..." are read the same.
    const { value: answer, rules } = findRules('"expressed serious concern … in Hong Kong"');
    expect(answer.headline).toBe('Checked 1 quote: 1 exact.');
    expect(answer.checks[0]?.sentences.map((s) => [s.text, s.highlight, s.elided])).toEqual([[HONG_KONG, [14, 115], [[39, 103]]]]);
    expect(rules).toContain('find-elided');
  });

  it('rule find-claim-synonyms: GIVEN "someone said … criticised the test" THEN supported by "both condemned the test"', () => {
    // A claim retells: "criticised" is how a teammate says what the readout words "condemned". ("would keep
    // supporting Ukraine" no longer needs this table: "keep" before a verb in -ing is grammar, rule absent-verb-drop.)
    const { value: answer, rules } = findRules('someone said Mattis and Onodera criticised the test as a provocation');
    expect(answer.headline).toBe('Checked 1 claim: 1 supported.');
    expect(answer.checks[0]?.sentences[0]?.text).toBe(
      'Secretary Mattis and Minister Onodera both condemned the test as a destabilizing provocation that threatens both regional and global security.',
    );
    expect(rules).toEqual(expect.arrayContaining(['find-claim-synonyms', 'find-supported']));
  });

  it('rule absent-verb-drop: GIVEN "I heard … would keep supporting Ukraine" THEN supported by "the continued resolve … to support"', () => {
    const { value: answer, rules } = findRules('I heard Austin told Reznikov the US would keep supporting Ukraine');
    expect(answer.headline).toBe('Checked 1 claim: 1 supported.');
    expect(answer.checks[0]?.sentences[0]?.text).toMatch(
      /^Secretary Austin underscored the continued resolve of the United States to support Ukraine’s military/,
    );
    expect(rules).toEqual(expect.arrayContaining(['absent-verb-drop', 'find-supported']));
  });

  it('rule find-claim-filler: GIVEN a reporting verb ("addressed") THEN it is no part of the claim: the readout words it its own way', () => {
    // "addressed" is what the readout calls "expressed serious concern regarding": left in, it would be a word to match.
    const { value: answer, rules } = findRules('Esper addressed the Hong Kong security law with Kono');
    expect(answer.headline).toBe('Checked 1 claim: 1 supported.');
    expect(answer.checks[0]?.sentences[0]?.text).toBe(HONG_KONG);
    expect(rules).toEqual(expect.arrayContaining(['find-claim-filler', 'find-supported']));
  });

  it('rule find-pasted: GIVEN a pasted sentence with no quote marks THEN it is checked as a quote (a message that is all quote)', () => {
    const { value: answer, rules } = findRules('check this: He stressed that deterrence and defense remain NATO’s job number one.');
    expect(answer.checks.map((c) => [c.kind, c.verdict, c.text])).toEqual([
      ['quote', 'exact', 'He stressed that deterrence and defense remain NATO’s job number one.'],
    ]);
    expect(rules).toEqual(expect.arrayContaining(['find-pasted']));
  });

  it('GIVEN a quote found in several readouts THEN the others are listed with it', () => {
    const answer = engine.find("'field carrier landing practice' again?");
    expect(answer.checks[0]?.verdict).toBe('exact');
    expect(answer.checks[0]?.sentences.map((s) => s.date)).toEqual(['2020-01-14']);
    expect(answer.checks[0]?.also?.map((a) => a.date)).toEqual(['2020-08-29']);
  });

  it('GIVEN a quote of more sentences than are checked THEN the first are, and the reply says one was left', () => {
    const answer = engine.find(
      '"He outlined his view of Integrated Deterrence and its relevance for NATO. Secretary Austin welcomed NATO decisions and plans. He underlined the need for NATO unity. Secretary Austin discussed the retrograde in Afghanistan."',
    );
    expect(answer.checks[0]?.sentences.map((s) => [s.id, s.text])).toEqual([
      ['e3c9db3838ab.5.3', 'He outlined his view of Integrated Deterrence and its relevance for NATO.'],
      [
        'e3c9db3838ab.6.1',
        'Secretary Austin welcomed NATO decisions and plans to respond to emerging and evolving challenges from climate change, cyber threats, and hybrid activities.',
      ],
      [
        'e3c9db3838ab.6.2',
        'He underlined the need for NATO unity in the face of destabilizing and malicious cyber activity, and endorsed a new cyber policy.',
      ],
    ]);
    expect(answer.headline).toBe(
      'Checked 1 quote: 1 exact. 1 more quote or sentence was not checked (at most 5 are, and 3 sentences of a quote).',
    );
  });

  it('GIVEN an empty message THEN a short error', () => {
    expect(() => engine.find('   ')).toThrow(new InputError('Type something to search for.'));
  });

  it('GIVEN a message of links, mentions and emoji only THEN nothing to check', () => {
    const answer = engine.find('<@123456> 🎉 https://example.com/readout <#987>');
    expect(answer).toMatchObject({ headline: 'This message has no words to check against the readouts.', none: true, checks: [] });
  });

  it('GIVEN a very long message THEN the first quotes are checked and the reply says what was left', () => {
    const quotes = Array.from({ length: 7 }, () => '"field carrier landing practice"').join(' and ');
    const answer = engine.find(`${quotes} ${'filler '.repeat(600)}`);
    expect(answer.checks).toHaveLength(DEFAULTS.find.maxChecks);
    // Two quotes, and the sentence of filler, past the limit: counted, not read.
    expect(answer.skipped).toBe(3);
    expect(answer.cut).toBe(true);
    expect(answer.headline).toBe(
      'Checked 5 quotes: 5 exact. 3 more quotes or sentences were not checked (at most 5 are, and 3 sentences of a quote). Only the first 4,000 characters were read.',
    );
  });
});

describe('find: the claim set (rules find-supported, find-veto, find-claim-synonyms: each verdict, and why)', () => {
  it.each([
    // Names in the title select the readout; the sentence says the rest.
    ['Carter met Abe in Tokyo', 'supported', '2015-04-08'],
    // Two sentences of one readout: Teodoro in the opening, the South China Sea further down.
    ['Austin and Teodoro discussed the South China Sea', 'supported', '2024-03-27'],
    // One word swapped ("support" for "continued leadership"): the rare words are still covered.
    ["Austin thanked Kishi for Japan's support", 'supported', '2021-01-23'],
    // "keep supporting" is "continued resolve … to support": a paraphrase synonym.
    ['Austin told Reznikov the US would keep supporting Ukraine', 'supported', '2022-03-24'],
    // The date is part of the claim: the Guam meeting was in 2020.
    ['Esper met Kono in Guam in 2017', 'unsupported', null],
    // No readout mentions Paris.
    ['Kahl met Guitton in Paris', 'unsupported', null],
    // Mattis condemned North Korea's nuclear test; its missile launch he called "an unacceptable act".
    ["Mattis condemned North Korea's missile launch over Japan", 'unsupported', null],
  ])('GIVEN %j THEN %s', (claim, verdict, date) => {
    const check = engine.find(claim).checks[0];
    expect([check?.kind, check?.verdict, check?.sentences[0]?.date ?? null]).toEqual(['claim', verdict, date]);
  });
});

describe('find: reading a message into spans (rules find-quotes, find-framing)', () => {
  it.each([
    // straight, curly and unclosed double quotes; a one-word scare quote is not a quotation
    ['He called it "ironclad" and said “we stand with Japan” today', ['we stand with Japan']],
    ['Quote: "the alliance remains the cornerstone', ['the alliance remains the cornerstone']],
    // single quotes around several words; apostrophes inside are not quotes
    [
      "Esper's line was 'Beijing's decision to impose a national security law' I think",
      ["Beijing's decision to impose a national security law"],
    ],
    ["The allies' view and 'this' are not quotes", []],
    // block quotes: a run of > lines is one quotation; >>> quotes the rest
    [
      'look\n> The leaders agreed on the need\n> to expand their relationships\nwow',
      ['The leaders agreed on the need to expand their relationships'],
    ],
    ['>>> The leaders agreed\non the need', ['The leaders agreed on the need']],
  ])('GIVEN %j THEN the quotes are %j', (message, quoted) => {
    expect(
      spansOf(message)
        .spans.filter((s) => s.kind === 'quote')
        .map((s) => s.text),
    ).toEqual(quoted);
  });

  it('GIVEN links, mentions, code and emoji THEN they are not read; a masked link keeps its text', () => {
    expect(
      cleanMessage(
        '<@123> <@!45> <@&6> <#7> @everyone @here </ask:89> <:pog:123> <a:spin:4> <t:1700000000:R> 🇺🇸👍🏽 :fire: `code` ```js\nx()\n``` [the readout](https://defense.gov/x) https://x.y/z **bold** ~~gone~~ ||spoiler||',
      )
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('the readout bold gone spoiler');
  });

  it('rule find-framing: GIVEN framing around a quote THEN only the quote is checked; the lead-in and sign-off are not claims', () => {
    expect(spansOf('Per the readout: "we stand with Japan" — big deal lol').spans).toEqual([
      { kind: 'quote', text: 'we stand with Japan' },
    ]);
  });

  it('rule find-framing: GIVEN a message without quotes THEN each statement is a sentence span, framing removed; questions are not claims', () => {
    expect(spansOf('I heard Esper went to Guam. Anyway, lunch?').spans).toEqual([{ kind: 'sentence', text: 'Esper went to Guam.' }]);
    // …unless the message is nothing but the question.
    expect(spansOf('Did Esper go to Guam?').spans).toEqual([{ kind: 'sentence', text: 'Did Esper go to Guam?' }]);
  });
});

describe('find: the word diff', () => {
  it('GIVEN a span and a sentence THEN differences only within the part of the sentence the span stands for', () => {
    expect(alignSpan('expressed grave concern', 'The Secretary expressed serious concern regarding Beijing.')).toEqual({
      parts: [
        { kind: 'same', words: 'expressed' },
        { kind: 'text', words: 'grave' },
        { kind: 'corpus', words: 'serious' },
        { kind: 'same', words: 'concern' },
      ],
      same: 2,
      spanWords: 3,
      windowWords: 3,
      similarity: 2 / 3,
      window: [14, 39],
    });
  });

  it("GIVEN a changed first word THEN the readout's word at that place is shown, not the sentence before it", () => {
    expect(alignSpan('Esper expressed serious concern', 'The Secretary expressed serious concern.').parts).toEqual([
      { kind: 'text', words: 'Esper' },
      { kind: 'corpus', words: 'Secretary' },
      { kind: 'same', words: 'expressed serious concern.' },
    ]);
  });

  it('GIVEN a stray stop word far from the rest THEN it does not stretch the comparison', () => {
    // "and" at the end of the message is not the sentence's later "and".
    const { parts } = alignSpan(
      'remain NATO job number one and',
      'He stressed that deterrence and defense remain NATO’s job number one, he said at the start, and more.',
    );
    expect(parts).toEqual([
      { kind: 'same', words: 'remain NATO’s job number one,' },
      { kind: 'text', words: 'and' },
      { kind: 'corpus', words: 'he' },
    ]);
  });
});

describe('find in Discord: long sentences', () => {
  it('GIVEN a quote from the end of a very long sentence THEN the field is cut around the quote, its bold intact', () => {
    const long = `${'The ministers reviewed the many strands of their cooperation, '.repeat(14)}and they agreed to meet again in Guam next spring.`;
    const dir = tempFolder({ 'long.md': readoutMd('Readout of a Long Meeting', '2020-03-01', long) });
    const answer = Engine.load(dir).find('"they agreed to meet again in Guam next spring"');
    const value = renderFind(answer, { searched: 1, updated: null }).embeds[0]?.fields?.[0]?.value ?? '';
    expect(long.length).toBeGreaterThan(800);
    expect(value.split('\n')[0]).toMatch(/^> …[^*]+ \*\*they agreed to meet again in Guam next spring\*\*\.$/);
    expect(value.split('\n')[0]?.length).toBeLessThanOrEqual(520);
  });
});

describe('find in the console, the CLI and batch', () => {
  it('GIVEN readout find TEXT THEN the checks as text: the quoted part marked, differences in wdiff style', async () => {
    const { code, out } = await run([
      'find',
      'Esper said “The Secretary expressed grave concern regarding Beijing’s decision to impose a national security law in Hong Kong”',
    ]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'Checked 1 quote: 1 altered.',
        "In the differences, [-…-] is the message's wording, {+…+} the readout's.",
        '',
        '1. Altered quote: “The Secretary expressed grave concern regarding Beijing’s decision to impose a national security law in Hong Kong”',
        "   **The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong**, as well as coercive and destabilizing actions vis-à-vis Taiwan.",
        "   Differs: The Secretary expressed [-grave-] {+serious+} concern regarding Beijing's decision to impose a national security law in Hong Kong",
        `   — ${GUAM.title} · Aug 29, 2020`,
        '     https://www.pacom.mil/Media/News/News-Article-View/Article/2331004/us-secretary-of-defense-hosts-japanese-defense-minister/',
        '',
      ].join('\n'),
    );
  });

  it('GIVEN a claim in batch THEN one JSON answer in the find shape; an empty one gets an error line', async () => {
    const lines = [
      '{"command":"find","input":"I heard Esper raised the Hong Kong security law with Kono"}',
      '{"command":"find","input":" "}',
    ];
    const { code, out } = await run(['batch'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const [claim, empty] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(FindAnswerSchema.parse(claim)).toMatchObject({
      command: 'find',
      intent: 'find',
      headline: 'Checked 1 claim: 1 supported.',
      none: false,
      results: [{ ...GUAM, text: HONG_KONG, id: '7b0e9ffc2038.2.2', score: 1.5 }],
      searched: 32,
    });
    expect(empty).toEqual({ error: 'Type something to search for.' });
  });

  it('GIVEN /find in the console THEN the same check', async () => {
    const { out } = await run(['console'], '/find Mattis and Turnbull talked about North Korea\n');
    expect(out).toContain(
      [
        'Checked 1 claim: 1 not supported.',
        '',
        '1. Claim not supported: “Mattis and Turnbull talked about North Korea”',
        '   No readout in the corpus says this.',
      ].join('\n'),
    );
  });
});
