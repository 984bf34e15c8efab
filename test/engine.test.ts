import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine/engine.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { bundledEngine } from './support/fixtures.ts';
import { AnswerSchema, type Answer } from '../src/answer/types.ts';
import { loadCorpus } from '../src/corpus/folder.ts';
import { readoutMd, tempFolder } from './support/tmp.ts';
import { QaItemSchema, scoreItem } from '../tools/score.ts';
import { z } from 'zod';
import { InputError } from '../src/errors.ts';
import { renderAsk } from '../src/discord/render.ts';
import { askReply } from '../src/discord/replies.ts';
import { renderAnswer } from '../src/cli/render.ts';

const engine = bundledEngine();
/** Only the two seed readouts: the answers the issue describes word for word. */
const seeds = Engine.fromCorpus({
  ...loadCorpus(BUNDLED_CORPUS),
  readouts: loadCorpus(BUNDLED_CORPUS).readouts.filter((r) => r.file.startsWith('00')),
});

const MAGESHIMA_GUAM =
  "The Secretary noted the importance of Japan's steps towards completing the purchase of Mageshima to support field carrier landing practice.";
const MAGESHIMA_PENTAGON =
  'Secretary Esper noted the importance of Japan’s steps towards completing the purchase of Mageshima to support field carrier landing practice.';

function top(answer: Answer): string | undefined {
  return answer.results[0]?.text;
}

describe('ask: the ranking set (each expected top sentence, and why it must win)', () => {
  it.each([
    // Only sentence naming the island; its near-twin from January is grouped under it (newest first).
    ['what about Mageshima?', MAGESHIMA_GUAM],
    // A typo the corpus never uses is corrected to the one word one edit away.
    ['what about Mageshma', MAGESHIMA_GUAM],
    // "coronavirus" is an alias of COVID-19.
    [
      'did they talk about the coronavirus pandemic?',
      'The Ministers committed to work together closely to mitigate the impacts of the COVID-19 pandemic and to cooperate in providing assistance in response.',
    ],
    // Hyphenated "ship-to-ship" is found by its parts (the January twin is grouped under it).
    [
      'illicit ship to ship transfers',
      "Secretary Esper thanked Japan for its strong leadership in implementing United Nations Security Council Resolutions sanctions to disrupt North Korea's illicit ship-to-ship transfers, and for hosting multinational forces that support this effort.",
    ],
    // "When" prefers the sentence that states a date: July 7, 2016, not the readout's own date.
    [
      'when did the alliance decide to station THAAD in Korea?',
      'The ROK and the United States made the alliance decision to deploy THAAD on July 7, 2016.',
    ],
    // Synonyms: "call" ~ "phone", "home" ~ "return"; the Beijing sentence covers every part.
    [
      'who did Hagel call on his flight home from Beijing?',
      "Secretary Hagel spoke by phone with Ukraine's Acting Minister of Defense Mykhaylo Koval on his return flight to Washington from Beijing.",
    ],
    // "cleanup" is written "clean up" in the corpus.
    [
      'dioxin cleanup',
      "Secretary Mattis noted his visit to Bien Hoa Air Base earlier in the day, where he reaffirmed the United States' commitment to clean up dioxin contamination.",
    ],
  ])('GIVEN %j THEN the top sentence is the expected one', (question, expected) => {
    expect(top(engine.answer({ command: 'ask', input: question }))).toBe(expected);
  });
});

describe('ask: one exact answer per intent', () => {
  it('topic: headline counts the readouts; near-identical sentences are one entry with `also`', () => {
    const answer = seeds.answer({ command: 'ask', input: 'what about Mageshima?' });
    expect(answer.intent).toBe('topic');
    expect(answer.headline).toBe('Mageshima came up in 2 readouts (2020-01-14, 2020-08-29).');
    expect(answer.results).toHaveLength(1);
    expect(answer.results[0]).toMatchObject({ text: MAGESHIMA_GUAM, date: '2020-08-29', doc: '001-esper-kono-guam.md' });
    expect(answer.results[0]?.also).toEqual([
      {
        text: MAGESHIMA_PENTAGON,
        doc: '000-esper-kono-pentagon.md',
        title: 'U.S. and Japan reinforce defense links',
        date: '2020-01-14',
        source:
          'https://www.armyrecognition.com/analysis_focus_army_defence_military_industry_army/u.s._and_japan_reinforce_defense_links.html',
        id: expect.stringMatching(/\.5\.2$/),
      },
    ]);
  });

  it('when: the date in words and ISO', () => {
    const answer = seeds.answer({ command: 'ask', input: 'When did Esper and Kono meet at the Pentagon?' });
    expect([answer.intent, answer.headline]).toEqual(['when', 'On January 14, 2020.']);
    expect(top(answer)).toMatch(
      /^On January 14, U\.S\. Secretary of Defense Mark T\. Esper hosted Japanese Defense Minister Taro Kono at the Pentagon/,
    );
  });

  it('where: the place from the matching sentence, with the month filter applied', () => {
    const answer = seeds.answer({ command: 'ask', input: 'Where did Esper host Kono in August?' });
    expect([answer.intent, answer.headline]).toEqual(['where', 'Guam — August 29, 2020.']);
    expect(answer.filter).toEqual({ month: 8, label: 'in August' });
    expect(answer.results.every((r) => r.date === '2020-08-29')).toBe(true);
  });

  it('who: the people named besides the ones asked about', () => {
    expect(seeds.answer({ command: 'ask', input: 'Who did Esper meet in Guam?' }).headline).toBe('Taro Kono — August 29, 2020.');
    expect(engine.answer({ command: 'ask', input: 'who is the Vietnamese defense minister?' }).headline).toBe(
      'Ngo Xuan Lich — October 17, 2018.',
    );
    // The sentence names no one; the one before it does.
    expect(engine.answer({ command: 'ask', input: 'who did Mattis call on his first full day in office?' }).headline).toBe(
      'Jens Stoltenberg — January 23, 2017.',
    );
  });

  it('yes/no: "Yes — on DATE." with the sentence as result 1 (not repeated in the headline), or a plain "No" that cites nothing', () => {
    const yes = seeds.answer({ command: 'ask', input: 'was COVID mentioned?' });
    expect(yes.headline).toBe('Yes — on August 29, 2020.');
    expect(yes.results[0]?.text).toBe(
      'The Ministers committed to work together closely to mitigate the impacts of the COVID-19 pandemic and to cooperate in providing assistance in response.',
    );
    const no = seeds.answer({ command: 'ask', input: 'did they discuss NATO enlargement?' });
    expect(no).toMatchObject({
      intent: 'yesno',
      none: true,
      results: [],
      headline: 'No. Nothing in 2 readouts mentions NATO enlargement.',
    });
  });

  it('said: sentences where the speaker talks about the topic', () => {
    const answer = seeds.answer({ command: 'ask', input: 'What did the Secretary say about Hong Kong?' });
    expect(answer.intent).toBe('said');
    expect(top(answer)).toBe(
      "The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong, as well as coercive and destabilizing actions vis-à-vis Taiwan.",
    );
  });

  it('count: the number with the readouts listed, oldest first', () => {
    const answer = engine.answer({ command: 'ask', input: 'how many readouts mention THAAD?' });
    expect(answer.headline).toBe('2 readouts of 32 mention THAAD: 2017-02-03, 2017-02-28.');
    expect(answer.results.map((r) => [r.doc, r.text])).toEqual([
      [
        '106-mattis-yun-han-seoul.md',
        'Secretary Mattis and Minister Han further resolved to move forward with critical defensive measures, such as deploying a Terminal High-Altitude Area Defense (THAAD) battery to the ROK, enhancing alliance readiness, and taking steps to improve trilateral cooperation with Japan.',
      ],
      [
        '107-mattis-han-call.md',
        'This land transfer will support the alliance’s decision to station Terminal High-Altitude Area Defense (THAAD), a defensive weapons system, in the ROK as soon as feasible.',
      ],
    ]);
  });

  it('date filters: "since 2021" keeps only readouts from 2021 on', () => {
    const answer = engine.answer({ command: 'ask', input: 'what about North Korea since 2021?' });
    expect(answer.filter).toEqual({ from: '2021-01-01', label: 'since 2021' });
    expect(answer.headline).toBe('North Korea came up in 2 readouts since 2021 (2021-01-23, 2022-05-26).');
    expect(answer.results.every((r) => (r.date ?? '') >= '2021-01-01')).toBe(true);
  });

  it('date filters: "before the Guam meeting" is dated from the corpus', () => {
    const answer = engine.answer({ command: 'ask', input: 'what did Mattis say about ISIS before the Copenhagen meeting?' });
    expect(answer.filter).toEqual({ to: '2017-05-08', label: 'before the Copenhagen meeting', event: true });
    expect(answer.results.map((r) => r.date)).toEqual(['2017-01-23', '2017-03-21']);
  });
});

describe('ask: when the corpus does not answer', () => {
  it('GIVEN a topic no readout mentions THEN it says so plainly and cites nothing', () => {
    expect(seeds.answer({ command: 'ask', input: 'what about Ukraine?' })).toEqual({
      command: 'ask',
      input: 'what about Ukraine?',
      intent: 'topic',
      headline: 'Nothing in 2 readouts mentions Ukraine.',
      none: true,
      results: [],
      suggestions: [],
      searched: 2,
    });
  });

  it('GIVEN a misspelt unknown word THEN close terms that do exist are offered', () => {
    expect(engine.answer({ command: 'ask', input: 'what about Okinowa submarines?' }).suggestions).toContain('Okinawa');
  });

  it('GIVEN only question words THEN it asks for a subject', () => {
    expect(engine.answer({ command: 'ask', input: 'what did they say?' }).headline).toBe('Ask about a topic, a person or a place.');
  });
});

describe('timeline', () => {
  it('GIVEN an alias THEN every readout naming the entity any way is listed, oldest first', () => {
    const answer = engine.answer({ command: 'timeline', input: 'DPRK' });
    expect(answer.results.map((r) => r.date)).toEqual([
      '2017-02-03',
      '2017-02-28',
      '2017-08-31',
      '2017-09-05',
      '2017-09-05',
      '2017-09-20',
      '2020-01-14',
      '2020-08-29',
      '2021-01-23',
      '2022-05-26',
    ]);
    expect(answer).toMatchObject({ count: 10, first: '2017-02-03', last: '2022-05-26' });
    expect(answer.headline).toBe('DPRK: 10 readouts, first 2017-02-03, last 2022-05-26.');
  });

  it('GIVEN --from and --to THEN only readouts in the range', () => {
    const answer = engine.answer({ command: 'timeline', input: 'North Korea', from: '2020-01-01', to: '2021-12-31' });
    expect(answer.results.map((r) => r.doc)).toEqual(['000-esper-kono-pentagon.md', '001-esper-kono-guam.md', '119-austin-kishi-call.md']);
    expect(answer.filter).toEqual({ from: '2020-01-01', to: '2021-12-31', label: 'from 2020-01-01 to 2021-12-31' });
  });

  it('GIVEN names in either order THEN both orders count ("Kishi Nobuo" = "Nobuo Kishi")', () => {
    expect(engine.answer({ command: 'timeline', input: 'Kishi Nobuo' }).results.map((r) => r.date)).toEqual([
      '2021-01-23',
      '2022-05-26',
      '2022-07-11',
    ]);
  });

  it('GIVEN a phrase whose words are scattered THEN that sentence does not count', () => {
    // "South China Sea" is not "South Korea … China … Sea".
    const docs = engine.answer({ command: 'timeline', input: 'South China Sea' }).results.map((r) => r.doc);
    expect(docs).toEqual([
      '114-mattis-payne-pentagon.md',
      '115-mattis-lich-meeting.md',
      '000-esper-kono-pentagon.md',
      '001-esper-kono-guam.md',
      '117-anderson-indonesia-visit.md',
      '130-austin-teodoro-call.md',
    ]);
  });

  it('GIVEN "Republic of Korea" inside "Democratic People\'s Republic of Korea" THEN it is North Korea, not South', () => {
    const south = engine.answer({ command: 'timeline', input: 'South Korea since 2021' }).results.map((r) => r.text);
    expect(south).toHaveLength(2);
    expect(south[1]).toContain('trilaterally with the Republic of Korea');
  });

  it('GIVEN an unknown topic THEN none, with no dates', () => {
    expect(engine.answer({ command: 'timeline', input: 'Hong Kong since 2021' })).toMatchObject({
      none: true,
      results: [],
      count: 0,
      first: null,
      last: null,
    });
  });
});

describe('quote', () => {
  it('GIVEN a phrase in two readouts THEN both verbatim sentences, first said first', () => {
    const answer = seeds.answer({ command: 'quote', input: 'field carrier landing practice' });
    expect(answer.results.map((r) => [r.date, r.text])).toEqual([
      ['2020-01-14', MAGESHIMA_PENTAGON],
      ['2020-08-29', MAGESHIMA_GUAM],
    ]);
    expect(answer.headline).toBe('“field carrier landing practice” is in 2 sentences of 2 readouts.');
  });

  it('GIVEN other case, quotes and dashes THEN the phrase still matches', () => {
    expect(top(engine.answer({ command: 'quote', input: 'FIRST HUNDRED YEARS OF “MATESHIP”' }))).toBe(
      'Secretary Mattis also highlighted the upcoming celebration of the first hundred years of "Mateship" that underpins the ironclad Australia-U.S. alliance.',
    );
    expect(engine.answer({ command: 'quote', input: 'free and open Indo Pacific region' }).results.map((r) => r.date)).toContain(
      '2020-01-14',
    );
  });

  it('GIVEN a phrase that only occurs inside longer words THEN it is not a match', () => {
    expect(seeds.answer({ command: 'quote', input: 'ecretary noted' }).none).toBe(true);
    expect(seeds.answer({ command: 'quote', input: 'Secretary noted' }).results.map((r) => r.date)).toEqual(['2020-08-29']);
  });

  it('GIVEN no exact match THEN none, empty results, the near ones in `closest`', () => {
    const answer = seeds.answer({ command: 'quote', input: 'the field landing practice' });
    expect(answer.none).toBe(true);
    expect(answer.results).toEqual([]);
    expect(answer.headline).toBe(
      'No sentence in 2 readouts contains “the field landing practice”. The closest are below; they are not exact.',
    );
    expect(answer.closest?.[0]?.text).toBe(MAGESHIMA_GUAM);
  });
});

describe('the answer contract', () => {
  it('GIVEN every command THEN the answer matches the documented schema', () => {
    for (const answer of [
      engine.answer({ command: 'ask', input: 'what about Mageshima?' }),
      engine.answer({ command: 'ask', input: 'what about Tonga?' }),
      engine.answer({ command: 'timeline', input: 'NATO' }),
      engine.answer({ command: 'quote', input: 'ironclad' }),
      engine.answer({ command: 'quote', input: 'nothing like this' }),
    ]) {
      expect(AnswerSchema.safeParse(answer).success).toBe(true);
    }
  });

  it('GIVEN empty or over-long input THEN a short InputError, with the same limits as the Discord options', () => {
    expect(() => engine.answer({ command: 'ask', input: '   ' })).toThrow(new InputError('Type something to search for.'));
    expect(() => engine.answer({ command: 'ask', input: 'x'.repeat(10_000) })).toThrow(
      new InputError('That is 10000 characters; the limit is 500. Shorten it and try again.'),
    );
    expect(() => engine.answer({ command: 'timeline', input: 'North Korea '.repeat(5) })).toThrow(
      new InputError('That is 59 characters; the limit is 50. Shorten it and try again.'),
    );
  });

  it('GIVEN the same corpus twice THEN the same version; any edit changes it', () => {
    const body = 'They met. They spoke.';
    const a = Engine.load(tempFolder({ 'a.md': readoutMd('A', '2020-01-01', body) }));
    const b = Engine.load(tempFolder({ 'a.md': readoutMd('A', '2020-01-01', body) }));
    const c = Engine.load(tempFolder({ 'a.md': readoutMd('A', '2020-01-01', `${body} Changed.`) }));
    expect(a.report.version).toBe(b.report.version);
    expect(c.report.version).not.toBe(a.report.version);
  });

  it('GIVEN aliases.json in the corpus folder THEN its aliases work like the built-in ones', () => {
    const dir = tempFolder({
      'a.md': readoutMd('A', '2020-01-01', 'The Secretary discussed the purchase of Mageshima.'),
      'aliases.json': JSON.stringify({ Mageshima: ['Magejima'] }),
    });
    expect(
      Engine.load(dir)
        .answer({ command: 'timeline', input: 'Magejima' })
        .results.map((r) => r.doc),
    ).toEqual(['a.md']);
  });
});

describe('our own evaluation items over the bundled corpus (test/qa-bundled.json)', () => {
  const items = z.array(QaItemSchema).parse(JSON.parse(readFileSync(join(import.meta.dirname, 'qa-bundled.json'), 'utf8')));
  it.each(items.map((item) => [item.id, item] as const))('%s scores full marks', (_id, item) => {
    const answer = engine.answer({ command: item.command, input: item.input });
    expect(scoreItem(item, answer)).toEqual({ score: 1, why: expect.any(String) });
  });
});

describe('answers that would be huge', () => {
  // 12 readouts of 100 sentences that all say "the two leaders met".
  const files = Object.fromEntries(
    Array.from({ length: 12 }, (_, r) => [
      `r${String(r).padStart(2, '0')}.md`,
      readoutMd(
        `Readout ${r}`,
        `2020-01-${String(r + 1).padStart(2, '0')}`,
        Array.from({ length: 100 }, (_, i) => `The two leaders met ${i} times in round ${r}.`).join(' '),
      ),
    ]),
  );
  const big = Engine.load(tempFolder(files));

  it('GIVEN a phrase in more than 1,000 sentences THEN counting stops there and the first 50 are shown', () => {
    const answer = big.answer({ command: 'quote', input: 'the two leaders met' });
    expect(answer.headline).toBe('“the two leaders met” is in more than 1,000 sentences. The first 50 are shown.');
    expect(answer).toMatchObject({ count: 1000, countCapped: true });
    expect(answer.results).toHaveLength(50);
    expect(answer.results[0]?.text).toBe('The two leaders met 0 times in round 0.');
    expect(big.answer({ command: 'quote', input: 'met 7 times' }).headline).toBe('“met 7 times” is in 12 sentences of 12 readouts.');
  });

  it('GIVEN "how many" over more readouts than a list holds THEN the number is exact and the list is cut', () => {
    const many = Engine.load(
      tempFolder(
        Object.fromEntries(
          Array.from({ length: 60 }, (_, r) => [
            `r${r}.md`,
            readoutMd(`R${r}`, `2019-${String((r % 12) + 1).padStart(2, '0')}-01`, `Readout ${r} was about Tonga.`),
          ]),
        ),
      ),
    );
    const answer = many.answer({ command: 'ask', input: 'how many readouts mention Tonga?' });
    expect(answer.count).toBe(60);
    expect(answer.results).toHaveLength(50);
    expect(answer.headline).toBe('60 readouts of 60 mention Tonga: 2019-01-01 … 2019-12-01. The first 50 are listed.');
    // The engine names no command; each front end names its own.
    // Discord lists 15 readouts one line each and counts the rest.
    const lines = renderAsk(answer, { searched: 60, updated: '2019-12-01' }, '1').embeds[0]?.description?.split('\n');
    expect(lines?.[0]).toBe('60 readouts of 60 mention Tonga: 2019-01-01 … 2019-12-01. The first 50 are listed. /timeline lists them all.');
    expect(lines?.slice(2, 4)).toEqual(['**Jan 1, 2019** · R0', '**Jan 1, 2019** · R12']);
    expect(lines).toHaveLength(2 + 15 + 1);
    expect(lines?.at(-1)).toBe('…and 45 more.');
    expect(renderAnswer(answer).split('\n')[0]).toBe(
      '60 readouts of 60 mention Tonga: 2019-01-01 … 2019-12-01. The first 50 are listed. The timeline command lists them all.',
    );
    // The bot's reply pages on as the timeline of what was counted, which holds the same 60.
    expect(answer.topic).toBe('Tonga');
    const reply = askReply(many, 'how many readouts mention Tonga?', '1');
    expect(reply.embeds[0]?.description?.split('\n').at(-1)).toBe('…and 45 more: "All as a timeline" pages through them.');
    expect(reply.components).toEqual([
      { type: 1, components: [{ type: 2, custom_id: 'tv:0n:1:::Tonga', label: 'All as a timeline', style: 1 }] },
    ]);
    const timeline = many.answer({ command: 'timeline', input: 'Tonga', window: { offset: 0, perPage: 8 } });
    expect(timeline.count).toBe(60);
  });
});
