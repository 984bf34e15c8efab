/**
 * `timeline`: every readout that mentions a topic, oldest first, each with its
 * first mention (what "mentions" means: mentions.ts) unless that one names the
 * topic without being about it (timelinePick.ts).
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { conceptsOf } from '../reading/concepts.ts';
import { parseDateFilter, type DateRange } from '../reading/dateFilter.ts';
import { mentions, type Mention } from '../ranking/mentions.ts';
import { timelinePicker } from '../ranking/timelinePick.ts';
import { conceptLabel, rangeSuffix, readoutsLabel, readoutsInRange, result } from './cite.ts';
import { suggestionsFor } from './suggest.ts';
import { dropGivenNames, givenNamesBefore, isPerson, markNames, openingOf, tenureResolver, writtenBefore } from '../reading/reading.ts';
import { resolveWords, type People } from '../reading/lexical.ts';
import { emptyNotes, hasNotes } from '../reading/notes.ts';
import { term, words as termWords } from '../../text/terms.ts';
import type { Concept } from '../reading/concepts.ts';
import { cleanQuestion } from '../reading/clean.ts';
import { unchat } from '../reading/chat.ts';
import type { Answer, TimelineWindow } from '../types.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

/** "do a timeline of", "show me the timeline for": the command said again, not its topic. */
const TIMELINE_WORDS =
  /^(?:(?:do|make|give|show|get|pull|run|build|draw|need|want)\s+)?(?:(?:me|us)\s+)?(?:(?:a|an|the)\s+)?(?:timeline|history|chronology|list)\s+(?:of|for|on|about|with)\s+(?:(?:all|the|any)\s+)?/i;
/** "africa stuff", "ukraine things": a vague noun after the topic. */
const VAGUE_TAIL = /\s+(?:stuff|things|related\s+stuff|related)\s*[?.!]?$/i;

/** Generic last words of a named body ("… Committee", "… Meeting"). */
const BODY_WORDS = new Set(
  'committee committees meeting meetings ministerial ministerials dialogue dialogues summit summits conference conferences talks consultations forum council'.split(
    ' ',
  ),
);

export function timeline(
  index: SentenceIndex,
  input: string,
  options: { from?: string | undefined; to?: string | undefined; window?: TimelineWindow } = {},
): Answer {
  // "north korea since Austin took office": the span of that official's readouts.
  // Mentions and markdown typed around a topic are not part of it ("**North Korea**").
  // "yo can u do a timeline of africa stuff pls": chat and the command's own words are no topic.
  const unchatted = unchat(cleanQuestion(input));
  const topic = unchatted.text.replace(TIMELINE_WORDS, '').replace(VAGUE_TAIL, '').trim();
  const inline = parseDateFilter(topic || unchatted.text, { tenure: tenureResolver(index) });
  const range = mergeRange(inline.range, options);
  const base0 = {
    command: 'timeline' as const,
    input,
    intent: 'timeline' as const,
    results: [],
    none: true,
    count: 0,
    first: null,
    last: null,
  };
  if (inline.error) return { ...base0, headline: `Not searched: ${inline.error}`, searched: 0 };
  if (range?.from && range.to && range.from > range.to) {
    return {
      ...base0,
      headline: `Not searched: from ${range.from} is after to ${range.to}, so no date is between them.`,
      searched: 0,
      filter: range,
    };
  }
  // A person is one topic however named: "jim mattis" is every Mattis readout; "ashton carter" is Ash
  // Carter's, "MBS" Mohammed bin Salman's (src/answer/reading/lexical.ts).
  const words = resolveWords(index, inline.rest, PEOPLE);
  const read = conceptsOf(index, words.text, { dropQuestionWords: false });
  markNames(index, read, words.text, words.names);
  let concepts = dropGivenNames(index, read);
  const notes = emptyNotes();
  notes.dropped.push(...unchatted.dropped);
  notes.resolved.push(...words.resolved);
  for (const c of concepts) {
    if (c.country && c.raw.toLowerCase() !== c.country.toLowerCase()) notes.resolved.push({ from: c.raw, to: c.country });
    if (c.widened) notes.widened.push({ word: c.raw, to: c.widened });
  }
  const reading = hasNotes(notes) ? { reading: notes } : {};
  let found = mentions(index, concepts, range);
  // "2+2 Ministerial Meeting" for a body the readouts call "2+2 Ministerial Dialogue":
  // the generic last word of a named body is optional when two words remain.
  const final = concepts[concepts.length - 1];
  if (found.length === 0 && concepts.length >= 3 && final && BODY_WORDS.has(final.raw.toLowerCase())) {
    const shorter = concepts.slice(0, -1);
    const again = mentions(index, shorter, range);
    if (again.length) {
      applied('timeline-body-word');
      [concepts, found] = [shorter, again];
    }
  }
  // Rule `surname-common-word`: "Work", "Rice", "Young" — when the topic is a person whose surname is an
  // English word, the readouts are that person's (title or opening), not every use of the word.
  if (concepts.length === 1 && isCommonSurname(index, concepts[0] as Concept)) {
    applied('surname-common-word');
    const id = [...(concepts[0] as Concept).alternatives.keys()][0] as number;
    found = found.filter((f) => {
      const n = index.data.readoutOf[f.sentence] as number;
      return (index.readouts[n]?.titleTerms.has(id) ?? false) || index.has(openingOf(index, n), id);
    });
  }
  const label = conceptLabel(concepts, words.text);
  const searched = readoutsInRange(index, range);
  const base = { command: 'timeline' as const, input, intent: 'timeline' as const, searched, ...(range ? { filter: range } : {}) };
  if (found.length === 0) {
    return {
      ...base,
      headline: `Nothing in ${readoutsLabel(searched)}${rangeSuffix(range)} mentions ${label}.`,
      none: true,
      results: [],
      suggestions: suggestionsFor(index, inline.rest),
      ...reading,
      count: 0,
      first: null,
      last: null,
    };
  }
  const dates = found.map((f) => index.readout(f.sentence).date);
  const first = dates.find((d) => d !== null) ?? null;
  const last = [...dates].reverse().find((d) => d !== null) ?? null;
  const view = options.window ? windowOf(index, found, options.window) : null;
  const span = first && last && first !== last ? `, first ${first}, last ${last}` : first ? `, on ${first}` : '';
  const picker = timelinePicker(index, concepts);
  return {
    ...base,
    headline: `${label}: ${readoutsLabel(found.length)}${rangeSuffix(range)}${span}.`,
    none: false,
    // Only the cited readouts: which of their mentions to cite is decided here (timelinePick.ts).
    results: (view ? found.slice(view.offset, view.offset + view.perPage) : found).map((f) =>
      result(index, picker.pick(f.sentence), f.score),
    ),
    count: found.length,
    first,
    last,
    ...(view ? { offset: view.offset, years: view.years, ...(view.months ? { months: view.months } : {}) } : {}),
    ...reading,
  };
}

const PEOPLE: People = { isPerson, givenNamesBefore, writtenBefore };

/**
 * A person's surname that the corpus also writes as a common word ("Work" and "agreed to work together",
 * "Rice" and "rice"): a single-term name that openings write after an office word, found in lower case
 * mid-sentence in one of its first DEFAULTS.answering.commonSurnameScan sentences. "Australia" is never written so.
 */
function isCommonSurname(index: SentenceIndex, c: Concept): boolean {
  if (c.kind !== 'term' || !c.name || c.country || c.alternatives.size !== 1) return false;
  const id = [...c.alternatives.keys()][0] as number;
  if (!isPerson(index, id)) return false;
  const t = index.data.vocab[id];
  const postings = index.postings(id);
  for (let k = 0; k < postings.length && k < DEFAULTS.answering.commonSurnameScan; k++) {
    const ws = termWords(index.text(postings[k] as number));
    if (ws.some((w, i) => i > 0 && !w.capitalized && term(w.word) === t)) return true;
  }
  return false;
}

/** Readouts per year (undated last, as null), from the numeric dates: no strings built. */
function years(index: SentenceIndex, found: Mention[]): { year: number | null; count: number }[] {
  const out: { year: number | null; count: number }[] = [];
  for (const f of found) {
    const date = index.dateOf(f.sentence);
    const year = date ? Math.floor(date / 10_000) : null;
    const lastEntry = out[out.length - 1];
    if (lastEntry && lastEntry.year === year) lastEntry.count++;
    else out.push({ year, count: 1 });
  }
  return out;
}

/** Readouts per month ("2021-03"), oldest first, when the dated ones span under two years; else null. */
function months(index: SentenceIndex, found: Mention[]): { month: string; count: number }[] | null {
  const out: { month: string; count: number }[] = [];
  let first = 0;
  for (const f of found) {
    const date = index.dateOf(f.sentence);
    if (!date) continue;
    const month = Math.floor(date / 100);
    first ||= month;
    // Two years or more apart: a chart per year reads better.
    if ((Math.floor(month / 100) - Math.floor(first / 100)) * 12 + (month % 100) - (first % 100) >= 24) return null;
    const key = `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`;
    const lastEntry = out[out.length - 1];
    if (lastEntry && lastEntry.month === key) lastEntry.count++;
    else out.push({ month: key, count: 1 });
  }
  return out.length ? out : null;
}

/**
 * Where the window starts: a page's first readout, any readout (`offset`, as
 * page buttons carry it), or a year's first readout, so "Jump to year" opens
 * on that year rather than on the fixed page holding it; and the years.
 */
function windowOf(index: SentenceIndex, found: Mention[], window: TimelineWindow) {
  const perYear = years(index, found);
  let offset: number;
  if ('page' in window) offset = window.page * window.perPage;
  else if ('offset' in window) offset = window.offset;
  else {
    offset = 0;
    for (const y of perYear) {
      if (y.year === window.year || (window.year !== null && y.year !== null && y.year > window.year)) break;
      offset += y.count;
    }
  }
  const lastPage = Math.max(0, Math.ceil(found.length / window.perPage) - 1) * window.perPage;
  offset = Math.min(Math.max(0, offset), 'page' in window ? lastPage : Math.max(0, found.length - 1));
  const perMonth = months(index, found);
  return { offset, perPage: window.perPage, years: perYear, ...(perMonth ? { months: perMonth } : {}) };
}

function mergeRange(inline: DateRange | null, options: { from?: string | undefined; to?: string | undefined }): DateRange | null {
  if (!options.from && !options.to) return inline;
  const from = [inline?.from, options.from].filter(Boolean).sort().pop();
  const to = [inline?.to, options.to].filter(Boolean).sort()[0];
  const label = [options.from ? `from ${options.from}` : '', options.to ? `to ${options.to}` : '', inline?.label ?? '']
    .filter(Boolean)
    .join(' ');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(inline?.month ? { month: inline.month } : {}), label };
}
