/**
 * Words the corpus never uses: which of them veto, which weigh little and
 * which are dropped. Rules (DESIGN.md, "Concepts and scoring"):
 *
 * - **unknown key words veto** — "Scarborough Shoal", "the 2024 summit", "how
 *   many subs", an alias-table thing ("INF Treaty") when the corpus has none
 *   of them: nothing answers, not a nearby sentence.
 * - **filler words weigh little** — a word the corpus never uses that is none
 *   of those ("annexation") weighs a tenth of the lightest known word when a
 *   rare name remains ("Crimea"); otherwise it keeps its full weight, so
 *   "hypersonic weapons" does not become "weapons". An unknown capitalised
 *   word gives way the same way to a rare topic word ("the Kabul evacuation").
 * - **unknown-word-drop** — an English word no readout uses, nor any word
 *   WordNet widens it to, goes when a topic word the corpus has remains.
 * - **lexicon-widen** (weight) — beside a topic word typed as the corpus
 *   writes it, a widened word ranks sentences but never keeps one out.
 */
import { term } from '../../text/terms.ts';
import { commonestPos, isEnglishWord as inDictionary } from '../../lexicon/index.ts';
import { isNameTail } from './names.ts';
import { maxIdf, type ReadingState, type ReadingStep } from './state.ts';
import type { Concept } from './concepts.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import { FUNCTION_VERBS } from './questionWords.ts';
import { capitalOf, countryNamed, isAdverbOnly, isDescriptive, isTurning, isVerbForm, isWording } from './vocabulary.ts';

/** A meeting verb right before a word ("meet the", "called his", "visit with the"): the word is whom they met. */
const MET_BEFORE =
  /\b(?:meet|meets|met|meeting|call|calls|called|visit|visits|visited|host|hosted|speak|spoke|talk|talked|(?:an\s+)?audience\s+with|sit-?down\s+with|lunch\s+with|dinner\s+with)\s+(?:with\s+|to\s+)?(?:the|a|an|his|her|their)?\s*$/i;

/** A known word this rare (share of the highest IDF) lets an unknown filler word weigh little (DEFAULTS.reading). */
const RARE = DEFAULTS.reading.rareName;
/** What an unknown filler word weighs then, as a share of the lightest known concept (DEFAULTS.reading). */
const FILLER_SHARE = DEFAULTS.reading.fillerShare;

/** Whether a rare known name / rare known topic word remains, and the lightest known weight. */
function rareWords(state: ReadingState): { rare: boolean; rareTopic: boolean; lightest: number } {
  const { concepts } = state;
  const highest = maxIdf(state);
  const knownWeights = concepts.filter((c) => c.known).map((c) => c.weight);
  return {
    // A filler word gives way to a rare *name* ("annexation of Crimea"), not to a rare
    // topic word: "hypersonic weapons" is about a kind of weapon the corpus never names.
    rare: concepts.some((c) => c.known && c.name && c.weight >= RARE * highest),
    // An unknown name gives way only to a rare *topic* word ("evacuation"), not to a rare name ("Lich").
    rareTopic: concepts.some((c) => c.known && !c.name && c.weight >= RARE * highest),
    lightest: Math.min(...knownWeights),
  };
}

/**
 * A number the question states ("the 2030 summit", "Feb 12", "the 100th anniversary": an ordinal is a number) and the
 * counted thing of "how many frigates" must be stated.
 */
const NUMBER = /^\d+(?:st|nd|rd|th)?$/i;
/** An event's noun up to three words after a year: "the 2012 ottawa trilateral", "the 2014 … defense ministerial". */
const EVENT_AFTER =
  /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:summits?|ministerials?|trilaterals?|dialogues?|conferences?|forums?|meetings?|talks|visits?|consultations)\b/iu;
export const requiredWords: ReadingStep = {
  name: 'required-words',
  run: ({ concepts, question, text }) => {
    for (const c of concepts) {
      if (!NUMBER.test(c.raw)) continue;
      c.required = true;
      // Rule `event-year`: "what did panetta thank mackay for at the 2012 ottawa trilateral?" — a year that names
      // an event the question places something at (after a preposition) is when it was: the sentence states it, or
      // its readout is dated that year (reading.ts `context`). "who will host the 2026 nato summit?" asks about the
      // event itself, which a sentence must name with its year.
      const placed = /\b(?:at|during|to|from|in|ahead\s+of|on)\s+the\s+$/i.test(text.slice(0, c.start));
      if (placed && /^(?:19|20)\d{2}$/.test(c.raw) && EVENT_AFTER.test(text.slice(c.end))) {
        applied('event-year');
        c.eventYear = c.raw;
      }
    }
    if (question.intent === 'quantity' && question.unit) {
      const unit = question.unit.toLowerCase();
      const c = concepts.find((x) => x.raw.toLowerCase().split(/\s+/).includes(unit));
      if (c) c.required = true;
    }
  },
};

/**
 * Rule `function-verb-drop`: a verb that only carries the question's grammar ("did the Uzbeks *let* us
 * use their bases", data/reading/questions.json `functionVerbs`) and that the corpus never writes goes,
 * like a question word when another word than a name remains: it is no name (it is not in WordNet's lemmas, so it read as one) and never vetoes.
 */
function dropFunctionVerbs(state: ReadingState): void {
  const gone = state.concepts.filter((c) => !c.known && c.kind === 'term' && isGrammarWord(c.raw.toLowerCase()));
  // Alone beside names ("did the Emiratis let us?") it is all the question asks: it stays, unanswerable.
  if (!gone.length || !state.concepts.some((c) => !gone.includes(c) && !c.name)) return;
  applied('function-verb-drop');
  state.notes.dropped.push(...gone.map((c) => c.raw));
  state.concepts = state.concepts.filter((c) => !gone.includes(c));
}

/**
 * A word that carries how a question is put, never its subject: a grammar verb ("let", "keep", "wants"), or
 * (rule `manner-adverb-drop`) a word WordNet knows only as an adverb ("openly", "fully", "really"). Not a verb
 * that turns the sentence, nor an adverb of time or order, which the question readers read first.
 */
export function isGrammarWord(word: string): boolean {
  if (FUNCTION_VERBS.has(word)) return true;
  if (!/ly$/.test(word) || !isAdverbOnly(word)) return false;
  applied('manner-adverb-drop');
  return true;
}

/**
 * Rule `or-alternatives`: "did they discuss ISR or maritime domain awareness?" — in "X or Y", a part the
 * corpus lacks does not veto the part it has: it goes, and the answer says so. Both parts unknown ("THAAD
 * or submarines") still veto, each by its own rules. Run before given names are read: "THAAD or cyber"
 * is no person's name.
 */
export const orAlternatives: ReadingStep = {
  name: 'or-alternatives',
  run: (state) => {
    dropUnknownAlternatives(state);
    mergeAlternatives(state);
  },
};

/**
 * Rule `or-alternatives` (both known): "did austin talk about THAAD or cyber with angola?" — X or Y is one topic
 * that either word answers: one concept with both words' alternatives, the lighter weight, a name only when both
 * are. Else THAAD, a name his Angola readout lacks, kept the readout out.
 */
function mergeAlternatives(state: ReadingState): void {
  const { concepts, text } = state;
  for (let k = 0; k + 1 < concepts.length; k++) {
    const a = concepts[k] as Concept;
    const b = concepts[k + 1] as Concept;
    if (!a.known || !b.known || !/^\s+or\s+$/i.test(text.slice(a.end, b.start))) continue;
    // Each side one concept: "ISR or maritime domain awareness" is no "ISR or maritime".
    const before = concepts[k - 1];
    const after = concepts[k + 2];
    if ((before && /^\s*$/.test(text.slice(before.end, a.start))) || (after && /^\s*$/.test(text.slice(b.end, after.start)))) continue;
    applied('or-alternatives');
    const alternatives = new Map(a.alternatives);
    for (const [id, w] of b.alternatives) alternatives.set(id, Math.max(w, alternatives.get(id) ?? 0));
    const merged: Concept = {
      ...b,
      label: `${a.label} or ${b.label}`,
      raw: text.slice(a.start, b.end),
      start: a.start,
      alternatives,
      weight: Math.min(a.weight, b.weight),
      ...(a.name && b.name ? {} : { name: false, country: undefined, entity: undefined, kind: 'term' as const }),
    };
    concepts.splice(k, 2, merged);
  }
}

function dropUnknownAlternatives(state: ReadingState): void {
  const { concepts, text } = state;
  const or = (a: Concept | undefined, b: Concept | undefined) =>
    a !== undefined && b !== undefined && /^\s+or\s+$/i.test(text.slice(a.end, b.start));
  const gone = concepts.filter((c, k) => {
    if (c.known) return false;
    const before = concepts[k - 1];
    const after = concepts[k + 1];
    return (or(before, c) && before?.known === true) || (or(c, after) && after?.known === true);
  });
  if (!gone.length) return;
  applied('or-alternatives');
  state.notes.dropped.push(...gone.map((c) => c.raw));
  state.concepts = concepts.filter((c) => !gone.includes(c));
}

/** A word typed in lower case, no place, in no dictionary: coined for a thing, so a name ("lombrum"). */
function coined(raw: string, place: boolean): boolean {
  if (place || /^\p{Lu}/u.test(raw) || inDictionary(raw.toLowerCase())) return false;
  applied('coined-name-veto');
  return true;
}

/**
 * Unknown key words veto; unknown filler words weigh little beside a rare known
 * name; so does an unknown capitalised word beside a rare known topic word
 * ("the Kabul evacuation"). An unknown word before a name part ("Scarborough
 * Shoal"), an unknown number ("the 2024 summit") or counted thing still vetoes.
 * Unknown English words are kept aside for `unknownWordDrop`.
 */
export const unknownWords: ReadingStep = {
  name: 'unknown-words',
  run: (state) => {
    dropFunctionVerbs(state);
    const { concepts, text, index } = state;
    const { rare, rareTopic, lightest } = rareWords(state);
    concepts.forEach((c, k) => {
      if (c.known) return;
      // An event's year no sentence states (rule `event-year`) is satisfied by a readout dated that year, if any.
      const year = c.eventYear;
      if (year && index.readouts.some((r) => r.date?.startsWith(year))) return;
      const next = concepts[k + 1];
      // "Scarborough Shoal", "Spratly Islands": the next word is the tail of a name, in the corpus or as typed.
      const namePart =
        next !== undefined &&
        /^\s*$/.test(text.slice(c.end, next.start)) &&
        ((next.name === true && next.known && isNameTail(index, next)) || /^\p{Lu}/u.test(next.raw));
      // An alias entity is a thing the engine knows ("submarine", "INF Treaty"): absent, it is absent.
      // A verb that turns the sentence ("cancelling") is what was asked: absent, nothing answers.
      const turning = c.kind === 'term' && isTurning(c.raw.toLowerCase());
      // A name right before a topic noun says which one ("the rafah crossing" is no "cross-border attacks"), unless
      // it is a place the lexicon knows ("the Kabul evacuation": the evacuation, wherever the readout puts it) or an
      // acronym, more often an office than a thing ("india's EAM trade views").
      const place = capitalOf(c.raw.toLowerCase()) !== undefined || countryNamed(c.raw.toLowerCase()) !== undefined;
      // Rule `coined-name-veto`: "the lombrum naval base" — a word typed in lower case that is no place and in no
      // dictionary (WordNet's nor the 275,000-word list) is a name even beside a rare topic word ("island").
      const names =
        next !== undefined &&
        /^\s*$/.test(text.slice(c.end, next.start)) &&
        next.known &&
        !next.name &&
        commonestPos(next.raw.toLowerCase()) === 'n' &&
        !place &&
        !/^[A-Z]{2,}$/.test(c.raw);
      const key =
        turning ||
        c.required === true ||
        c.kind === 'entity' ||
        NUMBER.test(c.raw) ||
        (c.name === true && (namePart || !rareTopic || names || coined(c.raw, place)));
      if (key) {
        applied('unknown-key-veto');
        c.required = true;
        state.missing.push(c);
      } else if (!c.name && c.kind === 'term') state.unknownEnglish.push(c);
      else if (rare) {
        applied('filler-weight');
        c.weight = FILLER_SHARE * lightest;
        // A name weighed as filler ("sending himars to ukraine") leaves only a sure answer (faint-word-certainty).
        state.faint.push(c);
      }
    });
  },
};

/**
 * Rule `unknown-word-drop`: an English word no readout uses, nor any word WordNet widens it to, says
 * nothing the corpus can match ("gasoline", "meddling"): it goes, and the answer says so, when the
 * question keeps a topic word the corpus has. With only names left it keeps its weight (or a tenth
 * of the lightest beside a rare name, as before): "what did Hegseth say about the Leopard tanks?" is
 * not answered by any Hegseth sentence.
 * A word right before a topic word narrows it ("hypersonic missiles", "Leopard tanks"): it is not dropped.
 */
export const unknownWordDrop: ReadingStep = {
  name: 'unknown-word-drop',
  run: (state) => {
    const { concepts, text, unknownEnglish: english } = state;
    const { rare, lightest } = rareWords(state);
    // Rule `named-kind-veto`: a noun right after a country's adjective ("Bulgaria off russian gas", "chinese
    // balloons") is the thing asked, of that country; the corpus never names it, so nothing answers — a Russia
    // sentence is not about Russian gas.
    const namedKind = (c: Concept) => {
      const before = concepts[concepts.indexOf(c) - 1];
      return (
        before?.country !== undefined &&
        before.raw.toLowerCase() !== before.country.toLowerCase() &&
        /^\s*$/.test(text.slice(before.end, c.start)) &&
        commonestPos(c.raw.toLowerCase()) === 'n'
      );
    };
    // Rule `unknown-compound-veto`: two nouns no readout uses, typed together in a yes/no question ("security for
    // the world cup"), are one thing the corpus never names, like an unknown name: nothing answers, not a sentence
    // on security.
    const compound = (c: Concept) => {
      const k = concepts.indexOf(c);
      const pair = (a: Concept | undefined, b: Concept | undefined) =>
        a !== undefined &&
        b !== undefined &&
        english.includes(a) &&
        english.includes(b) &&
        /^\s+$/.test(text.slice(a.end, b.start)) &&
        commonestPos(a.raw.toLowerCase()) === 'n' &&
        commonestPos(b.raw.toLowerCase()) === 'n';
      return pair(concepts[k - 1], c) || pair(c, concepts[k + 1]);
    };
    // Only in a yes/no question, where the thing is part of what must be true; "which operation did hagel back with
    // tanker and cargo flights?" asks for the operation, and how it was backed may be worded otherwise.
    const compounds = state.question.intent === 'yesno' ? english.filter(compound) : [];
    if (compounds.length) applied('unknown-compound-veto');
    const kinds = [...english.filter(namedKind), ...compounds];
    if (kinds.length > compounds.length) applied('named-kind-veto');
    if (kinds.length) {
      for (const c of kinds) {
        c.required = true;
        state.missing.push(c);
      }
    }
    const modifiers = english.filter((c) => {
      if (kinds.includes(c)) return false;
      // Rule `wording-drop`: a descriptive adjective ("regular talks", "closer ties") grades its noun, it does not
      // name a kind of it as "hypersonic missiles" or "nuclear talks" (WordNet gives those a pertainym) do.
      if (!state.claim && isDescriptive(c.raw.toLowerCase())) return false;
      const next = concepts[concepts.indexOf(c) + 1];
      const before = concepts[concepts.indexOf(c) - 1];
      // …and one right after a topic word is its head ("professional wrestling").
      const head = before !== undefined && /^\s*$/.test(text.slice(before.end, c.start)) && before.known && !before.name;
      if (head) return true;
      // …nor does a verb in -ing before it say what kind it is, but what is done to it ("tightening defense ties").
      if (!state.claim && /ing$/i.test(c.raw) && isVerbForm(c.raw.toLowerCase(), false)) return false;
      return next !== undefined && /^\s*$/.test(text.slice(c.end, next.start)) && next.known && !next.name;
    });
    // A verb that turns the sentence ("cancelling", "withdrawing") is what was asked: it is never dropped; nor is
    // whom a meeting was with ("did the secdef meet the pope?": the pope is the question, not a filler word).
    const met = (c: Concept) => MET_BEFORE.test(text.slice(0, c.start));
    const droppable = english.filter((c) => !modifiers.includes(c) && !kinds.includes(c) && !isTurning(c.raw.toLowerCase()) && !met(c));
    // Rule `met-unknown-veto`: "did the secdef meet the pope?", "an audience with the pope", "lunch with the pope".
    for (const c of english) {
      if (!met(c) || modifiers.includes(c)) continue;
      applied('met-unknown-veto');
      state.missing.push(c);
    }
    if (droppable.length) {
      const topic = concepts.some((c) => c.known && !c.name && !c.bonus);
      if (topic) {
        applied('unknown-word-drop');
        state.notes.dropped.push(...droppable.map((c) => c.raw));
        // Rule `wording-drop`: a verb, adjective or adverb ("regular talks", "ready to work") is how it was put;
        // only a thing the corpus lacks ("avocados") was the point, which the answer must then be sure of.
        const things = state.claim ? droppable : droppable.filter((c) => !isWording(c.raw.toLowerCase()));
        if (things.length < droppable.length) applied('wording-drop');
        state.dropped.push(...things);
        state.concepts = concepts.filter((c) => !droppable.includes(c));
      } else {
        // Rule `wording-drop` beside names only: "did esper push china to be more upfront about the coronavirus"
        // asks about the names and the verb; the adjective is how it was put.
        // Only beside a name the corpus has: alone, the word is all there is to read ("what happened on …?").
        const named = concepts.some((c) => c.name && c.known);
        const wording = state.claim || !named ? [] : droppable.filter((c) => isWording(c.raw.toLowerCase()));
        if (wording.length) {
          applied('wording-drop');
          state.notes.dropped.push(...wording.map((c) => c.raw));
          state.concepts = concepts.filter((c) => !wording.includes(c));
        }
        if (rare) {
          applied('filler-weight');
          for (const c of droppable) if (!wording.includes(c)) c.weight = FILLER_SHARE * lightest;
          state.faint.push(...droppable.filter((c) => !wording.includes(c) && !isWording(c.raw.toLowerCase())));
        }
      }
    }
    if (rare && modifiers.length) {
      applied('filler-weight');
      for (const c of modifiers) c.weight = FILLER_SHARE * lightest;
      state.faint.push(...modifiers.filter((c) => !isWording(c.raw.toLowerCase())));
    }
  },
};

/**
 * Rule `lexicon-widen` (weight): beside a topic word the corpus has as typed, a widened word ranks
 * sentences but never keeps one out ("hitting 2 percent": "hitting" may be "striking", or not said);
 * alone, it is the topic. The widenings and country words read are noted for the answer.
 */
export const widenedWeight: ReadingStep = {
  name: 'widened-weight',
  run: ({ concepts, index, notes }) => {
    const typedTopic = concepts.some((c) => c.known && !c.name && !c.bonus && !c.widened);
    if (typedTopic)
      for (const c of concepts)
        if (c.widened && !c.required) {
          applied('lexicon-widen');
          c.bonus = true;
        }
    for (const c of concepts) {
      if (c.widened ?? c.spelled) notes.widened.push({ word: c.raw, to: c.widened ?? c.spelled ?? [] });
      if (c.country && c.raw.toLowerCase() !== c.country.toLowerCase() && index.df(term(c.raw) ?? '') === 0)
        notes.resolved.push({ from: c.raw, to: c.country });
    }
  },
};
