/**
 * A cited sentence: the one shape the corpus gives out and every answer cites.
 * It lives in the corpus layer so that the corpus (src/corpus/readout.ts) and
 * the answer contract (src/answer/types.ts) both import it downward.
 */
import { z } from 'zod';

export const CitationSchema = z.object({
  /** The sentence, verbatim: original characters (curly quotes, accents) kept. */
  text: z.string(),
  /** File path relative to the corpus folder, with forward slashes. */
  doc: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  /** Stable while the file keeps its path and the sentence its place (see src/corpus/readout.ts). */
  id: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;
