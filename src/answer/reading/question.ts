/**
 * Reading a question's words (no corpus needed): which kind of answer it wants
 * (the intent), its date filter, whether it picks readouts by date (first /
 * last), the verb it asks about (thank, discuss, respond, ask), the thing a
 * "how many" counts, and the words that say what it is about. The rules are
 * plain patterns, tried in order; test/question.test.ts has a case for each.
 * What the words mean in a corpus (names, selected readouts) is read by
 * src/answer/reading/reading.ts.
 *
 * | intent   | recognised by                                          | example                                  |
 * |----------|--------------------------------------------------------|------------------------------------------|
 * | count    | "how many readouts/times/meetings/calls", "how often"  | how many readouts mention North Korea?   |
 * | quantity | "how many/much <thing>", "what percentage"             | how many frigates did Norway send?       |
 * | when     | "when", "what date", "on what day"                     | when did Esper and Kono meet?            |
 * | where    | "where", "in which city/country/place"                 | where did Esper host Kono in August?     |
 * | who      | "who", "whom", "which officials/ministers/secdef/…"    | who did Esper meet in Guam?              |
 * | said     | "what did X say/thank/discuss/urge …", "how did X react" | what did Mattis say about THAAD?       |
 * | yesno    | starts with did/was/is/are/has/does/…                  | was COVID mentioned?                     |
 * | topic    | everything else: "what about X", a bare phrase         | what about Mageshima?                    |
 */
import type { Intent } from '../types.ts';
import { parseDates, resolveReferences, type DateRange, type DateReference, type Resolvers } from './dateFilter.ts';
import { cleanQuestion } from './clean.ts';
import { focusVerbOf, type FocusVerb } from './focus.ts';
import { unchat } from './chat.ts';
import { applied } from '../explain.ts';
import { withoutIssuing } from './issuing.ts';
import { nameNounRead, QUESTIONS } from './questionWords.ts';
import {
  CALLED_VERBS,
  EXIST_VERBS,
  HOW_LONG,
  leadingPhrase,
  leadingWhenClause,
  MONEY_UNIT,
  MEETING_ASKED,
  NAME_OF,
  OFFICE_HELD,
  OFFICE_OF,
  WEEKDAY_NOUN,
  WHEN_NOUN,
  WHERE_NOUN,
  WHICH_EVENT,
  WHICH_MEMBERS,
  WHICH_NAME,
  SOURCE_REFERENCE,
  WHICH_PART,
  WHAT_KIND,
  HEDGED_HOW,
  ordinalAsked,
  REPORTED,
} from './shapes.ts';

import { countryNamed, isOfficeWord } from './vocabulary.ts';
import { words } from '../../text/terms.ts';

export interface Question {
  intent: Intent;
  /** The words that say what the question is about (date, order and focus-verb words taken out). */
  focus: string;
  /** For "what did X say about Y": X. */
  speaker?: string;
  range: DateRange | null;
  /** "first"/"earliest" or "last"/"latest"/"most recent": readouts are picked by date. */
  order: 'first' | 'last' | null;
  /** The verb family asked about ("what did Smith thank Berg for?" → thank). */
  verb: FocusVerb | null;
  /** True when the answer must be a sentence with that verb (it is what the question asks for). */
  verbRequired: boolean;
  /** The focus verb as typed ("condemn"), when there is one. */
  verbWord?: string;
  /** "what did X agree/pledge/offer …": that verb, which ranks sentences that say it (rule `said-verb-bonus`). */
  sayWord?: string;
  /** "how many frigates": the counted thing, which the answer must name. */
  unit?: string;
  /** A date filter that cannot be: the reason in one line (the question is not searched). */
  dateError?: string;
  /** "which countries make up X?": the answer lists members or spells X out. */
  members?: boolean;
  /** "in person", "face to face": a meeting, not a call (the words themselves are taken out). */
  inPerson?: boolean;
  /** A date filter that left nothing, as readouts state it ("September 2"): searched with the focus, not part of it. */
  stated?: string;
  /** "how many officials did X meet?": people are counted, so the answer is the sentence that names them (or gives their number: `peopleNoun`). */
  people?: boolean;
  readoutBy?: boolean; // "who put out the readout …?": the spokesperson is asked (rule `who-gave-readout`, issuing.ts)
  peopleNoun?: string;
  money?: boolean; // "how much cash …": an amount of money is asked, its noun no word to find (rule `quantity-money`)
  chat?: string[]; // chat taken out before reading ("hey bot can u", "thx"; rule `chat-words`)
  /** "how long has the alliance existed?": the answer is a span of years the readout states (rule `fact-duration`). */
  duration?: boolean;
  /** "by what year …?": the answer is a year a sentence states (rule `when-year`). */
  year?: boolean;
  /** "at which event did …?": the answer is the occasion the readout names (rule `fact-which-event`). */
  asksEvent?: boolean;
  /** "which day of the week …?", "what evening …?": the answer is the weekday a sentence states (rule `fact-weekday`). */
  weekday?: boolean;
  /** "which air policing mission …?": the answer is a name a sentence gives; the words typed before the noun, and the noun (rule `fact-which-name`). */
  asksName?: { words: string[]; noun: string; typedNoun: string };
  /** The person whose office is asked for ("what was klimkin's job?"; rule `fact-office`). */
  asksOffice?: string;
  /** "which part of Australia …?": the answer is the part a sentence gives ("northern Australia"); the place as typed (rule `fact-which-part`). */
  asksPart?: string;
  /** "what kind of ally …?": the answer is the words a sentence puts before that noun ("full-spectrum ally"; rule `fact-what-kind`). */
  asksKind?: string;
  /** "which round of the talks was it?": the answer is the ordinal before that noun ("third") (rule `fact-ordinal`). */
  ordinal?: string;
  /** Dates given through the corpus ("under Esper", "before the Guam meeting"), until `resolveDates` looks them up. */
  dateReferences?: DateReference[];
}

/** "say", "stressed", "pledged" …: the verb of "what did X say about Y" (data/reading/questions.json). */
const SAY_VERBS = QUESTIONS.sayVerbs.words.join('|');

/** Say-verbs that tell what kind of thing was said (rule `said-verb-bonus`): "what did X and Y agree?" wants the agreement. */
const CONTENT_SAY =
  /^(?:agree|agreed|pledge|pledged|promise|promised|vow|vowed|commit|offer|offered|announce|announced|propose|proposed|assure|assured)$/;

const SAID = new RegExp(
  String.raw`^what\s+(?:did|does|has|had|have)\s+(.+?)\s+(${SAY_VERBS})\b\s*(?:(?:about|on|regarding|concerning|of|over)\s+)?(.*)$`,
  'i',
);

/** Plural subjects that are not a particular speaker. */
const NOT_A_SPEAKER =
  /^(?:they|the (?:two )?(?:ministers|leaders|sides|officials|secretaries|countries|allies)|both(?: sides| leaders| ministers)?|we|you|people|anyone)$/i;

/** What "how many …" counts when it counts readouts, not a quantity stated in one. */
const COUNT_UNITS =
  /^how\s+(?:often\b|many\s+(?:(?:more|other|different|separate)\s+)?(?:readouts?|times|meetings?|calls?|phone\s+calls?|visits?|conversations?|occasions?|documents?|statements?|trips?|engagements?)\b)/i;

/** The noun of "which … officials/ministers/…": the kind of answer a "who" question wants. */
const WHO_NOUN =
  /^(which\s+(?:\w+\s+){0,2}?)(?:officials?|ministers?|leaders?|people|persons?|counterparts?|officers?|generals?|admirals?|ambassadors?|delegations?|chiefs?)\b/i;

/** A counted noun that stands for people: the answer names them. */
const PERSON_NOUN =
  /^(?:officials?|ministers?|leaders?|people|persons?|counterparts?|officers?|generals?|admirals?|ambassadors?|delegates?|chiefs?)$/i;

const RULES: { intent: Intent; re: RegExp }[] = [
  { intent: 'count', re: COUNT_UNITS },
  {
    intent: 'quantity',
    re: /^(?:how\s+(?:many|much)\b|what\s+(?:percentage|percent|share|proportion|amount|number|sum)\b|how\s+(?:large|big|long)\s+(?:is|was|a|an|the)\b)/i,
  },
  {
    intent: 'when',
    re: /^(?:when\b|(?:what|which)\s+(?:day\s+of\s+the\s+week|weekday|morning|afternoon|evening|night)\b|what\s+(?:date|day|year|month)\b|on\s+what\s+(?:date|day)\b|which\s+(?:date|day|year|month)\b|(?:by|in|until|before|after|from|since)\s+(?:what|which)\s+(?:date|day|year|month)s?\b)/i,
  },
  {
    intent: 'where',
    re: /^(?:where\b|(?:(?:in|at)\s+)?(?:which|what)\s+(?:(?!(?:took|take|takes|taking|is|was|are|were|has|had|did|does)\b)[\p{L}-]+\s+)?(?:city|country|place|location|town|region|area|province|venue|building)\b)/iu,
  },
  {
    intent: 'who',
    re: /^(?:who\b|whom\b|whose\b|with\s+whom\b|what(?:'s|\s+is|\s+was|\s+were)?\s+the\s+names?\s+of\b|which\s+(?:\w+\s+){0,2}(?:officials?|ministers?|leaders?|people|persons?|counterparts?|officers?|generals?|admirals?|secretar(?:y|ies)|secdefs?|ambassadors?|delegations?|chiefs?|journalists?|reporters?|envoys?|commanders?)\b)/i,
  },
  { intent: 'yesno', re: /^(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could|should)\b/i },
];

/**
 * Order words pick readouts by date. "latest", "earliest", "most recent" do
 * so wherever they stand; "first" and "last" only before a verb or a word for
 * a meeting ("when did Smith first meet Berg?", "the last call"), not as part
 * of the content ("his first full day in office", "the first hundred years").
 */
/** Words for a meeting, and verbs of meeting, after which "first"/"last" are order words (data/reading/questions.json). */
const ORDER_FOLLOWERS = QUESTIONS.orderFollowers.words.join('|');

/** A span or an amount asked: order words inside are words of the story. */
const HOW_MUCH = /^how\s+(?:long|many|much|old)\b/i;

const ORDER: { order: 'first' | 'last'; re: RegExp }[] = [
  // "when was the last time the secdef talked to the Danes?": "last/first time" is an occasion, always an order.
  { order: 'last', re: /\b(?:the\s+)?(?:last|latest|most\s+recent)\s+time\b/i },
  { order: 'first', re: /\b(?:the\s+)?first\s+time\b/i },
  {
    order: 'last',
    re: new RegExp(
      String.raw`\b(?:the\s+)?(?:latest|most\s+recent(?:ly)?|newest|last|final)\b(?=\s+(?:time\s+)?(?:\w+\s+)?(?:${ORDER_FOLLOWERS})\b|\s*[?.!]?$)`,
      'i',
    ),
  },
  { order: 'last', re: /\b(?:the\s+)?(?:latest|most\s+recent(?:ly)?|newest)\b/i },
  {
    order: 'first',
    re: new RegExp(
      String.raw`\b(?:the\s+)?(?:earliest|first|oldest)\b(?=\s+(?:time\s+)?(?:\w+\s+)?(?:${ORDER_FOLLOWERS})\b|\s*[?.!]?$)`,
      'i',
    ),
  },
  { order: 'first', re: /\b(?:the\s+)?(?:earliest|oldest)\b/i },
];

/** "when he talked to", "while they met with", "as she spoke with": a clause naming the counterpart. */
const WHEN_CLAUSE =
  /\s+(?:when|while|as)\s+(?:he|she|they|the\s+two|both)\s+(?:talked|spoke|met|called|were\s+talking|was\s+talking|had\s+a\s+call)\s+(?:to|with)\s+/i;

/** "what (defense) issues did …": a category noun between the wh-word and an auxiliary (rule `category-noun`). */
const CATEGORY_QUESTION = new RegExp(
  String.raw`^(what|which)\s+((?:[\p{L}-]+\s+){0,2}?)(?:${QUESTIONS.categoryNouns.words.join('|')})\s+(?=(?:${QUESTIONS.auxiliaries.words.join('|')})\b)`,
  'iu',
);

/** Words that say a meeting was held in person. */
const IN_PERSON = /\b(?:in[\s-]person|face[\s-]to[\s-]face)\b/i;

/** A possessive before "first"/"last" makes it content: "his first visit". */
const POSSESSIVE_BEFORE = /(?:\b(?:his|her|their|its|our|my|your)|\b(?!(?:what|who|that|it|there|here|where|when|how)['’]s)\w+['’]s)\s+$/i;

/**
 * Classify a question and pull out its date filter, order, focus verb and
 * focus, from its words alone. A date given through the corpus ("under
 * Esper", "before the Guam meeting") is left in `dateReferences` for
 * `resolveDates`; until then the question reads as if it did not resolve.
 */
export function readQuestion(input: string): Question {
  const { text: unchatted, dropped } = unchat(cleanQuestion(input));
  // Rule `one-pronoun`: "the Djiboutian one?", "which one": "one" standing for a noun is no number.
  const cleaned = unchatted.replace(/\b((?:the|that|this|which|other)\s+(?:[\p{L}-]+\s+)?)one\b(?=\s*(?:[?.!,;]|$))/giu, '$1');
  const { references, range, rest, error } = parseDates(cleaned);
  if (cleaned !== unchatted) applied('one-pronoun');
  // Rule `source-reference`: "per hegseth's manila joint statement", "according to the austin meeting story" — the
  // document cited is the readout itself: its noun is no word to find; the names before it say which readout.
  const sourced = rest.replace(SOURCE_REFERENCE, (_m, a, b, c, d) => `${a ?? c}${b ?? d}`);
  if (sourced !== rest) applied('source-reference');
  const issuing = withoutIssuing(sourced); // rule `who-gave-readout`: "who put out the readout …?"
  const read = { ...intentRead(readWords(issuing ?? sourced, range, error, dropped)), ...(issuing ? { readoutBy: true } : {}) };
  // Rule `fact-what-kind`: "what kind of ally did carter call spain?" asks the words before "ally" (chat drops
  // "kind of" from the words to find, so it is read on the input).
  const kind = WHAT_KIND.exec(input);
  const question = kind ? { ...read, asksKind: (kind[1] as string).toLowerCase() } : read;
  return references.length ? { ...question, dateReferences: references } : question;
}

/**
 * The question with its date references looked up (src/answer/reading/dateFilter.ts,
 * `resolveReferences`): the first that resolves is its filter, and its words
 * are read again without that filter's words; when none does, the question as
 * read. The lookups read the corpus, so the caller gives them.
 */
export function resolveDates(question: Question, resolvers: Resolvers): Question {
  const { dateReferences, ...read } = question;
  if (!dateReferences) return question;
  const found = resolveReferences(dateReferences, resolvers);
  if (!found) return read;
  applied('date-reference');
  return intentRead(readWords(found.ref.rest, found.range, undefined, question.chat ?? []));
}

/** Records the intent rule that read the question (DESIGN.md, "Intents"): each intent is one rule. */
function intentRead(question: Question): Question {
  if (question.intent === 'count') applied('intent-count');
  else if (question.intent === 'quantity') applied('intent-quantity');
  else if (question.intent === 'when') applied('intent-when');
  else if (question.intent === 'where') applied('intent-where');
  else if (question.intent === 'who') applied('intent-who');
  else if (question.intent === 'said') applied('intent-said');
  else if (question.intent === 'yesno') applied('intent-yesno');
  else if (question.intent === 'topic') applied('intent-topic');
  return question;
}

/** The words of a question once its date filter is taken out: intent, order, focus verb, speaker and focus. */
function readWords(rest: string, range: DateRange | null, error: string | undefined, dropped: string[]): Question {
  let text = rest.replace(/\s+/g, ' ').replace(/^[\s,;:]+/, ''); // ", did …" once a leading date is read
  text = leadingWhenClause(leadingPhrase(text));
  if (HEDGED_HOW.test(text)) {
    applied('hedged-quantity');
    text = text.replace(HEDGED_HOW, '');
  }
  let order: Question['order'] = null;
  // "how long does the deal last?", "how many years before the call had carter first met him?": a span or a count
  // is asked; "last" is a verb and "first" a time of the story, not an order of readouts.
  for (const rule of HOW_MUCH.test(text) ? [] : ORDER) {
    const m = rule.re.exec(text);
    if (!m || POSSESSIVE_BEFORE.test(text.slice(0, m.index))) continue;
    order = rule.order;
    applied('order-words');
    text = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
    break;
  }
  // Rule `when-clause`: "what did Austin condemn when he talked to Gallant?" — the clause says with whom,
  // not what was asked: read as "… with Gallant", so the question's verb is "condemn", not "talk".
  if (WHEN_CLAUSE.test(text)) applied('when-clause');
  text = text.replace(WHEN_CLAUSE, ' with ').replace(/\s+/g, ' ').trim();
  // Rule `fact-which-event`: "at which event did Mattis sit down with Karakachanov?" asks where they met, named as
  // the event the readout says it was ("at the NATO Defense Ministerial"); the noun is no word to find.
  // Only where the rest asks about the meeting itself ("did … meet/sit down with", "were … at"): "which forum had
  // Norquist just come from?" asks for another event's name (rule `fact-ordinal`, `fact-which-name`).
  const event = WHICH_EVENT.exec(text);
  let asksEvent = false;
  // What someone said ("did mattis say argentina was about to host") is another event, whatever its verb.
  if (event && MEETING_ASKED.test(text.slice(event[0].length).replace(REPORTED, ''))) {
    applied('fact-which-event');
    asksEvent = true;
    text = `where ${text.slice(event[0].length)}`;
  }
  // Rule `name-of-question`: "what's the name of the program colombia uses …?" asks "which program …?".
  const nameOf = NAME_OF.exec(text);
  if (nameOf) {
    applied('name-of-question');
    // A person's office ("the yemen envoy", "the saudi minister") asks who; any other noun asks which.
    const rest = text.slice(nameOf[0].length);
    const person = words(rest)
      .slice(0, 4)
      .some((w) => isOfficeWord(w.word));
    text = person ? `who is the ${rest}` : `which ${rest}`;
  }
  // Rule `fact-office`: "what was klimkin's job when …?", "what office does ramirez hold …?" ask who the person was,
  // as an office: read "who was klimkin when …?"; the headline states the office (answering/stated.ts officeOf).
  const office = OFFICE_OF.exec(text) ?? OFFICE_HELD.exec(text);
  const asksOffice = office ? (office[1] as string).trim() : undefined;
  if (office) text = `who was ${asksOffice} ${text.slice(office[0].length)}`.trim();
  // Rule `category-noun`: "what issues did Esper and Rajapaksa discuss?", "what defense areas did they look at?"
  // — the noun only names the kind of answer: read "what did Esper and Rajapaksa discuss (about defense)?".
  const category = CATEGORY_QUESTION.exec(text);
  if (category) {
    applied('category-noun');
    const modifier = (category[2] as string).trim();
    text = `what ${text.slice(category[0].length)}`.replace(/\s*([?.!]*)$/, modifier ? ` about ${modifier}$1` : '$1');
  }
  // "when did Mattis first meet Stoltenberg in person?": the kind of meeting, not words to find
  // ("look forward to meeting in person" in a phone call is not the answer).
  const inPerson = IN_PERSON.test(text);
  if (inPerson) text = text.replace(IN_PERSON, ' ').replace(/\s+/g, ' ').trim();
  // "which chilean president": an office asked by its country only; "which secdef met king …" asks no king.
  const whichName = WHICH_NAME.exec(text);
  const officeAsked = whichName && isOfficeWord((whichName[2] as string).toLowerCase());
  const between = (whichName?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  const named = officeAsked && !between.every((w) => countryNamed(w.toLowerCase()) !== undefined) ? null : whichName;
  const part = WHICH_PART.exec(text);
  const base: Pick<
    Question,
    'range' | 'order' | 'dateError' | 'inPerson' | 'chat' | 'year' | 'weekday' | 'asksName' | 'asksPart' | 'asksEvent' | 'asksOffice'
  > = {
    range,
    order,
    ...(asksOffice ? { asksOffice } : {}),
    ...(part ? { asksPart: (part[1] as string).toLowerCase() } : {}),
    ...(named
      ? {
          asksName: {
            words: (named[1] as string).trim().split(/\s+/).filter(Boolean),
            noun: nameNounRead((named[2] as string).toLowerCase()),
            typedNoun: (named[2] as string).toLowerCase(),
          },
        }
      : {}),
    ...(error ? { dateError: error } : {}),
    ...(inPerson ? { inPerson } : {}),
    ...(asksEvent ? { asksEvent } : {}),
    ...(dropped.length ? { chat: dropped } : {}),
  };

  // "what did X thank Y for?", "how did X respond to Y?", "what did X urge Y to do?":
  // the verb is what is asked about, so the answer must say it.
  const focusVerb = focusVerbOf(text);
  if (focusVerb) {
    const speaker = focusVerb.subject && !NOT_A_SPEAKER.test(focusVerb.subject) ? focusVerb.subject : undefined;
    return {
      intent: 'said',
      ...(speaker ? { speaker } : {}),
      focus: `${speaker ? '' : (focusVerb.subject ?? '')} ${focusVerb.rest}`.trim(),
      verb: focusVerb.verb,
      verbRequired: true,
      ...(focusVerb.word ? { verbWord: focusVerb.word } : {}),
      ...base,
    };
  }

  const said = SAID.exec(text);
  if (said && !NOT_A_SPEAKER.test((said[1] as string).trim())) {
    const sayWord = (said[2] as string).toLowerCase();
    return {
      intent: 'said',
      speaker: (said[1] as string).trim(),
      focus: said[3] as string,
      verb: null,
      verbRequired: false,
      ...(CONTENT_SAY.test(sayWord) ? { sayWord } : {}),
      ...base,
    };
  }
  // "how long has the ANZUS alliance existed?": the years the readout states (an anniversary, "since 1951").
  if (HOW_LONG.test(text)) {
    const focus = text.replace(HOW_LONG, '').replace(EXIST_VERBS, ' ').replace(CALLED_VERBS, ' ').replace(/\s+/g, ' ').trim();
    return { intent: 'quantity', focus, verb: null, verbRequired: false, duration: true, ...base };
  }
  // "which round of the talks was it?", "which trip … - first, second?": the ordinal is asked (rule `fact-ordinal`).
  const ordinal = ordinalAsked(text);
  if (ordinal) return { intent: 'quantity', verb: null, verbRequired: false, ...ordinal, ...base };
  for (const { intent, re } of RULES) {
    if (!re.test(text)) continue;
    if (intent === 'quantity') {
      // The counted thing is the last word before the verb: "how many nuclear subs will …" → subs.
      const before =
        /^how\s+(?:many|much)\s+((?:[\w-]+\s+){0,3}?)(?:did|do|does|will|would|has|have|had|are|were|is|was|can|could|should)\b/i.exec(
          text,
        );
      const unit =
        before?.[1]?.trim().split(/\s+/).pop() ??
        /^how\s+(?:many|much)\s+([\w-]+)/i.exec(text)?.[1] ??
        /^what\s+(percentage|percent|share|proportion)/i.exec(text)?.[1];
      // "how many Indonesian officials did Anderson meet?": the readout names the people, it does not count them;
      // "how much money …?": the readout writes dollars, not "money" (rule `quantity-money`).
      if (unit && (PERSON_NOUN.test(unit) || MONEY_UNIT.test(unit))) {
        return {
          intent,
          focus: text
            .replace(new RegExp(String.raw`\b${unit}\b`, 'i'), ' ')
            .replace(/\s+/g, ' ')
            .trim(),
          verb: null,
          verbRequired: false,
          ...(PERSON_NOUN.test(unit) ? { people: true, peopleNoun: unit } : { money: true }),
          ...base,
        };
      }
      return { intent, focus: text, verb: null, verbRequired: false, ...(unit ? { unit } : {}), ...base };
    }
    // "did Smith thank Berg?": the verb is part of what must be found, but not the only thing.
    // "which Indonesian officials did Anderson meet?": "officials" is what is asked for, not a word to find.
    if (intent === 'who') text = text.replace(WHO_NOUN, '$1');
    // "on what day did Mattis call Al-Attiyah?": the asked-for noun is no word to find ("Day" is a name in
    // "Independence Day"); a year asked for is answered by the year a sentence states (rule `when-year`).
    // "what city was Mattis in …?": the same for a where-question ("City" is a name in "Kuwait City").
    if (intent === 'where') text = text.replace(WHERE_NOUN, 'where');
    const whenNoun = intent === 'when' ? WHEN_NOUN.exec(text) : null;
    if (whenNoun) {
      text = `when ${text.slice(whenNoun[0].length)}`.replace(/\s+/g, ' ').trim();
      if (/year/i.test(whenNoun[0])) base.year = true;
      if (WEEKDAY_NOUN.test(whenNoun[0])) base.weekday = true;
    }
    // "did they discuss Taiwan?": talking about Taiwan is mentioning it, so that family is dropped
    // (its words are question words, src/answer/reading/concepts.ts).
    const found = intent === 'count' ? null : focusVerbOf(text, { anywhere: true });
    if (!found) return { intent, focus: text, verb: null, verbRequired: false, ...base };
    const verb = found.verb === 'discuss' ? null : found.verb;
    // "did Hagel thank Key?" asks whether he thanked him: a sentence without the verb does not answer.
    return { intent, focus: verb ? found.rest : text, verb, verbRequired: verb !== null, ...base };
  }
  if (WHICH_MEMBERS.test(text))
    return { intent: 'topic', focus: text.replace(WHICH_MEMBERS, '$1'), verb: null, verbRequired: false, members: true, ...base };
  const found = focusVerbOf(text, { anywhere: true });
  if (!found) return { intent: 'topic', focus: text, verb: null, verbRequired: false, ...base };
  const verb = found.verb === 'discuss' ? null : found.verb;
  return { intent: 'topic', focus: verb ? found.rest : text, verb, verbRequired: verb !== null, ...base };
}
