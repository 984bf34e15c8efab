/**
 * The answer contract: what every front end (console, batch, Discord) renders
 * and what `--json` prints. Its shape is fixed by ../shared/eval/README.md, as
 * other tools read it; extra keys are allowed there and used sparingly here.
 */
import { z } from 'zod';
import { CitationSchema } from '../corpus/citation.ts';

export { type Citation, CitationSchema } from '../corpus/citation.ts';

export const COMMANDS = ['ask', 'timeline', 'quote'] as const;
export type Command = (typeof COMMANDS)[number];

export const INTENTS = ['topic', 'when', 'where', 'who', 'yesno', 'said', 'count', 'quantity', 'timeline', 'quote'] as const;
export type Intent = (typeof INTENTS)[number];

/**
 * Which page of a long timeline to cite: readouts are counted and dated in
 * full, but only the page's entries become results, so a front end showing
 * ten of 7,000 readouts builds ten (a page, or the page where a year starts).
 */
export type TimelineWindow = { perPage: number } & ({ page: number } | { offset: number } | { year: number | null });

export const ResultSchema = CitationSchema.extend({
  score: z.number(),
  /** Near-identical sentences in other readouts, grouped under this one. */
  also: z.array(CitationSchema).optional(),
});
export type Result = z.infer<typeof ResultSchema>;

/** A date filter read from the question (src/answer/reading/dateFilter.ts) or given as from/to. */
export const DateRangeSchema = z.object({
  /** First and last day inside the range (YYYY-MM-DD); either may be open. */
  from: z.string().optional(),
  to: z.string().optional(),
  /** A month in any year (1-12), for "in August" with no year. */
  month: z.number().int().min(1).max(12).optional(),
  /** The words the filter was read from, as the user wrote them. */
  label: z.string(),
  /** True when the date is that of a readout the words refer to ("the Guam meeting"). */
  event: z.boolean().optional(),
  /** True when the date is the asked meeting's own ("their nov 2021 call", "his korea trip in aug 2014"): a filter, no word a sentence must state. */
  meeting: z.boolean().optional(),
});
export type DateRange = z.infer<typeof DateRangeSchema>;

/**
 * How the question was read, when that was more than its words as typed
 * (issue 20): chat words ignored, words widened to the words readouts use,
 * names resolved. Front ends show it as one short line (src/answer/reading/notes.ts).
 */
export const ReadingNotesSchema = z.object({
  /** Words and phrases ignored: chat ("hey bot can u", "thx") and English words no readout uses or widens to. */
  dropped: z.array(z.string()),
  /** A word the readouts never use, read as the words they do ("jets" → aircraft). */
  widened: z.array(z.object({ word: z.string(), to: z.array(z.string()) })),
  /** A word read as a name: a demonym, an acronym, a nickname ("Kiwis" → New Zealand, "jim mattis" → James N. Mattis). */
  resolved: z.array(z.object({ from: z.string(), to: z.string() })),
});
export type ReadingNotes = z.infer<typeof ReadingNotesSchema>;

/**
 * The rules that decided an answer (`--explain`), first applied first: each
 * with its row of the rule table (src/answer/rules.ts).
 */
export const ExplainSchema = z.array(z.object({ id: z.string(), reason: z.string(), module: z.string(), test: z.string() }));
export type Explain = z.infer<typeof ExplainSchema>;

export const AnswerSchema = z.object({
  command: z.enum(COMMANDS),
  input: z.string(),
  intent: z.enum(INTENTS),
  /** The short answer line; empty when the intent has none. */
  headline: z.string(),
  /** True exactly when nothing in the corpus answers; then `results` is empty. */
  none: z.boolean(),
  /** Best first for ask and quote, oldest first for timeline. */
  results: z.array(ResultSchema),
  /** Close terms that do exist, offered when nothing answers. */
  suggestions: z.array(z.string()).optional(),
  /** quote: the nearest sentences that do not hold the phrase; ask: the sentences nearest a number or ordinal stated nowhere. */
  closest: z.array(ResultSchema).optional(),
  /** The date filter applied, if any. */
  filter: DateRangeSchema.optional(),
  /** timeline: how many readouts mention the topic; quote: how many sentences hold the phrase (results may show fewer). */
  count: z.number().int().optional(),
  /** count: what was counted, as a timeline topic ("North Korea"). */
  topic: z.string().optional(),
  /** quote: true when counting stopped at its cap (src/answer/answering/quote.ts) and `count` is a lower bound. */
  countCapped: z.boolean().optional(),
  /** timeline asked for one page (see TimelineWindow in src/answer/answering/timeline.ts): where `results` start among all `count`. */
  offset: z.number().int().optional(),
  /** timeline asked for one page: readouts per year, oldest first, undated (null) last. */
  years: z.array(z.object({ year: z.number().int().nullable(), count: z.number().int() })).optional(),
  /** timeline asked for one page, its dated readouts under two years apart: readouts per month ("2021-03"), oldest first (for a chart). */
  months: z.array(z.object({ month: z.string(), count: z.number().int() })).optional(),
  first: z.string().nullable().optional(),
  last: z.string().nullable().optional(),
  /** How many readouts the answer was drawn from. */
  searched: z.number().int(),
  /** How the question was read, when anything was ignored, widened or resolved. */
  reading: ReadingNotesSchema.optional(),
  /** Only when the request asked for it (`explain`): the rules that decided the answer. */
  explain: ExplainSchema.optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** A count answer that lists fewer readouts than it counts: a front end points to its timeline command. */
export function listsFewerThanCounted(answer: Answer): boolean {
  return answer.intent === 'count' && answer.count !== undefined && answer.count > answer.results.length;
}

/** A date as users type it (options, flags, JSON): YYYY-MM-DD, a real calendar date. */
export const IsoDateInput = z.iso.date({ error: (i) => `must be a date written YYYY-MM-DD, got "${String(i.input)}"` });

/** A request as every front end sends it. */
export const RequestSchema = z.object({
  command: z.enum([...COMMANDS, 'split', 'find']),
  input: z.string(),
  from: IsoDateInput.optional(),
  to: IsoDateInput.optional(),
  /** Add the rules that decided the answer (`explain`; src/answer/rules.ts). */
  explain: z.boolean().optional(),
});
export type Request = z.infer<typeof RequestSchema>;
/** A request the engine answers (split is a text tool, answered by the batch reader itself; find has its own answer, src/answer/find/types.ts). */
export type AnswerRequest = Request & {
  command: Command;
  /**
   * timeline only: cite one page of the readouts (a front end showing pages);
   * the answer says where the page starts and how many readouts each year has.
   */
  window?: TimelineWindow;
};

/** Longest input any command accepts (Discord's own option limit is set to match). */
export const MAX_INPUT = 500;

/** Longest text `split` takes: ten times the longest readout, far below what would stall a process. */
export const MAX_SPLIT_INPUT = 100_000;

/**
 * Longest timeline topic. A topic is a few words; this bound also lets page
 * buttons carry the topic in their custom_id (100 characters in all).
 */
export const MAX_TOPIC = 50;

/** The limit for each command's input, the same in Discord, the console, batch and the CLI. */
export function inputLimit(command: Command): number {
  return command === 'timeline' ? MAX_TOPIC : MAX_INPUT;
}
