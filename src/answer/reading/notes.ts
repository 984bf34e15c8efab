/**
 * What the engine did to a question's words before searching (issue 20), kept
 * as it reads them and said in one short line under the answer:
 *
 * @example
 * readingLine({ dropped: ['hey bot can u'], widened: [], resolved: [{ from: 'Kiwis', to: 'New Zealand' }] })
 * // → "Read 'Kiwis' as New Zealand; ignored 'hey bot can u'."
 */
import type { ReadingNotes } from '../types.ts';
import { DEFAULTS } from '../defaults.ts';

export function emptyNotes(): ReadingNotes {
  return { dropped: [], widened: [], resolved: [] };
}

/** True when the notes say anything. */
export function hasNotes(notes: ReadingNotes | undefined): notes is ReadingNotes {
  return notes !== undefined && notes.dropped.length + notes.widened.length + notes.resolved.length > 0;
}

/** Both notes in one, each entry once (a question read twice, as on a retry, notes the same words). */
export function mergeNotes(a: ReadingNotes, b: ReadingNotes): ReadingNotes {
  const once = <T>(xs: T[]) => [...new Map(xs.map((x) => [JSON.stringify(x), x])).values()];
  return {
    dropped: once([...a.dropped, ...b.dropped]),
    widened: once([...a.widened, ...b.widened]),
    resolved: once([...a.resolved, ...b.resolved]),
  };
}

/** Widened words shown per word at most (the line stays short). */
const SHOWN = DEFAULTS.reading.notesShown;

/** "Read 'Kiwis' as New Zealand; widened 'jets' to aircraft; ignored 'hey bot can u'." or null when nothing was done. */
export function readingLine(notes: ReadingNotes | undefined): string | null {
  if (!hasNotes(notes)) return null;
  const parts: string[] = [];
  if (notes.resolved.length) parts.push(`Read ${notes.resolved.map((r) => `'${r.from}' as ${r.to}`).join(', ')}`);
  if (notes.widened.length) {
    const w = notes.widened.map((x) => `'${x.word}' to ${x.to.slice(0, SHOWN).join('/')}`).join(', ');
    parts.push(parts.length ? `widened ${w}` : `Widened ${w}`);
  }
  if (notes.dropped.length) {
    const d = notes.dropped.map((x) => `'${x}'`).join(', ');
    parts.push(parts.length ? `ignored ${d}` : `Ignored ${d}`);
  }
  return `${parts.join('; ')}.`;
}
