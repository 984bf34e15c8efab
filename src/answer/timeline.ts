/**
 * `timeline`: every readout that mentions a topic, oldest first, each with its
 * first mention (what "mentions" means: mentions.ts).
 */
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { conceptsOf } from './concepts.ts';
import { parseDateFilter, type DateRange } from './dateFilter.ts';
import { mentions } from './mentions.ts';
import { conceptLabel, rangeSuffix, readouts, readoutsInRange, result } from './cite.ts';
import { suggestionsFor } from './suggest.ts';
import { dropGivenNames, markNames, tenureResolver } from './reading.ts';
import { cleanQuestion } from './clean.ts';
import type { Answer } from './types.ts';

/** Generic last words of a named body ("… Committee", "… Meeting"). */
const BODY_WORDS = new Set(
  'committee committees meeting meetings ministerial ministerials dialogue dialogues summit summits conference conferences talks consultations forum council'.split(' '),
);

export function timeline(
  index: SentenceIndex,
  input: string,
  options: { from?: string | undefined; to?: string | undefined } = {},
): Answer {
  // "north korea since Austin took office": the span of that official's readouts.
  // Mentions and markdown typed around a topic are not part of it ("**North Korea**").
  const inline = parseDateFilter(cleanQuestion(input), { tenure: tenureResolver(index) });
  const range = mergeRange(inline.range, options);
  const base0 = { command: 'timeline' as const, input, intent: 'timeline' as const, results: [], none: true, count: 0, first: null, last: null };
  if (inline.error) return { ...base0, headline: `Not searched: ${inline.error}`, searched: 0 };
  if (range?.from && range.to && range.from > range.to) {
    return { ...base0, headline: `Not searched: from ${range.from} is after to ${range.to}, so no date is between them.`, searched: 0, filter: range };
  }
  // A person is one topic however named: "jim mattis" is every Mattis readout.
  const read = conceptsOf(index, inline.rest, { dropQuestionWords: false });
  markNames(index, read, inline.rest);
  let concepts = dropGivenNames(index, read);
  let found = mentions(index, concepts, range);
  // "2+2 Ministerial Meeting" for a body the readouts call "2+2 Ministerial Dialogue":
  // the generic last word of a named body is optional when two words remain.
  const final = concepts[concepts.length - 1];
  if (found.length === 0 && concepts.length >= 3 && final && BODY_WORDS.has(final.raw.toLowerCase())) {
    const shorter = concepts.slice(0, -1);
    const again = mentions(index, shorter, range);
    if (again.length) [concepts, found] = [shorter, again];
  }
  const label = conceptLabel(concepts, inline.rest);
  const searched = readoutsInRange(index, range);
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
  const dates = found.map((f) => index.readout(f.sentence).date);
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

