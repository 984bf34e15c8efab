/**
 * `readout import FILE|LINK…` — saved pages (.html), scraped text (.txt),
 * readout files (.md) and publisher links become canonical Markdown files in
 * the corpus folder. Prints what was stripped and where the date came from, so
 * a maintainer can review the result before committing it. The reading and
 * writing are the publisher module's (src/publisher/); this is the terminal's
 * side of it.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { ArticleBusyError } from '../errors.ts';
import {
  DuplicateReadoutError,
  MAX_PAGE_BYTES,
  PublisherError,
  readArticle,
  writeReadout,
  type Draft,
  type PublisherErrorCode,
} from '../publisher/index.ts';
import type { Io } from './io.ts';
import { sentencesIn } from './render.ts';

export interface ImportOptions {
  /** Files and links, as given. */
  files: string[];
  corpusDir: string;
  /** Date to use when nothing else states one (never guessed). */
  date?: string | undefined;
  force: boolean;
  /** PUBLISHER_HOSTS from the config: links are fetched only from the publisher or these hosts. */
  publisherHosts?: readonly string[] | undefined;
}

const LINK = /^https?:\/\//i;
/** Fetch failures, whose message starts with the host ("war.gov refused the request …"). */
const NAMES_HOST = new Set<PublisherErrorCode>([
  'bad-link',
  'refused',
  'not-found',
  'rate-limited',
  'server-error',
  'timeout',
  'network',
  'too-large',
  'not-html',
  'redirect',
  'bad-status',
]);

/** Returns the exit code: 0 when every file was imported. */
export async function importFiles(options: ImportOptions, io: Io): Promise<number> {
  let failed = 0;
  for (const file of options.files) {
    try {
      const draft = await readOne(file, options);
      // --force only skips the readout check: a duplicate is still refused and no file is ever overwritten.
      const { path } = await writeReadout(options.corpusDir, draft);
      io.out(describeImport(file, draft, path));
    } catch (error) {
      failed++;
      io.err(`readout: ${describeFailure(file, error)}\n`);
    }
  }
  if (options.files.length > 1) io.out(`${options.files.length - failed} imported, ${failed} failed\n`);
  return failed ? 1 : 0;
}

async function readOne(file: string, options: ImportOptions): Promise<Draft> {
  const readOptions = {
    force: options.force,
    ...(options.date ? { date: options.date } : {}),
    ...(options.publisherHosts ? { publisherHosts: options.publisherHosts } : {}),
  };
  if (LINK.test(file)) return readArticle({ url: file }, readOptions);
  let content: Buffer;
  try {
    if ((await stat(file)).size > MAX_PAGE_BYTES)
      throw new PublisherError('too-large', 'larger than 1 MB, too large for a readout; nothing was imported');
    content = await readFile(file);
  } catch (error) {
    if (error instanceof PublisherError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : (error as Error).message;
    throw new PublisherError('unreadable', why);
  }
  return readArticle({ fileName: file, content }, readOptions);
}

function describeFailure(file: string, error: unknown): string {
  if (error instanceof DuplicateReadoutError) {
    // Importing the same file again: say so the way `cp -n` would.
    if (error.suggested === error.existing) return `${file}: ${error.existingPath} already exists (the same readout); nothing was written`;
    return `${file}: ${error.message}; nothing was written`;
  }
  if (error instanceof ArticleBusyError) return `${file}: ${error.message}`;
  if (error instanceof PublisherError) {
    // A fetch failure names its host already; anything else is prefixed with the file or link.
    return LINK.test(file) && NAMES_HOST.has(error.code) ? error.message : `${file}: ${error.message}`;
  }
  return `${file}: ${error instanceof Error ? error.message : String(error)}`;
}

function describeImport(file: string, draft: Draft, path: string): string {
  const from = draft.dateSource === 'given' ? 'given with --date' : `from ${draft.dateSource}`;
  const lines = [
    `${file} -> ${relative(process.cwd(), path) || path}`,
    `  title: ${draft.title}`,
    `  date:  ${draft.date} (${from})`,
    ...(draft.source ? [`  source: ${draft.source}`] : []),
    ...draft.stripped.map((s) => `  stripped ${s.kind}: ${s.text.replace(/\s+/g, ' ').slice(0, 120)}`),
    ...draft.warnings.map((w) => `  warning: ${w}`),
    `  ${sentencesIn(draft.sentences.length, draft.paragraphs.length)}`,
  ];
  return `${lines.join('\n')}\n`;
}
