/**
 * How both front ends (src/cli/render.ts, src/discord/render.ts) present a
 * citation to people: a date as people write it, a long title shortened
 * without cutting a name into nonsense, where a link goes, and an answer's
 * sentences grouped under the readout they come from (a title once, not once
 * per sentence). Pure functions of the answer contract; no Discord, no terminal.
 */
import type { Citation, Result } from '../types.ts';
import { MONTHS } from '../../text/dates.ts';

/**
 * "Aug 29, 2020" from "2020-08-29"; "undated" for null.
 *
 * @example
 * shortDate('2020-08-29') // → 'Aug 29, 2020'
 */
export function shortDate(date: string | null): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const name = MONTHS[month - 1] ?? '';
  return `${name.slice(0, 1).toUpperCase()}${name.slice(1, 3)} ${day}, ${year}`;
}

/** Every readout opens this way: a shortened title drops it. */
const READOUT_PREFIX = /^(?:Defense: )?Readout (?:of|from) /i;

/** Small words a shortened title must not end its first part or start its last part with ("Call With … of Korea"). */
const GLUE = new Set(['of', 'with', 'and', 'the', 'for', 'to', 'in', 'on', 'at', 'a', 'an', 'by', 'from', '&']);

/**
 * A title in at most `max` characters, for a citation line: "Readout of" goes
 * (every title has it), and a title still too long loses words from the
 * middle, so the office at the start and the counterpart's name at the end
 * both stay: "Secretary of Defense Lloyd J. Austin III's Call With … Gilberto
 * Teodoro Jr.". Words are never cut, and neither part ends on "of" or "with".
 *
 * @example
 * shortTitle("Readout of Secretary Mattis' Meeting with Australian Minister of Defense Marise Payne", 50)
 * // → "Secretary Mattis' Meeting … Marise Payne"
 */
export function shortTitle(title: string, max: number): string {
  const whole = title.trim().replace(/\s+/g, ' ');
  const bare = whole.replace(READOUT_PREFIX, '') || whole;
  if (bare.length <= max) return bare;
  const words = bare.split(' ');
  const glue = (w: string | undefined) => w !== undefined && GLUE.has(w.toLowerCase());
  // The counterpart's name is at the end: keep the last words first (up to
  // about 40% of the room, at least two words), then as many leading words as fit.
  const tail: string[] = [];
  let tailLength = 0;
  for (let i = words.length - 1; i > 0; i--) {
    const w = words[i] as string;
    if (tail.length >= 2 && tailLength + w.length + 1 > max * 0.4) break;
    tail.unshift(w);
    tailLength += w.length + 1;
  }
  while (tail.length > 1 && glue(tail[0])) tailLength -= (tail.shift() as string).length + 1;
  const head: string[] = [];
  let headLength = 0;
  for (const w of words.slice(0, words.length - tail.length)) {
    if (headLength + w.length + 1 + 2 + tailLength > max) break;
    head.push(w);
    headLength += w.length + 1;
  }
  while (head.length > 1 && glue(head[head.length - 1])) head.pop();
  // A single word longer than the room: nothing sensible to keep but its start.
  if (head.length === 0) return `${bare.slice(0, Math.max(1, max - 1))}…`;
  return `${head.join(' ').replace(/[,;:]$/, '')} … ${tail.join(' ')}`;
}

/**
 * Sites that publish the Department's own releases: a link there is the
 * official page. Anything else is a copy (a blog, a news aggregator).
 */
export const OFFICIAL_SITES = ['defense.gov', 'war.gov', 'mil'] as const;

/** Where a link goes: its site without "www.", and whether that is the official publisher. */
export function sourceSite(url: string): { site: string; official: boolean } | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const site = host.replace(/^www\./, '');
  const official = OFFICIAL_SITES.some((o) => site === o || site.endsWith(`.${o}`));
  return { site, official };
}

/** "copy on globalsecurity.org" for a copy, "" for the official page or no link. */
export function copyNote(source: string | null): string {
  if (!source) return '';
  const where = sourceSite(source);
  return where && !where.official ? `copy on ${where.site}` : '';
}

/** One readout and the answer's sentences from it, in answer order; `numbers` are their places in the answer (1-based). */
export interface ReadoutGroup<T extends Citation> {
  readout: Pick<Citation, 'doc' | 'title' | 'date' | 'source'>;
  items: T[];
  numbers: number[];
}

/**
 * An answer's sentences grouped by readout, readouts in the order their first
 * sentence appears: the best readout first, and a sentence's number kept so a
 * "Show context 3" button still points at it.
 */
export function byReadout<T extends Citation>(results: readonly T[]): ReadoutGroup<T>[] {
  const groups = new Map<string, ReadoutGroup<T>>();
  results.forEach((r, i) => {
    let group = groups.get(r.doc);
    if (!group) {
      group = { readout: { doc: r.doc, title: r.title, date: r.date, source: r.source }, items: [], numbers: [] };
      groups.set(r.doc, group);
    }
    group.items.push(r);
    group.numbers.push(i + 1);
  });
  return [...groups.values()];
}

/** The readouts a result's near-identical sentences come from, other than its own group's. */
export function alsoIn(results: readonly Result[]): Citation[] {
  const seen = new Set(results.map((r) => r.doc));
  const out: Citation[] = [];
  for (const r of results) {
    for (const a of r.also ?? []) {
      if (seen.has(a.doc)) continue;
      seen.add(a.doc);
      out.push(a);
    }
  }
  return out;
}
