/**
 * Rule `lexicon-widen-fallback`: a topic word the corpus has, but the readouts a question's names select do
 * not, also matches its close WordNet synonyms those readouts write ("troops" → forces).
 *
 * @example
 * widenKnown(index, conceptsOf(index, 'troops')[0])   // → ['forces', 'military forces', 'personnel']
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from './concepts.ts';
import { isEnglish as isEnglishWord, isVerbForm, isVerbLemma, widenings } from './vocabulary.ts';
import { counterCompounds } from './compounds.ts';
import { DEFAULTS } from '../defaults.ts';
import { widenTarget } from './widenTarget.ts';
import { applied } from '../explain.ts';
import { commonestPos } from '../../lexicon/index.ts';

const WEIGHT = DEFAULTS.reading.weights;
// A known word's synonym weighs a share of WordNet's weight (≈ 0.6 for a close synonym), less than a widening
// of an unknown word; only close synonyms widen a word the corpus has ("budget" is no plan). DEFAULTS.reading.
const FALLBACK_SHARE = DEFAULTS.reading.fallbackShare;
const FALLBACK_MIN = DEFAULTS.reading.fallbackMinWeight;
const DERIVATION_MIN = DEFAULTS.reading.fallbackDerivationWeight;
const FALLBACK_WIDENED = DEFAULTS.reading.fallbackWidened;

/**
 * Rule `lexicon-widen-fallback`: a word the corpus has, but not in the readouts the question's names select
 * ("did the Poles thank us for sending troops?": Poland's readouts say "forces"), is widened to its close
 * WordNet synonyms the corpus writes in lower case, each weighing less than the word typed. Returns the words
 * added (none when the concept is a name, a number, or not an English word).
 */
export function widenKnown(index: SentenceIndex, concept: Concept, inScope?: ReadonlySet<number>, unit = false): string[] {
  const raw = concept.raw.toLowerCase();
  // An entity typed as one lower-case word ("troops") is a word, as a term is.
  const word = concept.kind === 'term' || /^\p{Ll}/u.test(concept.entity ?? '');
  if (!word || concept.name || concept.country || concept.office || concept.widened || !/^\p{L}{3,}$/u.test(raw)) return [];
  if (!isEnglishWord(raw)) return [];
  const added: string[] = [];
  const adverb = commonestPos(raw) === 'r';
  for (const r of widenings(raw)) {
    if (added.length >= FALLBACK_WIDENED) break;
    // A close synonym; or, for a verb as typed, the noun readouts make of it ("move" → movement, "share" →
    // sharing): the same act, written as a noun.
    const nominal = r.relation === 'derivation' && r.weight >= DERIVATION_MIN && isVerbForm(raw, true);
    if (!nominal && (r.relation !== 'synonym' || r.weight < FALLBACK_MIN)) continue;
    // A counted unit (rule `counted-synonyms`) may be a word the corpus mostly capitalises ("nations", as in the United
    // Nations): the sentence must hold the number beside it, so "ten nations" is no name.
    // Within the named readouts a common word is what they write ("vow" → commitment), but not for an adverb's
    // ("get its democracy back" is no support).
    const id = widenTarget(index, r.word, { phrases: true, anyCase: unit, common: inScope !== undefined && !adverb });
    // Only what the named readouts write: a synonym elsewhere in the corpus cannot make them answer.
    if (id === undefined || concept.alternatives.has(id) || (inScope && !inScope.has(id))) continue;
    concept.alternatives.set(id, Math.min(r.weight * FALLBACK_SHARE, WEIGHT.synonym));
    added.push(r.word);
  }
  if (added.length === 0 && inScope) added.push(...derivationSiblings(index, concept.alternatives, raw, inScope));
  added.push(...counterCompounds(index, raw, concept.alternatives));
  if (added.length) concept.widened = added;
  return added;
}

/**
 * Rule `derivation-sibling`: "the migration mess" where the named readout writes "the migrant crisis" — a noun and
 * the word its verb derives in turn ("migration" → migrate → "migrant") are the same act, found only in the named
 * readouts and only when no close synonym is, at a derivation's share. Without a scope (a word no readout writes,
 * rule `lexicon-widen`: "coercion" → coerce → "coercive"), anywhere in the corpus, at the derivation's weight as a widening.
 */
export function derivationSiblings(
  index: SentenceIndex,
  alternatives: Map<number, number>,
  raw: string,
  inScope?: ReadonlySet<number>,
  share: number = FALLBACK_SHARE,
): string[] {
  const added: string[] = [];
  for (const verb of widenings(raw)) {
    if (verb.relation !== 'derivation' || verb.weight < DERIVATION_MIN || !isVerbLemma(verb.word)) continue;
    for (const r of widenings(verb.word)) {
      if (added.length >= FALLBACK_WIDENED) return added;
      if (r.relation !== 'derivation' || r.word === raw || isVerbLemma(r.word)) continue;
      const id = widenTarget(index, r.word, { phrases: true });
      if (id === undefined || alternatives.has(id) || (inScope && !inScope.has(id))) continue;
      applied('derivation-sibling');
      alternatives.set(id, Math.min(r.weight * share, WEIGHT.synonym));
      added.push(r.word);
    }
  }
  return added;
}
