/**
 * Rule `acronym-family`: "did mattis and onodera mention japan's SDF helping enforce UN sanctions?" where the readout
 * writes "UNSCR enforcement" — an acronym typed as a name is also named by the table's longer acronyms for a part
 * of its thing (`acronymFamily` in src/lexicon/index.ts: UN → UNSC, UNSCR, UNGA). Run right after names-select,
 * only when the names select no readout together.
 */
import type { ReadingStep } from './state.ts';
import { reselectWith } from './reselect.ts';
import type { Concept } from './concepts.ts';
import { acronymFamily } from '../../lexicon/index.ts';
import { term } from '../../text/terms.ts';
import { applied } from '../explain.ts';

export const acronymFamilyStep: ReadingStep = {
  name: 'acronym-family',
  run: (state) => {
    if (!state.candidates || state.candidates.length > 0) return;
    const { index } = state;
    const wider = new Map<Concept, Map<number, number>>();
    for (const c of state.names) {
      if (!/^\p{Lu}{2,}$/u.test(c.raw.replace(/[^\p{L}]/gu, '')) && !/^\p{Ll}{2,5}$/u.test(c.raw)) continue;
      const family = acronymFamily(c.raw.toLowerCase())
        .map((a) => term(a))
        .filter((t): t is string => typeof t === 'string' && index.df(t) > 0);
      if (!family.length) continue;
      const alternatives = new Map(c.alternatives);
      for (const t of family) {
        const id = index.termId(t);
        if (id !== undefined && !alternatives.has(id)) alternatives.set(id, 1);
      }
      wider.set(c, alternatives);
    }
    if (reselectWith(state, wider)) applied('acronym-family');
  },
};
