/**
 * Which of the sentences that answer comes first, by what the question asks:
 * a "who" question wants a sentence naming someone besides the people asked
 * about, a "where" question a place, a "when" question a stated date, a
 * quantity a number, a focus verb ("what did X thank Y for?") not the opening
 * line; a topic question the newest full answers first. Scores are multiplied
 * by these preferences (DEFAULTS.answering), each recording its rule id; only
 * the leading `contenders` are weighed, the rest cannot become answers.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from '../reading/concepts.ts';
import type { Question } from '../reading/question.ts';
import { isOpening, type Reading } from '../reading/reading.ts';
import type { Ranked } from '../ranking/rank.ts';
import type { Group } from '../ranking/group.ts';
import { dateIn, placesIn } from '../reading/extract.ts';
import { askedNamesFor, othersNamed } from './headlines.ts';
import { durationPhrase, ordinalPhrase } from './numberPhrases.ts';
import { yearIn } from './stated.ts';
import { words } from '../../text/terms.ts';
import { MEETING_VERB } from '../reading/questionWords.ts';
import { applied } from '../explain.ts';
import { attributes } from './spokesperson.ts';
import { DEFAULTS } from '../defaults.ts';

/**
 * Intent-specific preference among sentences that answer: a "who" question
 * wants a sentence that names someone besides the people asked about, a
 * "where" question one that names a place, a "when" question one that states
 * a full date.
 */
/** A trip asked about ("fly into", "travel to", "head to", "for his meetings with"): the opening says where. */
const TRAVEL_ASKED = /\b(?:fly|flew|flown|flying|travel(?:l?ed|l?ing)?|arrive[ds]?|arriving|head(?:ed|ing)?|meetings)\b/i;

export function prefer(index: SentenceIndex, question: Question, ranked: Ranked[], names: Concept[] = []): Ranked[] {
  const asked = new Set(words(`${question.focus} ${question.speaker ?? ''}`).map((w) => w.word));
  const acronyms = words(question.focus)
    .filter((w) => w.raw.length >= 2 && /^[A-Z]+$/i.test(w.raw))
    .map((w) => w.raw.toUpperCase());
  const meetingAsked = MEETING_VERB.test(question.focus);
  const namesAskedIn = askedNamesFor(index, question);
  // The factor a rule gives a sentence; the rule is recorded when it changes the score.
  const { statedFact, namesAsked, openingWhen, openingWhoMet, openingFocus, nameStated, contenders } = DEFAULTS.answering;
  const by = (factor: number, record: () => void): number => {
    if (factor !== 1) record();
    return factor;
  };
  const bonus = (r: Ranked): number => {
    const text = index.text(r.sentence);
    // "who did Austin call in May 2021?": the opening says who was called (rule `fact-who-met`); a later
    // sentence that names someone else (an envoy, a commander) is not the answer.
    if (question.intent === 'who') {
      // Rule `who-gave-readout`: "who put out the readout on …?" asks for the spokesperson: the sentence that
      // attributes the readout ("In a readout following the meeting, Navy Cmdr. Sarah Higgins said …").
      if (question.readoutBy) return by(attributes(text) ? statedFact : 1 / statedFact, () => applied('who-gave-readout'));
      const named = by(othersNamed(text, namesAskedIn(r.sentence)).length > 0 ? namesAsked : 1, () => applied('who-named'));
      return meetingAsked && isOpening(index, r.sentence) ? named * by(openingWhoMet, () => applied('fact-who-met')) : named;
    }
    if (question.intent === 'where') {
      const place = by(placesIn(text).length > 0 ? namesAsked : 1, () => applied('where-place'));
      // Rule `fact-where-met`: "where did Mattis meet Pinotti?" — the opening says where they met; a later
      // sentence's place ("the campaign in Iraq") is what they talked about.
      // "what city did austin fly into for his meetings …": where the secretary travelled is the opening's too.
      const travelled = meetingAsked || TRAVEL_ASKED.test(question.focus);
      return travelled && isOpening(index, r.sentence) ? place * by(openingWhoMet, () => applied('fact-where-met')) : place;
    }
    // "When did the alliance decide …": the sentence that states the date; else
    // the opening sentence, which says when they met.
    if (question.intent === 'when' && question.year) return by(yearIn(text) ? statedFact : 1, () => applied('when-year'));
    if (question.intent === 'when')
      return by(dateIn(text, null) ? statedFact : isOpening(index, r.sentence) ? openingWhen : 1, () => applied('when-date'));
    // "What did they discuss?": the opening line says they met to discuss; the answer is further down.
    if (question.verbRequired && isOpening(index, r.sentence)) return by(openingFocus, () => applied('focus-verb-not-opening'));
    // Rule `said-names-stated`: "what did Carter thank Abadi for?" — a sentence that itself names Abadi
    // ("thanked Prime Minister Abadi for …") comes before one that has him only from its opening ("He thanked them …").
    if (question.verbRequired && names.length) {
      const stated = names.filter((c) => [...c.alternatives.keys()].some((id) => index.has(r.sentence, id))).length;
      return by(1 + (nameStated * stated) / names.length, () => applied('said-names-stated'));
    }
    // Rule `said-not-opening`: "what did Austin promise the Emiratis?" — the opening says who spoke with whom,
    // not what was said; a sentence further down that answers as well comes first.
    if (question.intent === 'said' && question.speaker && isOpening(index, r.sentence))
      return by(openingFocus, () => applied('said-not-opening'));
    // "Which countries are in AUKUS?": the sentence that spells the acronym out or lists countries.
    if (question.members) {
      if (acronyms.some((a) => text.includes(`(${a})`))) return by(statedFact, () => applied('members-spelled-out'));
      return by(index.entitiesOf(r.sentence).length >= 2 ? namesAsked : 1, () => applied('members-spelled-out'));
    }
    // "How many officials did X meet": the sentence that names people besides those asked about.
    if (question.people) return by(othersNamed(text, asked).length > 0 ? statedFact : 1, () => applied('quantity-people'));
    // "How long has the alliance existed?" / "which round was it?": the sentence that states the span or the ordinal.
    if (question.duration) return by(durationPhrase(text, null) ? statedFact : 1, () => applied('fact-duration'));
    if (question.ordinal) return by(ordinalPhrase(text, question.ordinal) ? statedFact : 1, () => applied('fact-ordinal'));
    // "How many frigates": the sentence that states a number ("four frigates", "2%").
    if (question.intent === 'quantity') return by(hasNumber(index, r.sentence) ? statedFact : 1, () => applied('quantity-number'));
    return 1;
  };
  // Only the leaders can become answers; reading names and dates is not free.
  return ranked
    .slice(0, contenders)
    .map((r) => ({ ...r, score: r.score * bonus(r) }))
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}

function hasNumber(index: SentenceIndex, sentence: number): boolean {
  for (const id of index.termsOf(sentence)) if (/^\d+$/.test(index.data.vocab[id] ?? '')) return true;
  return false;
}

/**
 * "What about X": the sentences that cover X fully, newest first, then the
 * partial ones by score. Coverage within a hair of the best counts as full.
 */
export function newestAmongBest(index: SentenceIndex, groups: Group<Ranked>[], typed: RegExp[]): Group<Ranked>[] {
  const best = Math.max(...groups.map((g) => g.lead.coverage));
  const slack = DEFAULTS.answering.fullCoverageSlack;
  const full = groups.filter((g) => g.lead.coverage >= best - slack);
  const rest = groups.filter((g) => g.lead.coverage < best - slack);
  // A name typed as one of its other forms ("D-ISIS" for ISIS): the sentences that write it so come first.
  const writes = (g: Group<Ranked>) => (typed.some((re) => re.test(index.text(g.lead.sentence))) ? 1 : 0);
  full.sort((a, b) => writes(b) - writes(a) || newestFirst(index, a.lead, b.lead));
  if (full.length > 1) applied('topic-newest');
  if (typed.length && full.some((g) => writes(g) === 1)) applied('topic-as-typed');
  return [...full, ...rest];
}

/**
 * The names the question typed in a form other than the entity's own ("D-ISIS", an
 * entity named ISIS), as patterns on sentence text: the user asked for that form.
 */
export function asTyped(reading: Reading): RegExp[] {
  return reading.concepts
    .filter((c) => c.kind === 'entity' && c.entity !== undefined && c.raw.toLowerCase() !== c.entity.toLowerCase() && /[a-z]/i.test(c.raw))
    .map((c) => new RegExp(String.raw`(?<![\w-])${c.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+')}(?![\w-])`, 'i'));
}

export function newestFirst(index: SentenceIndex, a: Ranked, b: Ranked): number {
  const da = index.readout(a.sentence).date ?? '';
  const db = index.readout(b.sentence).date ?? '';
  return da < db ? 1 : da > db ? -1 : b.score - a.score;
}
