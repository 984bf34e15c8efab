/**
 * Rule `names-or`: names typed as alternatives — "was it at some nato thing or in kabul??", "did esper and
 * enkhbold discuss russia or china?" — ask which one; a readout naming either may answer. Names joined by
 * "and", or by anything but a short "or" phrase, are each required (names-select).
 * For instance "where did esper meet khalid, was it at some nato thing or in kabul" reads as the units Esper,
 * Khalid, and NATO-or-Kabul.
 */
import type { Concept } from './concepts.ts';
import { applied } from '../explain.ts';
import type { ReadingState } from './state.ts';
import { ANY } from './layout.ts';

/** What may stand between two alternatives: a few words around one "or", no clause break, no "and". */
const OR_BETWEEN = /^(?:\s+[\p{L}'’-]+){0,3}?\s*,?\s+or(?:\s+[\p{L}'’-]+){0,3}?\s+$/iu;
const NOT_BETWEEN = /\b(?:and|but|with|did|does|was|were|is|are|who|what|when|where|which|how)\b/i;

/** The question's names in units: one name, or a run of names joined by "or". In text order. */
export function alternativesOf(text: string, names: Concept[]): Concept[][] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const units: Concept[][] = [];
  for (const c of sorted) {
    const last = units.at(-1);
    const before = last?.at(-1);
    const between = before ? text.slice(before.end, c.start) : '';
    if (last && before && before.end <= c.start && OR_BETWEEN.test(between) && !NOT_BETWEEN.test(between.replace(/\bor\b/i, ''))) {
      last.push(c);
      applied('names-or');
    } else units.push([c]);
  }
  return units;
}

/**
 * After selection: an alternative no selected readout names ("kabul", where Esper met Khalid in Brussels) is the
 * wrong guess, not a word the answer must state; it goes, and the answer says so.
 */
export function unnamedAlternatives(state: ReadingState, candidates: Uint32Array | null): void {
  if (!candidates?.length) return;
  const gone = alternativesOf(state.text, state.names)
    .filter((unit) => unit.length > 1)
    .flatMap((unit) => unit.filter((c) => !candidates.some((n) => ((state.where.get(c)?.(n) ?? 0) & ANY) !== 0)));
  if (!gone.length) return;
  state.notes.dropped.push(...gone.map((c) => c.raw));
  state.concepts = state.concepts.filter((c) => !gone.includes(c));
  state.names = state.names.filter((c) => !gone.includes(c));
}
