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

/** Drop invisible characters, compatibility-fold, strip accents, straighten quotes, unify dashes. */
export function fold(text: string): string {
  // Most readout text is plain ASCII, which folding leaves as it is.
  if (ASCII.test(text)) return text;
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼ′`´]/g, "'")
    .replace(/[“”″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-');
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
    out.push({ word, start: match.index, end: match.index + raw.length, capitalized, raw });
  }
  return out;
}

/**
 * Function words that carry no topic. Kept short on purpose: "no", "not" and
 * numbers stay searchable in quotes (which do not use terms at all), and
 * domain words like "defense" are common but not empty.
 */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just me more most my myself nor
  of off on once only or other our ours ourselves out over own same she should so some such than that the
  their theirs them themselves then there these they this those through to too under until up very was we
  were what when where which while who whom why will with would you your yours yourself yourselves s t
  shall may might must upon via within without whether`.split(/\s+/),
);

/**
 * One word for forms a stemmer cannot join: irregular verbs, demonyms (a
 * readout says "Japanese Defense Minister" where a user asks about "Japan"),
 * British spellings.
 */
// biome-ignore format: a packed table reads better than one entry a line
const SAME_AS: Record<string, string> = {
  // irregular verbs common in readouts
  met: 'meet', spoke: 'speak', spoken: 'speak', said: 'say', says: 'say', told: 'tell', held: 'hold',
  took: 'take', taken: 'take', made: 'make', sent: 'send', gave: 'give', given: 'give', led: 'lead',
  thought: 'think', brought: 'bring', began: 'begin', begun: 'begin', sought: 'seek', struck: 'strike',
  undertook: 'undertake', reaffirmed: 'reaffirm', hosted: 'host',
  // demonyms → country or region
  american: 'us', americans: 'us', japanese: 'japan', korean: 'korea', koreans: 'korea',
  chinese: 'china', russian: 'russia', russians: 'russia', ukrainian: 'ukraine', ukrainians: 'ukraine',
  australian: 'australia', australians: 'australia', indian: 'india', indonesian: 'indonesia',
  philippine: 'philippines', filipino: 'philippines', vietnamese: 'vietnam', german: 'germany',
  french: 'france', british: 'uk', taiwanese: 'taiwan', afghan: 'afghanistan', iraqi: 'iraq',
  iranian: 'iran', syrian: 'syria', israeli: 'israel', polish: 'poland', italian: 'italy',
  canadian: 'canada', mexican: 'mexico', turkish: 'turkey', saudi: 'saudi', emirati: 'uae',
  singaporean: 'singapore', malaysian: 'malaysia', thai: 'thailand', pakistani: 'pakistan',
  european: 'europe', asian: 'asia', african: 'africa', danish: 'denmark',
  dutch: 'netherlands', norwegian: 'norway', swedish: 'sweden', finnish: 'finland',
  estonian: 'estonia', latvian: 'latvia', lithuanian: 'lithuania', romanian: 'romania',
  georgian: 'georgia', mongolian: 'mongolia', zealander: 'zealand', spanish: 'spain',
  // British spellings
  defence: 'defense', offence: 'offense', programme: 'program', centre: 'center',
  organisation: 'organization', organisations: 'organizations', honour: 'honor', labour: 'labor',
  favour: 'favor', realise: 'realize', recognise: 'recognize', emphasise: 'emphasize',
  emphasised: 'emphasized', prioritise: 'prioritize', modernisation: 'modernization',
  // month abbreviations: "Feb. 12" in a readout, "the jan 2021 call" in a question
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
  // numbers in words are numbers: "two percent" = "2%", "seventy years" = "70 years"
  '%': 'percent', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', ten: '10', eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50',
  sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100', thousand: '1000',
};

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
  const same = SAME_AS[lower] ?? lower;
  // Digits stay as written ("21", "2016"); the stemmer is for English words.
  const result = STOP_WORDS.has(lower) ? null : /^\d+$/.test(same) ? same : stemmer(same);
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
