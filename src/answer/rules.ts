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
const K = 'src/answer/ranking/';
const F = 'src/answer/find/';
const RULES_TEST = 'test/answerRules.test.ts';
const FIND_TEST = 'test/find.test.ts';
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
  {
    id: 'rank-coverage',
    reason: 'a sentence that answers the whole question beats one that repeats one word: coverage² × (0.5 + BM25 / best BM25)',
    module: `${K}rank.ts`,
    test: RULES_TEST,
  },
  {
    id: 'title-half-credit',
    reason: 'a content word only the readout\'s title names ("the Secretary" of "Secretary Mattis\' Call") counts half',
    module: `${K}rank.ts`,
    test: RULES_TEST,
  },
  {
    id: 'required-in-sentence',
    reason: 'a focus verb, a counted thing or a number must be in the sentence, not only somewhere in its readout',
    module: `${K}rank.ts`,
    test: RULES_TEST,
  },
  {
    id: 'answers-refer-back',
    reason: '"Hicks welcomed the announcement" answers with what the sentence before says: its words count half',
    module: `${K}rank.ts`,
    test: RULES_TEST,
  },
  {
    id: 'focus-verb-coverage',
    reason: '"what did Mattis and Payne discuss?" orders by coverage alone: repeating the names must not beat "discussed"',
    module: `${K}rank.ts`,
    test: RULES_TEST,
  },
  {
    id: 'min-coverage',
    reason: 'a sentence covering under half of the question, or well under the best one, is no answer',
    module: `${K}rank.ts`,
    test: RULES_TEST,
  },
  {
    id: 'focus-in-sentence',
    reason: 'names select readouts; half of the rest must be stated by the sentence itself ("the NATO 2030 initiative" is no 2030 summit)',
    module: `${K}rank.ts`,
    test: RULES_TEST,
  },
  {
    id: 'group-near-duplicates',
    reason: 'the same sentence in two readouts ("Secretary Esper" / "The Secretary") is one result listing both',
    module: `${K}group.ts`,
    test: RULES_TEST,
  },
  {
    id: 'mention-together',
    reason: 'a topic of several words is mentioned only where they stand together, in any order ("Nobuo Kishi" = "Kishi Nobuo")',
    module: `${K}mentions.ts`,
    test: RULES_TEST,
  },
  {
    id: 'timeline-scope-list',
    reason: '"…, to include the South China Sea." names the topic as the end of a scope: the readout\'s next mention is cited',
    module: `${K}timelinePick.ts`,
    test: 'test/timelinePick.test.ts',
  },
  {
    id: 'timeline-counterpart-nationality',
    reason: '"spoke with Japanese Minister … to discuss North Korea\'s launch" is not about Japan: the next mention is cited',
    module: `${K}timelinePick.ts`,
    test: 'test/timelinePick.test.ts',
  },
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
    module: `${A}headlines.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'fact-ordinal',
    reason: '"which round was it?" is answered with the ordinal before that noun ("third")',
    module: `${A}headlines.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'fact-who-met',
    reason: '"who did X call?" is answered by the opening that names who was called',
    module: `${A}prefer.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'said-not-opening',
    reason: 'what X said is further down than the opening that says who spoke with whom',
    module: `${A}prefer.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'said-names-stated',
    reason: '"what did Carter thank Abadi for?" is the sentence that itself names Abadi',
    module: `${A}prefer.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'fact-where-city',
    reason: '"at the Presidential Residence in Algiers": where wants the city as well',
    module: `${A}headlines.ts`,
    test: LEXICON_TEST,
  },
  {
    id: 'count-readouts',
    reason: '"how many times did X meet Y" counts the readouts that mention it, names anywhere in them, other words together',
    module: `${A}count.ts`,
    test: RULES_TEST,
  },
  {
    id: 'count-verbs-no-topic',
    reason: 'the verbs of a count ("met", "talk to") say what is counted; they are no topic a sentence must hold',
    module: `${A}count.ts`,
    test: RULES_TEST,
  },
  {
    id: 'quantity-number',
    reason: '"how many frigates?" prefers (×1.5) and states the number phrase up to the counted thing ("three Marines")',
    module: `${A}prefer.ts`,
    test: RULES_TEST,
  },
  {
    id: 'quantity-people',
    reason: '"how many officials did X meet?" prefers (×1.5) and counts the people named besides those asked about',
    module: `${A}prefer.ts`,
    test: RULES_TEST,
  },
  {
    id: 'when-date',
    reason: '"when …?" prefers a stated date (×1.5), else the opening (×1.25), and heads the answer with that date',
    module: `${A}prefer.ts`,
    test: RULES_TEST,
  },
  {
    id: 'where-place',
    reason: '"where …?" prefers (×1.25) and names the place a sentence gives',
    module: `${A}prefer.ts`,
    test: RULES_TEST,
  },
  {
    id: 'who-named',
    reason: '"who …?" prefers (×1.25) and names the people a sentence names besides those asked about',
    module: `${A}prefer.ts`,
    test: RULES_TEST,
  },
  {
    id: 'members-spelled-out',
    reason: '"which countries are in AUKUS?" prefers the sentence spelling the acronym out (×1.5) or naming several (×1.25)',
    module: `${A}prefer.ts`,
    test: RULES_TEST,
  },
  {
    id: 'focus-verb-not-opening',
    reason: '"what did they discuss?": the opening says they met to discuss; the answer is further down (×0.7)',
    module: `${A}prefer.ts`,
    test: RULES_TEST,
  },
  {
    id: 'said-heading',
    reason: '"what did Austin thank Kishi for?" heads the answer with the question: "What Austin thanked Kishi for: …"',
    module: `${A}headlines.ts`,
    test: RULES_TEST,
  },
  {
    id: 'yesno-answer',
    reason: '"did X …?" is answered "Yes — on DATE" with the sentence, or "No." with what is missing',
    module: `${A}headlines.ts`,
    test: RULES_TEST,
  },
  {
    id: 'topic-newest',
    reason: '"what about X?": the sentences covering X fully, newest first, then the partial ones',
    module: `${A}prefer.ts`,
    test: RULES_TEST,
  },
  {
    id: 'topic-as-typed',
    reason: 'a name typed in another of its forms ("D-ISIS" for ISIS): the sentences writing it so come first',
    module: `${A}prefer.ts`,
    test: RULES_TEST,
  },
  {
    id: 'order-words',
    reason: '"first", "latest", "the most recent readout" pick readouts by date, not by words',
    module: `${A}order.ts`,
    test: RULES_TEST,
  },
  {
    id: 'partial-match',
    reason: 'an answer covering under 0.6 of the question or of its focus says "Partial match" (a yes/no "Possibly")',
    module: `${A}headlines.ts`,
    test: RULES_TEST,
  },
  {
    id: 'typo-shown',
    reason: 'a word read as another ("phillipines") is said in the headline: "Showing results for Philippines."',
    module: `${A}corrected.ts`,
    test: RULES_TEST,
  },
  {
    id: 'did-you-mean',
    reason: 'a miss offers close terms that exist ("Ukrane" → Ukraine): never a dead end',
    module: `${A}suggest.ts`,
    test: RULES_TEST,
  },
  {
    id: 'timeline-body-word',
    reason: '"2+2 Ministerial Meeting" finds the "2+2 Ministerial Dialogue": a body\'s generic last word is optional',
    module: `${A}timeline.ts`,
    test: RULES_TEST,
  },
  {
    id: 'quote-closest',
    reason: 'a phrase no sentence holds offers the closest sentences, marked as not exact',
    module: `${A}quote.ts`,
    test: RULES_TEST,
  },
  // (answering rules above this line)

  // ── Find in readouts (src/answer/find/) ──
  {
    id: 'find-quotes',
    reason: 'double quotes around 2+ words, single quotes around 3+, > and >>> lines are quotes; one quoted word is a scare quote',
    module: `${F}spans.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-framing',
    reason: '"Per the readout:", "I heard that", "— big deal" frame what is reported and are not checked',
    module: `${F}spans.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-framing-claim',
    reason: 'beside quotes, a sentence is checked only when it claims something the readouts could say; one left out is named',
    module: `${F}spans.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-pasted',
    reason: 'a pasted readout sentence has no quote marks: 5+ words verbatim are an exact quote, 8+ at 80% an altered one',
    module: `${F}quoteVerdicts.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-elided',
    reason: 'a quote shortened with "…" is exact when one sentence holds each part verbatim, in order',
    module: `${F}quoteVerdicts.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-altered',
    reason: "a quote sharing half the words (3+, 2 content words) of a sentence's part is altered, shown with a word diff",
    module: `${F}quoteVerdicts.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-claim-filler',
    reason: 'chat filler and reporting verbs ("I heard", "raised") are no part of a claim',
    module: `${F}claimVerdicts.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-claim-synonyms',
    reason: 'a claim retells: "keep supporting" is "continued … support", "promised" is "pledged"',
    module: `${F}claimVerdicts.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-rare-words',
    reason: 'a claim word in over 10% of sentences ("Secretary", "security") proves nothing',
    module: `${F}claimVerdicts.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-too-general',
    reason: 'a claim of common words only is not checked: it would match hundreds of sentences',
    module: `${F}claimVerdicts.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-supported',
    reason: "a readout supports a claim when its title and one sentence cover 70% of the rare words' weight and 60% of all",
    module: `${F}claimVerdicts.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-veto',
    reason: 'a name or number of the claim no readout has ("in Paris") means no readout says it',
    module: `${F}claimVerdicts.ts`,
    test: FIND_TEST,
  },
  {
    id: 'find-negation',
    reason: '"Esper did not raise Hong Kong" is checked as its positive; support for that contradicts it',
    module: `${F}claimVerdicts.ts`,
    test: FIND_TEST,
  },
  // (find rules above this line)
] as const satisfies readonly RuleRow[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, RuleRow>(RULES.map((rule) => [rule.id, rule]));

/** The table's row for an id. */
export function rule(id: RuleId): RuleRow {
  return BY_ID.get(id) as RuleRow;
}
