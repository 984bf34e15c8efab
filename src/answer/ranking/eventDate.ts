/**
 * The event-date resolver for date filters like "before the Guam meeting"
 * (dateFilter.ts): the date of the readout the phrase refers to.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { conceptsOf } from '../reading/concepts.ts';
import { rank } from './rank.ts';
import { DEFAULTS } from '../defaults.ts';

/** The date of the readout a phrase like "the Guam meeting" refers to. */
export function eventDate(index: SentenceIndex, phrase: string): string | null {
  const concepts = conceptsOf(index, phrase, { dropQuestionWords: true });
  // Only a clear reference: "the Guam meeting" must match (nearly) every word.
  const best = rank(index, concepts, { limit: 1 })[0];
  return best && best.coverage >= DEFAULTS.ranking.eventCoverage ? index.readout(best.sentence).date : null;
}
