/**
 * "Find in readouts", the quote verdicts: is a quoted span (or a sentence the
 * message pastes without quote marks) in the readouts verbatim (exact, also
 * with an ellipsis), with words changed (altered), or not at all (not found)?
 * A sentence outside quotes that is no pasted readout sentence is read as a
 * claim (src/answer/find/claimVerdicts.ts).
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { splitSentences } from '../../text/sentences.ts';
import { term, words, type Word } from '../../text/terms.ts';
import { phraseMatches } from '../answering/quote.ts';
import { conceptsOf } from '../reading/concepts.ts';
import { rank } from '../ranking/rank.ts';
import { citation, result } from '../answering/cite.ts';
import { suggestionsFor } from '../answering/suggest.ts';
import { alignSpan, tokens, withPossessive, type Alignment } from './diff.ts';
import { checkClaim } from './claimVerdicts.ts';
import type { Check, FoundSentence } from './types.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

/** Rules `find-altered` and `find-pasted` (outside quotes the bar is higher: a sentence in the user's own words is a claim, not a misquote). */
const {
  alteredMinSimilarity,
  alteredMinSame,
  alteredMinContent,
  pastedMinWords,
  pastedAlteredMinWords,
  pastedAlteredMinSimilarity,
  maxQuoteSentences,
  maxAlso,
  runWords,
  maxRuns,
  alteredRanked,
  exactHits,
  elidedHits,
  runHits,
} = DEFAULTS.find;

interface PieceMatch {
  sentence: number;
  exact: boolean;
  highlight: [number, number];
  alignment?: Alignment;
  /** exact with an ellipsis: the parts of the highlight the quote leaves out. */
  elided?: [number, number][];
  /** exact: other sentences holding the same words. */
  others: number[];
}

/** A quote, sentence by sentence; consecutive readout sentences make one exact quote. */
export function checkQuote(index: SentenceIndex, text: string): Check {
  const pieces = splitSentences(text).slice(0, maxQuoteSentences);
  const matches: (PieceMatch | null)[] = [];
  let previous = -1;
  for (const piece of pieces) {
    const match = exactPiece(index, piece, previous) ?? elidedPiece(index, piece, previous) ?? alteredPiece(index, piece, 1);
    matches.push(match);
    if (match) previous = match.sentence;
  }
  const found = matches.filter((m): m is PieceMatch => m !== null);
  const unmatched = pieces.filter((_p, k) => matches[k] === null);
  if (found.length === 0) return notFound(index, text);
  const consecutive = found.every((m, k) => k === 0 || m.sentence === (found[k - 1] as PieceMatch).sentence + 1);
  const exact = unmatched.length === 0 && consecutive && found.every((m) => m.exact);
  const lead = found[0] as PieceMatch;
  const others = exact && found.length === 1 ? otherReadouts(index, lead.sentence, lead.others) : [];
  return {
    kind: 'quote',
    text,
    verdict: exact ? 'exact' : 'altered',
    sentences: found.map((m) => foundSentence(index, m)),
    ...(others.length ? { also: others.map((n) => citation(index, n)) } : {}),
    ...(unmatched.length ? { unmatched } : {}),
  };
}

/** A sentence of the message in its own words: a pasted readout sentence (rule `find-pasted`), else a claim. */
export function checkSentence(index: SentenceIndex, text: string): Check {
  const count = words(text).length;
  if (count >= pastedMinWords) {
    const match =
      exactPiece(index, text, -1) ??
      (count >= pastedAlteredMinWords ? alteredPiece(index, text, pastedAlteredMinSimilarity / alteredMinSimilarity) : null);
    if (match && !match.exact) {
      // Words of the message's own around a verbatim stretch ("check this: …")
      // are framing, not a misquote: the stretch is the quote.
      const inner = innerStretch(match.alignment);
      const exact = inner && words(inner).length >= pastedMinWords ? exactPiece(index, inner, -1) : null;
      if (exact) return checkSentence(index, inner as string);
    }
    if (match) {
      applied('find-pasted');
      const others = match.exact ? otherReadouts(index, match.sentence, match.others) : [];
      return {
        kind: 'quote',
        text,
        verdict: match.exact ? 'exact' : 'altered',
        sentences: [foundSentence(index, match)],
        ...(others.length ? { also: others.map((n) => citation(index, n)) } : {}),
      };
    }
  }
  return checkClaim(index, text);
}

/** The message's words from the first word it shares with the readout to the last. */
function innerStretch(alignment: Alignment | undefined): string | null {
  if (!alignment) return null;
  const { parts } = alignment;
  const first = parts.findIndex((p) => p.kind === 'same');
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => p.kind === 'same');
  if (first < 0 || (first === 0 && last === parts.length - 1)) return null;
  return parts
    .slice(first, last + 1)
    .filter((p) => p.kind !== 'corpus')
    .map((p) => p.words)
    .join(' ');
}

/** The sentence holding the words verbatim; the one after `previous` when it does. */
function exactPiece(index: SentenceIndex, piece: string, previous: number): PieceMatch | null {
  if (words(piece).length === 0) return null;
  const hits = phraseMatches(index, piece, exactHits);
  if (hits.length === 0) return null;
  const sentence = hits.includes(previous + 1) ? previous + 1 : (hits[0] as number);
  return { sentence, exact: true, highlight: runIn(index.text(sentence), piece), others: hits.filter((h) => h !== sentence) };
}

/** Where a verbatim piece lies in a sentence, as character offsets. */
function runIn(sentence: string, piece: string): [number, number] {
  return runsInOrder(sentence, [piece])?.[0] ?? [0, sentence.length];
}

/** Where each fragment lies in a sentence, each after the one before; null when one does not. */
function runsInOrder(sentence: string, fragments: string[]): [number, number][] | null {
  const toks = tokens(sentence);
  const out: [number, number][] = [];
  let from = 0;
  for (const fragment of fragments) {
    const run = words(fragment).map((w) => w.word);
    let at = -1;
    for (let start = from; start + run.length <= toks.length && at < 0; start++) {
      if (run.every((w, k) => toks[start + k]?.key === w)) at = start;
    }
    if (at < 0 || run.length === 0) return null;
    const last = toks[at + run.length - 1] as (typeof toks)[number];
    out.push([(toks[at] as (typeof toks)[number]).start, withPossessive(sentence, last.end)]);
    from = at + run.length;
  }
  return out;
}

/** "…", "...", "[…]" inside a quote: words left out. */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.{3})\s*\]|…|\.{3,})\s*/g;

/**
 * Rule `find-elided`: a quote that leaves words out with an ellipsis ("expressed
 * serious concern … in Hong Kong") is exact when one sentence holds each part
 * verbatim, in order; the parts left out are marked.
 */
function elidedPiece(index: SentenceIndex, piece: string, previous: number): PieceMatch | null {
  const fragments = piece.split(ELLIPSIS).filter((f) => words(f).length > 0);
  if (fragments.length < 2) return null;
  const longest = fragments.reduce((a, b) => (words(b).length > words(a).length ? b : a));
  const hits = phraseMatches(index, longest, elidedHits);
  const ordered = hits.includes(previous + 1) ? [previous + 1, ...hits.filter((h) => h !== previous + 1)] : hits;
  for (const sentence of ordered) {
    const runs = runsInOrder(index.text(sentence), fragments);
    if (!runs) continue;
    const elided = runs.slice(1).map((r, k): [number, number] => [(runs[k] as [number, number])[1], r[0]]);
    applied('find-elided');
    return {
      sentence,
      exact: true,
      highlight: [(runs[0] as [number, number])[0], (runs[runs.length - 1] as [number, number])[1]],
      elided,
      others: [],
    };
  }
  return null;
}

/**
 * Rule `find-altered`: the sentence among the closest whose words best cover the
 * piece, when it shares enough of them. `strictness` raises the similarity
 * bar (sentences outside quotes).
 */
function alteredPiece(index: SentenceIndex, piece: string, strictness: number): PieceMatch | null {
  const span = words(piece);
  if (span.length < alteredMinSame) return null;
  const concepts = conceptsOf(index, piece);
  const content = new Set(concepts.filter((c) => c.kind === 'term').map((c) => c.label.toLowerCase()));
  const judge = (sentences: Iterable<number>): PieceMatch | null => {
    let best: { sentence: number; alignment: Alignment } | null = null;
    for (const sentence of sentences) {
      const alignment = alignSpan(piece, index.text(sentence));
      if (!best || alignment.similarity > best.alignment.similarity) best = { sentence, alignment };
    }
    if (!best) return null;
    const { alignment } = best;
    const sharedContent = alignment.parts
      .filter((p) => p.kind === 'same')
      .flatMap((p) => words(p.words))
      .filter((w) => content.has(w.raw.toLowerCase()) || content.has(w.word)).length;
    const ok =
      alignment.similarity >= Math.min(1, alteredMinSimilarity * strictness) &&
      alignment.same >= alteredMinSame &&
      sharedContent >= Math.min(alteredMinContent, content.size);
    if (!ok) return null;
    applied('find-altered');
    return { sentence: best.sentence, exact: false, highlight: alignment.window, alignment, others: [] };
  };
  // Cheap first: an altered quote keeps runs of its words as they were, and the
  // sentences holding one are where it comes from; ranking (tens of ms at
  // 10,000 readouts) only when no run is left intact.
  return judge(runCandidates(index, span)) ?? judge(rank(index, concepts, { limit: alteredRanked }).map((r) => r.sentence));
}

/** Sentences holding some run of runWords of the span's words verbatim (runs of stop words alone skipped). */
function runCandidates(index: SentenceIndex, span: Word[]): Set<number> {
  const out = new Set<number>();
  let runs = 0;
  for (let start = 0; start + runWords <= span.length && runs < maxRuns; start += runWords) {
    const run = span.slice(start, start + runWords);
    if (run.every((w) => term(w.word) === null)) continue;
    runs++;
    for (const hit of phraseMatches(index, run.map((w) => w.raw).join(' '), runHits)) out.add(hit);
  }
  return out;
}

/** The first sentence of each other readout holding the same words. */
function otherReadouts(index: SentenceIndex, lead: number, others: number[]): number[] {
  const readouts = new Set([index.readout(lead).first]);
  const out: number[] = [];
  for (const n of others) {
    const r = index.readout(n).first;
    if (readouts.has(r)) continue;
    readouts.add(r);
    out.push(n);
    if (out.length >= maxAlso) break;
  }
  return out;
}

function foundSentence(index: SentenceIndex, m: PieceMatch): FoundSentence {
  return {
    ...result(index, m.sentence, m.exact ? 1 : Math.round((m.alignment?.similarity ?? 0) * 1000) / 1000),
    highlight: m.highlight,
    ...(m.elided?.length ? { elided: m.elided } : {}),
    ...(m.alignment ? { diff: m.alignment.parts } : {}),
  };
}

function notFound(index: SentenceIndex, text: string): Check {
  const missing = unknownWords(index, text);
  const suggestions = suggestionsFor(index, text);
  return {
    kind: 'quote',
    text,
    verdict: 'not-found',
    sentences: [],
    ...(missing.length ? { missing } : {}),
    ...(suggestions.length ? { suggestions } : {}),
  };
}

/** Words of a text no readout uses, as written. */
function unknownWords(index: SentenceIndex, text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (index.wordId(w.word) === undefined && !out.includes(w.raw)) out.push(w.raw);
  return out;
}
