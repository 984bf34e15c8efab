/**
 * Which rules decided an answer (`--explain`): the code that applies a rule
 * of the engine calls `applied(id)` with the rule's id from the table in
 * src/answer/rules.ts, and `explained` collects the ids recorded while one
 * answer is made.
 *
 * A module-level collector rather than a trace passed down every call: the
 * engine answers one request at a time, synchronously (src/engine/engine.ts),
 * so "the answer being made" is always well defined, and rules deep in the
 * reader record their id without every signature between carrying a trace.
 * Outside `explained` a call costs one comparison.
 *
 * @example
 * explained(() => { applied('chat-words'); applied('chat-words'); return 1; })
 * // → { value: 1, rules: ['chat-words'] }
 */
import type { RuleId } from './rules.ts';

let collecting: Set<RuleId> | null = null;

/** Records that the rule `id` took part in the answer being made (no-op outside `explained`). */
export function applied(id: RuleId): void {
  collecting?.add(id);
}

/** Runs `make` and returns its value with the ids of the rules applied meanwhile, first applied first. */
export function explained<T>(make: () => T): { value: T; rules: RuleId[] } {
  const outer = collecting;
  const rules = new Set<RuleId>();
  collecting = rules;
  try {
    const value = make();
    return { value, rules: [...rules] };
  } finally {
    // A nested call (an answer made while making another) also credits the outer one.
    if (outer) for (const id of rules) outer.add(id);
    collecting = outer;
  }
}
