/**
 * Who the meeting was with. Rules (DESIGN.md, "Concepts and scoring"):
 *
 * - **call with X is the counterpart** — the names after "call/meeting/met/
 *   spoke/visit with" must be in the readout's title or opening, not only
 *   further down: "the latest call with South Korea" is not a call with Japan
 *   that mentions the ROK.
 * - **counterpart-office**, **counterpart-service** — office words right after
 *   a country ("the Egyptian foreign minister", "the Indian navy chief") say
 *   who the meeting was with: the readout's title or opening must say them.
 *
 * @example
 * const focus = 'the latest call with South Korea';
 * [...counterpartsOf(focus, conceptsOf(index, focus))].map((c) => c.raw)   // → ['South Korea']
 */
import type { Concept } from './concepts.ts';
import { dropGivenNames, mainTerm } from './names.ts';
import type { ReadingStep } from './state.ts';
import { applied } from '../explain.ts';
import {
  countryNamed,
  isOfficeWord as isOfficeTitle,
  isServiceWord,
  officeAbbreviations,
  officeChatReadings,
  isEnglish,
  spellingVariants,
} from './vocabulary.ts';
import { term } from '../../text/terms.ts';
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { HEAD, MET, meetingClause } from './layout.ts';
import { isPerson } from './people.ts';

/** "call with", "met with", "meeting with": the names after it are the readout's counterpart. */
const WITH_COUNTERPART =
  /\b(?:(?:phone\s+)?calls?|meetings?|met|meets?|spoke|speaks?|talks?|talked|talk|visits?|visited|conversations?)\s+(?:with|to)\s+/gi;
/** Where the counterpart's names end: a preposition of topic, time or place, or punctuation. */
const COUNTERPART_END =
  /\b(?:about|on|regarding|concerning|over|in|at|to|for|during|since|before|after|and\s+(?:what|when|how|did|discuss))\b|[?.!,;]/i;

/**
 * The names a question gives as who the meeting was with ("latest call with South Korea"):
 * a readout answers only when its title or opening names them (rule "call with X is the counterpart").
 */
export function counterpartsOf(focus: string, names: Concept[]): Set<Concept> {
  const out = new Set<Concept>();
  for (const m of focus.matchAll(WITH_COUNTERPART)) {
    if (talksParty(focus, m.index ?? 0, m[0])) {
      applied('talks-with-party');
      continue;
    }
    const from = (m.index ?? 0) + m[0].length;
    const end = COUNTERPART_END.exec(focus.slice(from));
    const to = end ? from + end.index : focus.length;
    for (const c of names) if (c.start >= from && c.end <= to) out.add(c);
  }
  return out;
}

/** Where the words after any "with" naming someone run ("brought up with MBS", "spoke with Kishi"), up to COUNTERPART_END. */
/** Words before "with" that name a partner in the work, not whom the meeting was with. */
const WORKS_WITH = /\b(?:work(?:s|ed|ing)?|cooperat\w*|partner\w*|fight(?:s|ing)?|together|ties|relations(?:hip)?)\s+(?:closely\s+)?$/i;

function withSpans(focus: string, concepts: Concept[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const m of focus.matchAll(/\bwith\s+/gi)) {
    // "thank the saudi crown prince for working with the us envoy": whom someone works with is no counterpart.
    if (WORKS_WITH.test(focus.slice(0, m.index ?? 0))) continue;
    const from = (m.index ?? 0) + m[0].length;
    const end = COUNTERPART_END.exec(focus.slice(from));
    const to = end ? from + end.index : focus.length;
    if (concepts.some((c) => c.name && c.start >= from && c.end <= to)) out.push({ from, to });
  }
  return out;
}

/** Talks a readout reports on, by their noun ("the peace talks with the FARC", "negotiations with Hamas"), or a
 * meeting offered ("an offer to meet with the Taliban"). */
const TALKS_WITH = /\b(?:talks|negotiations|dialogue|meet|met|talk|speak|negotiate)\s+with\s+/gi;
/** Words before "talks with" that make the talks the meeting itself: "held talks with the minister". */
const HELD_BEFORE = /\b(?:held|hold|holds|holding|had|has|have|having|in|during|after|before|at|his|her|their|its|our)\s+$/i;

/**
 * Rule `talks-with-party`: after the noun "talks" (or "negotiations", "dialogue") with no verb of holding
 * them before it ("the peace talks with the FARC", "about talks with the ELN"), or after a meeting offered
 * ("ghani's offer to sit down with the taliban"), the names are the parties of the talks the readout reports on,
 * not the secretary's counterpart; "held talks with X", "in talks with X" stay the counterpart.
 */
export function talksParty(focus: string, at: number, matched: string): boolean {
  // A meeting offered or proposed ("ghani's offer to sit down with the taliban"): its party is what the readout
  // reports on, as the party of talks is.
  if (PROPOSED_BEFORE.test(focus.slice(0, at)) && /^(?:meet|met|talks?|speak|negotiate)\b/i.test(matched)) return true;
  if (!/^talks\s/i.test(matched) && !/^(?:negotiations|dialogue)\s/i.test(matched)) return false;
  return !HELD_BEFORE.test(focus.slice(0, at));
}

/** "an offer to", "proposed to", "invited … to": the meeting after it is one offered, not the readout's. */
const PROPOSED_BEFORE = /\b(?:offer(?:s|ed|ing)?|propos(?:al|als|ed|es|ing)|invitation|willing(?:ness)?|readiness)\s+to\s+$/i;

/** Where the parties of talks reported on are typed (rule `talks-with-party`): [start, end) spans of the focus. */
function talksPartySpans(focus: string): { talks: number; from: number; to: number }[] {
  const out: { talks: number; from: number; to: number }[] = [];
  for (const m of focus.matchAll(TALKS_WITH)) {
    if (!talksParty(focus, m.index ?? 0, m[0])) continue;
    const from = (m.index ?? 0) + m[0].length;
    const end = COUNTERPART_END.exec(focus.slice(from));
    out.push({ talks: m.index ?? 0, from, to: end ? from + end.index : focus.length });
  }
  return out;
}

/**
 * Rule `talks-with-party` (names): a party of talks is a name, known or not — "the talks with the
 * Taliban" is about the Taliban, and a readout that never names them does not answer, even where WordNet
 * knows the word ("taliban") and would let it be dropped.
 */
export const talksParties: ReadingStep = {
  name: 'talks-parties',
  run: (state) => {
    const spans = talksPartySpans(state.question.focus);
    if (!spans.length) return;
    for (const c of state.concepts) {
      // The talks themselves must be said ("dialogue", "negotiations"): a sentence naming the party on
      // something else ("the border with Venezuela") is no answer about talks with it.
      if (spans.some((x) => c.start === x.talks)) c.required = true;
      if (c.name || c.office || c.kind !== 'term' || /^\d+$/.test(c.raw)) continue;
      if (!spans.some((x) => c.start >= x.from && c.end <= x.to)) continue;
      // An English word the corpus writes in lower case is no party ("talks with japan's deputy minister *cover*
      // *shifting* marines …"): what the talks were about follows the party.
      const id = mainTerm(c);
      const lowerInCorpus = !c.known || (id !== undefined && !/^\p{Lu}/u.test(state.index.surface(id) ?? ''));
      if (lowerInCorpus && c.raw === c.raw.toLowerCase() && isEnglish(c.raw.toLowerCase())) continue;
      applied('talks-with-party');
      c.name = true;
      // The party is what the question asks about: absent from the corpus, it vetoes (no filler weight).
      if (!c.known) c.required = true;
    }
  },
};

/** Office words right after a country or person concept, in a run of adjacent words (see rule `counterpart-office`). */
function officesAfterNames(concepts: Concept[], text: string): Concept[] {
  const out: Concept[] = [];
  const isOffice = (c: Concept) => c.raw.split(/[\s-]+/).every((w) => isOfficeTitle(w.toLowerCase()));
  for (let k = 1; k < concepts.length; k++) {
    const before = concepts[k - 1] as Concept;
    const c = concepts[k] as Concept;
    // Right after it in the text typed: the speaker joined after the focus ("… Bucharest? Secretary …") is no run.
    // "Somalia's president" as "the Somali president".
    if (!/^(?:['’]s)?\s*$/.test(text.slice(before.end, c.start))) continue;
    // After a country ("the Egyptian foreign minister", "the UAE crown prince"): a person's office ("Secretary
    // Austin") stands before the name, and a month or a surname before a title is no counterpart.
    const country =
      before.country !== undefined || (before.kind === 'entity' && countryNamed((before.entity ?? '').toLowerCase()) !== undefined);
    const afterName = (country && !isOffice(before)) || out.includes(before);
    if (!afterName || c.country) continue;
    // "the us envoy", "the american ambassador": a U.S. official is someone a readout talks about, never the
    // secretary's counterpart.
    const owner = before.country ?? countryNamed((before.entity ?? before.raw).toLowerCase())?.country;
    if (owner === 'United States' && !out.includes(before)) continue;
    // Rule `office-plural`: "the canadian and mexican defense chiefs" are a group the readout may name any way
    // ("defense leaders from Canada and Mexico"), not one counterpart its title or opening must name.
    if (
      isOffice(c) &&
      /[^s]s$/i.test(c.raw) &&
      isOfficeTitle(
        c.raw
          .slice(0, -1)
          .split(/[\s-]+/)
          .pop()
          ?.toLowerCase() ?? '',
      )
    ) {
      applied('office-plural');
      continue;
    }
    if (isOffice(c)) {
      applied('counterpart-office');
      out.push(c);
      continue;
    }
    // Rule `counterpart-service`: "the Indian navy chief", "the Nigerian army chief of staff": service words
    // are the office when an office word ends their run; "the ROK Navy ship" is about a ship.
    let k2 = k;
    const run: Concept[] = [];
    for (; k2 < concepts.length; k2++) {
      const x = concepts[k2] as Concept;
      const prev = concepts[k2 - 1] as Concept;
      if (!/^\s*$/.test(text.slice(prev.end, x.start)) || x.country) break;
      if (!x.raw.split(/[\s-]+/).every((w) => isServiceWord(w.toLowerCase()))) break;
      run.push(x);
    }
    const head = concepts[k2];
    const last = concepts[k2 - 1] as Concept;
    if (run.length && head && /^\s*$/.test(text.slice(last.end, head.start)) && isOffice(head)) {
      applied('counterpart-service');
      out.push(...run);
    }
  }
  return out;
}

/**
 * Rule `counterpart-office`: "the Egyptian foreign minister", "the UAE crown prince": office words right
 * after a country or a person describe who the meeting was with. The readout's title or opening must say
 * them (a defense minister's readout does not answer about the foreign minister); then they are selection,
 * not words the sentence must repeat. Found before given names go (rule "a person is one topic"): they are
 * not a person's office.
 */
export const counterpartOffices: ReadingStep = {
  name: 'counterpart-offices',
  run: (state) => {
    // "the yemen envoy austin brought up w/ mbs": where the question gives the counterpart after "with",
    // an office elsewhere is someone talked about, a topic (rule `counterpart-office`).
    const withWhom = withSpans(state.question.focus, state.concepts);
    const found = officesAfterNames(state.concepts, state.text).filter(
      (c) => withWhom.length === 0 || withWhom.some((x) => c.start >= x.from && c.end <= x.to),
    );
    state.concepts = dropGivenNames(state.index, state.concepts, new Set(found), state.text);
    for (const c of found) {
      c.name = true;
      c.office = true;
      officeSpellings(state.index, c);
    }
    state.offices = found;
  },
};

/**
 * Rule `spelling-variant` (offices): "the kuwaiti emir" is the readout's "Amir of Kuwait" — an office word
 * the corpus has also matches its other spellings (vocabulary.ts `spellingVariants`) and the abbreviation
 * readouts write in titles ("the jordanian general" = "Lt. Gen. Freihat"), at the exact weight.
 */
function officeSpellings(index: SentenceIndex, c: Concept): void {
  for (const variant of [...spellingVariants(c.raw.toLowerCase()), ...officeAbbreviations(c.raw.toLowerCase())]) {
    const t = term(variant);
    const id = t && index.df(t) > 0 ? index.termId(t) : undefined;
    if (id === undefined || c.alternatives.has(id)) continue;
    applied('spelling-variant');
    c.alternatives.set(id, 1);
  }
  // Rule `office-chat`: "the finnish defense chief" is its Minister of Defense; "chief" still matches a Chief of
  // Defence. Exact weight: the office, not a guess at it.
  for (const office of officeChatReadings(c.raw.toLowerCase())) {
    const t = term(office);
    const id = t && index.df(t) > 0 ? index.termId(t) : undefined;
    if (id === undefined || c.alternatives.has(id)) continue;
    applied('office-chat');
    c.alternatives.set(id, 1);
  }
}

/**
 * Rule `counterpart-with` (the meeting's clause): "did austin ever speak with robert fico?" — a name typed
 * after "call/meet/speak with" is who the meeting was with only where the title or the opening's "spoke with …"
 * part names it, not where the opening says what the call was about ("… to express concern regarding the
 * attempt on Prime Minister Robert Fico"). People only (a surname the corpus writes after an office); a
 * country or an alias thing keeps the title-or-opening test.
 */
export function withWhom(
  index: SentenceIndex,
  c: Concept,
  counterpart: boolean,
  named: (n: number) => number,
  cut: () => void,
): (n: number) => number {
  // People only: a country is met through its minister, named anywhere in the head ("most recent call with saudi arabia").
  const person = mainTerm(c);
  if (!counterpart || c.kind !== 'term' || c.country || person === undefined || !isPerson(index, person)) return named;
  const ids = [...c.alternatives.keys()];
  return (n) => {
    const bits = named(n);
    if (!(bits & (HEAD | MET))) return bits;
    const clause = meetingClause(index, n);
    if (ids.some((id) => clause.has(id))) return bits;
    applied('counterpart-with');
    cut();
    return bits & ~(HEAD | MET);
  };
}
