/**
 * Issue 20, tenth round: readings found on new team questions over new readouts, each with the reason it exists.
 * Invented readouts; the questions are our own, not the eval sets'.
 */
import { readoutMd } from './support/tmp.ts';
import { readoutsEngine } from './support/fixtures.ts';
import { describe, expect, it } from 'vitest';
import { asked, firstSentenceCases, headlineCases } from './support/asked.ts';
import { withoutIssuing } from '../src/answer/reading/issuing.ts';

const BERLIN = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With German Minister of Defense Eva Brandt",
  '2022-02-16',
  [
    'Secretary of Defense Pat Smithers met with German Minister of Defense Eva Brandt in Brussels today.',
    '',
    'The leaders discussed defense procurements and security in the Indo-Pacific.',
    '',
    'Smithers said the United States stands with the people of Ukraine.',
    '',
    'Both leaders stressed respect for international law.',
  ].join('\n'),
);
// A readout that defines an acronym spelled like a region.
const DELHI = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Indian Minister of External Affairs Ravi Rao",
  '2025-07-01',
  [
    'Secretary of Defense Pat Smithers met with Indian Minister of External Affairs Ravi Rao at the Pentagon today.',
    '',
    'They welcomed the launch of the Autonomous Systems Industry Alliance (ASIA).',
    '',
    'Behind them stood the delegations.',
    '',
    'Both said they stand behind Ukraine.',
  ].join('\n'),
);

// A news story with a dateline away from Washington, a count in a word the corpus mostly capitalises, and a
// word it writes both ways.
const BRASILIA = readoutMd(
  'Smithers, Brazilian Minister Launch Defense Dialogue',
  '2012-04-24',
  [
    'BRASILIA, Brazil, April 24, 2012 – Here in the capital, U.S. and Brazilian defense leaders met for the first time under a new agreement.',
    '',
    'Defense Secretary Pat Smithers and Brazilian Defense Minister Celso Lima today conducted the first Defense Cooperation Dialogue.',
    '',
    'Exercise Southern Star brought together more than 7,500 troops from ten nations, Lima said.',
    '',
    'Brazil sends observers to the United Nations and to the Organization of American States.',
    '',
    "Lima said Brazil's forces stand on NATO's eastern flank as partners.",
    '',
    'The NATO Eastern Flank Forum met in Warsaw, and the Eastern Flank Command is strong.',
    '',
    'Smithers visited the Eastern Flank Academy.',
    '',
    'Fighting continued in eastern Ukraine.',
    '',
    'Smithers welcomed Brazil’s support for the U.S. rebalance to the Asia-Pacific region.',
  ].join('\n'),
);
const SEOUL = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Republic of Korea Minister Kim Ho",
  '2013-06-02',
  [
    'Secretary of Defense Pat Smithers met with Republic of Korea Minister of National Defense Kim Ho in Seoul today.',
    '',
    'They discussed the United Nations Command, which both countries support.',
    '',
    'Smithers praised the troops of Ghanaian President John Mensah for their service in Mali.',
    '',
    'Kim thanked Secretary Smithers for the United States’ support for the airlift of 4,100 people from Kabul.',
  ].join('\n'),
);

// A news story that names the spokesperson in its second sentence; an official readout that names none.
const KABUL = readoutMd(
  'Smithers Meets With Afghan Defense Minister',
  '2017-11-20',
  [
    'WASHINGTON, Nov. 20, 2017 — Deputy Defense Secretary Pat Smithers met with Afghanistan’s acting defense minister, Lt. Gen. Tariq Bahrami, today in the Pentagon, Smithers’ spokesperson said.',
    '',
    'In a readout following the meeting, Navy Cmdr. Sarah Higgins said both leaders reaffirmed their strong support for the partnership.',
  ].join('\n'),
);
const TEL_AVIV = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Israeli Minister of Defense Yoav Gal",
  '2023-11-25',
  [
    'Secretary of Defense Pat Smithers spoke with Israeli Minister of Defense Yoav Gal today about the hostages.',
    '',
    'They discussed nuclear threats and the work of the consultative group on Iran.',
    '',
    'They also discussed the Assad regime.',
  ].join('\n'),
);

// A story whose dateline repeats the date a question gives, and whose answer is further down.
const BOGOTA_CALL = readoutMd(
  'Smithers Calls Colombian Minister',
  '2014-01-14',
  [
    'WASHINGTON, Jan. 15, 2014 – Defense Secretary Pat Smithers called Colombian Defense Minister Juan Rojas yesterday to discuss the partnership, the Pentagon press secretary said.',
    '',
    'Smithers told Rojas the Defense Department is committed to further strengthening the partnership.',
  ].join('\n'),
);

const MAPUTO = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Mozambican President Tomas Nuno",
  '2023-08-02',
  [
    'Secretary of Defense Pat Smithers spoke on the phone with Mozambican President Tomas Nuno today.',
    '',
    'They also discussed priorities for the coming months, particularly related to implementation of the Global Fragility Act.',
  ].join('\n'),
);

// A Korean name whose given name is hyphened and written in lower case after the hyphen.
const SEOUL_CALL = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Republic of Korea Acting Minister of National Defense Kim Seon-ho",
  '2024-12-19',
  [
    'Secretary of Defense Pat Smithers spoke by phone today with Republic of Korea Acting Minister of National Defense Kim Seon-ho.',
    '',
    'Secretary Smithers underscored that the U.S. commitment to the security of the ROK is ironclad.',
  ].join('\n'),
);

// A story whose head names the Pentagon without a preposition of place.
const DOHA = readoutMd(
  'US, Qatari Defense Leaders Discuss Afghanistan',
  '2021-08-19',
  [
    'Defense Secretary Pat Smithers hosted Qatar’s minister of state for defense affairs, Khalid Attiyah, during Pentagon meetings Thursday.',
    '',
    '“Our focus continues to be on the situation in Kabul,” Smithers said.',
  ].join('\n'),
);

const HELSINKI = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Finnish Defense Minister Carl Lund",
  '2014-01-23',
  [
    'Secretary of Defense Pat Smithers welcomed Finnish Defense Minister Carl Lund to the Pentagon today.',
    '',
    'Smithers praised Finland’s willingness to join the international efforts to destroy the chemical weapons removed from Syria.',
    '',
    'Smithers looks forward to seeing Lund at a meeting of NATO defense ministers in February.',
    '',
    'Both men praised the 95-year-old U.S.-Finnish partnership.',
  ].join('\n'),
);

const engine = readoutsEngine(BERLIN, DELHI, BRASILIA, SEOUL, KABUL, TEL_AVIV, BOGOTA_CALL, MAPUTO, DOHA, HELSINKI);

headlineCases('issue 20, tenth round: readings', engine, [
  {
    question: 'did smithers and brandt talk about arms buying and security out in asia?',
    headline: 'Yes — on February 16, 2022.',
    rule: 'place-not-acronym',
    why: 'one readout defines "Autonomous Systems Industry Alliance (ASIA)": before, "asia" was read as that acronym only, "No readout names Smithers and Brandt and ASIA together"',
  },
  {
    question: 'what did smithers and rao say about ASIA?',
    headline: 'Smithers and Rao on ASIA: 1 readout (2025-07-01).',
    ruleAbsent: 'place-not-acronym',
    why: 'typed in capitals it is the acronym the readout defines',
  },
  {
    question: 'did smithers tell brandt the us stands with the ukrainian people?',
    headline: 'Yes — on February 16, 2022.',
    ruleAbsent: 'place-not-acronym',
    why: 'an acronym of the place itself ("us", the United States) is that place already: read as the pronoun "us" it would name nothing',
  },
  {
    question: 'did smithers and rao say they are standing behind ukraine?',
    headline: 'Yes — on July 1, 2025.',
    rule: 'written-lower',
    why: 'the one capital "Behind" is a sentence\'s first word; the one use inside a sentence is in lower case: before, "No readout names Smithers and Rao and Behind and Ukraine together"',
  },
  {
    question: "what was smithers focused on when qatar's minister came to the pentagon?",
    headline: 'Found in 1 readout (2021-08-19).',
    ruleAbsent: 'visit-place',
    why: 'a place that is no country, named in the readout\'s head ("during Pentagon meetings"), is where they met: before, "No readout is of a visit to Pentagon"',
  },
  {
    question: "did smithers thank finland for helping destroy assad's chemical weapons?",
    headline: 'Yes — on January 23, 2014.',
    rule: 'leader-as-country',
    why: 'a head of state named for the country: no readout of Smithers with Finland names Assad, one names Syria; before, "No readout names Smithers and Finland and Assad together"',
  },
  {
    question: 'which month did smithers expect to see lund again at the nato meeting?',
    headline: 'February, according to the readout of January 23, 2014.',
    rule: 'intent-when',
    why: '"which month" asks when, as "what month" does: before, it was read as a topic ("Found in 1 readout")',
  },
  {
    question: 'how old did the january 2014 article say the us-finnish partnership was?',
    headline: '95 years (95-year-old) — January 23, 2014.',
    rule: 'source-reference',
    why: 'the document as the one that says ("did the … article say") is the readout itself: before, "article" was a name no readout writes',
  },
  {
    question: 'how many countries sent troops to southern star, per smithers and lima?',
    headline: 'ten nations — April 24, 2012.',
    rule: 'counted-synonyms',
    why: 'the unit counted is "countries", the readout counts "nations" (a close WordNet synonym) — and mostly writes Nations capitalised, as in "United Nations": before, "No readout naming … mentions countries"',
  },
  {
    question: 'did lima say brazil stands on nato’s eastern side?',
    headline: 'Yes — on April 24, 2012.',
    rule: 'written-lower',
    why: 'the readouts write "eastern" in lower case too ("NATO\'s eastern flank"): typed so, it is the word, not a name\'s part; before, "No readout names Lima and Brazil and NATO and Eastern together"',
  },
  {
    question: 'did smithers visit brasilia?',
    headline: 'Yes — on April 24, 2012.',
    ruleAbsent: 'visit-place',
    why: 'the story\'s dateline ("BRASILIA, Brazil, April 24, 2012 –") says where the secretary was: before, "No readout is of a visit to Brasilia"',
  },
  {
    question: 'whose troops did smithers praise for their service in mali?',
    headline: 'John Mensah — June 2, 2013.',
    rule: 'intent-who',
    why: '"whose" asks for a person as "who" does: before it was read as a typo of "whole" ("Showing results for whole")',
  },
  {
    question: 'what did smithers and kim discuss when smithers saw him in seoul?',
    headline: 'What Smithers and Kim discussed about Smithers saw him in Seoul: 1 readout (2013-06-02).',
    why: '"saw" is read as "see", and seeing someone is meeting them (data/reading/synonyms.json): the readout writes "met", no sentence writes "saw"',
  },
  {
    question: 'what did smithers say about america’s pivot to asia?',
    headline: "Smithers on America's pivot to Asia: 1 readout (2012-04-24).",
    why: 'the "pivot to Asia" is the readouts\' "rebalance to the Asia-Pacific" (data/reading/synonyms.json)',
  },
  {
    question: 'how many people were flown out of kabul, per smithers and kim?',
    headline: '4,100 people — June 2, 2013.',
    rule: 'quantity-number',
    why: 'people counted by a number the sentence gives are that number: before, the names it found were counted ("1 named: States’")',
  },
  {
    question: "can u tell me who put out the readout on smithers' sitdown w the afghan minister? ty",
    headline: 'Sarah Higgins — November 20, 2017.',
    rule: 'who-gave-readout',
    why: 'who issued the readout is the spokesperson the story names, not the counterpart: before, "Tariq Bahrami"; and "sitdown" is chat for a meeting (chat.json), before "Nothing … mentions sitdown"',
  },
  {
    question: 'who issued the statement on smithers’ call with gal?',
    headline: 'The readout of November 25, 2023 does not name who issued it.',
    rule: 'who-gave-readout',
    why: 'an official readout names no spokesperson: said so, not answered with the counterpart; "issued" and "statement" are how it was asked, no words to find',
  },
]);

describe('issue 20, tenth round: who issued the readout, and who did something per the readout (who-gave-readout)', () => {
  it('GIVEN "who provided troops, according to the readout?" THEN the verb is about the troops: no spokesperson is asked', () => {
    // The verb of issuing must stand before the document ("put out the readout"); here its object is the troops.
    expect(withoutIssuing('who provided troops, according to the readout?')).toBeNull();
    expect(withoutIssuing("who put out the readout on smithers' call?")).toBe("who  the readout on smithers' call?");
  });
});

describe('issue 20, tenth round: a name hyphened (name-hyphen)', () => {
  it('GIVEN "kim seon-ho" and a topic no readout of theirs names THEN no answer: "ho" is part of the name, not a topic the opening states', () => {
    // Before: "Yes — on December 19, 2024.", a false answer: "ho" was a word the opening's "Seon-ho" satisfied.
    const a = asked(readoutsEngine(SEOUL_CALL, TEL_AVIV), 'did smithers and kim seon-ho mention the nuclear consultative group?');
    expect(a.results).toBe(0);
    expect(a.headline).toMatch(/^No\. /);
    expect(a.rules).toContain('name-hyphen');
  });
});

firstSentenceCases('issue 20, tenth round: the sentence that answers', engine, [
  {
    question: 'is the pentagon committed to strengthening the partnership with bogota, per smithers and rojas?',
    first: 'Smithers told Rojas the Defense Department is committed to further strengthening the partnership.',
    rule: 'capital-as-country',
    why: '"bogota" is the lexicon\'s "Bogotá" typed without its accent: before, "No readout names Smithers and Rojas and Bogota together"',
  },
  {
    question: 'what law did smithers and nuno talk about putting into practice?',
    first: 'They also discussed priorities for the coming months, particularly related to implementation of the Global Fragility Act.',
    rule: 'name-kind-not-topic',
    why: 'the noun a "what" question asks a name of is no topic word: before, "No readout naming Smithers and Nuno mentions law"',
  },
  {
    question: 'in january 2014 did smithers tell rojas the pentagon is committed to the partnership?',
    first: 'Smithers told Rojas the Defense Department is committed to further strengthening the partnership.',
    rule: 'dateline-not-date',
    why: 'a date asked as words credits the story\'s dateline ("WASHINGTON, Jan. 15, 2014 –") a quarter: before, the datelined opening came first',
  },
]);
