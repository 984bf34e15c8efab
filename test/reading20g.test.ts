/**
 * Issue 20, seventh round: readings found on a new set of team questions over new readouts, each with the reason it
 * exists. Invented readouts; the questions are our own, not the eval sets'.
 */
import { describe, expect, it } from 'vitest';
import { explained } from '../src/answer/explain.ts';
import { readQuestion } from '../src/answer/reading/question.ts';
import { cleanQuestion } from '../src/answer/reading/clean.ts';
import { phraseAt } from '../src/lexicon/index.ts';
import { readoutMd } from './support/tmp.ts';
import { readoutsEngine, testCorpusEngine } from './support/fixtures.ts';
import { asked, headlineCases } from './support/asked.ts';

const PARIS = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With French Minister of the Armed Forces Claire Dumont",
  '2018-02-16',
  [
    'Secretary of Defense Pat Smithers met with French Minister of the Armed Forces Claire Dumont in Munich today.',
    '',
    'The Secretary and Minister Dumont agreed on the need for a strong stance against the threat posed by the Iranian ballistic missile program.',
    '',
    'They also discussed the situation in the Eastern Mediterranean and the continued Houthi attacks in the Red Sea.',
    '',
    'Minister Dumont briefed the Secretary on her recent visit to Kyiv.',
  ].join('\n'),
);
const STOCKHOLM = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Swedish Minister of Defense Erik Lind",
  '2024-04-25',
  [
    'Secretary of Defense Pat Smithers spoke by phone with Swedish Minister of Defense Erik Lind.',
    '',
    "During the call, Secretary Smithers thanked Minister Lind for Sweden's tremendous military aid to Ukraine.",
    '',
    "The Secretary highlighted that Sweden's new role as the 32nd member of the NATO Alliance demonstrates its commitment to regional security.",
    '',
    'Secretary Smithers recognized Sweden as a capable, full-spectrum ally.',
    '',
    'The leaders reaffirmed the close defense ties between the two countries.',
  ].join('\n'),
);
const BRUSSELS = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Belgian Minister of Defense Luc Verbeke",
  '2013-11-05',
  [
    'Secretary of Defense Pat Smithers hosted Belgian Minister of Defense Luc Verbeke at the Pentagon today.',
    '',
    "The two leaders discussed international efforts to secure and destroy Syria's chemical weapons.",
    '',
    'The Secretary thanked Minister Verbeke for the mine-resistant, ambush-protected vehicles Belgium provided to partners in Africa.',
    '',
    "He also recognized Belgium's recent request to purchase M1A2 Abrams tanks and the renewal of the reciprocal defense procurement agreement.",
  ].join('\n'),
);
const ROME = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Italian Minister of Defense Anna Rossi",
  '2017-02-15',
  [
    'Secretary of Defense Pat Smithers met with Italian Minister of Defense Anna Rossi today, on the margins of the NATO Defense Ministerial in Brussels, Belgium.',
    '',
    "Smithers thanked Minister Rossi for Italy's contributions to training Afghan forces.",
  ].join('\n'),
);
const KUWAIT = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Kuwaiti Minister of Defense Nasser Al-Sabah",
  '2017-12-29',
  [
    'WASHINGTON, Dec. 29, 2017 — Secretary of Defense Pat Smithers called the Kuwaiti defense minister today to congratulate him on his new position.',
    '',
    'Smithers said the partnership between the two nations is grounded in the 1991 liberation of Kuwait.',
  ].join('\n'),
);
const ISLAMABAD = readoutMd(
  'Smithers Meets With Pakistani Leaders',
  '2017-12-04',
  [
    'WASHINGTON, Dec. 4, 2017 — Speaking to senior Pakistani officials in Islamabad today, Secretary of Defense Pat Smithers recognized Pakistan’s sacrifices in the war on terrorism.',
    '',
    'Prime Minister Omar Qadir and Defense Minister Imran Baig joined the talks, a spokeswoman said.',
  ].join('\n'),
);
const ERBIL = readoutMd(
  "Readout of Secretary Smithers' Meeting with Kurdistan Regional Government President Omar Zebari",
  '2017-02-17',
  [
    'Secretary of Defense Pat Smithers met today with Kurdistan Regional Government President Omar Zebari in Munich.',
    '',
    'Secretary Smithers praised Albania for hosting the regional training exercise.',
  ].join('\n'),
);
const BAGHDAD = readoutMd(
  "Readout of Secretary Smithers' Call With Iraqi Minister of Interior Ali Hassan",
  '2021-02-16',
  [
    "Secretary of Defense Pat Smithers spoke by phone today with Iraqi Minister of Interior Ali Hassan regarding yesterday's attack.",
    '',
    'The attack struck a permanent military base near Erbil.',
  ].join('\n'),
);
const engine = readoutsEngine(PARIS, BRUSSELS, STOCKHOLM, ROME, KUWAIT, ISLAMABAD, ERBIL, BAGHDAD);

const ask = (input: string) => asked(engine, input);

describe('idiom-not-focus: a focus-verb word that begins an idiom is the idiom', () => {
  it('GIVEN "agree to push back hard on tehran\'s missile program" THEN no request is asked: read as counter, the stance sentence', () => {
    // "push" is a request verb ("push china to …"); here it begins "push back on", and the answer was
    // "Nothing mentions a request with …".
    const { headline, first, rules, reading } = ask("did smithers and dumont agree to push back hard on tehran's missile program?");
    expect(headline).toBe('Yes — on February 16, 2018.');
    expect(first).toBe(
      'The Secretary and Minister Dumont agreed on the need for a strong stance against the threat posed by the Iranian ballistic missile program.',
    );
    expect(rules).toContain('idiom-not-focus');
    expect(reading?.dropped ?? []).not.toContain('back');
  });

  it('GIVEN "push" asking a request THEN it still is one', () => {
    expect(readQuestion('did smithers push dumont to spend more?').verb).toBe('ask');
  });
});

describe("lexicon-idiom: one adverb of phrases.json's gap inside a phrasal idiom", () => {
  it('GIVEN "push back hard on" THEN the idiom "push back on", four words long', () => {
    expect(phraseAt(['push', 'back', 'hard', 'on', 'iran'], 0)).toMatchObject({ phrase: 'push back on', length: 4 });
  });
  it('GIVEN an adverb before the first word or two adverbs THEN no idiom: the gap is one word inside', () => {
    expect(phraseAt(['push', 'back', 'really', 'hard', 'on'], 0)?.phrase).not.toBe('push back on');
  });
});

describe('leading-when-clause: a visit in the when-clause says which meeting', () => {
  it('GIVEN "when verbeke came by the pentagon did they …" THEN a yes/no question with the clause\'s names, not a when-question', () => {
    const q = readQuestion('when verbeke came by the pentagon did they get into chemical weapons?');
    expect(q.intent).toBe('yesno');
    expect(q.focus).toBe('did they discuss chemical weapons with verbeke and the pentagon?');
  });
  it('GIVEN "when was X in Y?" THEN still a when-question', () => {
    expect(readQuestion('when was smithers in munich?').intent).toBe('when');
  });
});

describe('name-run-typed: "X and Y" are two names', () => {
  it('GIVEN "with verbeke and the pentagon" beside another name THEN both stay names: the answer is Verbeke\'s readout or nothing', () => {
    // "Assad … with de crem and the pentagon" read "Crem Pentagon" as one person and dropped Crem: a Manama readout
    // naming Assad answered "Yes".
    const { headline, first } = ask("did they discuss syria's chemical weapons with verbeke and the pentagon?");
    expect(headline).toBe('Yes — on November 5, 2013.');
    expect(first).toBe("The two leaders discussed international efforts to secure and destroy Syria's chemical weapons.");
  });
});

describe('lexicon data of the seventh round: clippings, acronyms, aliases', () => {
  it('GIVEN "chem weapons" THEN chemical weapons (chat.json expand)', () => {
    expect(ask('did smithers and verbeke talk about chem weapons?').first).toBe(
      "The two leaders discussed international efforts to secure and destroy Syria's chemical weapons.",
    );
  });
  it('GIVEN "MRAPs" THEN the mine-resistant, ambush-protected vehicles (acronyms.json)', () => {
    const { first, reading } = ask('did smithers thank verbeke for the MRAPs?');
    expect(first).toBe(
      'The Secretary thanked Minister Verbeke for the mine-resistant, ambush-protected vehicles Belgium provided to partners in Africa.',
    );
    expect(reading?.resolved).toContainEqual({ from: 'MRAP', to: 'mine-resistant ambush-protected vehicle' });
  });
  it('rule acronym-plural: GIVEN the plural shouted or in lower case ("MRAPS", "mraps") THEN the same answer', () => {
    // A chat variant lost the answer: "mraps" is no key of the table and no English word; "mods" stays moderators.
    const expected =
      'The Secretary thanked Minister Verbeke for the mine-resistant, ambush-protected vehicles Belgium provided to partners in Africa.';
    expect(ask('DID SMITHERS THANK VERBEKE FOR THE MRAPS?!').first).toBe(expected);
    expect(ask('did smithers thank verbeke for the mraps').first).toBe(expected);
  });
  it('GIVEN "the eastern med" and "yemeni rebels" THEN the Eastern Mediterranean and the Houthis (built-in aliases)', () => {
    const expected = 'They also discussed the situation in the Eastern Mediterranean and the continued Houthi attacks in the Red Sea.';
    expect(ask('did the eastern med come up when smithers met dumont?').first).toBe(expected);
    expect(ask('did smithers and dumont talk about the yemeni rebels?').first).toBe(expected);
  });
});

describe('capital-as-country: a capital that receives is its government', () => {
  it('GIVEN "the military help sweden sent kyiv" THEN Ukraine: the Swedish call\'s thanks for aid to Ukraine', () => {
    // "Kyiv" is written (a visit to Kyiv), so it was read as the city and no readout named Lind and Kyiv together.
    const { headline, first, rules } = ask('hey bot did smithers thank lind for all the military help sweden sent kyiv lol');
    expect(headline).toBe('Yes — on April 25, 2024.');
    expect(first).toBe("During the call, Secretary Smithers thanked Minister Lind for Sweden's tremendous military aid to Ukraine.");
    expect(rules).toContain('capital-as-country');
  });
  it('GIVEN a visit to the capital THEN the city: no readout of Lind names it', () => {
    expect(ask('did smithers and lind visit kyiv?').headline).toBe('No. No readout names Smithers and Lind and Kyiv together.');
  });
});

describe('fact headlines of the seventh round', () => {
  it('GIVEN "what number nato member …?" THEN the ordinal with what it ranks, not the bare number', () => {
    expect(ask('what number nato member did smithers call sweden on his call with lind?').headline).toBe('32nd member — April 25, 2024.');
  });
  it('rule fact-which-name: GIVEN "which tanks" THEN the name with its digits ("M1A2 Abrams tanks")', () => {
    expect(ask('which tanks did belgium ask to buy when smithers met verbeke?').headline).toBe('M1A2 Abrams tanks — November 5, 2013.');
  });
  it('rule fact-which-name: GIVEN "what agreement" and no capitalised name THEN the words before the noun', () => {
    // The headline said "Found in 1 readout": the agreement's name is written in lower case.
    expect(ask('what agreement did smithers and verbeke renew?').headline).toBe(
      'reciprocal defense procurement agreement — November 5, 2013.',
    );
  });
});

describe('people-not-place: a people typed by its demonym acts; where a meeting was is not about it', () => {
  it('GIVEN "were the belgians … training afghan forces" THEN not the Italian minister\'s readout held in Brussels, Belgium', () => {
    // It answered "Yes" with Italy's contributions: the Brussels ministerial named Belgium as the place.
    const { value, rules } = explained(() =>
      engine.answer({ command: 'ask', input: 'were the belgians helping with training afghan forces?' }),
    );
    expect(value.results.map((r) => r.doc)).not.toContain('d.md');
    expect(rules).toContain('people-not-place');
  });
  it('GIVEN the country typed by its name THEN the place counts: the Brussels meeting was in Belgium', () => {
    expect(ask('did smithers thank anyone in belgium for training afghan forces?').first).toBe(
      "Smithers thanked Minister Rossi for Italy's contributions to training Afghan forces.",
    );
  });
});

describe('wording-drop: a verb in -ing before a topic says what is done to it, not which kind', () => {
  it('GIVEN "tightening defense ties" THEN the ties sentence, "tightening" dropped as wording', () => {
    // "tightening" (no readout writes it) was kept as narrowing "ties", like "hypersonic missiles", and vetoed.
    const { first, reading } = ask('did smithers and lind talk about tightening defense ties?');
    expect(first).toBe('The leaders reaffirmed the close defense ties between the two countries.');
    expect(reading?.dropped).toContain('tightening');
  });
  it('GIVEN an -ing word as the head ("professional wrestling") THEN it still vetoes: it is the thing asked', () => {
    expect(ask('did smithers and lind talk about professional wrestling?').headline).toMatch(/^No\. /);
  });
});

describe('lexicon-acronym: an office written with its portfolio in parentheses is one acronym', () => {
  it('GIVEN "USD(P)", "ASD(SO/LIC)" THEN USDP, ASDSOLIC, as the acronym table keys them; other parentheses stay', () => {
    // "were the USD(P) talks … candid?" read "USD" and a letter "P" that no readout writes: "Nothing mentions P".
    expect(cleanQuestion('were the USD(P) talks candid? and ASD(SO/LIC)')).toBe('were the USDP talks candid? and ASDSOLIC');
    expect(cleanQuestion('what did they say (in Tokyo)?')).toBe('what did they say (in Tokyo)?');
  });
});

describe('seventh-round knowledge: Kurdish, MOI, a noun an article leads to', () => {
  it('rule region-forms: GIVEN "the kurdish president" THEN Kurdistan\'s (data: country-overrides.json regions)', () => {
    // "kurdish" is no country's demonym: "Nothing in … readouts mentions kurdish".
    expect(ask('what city did smithers meet the kurdish president zebari in?').headline).toBe('Munich — February 17, 2017.');
  });
  it('GIVEN "the iraqi MOI" THEN the Minister of Interior (offices.json acronyms)', () => {
    const { first, reading } = ask('did smithers call the iraqi MOI about the attack?');
    expect(first).toBe(
      "Secretary of Defense Pat Smithers spoke by phone today with Iraqi Minister of Interior Ali Hassan regarding yesterday's attack.",
    );
    expect(reading?.resolved).toContainEqual({ from: 'MOI', to: 'Minister of Interior' });
  });
  it('rule absent-verb-drop: GIVEN "hosting a permanent us military base" THEN "base" is a noun, not wording: nothing, not the hosting sentence', () => {
    // WordNet's commonest "base" is the verb; dropped with "military", it left "hosting" and answered "Yes" with a
    // sentence on Albania's contributions (a false answer on a "none" question of a blind set, test/corpus-unseen23).
    const { value } = explained(() =>
      testCorpusEngine('corpus-unseen23').answer({
        command: 'ask',
        input: 'did mattis and xhacka discuss albania hosting a permanent us military base?',
      }),
    );
    expect(value.headline).toBe('No. No readout naming Mattis and Xhacka and Albania and US mentions base.');
    expect(value.none).toBe(true);
  });
});

headlineCases('single questions, each with the headline it must get', engine, [
  {
    question: 'what kind of ally did smithers call sweden when he phoned lind?',
    headline: 'capable, full-spectrum ally — April 25, 2024.',
    rule: 'fact-what-kind',
    why: 'the words the sentence puts before "ally"; before: "kind of" is chat filler for the words to find; the headline said only "Found in 1 readout".',
  },
  {
    question: "which year's liberation of kuwait did smithers say the partnership is grounded in?",
    headline: '1991, according to the readout of December 29, 2017.',
    rule: 'when-year',
    why: '1991, not the readout\'s own year or "today"; before: the opening\'s "Dec. 29, 2017 … today" answered "On December 29, 2017."',
  },
  {
    question: "who was pakistan's defense minister when smithers went to islamabad?",
    headline: 'Imran Baig — December 4, 2017.',
    rule: 'office-asked-anywhere',
    why: 'the minister named further down; before: the office had to head the readout, as whom a meeting was with: "No readout names Pakistan\'s defense minister …".',
  },
]);
