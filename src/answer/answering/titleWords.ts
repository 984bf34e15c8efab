/**
 * Rule `title-word-not-topic`: "Air Force Lt. Col. Elizabeth Ortiz" names a person; the "force" in it is no
 * topic a sentence states. A yes/no question answered only in part ("did carter and youssouf sign a status of
 * forces agreement covering camp lemonnier?") is not answered by a sentence whose only topic word is inside a
 * service title before a name ("Camp Lemonnier sets the standard …, said Air Force Lt. Col. Elizabeth Ortiz").
 *
 * @example
 * withoutServiceTitles('said Air Force Lt. Col. Elizabeth Ortiz, director')   // → 'said  Elizabeth Ortiz, director'
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { terms } from '../../text/terms.ts';
import type { Concept } from '../reading/concepts.ts';
import { applied } from '../explain.ts';
import { serviceTitle } from '../reading/vocabulary.ts';

/** The sentence with its service titles before names taken out. */
export function withoutServiceTitles(text: string): string {
  return text.replace(serviceTitle(), ' ');
}

/** False only when the sentence has the concept and only inside service titles before names. */
export function statedOutsideTitles(index: SentenceIndex, sentence: number, c: Concept): boolean {
  const text = index.text(sentence);
  const rest = withoutServiceTitles(text);
  if (rest === text || ![...c.alternatives.keys()].some((id) => index.has(sentence, id))) return true;
  const ids = new Set<number>();
  for (const t of terms(rest)) {
    const id = index.termId(t);
    if (id !== undefined) ids.add(id);
  }
  return [...c.alternatives.keys()].some((id) => ids.has(id));
}

/** True (and the rule recorded) when every topic the sentence states is only inside service titles before names. */
export function onlyInTitles(index: SentenceIndex, sentence: number, topics: Concept[]): boolean {
  if (!topics.length || topics.some((c) => statedOutsideTitles(index, sentence, c))) return false;
  applied('title-word-not-topic');
  return true;
}
