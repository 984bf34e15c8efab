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

/** A paragraph is a run of lines separated from the next by a blank line. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    // Single line breaks inside a paragraph are soft wraps, as in Markdown.
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** Every sentence of every paragraph, in order. */
export function splitSentences(text: string): string[] {
  return splitParagraphs(text).flatMap(splitParagraph);
}

/**
 * Words that end in a period but precede a name: a title or rank is never the
 * last word of a sentence in readout prose ("Lt. Gen. Kevin B. Schneider").
 */
const TITLES = new Set(
  [
    'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Hon', 'Sen', 'Rep', 'Gov', 'Amb', 'Pres',
    'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt',
    'Spc', 'Ens', 'Supt', 'St', 'Mt', 'Ft',
  ].map((w) => w.toLowerCase()),
);

/** Abbreviations that only ever sit inside a sentence ("e.g. space and cyber"). */
const INNER = new Set(['e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'ca']);

/**
 * Abbreviations that may or may not end a sentence ("at 10 a.m.", "the
 * U.S."). They end one only when the next word is one that typically opens a
 * sentence (see STARTERS). Month names need no rule: before a day ("Sept. 17")
 * the digit already keeps the sentence going, and a capital after "Jun." is
 * more likely a new sentence after a name like "Dong Jun".
 */
const AMBIGUOUS = new Set(['No', 'Nos', 'Inc', 'Co', 'Corp', 'Ltd', 'Bros', 'etc', 'Esq', 'Dept'].map((w) => w.toLowerCase()));

/** "Jr." and "Sr." close a name: any capital after them starts a new sentence. */
const NAME_ENDS = new Set(['jr', 'sr']);

/**
 * Closed-class words that open most sentences. After an ambiguous
 * abbreviation, "The" signals a new sentence while "Secretary" or "Forces"
 * (as in "U.S. Forces Japan") signals a name continuing.
 */
const STARTERS = new Set(
  [
    'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these',
    'those', 'there', 'both', 'each', 'all', 'his', 'her', 'its', 'our', 'their', 'in', 'on',
    'at', 'as', 'for', 'during', 'after', 'before', 'while', 'when', 'however', 'also',
    'additionally', 'further', 'furthermore', 'moreover', 'meanwhile', 'following', 'earlier',
    'later', 'today', 'yesterday', 'tomorrow', 'but', 'and', 'or', 'so', 'yet', 'if', 'since',
    'although', 'though', 'because', 'to', 'with', 'by', 'from', 'under', 'throughout', 'no',
    'not', 'one', 'two', 'three', 'several', 'many', 'most', 'some', 'other', 'another',
  ],
);

const TERMINAL = /[.!?…]/u;
const CLOSERS = '"”’\')]»';
const OPENERS = '"“‘\'([«';

/** Split one paragraph (no blank lines inside) into trimmed sentences. */
export function splitParagraph(paragraph: string): string[] {
  const text = paragraph.replace(/\s*\n\s*/g, ' ');
  const sentences: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (!TERMINAL.test(ch)) {
      i++;
      continue;
    }
    // The terminal run: "." "..." "?!" "…", then closing quotes or brackets.
    let end = i;
    while (end < text.length && TERMINAL.test(text[end] as string)) end++;
    while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
    // A boundary needs whitespace after it: "U.S.-Japan", "$1.5", "e.g.," are not.
    let next = end;
    while (next < text.length && /\s/u.test(text[next] as string)) next++;
    if (next === end || next >= text.length) {
      i = end;
      continue;
    }
    if (isBoundary(text, start, i, end, next)) {
      sentences.push(text.slice(start, end).trim());
      start = next;
    }
    i = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
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
  // Initials and initialisms: "T.", "C.Q.", "U.S.", "a.m.".
  const isInitial = /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (isInitial || AMBIGUOUS.has(lower)) return STARTERS.has(followingLower);
  return true;
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
  const before = text.slice(start, end);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.lastIndexOf(')') > open) return false;
  // Only when the parenthesis really closes later in the paragraph: a stray "("
  // in scraped text must not glue the rest of the paragraph together.
  return text.indexOf(')', end) >= 0;
}
