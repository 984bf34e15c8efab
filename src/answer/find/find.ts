/**
 * "Find in readouts": what does a message quote or claim, and do the readouts
 * say it? The message is read into spans (src/answer/find/spans.ts); each gets
 * a verdict of its own:
 *
 * | span                      | verdict     | shown                                                        |
 * |---------------------------|-------------|--------------------------------------------------------------|
 * | quote, verbatim           | exact       | the whole sentence, the quoted part highlighted              |
 * | quote, words changed      | altered     | the readout's sentence and a word diff within the quoted part|
 * | quote, nothing close      | not-found   | words no readout uses, close terms                           |
 * | claim, readouts say it    | supported   | the closest readout wording (never called a quote)           |
 * | claim, they do not        | unsupported | "No readout in the corpus says this.", close terms           |
 * | negated claim, they do    | contradicted| the readout wording that says otherwise                      |
 * | claim of common words only| too-general | a note: its words are in too many readouts to tell           |
 *
 * A sentence of the message outside quotes is first tried as a quote (a
 * message that is all quote is a pasted sentence), then read as a claim.
 * The quote verdicts are src/answer/find/quoteVerdicts.ts's, the claim verdicts
 * src/answer/find/claimVerdicts.ts's; this module gathers them into one answer and
 * its headline.
 *
 * @example
 * const check = findInText(index, 'Per the readout: "deterrence and defense remain NATO job number one" — big deal').checks[0];
 * [check.kind, check.verdict, check.sentences[0].text, check.sentences[0].highlight]
 * // → ['quote', 'exact', 'He stressed that deterrence and defense remain NATO’s job number one.', [17, 68]]
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { splitSentences } from '../../text/sentences.ts';
import { MAX_FIND_TEXT, spansOf } from './spans.ts';
import { checkQuote, checkSentence } from './quoteVerdicts.ts';
import { makesClaim } from './claimVerdicts.ts';
import type { Check, FindAnswer, Verdict } from './types.ts';
import type { Result } from '../types.ts';
import { DEFAULTS } from '../defaults.ts';

export const NOT_SAID = 'No readout in the corpus says this.';

/** Check a message (see the module comment). */
export function findInText(index: SentenceIndex, message: string): FindAnswer {
  const { spans, skipped: spansLeft, cut, framing } = spansOf(message, (sentence) => makesClaim(index, sentence));
  // A long quote is checked on its first sentences; the rest count as left unchecked.
  const sentencesLeft = spans
    .filter((s) => s.kind === 'quote')
    .reduce((n, s) => n + Math.max(0, splitSentences(s.text).length - DEFAULTS.find.maxQuoteSentences), 0);
  const skipped = spansLeft + sentencesLeft;
  const checks = spans.map((span) => (span.kind === 'quote' ? checkQuote(index, span.text) : checkSentence(index, span.text)));
  const results: Result[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    for (const s of check.sentences) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      const { highlight: _h, diff: _d, elided: _e, ...plain } = s;
      results.push(plain);
    }
  }
  return {
    command: 'find',
    input: message,
    intent: 'find',
    headline: checkedHeadline(checks, skipped, cut, framing),
    none: results.length === 0,
    results,
    checks,
    skipped,
    ...(framing.length ? { framing } : {}),
    cut,
    searched: index.readouts.length,
  };
}

// ── headline ───────────────────────────────────────────────────────────────

/** A framing sentence named in the headline is cut to this many characters. */
const FRAMING_SHOWN = DEFAULTS.find.framingShown;

const VERDICT_WORDS: Record<Verdict, string> = {
  exact: 'exact',
  altered: 'altered',
  'not-found': 'not found',
  supported: 'supported',
  contradicted: 'contradicted',
  unsupported: 'not supported',
  'too-general': 'too general to check',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "Checked 2 quotes and 1 claim: 1 exact, 1 altered, 1 supported." */
function checkedHeadline(checks: Check[], skipped: number, cut: boolean, framing: string[]): string {
  if (checks.length === 0) return 'This message has no words to check against the readouts.';
  const quotes = checks.filter((c) => c.kind === 'quote').length;
  const claims = checks.length - quotes;
  const what = [quotes ? plural(quotes, 'quote') : '', claims ? plural(claims, 'claim') : ''].filter(Boolean).join(' and ');
  const counts = new Map<Verdict, number>();
  for (const c of checks) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  const tally = [...counts].map(([v, n]) => `${n} ${VERDICT_WORDS[v]}`).join(', ');
  const limits = [
    skipped
      ? ` ${skipped} more ${skipped === 1 ? 'quote or sentence was' : 'quotes or sentences were'} not checked (at most ${DEFAULTS.find.maxChecks} are, and ${DEFAULTS.find.maxQuoteSentences} sentences of a quote).`
      : '',
    cut ? ` Only the first ${MAX_FIND_TEXT.toLocaleString('en-US')} characters were read.` : '',
    framing.length
      ? ` Not checked, as ${framing.length === 1 ? 'it claims' : 'they claim'} nothing the readouts could say: ${framing.map((f) => `“${f.length > FRAMING_SHOWN ? `${f.slice(0, FRAMING_SHOWN - 1).trimEnd()}…` : f}”`).join(' ')}.`
      : '',
  ].join('');
  return `Checked ${what}: ${tally}.${limits}`;
}
