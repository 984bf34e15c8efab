/**
 * Issue 20, ninth round: readings found on new team questions over new readouts, each with the reason it exists.
 * Invented readouts; the questions are our own, not the eval sets'.
 */
import { describe, expect, it } from 'vitest';
import { readoutMd } from './support/tmp.ts';
import { readoutsEngine } from './support/fixtures.ts';
import { asked, headlineCases } from './support/asked.ts';
import { parseDates } from '../src/answer/reading/dateFilter.ts';

// A news story that reports a statement first and says whom the secretary hosted after it.
const ARGENTINA = readoutMd(
  'Smithers Hosts Argentine Counterpart',
  '2025-07-02',
  [
    'Argentina and the United States will continue to build on their long relationship, said Defense Secretary Pat Smithers, who hosted a meeting today, welcoming Argentine Defense Minister Luis Ferro to the Pentagon.',
    '',
    'In 1811, rebel government representatives in the United States purchased 1,000 muskets, Smithers said.',
    '',
    'Argentina is buying F-16 fighter jets.',
  ].join('\n'),
);
const HANOI = readoutMd(
  'Smithers, Vietnamese Defense Minister Discuss Security',
  '2018-01-25',
  [
    'Defense Secretary Pat Smithers and Vietnamese Defense Minister Ngo Van Lam met today in Hanoi.',
    '',
    "The secretary said the United States would continue to assist Vietnam's efforts to deploy a medical unit to the U.N. Peacekeeping Mission in South Sudan.",
    '',
    'Tunisia is looking for solutions to the migrant crisis.',
  ].join('\n'),
);
const MANAMA = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Bahrain's Crown Prince",
  '2025-07-17',
  [
    'Secretary of Defense Pat Smithers welcomed Bahrain Crown Prince Salman to the Pentagon today.',
    '',
    'Smithers thanked Bahrain for hosting the U.S. Navy 5th Fleet.',
  ].join('\n'),
);
const TALLINN = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Estonian Minister of Defence Hanno Kask",
  '2022-03-01',
  [
    'Secretary of Defense Pat Smithers spoke with Estonian Minister of Defence Hanno Kask today.',
    '',
    'They discussed migration across the eastern border.',
    '',
    'Smithers said the United States stands with Ukraine.',
  ].join('\n'),
);
const LISBON = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Portuguese Minister of Defense Rui Costa",
  '2014-03-31',
  [
    'Secretary of Defense Pat Smithers met with Portuguese Minister of Defense Rui Costa at the Pentagon today.',
    '',
    'Both men agreed on the need for Russia to begin discussions with the Ukrainian government.',
  ].join('\n'),
);
const LONDON = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With the Mayor of Kyiv",
  '2016-05-04',
  ['Secretary of Defense Pat Smithers met with the mayor in Kyiv today to discuss city defense.'].join('\n'),
);

// A readout of a country whose name is two words the alias table lacks.
const MAJURO = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Marshall Islands President David Kabua",
  '2022-09-27',
  [
    'Secretary of Defense Pat Smithers met with Marshall Islands President David Kabua at the Pentagon today.',
    '',
    'The partnership between the United States and the Republic of the Marshall Islands is strong, the Secretary said.',
    '',
    'Smithers looks forward to seeing President Kabua at the NATO Summit in Wales this September.',
    '',
    'They discussed keeping the Sulu Sea free of terrorists.',
  ].join('\n'),
);
const SEOUL_CALL = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Republic of Korea Minister of National Defense Suh Min",
  '2021-07-30',
  [
    'Secretary of Defense Pat Smithers spoke with Republic of Korea Minister of National Defense Suh Min today.',
    '',
    'The leaders noted that the ROK’s New Southern Policy aligns with the U.S. Indo-Pacific strategy.',
  ].join('\n'),
);
const TOKYO = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Japanese Minister of Defense Ken Sato",
  '2018-04-20',
  [
    'Secretary of Defense Pat Smithers hosted Japanese Minister of Defense Ken Sato at the Pentagon today.',
    '',
    'This was their third meeting since Minister Sato assumed his responsibilities.',
    '',
    'They noted the growing role of the Japan Self-Defense Forces, including UNSCR enforcement.',
  ].join('\n'),
);
// Another official's readout, so the everyday words of the questions are the corpus's words.
const RABAT = readoutMd(
  "Readout of Secretary of the Army Dan Jones' Meeting With Moroccan Officials",
  '2019-04-10',
  [
    'Secretary of the Army Dan Jones met with Moroccan officials in Rabat, in North Africa, today.',
    '',
    'Army doctors described the equipment and capabilities they bring to exercises in the Baltic region.',
  ].join('\n'),
);

const engine = readoutsEngine(ARGENTINA, HANOI, MANAMA, TALLINN, LISBON, LONDON, RABAT, MAJURO, SEOUL_CALL, TOKYO);

headlineCases('issue 20, ninth round: readings', engine, [
  {
    question: 'what did smithers say the us would keep doing to help hanoi send army doctors on the un mission in africa?',
    headline: 'Smithers on US would keep doing to help Hanoi send Army doctors on the UN Mission in Africa: 1 readout (2018-01-25).',
    rule: 'region-members',
    why: 'the readout names South Sudan, not Africa: before, "No readout names … Africa … together"',
  },
  {
    question: 'did smithers and the estonians talk about the baltics?',
    headline: 'No. No readout names Smithers and Estonia and Baltics together.',
    why: 'a country the question names itself is not its region: Estonia is a Baltic state, and naming it says nothing of the Baltics',
  },
  {
    question: 'how many muskets did argentine rebels buy back in 1811, per smithers?',
    headline: '1,000 muskets — July 2, 2025.',
    rule: 'historical-year',
    why: 'a year before the searched years is history the readout tells: before, "Not searched: … 1811 is outside the years …"',
  },
  {
    question: 'which us hardware is argentina buying, per smithers meeting w/ ferro?',
    headline: 'Found in 1 readout (2025-07-02).',
    rule: 'meeting-words',
    why: 'the opening reports a statement first and says whom he hosted after it ("welcoming … Luis Ferro"): before, "No readout is of a meeting or call with Ferro"',
  },
  {
    question: 'did smithers and the lisbon defense chief say moscow has to start talking with kyiv?',
    headline: 'Yes — on March 31, 2014.',
    rule: 'capital-as-country',
    why: 'a capital after "with" is a government dealt with ("talking with kyiv" is the Ukrainian government), though the corpus writes Kyiv as a city',
  },
  {
    question: 'what did smithers tell the marshallese president about the partnership, per the pentagon story?',
    headline: 'Smithers on Marshall Islands President about the partnership, per the Pentagon: 1 readout (2022-09-27).',
    rule: 'source-reference',
    why: '"the pentagon story" is the readout itself, no word to find; "Marshallese" is the Marshall Islands, a name of two words the alias table lacks (lexical.ts addForms): before, "Nothing … mentions marshallese"',
  },
  {
    question: 'which seoul policy did smithers and suh min say lines up with the us indo-pacific strategy?',
    headline: 'ROK’s New Southern Policy — July 30, 2021.',
    rule: 'capital-as-country',
    why: 'no readout Smithers and Suh select names Seoul: the capital is its government, read as the city or the ROK (placeContext.ts capitalAsCountry)',
  },
  {
    question: 'did smithers meet the estonian minister in kyiv?',
    headline: "No. No readout names Smithers and Estonia's minister and Kyiv together.",
    why: "a capital after a place word is the city, never read as its country: the call with Estonia's minister was not in Kyiv",
  },
  {
    question: 'which sea did smithers and kabua want kept free of terrorists?',
    headline: 'Sulu Sea — September 27, 2022.',
    rule: 'fact-which-name',
    why: 'a place on a map is a named thing: "which sea" is answered by the name the sentence gives (questions.json nameNouns)',
  },
  {
    question: "at which nato summit did smithers say he'd see kabua next?",
    headline: 'NATO Summit in Wales — September 27, 2022.',
    rule: 'fact-which-name',
    why: 'a gathering is told apart by where it was: the place right after its name is part of the answer (stated.ts withPlace)',
  },
  {
    question: 'how many times had smithers and sato met by their april 2018 meeting?',
    headline: 'Third meeting — April 20, 2018.',
    rule: 'meetings-stated',
    why: 'the readout counts the meetings itself; counting readouts would say 1, and before, the words "by the time of" made it "0 — nothing … mentions …"',
  },
  {
    question: 'did smithers and sato mention UN enforcement?',
    headline: 'Yes — on April 20, 2018.',
    rule: 'acronym-family',
    why: 'the readout writes "UNSCR enforcement", a UN Security Council resolution: before, "No readout names Smithers and Sato and UN together"',
  },
]);

describe('issue 20, ninth round: a noun through its verb (derivation-sibling)', () => {
  it('GIVEN "the migration mess" and a named readout writing "the migrant crisis" THEN the sentence answers, read as migrant', () => {
    const a = asked(engine, 'did smithers and the vietnamese touch on the migration mess?');
    expect(a.first).toBe('Tunisia is looking for solutions to the migrant crisis.');
    expect(a.rules).toContain('derivation-sibling');
    expect(a.reading?.widened).toContainEqual({ word: 'migration', to: ['migrant'] });
  });
  it('GIVEN a readout that writes the noun itself THEN it is read as typed, no sibling', () => {
    const a = asked(engine, 'did smithers and the estonians discuss migration?');
    expect(a.first).toBe('They discussed migration across the eastern border.');
    expect(a.rules).not.toContain('derivation-sibling');
  });
});

describe('issue 20, ninth round: historical years (historical-year)', () => {
  it('GIVEN "back in 1811" THEN no date filter and no error: the year stays a word', () => {
    const parsed = parseDates('what did smithers say happened back in 1811?');
    expect(parsed.error).toBeUndefined();
    expect(parsed.range).toBeNull();
  });
  it('GIVEN a year past the searched ones THEN it is still refused as a mistake', () => {
    expect(parseDates('what happened in 2250?').error).toBe('in 2250: "2250" is outside the years readouts are searched in (1900–2199).');
  });
});

describe('issue 20, ninth round: a number stated nowhere (fact-not-stated)', () => {
  it('GIVEN "how many F-16s" where the readout names the F-16 and no number THEN nothing answers, and the sentence is only the closest', () => {
    const a = engine.answer({ command: 'ask', input: 'how many f-16s is argentina buying, per smithers?' });
    expect(a.headline).toBe('The readouts state no number for that; the closest is from July 2, 2025.');
    expect(a.none).toBe(true);
    expect(a.results).toEqual([]);
    expect(a.closest?.map((r) => r.text)).toContain('Argentina is buying F-16 fighter jets.');
  });
  it('GIVEN a number the sentence states THEN it answers as before', () => {
    const a = engine.answer({ command: 'ask', input: 'how many muskets did the rebels purchase, per smithers?' });
    expect(a.none).toBe(false);
    expect(a.headline).toBe('1,000 muskets — July 2, 2025.');
  });
});
