/**
 * "Find in readouts", the comparison: a quoted span against a readout
 * sentence, word by word, limited to the part of the sentence the span
 * stands for. A hand-written longest-common-subsequence diff: spans and
 * sentences are a few dozen words, so the n×m table costs microseconds, and
 * words must compare as quotes do (src/text/terms.ts words(): case, accents,
 * quote style, punctuation and dashes aside), which a line- or character-diff
 * library would not do without the same tokenising around it.
 *
 * @example
 * alignSpan('expressed grave concern', 'The Secretary expressed serious concern regarding Beijing.').parts
 * // → [{kind:'same',words:'expressed'}, {kind:'text',words:'grave'}, {kind:'corpus',words:'serious'}, {kind:'same',words:'concern'}]
 */
import { fold, STOP_WORDS, words } from '../../text/terms.ts';
import { DEFAULTS } from '../defaults.ts';

export interface DiffPart {
  /** `same` in both; `corpus` only in the readout; `text` only in the message. */
  kind: 'same' | 'corpus' | 'text';
  /** As written: the readout's spelling for `same` and `corpus`, the message's for `text`. */
  words: string;
}

export interface Alignment {
  parts: DiffPart[];
  /** Words in common. */
  same: number;
  /** Words of the span, and of the sentence part it stands for. */
  spanWords: number;
  windowWords: number;
  /** same / the longer of the two: 1 when they are the same words. */
  similarity: number;
  /** The part of the sentence the span stands for: character offsets, end exclusive. */
  window: [number, number];
}

/** A word with its place in the text as written (not folded). */
interface Token {
  key: string;
  start: number;
  end: number;
}

/**
 * Offsets of fold(text) → offsets in text. Folding may change lengths ("…" →
 * "...", ligatures), so words found in the folded text are mapped back, one
 * code point at a time (folding is per character: see fold()).
 */
function originalOffsets(text: string): ((i: number) => number) | null {
  if (fold(text) === text) return null;
  const map: number[] = [];
  let at = 0;
  for (const ch of text) {
    for (let k = fold(ch).length; k > 0; k--) map.push(at);
    at += ch.length;
  }
  map.push(text.length);
  return (i) => map[i] ?? text.length;
}

/** The words of a text with offsets into the text as written. */
export function tokens(text: string): Token[] {
  const back = originalOffsets(text);
  return words(text).map((w) => ({
    key: w.word,
    start: back ? back(w.start) : w.start,
    end: back ? back(w.end) : w.end,
  }));
}

/** A word's possessive ending, dropped by words(), belongs to it when shown. */
export function withPossessive(text: string, end: number): number {
  return /^['’]s\b/i.test(text.slice(end, end + 3)) ? end + 2 : end;
}

/**
 * The text a run of tokens a..b (inclusive) covers, with the punctuation
 * attached to it (a comma, a closing quote) unless another word shares it.
 */
function runText(text: string, toks: Token[], a: number, b: number): string {
  const first = toks[a] as Token;
  const last = toks[b] as Token;
  let start = first.start;
  const prevEnd = a > 0 ? (toks[a - 1] as Token).end : 0;
  const before = text.slice(prevEnd, start);
  if (a === 0 || /\s/.test(before)) start = prevEnd + before.search(/\S*$/);
  let end = last.end;
  const nextStart = b + 1 < toks.length ? (toks[b + 1] as Token).start : text.length;
  const after = text.slice(end, nextStart);
  if (b + 1 === toks.length || /\s/.test(after)) end += after.search(/\s|$/);
  return text.slice(start, end);
}

/** Pairs (i, j) of span word i matched to sentence word j, by LCS. */
function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => table[i * (m + 1) + j] as number;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

/** A lone stop word matched this many words away from the rest is a coincidence, not the span's edge. */
const STRAY_GAP = DEFAULTS.find.strayGap;

/**
 * Compare a span with a sentence. The comparison covers the part of the
 * sentence from the first to the last word they share (stray stop words far
 * from the rest left out), widened at each end by as many words as the span
 * has there unmatched — so a changed first word shows as changed, and the
 * readout's words beyond the span are not differences.
 */
export function alignSpan(span: string, sentence: string): Alignment {
  const st = tokens(span);
  const ct = tokens(sentence);
  let pairs = lcsPairs(
    st.map((t) => t.key),
    ct.map((t) => t.key),
  );
  const stray = (p: [number, number], q: [number, number]) =>
    STOP_WORDS.has(ct[p[1]]?.key ?? '') && Math.abs(q[1] - p[1]) > STRAY_GAP + 1 && Math.abs(q[0] - p[0]) <= 1;
  while (pairs.length >= 2 && stray(pairs[0] as [number, number], pairs[1] as [number, number])) pairs = pairs.slice(1);
  while (pairs.length >= 2 && stray(pairs[pairs.length - 1] as [number, number], pairs[pairs.length - 2] as [number, number])) {
    pairs = pairs.slice(0, -1);
  }
  if (pairs.length === 0) {
    return {
      parts: st.length ? [{ kind: 'text', words: span.trim() }] : [],
      same: 0,
      spanWords: st.length,
      windowWords: 0,
      similarity: 0,
      window: [0, 0],
    };
  }
  const [i0, j0] = pairs[0] as [number, number];
  const [iN, jN] = pairs[pairs.length - 1] as [number, number];
  const jStart = j0 - Math.min(i0, j0);
  const jEnd = jN + Math.min(st.length - 1 - iN, ct.length - 1 - jN);

  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], toks: Token[], text: string, a: number, b: number) => {
    if (a > b) return;
    parts.push({ kind, words: runText(text, toks, a, b) });
  };
  let i = 0;
  let j = jStart;
  let k = 0;
  while (k < pairs.length) {
    const [pi, pj] = pairs[k] as [number, number];
    push('text', st, span, i, pi - 1);
    push('corpus', ct, sentence, j, pj - 1);
    // A run of matched words in a row is one part.
    let run = k;
    while (
      run + 1 < pairs.length &&
      (pairs[run + 1] as [number, number])[0] === pi + (run + 1 - k) &&
      (pairs[run + 1] as [number, number])[1] === pj + (run + 1 - k)
    ) {
      run++;
    }
    push('same', ct, sentence, pj, pj + (run - k));
    i = pi + (run - k) + 1;
    j = pj + (run - k) + 1;
    k = run + 1;
  }
  push('text', st, span, i, st.length - 1);
  push('corpus', ct, sentence, j, jEnd);

  // The part ends where the span does: not on the readout's next comma.
  const tail = parts[parts.length - 1];
  if (tail && tail.kind !== 'text') tail.words = tail.words.replace(/[,;:]+$/, '');

  const windowWords = jEnd - jStart + 1;
  const same = pairs.length;
  const end = (ct[jEnd] as Token).end;
  return {
    parts,
    same,
    spanWords: st.length,
    windowWords,
    similarity: same / Math.max(st.length, windowWords),
    window: [(ct[jStart] as Token).start, withPossessive(sentence, end)],
  };
}
