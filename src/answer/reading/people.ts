/**
 * People, as the corpus writes them: whether a capitalised word is a person's
 * name (an office word stands before it in some opening: "Defense Minister
 * Nobuo Kishi"), which given names the corpus writes before a surname ("Jim
 * Mattis", "James N. Mattis"), and the span of a person's readouts for "under
 * Esper" / "since Austin took office". Learned from the corpus itself, once per
 * index and name.
 *
 * @example
 * isPerson(index, index.termId('kishi'))   // → true
 * tenureResolver(index)('Esper')   // → { first: '2020-01-14', last: '2020-08-29' }
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from './concepts.ts';
import { ROLE_WORDS } from './extract.ts';
import { fold, term, terms, words } from '../../text/terms.ts';
import type { TenureResolver } from './dateFilter.ts';
import type { People } from './lexical.ts';
import { HEAD, layout, whereNamed } from './layout.ts';
import { DEFAULTS } from '../defaults.ts';
import { capitalOf, countryNamed } from './vocabulary.ts';

/** What reading needs to know about people, for src/answer/reading/lexical.ts. */
export const PEOPLE: People = {
  isPerson: (index, id) => isPerson(index, id),
  givenNamesBefore: (index, id) => givenNamesBefore(index, id),
  writtenBefore: (index, given, surname) => writtenBefore(index, given, surname),
};

/** Words that may stand between a given name and the surname: initials, a middle name ("James N. Mattis"). */
const NAME_GAP = DEFAULTS.reading.nameGap;
/** Opening sentences read at most to decide that a name is a person's. */
const PERSON_SCAN = DEFAULTS.reading.personScan;

/**
 * True when some opening sentence writes `given` up to NAME_GAP words before
 * `surname` ("Jim Mattis", "James N. Mattis", "Ngo Xuan Lich"): learned from
 * the corpus itself, one pass over the rarer term's postings, stopping at the
 * first such sentence.
 */
export function writtenBefore(index: SentenceIndex, given: number, surname: number): boolean {
  const { isOpening } = layout(index);
  const rarer = index.df(given) <= index.df(surname) ? given : surname;
  const postings = index.postings(rarer);
  for (let k = 0; k < postings.length; k++) {
    const s = postings[k] as number;
    if (!isOpening[s]) continue;
    const seq = index.termsOf(s);
    for (let p = 0; p < seq.length; p++) {
      if (seq[p] !== surname) continue;
      for (let q = Math.max(0, p - NAME_GAP); q < p; q++) if (seq[q] === given) return true;
    }
  }
  return false;
}

/**
 * True when an opening sentence writes an office word shortly before the name
 * ("Secretary of Defense Lloyd J. Austin III", "Defense Minister Nobuo
 * Kishi"): a person, not a country ("Japanese Minister …").
 */
export function isPerson(index: SentenceIndex, id: number): boolean {
  // A fact of the corpus, not of the question: read once per index and term.
  let known = persons.get(index);
  if (!known) persons.set(index, (known = new Map()));
  const cached = known.get(id);
  if (cached !== undefined) return cached;
  // A capital or a country is a place ("Prime Minister Abadi … in Baghdad" writes an office shortly before it).
  const word = index.surface(id)?.toLowerCase() ?? '';
  const person = capitalOf(word) === undefined && countryNamed(word) === undefined && scanForPerson(index, id);
  known.set(id, person);
  return person;
}

const persons = new WeakMap<SentenceIndex, Map<number, boolean>>();

/**
 * The given names the corpus writes before a person's surname, each with the
 * full name as written: for Mattis, "james" → "James N. Mattis" and "jim" →
 * "Jim Mattis". Read from opening sentences and titles (up to PERSON_SCAN),
 * once per index and surname; the first capitalised word of the up to
 * NAME_GAP words before the surname that is no office word is the given name.
 */
export function givenNamesBefore(index: SentenceIndex, surname: number): ReadonlyMap<string, string> {
  let known = givens.get(index);
  if (!known) givens.set(index, (known = new Map()));
  const cached = known.get(surname);
  if (cached) return cached;
  const out = new Map<string, string>();
  const { isOpening } = layout(index);
  const t = index.data.vocab[surname];
  const texts: string[] = [];
  let read = 0;
  for (const s of index.postings(surname)) {
    if (!isOpening[s]) continue;
    if (++read > PERSON_SCAN) break;
    texts.push(index.text(s));
  }
  for (const n of layout(index).titleReadouts.get(surname) ?? []) {
    if (texts.length >= 2 * PERSON_SCAN) break;
    texts.push((index.readouts[n] as { title: string }).title);
  }
  for (const text of texts) {
    const ws = words(text);
    for (let at = 0; at < ws.length; at++) {
      if (term((ws[at] as { word: string }).word) !== t) continue;
      for (let q = Math.max(0, at - NAME_GAP); q < at; q++) {
        const w = ws[q] as { word: string; raw: string; capitalized: boolean; start: number };
        if (!w.capitalized || ROLE_WORDS.has(w.raw) || w.raw.length < 2 || /\.$/.test(w.raw)) continue;
        // Only names between it and the surname: "James N. Mattis", not "Secretary Mattis and Minister Kono".
        if (!ws.slice(q + 1, at).every((x) => x.capitalized && !ROLE_WORDS.has(x.raw))) continue;
        if (!out.has(w.word)) out.set(w.word, fold(text).slice(w.start, (ws[at] as { end: number }).end));
        break;
      }
    }
  }
  known.set(surname, out);
  return out;
}

const givens = new WeakMap<SentenceIndex, Map<number, ReadonlyMap<string, string>>>();

/** Word ids of the office words (ROLE_WORDS, folded as the index keeps words). */
function roleWordIds(index: SentenceIndex): Set<number> {
  let known = roleWords.get(index);
  if (!known) {
    known = new Set();
    for (const role of ROLE_WORDS) {
      const id = index.wordId(words(role)[0]?.word ?? '');
      if (id !== undefined) known.add(id);
    }
    roleWords.set(index, known);
  }
  return known;
}

const roleWords = new WeakMap<SentenceIndex, Set<number>>();

function scanForPerson(index: SentenceIndex, id: number): boolean {
  const { isOpening } = layout(index);
  const t = index.data.vocab[id];
  const roles = roleWordIds(index);
  let read = 0;
  for (const s of index.postings(id)) {
    if (!isOpening[s]) continue;
    if (++read > PERSON_SCAN) break;
    // The sentence's words in place first: only an opening with an office word
    // (in any case) before the name is read as text, where the case is checked.
    // Reading 200 openings of a country from the snapshot cost 50-70 ms at 40,000 readouts.
    const seq = index.wordsOf(s);
    let named = 0;
    while (named < seq.length && index.termOfWord(seq[named] as number) !== id) named++;
    let office = false;
    for (let q = Math.max(0, named - NAME_GAP - 1); q < named && named < seq.length && !office; q++) office = roles.has(seq[q] as number);
    if (!office) continue;
    const ws = words(index.text(s));
    const at = ws.findIndex((w) => term(w.word) === t);
    for (let q = Math.max(0, at - NAME_GAP - 1); q < at; q++) if (ROLE_WORDS.has((ws[q] as { raw: string }).raw)) return true;
  }
  return false;
}

/** "since Austin took office", "under Esper": the first and last dates of that person's readouts. */
export function tenureResolver(index: SentenceIndex): TenureResolver {
  return (name) => {
    const surname = terms(name)
      .reverse()
      .find((t) => {
        const id = index.termId(t);
        return (
          id !== undefined && /^\p{Lu}/u.test(index.surface(id) ?? '') && !ROLE_WORDS.has(index.surface(id) ?? '') && isPerson(index, id)
        );
      });
    if (!surname) return null;
    const id = index.termId(surname);
    if (id === undefined) return null;
    const concept: Concept = {
      label: name,
      start: 0,
      end: 0,
      alternatives: new Map([[id, 1]]),
      weight: 1,
      known: true,
      kind: 'term',
      position: 0,
      raw: name,
    };
    const where = whereNamed(index, concept);
    let first = '';
    let last = '';
    where.forEach((bits, n) => {
      const date = index.readouts[n]?.date;
      if (!(bits & HEAD) || !date) return;
      if (!first || date < first) first = date;
      if (date > last) last = date;
    });
    return first ? { first, last } : null;
  };
}
