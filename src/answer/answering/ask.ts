/**
 * `ask`: a question in, the best sentences out (at most five, near-duplicates
 * grouped), with a headline shaped by the question's intent. When no sentence
 * covers enough of the question, the answer says so plainly and cites nothing.
 * What counts as an answer is ranking's (`answersAmong`, src/answer/ranking/rank.ts);
 * which answer leads, prefer.ts and order.ts; the headline's wording,
 * headlines.ts; the count intent, count.ts.
 */
import type { Concept } from '../reading/concepts.ts';
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { readQuestion, resolveDates, type Question } from '../reading/question.ts';
import { answeredBy, corpusDates, secondReading } from './reread.ts';
import { readConcepts, readingText, type Reading } from '../reading/reading.ts';
import { isMeetingWord } from '../reading/select.ts';
import { answersAmong, rank, type Ranked } from '../ranking/rank.ts';
import { groupNearDuplicates } from '../ranking/group.ts';
import { hasNotes } from '../reading/notes.ts';
import { conceptLabel, rangeSuffix, readoutsLabel, readoutsInRange, result } from './cite.ts';
import { suggestionsFor } from './suggest.ts';
import { correctionNote } from './corrected.ts';
import { countAnswer } from './count.ts';
import { whatHappened } from './happened.ts';
import { missingFromNamed } from './missing.ts';
import { headline, hedged, namesLabel, notStated, VERB_NOUN, verbPhrase } from './headlines.ts';
import { byDateOnly, byOrder } from './order.ts';
import { asTyped, newestAmongBest, newestFirst, prefer } from './prefer.ts';
import { closestInNamed } from './closest.ts';
import { onlyInTitles } from './titleWords.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import type { Answer } from '../types.ts';

/** Intents a readout's head answers (who met whom, when, where): rule absent-topic leaves them. */
const ABOUT_THE_MEETING = new Set<string>(['who', 'when', 'where']);

/**
 * Answer a question: its words first (text only), then the dates they give
 * through the corpus ("under Esper"), then the corpus reading and ranking. A
 * miss is read again the way src/answer/answering/reread.ts picks.
 */
export function ask(index: SentenceIndex, input: string): Answer {
  const asked = readQuestion(input);
  const question = resolveDates(asked, corpusDates(index));
  if (question.dateError) return refused(input, question, question.dateError);
  const happened = whatHappened(index, input, question);
  if (happened) return happened;
  const reading = readConcepts(index, question);
  const answer = answerReading(index, input, reading);
  if (!answer.none) return answer;
  for (const again of secondReading(asked, question, answer)) {
    const found = answerReading(index, input, readConcepts(index, again.question));
    if (!found.none || again.final) answeredBy(again);
    if (!found.none) return again.final ? found : { ...found, headline: again.headline(found.headline) };
    if (again.final) return found;
  }
  // Only after every reading: a guess must not pre-empt a reading that finds the answer.
  return closestAnswer(index, input, reading) ?? answer;
}

/** Rule `closest-in-named` (closest.ts): the named readouts' closest sentences, said to be a partial match. */
function closestAnswer(index: SentenceIndex, input: string, reading: Reading): Answer | null {
  const ranked = closestInNamed(index, reading);
  if (!ranked) return null;
  const { question } = reading;
  const { preferred, results, lead } = presented(index, reading, ranked);
  const line = headline(index, reading, lead, ranked, focusLabel(reading), preferred);
  const answer: Answer = {
    ...baseOf(input, question),
    headline: hedged(question, lead, line, true),
    none: false,
    results,
    searched: readoutsInRange(index, question.range),
  };
  return hasNotes(reading.notes) ? { ...answer, reading: reading.notes } : answer;
}

function baseOf(input: string, question: Question) {
  return { command: 'ask' as const, input, intent: question.intent, ...(question.range ? { filter: question.range } : {}) };
}

/** The concepts read from the focus (those inside it label it; the speaker follows). */
function focusLabel(reading: Reading): string {
  const { question } = reading;
  return conceptLabel(
    reading.concepts.filter((c) => c.start >= 0 && c.end <= question.focus.length && !c.bonus),
    question.focus,
  );
}

/** Ranked answers as they are shown: preferred, ordered, near-duplicates grouped, cut to the results' number. */
function presented(
  index: SentenceIndex,
  reading: Reading,
  ranked: Ranked[],
): { preferred: Ranked[]; results: Answer['results']; lead: Ranked } {
  const { question } = reading;
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
  return { preferred, results, lead: top[0]?.lead as Ranked };
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
  const base = baseOf(input, question);
  const searched = readoutsInRange(index, question.range);
  const label = focusLabel(reading);

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
    if (missing.length) return nothing(`Nothing in ${inRange} mentions ${conceptLabel(missing, readingText(question))}`);
    return nothing(`Nothing in ${inRange} says that`);
  }
  if (reading.allowed && !reading.allowed.includes(1)) {
    const who = namesLabel(reading.names);
    if (question.inPerson) return nothing(`No readout of an in-person meeting names ${who || 'that'}`);
    if (reading.notMet.length) return nothing(`No readout is of a meeting or call with ${namesLabel(reading.notMet)}`);
    if (reading.notVisited.length) return nothing(`No readout is of a visit to ${namesLabel(reading.notVisited)}`);
    return nothing(`No readout names ${who} together`);
  }

  const rankWith = (cs: Concept[]) =>
    answersAmong(
      rank(index, cs, {
        range: question.range,
        allowed: reading.allowed,
        context: reading.context,
        anaphora: reading.verb?.required === true,
        coverageOnly: reading.verb?.required === true,
      }),
    );
  let ranked = rankWith(concepts);
  // Rule `discuss-whole-readout`: "what did Mattis and Macierewicz talk about?" — a readout of their call that
  // never writes "discussed" still reports what they talked about: its sentences answer (the opening last).
  if (ranked.length === 0 && reading.verb?.label === 'discuss' && reading.allowed?.includes(1) && reading.names.length > 0) {
    const rest = concepts.filter((c) => c !== reading.verb);
    if (rest.some((c) => c.name) && rest.every((c) => c.known)) {
      ranked = rankWith(rest);
      if (ranked.length) applied('discuss-whole-readout');
    }
  }
  if (concepts.length === 0 || ranked.length === 0) {
    const unknown = concepts.filter((c) => !c.known);
    if (reading.verb?.required && unknown.length === 0) {
      // "did mattis praise the greek navy?": the thanks are there, the navy is not — say what is missing.
      const absent = missingFromNamed(index, reading);
      if (absent.length) {
        applied('nothing-names-missing');
        return nothing(`No readout naming ${namesLabel(reading.names)} mentions ${conceptLabel(absent, question.focus)}`);
      }
      if (question.intent !== 'said') {
        const names = reading.names.map((c) => c.label).join(' and ');
        return nothing(
          `Nothing in ${inRange} mentions ${VERB_NOUN[reading.verb.label] ?? reading.verb.label}${names ? ` with ${names}` : ''}`,
        );
      }
      const phrase = verbPhrase(index, question, reading);
      return nothing(`Nothing in ${inRange} says ${phrase[0]?.toLowerCase()}${phrase.slice(1)}`);
    }
    // A word no readout uses, dropped (rule `unknown-word-drop`), is what is missing: "whaling", not "chat about whaling".
    if (!unknown.length && reading.dropped.length) {
      applied('nothing-names-missing');
      return nothing(`Nothing in ${inRange} mentions ${conceptLabel(reading.dropped, question.focus)}`);
    }
    if (!unknown.length) {
      const absent = missingFromNamed(index, reading);
      if (absent.length) {
        applied('nothing-names-missing');
        return nothing(`No readout naming ${namesLabel(reading.names)} mentions ${conceptLabel(absent, question.focus)}`);
      }
    }
    // Every word is in the readouts the names select, but no sentence says enough of them together: say so,
    // rather than repeat the whole question as what nothing mentions.
    if (!unknown.length && !question.range && reading.names.length && concepts.some((c) => !c.name && !c.bonus)) {
      applied('nothing-names-missing');
      return nothing(`No sentence of the readouts naming ${namesLabel(reading.names)} says that`);
    }
    return nothing(`Nothing in ${inRange} mentions ${unknown.length ? conceptLabel(unknown, question.focus) : label}`);
  }

  const { preferred, results, lead } = presented(index, reading, ranked);
  // Rule `unknown-word-drop` (certainty): a word was dropped, and what remains is answered only in part
  // ("news on the price of avocados" by a sentence on a price): the dropped word was the point, so nothing.
  // Rule `dropped-topic-only-widened`: when what is left besides names is only words read through WordNet
  // ("did Austin and Sajjan chat about whaling?": chat → talk), the dropped word was the topic: nothing.
  // The meeting's own words ("on that phone call") say which meeting, not what it was about.
  // The verb after the subject ("did hicks work with …", rule `verb-after-subject`) says what was done, not what about.
  const typedTopic = concepts.some(
    (c) => !c.name && !c.bonus && !c.office && !c.widened && !c.predicate && c !== reading.verb && !isMeetingWord(index, c),
  );
  if (reading.dropped.length && !question.verbRequired && !typedTopic) applied('dropped-topic-only-widened');
  if (
    reading.dropped.length &&
    !question.verbRequired &&
    (!typedTopic || lead.coverage < DEFAULTS.answering.certain || lead.focus < DEFAULTS.answering.certain)
  ) {
    return nothing(`Nothing in ${inRange} mentions ${conceptLabel(reading.dropped, readingText(question))}`);
  }
  // Rule `faint-word-certainty`: a thing no readout names, kept at a filler's weight beside a rare name ("the world
  // cup", "the olympics torch relay"), may be said otherwise only when the answer covers the rest surely; a
  // partial match was about something else.
  const faint = reading.faint.filter((c) => !lead.matched.includes(c));
  if (faint.length && !question.verbRequired && (lead.coverage < DEFAULTS.answering.certain || lead.focus < DEFAULTS.answering.certain)) {
    applied('faint-word-certainty');
    return nothing(`Nothing in ${inRange} mentions ${conceptLabel(faint, readingText(question))}`);
  }
  // Rule `absent-topic`: a topic word the named readouts never write (nor its close synonyms) leaves an answer
  // only when the lead sentence itself states something typed that its readout's head does not already give —
  // not only a widened word: "the Iraqi soldiers who were killed" is not answered by a Carter sentence on the
  // troops he met, nor "Kenyan soldiers and cocaine" by one on Kenyan troops. A who/when/where question is
  // answered by the meeting itself.
  const leadReadout = index.data.readoutOf[lead.sentence] as number;
  const states = lead.matched.some((c) => !c.bonus && reading.context(leadReadout, c) < 1);
  if (reading.absent.length && !states && !ABOUT_THE_MEETING.has(question.intent)) {
    applied('absent-topic');
    const who = namesLabel(reading.names);
    const what = conceptLabel(reading.absent, readingText(question));
    return nothing(who ? `No readout naming ${who} mentions ${what}` : `Nothing in ${inRange} mentions ${what}`);
  }
  // Rule `title-word-not-topic`: a partial yes/no answer whose only topic word the sentence states is inside a
  // service title before a name ("said Air Force Lt. Col. …") states none of the question's topic.
  const certain = lead.coverage >= DEFAULTS.answering.certain && lead.focus >= DEFAULTS.answering.certain;
  const topics = lead.matched.filter((c) => !c.name && !c.bonus && c !== reading.verb && reading.context(leadReadout, c) < 1);
  if (question.intent === 'yesno' && !certain && onlyInTitles(index, lead.sentence, topics)) {
    return nothing(`No sentence of the readouts naming ${namesLabel(reading.names)} says that`);
  }
  const line = headline(index, reading, lead, ranked, label, preferred);
  // Rule `fact-not-stated`: "how many F-16s is Argentina getting?" where the readout names the F-16 and no number —
  // the asked fact is stated nowhere, so nothing answers; the sentences found are shown as the closest, not as results.
  if (notStated(line)) {
    applied('fact-not-stated');
    return {
      ...base,
      headline: correctionNote(index, reading.concepts) + line,
      none: true,
      results: [],
      closest: results.slice(0, DEFAULTS.answering.closest),
      searched,
    };
  }
  return {
    ...base,
    headline: correctionNote(index, reading.concepts) + hedged(question, lead, line),
    none: false,
    results,
    searched,
  };
}
