/**
 * The verbs a question asks about, as concepts. Rules (DESIGN.md):
 *
 * - **focus verbs** — "what did X thank Y for?" adds the verb's family
 *   (src/answer/reading/focus.ts) as a concept the answer must hold; the verb
 *   as typed counts in full, its family less.
 * - **said-verb-bonus** — "what did Mattis and Jungmann agree?": the say-verb
 *   tells what kind of sentence answers, so a sentence saying it (or a close
 *   synonym) ranks first; one that does not is still an answer.
 */
import { term } from '../../text/terms.ts';
import { conceptsOf, type Concept } from './concepts.ts';
import { widenKnown } from './widenKnown.ts';
import { familyTerms } from './focus.ts';
import { maxIdf, type ReadingStep } from './state.ts';
import { applied } from '../explain.ts';

/** The focus verb's family as one concept; when the corpus has none of it and the verb is required, it vetoes. */
export const focusVerb: ReadingStep = {
  name: 'focus-verb',
  run: (state) => {
    const { question, index } = state;
    if (!question.verb) return;
    applied('focus-verb');
    const alternatives = new Map<number, number>();
    // The verb as typed counts in full where the readout writes it ("condemn" → "condemned"), its family less.
    const typed = question.verbWord ? term(question.verbWord) : null;
    for (const [t, w] of familyTerms(question.verb)) {
      const id = index.df(t) > 0 ? index.termId(t) : undefined;
      if (id !== undefined) alternatives.set(id, t === typed ? 1 : w);
    }
    let weight = 0;
    for (const id of alternatives.keys()) weight = Math.max(weight, index.idf(id));
    const verb: Concept = {
      label: question.verb,
      start: -1,
      end: -1,
      alternatives,
      weight: weight || maxIdf(state),
      known: alternatives.size > 0,
      kind: 'term',
      position: -1,
      raw: question.verb,
      ...(question.verbRequired ? { required: true } : {}),
    };
    state.verb = verb;
    if (!verb.known && verb.required) state.missing.push(verb);
  },
};

/** Rule `said-verb-bonus`: the say-verb of "what did X and Y agree/pledge?", widened, as a bonus concept. */
export const sayVerbBonus: ReadingStep = {
  name: 'said-verb-bonus',
  run: (state) => {
    const { question, index } = state;
    if (!question.sayWord) return;
    for (const c of conceptsOf(index, question.sayWord)) {
      if (!c.known) continue;
      applied('said-verb-bonus');
      const widened = { ...c, alternatives: new Map(c.alternatives) };
      if (!c.widened) widenKnown(index, widened);
      state.sayWords.push({ ...widened, bonus: true, position: 2000 + c.position, start: -1, end: -1 });
    }
  },
};
