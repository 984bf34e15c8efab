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
  ].join('\n'),
);

const engine = readoutsEngine(CALL_2023, MEETING_2024, TOKYO, STORY);

headlineCases('issue 20, eleventh round: names asked with "which" and "what type of"', engine, [
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
