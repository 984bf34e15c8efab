/**
 * The canonical form a readout is written in (`readout import`, the watcher,
 * `/readout add`): front matter, then the paragraphs, and the file name it is
 * suggested under.
 */
import { formatFrontMatter } from './frontMatter.ts';

export interface CanonicalFields {
  title: string;
  date: string;
  source: string | null;
  /** Front matter keys beyond title/date/source, kept as written. */
  meta?: Record<string, string>;
  paragraphs: string[];
}

/** The canonical .md text of a readout: front matter, then paragraphs. */
export function canonicalMarkdown(readout: CanonicalFields): string {
  const front = formatFrontMatter({
    title: readout.title,
    date: readout.date,
    source: readout.source ?? undefined,
    ...readout.meta,
  });
  return `${front}${readout.paragraphs.join('\n\n')}\n`;
}

/**
 * A short, file-system-safe name from a title: up to 12 words and 80
 * characters, so two readouts of one day ("Readout of Secretary of War Pete
 * Hegseth's Call With …") still differ by whom they name.
 *
 * @example
 * slug("Readout of Secretary Esper's Meeting With U.S. Allies") // → 'readout-of-secretary-espers-meeting-with-us-allies'
 */
export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "U.S." → "us", "Esper's" → "espers"
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 12);
  let name = '';
  for (const word of words) {
    const next = name ? `${name}-${word}` : word;
    if (next.length > 80) break;
    name = next;
  }
  return name || words[0]?.slice(0, 80) || 'readout';
}

/** The suggested file name: `2025-10-03-readout-of-secretary-of-war-….md`. */
export function readoutFileName(date: string, title: string): string {
  return `${date}-${slug(title)}.md`;
}
