/**
 * Issue 20, eighth round: readings found on new team questions over new readouts, each with the reason it exists.
 * Invented readouts; the questions are our own, not the eval sets'.
 */
import { describe, expect, it } from 'vitest';
import { explained } from '../src/answer/explain.ts';
import { readoutMd } from './support/tmp.ts';
import { readoutsEngine } from './support/fixtures.ts';

// A news story of a trip: the second meeting is named three paragraphs down.
const AMMAN = readoutMd(
  'Smithers Reaffirms Ties With Jordanian Leaders',
  '2015-07-22',
  [
    'WASHINGTON, July 22, 2015 – Defense Secretary Pat Smithers met in Jordan on Wednesday with Gen. Omar Haddad, chairman of the Joint Chiefs of Staff of the Jordanian armed forces, a spokesman said.',
    '',
    '“Secretary Smithers reaffirmed the closeness of the U.S.-Jordan strategic relationship,” the spokesman said.',
    '',
    'In addition, Smithers met in Jiddah, Saudi Arabia, Wednesday with King Faisal and Crown Prince Nayef, the spokesman said.',
    '',
    'The King and the Secretary discussed countering Iranian destabilizing activities in the region.',
  ].join('\n'),
);
// A call with someone else that only plans a meeting with the king.
const RIYADH_CALL = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Qatari Minister of Defense Khalid Al-Attiyah",
  '2015-06-02',
  [
    'Secretary of Defense Pat Smithers spoke by phone today with Qatari Minister of Defense Khalid Al-Attiyah.',
    '',
    'The Secretary said he looks forward to meeting with King Faisal in Riyadh next month.',
  ].join('\n'),
);
const NEW_DELHI = readoutMd(
  'Smithers, Indian Leaders Discuss Deepening Cooperation',
  '2014-08-08',
  [
    'WASHINGTON, Aug. 8, 2014 – Defense Secretary Pat Smithers met in New Delhi today with top leaders in India’s new government.',
    '',
    'In statements summarizing Smithers’ meetings with Prime Minister Raj Verma and External Affairs Minister Sita Rao, the press secretary said they discussed defense cooperation.',
    '',
    'Smithers’ meeting with Rao was the first conversation between the two leaders, the press secretary noted.',
  ].join('\n'),
);
const BRUSSELS = readoutMd(
  "Readout of Acting Secretary of Defense Pat Smithers' Meeting With Afghan Acting Minister of Defense Asad Karimi",
  '2019-06-27',
  [
    'Acting Secretary of Defense Pat Smithers met with Afghan Acting Minister of Defense Asad Karimi on the margins of the NATO Defense Ministerial.',
    '',
    'Secretary Smithers commended Minister Karimi for the increased effectiveness of the Afghan National Defense and Security Forces.',
  ].join('\n'),
);
const KABUL = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Afghan President Hamid Noori",
  '2018-03-13',
  [
    'Secretary of Defense Pat Smithers met with Afghan President Hamid Noori and Foreign Minister Salahuddin Jalali in Kabul today.',
    '',
    'They discussed the peace process.',
  ].join('\n'),
);
const engine = readoutsEngine(AMMAN, RIYADH_CALL, NEW_DELHI, BRUSSELS, KABUL);

function ask(input: string) {
  const { value, rules } = explained(() => engine.answer({ command: 'ask', input }));
  const texts = value.results.map((r) => r.text);
  return { headline: value.headline, first: texts[0] ?? '', texts, docs: value.results.map((r) => r.date), rules, reading: value.reading };
}

describe('meeting-sentence-head: a later sentence that says whom the secretary met', () => {
  it('GIVEN "sit down with king faisal" and a story naming that meeting in its third paragraph THEN the meeting is found, with its city', () => {
    // The counterpart test read only the title and opening, and answered "No readout is of a meeting or call with Faisal".
    const { headline, first, rules } = ask('in what saudi city did smithers sit down with king faisal?');
    expect(headline).toBe('Jiddah — July 22, 2015.');
    expect(first).toBe(
      'In addition, Smithers met in Jiddah, Saudi Arabia, Wednesday with King Faisal and Crown Prince Nayef, the spokesman said.',
    );
    expect(rules).toContain('counterpart-with');
  });

  it('GIVEN a call that only looks forward to meeting the king THEN it is no meeting with him', () => {
    const { docs } = ask('when did smithers meet with king faisal?');
    expect(docs).not.toContain('2015-06-02');
    expect(docs[0]).toBe('2015-07-22');
  });

  it('GIVEN "india\'s foreign minister" and a story naming the External Affairs Minister in its second sentence THEN that readout answers', () => {
    // India writes its foreign minister as "External Affairs Minister" (offices.json chat), named below the opening.
    // It had answered "No readout names Smithers and India's foreign minister together".
    const { docs, texts, rules } = ask("was smithers's sit-down with india's foreign minister the first time those two had ever spoken?");
    expect(new Set(docs)).toEqual(new Set(['2014-08-08']));
    // Read as the first meeting of the two (an order question), its sentence naming the meeting comes first.
    expect(texts[0]).toMatch(/^In statements summarizing Smithers’ meetings with .* External Affairs Minister Sita Rao/);
    expect(rules).toContain('office-chat');
  });
});

describe('names-or: names typed as alternatives ask which one', () => {
  it('GIVEN "was it at some nato thing or in kabul??" THEN the readout naming NATO answers, and Kabul is the guess dropped', () => {
    // Every name was required, and "No readout names Smithers and Karimi and NATO and Kabul together" came back.
    const { first, rules, reading } = ask('btw bot where did smithers meet asad karimi, was it at some nato thing or in kabul??');
    expect(first).toBe(
      'Acting Secretary of Defense Pat Smithers met with Afghan Acting Minister of Defense Asad Karimi on the margins of the NATO Defense Ministerial.',
    );
    expect(rules).toContain('names-or');
    expect(reading?.dropped).toContain('kabul');
  });

  it('GIVEN the same names joined by "and" THEN each is required and nothing answers', () => {
    const { headline, rules } = ask('did smithers and karimi talk about nato and riyadh?');
    expect(headline).toMatch(/^No\. /);
    expect(rules).not.toContain('names-or');
  });
});
