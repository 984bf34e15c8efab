/**
 * Rule `place-context`: a place the question gives as where the meeting was, which a readout need not write
 * (DESIGN.md, "Reading a team's own words"). Run right after names-select (select.ts), whose selection it redoes
 * without the place.
 */
import type { Concept } from './concepts.ts';
import { conceptsOf } from './concepts.ts';
import { ANY, namedInReadout } from './layout.ts';
import { mainTerm } from './names.ts';
import { isPerson } from './people.ts';
import { namesSelect } from './select.ts';
import { reselectWith } from './reselect.ts';
import type { ReadingStep } from './state.ts';
import { capitalOf, countryNamed } from './vocabulary.ts';
import { PLACE_WORDS } from './questionWords.ts';
import { applied } from '../explain.ts';
import { leaderCountry } from '../../lexicon/index.ts';

/** "where in baghdad …": the place a where-question puts the meeting in. */
const WHERE_IN = /\bwhere\s+in\s+(?:the\s+)?$/i;
/** "… when shanahan met abdul-mahdi in ": a when-clause, up to "in" (the meeting verb is read out of the text by then). */
const WHEN_MET_IN = /\bwhen\s+[^?]*\bin\s+$/i;
/** "shanahan's baghdad readout", "his tokyo trip": a place naming which meeting. */
const BEFORE_MEETING = /^(?:['’]s)?\s+(?:readout|trip|visit|meeting|talks|call|stop|sit-down)s?\b/i;

/**
 * Rule `place-context`: "where in baghdad did shanahan sit down with abdul-mahdi?", "according to shanahan's
 * baghdad readout" — a place the question gives as where the meeting was selects the readouts that name it;
 * when no readout the other names select names it (a readout need not say where: "at the prime minister's
 * office"), it goes, and the answer says so. A person is never such a place.
 */
export const placeContext: ReadingStep = {
  name: 'place-context',
  run: (state) => {
    if (!state.candidates || state.candidates.length > 0) return;
    const { index, text } = state;
    // Only a capital or a country, whose country the readout must still name: "where in tokyo did shanahan meet
    // abdul-mahdi?" is not answered from a readout in Iraq.
    const countryOfPlace = (c: Concept) => (capitalOf(c.raw.toLowerCase()) ?? countryNamed(c.raw.toLowerCase()))?.country;
    const places = state.names.filter((c) => {
      const id = mainTerm(c);
      if (c.kind === 'term' && id !== undefined && isPerson(index, id)) return false;
      if (countryOfPlace(c) === undefined) return false;
      // …and a capital after "in" in a clause that sets the scene ("how many … when shanahan met abdul-mahdi in
      // baghdad?"), not one the question asks about ("did mattis meet le drian in paris?").
      const capitalIn = capitalOf(c.raw.toLowerCase()) !== undefined && WHEN_MET_IN.test(text.slice(0, c.start));
      return capitalIn || WHERE_IN.test(text.slice(0, c.start)) || BEFORE_MEETING.test(text.slice(c.end));
    });
    if (!places.length || places.length === state.names.length) return;
    const before = { concepts: state.concepts, names: state.names, candidates: state.candidates, allowed: state.allowed };
    state.concepts = state.concepts.filter((c) => !places.includes(c));
    namesSelect.run(state);
    const countries = places.flatMap((c) => conceptsOf(index, countryOfPlace(c) ?? '').slice(0, 1));
    const kept = [...(state.candidates ?? [])].filter((n) => countries.every((c) => namedInReadout(index, c, n) & ANY));
    if (!kept.length) {
      // Still nothing: the place stays, and the answer names it among what no readout names together.
      Object.assign(state, before);
      return;
    }
    applied('place-context');
    state.notes.dropped.push(...places.map((c) => c.raw));
    for (const c of places) state.where.delete(c);
    state.candidates = Uint32Array.from(kept);
    state.allowed = new Uint8Array(index.readouts.length);
    for (const n of kept) state.allowed[n] = 1;
  },
};

/**
 * Rule `capital-as-country` (fallback): "american backing for kyiv", "which seoul policy", "welcome tokyo
 * revisiting" — a capital the corpus writes, typed where no readout the other names select names the city, is its
 * government: it is read as the city or its country, and the selection is redone. A capital after a place word
 * ("met in kyiv") is the city and stays; so does any selection that still finds nothing.
 */
export const capitalAsCountry: ReadingStep = {
  name: 'capital-as-country',
  run: (state) => {
    if (!state.candidates || state.candidates.length > 0) return;
    const { index, text } = state;
    const capitals = state.names.filter((c) => {
      if (c.kind !== 'term' || c.country) return false;
      const id = mainTerm(c);
      if (id !== undefined && isPerson(index, id)) return false;
      const before = /([\p{L}]+)\s+$/u.exec(text.slice(0, c.start))?.[1]?.toLowerCase() ?? '';
      return !PLACE_WORDS.has(before) && capitalOf(c.raw.toLowerCase()) !== undefined;
    });
    if (!capitals.length) return;
    const wider = new Map<Concept, Map<number, number>>();
    for (const c of capitals) {
      const country = conceptsOf(index, capitalOf(c.raw.toLowerCase())?.country ?? '')[0];
      wider.set(c, new Map([...(country?.alternatives ?? []), ...c.alternatives]));
    }
    if (reselectWith(state, wider)) applied('capital-as-country');
  },
};

/**
 * Rule `leader-as-country`: "did hagel thank finland for helping wipe out assad's poison gas stockpile?" — a head of
 * state or government a team names for the country (data/lexicon/country-overrides.json `leaders`) is read as the
 * person or the country, and the selection redone, only when no readout the other names select names the person.
 */
export const leaderAsCountry: ReadingStep = {
  name: 'leader-as-country',
  run: (state) => {
    if (!state.candidates || state.candidates.length > 0) return;
    const wider = new Map<Concept, Map<number, number>>();
    for (const c of state.names) {
      const country = c.kind === 'term' && !c.country ? leaderCountry(c.raw) : undefined;
      if (!country) continue;
      const read = conceptsOf(state.index, country.country)[0];
      wider.set(c, new Map([...(read?.alternatives ?? []), ...c.alternatives]));
    }
    if (wider.size && reselectWith(state, wider)) applied('leader-as-country');
  },
};
