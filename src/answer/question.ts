/**
 * Reading a question: which kind of answer it wants (the intent), any date
 * filter, and what it is about. The rules are plain patterns, tried in order;
 * test/question.test.ts has a case for each.
 *
 * | intent | recognised by                                   | example                                  |
 * |--------|-------------------------------------------------|------------------------------------------|
 * | count  | "how many", "how often"                         | how many readouts mention North Korea?   |
 * | when   | "when", "what date", "on what day"              | when did Esper and Kono meet?            |
 * | where  | "where", "in which city/country/place"          | where did Esper host Kono in August?     |
 * | who    | "who", "whom", "which officials/ministers/…"    | who did Esper meet in Guam?              |
 * | said   | "what did X say/tell/stress … (about Y)"        | what did Mattis say about THAAD?         |
 * | yesno  | starts with did/was/is/are/has/does/…           | was COVID mentioned?                     |
 * | topic  | everything else: "what about X", a bare phrase  | what about Mageshima?                    |
 */
import type { Intent } from './types.ts';
import { parseDateFilter, type DateRange, type EventResolver } from './dateFilter.ts';

export interface Question {
  intent: Intent;
  /** The words that say what the question is about. */
  focus: string;
  /** For "what did X say about Y": X. */
  speaker?: string;
  range: DateRange | null;
}

const SAY_VERBS =
  'say|said|tell|told|note|noted|stress|stressed|emphasi[sz]e|emphasi[sz]ed|raise|raised|discuss|discussed|mention|mentioned|call|express|expressed|highlight|highlighted|reiterate|reiterated|think|announce|announced|want|propose|proposed|thank|thanked|ask|asked|offer|offered|commit|pledge|pledged|agree|agreed';

/** Plural subjects that are not a particular speaker. */
const NOT_A_SPEAKER = /^(?:they|the (?:two )?(?:ministers|leaders|sides|officials|secretaries|countries|allies)|both(?: sides| leaders| ministers)?|we|you|people|anyone)$/i;

const RULES: { intent: Intent; re: RegExp }[] = [
  { intent: 'count', re: /^how\s+(?:many|often)\b/i },
  { intent: 'when', re: /^(?:when\b|what\s+(?:date|day|year|month)\b|on\s+what\s+(?:date|day)\b|which\s+(?:date|day|year)\b)/i },
  { intent: 'where', re: /^(?:where\b|in\s+(?:which|what)\s+(?:city|country|place|location)\b|(?:which|what)\s+(?:city|country|place|location)\b)/i },
  {
    intent: 'who',
    re: /^(?:who\b|whom\b|with\s+whom\b|which\s+(?:\w+\s+){0,2}(?:officials?|ministers?|leaders?|people|persons?|counterparts?|officers?|generals?|admirals?|secretar(?:y|ies)|ambassadors?|delegations?)\b)/i,
  },
  { intent: 'yesno', re: /^(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could|should)\b/i },
];

/** Classify a question and pull out its date filter and focus. */
export function readQuestion(input: string, resolveEvent?: EventResolver): Question {
  const { range, rest } = parseDateFilter(input.trim(), resolveEvent);
  const text = rest.replace(/\s+/g, ' ').trim();

  const said = new RegExp(
    String.raw`^what\s+(?:did|does|has|had|have)\s+(.+?)\s+(?:${SAY_VERBS})\b\s*(?:(?:about|on|regarding|concerning|of|over)\s+)?(.*)$`,
    'i',
  ).exec(text);
  if (said && !NOT_A_SPEAKER.test((said[1] as string).trim())) {
    return { intent: 'said', speaker: (said[1] as string).trim(), focus: said[2] as string, range };
  }
  for (const { intent, re } of RULES) if (re.test(text)) return { intent, focus: text, range };
  return { intent: 'topic', focus: text, range };
}
