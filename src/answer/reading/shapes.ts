/**
 * Question shapes: the patterns that say what kind of answer a question asks for ("which … mission", "what part
 * of …", "how long has …"), read by src/answer/reading/question.ts.
 *
 * @example
 * WHICH_PART.exec('which part of australia are they in?')?.[1]   // → 'australia'
 */
import { QUESTIONS } from './questionWords.ts';
import { applied } from '../explain.ts';

/** "which air policing mission", "what atlantic group", "at which palace": a question asking for a name (rule `fact-which-name`). */
export const WHICH_NAME = new RegExp(
  String.raw`^(?:(?:at|in|on|from|to|with|for|during|aboard)\s+)?(?:which|what)\s+(?!(?:year|month|day|date|week)['’]s\b)((?:[\p{L}\p{N}.'’-]+\s+){0,3}?)(${QUESTIONS.nameNouns.words.join('|')})s?\b`,
  'iu',
);
/** "at which event did …", "which regional gathering were …": the meeting's occasion is asked for (rule `fact-which-event`). */
export const WHICH_EVENT =
  /^(?:(?:at|in|during|on)\s+)?(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?:event|gathering|meeting|conference|summit|ministerial|forum|occasion)s?\s+(?=(?:did|was|were|is|are|had|have|will|do|does)\b)/iu;
/** The meeting itself asked about: "did Mattis meet/sit down with …", "were Mattis and Le Drian at …". */
export const MEETING_ASKED =
  /\b(?:meet|met|meeting|sit|sat|see|saw|talk|talked|speak|spoke|host|hosted|visit|visited|call|called|phoned|went)\b|^(?:were|was)\b.*\bat\b/i;
/** A say-verb and the clause it reports: "did mattis say argentina was about to host …" reports no meeting. */
export const REPORTED = /\b(?:say|says|said|tell|tells|told|mention|mentioned|note|noted|announce|announced)\b.*$/i;
/** The meeting verbs of such a clause, as typed or as the reading of embedded clauses leaves them. */
export const CLAUSE_VERBS = 'meet|met|see|saw|talk|talked|speak|spoke|call|called|phoned|host|hosted|visit|visited';
/** A visit in a when-clause ("when de crem came by the pentagon", "when jonson was in washington"): its verb and particle. */
export const CLAUSE_VISIT =
  /\s+(?:came|come|comes|stopped|dropped|swung|flew|travell?ed|arrived|went|was|were)(?:\s+(?:by|over|to|in|into|at|through))?\s+/i;
/** "when mattis saw ng in munich, did they …": a when-clause before the question's own auxiliary or wh-word. */
export const LEADING_WHEN =
  /^when\s+((?:[\p{L}\p{N}'’.-]+,?\s+|,\s+){2,14}?)(did|does|do|was|were|is|are|has|have|had|will|what|how|who|which|where)\b/iu;
/** "what's the name of the …", "what was that … called": a question asking for a name. */
export const NAME_OF = /^(?:what|whats|what's)\s+(?:(?:is|was|'s)\s+)?(?:the\s+)?name\s+of\s+(?:the\s+|that\s+|this\s+)?/i;
/** "what kind of ally", "which sort of support": the noun whose kind is asked (rule `fact-what-kind`). */
export const WHAT_KIND = /\b(?:what|which)\s+(?:kind|kinds|sort|type)\s+of\s+(?:an?\s+)?([\p{L}-]+)/iu;
/** "which half of Mosul", "what part of Australia": the part of a place asked for (rule `fact-which-part`). */
export const WHICH_PART = /^(?:which|what)\s+(?:half|part|side|region|area|end)\s+of\s+(?:the\s+)?([\p{L}-]+)/iu;
/** "in which city", "what country": the asked-for noun of a where-question. */
export const WHERE_NOUN =
  /^(?:(?:in|at)\s+)?(?:which|what)\s+(?:(?!(?:took|take|takes|taking|is|was|are|were|has|had|did|does)\b)[\p{L}-]+\s+)?(?:city|country|place|location|town|capital|region|area|province|venue|base|building)\b/iu;
/** "what day", "on what date", "by which year": the asked-for noun of a when-question. */
export const WHEN_NOUN =
  /^(?:(?:on|by|in|until|before|after|from|since)\s+)?(?:what|which)\s+(?:day\s+of\s+the\s+week|weekday|morning|afternoon|evening|night|dates?|days?|years?|months?)(?:['’]s)?\b/i;
/** "which day of the week", "what evening": the asked-for noun is a weekday (rule `fact-weekday`). */
export const WEEKDAY_NOUN = /\b(?:day\s+of\s+the\s+week|weekday|morning|afternoon|evening|night)$/i;

/** "how long has/have/did … (existed|lasted|been …)", "how old is …": a span of years, not a length. */
export const HOW_LONG =
  /^how\s+(?:long\s+(?:has|have|had|did|does|is|was)(?:\s+it\s+been\s+since\b)?|old\s+(?:is|was|did|does|has|had|would)|many\s+years\s+(?:long\s+)?(?:has|have|had|is|was|will|would))\b\s*/i;
/**
 * Rule `hedged-quantity`: "roughly how many troops …", "about how long …" — a hedge before the question word asks
 * the same number.
 */
export const HEDGED_HOW = /^(?:roughly|approximately|about|around|exactly|precisely|just|so)\s+(?=how\s+(?:many|much|long|old|often)\b)/i;
/**
 * Rule `ordinal-options`: "which trip to india was carter's sept 2013 visit - first, second?" offers ordinals as
 * the answers: the ordinal is asked, of the noun after which/what.
 */
export const ORDINAL_OPTIONS =
  /\s*[-–—,:]?\s*\b(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th)\s*(?:,|\bor\b|\/)\s*(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th)\b(?:\s*(?:,|\bor\b)\s*(?:\w+))*\s*(?=[?.!]|$)/i;
/** Verbs of existing that say nothing to find: "how long has the alliance existed?". */
export const EXIST_VERBS =
  /\b(?:existed|exist|exists|lasted|last|lasts|been\s+around|been\s+in\s+place|been\s+going|been|endured|stood)\b/gi;
/** "how old did Mattis call the alliance?": verbs of describing say nothing to find either. */
export const CALLED_VERBS = /\b(?:call|calls|called|describe|describes|described|say|says|said)\b/gi;
/** "which round of …", "what edition …": the noun an ordinal counts. */
export const WHICH_ORDINAL =
  /^(?:which|what)\s+(?:(?:annual|number)\s+)?(round|edition|iteration|session|anniversary|annual|installment|meeting|forum|dialogue|summit|conference|ministerial)\b/i;
/**
 * "which nato membership anniversary …", "which independence anniversary …": a noun only an ordinal tells apart,
 * after up to three words saying which kind; those words stay in the focus.
 */
export const WHICH_ORDINAL_KIND = /^(?:which|what)\s+((?:[\w-]+\s+){1,3}?)(anniversary|edition|iteration|installment|round)\b/i;

/** "which countries/nations/members …": the noun is what is asked for, not a word to find. */
export const WHICH_MEMBERS =
  /^(which|what)\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:countries|nations|members|allies|partners|states)\b/i;

/** A person's office asked for: "job", "job title", "title", "office", "position", "post", "role" (rule `fact-office`). */
const OFFICE_NOUN = String.raw`(?:(?:actual|real|exact|official|current|full|formal)\s+)?(?:job(?:\s+title)?|title|office|position|post|role)`;
/** "what was klimkin's job …?", "what's kahl's job title …?": the person, before the possessive. */
export const OFFICE_OF = new RegExp(
  String.raw`^(?:what|which)(?:['’]s|\s+(?:is|was))?\s+(?:the\s+)?([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}?)['’]s?\s+${OFFICE_NOUN}\b\s*`,
  'iu',
);
/** "what office does ramirez hold …?", "which post did kahl have …?": the person, before the verb of holding. */
export const OFFICE_HELD = new RegExp(
  String.raw`^(?:what|which)\s+${OFFICE_NOUN}\s+(?:does|did|do)\s+([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}?)\s+(?:hold|have|had|held)\b\s*`,
  'iu',
);

/** Counted things that are an amount of money, which readouts write in dollars ("$10.15 billion"; rule `quantity-money`). */
export const MONEY_UNIT = /^(?:money|funding|funds|cash|dollars)$/i;

/**
 * Rule `leading-when-clause`: "when mattis saw ng in munich did they vouch for …?" asks "did they vouch for … with
 * mattis and ng in munich": the clause says which meeting, the question follows it. A visit says which meeting as
 * a meeting does ("when de crem came by the pentagon did they …"). Its names stay words to find, its verb goes
 * ("mattis saw ng" → "mattis and ng"), as "did" does, which the reading of embedded clauses put there.
 */
export function leadingWhenClause(text: string): string {
  const leading = LEADING_WHEN.exec(text);
  if (!leading || !(MEETING_ASKED.test(leading[1] as string) || CLAUSE_VISIT.test(` ${leading[1]}`))) return text;
  applied('leading-when-clause');
  const clause = (leading[1] as string)
    .replace(/[,\s]+$/, '')
    .replace(/^did\s+/i, '')
    .replace(new RegExp(String.raw`\s+(?:${CLAUSE_VERBS})(?:\s+(?:with|to))?\s+`, 'i'), ' and ')
    .replace(CLAUSE_VISIT, ' and ');
  const main = text.slice(leading[0].length - (leading[2] as string).length).replace(/\s*([?.!]+)\s*$/, '');
  return `${main} with ${clause}${/[?]\s*$/.test(text) ? '?' : ''}`;
}

/**
 * A place or time phrase before the question ("at the pentagon in dec 2022, did …", "in the 2015 jiddah talks did …"),
 * or up to four words set off by a comma (what chat-context-clause kept of "in jeddah in may 2014, did …": "jeddah ,").
 */
const LEADING_PHRASE = new RegExp(
  String.raw`^(?:((?:in|at|on|during|after|before|from|per|according\s+to)\s+(?!(?:what|which|whose|how)\b)(?:[^\s,?]+\s+){0,6}?[^\s,?]+)\s*,?|((?:[^\s,?]+\s+){0,3}?[^\s,?]+)\s*,)\s+(?=(?:${QUESTIONS.auxiliaries.words.join('|')}|${QUESTIONS.whWords.words.join('|')})\b)`,
  'i',
);

/**
 * Rule `leading-phrase`: "at the pentagon in dec 2022, did el-sisi mention …?" asks "did el-sisi mention … at the
 * pentagon?": a phrase of place or time before the question word says which meeting; read after the question, so
 * the question word opens it.
 */
export function leadingPhrase(text: string): string {
  const m = LEADING_PHRASE.exec(text);
  if (!m) return text;
  applied('leading-phrase');
  const main = text.slice(m[0].length).replace(/\s*([?.!]+)\s*$/, '');
  return `${main} ${m[1] ?? m[2]}${/[?]\s*$/.test(text) ? '?' : ''}`;
}

/** The ordinal a which/what question asks, and the focus left to find: "which round of the talks was it?" → round. */
export function ordinalAsked(text: string): { focus: string; ordinal: string } | null {
  // Rule `ordinal-options`: "which trip … was it - first, second?": the ordinal of the noun after which/what.
  const offered = ORDINAL_OPTIONS.exec(text) ? /^(?:which|what)\s+(\p{L}+)\b/iu.exec(text) : null;
  if (offered) {
    applied('ordinal-options');
    const focus = text
      .slice(offered[0].length - (offered[1] as string).length)
      .replace(ORDINAL_OPTIONS, '')
      .replace(/\s+/g, ' ')
      .trim();
    return { focus, ordinal: (offered[1] as string).toLowerCase() };
  }
  // "which round of the talks was it?": the ordinal before the noun; "which nato membership anniversary …" too.
  const kind = WHICH_ORDINAL.test(text) ? null : WHICH_ORDINAL_KIND.exec(text);
  const ordinal = kind ?? WHICH_ORDINAL.exec(text);
  if (ordinal) {
    const noun = (kind ? kind[2] : ordinal[1]) as string;
    const from = kind ? (/^\S+\s+/.exec(text)?.[0].length ?? 0) : ordinal[0].length - noun.length;
    // "which edition of the defense committee …": "edition of" says which one of it, and need not be written.
    const focus = text
      .slice(from)
      .replace(/^(?:edition|iteration|installment|round|session)\s+of\s+/i, '')
      .replace(/\b(?:was|is)\s+(?:it|that|this)\b/i, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { focus, ordinal: noun.toLowerCase() };
  }
  return null;
}

/**
 * "per … joint statement", "according to the … story", or the document as the one that says ("did the june 2017
 * article say …"): the readout cited by a noun for it (rule `source-reference`). Groups 1–2 or 3–4 are kept.
 */
export const SOURCE_REFERENCE = new RegExp(
  String.raw`\b(per|according\s+to|from|in)(\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?)(?:joint\s+)?(?:${QUESTIONS.sourceNouns.words.join('|')})\b` +
    String.raw`|\b(the)(\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?)(?:${QUESTIONS.sourceNouns.words.join('|')})\b(?=\s+(?:say|says|said|mention|mentions|mentioned|report|reports|reported|describe|describes|described)\b)`,
  'giu',
);
