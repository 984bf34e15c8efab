/**
 * A second names-select with some names read more widely, undone when it selects nothing (rules
 * `capital-as-country` fallback in placeContext.ts, `acronym-family` in acronymFamily.ts).
 */
import type { Concept } from './concepts.ts';
import { namesSelect } from './select.ts';
import type { ReadingState } from './state.ts';

/**
 * Names-select again with some names read more widely (rules `capital-as-country`, `acronym-family`): each concept
 * of `wider` takes those alternatives; when the names still select no readout, every concept and the selection
 * are as they were. True when the wider reading selected readouts.
 */
export function reselectWith(state: ReadingState, wider: ReadonlyMap<Concept, Map<number, number>>): boolean {
  if (!wider.size) return false;
  const before = { names: state.names, candidates: state.candidates, allowed: state.allowed };
  const typed = new Map([...wider.keys()].map((c) => [c, c.alternatives]));
  for (const [c, alternatives] of wider) c.alternatives = alternatives;
  namesSelect.run(state);
  if (state.candidates?.length) return true;
  for (const [c, alternatives] of typed) c.alternatives = alternatives;
  Object.assign(state, before);
  return false;
}
