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
    module: `${R}concepts.ts`,
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
  // (more reading rules above this line)

  // ── Ranking sentences (src/answer/ranking/) ──
  // (ranking rules above this line)

  // ── Answering (src/answer/answering/) ──
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
