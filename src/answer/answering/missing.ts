/**
 * Rule `nothing-names-missing`: when nothing answers a question that names people or countries, the headline
 * names the topic words their readouts never write — "No readout naming Austin and Molano mentions money" —
 * not the whole question ("Nothing in 69 readouts mentions Austin and Molano talk about money").
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from '../reading/concepts.ts';
import type { Reading } from '../reading/reading.ts';
import { DEFAULTS } from '../defaults.ts';

const MAX_SENTENCES = DEFAULTS.answering.missingScan;

/**
 * The question's topic words (not names, not the focus verb, not date words) that no sentence of the readouts
 * naming every name has, through any of their alternatives; [] when the question names no one, when every
 * topic word is there, or when the named readouts are too many to look through.
 */
export function missingFromNamed(index: SentenceIndex, reading: Reading): Concept[] {
  const { allowed, question } = reading;
  if (!allowed || reading.names.length === 0) return [];
  const topics = reading.concepts.filter(
    (c) => !c.name && !c.bonus && !c.office && c !== reading.verb && c.known && c.start >= 0 && c.end <= question.focus.length,
  );
  if (topics.length === 0) return [];
  // The named readouts' sentences, counted first: too many, and the headline keeps its old wording.
  const named: number[] = [];
  let looked = 0;
  for (let r = 0; r < index.readouts.length; r++) {
    if (allowed[r] !== 1) continue;
    looked += (index.readouts[r] as { count: number }).count;
    if (looked > MAX_SENTENCES) return [];
    named.push(r);
  }
  const ids = topics.map((c) => [...c.alternatives.keys()]);
  const found = new Set<Concept>();
  for (const r of named) {
    const { first, count } = index.readouts[r] as { first: number; count: number };
    for (let s = first; s < first + count; s++)
      topics.forEach((c, k) => {
        if (!found.has(c) && (ids[k] as number[]).some((id) => index.has(s, id))) found.add(c);
      });
    if (found.size === topics.length) return [];
  }
  return topics.filter((c) => !found.has(c));
}
