/**
 * What the reading steps (src/answer/reading/reading.ts, `READING_STEPS`) pass
 * along: the question, its concepts, and what each step found. A step reads
 * the fields earlier steps set and sets its own; the last step's state becomes
 * the Reading.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { ReadingNotes } from '../types.ts';
import type { Concept } from './concepts.ts';
import type { NamedIn } from './layout.ts';
import type { Question } from './question.ts';

export interface ReadingState {
  readonly index: SentenceIndex;
  /** The question as its words were read (src/answer/reading/question.ts). */
  readonly asked: Question;
  /** A claim checked by /find, not a question: its verbs and modifiers are what it says, never mere wording (rule `wording-drop`). */
  readonly claim?: boolean;
  /** The question with acronyms spelled out and given names as the corpus writes them. */
  question: Question;
  /** The words concepts are read from: the focus, then the speaker, then a date as the text states it. */
  text: string;
  /** How the question was read (Answer.reading). */
  notes: ReadingNotes;
  /** Given names of people the corpus does not know ("john mattis"): names all the same. */
  givenNames: Set<string>;
  /** The concepts read from `text`, names marked. */
  concepts: Concept[];
  /** Office words after a country or person (rule `counterpart-office`): selection, not content. */
  offices: Concept[];
  /** Words the answer must have that the corpus never uses. */
  missing: Concept[];
  /** Unknown English words (no name, no number), for rule `unknown-word-drop`. */
  unknownEnglish: Concept[];
  /** English words dropped by rule `unknown-word-drop`. */
  dropped: Concept[];
  /** Things no readout names kept at a filler's weight beside a rare name (rule `filler-weight`): the answer must then be certain. */
  faint: Concept[];
  /** Topic words none of the selected readouts writes (rule `absent-topic`). */
  absent: Concept[];
  /** Names after "call/meet with" that a readout mentions only as what the meeting was about (rule `counterpart-with`). */
  notMet: Concept[];
  /** Places typed after "visit" that readouts name but not as where the meeting was (rule `visit-place`). */
  notVisited: Concept[];
  /** The focus verb's family as a concept. */
  verb: Concept | null;
  /** The words of a date filter, as bonus concepts ("since 2014"). */
  dateWords: Concept[];
  /** The say-verb, as a bonus concept (rule `said-verb-bonus`). */
  sayWords: Concept[];
  /** The concepts that are known names. */
  names: Concept[];
  /** Where each readout names a concept that selection or credit looks at. */
  where: Map<Concept, NamedIn>;
  /** Readouts that name every name (null: no names). */
  candidates: Uint32Array | null;
  /** Per readout, 1 when it may answer; null when any may. */
  allowed: Uint8Array | null;
  /** Readouts whose title or opening names the most weight of the names. */
  selected: number[];
}

/** One step of reading a question against the corpus: a name for DESIGN.md and traces, and what it does. */
export interface ReadingStep {
  readonly name: string;
  readonly run: (state: ReadingState) => void;
}

/** The highest IDF any word can have: that of a word no readout uses. */
export function maxIdf(state: ReadingState): number {
  return state.index.idf('\u0000');
}
