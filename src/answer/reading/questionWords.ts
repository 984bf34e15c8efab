/**
 * Words that shape a question rather than say what it is about, read once
 * from data/reading/questions.json: the question words concepts drop, the wh-
 * words and the auxiliaries a question starts with (chat is read up to them),
 * the say-verbs of "what did X say about Y" and the words after which "first"
 * and "last" are order words.
 *
 * @example
 * QUESTIONS.whWords.words.includes('whom')   // → true
 */
import { z } from 'zod';
import { readDataFile } from '../../data.ts';

const WordList = z.object({ why: z.string().min(1), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) });

export const QUESTIONS = readDataFile(
  'reading/questions.json',
  z.object({
    questionWords: WordList,
    whWords: WordList,
    auxiliaries: WordList,
    sayVerbs: WordList,
    orderFollowers: WordList,
    functionVerbs: WordList,
    placeWords: WordList,
    recipientVerbs: WordList,
    peopleNouns: WordList,
    categoryNouns: WordList,
    nameNouns: WordList,
    nameNounReadings: z.object({ why: z.string().min(1), map: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)) }),
    turningVerbs: WordList,
    sourceNouns: WordList,
  }),
);

/** The wh-words then the auxiliaries, as a regex alternation ("what|who|…|did|does|…"). */
export function questionStartPattern(): string {
  return [...QUESTIONS.whWords.words, ...QUESTIONS.auxiliaries.words].join('|');
}

/** Words after which a capital names the place, not its government (rule `capital-as-country`). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(QUESTIONS.placeWords.words);

/** Verbs after which a capital is the recipient, its government ("the help sweden sent kyiv"; rule `capital-as-country`). */
export const RECIPIENT_VERBS: ReadonlySet<string> = new Set(QUESTIONS.recipientVerbs.words);

/** A country's people as a whole ("the cambodian leaders"): no word to find (rule `people-noun`). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(QUESTIONS.peopleNouns.words);

/** Grammar verbs ("let", "make", "get"): dropped when the corpus never writes them (rule `function-verb-drop`). */
export const FUNCTION_VERBS: ReadonlySet<string> = new Set(QUESTIONS.functionVerbs.words);

/** A verb for the meeting itself: "who did X call / meet / speak with / host". */
export const MEETING_VERB = /\b(?:call(?:ed)?|phoned?|met|meet|spoke|speak|talk(?:ed)?|visit(?:ed)?|host(?:ed)?|see|saw)\b/i;

/** Verbs that turn a sentence into its opposite ("withdraw", "cancel"): never dropped as wording (rule `absent-verb-drop`). */
export const TURNING_VERBS: ReadonlySet<string> = new Set(QUESTIONS.turningVerbs.words);

/** The noun readouts write for a chat noun of a named thing ("deal" → agreement; questions.json `nameNounReadings`). */
export function nameNounRead(noun: string): string {
  return Object.hasOwn(QUESTIONS.nameNounReadings.map, noun) ? (QUESTIONS.nameNounReadings.map[noun] as string) : noun;
}
