/**
 * `readout import FILE…` — turn scraped readouts into canonical Markdown files
 * in the corpus folder, printing what was stripped and the date found so a
 * maintainer can review the result before committing it.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { decodeCorpusText } from '../corpus/folder.ts';
import { formatFrontMatter } from '../corpus/frontMatter.ts';
import { parseReadout, type Readout } from '../corpus/readout.ts';
import type { Io } from './io.ts';
import { ReadoutFileError } from '../errors.ts';

export interface ImportOptions {
  files: string[];
  corpusDir: string;
  /** Date to use when the text states none (never guessed). */
  date?: string | undefined;
  force: boolean;
}

/** Returns the exit code: 0 when every file was imported. */
export function importFiles(options: ImportOptions, io: Io): number {
  let failed = 0;
  for (const file of options.files) {
    try {
      const written = importOne(file, options);
      io.out(describeImport(file, written.readout, written.path));
    } catch (error) {
      failed++;
      const message = error instanceof ReadoutFileError ? error.message : `${file}: ${(error as Error).message}`;
      io.err(`readout: ${message}\n`);
    }
  }
  if (options.files.length > 1) io.out(`${options.files.length - failed} imported, ${failed} failed\n`);
  return failed ? 1 : 0;
}

function importOne(file: string, options: ImportOptions): { readout: Readout; path: string } {
  let text: string;
  try {
    text = decodeCorpusText(readFileSync(file));
  } catch (error) {
    throw new ReadoutFileError(file, [(error as Error).message]);
  }
  // Parse as scraped text whatever the extension: import is for raw files.
  const parsed = parseReadout(basename(file).replace(/\.md$/i, '.txt'), text);
  const date = parsed.date ?? options.date;
  if (!date) {
    const why = parsed.warnings.find((w) => w.startsWith('date unknown')) ?? 'no date found';
    throw new ReadoutFileError(file, [`${why}; give it with --date YYYY-MM-DD`]);
  }
  const readout: Readout = {
    ...parsed,
    date,
    dateSource: parsed.date ? parsed.dateSource : null,
    warnings: parsed.warnings.filter((w) => !w.startsWith('date unknown')),
  };
  const path = join(options.corpusDir, `${date}-${slug(readout.title)}.md`);
  if (existsSync(path) && !options.force) {
    throw new ReadoutFileError(file, [`${path} already exists (use --force to overwrite)`]);
  }
  mkdirSync(options.corpusDir, { recursive: true });
  writeFileSync(path, canonicalMarkdown(readout));
  return { readout, path };
}

/** The canonical .md text of a readout: front matter, then paragraphs. */
export function canonicalMarkdown(readout: Readout): string {
  const front = formatFrontMatter({
    title: readout.title,
    date: readout.date ?? undefined,
    source: readout.source ?? undefined,
    ...readout.meta,
  });
  return `${front}${readout.paragraphs.join('\n\n')}\n`;
}

function describeImport(file: string, readout: Readout, path: string): string {
  const from = readout.dateSource ? `from ${readout.dateSource}` : 'given with --date';
  const lines = [
    `${file} -> ${relative(process.cwd(), path) || path}`,
    `  title: ${readout.title}`,
    `  date:  ${readout.date} (${from})`,
    ...readout.stripped.map((s) => `  stripped ${s.kind}: ${s.text.replace(/\s+/g, ' ').slice(0, 120)}`),
    ...readout.warnings.map((w) => `  warning: ${w}`),
    `  ${readout.sentences.length} sentences in ${readout.paragraphs.length} paragraphs`,
  ];
  return `${lines.join('\n')}\n`;
}

/** A short, file-system-safe name from a title. */
export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "U.S." → "us", "Esper's" → "espers"
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, 8).join('-').slice(0, 80) || 'readout';
}
