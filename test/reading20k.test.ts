/**
 * Issue 20, eleventh round: readings found on new team questions over new readouts, each with the reason it exists.
 * Invented readouts; the questions are our own, not the eval sets'.
 */
import { readoutMd } from './support/tmp.ts';
import { readoutsEngine } from './support/fixtures.ts';
import { firstSentenceCases, headlineCases } from './support/asked.ts';

// A call in 2023 and a meeting in 2024 with the same minister: only a date tells them apart.
const CALL_2023 = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Vietnamese Minister of National Defense Tran Binh",
  '2023-03-02',
  [
    'Secretary of Defense Pat Smithers spoke by phone today with Vietnamese Minister of National Defense Tran Binh.',
    '',
    'The leaders discussed maritime security and the search for service members missing from past wars.',
  ].join('\n'),
);
const MEETING_2024 = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Vietnamese Minister of National Defense Tran Binh",
  '2024-09-09',
  [
    'Secretary of Defense Pat Smithers hosted Vietnamese Minister of National Defense Tran Binh at the Pentagon today.',
    '',
    'Smithers pledged that the United States will help Vietnam in its search for its fallen service members.',
    '',
    'Smithers noted that Vietnam hosted the Pacific Angel exercise in 2018.',
  ].join('\n'),
);

// A meeting whose sentences name a ship by its fleet's number and a radar by a hyphened number.
const TOKYO = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Japanese Minister of Defense Ken Oda",
  '2013-04-29',
  [
    'Secretary of Defense Pat Smithers met with Japanese Minister of Defense Ken Oda in Tokyo today.',
    '',
    'Smithers announced plans to deploy a second TPY-2 radar to Japan.',
    '',
    'The leaders welcomed a port visit by the 7th Fleet flagship USS Blue Ridge to Yokosuka in July.',
  ].join('\n'),
);

// A news story with a subheading between its paragraphs.
const STORY = readoutMd(
  'Smithers, Estonian Minister Hold Alliance Talks',
  '2015-04-08',
  [
    'Defense Secretary Pat Smithers met today in Tallinn with Estonian Defense Minister Jaak Tamm.',
    '',
    'Alliance Talks: From Space to Cyber Space',
    '',
    'The leaders talked about defense cooperation guidelines, space, cyber defense and equipment cooperation.',
    '',
    'Tamm said Estonia watches the High North for the alliance.',
  ].join('\n'),
);

// A meeting whose sentences name a numbered task force, a fiscal year, a president known by his initials and a
// building by whose it is.
const PENTAGON = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Egyptian President Omar Said",
  '2022-12-14',
  [
    'Secretary of Defense Pat Smithers hosted Egyptian President Omar Said at the Pentagon today.',
    '',
    'Smithers thanked the president for Egypt assuming command of Combined Task Force 153.',
    '',
    'The United States provided $70 million in fiscal year 2012 funds for the Shield system, Smithers said.',
    '',
    'Smithers recalled that President Franklin D. Roosevelt met King Abdul Aziz aboard the cruiser USS Quincy.',
    '',
    'Militants fired 1,500 rockets at the Shield system sites, Smithers said.',
    '',
    'The Shield system intercepted more than 400 rockets bound for Egyptian cities, Smithers said.',
  ].join('\n'),
);
const RESIDENCE = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With King Hamid of Jordan",
  '2018-06-22',
  'Secretary of Defense Pat Smithers met with King Hamid of Jordan at the Jordanian ambassador’s residence to reaffirm the partnership.',
);

const DELHI_CALL = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Indian Minister of Defence Manoj Rao",
  '2017-02-08',
  [
    'Secretary of Defense Pat Smithers spoke by phone today with Indian Minister of Defence Manoj Rao.',
    '',
    "Smithers highlighted India's role in advancing global peace and security.",
  ].join('\n'),
);

// A news story whose place of meeting is in the sentence after the opening, with a derived word and a press conference.
const HAMA_STORY = readoutMd(
  'U.S.-Japan Defense Leaders Look to Strengthen Order',
  '2022-09-14',
  [
    'Secretary of Defense Pat Smithers told Japanese Defense Minister Taro Hama that the alliance is the cornerstone of security in the region.',
    '',
    'The two men met and held meetings in the Pentagon today.',
    '',
    "Smithers condemned China's coercive actions in the Taiwan Strait.",
    '',
    'At a press conference after the meeting, Smithers called Japan a good friend.',
  ].join('\n'),
);

// A readout whose words hold HIMARS's expansion only scattered, and a rocket system that is not one.
const RIGA = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Latvian Minister of Defense Ina Ozola",
  '2023-04-13',
  [
    'Secretary of Defense Pat Smithers met with Latvian Minister of Defense Ina Ozola at the Pentagon today.',
    '',
    'Smithers commended Latvia for finalizing procurements of missiles and multiple launch rocket systems.',
    '',
    'They discussed the high cost of artillery and the mobility of forces in the Baltic region.',
    '',
    'Ozola stressed respect for the U.N Convention on the Law of the Sea.',
  ].join('\n'),
);

// A story whose opening names the meeting by its number in words, and whose later sentence states an agreement.
const TWO_PLUS_TWO = readoutMd(
  'U.S.-Indian Talks Demonstrate Shared Commitment',
  '2018-09-06',
  [
    'The Sept. 6 “two-plus-two” dialogue in New Delhi between Secretary Pat Smithers and Minister Manoj Rao was the first of its kind.',
    '',
    'Both sides welcomed the signing of the Communications Compatibility and Security Agreement.',
  ].join('\n'),
);

// Calls on both Koreas: which one a question names decides the answer.
const KOREAS = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Republic of Korea Minister of National Defense Lee Jun",
  '2019-08-05',
  [
    'Secretary of Defense Pat Smithers spoke by phone today with Republic of Korea Minister of National Defense Lee Jun.',
    '',
    'Smithers praised South Korea for its contributions to regional security.',
    '',
    'Smithers condemned North Korea for its recent missile launches.',
  ].join('\n'),
);

const engine = readoutsEngine(
  CALL_2023,
  MEETING_2024,
  TOKYO,
  STORY,
  PENTAGON,
  RESIDENCE,
  DELHI_CALL,
  HAMA_STORY,
  RIGA,
  TWO_PLUS_TWO,
  KOREAS,
);

headlineCases('issue 20, eleventh round: a phrase before the question', engine, [
  {
    question: 'did smithers and ozola talk about UNCLOS?',
    headline: 'Yes — on April 13, 2023.',
    rule: 'lexicon-acronym',
    why: 'most of the expansion in order in one sentence is enough ("U.N Convention on the Law of the Sea" for "United Nations Convention …"): the guard that keeps HIMARS a name must not lose this',
  },
  {
    question: 'did smithers and ozola talk about latvia buying himars launchers?',
    headline: 'No. Nothing in 11 readouts mentions himars.',
    ruleAbsent: 'lexicon-acronym',
    why: 'an acronym is read as its expansion only where a sentence writes most of it in order: read from scattered words (high … artillery … rocket system), before it answered "Possibly" with the sentence on multiple launch rocket systems (u45-40, a "none" item, was answered "Yes" so)',
  },
  {
    question: 'in tallinn in april 2015, did smithers and tamm talk about space and cyber defense?',
    headline: 'Yes — on April 8, 2015.',
    rule: 'leading-phrase',
    why: 'what chat-context-clause keeps of a clause set off by a comma ("tallinn ,") is read after the question: before, "Found in 1 readout in april 2015 (2015-04-08)." (the name before the comma hid the question word)',
  },
  {
    question: "which exercise did vietnam host in 2018, per smithers' sept 2024 meeting with binh?",
    headline: 'Pacific Angel exercise — September 9, 2024.',
    rule: 'year-before-meeting',
    why: 'the date before the meeting\'s noun is the filter, read before "in 2018", which is what the readout states: before, "Nothing in 1 readout in 2018 mentions 2024."',
  },
  {
    question: 'in which years did smithers and binh speak?',
    headline: 'On March 2, 2023.',
    rule: 'intent-when',
    why: '"in which years" asks when, as "in which year" does: before, "No readout naming Smithers and Binh mentions years."',
  },
  {
    question: "did smithers play up new delhi's part in global peace?",
    headline: 'Yes — on February 8, 2017.',
    rule: 'capital-as-country',
    why: 'New Delhi is typed after an English "new" read as a word: its capital is "Delhi" in country-overrides.json; before, "No. Nothing in 7 readouts mentions delhi."',
  },
  {
    question: 'in the pentagon talks did smithers pledge to help vietnam search for its fallen?',
    headline: 'Yes — on September 9, 2024.',
    rule: 'leading-phrase',
    why: 'a phrase of place before the question word says which meeting, and the question is still a yes/no one: before, "Found in 1 readout (2024-09-09)."',
  },
  {
    question: 'at the pentagon in sept 2024, did smithers pledge to help vietnam search for its fallen?',
    headline: 'Yes — on September 9, 2024.',
    rule: 'chat-context-clause',
    why: 'a clause set off before the question keeps its date (rule chat-context-clause took "in sept" as filler): before, "Nothing in 3 readouts mentions 2024."',
  },
]);

headlineCases('issue 20, eleventh round: names asked with "which" and "what type of"', engine, [
  {
    question: 'which agreement was signed at the 2+2 in delhi?',
    headline: 'Communications Compatibility and Security Agreement — September 6, 2018.',
    rule: 'meeting-words',
    why: 'a number the opening writes right before a meeting\'s noun ("two-plus-two dialogue") names the meeting, so the answering sentence need not repeat it: before, "No sentence of the readouts naming Delhi says that."',
  },
  {
    question: 'which task force did smithers thank egypt for taking over?',
    headline: 'Combined Task Force 153 — December 14, 2022.',
    rule: 'fact-which-name',
    why: 'a number of up to three digits ends a unit\'s name: before, "Combined Task Force"',
  },
  {
    question: 'which ship did smithers bring up when he talked about fdr?',
    headline: 'USS Quincy — December 14, 2022.',
    rule: 'lexicon-acronym',
    why: 'a president known by his initials is in the acronym table (FDR → Franklin D. Roosevelt): before, "Nothing in 6 readouts mentions fdr."',
  },
  {
    question: 'where did smithers meet king hamid?',
    headline: 'the Jordanian ambassador’s residence — June 22, 2018.',
    rule: 'where-place',
    why: 'a building named by whose it is ends the place: before, "the Jordanian"',
  },
  {
    question: 'did the us fund the shield system in fy2012?',
    headline: 'Yes — on December 14, 2022.',
    rule: 'acronym-glued-number',
    why: 'an acronym typed against a number is the acronym and the number (FY 2012, fiscal year 2012): before, "Nothing in 6 readouts mentions fy2012."',
  },
  {
    question: 'how many rockets did smithers say the shield system had knocked down?',
    headline: 'more than 400 rockets — December 14, 2022.',
    rule: 'lexicon-idiom',
    why: '"knock down" is phrases.json\'s intercept: before, "1,500 rockets" (those fired, not those intercepted)',
  },
  {
    question: 'how much extra cash did the us put into the shield system in fy2012?',
    headline: '$70 million — December 14, 2022.',
    rule: 'quantity-money',
    why: 'the money noun ("cash") is taken out of what is searched, and the question still asks an amount: before, "$70 million in fiscal"',
  },
  {
    question: 'which 7th fleet flagship visited yokosuka, per smithers and oda?',
    headline: 'USS Blue Ridge — April 29, 2013.',
    rule: 'fact-which-name',
    why: 'a number may stand among the words before the noun ("7th"), and a flagship is named like a ship: before, "Found in 1 readout (2013-04-29)."',
  },
  {
    question: 'what type of radar did smithers say would go to japan?',
    headline: 'second TPY-2 — April 29, 2013.',
    rule: 'fact-which-name',
    why: 'a number joined by a hyphen is part of the name (the ordinal before it is the sentence\'s): before, "second TPY-"',
  },
]);

firstSentenceCases('issue 20, eleventh round: the sentence that answers', engine, [
  {
    question: 'north korea, what did smithers say?',
    first: 'Smithers condemned North Korea for its recent missile launches.',
    rule: 'names-select',
    why: 'a word of a place\'s name in a clause set off before the question stays with it: "north" was dropped as filler, "korea" read as South Korea, and "Smithers praised South Korea …" came first',
  },
  {
    question: 'did smithers and tamm talk about the far north?',
    first: 'Tamm said Estonia watches the High North for the alliance.',
    rule: 'lexicon-idiom',
    why: '"far north" is phrases.json\'s high north or arctic, as readouts write it: before, no answer ("far" was dropped and "north" alone matched nothing said)',
  },
  {
    question: 'what did smithers say about coercion?',
    first: "Smithers condemned China's coercive actions in the Taiwan Strait.",
    rule: 'derivation-sibling',
    why: 'a word no readout writes is read as the word its verb derives in turn (coercion → coerce → coercive): before, "Nothing in 8 readouts mentions coercion."',
  },
  {
    question: 'did smithers call the alliance a cornerstone when hama came to the pentagon?',
    first:
      'Secretary of Defense Pat Smithers told Japanese Defense Minister Taro Hama that the alliance is the cornerstone of security in the region.',
    rule: 'names-select',
    why: 'the sentence after the opening says where they met ("met … in the Pentagon today"), so it was a visit there: before, "No. No readout is of a visit to Pentagon."',
  },
  {
    question: 'what did smithers call japan at his press conference?',
    first: 'At a press conference after the meeting, Smithers called Japan a good friend.',
    rule: 'names-select',
    why: '"press" before "conference" is no verb of urging: before, "Nothing in 8 readouts says what Smithers call Japan at his urged conference."',
  },
  {
    question: "will the us help vietnam look for its fallen, per smithers' 2024 meeting with binh?",
    first: 'Smithers pledged that the United States will help Vietnam in its search for its fallen service members.',
    rule: 'year-before-meeting',
    why: 'a year typed before the meeting\'s own noun is when it was: before, "No readout naming Smithers and Binh mentions 2024"',
  },
  {
    question: 'did smithers and tamm get into space and cyber stuff?',
    first: 'The leaders talked about defense cooperation guidelines, space, cyber defense and equipment cooperation.',
    rule: 'subheading-not-sentence',
    why: 'a story\'s subheading is an editor\'s label, not a statement: before, "Alliance Talks: From Space to Cyber Space" came first',
  },
  {
    question: 'what did smithers and binh discuss on their 2023 call?',
    first: 'The leaders discussed maritime security and the search for service members missing from past wars.',
    rule: 'year-before-meeting',
    why: 'the same for a call: before, "No readout naming Smithers and Binh mentions 2023"',
  },
]);
