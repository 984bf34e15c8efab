/**
 * One readout file → one Readout: metadata, clean paragraphs and numbered
 * sentences. Markdown files must carry valid front matter; scraped .txt files
 * are cleaned by readScraped and may add front matter of their own.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { splitParagraph, splitParagraphs } from '../text/sentences.ts';
import type { IsoDate } from '../text/dates.ts';
import type { Citation } from './citation.ts';
import { FrontMatterSchema, splitFrontMatter, validateFrontMatter, type SplitFile } from './frontMatter.ts';
import { readScraped, type DateSource, type Stripped } from './scraped.ts';
import { FrontMatterError, ReadoutFileError } from '../errors.ts';

/**
 * A sentence of a readout: what a citation of it shows (the answer contract's
 * Citation: the text verbatim, its file, title, date, source and stable id
 * `<readoutKey>.<paragraph>.<position>`) and its place in the readout.
 */
export interface Sentence extends Citation {
  /** 1-based paragraph number within the body. */
  paragraph: number;
  /** 1-based position of the sentence within its paragraph. */
  position: number;
}

export interface Readout {
  file: string;
  /** The prefix of its sentence ids (readoutKeys: unique within its corpus). */
  key: string;
  format: 'markdown' | 'scraped';
  title: string;
  date: IsoDate | null;
  dateSource: DateSource | null;
  source: string | null;
  /** Front matter keys beyond title/date/source, kept as written. */
  meta: Record<string, string>;
  stripped: Stripped[];
  warnings: string[];
  paragraphs: string[];
  sentences: Sentence[];
}

/** Front matter in a scraped file is optional and may give any of the fields. */
const PartialFrontMatter = FrontMatterSchema.partial();

/**
 * Parse one readout. `file` is the path relative to the corpus folder; its
 * extension picks the form (.md canonical, anything else scraped text).
 * `key` prefixes its sentence ids: the one readoutKeys gives it in its corpus.
 *
 * @example
 * parseReadout('guam.md', '---\ntitle: Guam\ndate: 2020-08-29\n---\nThey met. They spoke.')
 *   .sentences.map((s) => s.text) // → ['They met.', 'They spoke.']
 */
export function parseReadout(file: string, text: string, key = readoutKey(file)): Readout {
  let split: SplitFile;
  try {
    split = splitFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) throw new ReadoutFileError(file, [error.message]);
    throw error;
  }
  const { fields, body } = split;
  const meta = Object.fromEntries(Object.entries(fields ?? {}).filter(([key]) => !['title', 'date', 'source'].includes(key)));

  if (file.toLowerCase().endsWith('.md')) {
    if (!fields) {
      throw new ReadoutFileError(file, ['no front matter: a readout starts with a --- block giving title and date']);
    }
    const checked = validateFrontMatter(fields);
    if (!checked.ok) throw new ReadoutFileError(file, checked.errors);
    return build(file, key, {
      format: 'markdown',
      title: checked.value.title,
      date: checked.value.date,
      dateSource: 'front matter',
      source: checked.value.source ?? null,
      meta,
      stripped: [],
      warnings: [],
      paragraphs: splitParagraphs(body),
    });
  }

  const given = PartialFrontMatter.safeParse(fields ?? {});
  if (!given.success) {
    throw new ReadoutFileError(
      file,
      given.error.issues.map((i) => `front matter "${i.path.join('.')}" ${i.message}`),
    );
  }
  // Front matter wins: a title given there means the first line is body text.
  const scraped = readScraped(body, { title: given.data.title });
  const title = given.data.title ?? scraped.title;
  if (!title) throw new ReadoutFileError(file, ['no title: the file has no text']);
  // Without front matter the first line is the title: a file of one line has no body, and no front matter to blame.
  if (!given.data.title && !scraped.body.trim()) throw new ReadoutFileError(file, ['empty body: no text after the title (the first line)']);
  return build(file, key, {
    format: 'scraped',
    title,
    date: given.data.date ?? scraped.date,
    dateSource: given.data.date ? 'front matter' : scraped.dateSource,
    source: given.data.source ?? null,
    meta,
    stripped: scraped.stripped,
    warnings: given.data.date ? scraped.warnings.filter((w) => !w.startsWith('date unknown')) : scraped.warnings,
    paragraphs: splitParagraphs(scraped.body),
  });
}

function build(file: string, key: string, readout: Omit<Readout, 'file' | 'key' | 'sentences'>): Readout {
  if (readout.paragraphs.length === 0) throw new ReadoutFileError(file, ['empty body: no text after the front matter']);
  const sentences = readout.paragraphs.flatMap((paragraph, p) =>
    splitParagraph(paragraph).map((text, s) => ({
      id: sentenceId(key, p + 1, s + 1),
      text,
      doc: file,
      title: readout.title,
      date: readout.date,
      source: readout.source,
      paragraph: p + 1,
      position: s + 1,
    })),
  );
  return { file, key, ...readout, sentences };
}

/**
 * The prefix of a readout's sentence ids: 12 hex digits of sha1(path), so
 * ids stay short for Discord buttons yet two files of a 40,000-readout
 * archive share one with odds of about one in three hundred thousand
 * (readoutKeys lengthens a key that clashes).
 */
export function readoutKey(file: string, length = 12): string {
  return createHash('sha1').update(file).digest('hex').slice(0, length);
}

/**
 * The key of every file of a corpus folder, unique among them: in path order,
 * each takes the shortest of 12, 16, … 40 hex digits no file before it took.
 * It depends on the paths alone, so `inspect FILE` gives the ids answers cite.
 * (`shortest` is for tests: clashes at 12 digits are too rare to stage.)
 */
export function readoutKeys(files: readonly string[], shortest = 12): Map<string, string> {
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of [...files].sort()) {
    let length = shortest;
    let key = readoutKey(file, length);
    while (taken.has(key) && length < 40) key = readoutKey(file, (length += 4));
    taken.add(key);
    keys.set(file, key);
  }
  return keys;
}

/** The one place a sentence id is written: readout key, paragraph, position ("7b0e9ffc21a4.5.3"). */
export function sentenceId(key: string, paragraph: number, position: number): string {
  return `${key}.${paragraph}.${position}`;
}

/** A sentence id: readout key, paragraph, position ("7b0e9ffc21a4.5.3"). */
export const SentenceIdSchema = z.string().regex(/^[0-9a-f]{12,40}\.\d+\.\d+$/);
