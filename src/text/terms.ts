/**
 * Words → search terms, the same way for sentences and for questions.
 *
 * 1. fold: invisible characters (soft hyphen, zero-width space …) out, Unicode
 *    compatibility form, accents off ("vis-à-vis" → "vis-a-vis"), curly
 *    apostrophes straight;
 * 2. words: letters and digits; hyphens and slashes separate words, so
 *    "ship-to-ship" and "Indo-Pacific" are found by either part; dotted
 *    initialisms join up ("U.S." → "us"); a possessive "'s" goes;
 * 3. terms: lowercase, stop words dropped, irregular forms and demonyms mapped
 *    to one word ("met" → "meet", "Japanese" → "japan", "defence" → "defense"),
 *    then Porter-stemmed by the `stemmer` package ("discussed" → "discuss").
 *
 * @example
 * terms("Japan’s steps towards completing the purchase") // → ['japan', 'step', 'toward', 'complet', 'purchas']
 */
import { stemmer } from 'stemmer';
import { z } from 'zod';
import { readDataFile } from '../data.ts';
import { MONTH_ABBREVIATIONS, MONTHS, SEPTEMBER_SHORT } from './months.ts';
import { numberWords } from './numbers.ts';

const ASCII = /^[\x00-\x7f]*$/;
/**
 * Characters that render as nothing: soft hyphens, zero-width spaces and
 * joiners, word joiners, a BOM inside text. Pasted web text hides them inside
 * words ("Mage\u00adshima"), where they would split one word into two.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * The text without invisible characters. fold() does this first; input that
 * is read before it is folded (a question's words are split on \s, which in
 * JavaScript includes U+FEFF) goes through this at the engine's door.
 */
export function dropInvisible(text: string): string {
  return ASCII.test(text) ? text : text.replace(INVISIBLE, '');
}

/** The ASCII a team types for Latin letters that have no accent to strip. */
const LATIN_LETTERS: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};

/** Drop invisible characters, compatibility-fold, strip accents, straighten quotes, unify dashes. */
export function fold(text: string): string {
  // Most readout text is plain ASCII, which folding leaves as it is.
  if (ASCII.test(text)) return text;
  return (
    text
      .replace(INVISIBLE, '')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      // Letters NFKD leaves whole, typed as ASCII by anyone without them ("Søreide" as Soreide, "Łukasz" as Lukasz).
      .replace(/[øØæÆœŒßłŁđĐðÐþÞı]/g, (c) => LATIN_LETTERS[c] ?? c)
      .replace(/[‘’ʼ′`´]/g, "'")
      .replace(/[“”″«»]/g, '"')
      .replace(/[‐‑‒–—―−]/g, '-')
  );
}

export interface Word {
  /** The word folded and lowercased, initialisms joined ("u.s." → "us"). */
  word: string;
  /** Offsets of the word in the folded text (see fold), end exclusive. */
  start: number;
  end: number;
  /** True when the word was written with a leading capital (a name, most often). */
  capitalized: boolean;
  /** The word as written (folded, case kept, possessive dropped): "U.S.", "Japan". */
  raw: string;
}

// A per-cent sign is a word of its own, so "2%" reads as "2 percent" (see SAME_AS).
const WORD = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|%/gu;

/** The words of a text, in order. */
/** An acronym of two or more capitals glued to a capitalised word: "ROKNational" → ROK, National. */
const GLUED = /^([A-Z]{2,})(?=[A-Z][a-z]{2,}$)/;

export function words(text: string): Word[] {
  const folded = fold(text);
  const out: Word[] = [];
  // This runs for every sentence of the corpus: plain string checks, not regexes, per word.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match; match = WORD.exec(folded)) {
    let raw = match[0];
    const n = raw.length;
    if (n > 2 && raw[n - 2] === "'" && (raw[n - 1] === 's' || raw[n - 1] === 'S')) raw = raw.slice(0, n - 2);
    let word = raw.toLowerCase();
    if (word.includes('.') || word.includes("'")) word = word.replace(/[.']/g, '');
    if (!word) continue;
    const first = raw.charCodeAt(0);
    const capitalized = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(raw);
    // Scraped text glues an acronym to the next word ("ROKNational Security Advisor"): two words.
    const second = raw.charCodeAt(1);
    const glued = capitalized && n > 4 && second >= 65 && second <= 90 && GLUED.exec(raw);
    if (glued) {
      const head = glued[1] as string;
      out.push({ word: head.toLowerCase(), start: match.index, end: match.index + head.length, capitalized, raw: head });
      const tail = raw.slice(head.length);
      out.push({ word: tail.toLowerCase(), start: match.index + head.length, end: match.index + raw.length, capitalized, raw: tail });
      continue;
    }
    out.push({ word, start: match.index, end: match.index + raw.length, capitalized, raw });
  }
  return out;
}

const FormList = z.object({ why: z.string().min(1), forms: z.record(z.string().min(1), z.string().min(1)) });
/** data/text/terms.json: stop words and the forms one term stands for, each list with why it exists. */
const TERMS = readDataFile(
  'text/terms.json',
  z.object({
    stopWords: z.object({ why: z.string().min(1), words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }),
    irregularVerbs: FormList,
    demonyms: FormList,
    britishSpellings: FormList,
    symbols: FormList,
  }),
);

/**
 * Function words that carry no topic. Kept short on purpose: "no", "not" and
 * numbers stay searchable in quotes (which do not use terms at all), and
 * domain words like "defense" are common but not empty.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(TERMS.stopWords.words);

/**
 * One word for forms a stemmer cannot join: irregular verbs, demonyms (a
 * readout says "Japanese Defense Minister" where a user asks about "Japan"),
 * British spellings, month abbreviations ("Feb. 12" in a readout, "the jan
 * 2021 call" in a question; src/text/months.ts) and numbers in words ("two
 * percent" = "2%"; src/text/numbers.ts).
 */
// A Map, not an object: a word typed by a user ("constructor", "toString") must never find Object's own keys.
const SAME_AS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ...TERMS.irregularVerbs.forms,
    ...TERMS.demonyms.forms,
    ...TERMS.britishSpellings.forms,
    ...Object.fromEntries(
      [...MONTH_ABBREVIATIONS.map((a, m) => [a, MONTHS[m] as string] as const), [SEPTEMBER_SHORT, MONTHS[8] as string] as const].filter(
        ([a, name]) => a !== name,
      ),
    ),
    ...TERMS.symbols.forms,
    ...Object.fromEntries([...numberWords()].map(([word, value]) => [word, String(value)])),
  }),
);

/**
 * Terms already computed, by word: a corpus uses a few tens of thousands of
 * words millions of times. Bounded, since questions bring arbitrary words.
 */
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 200_000;

/** The search term for one word, or null for a stop word. */
export function term(word: string): string | null {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const same = SAME_AS.get(lower) ?? lower;
  // Digits stay as written ("21", "2016"); the stemmer is for English words.
  const stem = STOP_WORDS.has(lower) ? null : /^\d+$/.test(same) ? same : stemmer(same);
  // Porter stems "use", "uses", "used", "using" to "us", which is also "U.S." once its initials are joined: the
  // verb must not find (or be) the United States.
  const result = stem === 'us' && same !== 'us' && lower !== 'u.s' && lower !== 'u.s.' ? 'use' : stem;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/** The search terms of a text, in order, stop words dropped. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const { word } of words(text)) {
    const t = term(word);
    if (t) out.push(t);
  }
  return out;
}
