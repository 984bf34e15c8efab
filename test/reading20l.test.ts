/**
 * Issue 20, twelfth round: readings found on new team questions over new readouts, each with the reason it exists.
 * Invented readouts; the questions are our own, not the eval sets'.
 */
import { readoutMd } from './support/tmp.ts';
import { readoutsEngine } from './support/fixtures.ts';
import { describe, expect, it } from 'vitest';
import { asked, headlineCases } from './support/asked.ts';

// A visit to an island nation whose base the readout never names.
const ISLAND = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Visit to Port Moresby",
  '2023-07-27',
  [
    'Secretary of Defense Pat Smithers became the first U.S. defense secretary to visit the strategic Pacific island and meet with Prime Minister James Toka.',
    '',
    'The leaders discussed the next steps in the bilateral defense relationship.',
  ].join('\n'),
);

// A deputy secretary whose surname is a common word, and a meeting of someone else with the minister he did not meet.
const WORK = readoutMd(
  "Readout of Deputy Secretary of Defense Bob Work's Meeting With Danish Minister of Defense Lars Holm",
  '2016-03-03',
  [
    'Deputy Secretary of Defense Bob Work met with Danish Minister of Defense Lars Holm in Copenhagen.',
    '',
    'Work thanked Denmark for its work in the coalition.',
  ].join('\n'),
);
const SEOUL = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Republic of Korea Minister of National Defense Han Do",
  '2017-02-02',
  [
    'Secretary of Defense Pat Smithers met with Republic of Korea Minister of National Defense Han Do in Seoul.',
    '',
    'Both leaders stressed the importance of close cooperation in the face of North Korea’s threats.',
    '',
    'Smithers and Han talked about the plan for the next exercise.',
  ].join('\n'),
);

// A visit to Kabul whose pledge is written "commitment to support" — words a few hundred other sentences use too.
const KABUL = readoutMd(
  "Readout of Deputy Secretary of Defense Pat Smithers' Meeting With Afghan President Omar Zaki",
  '2013-05-13',
  [
    'Deputy Secretary of Defense Pat Smithers met with Afghan President Omar Zaki at the presidential palace in Kabul.',
    '',
    'Smithers met in the morning with State Department and U.S. military officials in Kabul.',
    '',
    'Smithers emphasized the continued U.S. commitment to support the Afghan forces into the future.',
  ].join('\n'),
);
// 220 sentences of other meetings that write "commitment" and "support": common words, which a widening of a word
// no readout of the question's names writes skips outside those readouts.
const MANY = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meetings With Allied Ministers",
  '2014-01-01',
  Array.from({ length: 220 }, (_, k) => `Minister ${k + 1} reaffirmed a commitment to support the alliance.`).join('\n\n'),
);

// Where the question's other words are written: the corpus knows them, Kabul's readout does not.
const HOMECOMING = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Polish Minister of National Defense Jan Nowak",
  '2014-02-02',
  [
    'Nowak said the troops would come back home, and both vow to meet again.',
    '',
    'They will work together on the plan, and their work goes on; the work of the staffs is done.',
  ].join('\n'),
);

const engine = readoutsEngine(ISLAND, WORK, SEOUL, KABUL, MANY, HOMECOMING);

headlineCases('issue 20, twelfth round: names and slips', engine, [
  {
    question: 'did smithers and toka discuss the lombrum naval base on the island?',
    headline: 'No. Nothing in 6 readouts mentions lombrum.',
    rule: 'coined-name-veto',
    why: 'a word typed in lower case that no dictionary holds is a name, even beside a rare topic word ("island"): before, "Yes" from the sentence on the visit to the island',
  },
  {
    question: 'did smithers tlak with han?',
    headline: 'Yes — on February 2, 2017.',
    rule: 'short-word-swap',
    why: 'a four-letter word with two letters swapped is the English word it spells back ("tlak" → talk): before, "No. Nothing in 6 readouts mentions tlak."',
  },
  {
    question: 'did work meet han in seoul?',
    headline: 'No. No readout names work and Han and Seoul together.',
    rule: 'subject-surname',
    why: 'the word between "did" and a meeting verb is who met, the person the corpus writes as Work: before, "Yes" from the sentence on close cooperation in Smithers\' meeting',
  },
]);

describe('issue 20, twelfth round: what the named readouts write', () => {
  it('GIVEN "vow" and "backing", words Kabul\'s readout lacks, THEN read as the common words it writes (lexicon-widen-fallback) — before, both were skipped as too common in the corpus and dropped', () => {
    const { first, reading, rules } = asked(
      engine,
      'after sitting down with zaki, did smithers vow that american backing for the afghan troops would keep going?',
    );
    expect(first).toBe('Smithers emphasized the continued U.S. commitment to support the Afghan forces into the future.');
    expect(reading?.widened).toContainEqual({ word: 'vow', to: ['commit'] });
    expect(reading?.widened).toContainEqual({ word: 'backing', to: ['commitment', 'support'] });
    expect(reading?.dropped).not.toContain('vow');
    expect(rules).toContain('lexicon-widen-fallback');
  });
});
