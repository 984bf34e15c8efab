/**
 * The answer of "Find in readouts" (`find` in the console and batch): the
 * answer contract's common keys (command, input, headline, none, results,
 * searched; ../shared/eval/README.md) plus one check per span of the message.
 */
import { z } from 'zod';
import { CitationSchema, ExplainSchema, ResultSchema } from '../types.ts';

export const VERDICTS = ['exact', 'altered', 'not-found', 'supported', 'contradicted', 'unsupported', 'too-general'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How each verdict is named to a reader, the same in Discord and the terminal. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  exact: 'Exact quote',
  altered: 'Altered quote',
  'not-found': 'Quote not found',
  supported: 'Claim · closest readout wording',
  contradicted: 'Claim contradicted · the readouts say otherwise',
  unsupported: 'Claim not supported',
  'too-general': 'Claim too general to check',
};

export const DiffPartSchema = z.object({
  kind: z.enum(['same', 'corpus', 'text']),
  words: z.string(),
});

/** A readout sentence a check found, with what the renderer marks in it. */
export const FoundSentenceSchema = ResultSchema.extend({
  /**
   * exact and altered quotes: the part of `text` the quote stands for,
   * [start, end) in UTF-16 code units; shown in bold.
   */
  highlight: z.tuple([z.number().int(), z.number().int()]).optional(),
  /** exact quotes with an ellipsis ("…"): the parts of the highlight the quote leaves out. */
  elided: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
  /** altered quotes: word by word, message against readout, within the highlighted part only. */
  diff: z.array(DiffPartSchema).optional(),
});
export type FoundSentence = z.infer<typeof FoundSentenceSchema>;

export const CheckSchema = z.object({
  /** `quote`: the message quotes it; `claim`: the message says it in its own words. */
  kind: z.enum(['quote', 'claim']),
  /** The span of the message that was checked, framing removed. */
  text: z.string(),
  verdict: z.enum(VERDICTS),
  /**
   * quotes: the readout sentence(s) quoted (two or more when the quote runs
   * over a sentence end); claims: the closest readout wording, never a quote
   * (for a contradicted claim, the wording that says otherwise).
   */
  sentences: z.array(FoundSentenceSchema),
  /** exact quotes: the same words in other readouts. */
  also: z.array(CitationSchema).optional(),
  /** Sentences of a quote that no readout has, nor anything close. */
  unmatched: z.array(z.string()).optional(),
  /** not-found, unsupported: words of the span no readout uses. */
  missing: z.array(z.string()).optional(),
  /** not-found, unsupported, too-general: close terms that are in the readouts. */
  suggestions: z.array(z.string()).optional(),
});
export type Check = z.infer<typeof CheckSchema>;

export const FindAnswerSchema = z.object({
  command: z.literal('find'),
  input: z.string(),
  intent: z.literal('find'),
  /** What was checked and what was found: "2 quotes checked: 1 exact, 1 altered." */
  headline: z.string(),
  /** True when no check found a readout sentence. */
  none: z.boolean(),
  /** Every readout sentence the checks cite, in check order (exact and altered quotes, claim support). */
  results: z.array(ResultSchema),
  checks: z.array(CheckSchema),
  /** Quotes or sentences of the message left unchecked past the limits (src/answer/find/spans.ts). */
  skipped: z.number().int(),
  /** Sentences beside the quotes read as introducing them, not as claims, so not checked (rule FRAMING_CLAIM). */
  framing: z.array(z.string()).optional(),
  /** True when the message was longer than the part read. */
  cut: z.boolean(),
  searched: z.number().int(),
  /** Only when asked for (`explain`): the rules that decided the checks. */
  explain: ExplainSchema.optional(),
});
export type FindAnswer = z.infer<typeof FindAnswerSchema>;
