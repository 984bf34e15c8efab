/**
 * `timeline`: every readout that mentions a topic, oldest first, each with its
 * first mention. A sentence mentions the topic when it names every concept of
 * it (an alias counts: "DPRK" mentions North Korea) and, for a phrase of
 * several words, names them together, in any order ("Kishi Nobuo" = "Nobuo
 * Kishi"), not scattered across the sentence.
 */
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { conceptsOf, type Concept } from './concepts.ts';
import { parseDateFilter, inRange, type DateRange } from './dateFilter.ts';
import { conceptLabel, dateList, rangeSuffix, readouts, readoutsInRange, result } from './cite.ts';
import { suggestionsFor } from './suggest.ts';
import type { Answer } from './types.ts';

export interface Mention {
  sentence: number;
  score: number;
}

/** Extra terms allowed between a phrase's words ("East and South China Sea"). */
const PHRASE_SLACK = 1;

/**
 * The first sentence of each readout that mentions the concepts, oldest readout first.
 */
export function mentions(index: SentenceIndex, concepts: Concept[], range: DateRange | null | undefined): Mention[] {
  if (concepts.length === 0 || concepts.some((c) => c.alternatives.size === 0)) return [];
  const query = {
    combineWith: 'AND' as const,
    queries: concepts.map((c) => ({ combineWith: 'OR' as const, queries: [[...c.alternatives.keys()].join(' ')] })),
  };
  const hits = index.mini.search(query, {
    fields: ['text', 'entities'],
    filter: (r) => inRange(index.sentences[r.id as number]?.date ?? null, range),
  });
  const best = new Map<string, Mention>();
  for (const hit of hits) {
    const id = hit.id as number;
    if (!together(index.termsOf[id] as string[], concepts)) continue;
    const doc = index.sentences[id]?.doc as string;
    const seen = best.get(doc);
    // The first mention stands for the readout: readouts lead with what matters,
    // and a later, shorter sentence ("… at the upcoming NATO ministerial") is
    // rarely the better summary even when BM25 scores it higher.
    if (!seen || id < seen.sentence) best.set(doc, { sentence: id, score: hit.score });
  }
  return [...best.values()].sort((a, b) => {
    const da = index.sentences[a.sentence]?.date ?? '9999';
    const db = index.sentences[b.sentence]?.date ?? '9999';
    const fa = index.sentences[a.sentence]?.doc ?? '';
    const fb = index.sentences[b.sentence]?.doc ?? '';
    return da < db ? -1 : da > db ? 1 : fa < fb ? -1 : fa > fb ? 1 : 0;
  });
}

/** Word concepts of a multi-word topic must sit within a short window of each other. */
function together(sequence: string[], concepts: Concept[]): boolean {
  const words = concepts.filter((c) => c.kind === 'term');
  if (words.length < 2) return true;
  const window = words.length + PHRASE_SLACK;
  const positions = words.map((c) => sequence.flatMap((t, i) => (c.alternatives.has(t) ? [i] : [])));
  // Some position of the first word with every other word within the window.
  return (positions[0] as number[]).some((p) =>
    positions.every((ps) => ps.some((q) => Math.abs(q - p) < window)),
  );
}

export function timeline(
  index: SentenceIndex,
  input: string,
  options: { from?: string | undefined; to?: string | undefined } = {},
): Answer {
  const inline = parseDateFilter(input);
  const range = mergeRange(inline.range, options);
  const concepts = conceptsOf(index, inline.rest, { dropQuestionWords: false });
  const label = conceptLabel(concepts, inline.rest);
  const searched = readoutsInRange(index, range);
  const found = mentions(index, concepts, range);
  const base = { command: 'timeline' as const, input, intent: 'timeline' as const, searched, ...(range ? { filter: range } : {}) };
  if (found.length === 0) {
    return {
      ...base,
      headline: `Nothing in ${readouts(searched)}${rangeSuffix(range)} mentions ${label}.`,
      none: true,
      results: [],
      suggestions: suggestionsFor(index, inline.rest),
      count: 0,
      first: null,
      last: null,
    };
  }
  const dates = found.map((f) => index.sentences[f.sentence]?.date ?? null);
  const first = dates.find((d) => d !== null) ?? null;
  const last = [...dates].reverse().find((d) => d !== null) ?? null;
  const span = first && last && first !== last ? `, first ${first}, last ${last}` : first ? `, on ${first}` : '';
  return {
    ...base,
    headline: `${label}: ${readouts(found.length)}${rangeSuffix(range)}${span}.`,
    none: false,
    results: found.map((f) => result(index, f.sentence, f.score)),
    count: found.length,
    first,
    last,
  };
}

function mergeRange(
  inline: DateRange | null,
  options: { from?: string | undefined; to?: string | undefined },
): DateRange | null {
  if (!options.from && !options.to) return inline;
  const from = [inline?.from, options.from].filter(Boolean).sort().pop();
  const to = [inline?.to, options.to].filter(Boolean).sort()[0];
  const label = [options.from ? `from ${options.from}` : '', options.to ? `to ${options.to}` : '', inline?.label ?? '']
    .filter(Boolean)
    .join(' ');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(inline?.month ? { month: inline.month } : {}), label };
}

export { dateList };
