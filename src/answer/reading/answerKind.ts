/**
 * Rule `name-kind-not-topic`: "what law did austin and nyusi talk about putting into practice?", "what job was
 * lovegrove moving to?" — the noun right after "what"/"which" is the kind of answer asked ("the Global Fragility
 * Act", "National Security Adviser"), no word the named readouts must write. Where they never write it, it only
 * adds where a sentence has it (a bonus) and vetoes nothing. Split from select.ts (topic-in-selected).
 */
import type { Concept } from './concepts.ts';
import type { Question } from './question.ts';
import { applied } from '../explain.ts';

/** "what job …", "which body of water …": the noun the wh-word asks for. */
const WH_NOUN = /^(?:what|which)\s+([\p{L}-]+)/iu;

/**
 * True (and the concept made a bonus) when the concept, which none of the readouts the names select writes even
 * through its synonyms, is the noun the question's "what/which" asks for.
 */
export function answerKind(question: Question, c: Concept): boolean {
  const noun = question.asksName?.typedNoun ?? WH_NOUN.exec(question.focus)?.[1]?.toLowerCase();
  if (!noun || c.name || c.raw.toLowerCase() !== noun) return false;
  applied('name-kind-not-topic');
  c.bonus = true;
  return true;
}
