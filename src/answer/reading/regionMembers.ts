/**
 * Rule `region-members`: "the un mission in africa" is the readout's "South Sudan", "the gulf" its Bahrain — a
 * region typed as one word (data/lexicon/country-overrides.json `members`) is named by a readout naming one of its
 * countries, in any of the country's forms, at the synonym weight; the region's own word stays exact. After it,
 * the concept "africa" of "the un mission in africa" also finds a sentence naming "South Sudan".
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from './concepts.ts';
import { regionMembers } from '../../lexicon/index.ts';
import { addForms } from './lexical.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

const WEIGHT = DEFAULTS.reading.weights;

/**
 * Adds each region concept's member countries as alternatives. A country the question names itself is not the
 * region's: "did hegseth talk about the gulf with the bahrainis?" is not answered by Bahrain's name. The concept's
 * weight stays the region word's: a rare member's name ("Comoros") must not make "africa" the question's point.
 */
export function addRegionMembers(index: SentenceIndex, concepts: Concept[]): void {
  for (const c of concepts) {
    if (c.kind !== 'term' || c.country) continue;
    const members = regionMembers(c.raw);
    if (!members.length) continue;
    const others = new Set(concepts.filter((o) => o !== c).flatMap((o) => [...o.alternatives.keys()]));
    const before = c.alternatives.size;
    for (const member of members) {
      addForms(index, member.forms, (x) => {
        const id = index.df(x) > 0 ? index.termId(x) : undefined;
        if (id === undefined || others.has(id) || c.alternatives.has(id)) return;
        c.alternatives.set(id, WEIGHT.synonym);
      });
    }
    if (c.alternatives.size > before) applied('region-members');
  }
}
