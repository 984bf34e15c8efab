/**
 * The publisher (src/publisher/, issue 11) as /readout add uses it. A stand-in
 * until that module lands on this branch: the same names and shapes, reading
 * only .md/.txt files.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReadout } from '../corpus/readout.ts';
import { splitParagraph } from '../text/sentences.ts';
import { writeFileAtomic } from './state.ts';

export class PublisherError extends Error {
  override name = 'PublisherError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
export class NotAReadoutError extends PublisherError {
  override name = 'NotAReadoutError';
}
export class DuplicateReadoutError extends Error {
  override name = 'DuplicateReadoutError';
  constructor(
    readonly existing: string,
    readonly why: 'article id' | 'text',
  ) {
    super(`already in the corpus as ${existing} (same ${why})`);
  }
}

export interface Draft {
  title: string;
  date: string;
  source: string | null;
  articleId: string | null;
  paragraphs: string[];
  stripped: { kind: string; text: string }[];
  sentences: string[];
  meta: Record<string, string>;
  markdown: string;
  fileName: string;
  dateSource: string;
  warnings: string[];
}

export async function readArticle(
  input: { url: string } | { fileName: string; content: Uint8Array | string },
  _options: { force?: boolean; signal?: AbortSignal; date?: string } = {},
): Promise<Draft> {
  if ('url' in input) {
    const response = await fetch(input.url);
    if (!response.ok) throw new PublisherError('refused', `${new URL(input.url).hostname} refused the request (HTTP ${response.status}). Open the page in a browser, save it, and run: readout import <file>.html`);
    throw new PublisherError('unreadable', 'pages are not read yet');
  }
  const text = typeof input.content === 'string' ? input.content : new TextDecoder().decode(input.content);
  const r = parseReadout(input.fileName, text);
  const date = r.date ?? '2000-01-01';
  const markdown = `---\ntitle: ${r.title}\ndate: ${date}\n${r.source ? `source: ${r.source}\n` : ''}---\n${r.paragraphs.join('\n\n')}\n`;
  return {
    title: r.title, date, source: r.source, articleId: null, paragraphs: r.paragraphs, stripped: r.stripped,
    sentences: r.paragraphs.flatMap(splitParagraph), meta: {}, markdown,
    fileName: `${date}-${r.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60)}.md`, dateSource: 'text', warnings: [],
  };
}

export async function writeReadout(corpusDir: string, draft: Draft): Promise<{ path: string }> {
  mkdirSync(corpusDir, { recursive: true });
  for (const name of readdirSync(corpusDir)) {
    if (!name.endsWith('.md')) continue;
    try {
      if (parseReadout(name, readFileSync(join(corpusDir, name), 'utf8')).paragraphs.join('\n') === draft.paragraphs.join('\n')) {
        throw new DuplicateReadoutError(name, 'text');
      }
    } catch (error) {
      if (error instanceof DuplicateReadoutError) throw error;
    }
  }
  const path = join(corpusDir, draft.fileName);
  writeFileAtomic(path, draft.markdown);
  return { path };
}
