/**
 * `ask`: a question in, the best sentences out (at most five, near-duplicates
 * grouped), with a headline shaped by the question's intent. When no sentence
 * covers enough of the question, the answer says so plainly and cites nothing.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { conceptsOf, type Concept } from '../reading/concepts.ts';
import { readQuestion, resolveDates, type Question } from '../reading/question.ts';
import { answeredBy, corpusDates, secondReading } from './reread.ts';
import { isOpening, openingOf, readConcepts, type Reading } from '../reading/reading.ts';
import { rank, type Ranked } from '../ranking/rank.ts';
import { groupNearDuplicates, type Group } from '../ranking/group.ts';
import { hasNotes } from '../reading/notes.ts';
import { citation, conceptLabel, dateList, rangeSuffix, readouts, readoutsInRange, result } from './cite.ts';
import { dateIn, describeDate, peopleWithRoles, placesIn } from '../reading/extract.ts';
import { suggestionsFor } from './suggest.ts';
import { correctionNote } from './corrected.ts';
import { mentions } from '../ranking/mentions.ts';
import { dateTest, dayBefore } from '../reading/dateFilter.ts';
import type { Answer } from '../types.ts';
import { term, terms, words } from '../../text/terms.ts';

/** A sentence must cover this share of the question's weight to count as an answer… */
export const MIN_COVERAGE = 0.5;
/** …and, when better ones exist, this share of the best one's coverage. */
const RELATIVE_COVERAGE = 0.75;
/** Intents a readout's head answers (who met whom, when, where): rule absent-topic leaves them. */
const ABOUT_THE_MEETING = new Set<string>(['who', 'when', 'where']);
/** At most this many results. */
export const MAX_RESULTS = 5;
/** "How many readouts mention X": readouts listed at most. */
const MAX_COUNT_LISTED = 50;

/**
 * Answer a question: its words first (text only), then the dates they give
 * through the corpus ("under Esper"), then the corpus reading and ranking. A
 * miss is read again the way src/answer/answering/reread.ts picks.
 */
export function ask(index: SentenceIndex, input: string): Answer {
  const asked = readQuestion(input);
  const question = resolveDates(asked, corpusDates(index));
  if (question.dateError) return refused(input, question, question.dateError);
  const answer = answerReading(index, input, readConcepts(index, question));
  if (!answer.none) return answer;
  for (const again of secondReading(asked, question, answer)) {
    const found = answerReading(index, input, readConcepts(index, again.question));
    if (!found.none || again.final) answeredBy(again);
    if (!found.none) return again.final ? found : { ...found, headline: again.headline(found.headline) };
    if (again.final) return found;
  }
  return answer;
}

/** A question whose date cannot be: said in one line, nothing searched. */
function refused(input: string, question: Question, why: string): Answer {
  return {
    command: 'ask',
    input,
    intent: question.intent,
    headline: `Not searched: ${why}`,
    none: true,
    results: [],
    suggestions: [],
    searched: 0,
  };
}

/** Answer a question read against the corpus (src/answer/reading/reading.ts), saying how it was read when that was more than its words. */
export function answerReading(index: SentenceIndex, input: string, reading: Reading): Answer {
  const answer = answerRead(index, input, reading);
  return hasNotes(reading.notes) ? { ...answer, reading: reading.notes } : answer;
}

function answerRead(index: SentenceIndex, input: string, reading: Reading): Answer {
  const { question } = reading;
  const base = { command: 'ask' as const, input, intent: question.intent, ...(question.range ? { filter: question.range } : {}) };
  const searched = readoutsInRange(index, question.range);
  // The concepts were read from the focus followed by the speaker: those inside the focus label it.
  const label = conceptLabel(
    reading.concepts.filter((c) => c.start >= 0 && c.end <= question.focus.length && !c.bonus),
    question.focus,
  );

  if (question.intent === 'count') return count(index, input, reading, searched);

  const concepts = reading.concepts;
  // "the most recent readout", "first readout of 2021": nothing to match, only an order.
  if (question.order && concepts.filter((c) => !c.bonus).length === 0) return byDateOnly(index, input, question, searched);
  const nothing = (what: string): Answer => {
    const sentence = concepts.length === 0 ? 'Ask about a topic, a person or a place' : what;
    return {
      ...base,
      headline: question.intent === 'yesno' ? `No. ${sentence}.` : `${sentence}.`,
      none: true,
      results: [],
      suggestions: suggestionsFor(index, `${question.focus} ${question.speaker ?? ''}`),
      searched,
    };
  };
  const inRange = `${readouts(searched)}${rangeSuffix(question.range)}`;
  if (reading.missing.length) {
    // Name what the corpus lacks: "Manila", not "Mattis meet anyone in Manila".
    // Every word the corpus lacks, in the user's order: "NATO enlargement".
    const missing = concepts.filter((c) => !c.known && c !== reading.verb && !c.bonus);
    if (missing.length)
      return nothing(`Nothing in ${inRange} mentions ${conceptLabel(missing, `${question.focus} ${question.speaker ?? ''}`)}`);
    return nothing(`Nothing in ${inRange} says that`);
  }
  if (reading.allowed && !reading.allowed.includes(1)) {
    const who = namesLabel(reading.names);
    if (question.inPerson) return nothing(`No readout of an in-person meeting names ${who || 'that'}`);
    return nothing(`No readout names ${who} together`);
  }

  const all = rank(index, concepts, {
    range: question.range,
    allowed: reading.allowed,
    context: reading.context,
    anaphora: reading.verb?.required === true,
    coverageOnly: reading.verb?.required === true,
  });
  const bestCoverage = all.reduce((best, r) => Math.max(best, r.coverage), 0);
  // Names select readouts; the rest of the question must be in the sentence itself.
  const ranked = all.filter((r) => r.coverage >= Math.max(MIN_COVERAGE, RELATIVE_COVERAGE * bestCoverage) && r.focus >= MIN_COVERAGE);
  if (concepts.length === 0 || ranked.length === 0) {
    const unknown = concepts.filter((c) => !c.known);
    if (reading.verb?.required && unknown.length === 0) {
      if (question.intent !== 'said') {
        const names = reading.names.map((c) => c.label).join(' and ');
        return nothing(
          `Nothing in ${inRange} mentions ${VERB_NOUN[reading.verb.label] ?? reading.verb.label}${names ? ` with ${names}` : ''}`,
        );
      }
      const phrase = verbPhrase(index, question, reading);
      return nothing(`Nothing in ${inRange} says ${phrase[0]?.toLowerCase()}${phrase.slice(1)}`);
    }
    return nothing(`Nothing in ${inRange} mentions ${unknown.length ? conceptLabel(unknown, question.focus) : label}`);
  }

  // A discussion names its topics, not its parties ("The two leaders discussed …"): only thanks, requests and
  // responses prefer the sentence that names whom (rule said-names-stated).
  let preferred = prefer(index, question, ranked, reading.verb?.label === 'discuss' ? [] : reading.names);
  if (question.order) preferred = byOrder(index, question.order, preferred);
  let groups = groupNearDuplicates(index, preferred, question.order ? undefined : (a, b) => newestFirst(index, a, b));
  if (question.intent === 'topic' && !question.order) groups = newestAmongBest(index, groups, asTyped(reading));
  const top = groups.slice(0, MAX_RESULTS);
  const results = top.map((g) =>
    result(
      index,
      g.lead.sentence,
      g.lead.score,
      g.others.map((o) => o.sentence),
    ),
  );
  const lead = top[0]?.lead as Ranked;
  // Rule `unknown-word-drop` (certainty): a word was dropped, and what remains is answered only in part
  // ("news on the price of avocados" by a sentence on a price): the dropped word was the point, so nothing.
  if (reading.dropped.length && !question.verbRequired && (lead.coverage < CERTAIN || lead.focus < CERTAIN)) {
    return nothing(`Nothing in ${inRange} mentions ${conceptLabel(reading.dropped, `${question.focus} ${question.speaker ?? ''}`)}`);
  }
  // Rule `absent-topic`: a topic word the named readouts never write (nor its close synonyms) leaves an answer
  // only when the lead sentence itself states something typed that its readout's head does not already give —
  // not only a widened word: "the Iraqi soldiers who were killed" is not answered by a Carter sentence on the
  // troops he met, nor "Kenyan soldiers and cocaine" by one on Kenyan troops. A who/when/where question is
  // answered by the meeting itself.
  const leadReadout = index.data.readoutOf[lead.sentence] as number;
  const states = lead.matched.some((c) => !c.bonus && reading.context(leadReadout, c) < 1);
  if (reading.absent.length && !states && !ABOUT_THE_MEETING.has(question.intent)) {
    const who = namesLabel(reading.names);
    const what = conceptLabel(reading.absent, `${question.focus} ${question.speaker ?? ''}`);
    return nothing(who ? `No readout naming ${who} mentions ${what}` : `Nothing in ${inRange} mentions ${what}`);
  }
  return {
    ...base,
    headline: correctionNote(index, reading.concepts) + hedged(question, lead, headline(index, reading, lead, ranked, label)),
    none: false,
    results,
    searched,
  };
}

/** "Hagel and China's defense minister": the names, each office after the name it describes. */
function namesLabel(names: Concept[]): string {
  const parts: string[] = [];
  for (const c of names) {
    if (c.office && parts.length)
      parts[parts.length - 1] += /'s\b/.test(parts[parts.length - 1] as string)
        ? ` ${c.label.toLowerCase()}`
        : `'s ${c.label.toLowerCase()}`;
    else parts.push(c.label);
  }
  return parts.join(' and ');
}

/** Below this coverage the best sentence answers only part of the question. */
const CERTAIN = 0.6;

/**
 * When the best sentence states only part of what was asked, the headline says
 * so instead of claiming an answer: "Yes" becomes "Possibly", and other
 * headlines say the match is partial.
 */
function hedged(question: Question, lead: Ranked, line: string): string {
  // A focus-verb answer may rightly refer back to the sentence before it.
  if (question.verbRequired || (lead.coverage >= CERTAIN && lead.focus >= CERTAIN)) return line;
  if (question.intent === 'yesno') return line.replace(/^Yes — /, 'Possibly (a partial match) — ');
  return `Partial match, not every part of the question: ${line}`;
}

/** The earliest or newest dated readout (in the range, if any), cited by its opening sentence. */
function byDateOnly(index: SentenceIndex, input: string, question: Question, searched: number): Answer {
  const test = dateTest(question.range);
  let pick = -1;
  for (let n = 0; n < index.readouts.length; n++) {
    const date = index.readoutDate(n);
    if (date === 0 || (test && !test(date))) continue;
    if (pick < 0 || (question.order === 'first' ? date < index.readoutDate(pick) : date > index.readoutDate(pick))) pick = n;
  }
  const base = { command: 'ask' as const, input, intent: question.intent, searched, ...(question.range ? { filter: question.range } : {}) };
  if (pick < 0) return { ...base, headline: `No dated readout${rangeSuffix(question.range)}.`, none: true, results: [], suggestions: [] };
  const r = index.readouts[pick] as (typeof index.readouts)[number];
  const when = describeDate(r.date as string);
  const sentence = openingOf(index, pick);
  return {
    ...base,
    headline: `${question.order === 'first' ? 'First' : 'Latest'}${rangeSuffix(question.range)}: ${when} — ${r.title.replace(/\.+$/, '')}.`,
    none: false,
    results: [result(index, sentence, 1)],
  };
}

/**
 * "First", "latest": among the readouts that answer, the earliest or newest
 * (undated ones never), its best sentence first; the rest follow by score.
 */
function byOrder(index: SentenceIndex, order: 'first' | 'last', ranked: Ranked[]): Ranked[] {
  let pick: Ranked | undefined;
  for (const r of ranked) {
    const date = index.dateOf(r.sentence);
    if (date === 0) continue;
    const best = pick ? index.dateOf(pick.sentence) : 0;
    if (!pick || (order === 'first' ? date < best : date > best)) pick = r;
  }
  if (!pick) return ranked;
  const chosen = index.data.readoutOf[pick.sentence];
  const inIt = ranked.filter((r) => index.data.readoutOf[r.sentence] === chosen);
  // "the latest call with South Korea": when the opening covers the question as well as any
  // sentence of the readout, it leads: it says who met whom, and when.
  const opening = inIt.find((r) => isOpening(index, r.sentence));
  const lead = (opening && opening.coverage >= (inIt[0] as Ranked).coverage - 1e-9 ? opening : inIt[0]) as Ranked;
  // Results stand for themselves: the chosen readout's best sentence leads, scored above the rest.
  const top = Math.max(...ranked.map((r) => r.score));
  return [{ ...lead, score: top + 1 }, ...ranked.filter((r) => r !== lead)];
}

/**
 * Intent-specific preference among sentences that answer: a "who" question
 * wants a sentence that names someone besides the people asked about, a
 * "where" question one that names a place, a "when" question one that states
 * a full date.
 */
function prefer(index: SentenceIndex, question: Question, ranked: Ranked[], names: Concept[] = []): Ranked[] {
  const asked = new Set(words(`${question.focus} ${question.speaker ?? ''}`).map((w) => w.word));
  const acronyms = words(question.focus)
    .filter((w) => w.raw.length >= 2 && /^[A-Z]+$/i.test(w.raw))
    .map((w) => w.raw.toUpperCase());
  const meetingAsked = MEETING_VERB.test(question.focus);
  const bonus = (r: Ranked): number => {
    const text = index.text(r.sentence);
    // "who did Austin call in May 2021?": the opening says who was called (rule `fact-who-met`); a later
    // sentence that names someone else (an envoy, a commander) is not the answer.
    if (question.intent === 'who') {
      const named = othersNamed(text, asked).length > 0 ? 1.25 : 1;
      return meetingAsked && isOpening(index, r.sentence) ? named * 1.5 : named;
    }
    if (question.intent === 'where') return placesIn(text).length > 0 ? 1.25 : 1;
    // "When did the alliance decide …": the sentence that states the date; else
    // the opening sentence, which says when they met.
    if (question.intent === 'when') return dateIn(text, null) ? 1.5 : isOpening(index, r.sentence) ? OPENING : 1;
    // "What did they discuss?": the opening line says they met to discuss; the answer is further down.
    if (question.verbRequired && isOpening(index, r.sentence)) return OPENING_FOCUS;
    // Rule `said-names-stated`: "what did Carter thank Abadi for?" — a sentence that itself names Abadi
    // ("thanked Prime Minister Abadi for …") comes before one that has him only from its opening ("He thanked them …").
    if (question.verbRequired && names.length) {
      const stated = names.filter((c) => [...c.alternatives.keys()].some((id) => index.has(r.sentence, id))).length;
      return 1 + (NAME_STATED * stated) / names.length;
    }
    // Rule `said-not-opening`: "what did Austin promise the Emiratis?" — the opening says who spoke with whom,
    // not what was said; a sentence further down that answers as well comes first.
    if (question.intent === 'said' && question.speaker && isOpening(index, r.sentence)) return OPENING_FOCUS;
    // "Which countries are in AUKUS?": the sentence that spells the acronym out or lists countries.
    if (question.members) {
      if (acronyms.some((a) => text.includes(`(${a})`))) return 1.5;
      return index.entitiesOf(r.sentence).length >= 2 ? 1.25 : 1;
    }
    // "How many officials did X meet": the sentence that names people besides those asked about.
    if (question.people) return othersNamed(text, asked).length > 0 ? 1.5 : 1;
    // "How long has the alliance existed?" / "which round was it?": the sentence that states the span or the ordinal.
    if (question.duration) return durationPhrase(text, null) ? 1.5 : 1;
    if (question.ordinal) return ordinalPhrase(text, question.ordinal) ? 1.5 : 1;
    // "How many frigates": the sentence that states a number ("four frigates", "2%").
    if (question.intent === 'quantity') return hasNumber(index, r.sentence) ? 1.5 : 1;
    return 1;
  };
  // Only the leaders can become answers; reading names and dates is not free.
  return ranked
    .slice(0, CONTENDERS)
    .map((r) => ({ ...r, score: r.score * bonus(r) }))
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}

/** A verb for the meeting itself: "who did X call / meet / speak with / host". */
const MEETING_VERB = /\b(?:call(?:ed)?|phoned?|met|meet|spoke|speak|talk(?:ed)?|visit(?:ed)?|host(?:ed)?|see|saw)\b/i;

/** Preference of a focus-verb answer that states the question's names itself, at most (all of them). */
const NAME_STATED = 0.2;

/** Preference of "when" questions for a readout's opening sentence. */
const OPENING = 1.25;
/** …and of focus-verb questions against it ("what did they discuss?"). */
const OPENING_FOCUS = 0.7;

/** Sentences considered for the results (before grouping near-duplicates). */
const CONTENDERS = 40;

/**
 * "What about X": the sentences that cover X fully, newest first, then the
 * partial ones by score. Coverage within a hair of the best counts as full.
 */
function newestAmongBest(index: SentenceIndex, groups: Group<Ranked>[], typed: RegExp[]): Group<Ranked>[] {
  const best = Math.max(...groups.map((g) => g.lead.coverage));
  const full = groups.filter((g) => g.lead.coverage >= best - 0.01);
  const rest = groups.filter((g) => g.lead.coverage < best - 0.01);
  // A name typed as one of its other forms ("D-ISIS" for ISIS): the sentences that write it so come first.
  const writes = (g: Group<Ranked>) => (typed.some((re) => re.test(index.text(g.lead.sentence))) ? 1 : 0);
  full.sort((a, b) => writes(b) - writes(a) || newestFirst(index, a.lead, b.lead));
  return [...full, ...rest];
}

/**
 * The names the question typed in a form other than the entity's own ("D-ISIS", an
 * entity named ISIS), as patterns on sentence text: the user asked for that form.
 */
function asTyped(reading: Reading): RegExp[] {
  return reading.concepts
    .filter((c) => c.kind === 'entity' && c.entity !== undefined && c.raw.toLowerCase() !== c.entity.toLowerCase() && /[a-z]/i.test(c.raw))
    .map((c) => new RegExp(String.raw`(?<![\w-])${c.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+')}(?![\w-])`, 'i'));
}

function newestFirst(index: SentenceIndex, a: Ranked, b: Ranked): number {
  const da = index.readout(a.sentence).date ?? '';
  const db = index.readout(b.sentence).date ?? '';
  return da < db ? 1 : da > db ? -1 : b.score - a.score;
}

/**
 * People a sentence names, other than those the question already names. When
 * the question describes an office ("who is the Vietnamese defense minister?"),
 * the people whose office matches it best come first.
 */
function othersNamed(text: string, asked: Set<string>): string[] {
  const askedTerms = new Set([...asked].map((w) => term(w)).filter((t): t is string => t !== null));
  const people = peopleWithRoles(text)
    .filter((p) => !words(p.name).some((w) => asked.has(w.word)))
    .map((p, i) => ({ ...p, i, fit: terms(p.role).filter((t) => askedTerms.has(t)).length }));
  const best = Math.max(0, ...people.map((p) => p.fit));
  // Only the best-fitting office when the question names one; else everyone named.
  return people.filter((p) => p.fit === best).map((p) => p.name);
}

function headline(index: SentenceIndex, reading: Reading, lead: Ranked, ranked: Ranked[], label: string): string {
  const { question } = reading;
  const sentence = citation(index, lead.sentence);
  const date = sentence.date;
  const when = date ? describeDate(date) : 'an undated readout';
  const docs = new Set(ranked.map((r) => index.readout(r.sentence).file));
  const dates = dateList(ranked.map((r) => index.readout(r.sentence).date));
  if (question.order && question.intent !== 'when') {
    const which = question.order === 'first' ? 'earliest' : 'latest';
    return `${question.order === 'first' ? 'First' : 'Latest'}: ${when}, the ${which} of ${readouts(docs.size)} that match.`;
  }
  switch (question.intent) {
    case 'when': {
      // "spoke today … to discuss the test on September 2": the meeting's date is the readout's.
      if (date && /\byesterday\b/i.test(sentence.text)) return `${describeDate(dayBefore(date))}, the day before the readout of ${when}.`;
      if (/\btoday\b/i.test(sentence.text)) return `On ${when}.`;
      const stated = dateIn(sentence.text, date);
      if (stated && stated !== date) return `${describeDate(stated)}, according to the readout of ${when}.`;
      return `On ${when}.`;
    }
    case 'where': {
      const found = ranked
        .slice(0, 3)
        .flatMap((r) => placesIn(index.text(r.sentence)).map((p) => ({ p, text: index.text(r.sentence) })))
        .find(({ p }) => !words(question.focus).some((w) => w.word === p.toLowerCase()));
      // Rule `fact-where-city`: "at the Presidential Residence in Algiers" — the building and its city.
      const city =
        found && new RegExp(`${found.p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in ((?:[A-Z][\\w'’-]*\\s?){1,3})`).exec(found.text);
      const place = found ? (city ? `${found.p} in ${(city[1] as string).trim().replace(/[.,;:]+$/, '')}` : found.p) : undefined;
      return place ? `${place} — ${when}.` : `The readouts do not say where; the closest is from ${when}.`;
    }
    case 'who': {
      // The sentence itself, else the sentences before it ("… wanted to place
      // the call" follows "spoke with … Jens Stoltenberg"), else the title.
      const asked = new Set(words(`${question.focus} ${question.speaker ?? ''}`).map((w) => w.word));
      const { first } = index.readout(lead.sentence);
      const before: string[] = [];
      for (let n = lead.sentence - 1; n >= first; n--) before.push(index.text(n));
      const places = [sentence.text, ...before, sentence.title];
      const people = places.map((text) => othersNamed(text, asked)).find((found) => found.length > 0) ?? [];
      return people.length ? `${people.join(', ')} — ${when}.` : `The readout of ${when} names no one else.`;
    }
    case 'yesno':
      // The sentence itself is result 1, right below: the headline only answers.
      return `Yes — on ${when}.`;
    case 'quantity': {
      if (question.people) {
        const people = othersNamed(sentence.text, new Set(words(`${question.focus} ${question.speaker ?? ''}`).map((w) => w.word)));
        if (people.length) return `${people.length} named: ${people.join(', ')} — ${when}.`;
      }
      if (question.duration) {
        const span = durationPhrase(sentence.text, date);
        return span ? `${span} — ${when}.` : `The readouts state no span of years for that; the closest is from ${when}.`;
      }
      if (question.ordinal) {
        const which = ordinalPhrase(sentence.text, question.ordinal);
        return which ? `${which} — ${when}.` : `The readouts do not say which ${question.ordinal}; the closest is from ${when}.`;
      }
      const stated = numberPhrase(sentence.text, unitTerms(index, question.unit));
      return stated ? `${stated} — ${when}.` : `The readouts state no number for that; the closest is from ${when}.`;
    }
    case 'said': {
      if (reading.verb) return `${verbPhrase(index, question, reading)}: ${readouts(docs.size)} (${dates}).`;
      const speaker = conceptLabel(conceptsOf(index, question.speaker ?? ''), question.speaker ?? '');
      // "what did the UK commit to?": no topic, only the speaker.
      if (!reading.concepts.some((c) => c.end <= question.focus.length && c.start >= 0 && !c.bonus)) {
        return `What ${speaker} said: ${readouts(docs.size)} (${dates}).`;
      }
      return `${speaker} on ${label}: ${readouts(docs.size)} (${dates}).`;
    }
    default: {
      // A short topic reads as a subject; a long question does not.
      // "what happened on …": no topic, only a date as the text states it.
      const topical = reading.concepts.some((c) => c.start >= 0 && c.end <= question.focus.length && !c.bonus);
      const subject = topical && label.split(/\s+/).length <= 5 ? `${label} came up in` : 'Found in';
      return `${subject} ${readouts(docs.size)}${rangeSuffix(question.range)} (${dates}).`;
    }
  }
}

/** How a headline names a focus verb's act: "Nothing … mentions thanks with Carter and Abe." */
const VERB_NOUN: Record<string, string> = { thank: 'thanks', discuss: 'a discussion', respond: 'a response', ask: 'a request' };

/** "What Austin thanked Kishi for", "How Hicks responded to …": the question as a heading. */
function verbPhrase(index: SentenceIndex, question: Question, reading: Reading): string {
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

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second|third|fourth|fifth|sixth';
/** A number as readouts write it ("$1 billion", "two percent", "over seventy"), then up to three words. */
const NUMBER_PHRASE = new RegExp(
  String.raw`(?<![\w$.-])(?:(?:over|about|nearly|almost|some|more than|at least|up to)\s+)?(?:\$?\d[\d,.]*(?:\s*%)?|(?:${NUMBER_WORDS})\b)(?:\s+[\w'’-]+(?:\.[\w'’-]+)*\.?){0,3}`,
  'gi',
);

/**
 * The words that state a number in a sentence: the first number phrase that
 * names the counted thing ("three Marines"), else the first one ("two percent
 * of GDP"). "MV-22" is a name, not a number.
 */
function numberPhrase(text: string, unit: Set<string>): string | null {
  const phrases = [...text.matchAll(NUMBER_PHRASE)].map((m) => m[0].replace(/[,.;:]+$/, ''));
  for (const p of unit.size ? phrases : []) {
    // "three Marines off the" → "three Marines": up to the counted thing.
    const upTo = words(p).findIndex((w) => unit.has(term(w.word) ?? ''));
    if (upTo >= 0) return p.slice(0, (words(p)[upTo] as { end: number }).end);
  }
  return phrases[0] ?? null;
}

const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|seventy-fifth|inaugural';
const ORDINAL_NUMBER: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/**
 * Rule `fact-duration`: the span of years a sentence states — "the 65th anniversary" → "65 years (the 65th
 * anniversary)", "now in its eighth decade" → "over 70 years (in its eighth decade)", "70 years", "since 1951"
 * (with the years to the readout's date when it has one). Null when it states none.
 */
export function durationPhrase(text: string, date: string | null): string | null {
  const anniversary = /\b(\d+)(?:st|nd|rd|th)\s+anniversary\b/i.exec(text);
  if (anniversary) return `${anniversary[1]} years (the ${anniversary[0]})`;
  const decade = new RegExp(String.raw`\b(?:its|their|the)\s+(${ORDINAL_WORDS})\s+decade\b`, 'i').exec(text);
  if (decade) {
    const n = ORDINAL_NUMBER[(decade[1] as string).toLowerCase()];
    return n ? `over ${(n - 1) * 10} years (${decade[0]})` : decade[0];
  }
  const years = /\b((?:over|more than|nearly|almost|some)\s+)?(\d+|[a-z]+ty(?:-[a-z]+)?)\s+years\b/i.exec(text);
  if (years && (/^\d+$/.test(years[2] as string) || NUMBER_WORDS.split('|').includes((years[2] as string).toLowerCase()))) return years[0];
  const since = /\bsince\s+((?:19|20)\d\d)\b/.exec(text);
  if (since) {
    const from = Number(since[1]);
    return date ? `${Number(date.slice(0, 4)) - from} years (since ${from})` : `since ${from}`;
  }
  return null;
}

/** Rule `fact-ordinal`: "the third round", "the 5th annual … Forum": the ordinal before the asked noun (or its name). */
export function ordinalPhrase(text: string, noun: string): string | null {
  const re = new RegExp(
    String.raw`\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|${ORDINAL_WORDS})\s+(?:(?:annual|regular|bilateral)\s+)?(?:[A-Z][\w.-]*\s+){0,4}${noun === 'annual' ? '' : noun}\w*`,
    'i',
  );
  const m = re.exec(text);
  if (m) return m[0];
  const any = new RegExp(
    String.raw`\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|${ORDINAL_WORDS})\s+(?:annual\s+)?(?:[\w-]+\s+){0,4}?(?:round|forum|dialogue|meeting|summit|session|edition|conference|ministerial)\b`,
    'i',
  ).exec(text);
  return any ? any[0] : null;
}

/** The counted thing's term and, for an alias ("troops" = "service members"), the last term of each of its names. */
function unitTerms(index: SentenceIndex, unit: string | undefined): Set<string> {
  const out = new Set<string>();
  const own = unit ? term(unit.toLowerCase()) : null;
  if (!unit || !own) return out;
  out.add(own);
  for (const name of index.aliases.lookup(unit)?.names ?? []) {
    const last = terms(name).pop();
    if (last) out.add(last);
  }
  return out;
}

function hasNumber(index: SentenceIndex, sentence: number): boolean {
  for (const id of index.termsOf(sentence)) if (/^\d+$/.test(index.data.vocab[id] ?? '')) return true;
  return false;
}

/** The terms of verbs a "how many times did X meet Y" question counts with, not about. */
const COUNT_VERBS = new Set(
  terms(
    'meet met meets meeting speak spoke spoken talk talked call called phone phoned visit visited host hosted see saw seen hold held have had get got',
  ),
);

/**
 * "how many readouts / times / calls …": the readouts that mention it, oldest
 * first. Names count wherever the readout states them (its title too);
 * other words must be together in one sentence, as in a timeline. The
 * question's verbs ("met", "talk to") are not a topic.
 */
function count(index: SentenceIndex, input: string, reading: Reading, searched: number): Answer {
  const { question } = reading;
  const base = {
    command: 'ask' as const,
    input,
    intent: 'count' as const,
    searched,
    ...(question.range ? { filter: question.range } : {}),
  };
  const concepts = reading.concepts.filter(
    (c) =>
      !c.bonus &&
      c !== reading.verb &&
      !(c.kind === 'term' && c.known && !c.name && [...c.alternatives.keys()].some((id) => COUNT_VERBS.has(index.data.vocab[id] ?? ''))) &&
      (c.known || c.required),
  );
  const names = concepts.filter((c) => c.name);
  const content = concepts.filter((c) => !c.name);
  const label = content.length ? conceptLabel(concepts, question.focus) : names.map((c) => c.label).join(' and ');
  const zero = (): Answer => ({
    ...base,
    headline: `0 — nothing in ${readouts(searched)}${rangeSuffix(question.range)} mentions ${label || question.focus}.`,
    none: true,
    results: [],
    suggestions: suggestionsFor(index, question.focus),
  });
  if (concepts.length === 0 || concepts.some((c) => !c.known)) return zero();
  const allowed = reading.allowed;
  let found: { sentence: number; score: number }[];
  if (content.length) {
    found = mentions(index, content, question.range).filter((m) => !allowed || allowed[index.data.readoutOf[m.sentence] as number] === 1);
  } else {
    // Names only: each readout that names them all, cited by its first sentence naming the rarest
    // (its opening when only the title does). One pass over the rarest name's postings, not a
    // search of every sentence of thousands of readouts.
    const test = dateTest(question.range);
    const rarest = [...names].sort((a, b) => b.weight - a.weight)[0] as Concept;
    const firstNaming = new Int32Array(index.readouts.length).fill(-1);
    const readoutOf = index.data.readoutOf;
    for (const id of rarest.alternatives.keys()) {
      const postings = index.postings(id);
      for (let p = 0; p < postings.length; p++) {
        const sentence = postings[p] as number;
        const n = readoutOf[sentence] as number;
        const known = firstNaming[n] as number;
        if (known < 0 || sentence < known) firstNaming[n] = sentence;
      }
    }
    found = [];
    for (let n = 0; n < index.readouts.length; n++) {
      if (allowed?.[n] !== 1 || (test && !test(index.readoutDate(n)))) continue;
      const sentence = firstNaming[n] as number;
      found.push({ sentence: sentence >= 0 ? sentence : openingOf(index, n), score: 1 });
    }
  }
  if (found.length === 0) return zero();
  // The number is exact; the list shows the first readouts (a front end may
  // add where to see them all: its own timeline command).
  const listed = found.length > MAX_COUNT_LISTED ? ` The first ${MAX_COUNT_LISTED} are listed.` : '';
  return {
    ...base,
    headline: `${readouts(found.length)} of ${searched}${rangeSuffix(question.range)} mention ${label}: ${dateList(found.map((f) => index.readout(f.sentence).date))}.${listed}`,
    none: false,
    results: found.slice(0, MAX_COUNT_LISTED).map((f) => result(index, f.sentence, f.score)),
    count: found.length,
    // What was counted, as a timeline topic: a front end may page through them there.
    topic: label,
  };
}
