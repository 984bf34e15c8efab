/**
 * The headline of an `ask` answer, worded by the question's intent: the date
 * for "when", the place (and its city) for "where", the people named for
 * "who", the number, span of years or ordinal for "how many / how long /
 * which round", the question as a heading for "what did X thank Y for", and
 * a plain "came up in" for a topic. A partial match says so (`hedged`).
 * Pure wording over the ranked sentences: what to rank is decided before
 * (src/answer/answering/prefer.ts).
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { conceptsOf, type Concept } from '../reading/concepts.ts';
import type { Question } from '../reading/question.ts';
import { isOpening, openingOf, type Reading } from '../reading/reading.ts';
import type { Ranked } from '../ranking/rank.ts';
import { dateIn, describeDate, peopleWithRoles, placesIn, principalOf, withoutAttribution } from '../reading/extract.ts';
import { acronym } from '../../lexicon/index.ts';
import { dayBefore } from '../reading/dateFilter.ts';
import { citation, conceptLabel, dateList, listed, rangeSuffix, readoutsLabel } from './cite.ts';
import { STOP_WORDS, term, terms, words, type Word } from '../../text/terms.ts';
import { countryNamed, widenings } from '../reading/vocabulary.ts';
import {
  eventIn,
  countriesIn,
  countriesWritten,
  monthIn,
  nameIn,
  officeOf,
  PARTS,
  typedWords,
  WHICH_COUNTRIES,
  weekdayIn,
  whoStated,
  yearIn,
} from './stated.ts';
import { applied } from '../explain.ts';
import { spokespersonIn } from './spokesperson.ts';
import { DEFAULTS } from '../defaults.ts';
import { durationPhrase, MONEY_ASKED, numberBeforeUnit, numberPhrase, ordinalPhrase, shareOf, withOrdinal } from './numberPhrases.ts';

/** "Hagel and China's defense minister": the names, each office after the name it describes. */

/**
 * Headlines that say the asked number or ordinal is stated nowhere (rule `fact-not-stated`): the answer is none, and
 * the sentences found are only the closest.
 */
export const NOT_STATED = { number: 'The readouts state no number for that', which: 'The readouts do not say which' } as const;

/** Does a headline say the asked fact is stated nowhere? */
export function notStated(line: string): boolean {
  return line.startsWith(NOT_STATED.number) || line.startsWith(NOT_STATED.which);
}

export function namesLabel(names: Concept[]): string {
  const parts: string[] = [];
  let before: Concept | undefined;
  for (const c of names) {
    // "the estonian minister" is Estonia's minister, not "Estonian's".
    if (c.office && parts.length) {
      const owner = before?.country && !/'s\b/.test(parts[parts.length - 1] as string) ? before.country : parts[parts.length - 1];
      parts[parts.length - 1] = /'s\b/.test(owner as string) ? `${owner} ${c.label.toLowerCase()}` : `${owner}'s ${c.label.toLowerCase()}`;
    } else parts.push(c.label);
    before = c;
  }
  return parts.join(' and ');
}

/**
 * When the best sentence states only part of what was asked, the headline says
 * so instead of claiming an answer: "Yes" becomes "Possibly", and other
 * headlines say the match is partial.
 */
export function hedged(question: Question, lead: Ranked, line: string, partial = false): string {
  // A focus-verb answer may rightly refer back to the sentence before it.
  const certain = lead.coverage >= DEFAULTS.answering.certain && lead.focus >= DEFAULTS.answering.certain;
  if (!partial && (question.verbRequired || certain)) return line;
  applied('partial-match');
  if (question.intent === 'yesno') return line.replace(/^(?:Yes\b[\s—-]*)?/, 'Possibly (a partial match) — ');
  return `Partial match, not every part of the question: ${line}`;
}

/**
 * People a sentence names, other than those the question already names. When
 * the question describes an office ("who is the Vietnamese defense minister?"),
 * the people whose office matches it best come first.
 */
export function othersNamed(text: string, asked: Set<string>): string[] {
  // "Who provided the readout?" is the one question the spokesperson answers.
  if (!SPOKESPERSON_ASKED.some((w) => asked.has(w))) text = withoutAttribution(text);
  const askedTerms = new Set([...asked].map((w) => term(w)).filter((t): t is string => t !== null));
  const people = peopleWithRoles(text)
    .filter((p) => !words(p.name).some((w) => asked.has(w.word)))
    .map((p, i) => ({ ...p, i, fit: terms(p.role).filter((t) => askedTerms.has(t)).length }));
  const best = Math.max(0, ...people.map((p) => p.fit));
  // Only the best-fitting office when the question names one; else everyone named.
  return people.filter((p) => p.fit === best).map((p) => p.name);
}

const SPOKESPERSON_ASKED = ['readout', 'spokesperson', 'spokesman', 'spokeswoman', 'statement'];

/**
 * The words of the people a question already names, for `othersNamed`: its own words, and — rule
 * `who-not-secretary` — when it asks whom the U.S. secretary met, naming them by office ("who did the secdef
 * meet?", "who did the secretary of war host?") or asks who holds a foreign office ("who is the Kenyan defence
 * cabinet secretary?"), the surname of the official whose readout holds the sentence.
 * "Which secdef met Abe?" asks for the secretary and keeps them.
 */
export function askedNames(index: SentenceIndex, question: Question, sentence: number): Set<string> {
  return askedNamesFor(index, question)(sentence);
}

/** `askedNames` for many sentences of one question: the question is read once. */
export function askedNamesFor(index: SentenceIndex, question: Question): (sentence: number) => Set<string> {
  const asked = new Set(words(`${question.focus} ${question.speaker ?? ''}`).map((w) => w.word));
  if (!secretaryAsked(question.focus) && !foreignOfficeAsked(question.focus)) return () => asked;
  // Read once per readout: a question weighs many sentences of the same few readouts.
  const byReadout = new Map<number, Set<string>>();
  return (sentence) => {
    const { first } = index.readout(sentence);
    let names = byReadout.get(first);
    if (!names) {
      const principal = principalOfReadout(index, sentence);
      names = principal ? new Set([...asked, principal]) : asked;
      byReadout.set(first, names);
    }
    if (names !== asked) applied('who-not-secretary');
    return names;
  };
}

const principals = new WeakMap<SentenceIndex, Map<number, string | null>>();

/** The U.S. official whose readout holds the sentence (principalOf its opening): a fact of the corpus, read once per readout. */
function principalOfReadout(index: SentenceIndex, sentence: number): string | null {
  let known = principals.get(index);
  if (!known) principals.set(index, (known = new Map()));
  const { first, count } = index.readout(sentence);
  let principal = known.get(first);
  if (principal === undefined) {
    let opening = first;
    while (opening < first + count - 1 && !isOpening(index, opening)) opening++;
    principal = principalOf(index.text(opening));
    known.set(first, principal);
  }
  return principal;
}

/** "who is the Kenyan defence cabinet secretary?": a foreign office is asked about, so the U.S. official is no answer. */
function foreignOfficeAsked(focus: string): boolean {
  const m = /^who\s+(?:is|was|are|were)\s+(?:the\s+)?([\p{L}.]+)\s+\p{L}/iu.exec(focus);
  const country = m ? countryNamed((m[1] as string).toLowerCase()) : undefined;
  return country !== undefined && country.code !== 'US';
}

/** "did the secretary", "did the secdef" (an acronym of the table), "has the pentagon chief": the secretary is the one who met. */
function secretaryAsked(focus: string): boolean {
  const subject = /\b(?:did|does|do|has|had|will|would)\s+(?:the\s+)?(?:(?:acting|deputy|us|u\.s\.)\s+)*([\p{L}.]+)/iu.exec(focus);
  const word = subject?.[1]?.toLowerCase() ?? '';
  if (word === 'secretary' || word === 'pentagon') return true;
  return acronym(word).some((e) => /\bSecretary of (?:Defense|War)\b/.test(e.expansion));
}

/** `ranked`: every sentence that answers (counts, dates); `shown`: the leaders in the order the answer gives them. */
export function headline(
  index: SentenceIndex,
  reading: Reading,
  lead: Ranked,
  ranked: Ranked[],
  label: string,
  shown: Ranked[] = ranked,
): string {
  const { question } = reading;
  const sentence = citation(index, lead.sentence);
  const date = sentence.date;
  const when = date ? describeDate(date) : 'an undated readout';
  const docs = new Set(ranked.map((r) => index.readout(r.sentence).file));
  const dates = dateList(ranked.map((r) => index.readout(r.sentence).date));
  // Rule `fact-which-event`: "at which event did Mattis meet Karakachanov?" — the occasion the sentence names.
  const event = question.asksEvent ? eventIn(sentence.text) : null;
  if (event) {
    applied('fact-which-event');
    return `${event} — ${when}.`;
  }
  // Rule `fact-office`: "what was klimkin's job?" — the office the sentence gives the person; of the lead, the
  // sentences shown and the readout's opening, the fullest ("Minister of External Affairs", not "Minister").
  const surname = question.asksOffice?.split(/\s+/).at(-1);
  const office = surname
    ? [lead.sentence, ...shown.slice(0, 3).map((r) => r.sentence), openingOf(index, index.data.readoutOf[lead.sentence] as number)]
        .map((i) => officeOf(index.text(i), surname))
        .reduce<string | null>((best, o) => (o && o.length > (best?.length ?? 0) ? o : best), null)
    : null;
  if (office) {
    applied('fact-office');
    return `${office} — ${when}.`;
  }
  // Rule `fact-which-name`: "which air policing mission did Mattis thank Norway for?" — the name the
  // sentence gives ("Baltic Air Policing mission"), when the question asks for one.
  // "what year was the treaty …?" asks for the year (rule `when-year`), not the treaty's name.
  const askYear = question.intent === 'when' && question.year === true;
  // No capitalised name: what the sentence writes before the noun ("the reciprocal defense procurement agreement"),
  // as for "what kind of" (rule `fact-what-kind`).
  const name =
    question.asksName && !question.ordinal && !askYear
      ? (nameIn(sentence.text, question.asksName) ?? kindIn(sentence.text, question.asksName.typedNoun, 2))
      : null;
  if (name) {
    applied('fact-which-name');
    return `${withOrdinal(sentence.text, name)} — ${when}.`;
  }
  // "which two countries co-hosted the B9 meeting?": the countries the sentence names, not those asked about.
  if (question.members || WHICH_COUNTRIES.test(question.focus)) {
    const asked = new Set(words(question.focus).map((w) => countryNamed(w.word)?.country));
    // As the sentence writes them, in a list read as English: "Turkiye and Chile".
    const found = countriesWritten(sentence.text).filter((c) => !asked.has(c.country));
    if (found.length) {
      applied('fact-which-name');
      return `${listed(found.map((c) => c.written))} — ${when}.`;
    }
  }
  // Rule `fact-which-part`: "which part of Australia …?" — the part the sentence gives ("northern Australia").
  const part = question.asksPart ? new RegExp(String.raw`\b(?:${PARTS})\s+(?:the\s+)?${question.asksPart}`, 'i').exec(sentence.text) : null;
  if (part) {
    applied('fact-which-part');
    return `${part[0]} — ${when}.`;
  }
  // Rule `fact-what-kind`: "what kind of ally did carter call spain?" — the words the sentence puts before the
  // noun ("a full-spectrum ally"), up to three, none a stop word.
  const kind = question.asksKind ? kindIn(sentence.text, question.asksKind) : null;
  if (kind) {
    applied('fact-what-kind');
    return `${kind} — ${when}.`;
  }
  // "who did Hegseth call first?": the order picked the readout; the headline still names whom.
  if (question.order && question.intent !== 'when' && question.intent !== 'who' && question.intent !== 'where') {
    applied('order-by-date');
    const which = question.order === 'first' ? 'earliest' : 'latest';
    return `${question.order === 'first' ? 'First' : 'Latest'}: ${when}, the ${which} of ${readoutsLabel(docs.size)} that match.`;
  }
  switch (question.intent) {
    case 'when': {
      applied('when-date');
      // "spoke today … to discuss the test on September 2": the meeting's date is the readout's.
      // Rule `fact-weekday`: "which evening did Austin call Múcio?" — the weekday the readout states.
      const weekday = question.weekday ? weekdayIn(sentence.text) : null;
      if (weekday) {
        applied('fact-weekday');
        return `${weekday}, according to the readout of ${when}.`;
      }
      // Rule `when-year`: "by what year will Lithuania reach 2%?" asks for the year the sentence states ("by 2018"),
      // before the readout's own "today".
      const year = question.year ? yearIn(sentence.text, typedWords(reading.question.focus)) : null;
      if (!year && date && /\byesterday\b/i.test(sentence.text))
        return `${describeDate(dayBefore(date))}, the day before the readout of ${when}.`;
      if (!year && /\btoday\b/i.test(sentence.text)) return `On ${when}.`;
      if (year) {
        applied('when-year');
        return `${year}, according to the readout of ${when}.`;
      }
      const stated = dateIn(sentence.text, date);
      if (stated && stated !== date) return `${describeDate(stated)}, according to the readout of ${when}.`;
      // Rule `fact-when-stated`: a sentence past the opening that gives the asked event a month ("host the
      // conference in July") answers with it; the opening's month is the meeting's, which its date says.
      const month = isOpening(index, lead.sentence) ? null : monthIn(sentence.text);
      if (month) {
        applied('fact-when-stated');
        return `${month}, according to the readout of ${when}.`;
      }
      return `On ${when}.`;
    }
    case 'where': {
      const found = shown
        .slice(0, 3)
        .flatMap((r) => placesIn(index.text(r.sentence)).map((p) => ({ p, text: index.text(r.sentence) })))
        .find(({ p }) => !words(question.focus).some((w) => w.word === p.toLowerCase()));
      // Rule `fact-where-city`: "at the Presidential Residence in Algiers" — the building and its city.
      const city =
        found && new RegExp(`${found.p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in ((?:[A-Z][\\w'’-]*\\s?){1,3})`).exec(found.text);
      if (city) applied('fact-where-city');
      const place = found ? (city ? `${found.p} in ${(city[1] as string).trim().replace(/[.,;:]+$/, '')}` : found.p) : undefined;
      applied('where-place');
      if (place) return `${place} — ${when}.`;
      // "which country is the biggest non-NATO contributor?": a country the sentence names, not one asked about.
      const country = countriesIn(sentence.text).find((c) => !words(question.focus).some((w) => countryNamed(w.word)?.country === c));
      return country ? `${country} — ${when}.` : `The readouts do not say where; the closest is from ${when}.`;
    }
    case 'who': {
      applied('who-named');
      // The sentence itself, else the sentences before it ("… wanted to place
      // the call" follows "spoke with … Jens Stoltenberg"), else the title.
      const asked = askedNames(index, question, lead.sentence);
      const { first } = index.readout(lead.sentence);
      const before: string[] = [];
      for (let n = lead.sentence - 1; n >= first; n--) before.push(index.text(n));
      if (question.readoutBy) {
        // The sentence, else one above it ("Pentagon Press Secretary Jane Doherty provided the following readout:").
        const spokesperson = [sentence.text, ...before].map(spokespersonIn).find((name) => name !== null);
        return spokesperson ? `${spokesperson} — ${when}.` : `The readout of ${when} does not name who issued it.`;
      }
      const named = whoStated(sentence.text, question.focus);
      if (named) return `${named} — ${when}.`;
      const places = [sentence.text, ...before, sentence.title];
      const people = places.map((text) => othersNamed(text, asked)).find((found) => found.length > 0) ?? [];
      return people.length ? `${people.join(', ')} — ${when}.` : `The readout of ${when} names no one else.`;
    }
    case 'yesno':
      applied('yesno-answer');
      // The sentence itself is result 1, right below: the headline only answers.
      return `Yes — on ${when}.`;
    case 'quantity': {
      // "how many people were flown out": the number the sentence gives them ("4,100 people"), else the people it names.
      const counted = question.people ? numberBeforeUnit(sentence.text, unitTerms(index, question.peopleNoun)) : null;
      if (counted) {
        applied('quantity-number');
        return `${counted} — ${when}.`;
      }
      if (question.people) {
        const people = othersNamed(sentence.text, askedNames(index, question, lead.sentence));
        applied('quantity-people');
        if (people.length) return `${people.length} named: ${people.join(', ')} — ${when}.`;
      }
      if (question.duration) {
        applied('fact-duration');
        const span = durationPhrase(sentence.text, date);
        return span ? `${span} — ${when}.` : `The readouts state no span of years for that; the closest is from ${when}.`;
      }
      if (question.ordinal) {
        applied('fact-ordinal');
        const which = ordinalPhrase(sentence.text, question.ordinal);
        if (which) return `${which} — ${when}.`;
        // "what conference was it agreed at?": no ordinal, but the name the sentence gives (rule `fact-which-name`).
        const named = question.asksName ? nameIn(sentence.text, question.asksName) : null;
        if (named) {
          applied('fact-which-name');
          return `${named} — ${when}.`;
        }
        return `${NOT_STATED.which} ${question.ordinal}; the closest is from ${when}.`;
      }
      applied('quantity-number');
      // Rule `quantity-money`: "how much money …?", "how much is the MOU worth?" — an amount of money ("$10.15
      // billion"), not the first number ("seven-year").
      const money =
        question.money || MONEY_ASKED.test(question.focus)
          ? /\$\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion))?/i.exec(sentence.text)
          : null;
      if (money) applied('quantity-money');
      const stated = money
        ? money[0].replace(/[,.]+$/, '')
        : numberPhrase(sentence.text, unitTerms(index, question.unit), shareOf(question.focus));
      return stated ? `${stated} — ${when}.` : `${NOT_STATED.number}; the closest is from ${when}.`;
    }
    case 'said': {
      applied('said-heading');
      if (reading.verb) return `${verbPhrase(index, question, reading)}: ${readoutsLabel(docs.size)} (${dates}).`;
      const speaker = conceptLabel(conceptsOf(index, question.speaker ?? ''), question.speaker ?? '');
      // "what did the UK commit to?": no topic, only the speaker.
      if (!reading.concepts.some((c) => c.end <= question.focus.length && c.start >= 0 && !c.bonus)) {
        return `What ${speaker} said: ${readoutsLabel(docs.size)} (${dates}).`;
      }
      return `${speaker} on ${label}: ${readoutsLabel(docs.size)} (${dates}).`;
    }
    default: {
      // A short topic reads as a subject; a long question does not.
      // "what happened on …": no topic, only a date as the text states it.
      const topical = reading.concepts.some((c) => c.start >= 0 && c.end <= question.focus.length && !c.bonus);
      const subject = topical && label.split(/\s+/).length <= 5 ? `${label} came up in` : 'Found in';
      return `${subject} ${readoutsLabel(docs.size)}${rangeSuffix(question.range)} (${dates}).`;
    }
  }
}

/** How a headline names a focus verb's act: "Nothing … mentions thanks with Carter and Abe." */
export const VERB_NOUN: Record<string, string> = { thank: 'thanks', discuss: 'a discussion', respond: 'a response', ask: 'a request' };

/** "What Austin thanked Kishi for", "How Hicks responded to …": the question as a heading. */
export function verbPhrase(index: SentenceIndex, question: Question, reading: Reading): string {
  const who = question.speaker ? conceptLabel(conceptsOf(index, question.speaker), question.speaker) : 'they';
  // "with Reznikov", "about Taiwan": the preposition reads as the user wrote it.
  const lead = /^(?:with|about|on|regarding|over|in|at)\s+/i.exec(question.focus)?.[0].toLowerCase() ?? '';
  const label = conceptLabel(conceptsOf(index, question.focus, { dropQuestionWords: true }), question.focus);
  const object = label && lead ? `${lead}${label}` : label;
  switch (reading.verb?.label) {
    case 'thank':
      return `What ${who} thanked ${object || 'them'} for`;
    case 'respond':
      // "… condemn when he talked to Gallant" is read "… with Gallant": the talks, not what was responded to.
      if (lead === 'with ') return `How ${who} responded in the talks ${object}`;
      return `How ${who} responded${object ? ` to ${object}` : ''}`;
    case 'ask':
      return `What ${who} urged${object ? ` ${object}` : ''}`;
    default:
      return `What ${who} discussed${object ? ` ${lead ? '' : 'about '}${object}` : ''}`;
  }
}

/** The counted thing's term and, for an alias ("troops" = "service members"), the last term of each of its names. */
function unitTerms(index: SentenceIndex, unit: string | undefined): Set<string> {
  const out = new Set<string>();
  const own = unit ? term(unit.toLowerCase()) : null;
  if (!unit || !own) return out;
  out.add(own);
  // Its close synonyms, as the reading found them (rule `counted-synonyms`: "how many countries" → "ten nations").
  for (const r of widenings(unit.toLowerCase())) {
    const t = r.relation === 'synonym' && r.weight >= DEFAULTS.reading.fallbackMinWeight && !/\s/.test(r.word) ? term(r.word) : null;
    if (t) out.add(t);
  }
  for (const name of index.aliases.lookup(unit)?.names ?? []) {
    const last = terms(name).pop();
    if (last) out.add(last);
  }
  return out;
}

/** The modifiers a text puts before `noun` (or its plural) with the noun: "a full-spectrum ally" → "full-spectrum ally". */
export function kindIn(text: string, noun: string, least = 1): string | null {
  const all = words(text);
  for (let k = 1; k < all.length; k++) {
    const w = all[k] as Word;
    if (w.word !== noun && w.word !== `${noun}s` && term(w.word) !== term(noun)) continue;
    let from = k;
    while (from > 0 && k - from < 3 && !STOP_WORDS.has((all[from - 1] as Word).word) && /^\p{Ll}/u.test((all[from - 1] as Word).raw))
      from--;
    if (k - from >= least) return text.slice((all[from] as Word).start, w.end);
  }
  return null;
}
