/**
 * The rule table's rows for Reading the question (src/answer/reading/): see src/answer/rules.ts. Add a row
 * here when a rule of this room is added, with an `applied()` call where it
 * takes effect and a test that names the id.
 */
import type { RuleRow } from '../rules.ts';
import { ROOM, TEST } from './places.ts';
import { READING_LEXICON_RULES } from './readingLexicon.ts';
import { READING_NAME_RULES } from './readingNames.ts';

export const READING_RULES = [
  ...READING_LEXICON_RULES,
  ...READING_NAME_RULES,
  // Issue 21: the rules of DESIGN.md's "Concepts and scoring" and "Intents" tables that reading applies.
  {
    id: 'intent-count',
    reason: '"how many readouts/times/meetings …", "how often" count readouts, not a number a sentence states',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'intent-quantity',
    reason: '"how many frigates", "what percentage" want the number a sentence states',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'intent-when',
    reason: '"when", "what date" want the date a sentence or its readout gives',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'intent-where',
    reason: '"where", "in which city" want the place a sentence names',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'intent-who',
    reason: '"who", "which officials" want the people a sentence names',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'intent-said',
    reason: '"what did X say/thank/urge …" has a speaker and, with a focus verb, the verb the answer must say',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'intent-yesno',
    reason: 'a question starting did/was/is … is answered yes (with the sentence) or no',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'intent-topic',
    reason: 'anything else ("what about X", a bare phrase) wants the sentences on the topic',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'order-words',
    reason:
      '"first", "last", "latest" pick readouts by date and are not searched; "his first visit" is content, and so are they in "how long/many/much …?" ("how long does the deal last?")',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'date-reference',
    reason: '"under Esper", "before the Guam meeting" are dates the corpus gives, looked up after the words are read',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'names-select',
    reason: 'the names of a question select the readouts that name them all: "what did Smith thank Berg for?"',
    module: `${ROOM.reading}select.ts`,
    test: TEST.reading,
  },
  {
    id: 'visit-place',
    reason:
      '"did the deputy secretary visit djibouti?": a place after "visit" is where the meeting was, not a country whose minister came to the Pentagon; a story\'s dateline ("BRASILIA, Brazil, April 24, 2012 –") and a place that is no country named in the head ("during Pentagon meetings") say where it was',
    module: `${ROOM.reading}select.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'own-office',
    reason:
      '"did SecDef talk about X with mexico?": a readout titled "Readout of Secretary Mattis\' Call" is by that office though no sentence spells it out',
    module: `${ROOM.reading}select.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'counterpart-with',
    reason: '"the call with South Korea" is not a call with Japan that mentions the ROK further down',
    module: `${ROOM.reading}select.ts`,
    test: TEST.reading,
  },
  {
    id: 'in-person',
    reason: '"when did they first meet in person?" is not the phone call that looks forward to meeting in person',
    module: `${ROOM.reading}select.ts`,
    test: TEST.reading,
  },
  {
    id: 'name-kind-not-topic',
    reason:
      'the noun of a "which/what <noun>" question is the kind of name asked ("what law …?" → "the Global Fragility Act"): where the named readouts never write it, it adds where a sentence has it and vetoes nothing',
    module: `${ROOM.reading}answerKind.ts`,
    test: TEST.round20j,
  },
  {
    id: 'meeting-words',
    reason:
      '"call", "meet" and a number the title states ("the 2+2"), or the opening writes before a meeting\'s noun ("two-plus-two dialogue"), are the readout\'s, credited by its title or opening',
    module: `${ROOM.reading}meetingWords.ts`,
    test: TEST.reading,
  },
  {
    id: 'person-one-topic',
    reason: '"jim mattis", "Secretary Mattis" and "James N. Mattis" are one person: the surname carries them',
    module: `${ROOM.reading}names.ts`,
    test: TEST.reading,
  },
  {
    id: 'unknown-key-veto',
    reason:
      'an unknown name, number (an ordinal too: "the 100th birthday"), counted thing or alias thing ("Spratly Islands") means no answer, not a nearby one',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.reading,
  },
  {
    id: 'filler-weight',
    reason: 'an unknown filler word weighs little beside a rare name: "the story on Henoko" is about Henoko',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.reading,
  },
  {
    id: 'focus-verb',
    reason: '"what did X thank Y for?" asks about the thanks: the verb\'s family is a concept the answer must hold',
    module: `${ROOM.reading}verbs.ts`,
    test: TEST.reading,
  },
  {
    id: 'date-as-content',
    reason: 'the words of a date filter rank too: "NATO\'s adaptation since 2014" for "since 2014"',
    module: `${ROOM.reading}dateWords.ts`,
    test: TEST.reading,
  },
  {
    id: 'date-of-meeting',
    reason: '"who did Mattis call in February 2017?": the date is when the call was, not a word the cited sentence must state',
    module: `${ROOM.reading}dateWords.ts`,
    test: TEST.reading,
  },
  {
    id: 'chat-ask-whether',
    reason:
      'an opener ending in "if" or "whether" ("can u check if …", "do you know whether …") leaves a statement: it asks whether it happened, a yes/no question, not a topic',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.round20l,
  },
] as const satisfies readonly RuleRow[];
