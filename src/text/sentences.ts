/**
 * Sentence splitting for readout prose.
 *
 * Readouts are formal English full of titles, initials and abbreviations
 * ("U.S. Secretary of Defense Mark T. Esper", "Lt. Gen.", "10 a.m."), so a
 * naive split on ". " cuts names in half. The rules below are written for that
 * text; DESIGN.md explains why each one exists, and test/sentences.test.ts
 * holds a case for each.
 *
 * @example
 * splitSentences('Mark T. Esper met Taro Kono. They spoke.')
 * // → ['Mark T. Esper met Taro Kono.', 'They spoke.']
 */
import { z } from 'zod';
import { readDataFile } from '../data.ts';
import { isEnglishWord } from './english.ts';

/** data/text/sentences.json: the splitter's word lists, each with why it exists (DESIGN.md, "Why each splitting rule exists"). */
const WordList = z.object({ why: z.string().min(1), words: z.array(z.string().regex(/^[a-z.]+$/)).min(1) });
const SPLITTING = readDataFile(
  'text/sentences.json',
  z.object({
    titles: WordList,
    inner: WordList,
    ambiguous: WordList,
    nameEnds: WordList,
    starters: WordList,
    times: WordList,
    timeFollowers: WordList,
    timeOpeners: WordList,
  }),
);

/**
 * Scraping debris: a copy that kept the hyphen of a line break inside a word
 * ("Secr-etary", "Ja-pan", "Allia-nce", "asse-ssments"). A hyphen between a
 * word's letters, the part after it lower case, goes when the joined word is
 * written elsewhere in the same text ("Japan"), or is an English word while
 * neither part is one ("assessments"). Real compounds stay: "Indo-Pacific"
 * (capital after the hyphen), "ship-to-ship", "well-being" (both parts words).
 *
 * @example joinBrokenWords('Secr-etary Austin called Ja-pan. Japan agreed.')
 * // → 'Secretary Austin called Japan. Japan agreed.'
 */
export function joinBrokenWords(text: string): string {
  if (!/\p{L}-\p{Ll}/u.test(text)) return text;
  let written: Set<string> | null = null;
  return text.replace(BROKEN_WORD, (whole, left: string, right: string) => {
    const joined = left + right;
    written ??= new Set(text.match(/[\p{L}]+/gu)?.map((w) => w.toLowerCase()));
    if (written.has(joined.toLowerCase())) return joined;
    return isEnglishWord(joined) && !isEnglishWord(left) && !isEnglishWord(right) ? joined : whole;
  });
}

/** Letters, one hyphen, lower-case letters: a whole word (no hyphen or letter either side). */
const BROKEN_WORD = /(?<![\p{L}-])(\p{L}+)-(\p{Ll}+)(?![\p{L}-])/gu;

/** A paragraph is a run of lines separated from the next by a blank line. */
export function splitParagraphs(text: string): string[] {
  return (
    joinBrokenWords(text)
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      // Single line breaks inside a paragraph are soft wraps, as in Markdown.
      .map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
      .filter((p) => p.length > 0)
  );
}

/** Every sentence of every paragraph, in order. */
export function splitSentences(text: string): string[] {
  return splitParagraphs(text).flatMap(splitParagraph);
}

/**
 * Words that end in a period but precede a name: a title or rank is never the
 * last word of a sentence in readout prose ("Lt. Gen. Kevin B. Schneider").
 */
const TITLES = new Set(SPLITTING.titles.words);

/** Abbreviations that only ever sit inside a sentence ("e.g. space and cyber"). */
const INNER = new Set(SPLITTING.inner.words);

/**
 * Abbreviations that may or may not end a sentence ("Pitt, Briggs & Co.",
 * "No. 2"). Like initialisms ("the U.S."), they end one only when the next word is one that typically opens a
 * sentence (see STARTERS). Month names need no rule: before a day ("Sept. 17")
 * the digit already keeps the sentence going, and a capital after "Jun." is
 * more likely a new sentence after a name like "Dong Jun".
 */
const AMBIGUOUS = new Set(SPLITTING.ambiguous.words);

/** "Jr." and "Sr." close a name: any capital after them starts a new sentence. */
const NAME_ENDS = new Set(SPLITTING.nameEnds.words);

/**
 * Closed-class words that open most sentences. After an ambiguous
 * abbreviation, "The" signals a new sentence while "Secretary" or "Forces"
 * (as in "U.S. Forces Japan") signals a name continuing.
 */
const STARTERS = new Set(SPLITTING.starters.words);

const TERMINAL = /[.!?…]/u;
const CLOSERS = '"”’\')]»';
const OPENERS = '"“‘\'([«';
const QUOTES = '"”’\'»';

/** "a.m." and "p.m.": see isTimeBoundary. */
const TIMES = new Set(SPLITTING.times.words);
/** Words that name the time more closely: "10 a.m. Eastern Time", "9 a.m. Monday". */
const TIME_FOLLOWERS = new Set(SPLITTING.timeFollowers.words);
/** Words that open a sentence with a time phrase: "At 10 a.m. Secretary Esper met …". */
const TIME_OPENERS = new Set(SPLITTING.timeOpeners.words);

/** Split one paragraph (no blank lines inside) into trimmed sentences. */
export function splitParagraph(paragraph: string): string[] {
  const text = paragraph.replace(/\s*\n\s*/g, ' ');
  const list = listMarkers(text);
  const sentences: string[] = [];
  let start = 0;
  const cut = (at: number, from: number) => {
    const sentence = text.slice(start, at).trim();
    if (sentence) sentences.push(sentence);
    start = from;
  };
  let i = 0;
  while (i < text.length) {
    // A list item starts a sentence of its own: "1. The first item 2. The second item".
    if (list.cuts.has(i) && i > start) cut(i, i);
    const ch = text[i] as string;
    if (!TERMINAL.test(ch) || list.inside.has(i)) {
      i++;
      continue;
    }
    const spaced = spacedEllipsis(text, i);
    if (spaced) {
      const next = skipSpace(text, spaced.end);
      if (next > spaced.end && next < text.length && /^\p{Lu}/u.test(nextWord(text, next))) {
        // "compounds. . . . The practice": the period ends the sentence and the
        // three spaced dots open the next one, as MLA writes an omission there.
        if (spaced.attached && spaced.dots >= 4) cut(i + 1, skipSpace(text, i + 1));
        // ". . ." between spaces marks words left out inside a sentence; four
        // of them (or three after a word) end it.
        else if (spaced.attached || spaced.dots >= 4) cut(spaced.end, next);
      }
      i = spaced.end;
      continue;
    }
    // The terminal run: "." "..." "?!" "…", then closing quotes or brackets.
    let end = i;
    while (end < text.length && TERMINAL.test(text[end] as string)) end++;
    while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
    // A boundary needs whitespace after it: "U.S.-Japan", "$1.5", "e.g.," are not.
    // A zero-width space counts as one; other invisible characters are skipped.
    const next = skipSpace(text, end);
    if (!/[\s\u200b]/u.test(text.slice(end, next)) || next >= text.length) {
      i = end;
      continue;
    }
    if (list.cuts.has(next) || isBoundary(text, start, i, end, next)) cut(end, next);
    i = end;
  }
  cut(text.length, text.length);
  return sentences;
}

/** Past whitespace and invisible characters (soft hyphen, zero-width space, BOM …). */
function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s\p{Default_Ignorable_Code_Point}]/u.test(text[i] as string)) i++;
  return i;
}

/**
 * ". . ." (periods with single spaces between) at `at`: how many dots, whether
 * the first is attached to the word before ("complex. . . ."), and the end of
 * the run with any closing quotes.
 */
function spacedEllipsis(text: string, at: number): { dots: number; attached: boolean; end: number } | null {
  const match = /^\.(?: \.)+/.exec(text.slice(at, at + 16));
  if (!match) return null;
  const dots = (match[0].length + 1) / 2;
  if (dots < 3) return null;
  let end = at + match[0].length;
  while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
  return { dots, attached: at > 0 && !/\s/u.test(text[at - 1] as string), end };
}

/**
 * Numbered and lettered list items inside a paragraph: "1. … 2. …",
 * "1.) …", "a) … b) …", "• 9. … • 10. …". A marker is a number of one or two
 * digits or a lowercase letter, then ".", ".)" or ")", then a capital. It
 * counts only at the paragraph's start, or as one of a run of consecutive
 * markers of the same style that begins at 1 (or "a"), or that all carry a
 * bullet, so "under Article 5. The" or "plan b. The" stay prose; nor after a
 * capitalised word ("Phase 1. The" is a name) or inside "(1)".
 *
 * Returns the indexes of the markers' own periods (never a sentence end) and
 * the places where an item starts (always a sentence start).
 */
function listMarkers(text: string): { inside: Set<number>; cuts: Set<number> } {
  const inside = new Set<number>();
  const cuts = new Set<number>();
  if (!/(?:\d|\b[a-z])\.?\)?\s/.test(text)) return { inside, cuts };
  const MARKER = /(?<=^|\s)([•‣⁃◦▪]\s?)?(\d{1,2}|[a-z])(\.\)|\.|\))(?=\s+["“‘']?\p{Lu})/gu;
  interface Marker {
    at: number;
    dot: number;
    value: number;
    style: string;
    bullet: boolean;
  }
  const markers: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const at = m.index;
    const label = m[2] as string;
    const before = text.slice(Math.max(0, at - 40), at).trimEnd();
    if (at > 0 && !m[1] && /(?:^|\s)["“(]?\p{Lu}[\p{L}\p{N}'’-]*$/u.test(before)) continue;
    const digits = /\d/.test(label);
    markers.push({
      at,
      dot: at + (m[1]?.length ?? 0) + label.length,
      value: digits ? Number(label) : label.charCodeAt(0) - 96,
      style: `${digits ? 'n' : 'a'}${m[3]}`,
      bullet: Boolean(m[1]),
    });
  }
  const chains: Marker[][] = [];
  // Each chain waits for its next value: "n." after "1." waits for "2.".
  const waiting = new Map<string, Marker[]>();
  for (const marker of markers) {
    const key = `${marker.style}${marker.value}`;
    let chain = waiting.get(key);
    if (chain) waiting.delete(key);
    else chains.push((chain = []));
    chain.push(marker);
    waiting.set(`${marker.style}${marker.value + 1}`, chain);
  }
  for (const chain of chains) {
    const first = chain[0] as Marker;
    const listed = chain.length >= 2 && (first.value === 1 || chain.every((m) => m.bullet));
    for (const marker of chain) {
      if (!listed && marker.at !== 0) continue;
      if (text[marker.dot] === '.') inside.add(marker.dot);
      cuts.add(marker.at);
    }
  }
  return { inside, cuts };
}

/**
 * Decide whether the terminal run text[at..end) followed by whitespace and the
 * word at `next` ends the sentence that began at `start`.
 */
function isBoundary(text: string, start: number, at: number, end: number, next: number): boolean {
  const following = nextWord(text, next);
  // A new sentence starts with a capital letter, possibly behind an opening quote
  // or bracket. Lowercase and digits continue it ("e.g. space", "Jan. 14").
  if (!/^\p{Lu}/u.test(following)) return false;
  // Inside an open parenthesis that closes later, keep going: a caption credit
  // like "(Picture source: U.S. DoD. Photo by …)" is one unit.
  if (insideParentheses(text, start, end)) return false;
  // A citation after a quotation belongs to it: '"… [...]" (Smith 55).'
  if (isCitation(text, at, end, next)) return false;

  const run = text.slice(at, end);
  // "?", "!" and ellipses always end a sentence before a capital.
  if (!run.startsWith('.') || run.startsWith('..')) return true;
  // Closing quote/bracket after the period: the abbreviation question is moot.
  if (end > at + 1) return true;

  // "India-U.S. Major Defense Partnership": the word is the part after the hyphen.
  const word = wordBefore(text, start, at).split('-').pop() ?? '';
  const lower = word.toLowerCase();
  const followingLower = following.toLowerCase();
  if (TITLES.has(lower) || INNER.has(lower)) return false;
  if (NAME_ENDS.has(lower)) return true;
  const opens = STARTERS.has(followingLower);
  if (TIMES.has(lower)) return opens || isTimeBoundary(text, start, at, next, followingLower);
  // Initials and initialisms: "T.", "C.Q.", "U.S.", "a.m.".
  const isInitial = /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (isInitial || AMBIGUOUS.has(lower)) return opens;
  return true;
}

/**
 * After "a.m." or "p.m." a capital starts a new sentence ("He left the bank
 * at 6 P.M. Mr. Smith then went to the store"), unless the sentence so far is
 * only the time that opens it ("At 10 a.m. Secretary Esper met …") or the next
 * word names the time more closely ("10 a.m. Eastern Time", "9 a.m. Monday",
 * "8 a.m. Hawaii time").
 */
function isTimeBoundary(text: string, start: number, at: number, next: number, followingLower: string): boolean {
  if (TIME_FOLLOWERS.has(followingLower) || /^\p{Lu}\p{L}*\s+time\b/u.test(text.slice(next, next + 40))) return false;
  // Six words or fewer fit in 80 characters; a longer sentence so far is more than its opening time.
  if (at - start > 80) return true;
  const before = text.slice(start, at).trim().split(/\s+/);
  const first = (before[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  return !(before.length <= 6 && TIME_OPENERS.has(first));
}

/**
 * True when a closing quotation at text[at..end) is followed by a
 * parenthesised citation that ends the sentence: '"… stairways [...]" (Smith 55).'
 */
function isCitation(text: string, at: number, end: number, next: number): boolean {
  if (text[next] !== '(' || !QUOTES.includes(text[end - 1] as string)) return false;
  if (
    !text
      .slice(at, end)
      .split('')
      .some((c) => QUOTES.includes(c))
  )
    return false;
  const close = text.indexOf(')', next);
  if (close < 0 || text.slice(next + 1, close).includes('(')) return false;
  return TERMINAL.test(text[close + 1] ?? '');
}

/** The word just before the period at `at`, without opening quotes or brackets. */
function wordBefore(text: string, start: number, at: number): string {
  let from = at;
  while (from > start && !/\s/u.test(text[from - 1] as string)) from--;
  let word = text.slice(from, at);
  while (word && OPENERS.includes(word[0] as string)) word = word.slice(1);
  return word;
}

/** The next word (letters, digits, apostrophes), skipping opening quotes/brackets. */
function nextWord(text: string, from: number): string {
  let i = from;
  while (i < text.length && OPENERS.includes(text[i] as string)) i++;
  const match = /^[\p{L}\p{N}'’]+/u.exec(text.slice(i, i + 40));
  return match ? match[0] : text.slice(i, i + 1);
}

/** True when text[start..end) leaves a parenthesis open. */
function insideParentheses(text: string, start: number, end: number): boolean {
  // Scanned in place and back to the sentence's start only: a slice would cost a
  // copy per period in a sentence that never ends (10,000 characters of
  // initials), and lastIndexOf would search the whole paragraph before it,
  // quadratic in a paragraph of many sentences (a 2 MB one took a minute).
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_PAREN) return false;
    // Only when the parenthesis really closes later in the paragraph: a stray "("
    // in scraped text must not glue the rest of the paragraph together.
    if (c === OPEN_PAREN) return text.indexOf(')', end) >= 0;
  }
  return false;
}
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
