/**
 * Rule `alias-common-words` (selection): "did austin talk about HADR with brazil?" — an alias thing the corpus
 * names somewhere, but none of the readouts the question's other names select: there it is read as the common
 * words of its spelled-out name ("humanitarian assistance and disaster relief" → humanitarian, relief), a topic,
 * not a name those readouts must write. Run right after names-select (select.ts), whose selection it redoes.
 */
import { aliasWords } from './verbForms.ts';
import { namesSelect } from './select.ts';
import type { ReadingStep } from './state.ts';

export const aliasFallback: ReadingStep = {
  name: 'alias-fallback',
  run: (state) => {
    if (!state.candidates || state.candidates.length > 0) return;
    const { index } = state;
    const things = state.names.flatMap((c) => {
      if (c.kind !== 'entity' || c.entity === undefined) return [];
      const entity = index.aliases.lookup(c.entity);
      const words = entity ? aliasWords(index, entity.names) : [];
      return words.length ? [{ c, words }] : [];
    });
    if (!things.length || things.length === state.names.length) return;
    const before = { candidates: state.candidates, allowed: state.allowed, names: state.names };
    const saved = things.map(({ c }) => ({ c, name: c.name, alternatives: new Map(c.alternatives), spelled: c.spelled }));
    for (const { c, words } of things) {
      c.name = false;
      for (const w of words) if (!c.alternatives.has(w.id)) c.alternatives.set(w.id, w.weight);
      c.spelled = words.map((w) => w.word);
    }
    namesSelect.run(state);
    if (state.candidates && state.candidates.length > 0) return;
    // Still nothing: as it was, and the answer names it among what no readout names together.
    for (const s of saved) Object.assign(s.c, { name: s.name, alternatives: s.alternatives, spelled: s.spelled });
    Object.assign(state, before);
  },
};
