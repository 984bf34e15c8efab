/**
 * Turning sentence numbers into the cited results of the answer contract, and
 * the wording shared by every command's headline.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Citation, Result } from '../types.ts';
import { dateTest, type DateRange } from '../reading/dateFilter.ts';
import type { Concept } from '../reading/concepts.ts';
import { fold } from '../../text/terms.ts';

/** The one place a sentence number becomes a citation. Timelines cite thousands: one literal each. */
export function citation(index: SentenceIndex, sentence: number): Citation {
  const r = index.readout(sentence);
  return { text: index.text(sentence), doc: r.file, title: r.title, date: r.date, source: r.source, id: index.idOf(sentence) };
}

/** A citation with its score, and the near-identical sentences grouped under it. */
export function result(index: SentenceIndex, sentence: number, score: number, also: number[] = []): Result {
  const out: Result = Object.assign(citation(index, sentence), { score: Math.round(score * 1000) / 1000 });
  if (also.length) out.also = also.map((n) => citation(index, n));
  return out;
}

/** "1 readout", "2 readouts". */
export function readoutsLabel(n: number): string {
  return `${n} readout${n === 1 ? '' : 's'}`;
}

/** How many readouts fall inside a date range (all of them without one). */
export function readoutsInRange(index: SentenceIndex, range: DateRange | null | undefined): number {
  const test = dateTest(range);
  if (!test) return index.readouts.length;
  // One test for all readouts: this runs on every dated answer, over 10,000 of them.
  let n = 0;
  for (let r = 0; r < index.readouts.length; r++) if (test(index.readoutDate(r))) n++;
  return n;
}

/** Dates for a headline: all of them when few, else the first and last. */
export function dateList(dates: (string | null)[]): string {
  const known = new Set<string>();
  let first = '';
  let last = '';
  for (const d of dates) {
    if (d === null) continue;
    // Whether there are more than five is all the list needs: a count of a common word has 10,000.
    if (known.size <= 5) known.add(d);
    if (!first || d < first) first = d;
    if (d > last) last = d;
  }
  if (known.size === 0) return 'undated';
  return known.size <= 5 ? [...known].sort().join(', ') : `${first} … ${last}`;
}

/**
 * The user's own words for what they asked about, for headlines: the stretch
 * of `text` from the first concept to the last ("the Osprey crash off the
 * Australian coast" → "Osprey crash off the Australian coast"), typos corrected.
 */
export function conceptLabel(concepts: Concept[], text: string): string {
  if (concepts.length === 0) return text.trim().replace(/[?.!]+$/, '');
  const folded = fold(text);
  const sorted = [...concepts].sort((a, b) => a.start - b.start);
  let out = '';
  let at = (sorted[0] as Concept).start;
  for (const c of sorted) {
    if (c.start < at) continue;
    // "; " joins the focus and the speaker in the reading text (reading.ts readingText): shown as a space.
    out += folded.slice(at, c.start).replace(/;\s/g, ' ') + c.label;
    at = c.end;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** " in August 2020" for a headline, or "". */
export function rangeSuffix(range: DateRange | null | undefined): string {
  return range ? ` ${range.label}` : '';
}

/** "Turkiye and Chile", "Norway, Sweden and Finland": a list as English writes it. */
export function listed(items: readonly string[]): string {
  return items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
