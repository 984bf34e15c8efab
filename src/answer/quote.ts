/**
 * `quote`: the full verbatim sentences that contain a phrase, in every readout
 * that has it, first said first. Case, quote style, dashes, punctuation and
 * spacing are ignored (src/text/phrase.ts). Without an exact match the answer
 * says so and offers the closest sentences, marked as not exact (`closest`).
 */
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { phraseKey, containsPhrase } from '../text/phrase.ts';
import { conceptsOf } from './concepts.ts';
import { rank } from './rank.ts';
import { readouts, result } from './cite.ts';
import { suggestionsFor } from './suggest.ts';
import type { Answer } from './types.ts';

const CLOSEST = 3;
const CLOSEST_MIN_COVERAGE = 0.4;

export function quote(index: SentenceIndex, input: string): Answer {
  const phrase = phraseKey(input);
  const base = { command: 'quote' as const, input, intent: 'quote' as const, searched: index.readouts.size };
  const hits: number[] = [];
  if (phrase.trim()) {
    index.phraseKeys.forEach((key, i) => {
      if (containsPhrase(key, phrase)) hits.push(i);
    });
  }
  if (hits.length > 0) {
    hits.sort((a, b) => {
      const da = index.sentences[a]?.date ?? '9999';
      const db = index.sentences[b]?.date ?? '9999';
      return da < db ? -1 : da > db ? 1 : a - b;
    });
    const docs = new Set(hits.map((h) => index.sentences[h]?.doc));
    return {
      ...base,
      headline: `“${input.trim()}” is in ${hits.length} sentence${hits.length === 1 ? '' : 's'} of ${readouts(docs.size)}.`,
      none: false,
      results: hits.map((h) => result(index, h, 1)),
    };
  }
  const closest = rank(index, conceptsOf(index, input), { limit: CLOSEST * 4 })
    .filter((r) => r.coverage >= CLOSEST_MIN_COVERAGE)
    .slice(0, CLOSEST)
    .map((r) => result(index, r.sentence, r.score));
  return {
    ...base,
    headline: `No sentence in ${readouts(index.readouts.size)} contains “${input.trim()}”.${closest.length ? ' The closest are below; they are not exact.' : ''}`,
    none: true,
    results: [],
    closest,
    suggestions: suggestionsFor(index, input),
  };
}
