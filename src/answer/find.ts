/**
 * "Find in readouts": does a piece of text (a chat message) quote the corpus?
 * Each sentence of the text is matched exactly (as `quote` does) or, failing
 * that, to the closest corpus sentence that shares most of its words; for a
 * near match the word-level differences are given, so a user sees where the
 * wording departs from the readout.
 */
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { splitSentences } from '../text/sentences.ts';
import { words } from '../text/terms.ts';
import { phraseMatches } from './quote.ts';
import { conceptsOf } from './concepts.ts';
import { rank } from './rank.ts';
import { result } from './cite.ts';
import type { Result } from './types.ts';

export interface DiffPart {
  /** `same` in both; `corpus` only in the readout; `text` only in the message. */
  kind: 'same' | 'corpus' | 'text';
  words: string;
}

export interface Found {
  /** The sentence of the message that was looked up. */
  quoted: string;
  exact: boolean;
  match: Result;
  /** Word-level differences, message → readout (empty for exact matches). */
  diff: DiffPart[];
}

/** Shorter pieces of a message are chatter, not quotations. */
const MIN_WORDS = 4;
/** A near match must share this share of its words with the message sentence. */
const MIN_SIMILARITY = 0.6;
const MAX_FOUND = 5;

export function findQuotes(index: SentenceIndex, text: string): Found[] {
  const found: Found[] = [];
  const seen = new Set<number>();
  for (const piece of splitSentences(text.replace(/^>\s?/gm, ''))) {
    if (words(piece).length < MIN_WORDS) continue;
    const exact = phraseMatches(index, piece, 1)[0] ?? -1;
    if (exact >= 0) {
      if (!seen.has(exact)) found.push({ quoted: piece, exact: true, match: result(index, exact, 1), diff: [] });
      seen.add(exact);
    } else {
      const best = rank(index, conceptsOf(index, piece), { limit: 1 })[0];
      if (!best || seen.has(best.sentence)) continue;
      const corpusText = index.text(best.sentence);
      const diff = wordDiff(piece, corpusText);
      if (similarity(diff) < MIN_SIMILARITY) continue;
      seen.add(best.sentence);
      found.push({ quoted: piece, exact: false, match: result(index, best.sentence, best.score), diff });
    }
    if (found.length >= MAX_FOUND) break;
  }
  return found;
}

/** Share of words the two sides have in common. */
function similarity(diff: DiffPart[]): number {
  const count = (kind: DiffPart['kind']) =>
    diff.filter((d) => d.kind === kind).reduce((n, d) => n + d.words.split(' ').length, 0);
  const same = count('same');
  return same / Math.max(1, same + Math.max(count('corpus'), count('text')));
}

/**
 * Word-level difference by longest common subsequence. Words compare
 * folded (case, quotes, punctuation ignored); the readout's spelling is kept.
 */
export function wordDiff(text: string, corpus: string): DiffPart[] {
  const a = text.split(/\s+/).filter(Boolean);
  const b = corpus.split(/\s+/).filter(Boolean);
  // Compare words as quote matching does (so "NATO" = "NATO’s").
  const key = (w: string) => words(w).map((x) => x.word).join(' ');
  const ka = a.map(key);
  const kb = b.map(key);
  const n = a.length;
  const m = b.length;
  // lcs(i, j): length of the longest common subsequence of a[i..] and b[j..].
  const table = new Int32Array((n + 1) * (m + 1));
  const lcs = (i: number, j: number) => table[i * (m + 1) + j] as number;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = ka[i] === kb[j] ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1));
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.words += ` ${word}`;
    else parts.push({ kind, words: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      push('same', b[j] as string);
      i++;
      j++;
    } else if (lcs(i + 1, j) >= lcs(i, j + 1)) push('text', a[i++] as string);
    else push('corpus', b[j++] as string);
  }
  while (i < n) push('text', a[i++] as string);
  while (j < m) push('corpus', b[j++] as string);
  return parts;
}
