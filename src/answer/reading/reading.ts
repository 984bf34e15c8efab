/**
 * Reading a question against a corpus: which of its words are *names* (people,
 * countries, places, bodies), which readouts those names select, and which
 * words are the focus that ranks sentences inside them. `/ask` answers from a
 * Reading, and other commands that check a claim can read it the same way.
 *
 * Reading is a list of named steps (`READING_STEPS`), each a small function in
 * the module of its rule, run in order over one ReadingState
 * (src/answer/reading/state.ts):
 *
 * | step | module | rules it applies (ids of src/answer/rules.ts) |
 * |---|---|---|
 * | resolve-words | lexical.ts | lexicon-acronym, lexicon-nickname, us-pronoun, person-one-topic |
 * | concepts | concepts.ts | lexicon-demonym, lexicon-widen |
 * | names | names.ts | unknown-word-name |
 * | or-alternatives | veto.ts | or-alternatives |
 * | counterpart-offices | counterpart.ts, names.ts | counterpart-office, counterpart-service, person-one-topic |
 * | talks-parties | counterpart.ts | talks-with-party |
 * | required-words, unknown-words, unknown-word-drop, widened-weight | veto.ts | unknown-key-veto, filler-weight, unknown-word-drop, lexicon-widen |
 * | focus-verb, said-verb-bonus | verbs.ts | focus-verb, said-verb-bonus |
 * | date-as-content | dateWords.ts | date-as-content |
 * | names-select, place-context, topic-in-selected, in-person, top-readouts, meeting-words | select.ts, officeTogether.ts, placeContext.ts, aliasFallback.ts, meetingWords.ts | names-select, place-context, counterpart-with, lexicon-widen-fallback, absent-topic, in-person, meeting-words |
 *
 * The focus must be in the sentence: names the readout's title or opening
 * gives are selection; at least half the weight of the rest must be stated by
 * the sentence itself (src/answer/ranking/rank.ts, `focus`).
 *
 * @example
 * const reading = readQuestionIn(index, 'what did Austin thank Kishi for?');
 * reading.names.map((c) => c.label)   // → ['Kishi', 'Austin']
 * reading.verb?.label                 // → 'thank'
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { conceptsOf, type Concept } from './concepts.ts';
import { readQuestion, resolveDates, type Question } from './question.ts';
import type { Resolvers } from './dateFilter.ts';
import { resolveWords } from './lexical.ts';
import { emptyNotes } from './notes.ts';
import type { ReadingNotes } from '../types.ts';
import { counterpartOffices, talksParties } from './counterpart.ts';
import { peopleNoun } from './peopleNoun.ts';
import { dateAsContent } from './dateWords.ts';
import { ANY, HEAD } from './layout.ts';
import { markNames } from './names.ts';
import { PEOPLE, tenureResolver } from './people.ts';
import { inPerson, namesSelect, topicInSelected, topReadouts } from './select.ts';
import { meetingWords } from './meetingWords.ts';
import { capitalAsCountry, leaderAsCountry, placeContext } from './placeContext.ts';
import { acronymFamilyStep } from './acronymFamily.ts';
import { aliasFallback } from './aliasFallback.ts';
import type { ReadingState, ReadingStep } from './state.ts';
import { orAlternatives, requiredWords, unknownWordDrop, unknownWords, widenedWeight } from './veto.ts';
import { focusVerb, sayVerbBonus } from './verbs.ts';
import { DEFAULTS } from '../defaults.ts';

// Where other rooms found these when they all lived here.
export { isOpening, openingOf } from './layout.ts';
export { dropGivenNames, markNames } from './names.ts';
export { givenNamesBefore, isPerson, tenureResolver, writtenBefore } from './people.ts';

export interface Reading {
  question: Question;
  /** What the answer is scored on: names, content words, the focus verb, date words (bonus). */
  concepts: Concept[];
  /** The concepts that are names (see the module comment). */
  names: Concept[];
  /** The focus verb's family as a concept, if the question asks about one. */
  verb: Concept | null;
  /** Per readout: 1 when it names every known name of the question; null when there are none. */
  allowed: Uint8Array | null;
  /** Readouts whose title or opening names the most of the names, oldest first. */
  selected: number[];
  /** Credit a readout gives a name concept: 1 from its title or opening (BODY_CREDIT from its body). */
  context: (readout: number, concept: Concept) => number;
  /** Words the answer must have that the corpus never uses (then nothing answers). */
  missing: Concept[];
  /** How the question was read: chat ignored, words widened or dropped, names resolved (Answer.reading). */
  notes: ReadingNotes;
  /** English words no readout uses that were dropped (rule unknown-word-drop): the answer must then be certain. */
  dropped: Concept[];
  /** Things no readout names, weighed as filler beside a rare name (rule `filler-weight`): the answer must then be certain. */
  faint: Concept[];
  /** Topic words the corpus has but no readout the names select writes, even through synonyms (rule `absent-topic`). */
  absent: Concept[];
  /** Names after "call/meet with" that readouts mention only as what a meeting was about (rule `counterpart-with`). */
  notMet: Concept[];
  /** Places typed after "visit" that readouts name but not as where the meeting was (rule `visit-place`). */
  notVisited: Concept[];
}

/**
 * Credit for a name a readout states only further down than its title or
 * opening: none. Such a name is a topic of the readout, not who met whom, so
 * the sentence itself must state it ("did Austin and Marles talk about the
 * PRC?" is answered by the sentence naming the PRC, not by the opening).
 */
const BODY_CREDIT = DEFAULTS.reading.bodyCredit;

/** Acronyms spelled out and given names as the corpus writes them (src/answer/reading/lexical.ts), in the focus and the speaker. */
const resolveNames: ReadingStep = {
  name: 'resolve-words',
  run: (state) => {
    const { index, asked, notes } = state;
    const focus = resolveWords(index, asked.focus, PEOPLE);
    const speaker = asked.speaker ? resolveWords(index, asked.speaker, PEOPLE) : null;
    state.question = { ...asked, focus: focus.text, ...(speaker ? { speaker: speaker.text } : {}) };
    notes.dropped.push(...(asked.chat ?? []));
    notes.resolved.push(...focus.resolved, ...(speaker?.resolved ?? []));
    state.givenNames = new Set([...focus.names, ...(speaker?.names ?? [])]);
  },
};

/**
 * The text concepts are read from, and their offsets point into: the focus, the speaker, a date as the text
 * states it. "; " between the parts: no name or office runs from the focus into the speaker moved behind it
 * ("what did hegseth promise the israelis" is not about an "Israel Hegseth"; rule `name-run-typed`).
 */
export function readingText(question: Question): string {
  return [question.focus, question.speaker, question.stated].filter(Boolean).join('; ');
}

/** The focus, then the speaker, then a date as the text states it, as concepts: only the focus labels the answer. */
const readWords: ReadingStep = {
  name: 'concepts',
  run: (state) => {
    const { question } = state;
    state.text = readingText(question);
    state.concepts = conceptsOf(state.index, state.text, {
      dropQuestionWords: true,
      prefixLast: true,
      regionMembers: true,
      ...(state.claim ? {} : { idioms: { dropped: (raw: string) => state.notes.dropped.push(raw) } }),
    });
  },
};

/** Rule "names select readouts", first half: which concepts are names (src/answer/reading/names.ts). */
const names: ReadingStep = {
  name: 'names',
  run: ({ index, concepts, text, givenNames }) => markNames(index, concepts, text, givenNames),
};

/** The steps of reading a question against the corpus, in order (see the module comment). */
export const READING_STEPS: readonly ReadingStep[] = [
  resolveNames,
  readWords,
  names,
  orAlternatives,
  counterpartOffices,
  peopleNoun,
  talksParties,
  requiredWords,
  unknownWords,
  unknownWordDrop,
  widenedWeight,
  focusVerb,
  dateAsContent,
  sayVerbBonus,
  namesSelect,
  placeContext,
  capitalAsCountry,
  leaderAsCountry,
  acronymFamilyStep,
  aliasFallback,
  topicInSelected,
  inPerson,
  topReadouts,
  meetingWords,
];

/** Read a question: its words (src/answer/reading/question.ts), then what they are in this corpus. */
export function readQuestionIn(
  index: SentenceIndex,
  input: string,
  resolvers: Resolvers = {},
  options: { question?: Question; claim?: boolean } = {},
): Reading {
  const question = options.question ?? resolveDates(readQuestion(input), { tenure: tenureResolver(index), ...resolvers });
  return readConcepts(index, question, options.claim === true);
}

/** The corpus side of reading, for a question already read: the steps in order. */
export function readConcepts(index: SentenceIndex, asked: Question, claim = false): Reading {
  const state: ReadingState = {
    index,
    asked,
    claim,
    question: asked,
    text: '',
    notes: emptyNotes(),
    givenNames: new Set(),
    concepts: [],
    offices: [],
    missing: [],
    unknownEnglish: [],
    dropped: [],
    faint: [],
    absent: [],
    notMet: [],
    notVisited: [],
    verb: null,
    dateWords: [],
    sayWords: [],
    names: [],
    where: new Map(),
    candidates: null,
    allowed: null,
    selected: [],
  };
  for (const step of READING_STEPS) step.run(state);
  const { where, verb } = state;
  return {
    question: state.question,
    concepts: [...state.concepts, ...(verb ? [verb] : []), ...state.dateWords, ...state.sayWords],
    names: state.names,
    verb,
    allowed: state.allowed,
    selected: state.selected,
    notes: state.notes,
    dropped: state.dropped,
    faint: state.faint,
    absent: state.absent,
    notMet: state.notMet,
    notVisited: state.notVisited,
    context: (readout, concept) => {
      // Rule `event-year`: the year of "the 2012 ottawa trilateral" is the date of that event's readout.
      if (concept.eventYear && index.readouts[readout]?.date?.startsWith(concept.eventYear)) return 1;
      const bits = where.get(concept)?.(readout) ?? 0;
      if (bits & HEAD) return 1;
      return concept.name && bits & ANY ? BODY_CREDIT : 0;
    },
    missing: state.missing,
  };
}
