/**
 * `ask`: a question in, the best sentences out (at most five, near-duplicates
 * grouped), with a headline shaped by the question's intent. When no sentence
 * covers enough of the question, the answer says so plainly and cites nothing.
 * What counts as an answer is ranking's (`answersAmong`, src/answer/ranking/rank.ts);
 * which answer leads, prefer.ts and order.ts; the headline's wording,
 * headlines.ts; the count intent, count.ts.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { readQuestion, type Question } from '../reading/question.ts';
import { readConcepts, tenureResolver, type Reading } from '../reading/reading.ts';
import { answersAmong, rank, type Ranked } from '../ranking/rank.ts';
import { groupNearDuplicates } from '../ranking/group.ts';
import { hasNotes } from '../reading/notes.ts';
import { conceptLabel, rangeSuffix, readoutsLabel, readoutsInRange, result } from './cite.ts';
import { suggestionsFor } from './suggest.ts';
import { correctionNote } from './corrected.ts';
import { countAnswer } from './count.ts';
import { headline, hedged, namesLabel, VERB_NOUN, verbPhrase } from './headlines.ts';
import { byDateOnly, byOrder } from './order.ts';
import { asTyped, newestAmongBest, newestFirst, prefer } from './prefer.ts';
import type { EventResolver, Resolvers } from '../reading/dateFilter.ts';
import type { Answer, DateRange } from '../types.ts';
import { MONTHS } from '../../text/dates.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

/** Intents a readout's head answers (who met whom, when, where): rule absent-topic leaves them. */
const ABOUT_THE_MEETING = new Set<string>(['who', 'when', 'where']);

export function ask(index: SentenceIndex, input: string, resolveEvent?: EventResolver): Answer {
  const resolvers: Resolvers = { tenure: tenureResolver(index), ...(resolveEvent ? { event: resolveEvent } : {}) };
  const question = readQuestion(input, resolvers);
  if (question.dateError) return refused(input, question, question.dateError);
  const answer = answerReading(index, input, readConcepts(index, question));
  // "after the Second Thomas Shoal incident" may name what the answer is about
  // rather than a date to filter by: with nothing found, ask again without it.
  if (answer.none && question.range?.event) return answerReading(index, input, readConcepts(index, readQuestion(input)));
  // "what happened on sept 2 2017?", "off the Australian coast in August 2017": no readout
  // dated then says it, but a readout of the weeks after may state the date ("… the test on
  // September 2"). The date is searched as a readout writes it (month in full, the day a
  // number the sentence must have) in the readouts of the next STATED_WINDOW days.
  const stated = answer.none && question.range ? statedDate(question.range) : null;
  if (stated) {
    const inWindow: Question = { ...question, range: stated.window, stated: stated.words };
    const again = answerReading(index, input, readConcepts(index, inWindow));
    const why = answer.searched ? `No readout dated ${stated.long} answers` : `No readout is dated ${stated.long}`;
    if (!again.none) return { ...again, headline: `${why}; read as a date the text states: ${again.headline}` };
  }
  // "what happened on July 9, 2022?": no readout has that date, but one may state
  // it. The date's words are searched as words, and the headline says so.
  if (answer.none && question.range) {
    const asWords: Question = { ...question, range: null, focus: `${question.focus} ${question.range.label}` };
    const again = answerReading(index, input, readConcepts(index, asWords));
    if (!again.none) {
      return {
        ...again,
        headline: `No readout is dated ${question.range.label.replace(/^(?:in|on|during|of)\s+/i, '')}; read as words in the text: ${again.headline}`,
      };
    }
  }
  return answer;
}

/** Days after a stated date in which readouts are searched for a sentence that states it. */
const STATED_WINDOW = 92;

/**
 * A day or month filter as a readout states it: "September 2" / "August", the
 * long form for the headline, and the readouts that may state it (dated from
 * it to STATED_WINDOW days later), labelled by the words they state.
 */
function statedDate(range: DateRange): { words: string; long: string; window: DateRange } | null {
  if (range.event || !range.from || !range.to || range.month) return null;
  const [y, m, d] = range.from.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1] as string;
  const Month = `${month[0]?.toUpperCase()}${month.slice(1)}`;
  const wholeMonth = d === 1 && range.to.slice(0, 7) === range.from.slice(0, 7) && Number(range.to.slice(8)) >= 28;
  if (range.from !== range.to && !wholeMonth) return null;
  const words = wholeMonth ? Month : `${Month} ${d}`;
  const long = wholeMonth ? `${Month} ${y}` : `${Month} ${d}, ${y}`;
  return { words, long, window: { from: range.from, to: daysAfter(range.to, STATED_WINDOW), label: `stating ${long}` } };
}

function daysAfter(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
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

  if (question.intent === 'count') return countAnswer(index, input, reading, searched);

  const concepts = reading.concepts;
  // "the most recent readout", "first readout of 2021": nothing to match, only an order.
  if (question.order && concepts.filter((c) => !c.bonus).length === 0) return byDateOnly(index, input, question, searched);
  const nothing = (what: string): Answer => {
    const sentence = concepts.length === 0 ? 'Ask about a topic, a person or a place' : what;
    if (question.intent === 'yesno') applied('yesno-answer');
    return {
      ...base,
      headline: question.intent === 'yesno' ? `No. ${sentence}.` : `${sentence}.`,
      none: true,
      results: [],
      suggestions: suggestionsFor(index, `${question.focus} ${question.speaker ?? ''}`),
      searched,
    };
  };
  const inRange = `${readoutsLabel(searched)}${rangeSuffix(question.range)}`;
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
  const ranked = answersAmong(all);
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
  const top = groups.slice(0, DEFAULTS.answering.maxResults);
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
  if (
    reading.dropped.length &&
    !question.verbRequired &&
    (lead.coverage < DEFAULTS.answering.certain || lead.focus < DEFAULTS.answering.certain)
  ) {
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
