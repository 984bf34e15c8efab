/**
 * Everyday idioms in a question (rule `lexicon-idiom`, data/lexicon/phrases.json): where they are, whether the
 * corpus writes their own words (then they are read literally), and the readout-register words they are read as.
 *
 * @example
 * writtenTogether(index, 'stand with')   // → true
 * writtenTogether(index, 'pat on the back')   // → false
 * idiomReadings(index, ['commend', 'exchanged views']).map((r) => r.word)   // → ['commend', 'exchanged views']
 * idiomReading(index, 'stand with', ['solidarity'])?.map((r) => r.word)   // → ['stand', 'solidarity']
 * idiomReading(index, 'pat on the back', ['commend'])?.map((r) => r.word)   // → ['commend']
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { terms, words, type Word } from '../../text/terms.ts';
import { phraseAt } from '../../lexicon/index.ts';
import { DEFAULTS } from '../defaults.ts';
import { readAs, type VerbReading } from './verbForms.ts';
import type { Concept } from './concepts.ts';
import { applied } from '../explain.ts';
import { widenTarget } from './widenTarget.ts';

/** A reviewed reading is as sure as WordNet's first sense: the widest weight a widened word takes. */
const WIDEST = DEFAULTS.reading.widenMax;

/** An idiom typed in a question: where, what readouts write for it, and where a name filled its slot. */
export interface Idiom {
  start: number;
  end: number;
  means: readonly string[];
  /** Starts of the words that filled a slot with a name ("keep *japan* in the loop"): read as typed too. */
  names: number[];
}

/** Idioms of the lexicon in a question's words, left to right, longest first, none across an entity's name. */
export function idiomsIn(all: readonly Word[], entities: readonly (readonly [number, number])[]): Idiom[] {
  const lower = all.map((w) => w.word);
  const out: Idiom[] = [];
  for (let k = 0; k < all.length; k++) {
    const found = phraseAt(lower, k);
    if (!found) continue;
    const start = (all[k] as Word).start;
    const end = (all[k + found.length - 1] as Word).end;
    if (entities.some(([a, b]) => a < end && start < b)) continue;
    out.push({ start, end, means: found.means, names: found.names.map((j) => (all[k + j] as Word).start) });
    k += found.length - 1;
  }
  return out;
}

/** Whether one sentence of the corpus holds every term of `phrase` ("stand with" → stand). */
export function writtenTogether(index: SentenceIndex, phrase: string): boolean {
  const ids = terms(phrase).map((t) => index.termId(t));
  if (!ids.length || ids.some((id) => id === undefined || index.df(id) === 0)) return false;
  const lists = (ids as number[]).map((id) => index.postings(id)).sort((a, b) => a.length - b.length);
  const [first, ...rest] = lists as [Uint32Array, ...Uint32Array[]];
  // Postings are ascending: the rarest term's sentences, each looked up by halving in the others (a scan of
  // common words' postings at 10,000 readouts would cost milliseconds).
  return first.some((sentence) => rest.every((list) => holds(list, sentence)));
}

/**
 * Whether one sentence writes most of `phrase` (a `share` of its terms, two at least), in its order, each within
 * three terms of the last: "U.N Convention on the Law of the Sea" for UNCLOS's "United Nations Convention on the Law
 * of the Sea"; not "defense system … rockets and artillery" for HIMARS's "High Mobility Artillery Rocket System".
 */
export function writtenMostly(index: SentenceIndex, phrase: string, share: number): boolean {
  const ids = terms(phrase).map((t) => index.termId(t) ?? -1);
  const need = Math.max(2, Math.ceil(share * ids.length));
  const lists = ids
    .filter((id) => id >= 0 && index.df(id) > 0)
    .map((id) => index.postings(id))
    .sort((a, b) => a.length - b.length);
  if (lists.length < need) return false;
  // A sentence with `need` of the terms holds one of the rarest lists.length - need + 1 of them.
  for (const list of lists.slice(0, lists.length - need + 1)) {
    for (const sentence of list) if (inOrder(index.termsOf(sentence), ids) >= need) return true;
  }
  return false;
}

/** How many of `ids` a term sequence holds in their order, each within three terms of the one before. */
function inOrder(seq: ArrayLike<number>, ids: readonly number[]): number {
  let best = 0;
  for (let p = 0; p < seq.length; p++) {
    const k = ids.indexOf(seq[p] as number);
    if (k < 0) continue;
    let matched = 1;
    let last = p;
    for (let j = k + 1; j < ids.length; j++) {
      for (let q = last + 1; q <= Math.min(seq.length - 1, last + 3); q++) {
        if (seq[q] === ids[j]) {
          matched++;
          last = q;
          break;
        }
      }
    }
    best = Math.max(best, matched);
  }
  return best;
}

/** Whether an ascending list holds a value (binary search). */
function holds(list: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid] as number;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * What an idiom's register words are in this corpus, at the synonym weight: a word by its term, a phrase by
 * its alias entity ("burden sharing") or else its rarest word the corpus writes in lower case ("territorial
 * integrity" → integrity).
 */
export function idiomReadings(index: SentenceIndex, means: readonly string[]): VerbReading[] {
  const out: VerbReading[] = [];
  for (const word of means) {
    let id = widenTarget(index, word, { phrases: true });
    // Several terms, spaced or hyphenated ("self-defense"): the rarest the corpus writes in lower case.
    if (id === undefined && terms(word).length > 1) {
      const ids = terms(word)
        .map((t) => widenTarget(index, t))
        .filter((x): x is number => x !== undefined);
      id = ids.sort((a, b) => index.df(a) - index.df(b))[0];
    }
    // A reviewed reading, as sure as WordNet's first sense: the widest weight a widened word takes.
    if (id !== undefined && !out.some((r) => r.id === id)) out.push({ word, id, weight: WIDEST });
  }
  return out;
}

/**
 * How to read an idiom typed as `raw`: its register words, and, when its one content word is one the corpus
 * writes ("stand with Turkey", "defend itself"), that word as typed too, at full weight. Undefined when the corpus
 * writes its several content words together ("pat … on the back"): then the words are read as typed.
 */
export function idiomReading(index: SentenceIndex, raw: string, means: readonly string[]): VerbReading[] | undefined {
  const own = terms(raw);
  if (own.length > 1) return writtenTogether(index, raw) ? undefined : idiomReadings(index, means);
  const id = own.length === 1 && index.df(own[0] as string) > 0 ? index.termId(own[0] as string) : undefined;
  if (id === undefined) return idiomReadings(index, means);
  return [{ word: index.surface(id) ?? (own[0] as string), id, weight: 1 }, ...idiomReadings(index, means).filter((r) => r.id !== id)];
}

/**
 * After a question's words are read: an idiom read literally ("first time": some readout writes it) keeps its
 * meaning on its words, for readouts that do not write it (select.ts); one of stop words only ("than they have ever
 * been") has no term to be read by, and is read here. The concepts to add.
 */
export function idiomsLeft(
  index: SentenceIndex,
  text: string,
  idioms: readonly Idiom[],
  read: ReadonlySet<Idiom>,
  kept: readonly { start: number }[],
  concepts: Concept[],
  questionWord: (word: string) => boolean,
): Concept[] {
  const out: Concept[] = [];
  for (const idiom of idioms.filter((x) => !read.has(x))) {
    for (const c of concepts) if (c.start >= idiom.start && c.end <= idiom.end) c.idiom = idiom.means;
    if (kept.some((w) => w.start >= idiom.start && w.start < idiom.end)) continue;
    const raw = text.slice(idiom.start, idiom.end);
    // One headed by a word the reader drops as the question's own ("bring up" in "did austin bring up the BDF?": the
    // question's verb) is not read here.
    if (questionWord(words(raw)[0]?.word ?? '')) continue;
    const readings = idiomReading(index, raw, idiom.means) ?? [];
    if (!readings.length) continue;
    applied('lexicon-idiom');
    out.push(readAs(index, raw, readings, kept.filter((w) => w.start < idiom.start).length, idiom.start, idiom.end));
  }
  return out;
}
