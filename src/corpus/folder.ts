/**
 * Load a corpus folder: every .md and .txt file under it (README.md and
 * dot-files aside). A bad file is reported with its path and reason and
 * skipped; it never stops the good ones from loading.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseReadout, type Readout } from './readout.ts';
import { ReadoutFileError } from '../errors.ts';

export interface Skipped {
  file: string;
  reason: string;
}

export interface FileWarning {
  file: string;
  message: string;
}

export interface Corpus {
  dir: string;
  /** Sorted by date (unknown dates last), then file. */
  readouts: Readout[];
  skipped: Skipped[];
  warnings: FileWarning[];
}

/** Corpus files are Markdown readouts or scraped text. */
export function isCorpusFile(name: string): boolean {
  return /\.(md|txt)$/i.test(name) && !/^readme\.md$/i.test(name) && !name.startsWith('.');
}

/** All corpus files under `dir`, as sorted paths relative to it with forward slashes. */
export function listCorpusFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isCorpusFile(entry.name)) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode a file's bytes, refusing binary data and text in another encoding. */
export function decodeCorpusText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new Error('binary data, not text');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('not UTF-8 text (save the file as UTF-8)');
  }
}

/** Read one file relative to the corpus folder. Throws ReadoutFileError. */
export function readCorpusFile(dir: string, file: string): Readout {
  let text: string;
  try {
    text = decodeCorpusText(readFileSync(join(dir, file)));
  } catch (error) {
    throw new ReadoutFileError(file, [error instanceof Error ? error.message : String(error)]);
  }
  return parseReadout(file, text);
}

/** Progress while loading: files read so far and in all. */
export type LoadProgress = (done: number, total: number) => void;

export function loadCorpus(dir: string, progress?: LoadProgress): Corpus {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`corpus folder not found: ${dir}`);
  }
  const readouts: Readout[] = [];
  const skipped: Skipped[] = [];
  const warnings: FileWarning[] = [];
  const bodies = new Map<string, string>();
  const files = listCorpusFiles(dir);
  for (const [n, file] of files.entries()) {
    if (progress && n % 500 === 0) progress(n, files.length);
    try {
      const readout = readCorpusFile(dir, file);
      // The same readout saved twice (say, as .txt and as imported .md) would
      // double every count and timeline entry.
      const body = readout.paragraphs.join('\n');
      const twin = bodies.get(body);
      if (twin) {
        skipped.push({ file, reason: `duplicate of ${twin} (same body text)` });
        continue;
      }
      bodies.set(body, file);
      readouts.push(readout);
      for (const message of readout.warnings) warnings.push({ file, message });
    } catch (error) {
      if (!(error instanceof ReadoutFileError)) throw error;
      skipped.push({ file, reason: error.reasons.join('; ') });
    }
  }
  readouts.sort(compareReadouts);
  return { dir, readouts, skipped, warnings };
}

/** Oldest first; undated readouts last; ties by file name. */
export function compareReadouts(a: Readout, b: Readout): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** "32 loaded, 1 skipped" plus one line per skipped file and warning. */
export function describeLoad(load: { loaded: number; skipped: Skipped[]; warnings: FileWarning[] }): string[] {
  return [
    `${load.loaded} loaded, ${load.skipped.length} skipped`,
    ...load.skipped.map((s) => `skipped ${s.file}: ${s.reason}`),
    ...load.warnings.map((w) => `warning ${w.file}: ${w.message}`),
  ];
}

/**
 * A cheap summary of a corpus folder's state: paths, sizes and modification
 * times of its corpus files and aliases.json. It changes when any of them
 * does, without reading them. "missing" when the folder is gone.
 */
export function fingerprint(dir: string): string {
  const hash = createHash('sha1');
  let files: string[];
  try {
    files = [...listCorpusFiles(dir), 'aliases.json'];
  } catch {
    return 'missing';
  }
  for (const file of files) {
    const stat = statSync(join(dir, file), { throwIfNoEntry: false });
    if (stat) hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
