/**
 * Every rule of the answer engine, in one table: its id, why it exists in one
 * line, the module that applies it and the test that holds its reason. The
 * code that applies a rule calls `applied(id)` (src/answer/explain.ts), so an
 * answer can say which rules decided it (`--explain`); DESIGN.md's rule index
 * is generated from this table (`npm run docs:rules`) and test/rules.test.ts
 * checks that the two agree, that each module records its rule and that each
 * test names it.
 *
 * Rows are grouped by room (reading, ranking, answering, find), in the order a
 * question meets them. An id never changes once released: batch users and
 * saved `--explain` output refer to it.
 */
export interface RuleRow {
  /** kebab-case, unique. */
  readonly id: string;
  /** Why the rule exists, in one line: the question it gets right. */
  readonly reason: string;
  /** The module that applies it (records `applied(id)`), from the repository root. */
  readonly module: string;
  /** The test file whose case for it names the id. */
  readonly test: string;
}

const R = 'src/answer/reading/';
const A = 'src/answer/answering/';
const LEXICON_TEST = 'test/readingLexicon.test.ts';
const QUESTION_TEST = 'test/question.test.ts';
const READING_TEST = 'test/readingRules.test.ts';

export const RULES = [
  // ── Reading the question (src/answer/reading/) ──
  // Chat and the lexicon (issue 20).
  {
    id: 'chat-words',
    reason: 'greetings, fillers and texting ("hey bot can u", "w/") are how a team asks, never the topic',
    module: `${R}chat.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'chat-shouting',
    reason: 'a question typed in capitals is read in lower case: capitals mid-question mark names',
    module: `${R}chat.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'chat-preamble',
    reason: 'words that only say "tell me" before the question word ("find", "need to know") go',
    module: `${R}chat.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'chat-embedded',
    reason: '"what Hagel thanked Coleman for" is read as the question "what did Hagel thank Coleman for"',
    module: `${R}chat.ts`,
    test: LEXICON_TEST,
  },
  { id: 'one-pronoun', reason: '"the Djiboutian one" is no number 1, which would veto', module: `${R}question.ts`, test: LEXICON_TEST },
  {
    id: 'when-clause',
    reason: '"what did X condemn when he talked to Y" names the counterpart; the verb asked is "condemn"',
    module: `${R}question.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'unknown-word-name',
    reason: 'a word neither English nor chat is a name, and a name the corpus lacks means no answer',
    module: `${R}names.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'unknown-word-drop',
    reason: 'an English word no readout uses nor widens to is dropped, not a veto ("gasoline for civilians in Gaza")',
    module: `${R}veto.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'lexicon-widen',
    reason: 'a word the readouts never use is read as the WordNet words they do ("deal" → agreement)',
    module: `${R}concepts.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'lexicon-widen-fallback',
    reason: 'a word the named readouts never write takes close synonyms they do ("troops" → forces)',
    module: `${R}select.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'lexicon-demonym',
    reason: 'a demonym or country word selects its country\'s readouts ("Kiwis" → New Zealand)',
    module: `${R}concepts.ts`,
    test: LEXICON_TEST,
  },
  { id: 'us-pronoun', reason: '"did the Poles thank us" is not about the United States', module: `${R}lexical.ts`, test: LEXICON_TEST },
  {
    id: 'lexicon-nickname',
    reason: 'a given name is matched through nicknames ("jim mattis" = James N. Mattis)',
    module: `${R}lexical.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'lexicon-acronym',
    reason: 'acronyms the readouts never define are spelled out ("CENTCOM" → U.S. Central Command)',
    module: `${R}lexical.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'counterpart-office',
    reason: 'an office after a country ("the Egyptian foreign minister") must be the readout\'s counterpart',
    module: `${R}counterpart.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'counterpart-service',
    reason: 'a service and office after a country ("the Indian navy chief") must be the counterpart',
    module: `${R}counterpart.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'said-verb-bonus',
    reason: '"what did X and Y agree?" wants the sentence that says they agreed, not the opening',
    module: `${R}verbs.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'absent-topic',
    reason: 'a topic the named readouts never write leaves no answer: a nearby sentence is no answer',
    module: `${R}select.ts`,
    test: LEXICON_TEST,
  },
  // Issue 21: the rules of DESIGN.md's "Concepts and scoring" and "Intents" tables that reading applies.
  {
    id: 'intent-count',
    reason: '"how many readouts/times/meetings …", "how often" count readouts, not a number a sentence states',
    module: `${R}question.ts`,
    test: QUESTION_TEST,
  },
  {
    id: 'intent-quantity',
    reason: '"how many frigates", "what percentage" want the number a sentence states',
    module: `${R}question.ts`,
    test: QUESTION_TEST,
  },
  {
    id: 'intent-when',
    reason: '"when", "what date" want the date a sentence or its readout gives',
    module: `${R}question.ts`,
    test: QUESTION_TEST,
  },
  {
    id: 'intent-where',
    reason: '"where", "in which city" want the place a sentence names',
    module: `${R}question.ts`,
    test: QUESTION_TEST,
  },
  { id: 'intent-who', reason: '"who", "which officials" want the people a sentence names', module: `${R}question.ts`, test: QUESTION_TEST },
  {
    id: 'intent-said',
    reason: '"what did X say/thank/urge …" has a speaker and, with a focus verb, the verb the answer must say',
    module: `${R}question.ts`,
    test: QUESTION_TEST,
  },
  {
    id: 'intent-yesno',
    reason: 'a question starting did/was/is … is answered yes (with the sentence) or no',
    module: `${R}question.ts`,
    test: QUESTION_TEST,
  },
  {
    id: 'intent-topic',
    reason: 'anything else ("what about X", a bare phrase) wants the sentences on the topic',
    module: `${R}question.ts`,
    test: QUESTION_TEST,
  },
  {
    id: 'order-words',
    reason: '"first", "last", "latest" pick readouts by date and are not searched; "his first visit" is content',
    module: `${R}question.ts`,
    test: QUESTION_TEST,
  },
  {
    id: 'date-reference',
    reason: '"under Esper", "before the Guam meeting" are dates the corpus gives, looked up after the words are read',
    module: `${R}question.ts`,
    test: QUESTION_TEST,
  },
  {
    id: 'names-select',
    reason: 'the names of a question select the readouts that name them all: "what did Smith thank Berg for?"',
    module: `${R}select.ts`,
    test: READING_TEST,
  },
  {
    id: 'counterpart-with',
    reason: '"the call with South Korea" is not a call with Japan that mentions the ROK further down',
    module: `${R}select.ts`,
    test: READING_TEST,
  },
  {
    id: 'in-person',
    reason: '"when did they first meet in person?" is not the phone call that looks forward to meeting in person',
    module: `${R}select.ts`,
    test: READING_TEST,
  },
  {
    id: 'meeting-words',
    reason: '"call", "meet" and a number the title states ("the 2+2") are the readout\'s, credited by its title or opening',
    module: `${R}select.ts`,
    test: READING_TEST,
  },
  {
    id: 'person-one-topic',
    reason: '"jim mattis", "Secretary Mattis" and "James N. Mattis" are one person: the surname carries them',
    module: `${R}names.ts`,
    test: READING_TEST,
  },
  {
    id: 'unknown-key-veto',
    reason: 'an unknown name, number, counted thing or alias thing ("Spratly Islands") means no answer, not a nearby one',
    module: `${R}veto.ts`,
    test: READING_TEST,
  },
  {
    id: 'filler-weight',
    reason: 'an unknown filler word weighs little beside a rare name: "the story on Henoko" is about Henoko',
    module: `${R}veto.ts`,
    test: READING_TEST,
  },
  {
    id: 'focus-verb',
    reason: '"what did X thank Y for?" asks about the thanks: the verb\'s family is a concept the answer must hold',
    module: `${R}verbs.ts`,
    test: READING_TEST,
  },
  {
    id: 'date-as-content',
    reason: 'the words of a date filter rank too: "NATO\'s adaptation since 2014" for "since 2014"',
    module: `${R}dateWords.ts`,
    test: READING_TEST,
  },
  // (more reading rules above this line)

  // ── Ranking sentences (src/answer/ranking/) ──
  // (ranking rules above this line)

  // ── Answering (src/answer/answering/) ──
  // Issue 21: a question read again after a miss (src/answer/answering/reread.ts).
  {
    id: 'date-reference-as-words',
    reason: '"Mageshima after the Guam meeting" may name the topic, not a date: asked again without the filter',
    module: `${A}reread.ts`,
    test: READING_TEST,
  },
  {
    id: 'date-stated',
    reason: '"what happened on sept 2 2017?": a readout of the weeks after states "September 2"',
    module: `${A}reread.ts`,
    test: READING_TEST,
  },
  {
    id: 'date-as-words',
    reason: '"what was decided on July 7, 2016?": no readout is dated then, one states the date',
    module: `${A}reread.ts`,
    test: READING_TEST,
  },
  // Issue 20's headline rules.
  {
    id: 'surname-common-word',
    reason: 'a timeline of Bob Work is his readouts, not every "work together"',
    module: `${A}timeline.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'fact-duration',
    reason: '"how long has the alliance existed?" is answered with the span of years a sentence states',
    module: `${A}ask.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'fact-ordinal',
    reason: '"which round was it?" is answered with the ordinal before that noun ("third")',
    module: `${A}ask.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'fact-who-met',
    reason: '"who did X call?" is answered by the opening that names who was called',
    module: `${A}ask.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'said-not-opening',
    reason: 'what X said is further down than the opening that says who spoke with whom',
    module: `${A}ask.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'said-names-stated',
    reason: '"what did Carter thank Abadi for?" is the sentence that itself names Abadi',
    module: `${A}ask.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'fact-where-city',
    reason: '"at the Presidential Residence in Algiers": where wants the city as well',
    module: `${A}ask.ts`,
    test: LEXICON_TEST,
  },
  // (answering rules above this line)

  // ── Find in readouts (src/answer/find/) ──
  // (find rules above this line)
] as const satisfies readonly RuleRow[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, RuleRow>(RULES.map((rule) => [rule.id, rule]));

/** The table's row for an id. */
export function rule(id: RuleId): RuleRow {
  return BY_ID.get(id) as RuleRow;
}
