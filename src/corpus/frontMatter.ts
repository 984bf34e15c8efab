/**
 * The canonical readout file: a `---` block of `key: value` lines, then the body.
 *
 * ```
 * ---
 * title: Readout of Secretary of Defense Mark T. Esper's Meeting With …
 * date: 2020-08-29
 * source: https://…
 * ---
 * First paragraph…
 * ```
 *
 * Values run to the end of the line and are taken as written (matching outer
 * quotes are dropped), so titles may hold colons and apostrophes without YAML
 * quoting rules getting in the way of the people who maintain the corpus.
 */
import { z } from 'zod';
import { FrontMatterError } from '../errors.ts';

export const FrontMatterSchema = z.looseObject({
  title: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
    .trim()
    .min(1, { error: 'must not be empty' }),
  date: z.iso.date({
    error: (issue) =>
      issue.input === undefined ? 'is missing' : `must be a real calendar date written YYYY-MM-DD, got "${String(issue.input)}"`,
  }),
  source: z
    .url({
      protocol: /^https?$/,
      error: (issue) => `must be an http(s) URL, got "${String(issue.input)}"`,
    })
    .optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export interface SplitFile {
  /** The raw `key: value` pairs, or null when the file has no front matter. */
  fields: Record<string, string> | null;
  body: string;
}

/** Separate the `---` block from the body. Throws FrontMatterError on a broken block. */
export function splitFrontMatter(text: string): SplitFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^---[ \t]*\n/.test(normalized)) return { fields: null, body: normalized };
  const close = /\n---[ \t]*(?:\n|$)/.exec(normalized.slice(3));
  if (!close) throw new FrontMatterError('front matter starts with --- but has no closing --- line');
  const block = normalized.slice(normalized.indexOf('\n') + 1, 3 + close.index + 1);
  const body = normalized.slice(3 + close.index + close[0].length);
  // A Map, not an object literal: keys like "constructor" or "__proto__" are plain keys here.
  const fields = new Map<string, string>();
  block.split('\n').forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const match = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/.exec(line);
    if (!match) {
      throw new FrontMatterError(`front matter line ${index + 2} is not "key: value": "${line.slice(0, 60)}"`);
    }
    const key = match[1] as string;
    if (fields.has(key)) throw new FrontMatterError(`front matter has "${key}" twice`);
    fields.set(key, unquote((match[2] as string).trim()));
  });
  return { fields: Object.fromEntries(fields), body };
}

/** Validate the fields; returns the typed front matter or one message per bad field. */
export function validateFrontMatter(fields: Record<string, string>): { ok: true; value: FrontMatter } | { ok: false; errors: string[] } {
  // An empty optional value ("source:") means "not given", not "invalid URL".
  const cleaned = Object.fromEntries(Object.entries(fields).filter(([key, value]) => !(key === 'source' && value === '')));
  const result = FrontMatterSchema.safeParse(cleaned);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `front matter "${issue.path.join('.')}" ${issue.message}`),
  };
}

/** Serialize canonical front matter (used by `readout import`). */
export function formatFrontMatter(fields: Record<string, string | undefined>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}: ${value.replace(/\s*\n\s*/g, ' ')}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

function unquote(value: string): string {
  // Only a value wholly wrapped in one pair of quotes: 'Mateship' and 'ironclad' stays as is.
  const match = /^"([^"]*)"$|^'([^']*)'$/.exec(value);
  return match ? ((match[1] ?? match[2]) as string) : value;
}
