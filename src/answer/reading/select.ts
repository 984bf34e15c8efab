/**
 * Which readouts may answer. Rules (DESIGN.md, "Concepts and scoring"):
 *
 * - **names select readouts** — a readout whose title or opening sentence names
 *   a name gives every one of its sentences full credit for it; one that names
 *   it only further down gives none (the sentence must); one that never names
 *   it cannot answer ("what did Hagel discuss with the Chinese minister?" is
 *   not answered from a Hagel readout without China).
 * - **call with X is the counterpart** (src/answer/reading/counterpart.ts) —
 *   such names must be in the title or opening.
 * - **lexicon-widen-fallback** / **absent-topic** — a topic word none of the
 *   named readouts writes is read through its close synonyms there; failing
 *   that, it is absent.
 * - **in person is a meeting** — a readout whose title says call is no answer.
 * - **meeting words are the readout's** — "call", "meet", "visit" get full
 *   credit from a title or opening that says them; so does a number the title
 *   states ("the India 2+2").
 */
import { terms } from '../../text/terms.ts';
import { alternativesOf, unnamedAlternatives } from './alternatives.ts';
import { officeTogether } from './officeTogether.ts';
import { widenKnown } from './widenKnown.ts';
import { idiomReadings } from './idioms.ts';
import { counterpartsOf, withWhom } from './counterpart.ts';
import { ANY, HEAD, MET, metSelected, namedIn, namedInReadout, openingOf, postingsOf } from './layout.ts';
import { mainTerm } from './names.ts';
import { datelinePlaces, placesIn } from './extract.ts';
import { answerKind } from './answerKind.ts';
import { peopleNotPlace } from './partyPlace.ts';
import type { ReadingState, ReadingStep } from './state.ts';
import { capitalOf, countryNamed, isVerbForm, isWording } from './vocabulary.ts';
import { isGrammarWord } from './veto.ts';
import { commonestPos } from '../../lexicon/index.ts';
import type { Concept } from './concepts.ts';
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

const FALLBACK_READOUTS = DEFAULTS.reading.fallbackReadouts; // readouts looked at for a word's fallback widening

/** Words for the meeting a readout reports (not "host": who hosts a summit is content). */
export const MEETING_TERMS = new Set(
  terms('call phone telephone speak talk meet meeting visit trip conversation videoconference teleconference'),
);

/** A concept that names the meeting itself ("that phone call", "their meeting"), not what it was about. */
export function isMeetingWord(index: SentenceIndex, c: Concept): boolean {
  return !c.name && MEETING_TERMS.has(index.data.vocab[mainTerm(c) ?? -1] ?? '');
}

/** Title words of a readout of a call, not a meeting. */
const CALL_TERMS = terms('call phone telephone videoconference teleconference VTC');

/**
 * Readouts that name every name, found rarest name first: the commoner names
 * are then checked only in those readouts (see namedIn). A typed array,
 * filtered in place: a common name is in most of 40,000 readouts. A name the
 * question gives as the counterpart must be in the title or opening.
 */
export const namesSelect: ReadingStep = {
  name: 'names-select',
  run: (state) => {
    const { index, concepts, question } = state;
    const names = concepts.filter((c) => c.name && c.known);
    state.names = names;
    if (!names.length) return;
    applied('names-select');
    let candidates = pick(state, names, false);
    // An office asked about ("who was pakistan's defense minister …", rule `office-asked-anywhere`) need not head
    // the readout when no readout's head has it: officeTogether then finds it, with its country, further down.
    if (question.intent === 'who' && state.offices.some((c) => c.known) && !candidates?.length) {
      state.notMet = [];
      state.notVisited = [];
      candidates = pick(state, names, true);
    }
    const allowed = new Uint8Array(index.readouts.length);
    for (const n of candidates ?? []) allowed[n] = 1;
    unnamedAlternatives(state, candidates);
    state.candidates = candidates;
    state.allowed = allowed;
  },
};

/** The readouts every name selects (src/answer/reading/layout.ts bits), each kept by its counterpart and office tests. */
function pick(state: ReadingState, names: Concept[], asked: boolean): Uint32Array | null {
  const { index, concepts, question, offices, where } = state;
  const counterparts = counterpartsOf(question.focus, names);
  for (const c of offices) if (c.known && !asked) counterparts.add(c);
  // "somalia's president": the country whose office it is must be the head's too — a readout of Djibouti's
  // president that mentions Somalia further down is no meeting with Somalia's (rule `counterpart-office`).
  const owners = new Set<Concept>();
  for (const c of offices) {
    let k = concepts.indexOf(c);
    while (k > 0 && offices.includes(concepts[k - 1] as Concept)) k--;
    const owner = concepts[k - 1];
    if (owner?.known && owner.name && (owner.country !== undefined || owner.kind === 'entity')) {
      counterparts.add(owner);
      owners.add(owner);
    }
  }
  if (counterparts.size) applied('counterpart-with');
  let candidates: Uint32Array | null = null;
  const namedBy = (c: Concept) =>
    peopleNotPlace(
      index,
      c,
      question.focus,
      visitedPlace(
        index,
        c,
        question.focus,
        () => {
          if (!state.notVisited.includes(c)) state.notVisited.push(c);
        },
        withWhom(index, c, counterparts.has(c) && !offices.includes(c), ownOffice(index, c, namedIn(index, c, candidates)), () => {
          if (!state.notMet.includes(c)) state.notMet.push(c);
        }),
      ),
    );
  const fewest = (unit: Concept[]) => Math.min(...unit.map((c) => postingsOf(index, c)));
  // Rule `names-or`: "at some nato thing or in kabul" — either name selects.
  for (const unit of alternativesOf(state.text, names).sort((a, b) => fewest(a) - fewest(b))) {
    const parts = unit.map((c) => {
      const named = namedBy(c);
      where.set(c, named);
      return named;
    });
    const named = parts.length === 1 ? (parts[0] as (n: number) => number) : (n: number) => parts.reduce((bits, f) => bits | f(n), 0);
    // "the call with South Korea": the readout of a call with Japan that mentions the ROK is not one.
    // A counterpart must head the readout, or be named in a later sentence of a meeting (rule `meeting-sentence-head`).
    const counterpart = unit.some((c) => counterparts.has(c));
    const need = counterpart ? HEAD | MET : ANY;
    let kept = 0;
    let metOnly = false;
    const keep = (n: number) => {
      const bits = named(n);
      if (!(bits & need)) return false;
      if (counterpart && !(bits & HEAD)) metOnly = true;
      return true;
    };
    if (candidates === null) {
      candidates = new Uint32Array(index.readouts.length);
      for (let n = 0; n < index.readouts.length; n++) if (keep(n)) candidates[kept++] = n;
    } else {
      for (let k = 0; k < candidates.length; k++) {
        const n = candidates[k] as number;
        if (keep(n)) candidates[kept++] = n;
      }
    }
    if (metOnly) metSelected();
    candidates = candidates.subarray(0, kept);
  }
  // Rule `counterpart-office` (one office): read last, on the readouts every name kept.
  // (Words only: an office the alias table knows as one thing, "prime minister", is one entity already.)
  // The office's words and its country's ("Ukrainian defense minister": not a Polish minister's readout whose
  // opening mentions "Russia-Ukraine").
  // A demonym of a country of several words ("kiwi" → New Zealand) is matched through the country's entity, which
  // no term list holds, so it is checked as a typed "new zealand" is: in the head, not beside the office.
  const ownerWords = [...owners].filter((c) => c.kind === 'term' && !/\s/.test(c.country ?? ''));
  const officeWords = [...ownerWords, ...offices.filter((c) => c.known && c.kind === 'term')];
  if (candidates && officeWords.length >= 2 && officeWords.length === ownerWords.length + offices.filter((c) => c.known).length) {
    const known = officeWords;
    let kept = 0;
    for (let k = 0; k < candidates.length; k++) {
      const n = candidates[k] as number;
      if (officeTogether(index, n, known, owners, asked)) candidates[kept++] = n;
      else applied('counterpart-office');
    }
    candidates = candidates.subarray(0, kept);
  }
  return candidates;
}

/** "visit Djibouti", "visited the Philippines": a place typed right after a verb of visiting. */
const VISITED = /\bvisit(?:s|ed|ing)?\s+(?:the\s+)?$/i;

/**
 * Rule `visit-place`: "did the deputy secretary visit djibouti?" — a place typed after "visit" is where the
 * meeting was: the readout's title ("Visit to Kuwait") or opening must put it there ("in Djibouti",
 * "visited Baghdad"), not only name the country whose minister came to the Pentagon.
 */
function visitedPlace(
  index: SentenceIndex,
  c: Concept,
  focus: string,
  cut: () => void,
  named: (n: number) => number,
): (n: number) => number {
  // "was the baghdad visit the DepSecDef's first iraq trip?": a possessive after it is someone, not the place visited.
  if (!c.name || !VISITED.test(focus.slice(0, c.start)) || /^['’]s\b/.test(focus.slice(c.end))) return named;
  return (n) => {
    const bits = named(n);
    if (!bits) return bits;
    const opening = openingOf(index, n);
    const title = index.readouts[n]?.title ?? '';
    // A story's dateline is where the secretary was ("BRASILIA, Brazil, April 24, 2012 –").
    const places = [...placesIn(opening >= 0 ? index.text(opening) : ''), ...placesIn(title.replace(/\bVisit to\b/i, 'visited'))];
    places.push(...datelinePlaces(index.text(index.readouts[n]?.first ?? -1)));
    // A capital is its country's too: a meeting "in Luanda" was a visit to Angola.
    const placeNames = places.flatMap((p) => [p, ...(capitalOf(p.toLowerCase())?.forms ?? [])]);
    const ids = new Set(placeNames.flatMap((p) => terms(p)).map((t) => index.termId(t)));
    if ([...c.alternatives.keys()].some((id) => ids.has(id))) return bits;
    // A place that is no country, named in the head, is where they met ("during Pentagon meetings Thursday").
    if (bits & HEAD && !countryNamed(c.raw.toLowerCase())) return bits;
    // …or a sentence says the visit there ("noted his visit to Bien Hoa Air Base earlier in the day"), or the one
    // after the opening says they met there ("The two men met and held meetings in the Pentagon today").
    const r = index.readouts[n];
    for (let s = r?.first ?? 0; r && s < r.first + r.count; s++) {
      const text = [...c.alternatives.keys()].some((id) => index.has(s, id)) ? index.text(s) : '';
      if (/\bvisit/i.test(text) || (s === opening + 1 && /\b(?:met|meetings?|hosted|welcomed)\b/i.test(text))) return bits;
    }
    applied('visit-place');
    cut();
    return 0;
  };
}

/** The U.S. secretary's office, as the alias table names it: the readouts' own speaker. */
const OWN_OFFICES = new Set(['Secretary of Defense', 'Secretary of War']);
/** A readout of the secretary ("Readout of Secretary Mattis' Call …"), not of a deputy nor of another secretary's office. */
const BY_SECRETARY = /^Readout of (?:the )?Secretary (?:of (?:Defense|War)\b|(?!of\b)\p{Lu})/u;

/**
 * Rule `own-office`: "did SecDef talk about the IADB with mexico?" — the U.S. secretary's office is who
 * speaks in a readout titled "Readout of Secretary Mattis' Call …", even when no sentence spells the office
 * out; such a readout names it in its head. A readout of an under or assistant secretary of defense, whose
 * office the index cannot tell from the secretary's, is not one.
 */
function ownOffice(index: SentenceIndex, c: Concept, named: (n: number) => number): (n: number) => number {
  // "Under Secretary of Defense" is the same terms ("under" is a stop word): typed so, it is that office.
  if (c.kind !== 'entity' || !OWN_OFFICES.has(c.entity ?? '') || BELOW_SECRETARY.test(c.raw)) return named;
  return (n) => {
    const title = index.readouts[n]?.title ?? '';
    // A readout of an under or assistant secretary "of Defense" is not the secretary's.
    if (BY_BELOW_SECRETARY.test(title)) {
      applied('own-office');
      return 0;
    }
    const bits = named(n);
    if (bits & HEAD || !BY_SECRETARY.test(title)) return bits;
    applied('own-office');
    return bits | HEAD | ANY;
  };
}
/** Offices below the secretary whose names hold "Secretary of Defense". */
const BELOW_SECRETARY = /\b(?:under|assistant)\b/i;
const BY_BELOW_SECRETARY = /^Readout of (?:the )?(?:Acting )?(?:Under|Assistant) Secretary\b/i;

/**
 * Rule `lexicon-widen-fallback` (src/answer/reading/concepts.ts): a topic word none of the named readouts
 * writes is read through its close synonyms there ("troops" where Poland's readouts say "forces");
 * failing that it is absent (rule `absent-topic`).
 */
export const topicInSelected: ReadingStep = {
  name: 'topic-in-selected',
  run: (state) => {
    const { index, concepts, text, notes } = state;
    const scope = state.candidates;
    if (!scope || scope.length === 0 || scope.length > FALLBACK_READOUTS) return;
    let inScope: Set<number> | undefined;
    for (const c of concepts) {
      if (!c.known || c.name || c.bonus || c.widened || /^\d/.test(c.raw)) continue;
      // Rule `counted-synonyms`: the thing a how-many question counts is the unit of the number, in any of its
      // close synonyms ("how many countries" → "ten nations"), though the readout writes "countries" elsewhere.
      const counted = state.question.intent === 'quantity' && c.required === true;
      // An unknown word right before it narrows it ("fighter jets", rule unknown-word-drop): not any aircraft.
      const before = concepts[concepts.indexOf(c) - 1];
      if (before && !before.known && /^\s*$/.test(text.slice(before.end, c.start))) continue;
      if (scope.some((n) => namedInReadout(index, c, n) & ANY)) {
        // Present only through a weaker word ("talks" as "discussed" where the readout writes "peace negotiations"):
        // its close synonyms there are read too, and it is not absent.
        const typed = { ...c, alternatives: new Map([...c.alternatives].filter(([, w]) => w >= 1)) };
        if (counted || (typed.alternatives.size && !scope.some((n) => namedInReadout(index, typed, n) & ANY))) {
          const added = widenKnown(index, c, (inScope ??= scopeTerms(index, scope)), counted);
          if (added.length) {
            if (counted) applied('counted-synonyms');
            else applied('lexicon-widen-fallback');
            notes.widened.push({ word: c.raw, to: added });
          }
        }
        continue;
      }
      // "was that mattis's first time meeting poltorak?": some readout writes "first time", his does not; what the
      // idiom means ("first") stands in for its words there.
      if (c.idiom) {
        inScope ??= scopeTerms(index, scope);
        const means = idiomReadings(index, c.idiom).filter((r) => inScope?.has(r.id));
        for (const r of means) if (!c.alternatives.has(r.id)) c.alternatives.set(r.id, r.weight);
        if (means.length) {
          applied('lexicon-idiom');
          notes.widened.push({ word: c.raw, to: means.map((r) => r.word) });
          if (scope.some((n) => namedInReadout(index, c, n) & ANY)) continue;
        }
      }
      const added = widenKnown(index, c, (inScope ??= scopeTerms(index, scope)), counted);
      if (added.length) {
        if (counted) applied('counted-synonyms');
        else applied('lexicon-widen-fallback');
        notes.widened.push({ word: c.raw, to: added });
      }
      if (!added.length || !scope.some((n) => namedInReadout(index, c, n) & ANY)) {
        // Rule absent-topic: marked here, decided in ask.ts (a who/when/where question or a lead that states something still answers).
        if (!answerKind(state.question, c)) state.absent.push(c);
      }
    }
    dropAbsentVerbs(state);
  },
};

/**
 * Rule `absent-verb-drop`: "did austin n gallant talk abt keeping the gaza war from spreading to lebanon?" — a
 * verb the named readouts never write ("spreading", "clearing", "to upgrade") is how the teammate put it, not a
 * thing: it goes, and the answer says so, when a noun the readouts write (or one read through the lexicon:
 * "landmines" → demining) remains to be stated — which the ranking then requires as for any topic.
 */
function dropAbsentVerbs(state: ReadingState): void {
  const { concepts, text } = state;
  // A grammar verb before a verb in -ing ("keep talking", "keep the partnership going"), or with "up"/"on" ("keep
  // up the talks"), or before an adjective that says how the thing is to be ("keeps it united", "keep the region
  // steady"), or an adverb says how the thing was put; "keep troops in Austria" keeps them, which is the question.
  const aspectual = (c: Concept) =>
    isGrammarWord(c.raw.toLowerCase()) &&
    (/ly$/i.test(c.raw) ||
      /^\s+(?:up|on)\b/i.test(text.slice(c.end)) ||
      /^(?:\s+[\p{L}'-]+){0,6}?\s+\p{L}+ing\b/u.test(text.slice(c.end)) ||
      complementFollows(text.slice(c.end)));
  // A word an article leads to ("a permanent us military *base*") is a noun, whatever WordNet's commonest sense —
  // the thing asked when none of its phrase is in the named readouts; beside a word they write ("the big program
  // *calls*") it may be wording.
  const nounHead = (c: Concept) => {
    if (commonestPos(c.raw.toLowerCase()) !== 'v') return false;
    const phrase = /\b(?:a|an|the|its|their|his|her|our)\s+((?:[\p{L}-]+\s+){1,3})$/iu.exec(text.slice(0, c.start));
    if (!phrase) return false;
    const from = c.start - (phrase[1] as string).length;
    const inPhrase = concepts.filter((o) => o !== c && o.start >= from && o.end <= c.start);
    // Only modifiers the named readouts lack (and names), one concept per word: "the pentagon won't abandon" is no phrase.
    const words = (phrase[1] as string).trim().split(/\s+/).length;
    return (
      inPhrase.length === words &&
      inPhrase.every((o) => o.name || o.widened !== undefined || o.bonus || state.absent.includes(o)) &&
      inPhrase.some((o) => !o.name && state.absent.includes(o))
    );
  };
  const verbs = state.absent.filter(
    (c) =>
      c.kind === 'term' &&
      !nounHead(c) &&
      (aspectual(c) ||
        // The verb right after the subject before another verb ("did mattis and pinotti *plan* to pick …"; rule
        // `verb-after-subject`): "go to jordan" goes somewhere, which is the question.
        (c.predicate === true && catenative(text.slice(c.end))) ||
        (!state.claim && isWording(c.raw.toLowerCase())) ||
        isVerbForm(c.raw.toLowerCase(), /\bto\s+$/i.test(text.slice(0, c.start)))),
  );
  if (!verbs.length) return;
  // A noun to state: typed, or read through the lexicon ("landmines" → demining).
  const nouns = concepts.filter((c) => c.known && !c.name && !verbs.includes(c) && !state.absent.includes(c) && (!c.bonus || c.widened));
  if (!nouns.length) return;
  applied('absent-verb-drop');
  state.absent = state.absent.filter((c) => !verbs.includes(c));
  state.notes.dropped.push(...verbs.map((c) => c.raw));
  state.concepts = concepts.filter((c) => !verbs.includes(c));
  // A widened word was a bonus beside the typed topic the verb was (rule `lexicon-widen`): alone, it is the topic.
  if (!nouns.some((c) => !c.bonus)) for (const c of nouns) c.bonus = false;
}

/** "… to <verb>" right after a verb ("plan to pick things up"): the first verb only leads to the second. */
function catenative(after: string): boolean {
  const next = /^\s+to\s+(\p{L}+)/u.exec(after)?.[1];
  return next !== undefined && isVerbForm(next.toLowerCase(), true);
}

/** An adjective within the next three words, the complement of a grammar verb ("keeps it *united*"). */
function complementFollows(after: string): boolean {
  const next = after.match(/^(?:\s+[\p{L}'-]+){1,3}/u)?.[0] ?? '';
  return next
    .trim()
    .split(/\s+/)
    .some((w) => w.length > 2 && commonestPos(w.toLowerCase()) === 'a');
}

/** "in person": a readout whose title says it was a call is not an answer. */
export const inPerson: ReadingStep = {
  name: 'in-person',
  run: (state) => {
    const { index } = state;
    if (!state.question.inPerson) return;
    applied('in-person');
    const calls = CALL_TERMS.map((t) => index.termId(t)).filter((id): id is number => id !== undefined);
    const allowed = (state.allowed ??= new Uint8Array(index.readouts.length).fill(1));
    index.readouts.forEach((r, n) => {
      if (calls.some((id) => r.titleTerms.has(id))) allowed[n] = 0;
    });
  },
};

/** The readouts whose title or opening names the most weight of the names. */
export const topReadouts: ReadingStep = {
  name: 'top-readouts',
  run: (state) => {
    const { where, allowed, selected } = state;
    let top = 0;
    for (const n of state.candidates ?? []) {
      if (!allowed?.[n]) continue;
      let s = 0;
      for (const [c, named] of where) if (named(n) & HEAD) s += c.weight;
      if (s > top + 1e-9) {
        top = s;
        selected.length = 0;
      }
      if (s > 0 && s >= top - 1e-9) selected.push(n);
    }
  },
};

/** Every term the named readouts write: where a fallback synonym must be found (rule `lexicon-widen-fallback`). */
function scopeTerms(index: SentenceIndex, scope: ArrayLike<number>): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < scope.length; k++) {
    const r = index.readouts[scope[k] as number];
    if (!r) continue;
    for (let i = r.first; i < r.first + r.count; i++) for (const t of index.termsOf(i)) out.add(t);
  }
  return out;
}
