/**
 * The one reader of Readout's data files (data/: word lists, lexicon tables,
 * reading lists; data/README.md says what each holds). Each file is read once,
 * on first use, and checked with its zod schema, so a bad edit names the file
 * and its first bad keys instead of answering wrongly.
 *
 * @example
 * const preamble = dataFile('reading/preamble.json', z.object({ words: z.array(z.string()) }));
 * preamble().words.includes('find')
 * // → true
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { DATA_DIR } from './paths.ts';

/** Read and check one data file (a path under data/); a bad file names itself and its first bad keys. */
export function readDataFile<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`data/${file} is not valid: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** A data file read and checked on first call, then kept. */
export function dataFile<T extends z.ZodType>(file: string, schema: T): () => z.infer<T> {
  let value: z.infer<T> | undefined;
  return () => (value ??= readDataFile(file, schema));
}
