/**
 * `ask`: a question in, the best sentences out (at most five, near-duplicates
 * grouped), with a headline shaped by the question's intent. When no sentence
 * covers enough of the question, the answer says so plainly and cites nothing.
 */
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { conceptsOf, type Concept } from './concepts.ts';
import { readQuestion, type Question } from './question.ts';
import { rank, type Ranked } from './rank.ts';
import { groupNearDuplicates, type Group } from './group.ts';
import { citation, conceptLabel, dateList, rangeSuffix, readouts, readoutsInRange, result } from './cite.ts';
import { dateIn, describeDate, peopleWithRoles, placesIn } from './extract.ts';
import { suggestionsFor } from './suggest.ts';
import { mentions } from './mentions.ts';
import type { EventResolver } from './dateFilter.ts';
import type { Answer } from './types.ts';
import { term, terms, words } from '../text/terms.ts';

/** A sentence must cover this share of the question's weight to count as an answer… */
export const MIN_COVERAGE = 0.5;
/** …and, when better ones exist, this share of the best one's coverage. */
const RELATIVE_COVERAGE = 0.75;
/** At most this many results. */
export const MAX_RESULTS = 5;
/** "How many readouts mention X": readouts listed at most. */
const MAX_COUNT_LISTED = 50;

export function ask(index: SentenceIndex, input: string, resolveEvent?: EventResolver): Answer {
  const answer = askQuestion(index, input, readQuestion(input, resolveEvent));
  // "after the Second Thomas Shoal incident" may name what the answer is about
  // rather than a date to filter by: with nothing found, ask again without it.
  if (answer.none && answer.filter?.event) return askQuestion(index, input, readQuestion(input));
  return answer;
}

function askQuestion(index: SentenceIndex, input: string, question: Question): Answer {
  const base = { command: 'ask' as const, input, intent: question.intent, ...(question.range ? { filter: question.range } : {}) };
  const searched = readoutsInRange(index, question.range);

  const focus = question.intent === 'said' ? `${question.focus} ${question.speaker ?? ''}` : question.focus;
  const concepts = conceptsOf(index, focus, { dropQuestionWords: true, prefixLast: true });
  const label = conceptLabel(
    question.intent === 'said' ? conceptsOf(index, question.focus, { dropQuestionWords: true }) : concepts,
    question.focus,
  );

  if (question.intent === 'count') return count(index, input, question, concepts, label);

  const all = rank(index, concepts, { range: question.range });
  const bestCoverage = all.reduce((best, r) => Math.max(best, r.coverage), 0);
  const ranked = all.filter((r) => r.coverage >= Math.max(MIN_COVERAGE, RELATIVE_COVERAGE * bestCoverage));
  if (concepts.length === 0 || ranked.length === 0) {
    // Name what the corpus lacks: "Manila", not "Mattis meet anyone in Manila".
    const unknown = concepts.filter((c) => !c.known);
    const missing = unknown.length ? conceptLabel(unknown, question.focus) : label;
    const nothing =
      concepts.length === 0
        ? 'Ask about a topic, a person or a place'
        : `Nothing in ${readouts(searched)}${rangeSuffix(question.range)} mentions ${missing}`;
    return {
      ...base,
      headline: question.intent === 'yesno' ? `No. ${nothing}.` : `${nothing}.`,
      none: true,
      results: [],
      suggestions: suggestionsFor(index, focus),
      searched,
    };
  }

  const preferred = prefer(index, question, ranked);
  let groups = groupNearDuplicates(index, preferred, (a, b) => newestFirst(index, a, b));
  if (question.intent === 'topic') groups = newestAmongBest(index, groups);
  const top = groups.slice(0, MAX_RESULTS);
  const results = top.map((g) => result(index, g.lead.sentence, g.lead.score, g.others.map((o) => o.sentence)));
  const lead = top[0]?.lead as Ranked;
  return {
    ...base,
    headline: headline(index, question, lead, ranked, label),
    none: false,
    results,
    searched,
  };
}

/**
 * Intent-specific preference among sentences that answer: a "who" question
 * wants a sentence that names someone besides the people asked about, a
 * "where" question one that names a place, a "when" question one that states
 * a full date.
 */
function prefer(index: SentenceIndex, question: Question, ranked: Ranked[]): Ranked[] {
  const asked = new Set(words(`${question.focus} ${question.speaker ?? ''}`).map((w) => w.word));
  const bonus = (r: Ranked): number => {
    const text = index.text(r.sentence);
    if (question.intent === 'who') return othersNamed(text, asked).length > 0 ? 1.25 : 1;
    if (question.intent === 'where') return placesIn(text).length > 0 ? 1.25 : 1;
    // "When did the alliance decide …": the sentence that states the date.
    if (question.intent === 'when') return dateIn(text, null) ? 1.5 : 1;
    return 1;
  };
  // Only the leaders can become answers; reading names and dates is not free.
  return ranked
    .slice(0, CONTENDERS)
    .map((r) => ({ ...r, score: r.score * bonus(r) }))
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}

/** Sentences considered for the results (before grouping near-duplicates). */
const CONTENDERS = 40;

/**
 * "What about X": the sentences that cover X fully, newest first, then the
 * partial ones by score. Coverage within a hair of the best counts as full.
 */
function newestAmongBest(index: SentenceIndex, groups: Group<Ranked>[]): Group<Ranked>[] {
  const best = Math.max(...groups.map((g) => g.lead.coverage));
  const full = groups.filter((g) => g.lead.coverage >= best - 0.01);
  const rest = groups.filter((g) => g.lead.coverage < best - 0.01);
  full.sort((a, b) => newestFirst(index, a.lead, b.lead));
  return [...full, ...rest];
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

function headline(index: SentenceIndex, question: Question, lead: Ranked, ranked: Ranked[], label: string): string {
  const sentence = citation(index, lead.sentence);
  const date = sentence.date;
  const when = date ? describeDate(date) : 'an undated readout';
  switch (question.intent) {
    case 'when': {
      const stated = dateIn(sentence.text, date);
      if (stated && stated !== date) return `${describeDate(stated)}, according to the readout of ${when}.`;
      return `On ${when}.`;
    }
    case 'where': {
      const place = ranked
        .slice(0, 3)
        .flatMap((r) => placesIn(index.text(r.sentence)))
        .find((p) => !words(question.focus).some((w) => w.word === p.toLowerCase()));
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
      return `Yes — on ${date ?? 'an undated readout'}: ${sentence.text}`;
    case 'said': {
      const docs = new Set(ranked.map((r) => index.readout(r.sentence).file));
      const speaker = conceptLabel(conceptsOf(index, question.speaker ?? ''), question.speaker ?? '');
      return `${speaker} on ${label}: ${readouts(docs.size)} (${dateList(ranked.map((r) => index.readout(r.sentence).date))}).`;
    }
    default: {
      const docs = new Set(ranked.map((r) => index.readout(r.sentence).file));
      const dates = ranked.map((r) => index.readout(r.sentence).date);
      // A short topic reads as a subject; a long question does not.
      const subject = label.split(/\s+/).length <= 5 ? `${label} came up in` : 'Found in';
      return `${subject} ${readouts(docs.size)}${rangeSuffix(question.range)} (${dateList(dates)}).`;
    }
  }
}

/** "how many readouts mention X": the readouts that mention it, oldest first. */
function count(index: SentenceIndex, input: string, question: Question, concepts: Concept[], label: string): Answer {
  const searched = readoutsInRange(index, question.range);
  const found = mentions(index, concepts, question.range);
  const base = { command: 'ask' as const, input, intent: 'count' as const, searched, ...(question.range ? { filter: question.range } : {}) };
  if (found.length === 0) {
    return {
      ...base,
      headline: `0 — nothing in ${readouts(searched)}${rangeSuffix(question.range)} mentions ${label}.`,
      none: true,
      results: [],
      suggestions: suggestionsFor(index, question.focus),
    };
  }
  // The number is exact; the list shows the first readouts (a front end may
  // add where to see them all: its own timeline command).
  const listed = found.length > MAX_COUNT_LISTED ? ` The first ${MAX_COUNT_LISTED} are listed.` : '';
  return {
    ...base,
    headline: `${readouts(found.length)} of ${searched}${rangeSuffix(question.range)} mention ${label}: ${dateList(found.map((f) => index.readout(f.sentence).date))}.${listed}`,
    none: false,
    results: found.slice(0, MAX_COUNT_LISTED).map((f) => result(index, f.sentence, f.score)),
    count: found.length,
  };
}
