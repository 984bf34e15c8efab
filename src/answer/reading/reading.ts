/**
 * Reading a question against a corpus: which of its words are *names* (people,
 * countries, places, bodies), which readouts those names select, and which
 * words are the focus that ranks sentences inside them. `/ask` answers from a
 * Reading, and other commands that check a claim can read it the same way.
 *
 * The rules, each named in DESIGN.md ("Concepts"):
 *
 * - **names select readouts** — a name is an alias entity shown capitalised, or
 *   a word the corpus writes capitalised that is not an office word
 *   ("Secretary", "Defense"). A readout whose title or opening sentence names
 *   it gives every one of its sentences full credit for it; a readout that
 *   names it only further down gives none (the sentence must); one that never names it cannot
 *   answer ("what did Hagel discuss with the Chinese minister?" is not
 *   answered from a Hagel readout without China).
 * - **a person is one topic however named** — a given name that opening
 *   sentences write just before the surname ("Jim Mattis", "James N. Mattis")
 *   is dropped, so every Mattis readout counts.
 * - **unknown names, numbers and counted things veto** — "Scarborough Shoal",
 *   "the 2024 summit", "how many subs", an alias-table thing ("INF Treaty")
 *   when the corpus has none of them: nothing answers, not a nearby sentence.
 * - **filler words weigh little** — a word the corpus never uses that is none
 *   of those ("annexation") weighs a tenth of the lightest known word when a
 *   rare name remains ("Crimea"); otherwise it keeps its full weight, so
 *   "hypersonic weapons" does not become "weapons". An unknown capitalised
 *   word gives way the same way to a rare topic word ("the Kabul evacuation").
 * - **the focus must be in the sentence** — names the readout's title or
 *   opening gives are selection; at least half the weight of the rest must be
 *   stated by the sentence itself (src/answer/ranking/rank.ts, \`focus\`).
 * - **meeting words are the readout's** — "call", "meet", "visit" in a
 *   question get full credit from a title or opening that says them ("…'s
 *   Call With …"), as names do.
 * - **the focus verb** — "what did X thank Y for?" adds the verb's family
 *   (src/answer/reading/focus.ts) as a concept the answer must hold.
 *
 * @example
 * const reading = readQuestionIn(index, 'what did Austin thank Kishi for?');
 * reading.names.map((c) => c.label)   // → ['Austin', 'Kishi']
 * reading.verb?.label                 // → 'thank'
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { conceptsOf, widenKnown, type Concept } from './concepts.ts';
import { readQuestion, type Question } from './question.ts';
import { familyTerms } from './focus.ts';
import { ROLE_WORDS } from './extract.ts';
import { MONTHS } from '../../text/dates.ts';
import { fold, term, terms, words } from '../../text/terms.ts';
import type { Resolvers, TenureResolver } from './dateFilter.ts';
import { resolveWords, type People } from './lexical.ts';
import { emptyNotes } from './notes.ts';
import { countryNamed, isEnglish, isOfficeWord as isOfficeTitle, isServiceWord } from './vocabulary.ts';
import { chatWord } from '../../lexicon/index.ts';
import type { ReadingNotes } from '../types.ts';

export interface Reading {
  question: Question;
  /** What the answer is scored on: names, content words, the focus verb, date words (bonus). */
  concepts: Concept[];
  /** The concepts that are names (see the module comment). */
  names: Concept[];
  /** The focus verb's family as a concept, if the question asks about one. */
  verb: Concept | null;
  /** Per readout: 1 when it names every known name of the question; null when there are none. */
  allowed: Uint8Array | null;
  /** Readouts whose title or opening names the most of the names, oldest first. */
  selected: number[];
  /** Credit a readout gives a name concept: 1 from its title or opening (BODY_CREDIT from its body). */
  context: (readout: number, concept: Concept) => number;
  /** Words the answer must have that the corpus never uses (then nothing answers). */
  missing: Concept[];
  /** How the question was read: chat ignored, words widened or dropped, names resolved (Answer.reading). */
  notes: ReadingNotes;
  /** English words no readout uses that were dropped (rule unknown-word-drop): the answer must then be certain. */
  dropped: Concept[];
  /** Topic words the corpus has but no readout the names select writes, even through synonyms (rule `absent-topic`). */
  absent: Concept[];
}

/** What reading needs to know about people, for src/answer/reading/lexical.ts. */
const PEOPLE: People = {
  isPerson: (index, id) => isPerson(index, id),
  givenNamesBefore: (index, id) => givenNamesBefore(index, id),
  writtenBefore: (index, given, surname) => writtenBefore(index, given, surname),
};

/**
 * Credit for a name a readout states only further down than its title or
 * opening: none. Such a name is a topic of the readout, not who met whom, so
 * the sentence itself must state it ("did Austin and Marles talk about the
 * PRC?" is answered by the sentence naming the PRC, not by the opening).
 */
const BODY_CREDIT = 0;
/** A known word this rare (share of the highest IDF) lets an unknown filler word weigh little. */
const RARE = 0.7;
/** What an unknown filler word weighs then, as a share of the lightest known concept. */
const FILLER = 0.1;

interface Layout {
  /** Sentence → 1 when it is its readout's opening sentence. */
  isOpening: Uint8Array;
  /** Term or entity id → readouts whose title has it. */
  titleReadouts: Map<number, number[]>;
}

const layouts = new WeakMap<SentenceIndex, Layout>();

/**
 * The opening sentence of a readout is its first one that is not a
 * "… provided the following readout:" line: it says who met whom, where.
 */
function layout(index: SentenceIndex): Layout {
  let known = layouts.get(index);
  if (known) return known;
  const isOpening = new Uint8Array(index.size);
  const titleReadouts = new Map<number, number[]>();
  index.readouts.forEach((r, n) => {
    let opening = r.first;
    while (opening < r.first + r.count - 1 && /:\s*$/.test(index.text(opening))) opening++;
    if (r.count > 0) isOpening[opening] = 1;
    for (const id of r.titleTerms) {
      const list = titleReadouts.get(id);
      if (list) list.push(n);
      else titleReadouts.set(id, [n]);
    }
  });
  known = { isOpening, titleReadouts };
  layouts.set(index, known);
  return known;
}

/** The opening sentence of readout n. */
export function openingOf(index: SentenceIndex, n: number): number {
  const { isOpening } = layout(index);
  const r = index.readouts[n];
  if (!r) return -1;
  for (let i = r.first; i < r.first + r.count; i++) if (isOpening[i]) return i;
  return r.first;
}

/** True when sentence i opens its readout. */
export function isOpening(index: SentenceIndex, i: number): boolean {
  return layout(index).isOpening[i] === 1;
}

/** Where a readout names a concept, per readout: bit 1 anywhere (title or a sentence), bit 2 in its title or opening. */
/** Readouts looked at for a word's fallback widening: a question's names select a few. */
const FALLBACK_READOUTS = 50;
const ANY = 1;
const HEAD = 2;

/**
 * For each readout, where it names one of the concept's terms. One pass over
 * the terms' postings into a byte per readout: no set of sentences is built.
 */
function whereNamed(index: SentenceIndex, concept: Concept): Uint8Array {
  const { isOpening, titleReadouts } = layout(index);
  const readoutOf = index.data.readoutOf;
  const out = new Uint8Array(index.readouts.length);
  for (const id of concept.alternatives.keys()) {
    for (const n of titleReadouts.get(id) ?? []) out[n] = ANY | HEAD;
    const postings = index.postings(id);
    for (let p = 0; p < postings.length; p++) {
      const s = postings[p] as number;
      const r = readoutOf[s] as number;
      out[r] = (out[r] as number) | (isOpening[s] ? ANY | HEAD : ANY);
    }
  }
  return out;
}

/** Where readout n names the concept (ANY/HEAD bits), read from its title and sentences alone. */
function namedInReadout(index: SentenceIndex, concept: Concept, n: number): number {
  const { isOpening } = layout(index);
  const r = index.readouts[n];
  if (!r) return 0;
  const ids = [...concept.alternatives.keys()];
  if (ids.some((id) => r.titleTerms.has(id))) return ANY | HEAD;
  let bits = 0;
  for (let s = r.first; s < r.first + r.count; s++) {
    if (bits && !isOpening[s]) continue;
    for (const id of ids) {
      if (!index.has(s, id)) continue;
      if (isOpening[s]) return ANY | HEAD;
      bits = ANY;
    }
  }
  return bits;
}

/** Where each readout names a concept: looked up per readout, on demand. */
type NamedIn = (readout: number) => number;

/**
 * Where a concept is named, for the readouts a question will look at: a few
 * candidate readouts are read directly (their sentences' terms), which for a
 * common name ("Minister", in most readouts) is far less than its postings;
 * otherwise, or for every readout (candidates null), one pass over the postings.
 */
function namedIn(index: SentenceIndex, concept: Concept, candidates: ArrayLike<number> | null): NamedIn {
  const postings = postingsOf(index, concept);
  const termsPerReadout = index.data.docTerms.length / Math.max(1, index.readouts.length);
  if (candidates === null || candidates.length * termsPerReadout * concept.alternatives.size >= postings) {
    const all = whereNamed(index, concept);
    return (n) => all[n] ?? 0;
  }
  const memo = new Map<number, number>();
  return (n) => {
    let bits = memo.get(n);
    if (bits === undefined) memo.set(n, (bits = namedInReadout(index, concept, n)));
    return bits;
  };
}

/** How many postings a concept's alternatives have: how costly a pass over them is. */
function postingsOf(index: SentenceIndex, concept: Concept): number {
  let n = 0;
  for (const id of concept.alternatives.keys()) n += index.df(id);
  return n;
}

/** Words that may stand between a given name and the surname: initials, a middle name ("James N. Mattis"). */
const NAME_GAP = 3;
/** Opening sentences read at most to decide that a name is a person's. */
const PERSON_SCAN = 200;

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
  const person = scanForPerson(index, id);
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

const MONTH_TERMS = new Set(MONTHS.map((m) => term(m)));

/** Words for the meeting a readout reports (not "host": who hosts a summit is content). */
const MEETING_TERMS = new Set(terms('call phone telephone speak talk meet meeting visit conversation videoconference teleconference'));

/** Title words of a readout of a call, not a meeting. */
const CALL_TERMS = terms('call phone telephone videoconference teleconference VTC');

/** "call with", "met with", "meeting with": the names after it are the readout's counterpart. */
const WITH_COUNTERPART =
  /\b(?:(?:phone\s+)?calls?|meetings?|met|meets?|spoke|speaks?|talks?|talked|talk|visits?|visited|conversations?)\s+(?:with|to)\s+/gi;
/** Where the counterpart's names end: a preposition of topic, time or place, or punctuation. */
const COUNTERPART_END =
  /\b(?:about|on|regarding|concerning|over|in|at|to|for|during|since|before|after|and\s+(?:what|when|how|did|discuss))\b|[?.!,;]/i;

/**
 * The names a question gives as who the meeting was with ("latest call with South Korea"):
 * a readout answers only when its title or opening names them (rule "call with X is the counterpart").
 */
function counterpartsOf(focus: string, names: Concept[]): Set<Concept> {
  const out = new Set<Concept>();
  for (const m of focus.matchAll(WITH_COUNTERPART)) {
    const from = (m.index ?? 0) + m[0].length;
    const end = COUNTERPART_END.exec(focus.slice(from));
    const to = end ? from + end.index : focus.length;
    for (const c of names) if (c.start >= from && c.end <= to) out.add(c);
  }
  return out;
}

/** Office words right after a country or person concept, in a run of adjacent words (see rule `counterpart-office`). */
function counterpartOffices(concepts: Concept[], text: string): Concept[] {
  const out: Concept[] = [];
  const isOffice = (c: Concept) => c.raw.split(/[\s-]+/).every((w) => isOfficeTitle(w.toLowerCase()));
  for (let k = 1; k < concepts.length; k++) {
    const before = concepts[k - 1] as Concept;
    const c = concepts[k] as Concept;
    // Right after it in the text typed: the speaker joined after the focus ("… Bucharest? Secretary …") is no run.
    if (!/^\s*$/.test(text.slice(before.end, c.start))) continue;
    // After a country ("the Egyptian foreign minister", "the UAE crown prince"): a person's office ("Secretary
    // Austin") stands before the name, and a month or a surname before a title is no counterpart.
    const country =
      before.country !== undefined || (before.kind === 'entity' && countryNamed((before.entity ?? '').toLowerCase()) !== undefined);
    const afterName = (country && !isOffice(before)) || out.includes(before);
    if (!afterName || c.country) continue;
    if (isOffice(c)) {
      out.push(c);
      continue;
    }
    // Rule `counterpart-service`: "the Indian navy chief", "the Nigerian army chief of staff": service words
    // are the office when an office word ends their run; "the ROK Navy ship" is about a ship.
    let k2 = k;
    const run: Concept[] = [];
    for (; k2 < concepts.length; k2++) {
      const x = concepts[k2] as Concept;
      const prev = concepts[k2 - 1] as Concept;
      if (!/^\s*$/.test(text.slice(prev.end, x.start)) || x.country) break;
      if (!x.raw.split(/[\s-]+/).every((w) => isServiceWord(w.toLowerCase()))) break;
      run.push(x);
    }
    const head = concepts[k2];
    const last = concepts[k2 - 1] as Concept;
    if (run.length && head && /^\s*$/.test(text.slice(last.end, head.start)) && isOffice(head)) out.push(...run);
  }
  return out;
}

/** The term a concept's strongest alternative stands for. */
function mainTerm(c: Concept): number | undefined {
  let best: number | undefined;
  let weight = 0;
  for (const [id, w] of c.alternatives) if (w > weight) [best, weight] = [id, w];
  return best;
}

function isName(index: SentenceIndex, c: Concept, next: Concept | undefined, first: boolean): boolean {
  // A demonym or country word names its country, known to the corpus or not ("kenyan" vetoes where no readout names Kenya).
  if (c.country) return true;
  // A word widened through WordNet is an English word, whatever its widenings' case ("target" → mark, not Mark).
  if (c.widened) return false;
  if (c.kind === 'entity') return /^\p{Lu}/u.test(c.entity ?? c.label);
  const id = mainTerm(c);
  if (id !== undefined) {
    const surface = index.surface(id) ?? '';
    const t = index.data.vocab[id] ?? '';
    return /^\p{Lu}/u.test(surface) && !ROLE_WORDS.has(surface) && !MONTH_TERMS.has(t) && !/^\d/.test(t);
  }
  // A word the corpus never uses: a name when typed with a capital (not as the
  // question's first word), or when it qualifies a name part ("scarborough shoal").
  if (/^\d+$/.test(c.raw)) return false;
  if (/^\p{Lu}/u.test(c.raw) && !first) return true;
  if (next?.known === true && next.name === true && next.kind === 'term') return true;
  // Rule `unknown-word-name`: a word that is neither English nor chat reads as a name ("scarborough",
  // "mageshma" when no correction is near): the corpus lacking it vetoes. An English word does not.
  const lower = c.raw.toLowerCase();
  return c.kind === 'term' && !/\s/.test(lower) && !isEnglish(lower) && chatWord(lower) === undefined;
}

/** Sets `name` on each concept (see isName). */
export function markNames(index: SentenceIndex, concepts: Concept[], text: string, forced?: ReadonlySet<string>): void {
  const firstStart = words(text)[0]?.start ?? 0;
  // Right to left, so "scarborough" can see that "shoal" is a name part.
  for (let k = concepts.length - 1; k >= 0; k--) {
    const c = concepts[k] as Concept;
    const next = concepts[k + 1];
    const adjacent = next !== undefined && /^\s*$/.test(text.slice(c.end, next.start));
    // A given name of someone the corpus does not know ("john mattis"; src/answer/reading/lexical.ts) is a name.
    c.name =
      (!c.known && forced?.has(c.raw.toLowerCase()) === true) || isName(index, c, adjacent ? next : undefined, c.start === firstStart);
  }
}

/**
 * A person is one topic however named: in a run of names, the given names of
 * a known surname go ("jim mattis", "Ngo Xuan Lich" → the surname alone).
 */
export function dropGivenNames(index: SentenceIndex, concepts: Concept[], keep?: ReadonlySet<Concept>): Concept[] {
  if (!concepts.some((c) => c.name && c.kind === 'term')) return concepts;
  const drop = new Set<Concept>();
  for (let k = 0; k < concepts.length; ) {
    let end = k;
    while (
      end < concepts.length &&
      concepts[end]?.name &&
      concepts[end]?.kind === 'term' &&
      (end === k || (concepts[end] as Concept).position === (concepts[end - 1] as Concept).position + 1)
    )
      end++;
    const run = concepts.slice(k, Math.max(end, k + 1));
    // The surname is most often last: "jim mattis"; "Kishi Nobuo" is written both ways.
    const surname =
      run.length > 1
        ? [...run].reverse().find((c) => {
            const sid = mainTerm(c);
            if (
              sid === undefined ||
              !run.every((o) => o === c || (mainTerm(o) !== undefined && writtenBefore(index, mainTerm(o) as number, sid)))
            )
              return false;
            // A person's name, not a body's ("the Shangri-La Dialogue").
            return isPerson(index, sid);
          })
        : undefined;
    if (surname) for (const c of run) if (c !== surname) drop.add(c);
    // "Secretary Mattis", "Defense Minister Kishi": the office words before a person go too.
    const only = run.length === 1 ? (run[0] as Concept) : undefined;
    const before = concepts[k - 1];
    // Whether a lone name is a person is read from the corpus only when an office word precedes it.
    const officeBefore = before?.raw.split(/\s+/).every(isOfficeWord) === true;
    const person =
      officeBefore &&
      (surname ??
        (only?.name && only.kind === 'term' && mainTerm(only) !== undefined && isPerson(index, mainTerm(only) as number)
          ? only
          : undefined));
    if (person) {
      for (let j = k - 1; j >= 0; j--) {
        const c = concepts[j] as Concept;
        if (!c.raw.split(/\s+/).every(isOfficeWord) || c.position < (concepts[j + 1] as Concept).position - 2) break;
        drop.add(c);
      }
    }
    k = Math.max(end, k + 1);
  }
  for (const c of keep ?? []) drop.delete(c);
  return drop.size ? concepts.filter((c) => !drop.has(c)) : concepts;
}

/** "secretary", "Gen.", "minister": an office word, as ROLE_WORDS writes them. */
function isOfficeWord(raw: string): boolean {
  const w = raw.replace(/\.$/, '');
  return ROLE_WORDS.has(w) || ROLE_WORDS.has(`${w[0]?.toUpperCase() ?? ''}${w.slice(1).toLowerCase()}`);
}

/** Sentences read at most to decide that a word is the tail of names. */
const TAIL_SCAN = 20;

/**
 * True when the corpus writes the word after another capitalised word
 * ("Second Thomas Shoal", "South China Sea"): the tail of a longer name, so
 * an unknown word before it names another one. "Taiwan" stands alone.
 */
function isNameTail(index: SentenceIndex, c: Concept): boolean {
  const id = mainTerm(c);
  if (id === undefined) return false;
  const t = index.data.vocab[id];
  let seen = 0;
  let tails = 0;
  for (const s of index.postings(id)) {
    if (seen >= TAIL_SCAN) break;
    const ws = words(index.text(s));
    const at = ws.findIndex((w) => term(w.word) === t);
    if (at < 0) continue;
    seen++;
    if (at > 0 && (ws[at - 1] as { capitalized: boolean }).capitalized) tails++;
  }
  return seen > 0 && tails >= 0.8 * seen;
}

/** Read a question: its words (src/answer/reading/question.ts), then what they are in this corpus. */
export function readQuestionIn(
  index: SentenceIndex,
  input: string,
  resolvers: Resolvers = {},
  options: { question?: Question } = {},
): Reading {
  const question = options.question ?? readQuestion(input, { tenure: tenureResolver(index), ...resolvers });
  return readConcepts(index, question);
}

/** The corpus side of reading, for a question already read. */
export function readConcepts(index: SentenceIndex, asked: Question): Reading {
  // Acronyms spelled out and given names as the corpus writes them (src/answer/reading/lexical.ts).
  const focus = resolveWords(index, asked.focus, PEOPLE);
  const speaker = asked.speaker ? resolveWords(index, asked.speaker, PEOPLE) : null;
  const question: Question = { ...asked, focus: focus.text, ...(speaker ? { speaker: speaker.text } : {}) };
  const notes = emptyNotes();
  notes.dropped.push(...(asked.chat ?? []));
  notes.resolved.push(...focus.resolved, ...(speaker?.resolved ?? []));
  // The focus, then the speaker, then a date as the text states it: only the focus labels the answer.
  const text = [question.focus, question.speaker, question.stated].filter(Boolean).join(' ');
  let concepts = conceptsOf(index, text, { dropQuestionWords: true, prefixLast: true });

  markNames(index, concepts, text, new Set([...focus.names, ...(speaker?.names ?? [])]));
  // Rule `counterpart-office`: "the Egyptian foreign minister", "the UAE crown prince": office words right
  // after a country or a person describe who the meeting was with. The readout's title or opening must say
  // them (a defense minister's readout does not answer about the foreign minister); then they are selection,
  // not words the sentence must repeat. (Found before given names go: they are not a person's office.)
  const offices = counterpartOffices(concepts, text);
  concepts = dropGivenNames(index, concepts, new Set(offices));
  for (const c of offices) {
    c.name = true;
    c.office = true;
  }

  const missing: Concept[] = [];
  // A number the question states ("the 2030 summit", "Feb 12") must be stated by the answer.
  for (const c of concepts) if (/^\d+$/.test(c.raw)) c.required = true;
  // The counted thing of "how many frigates …" must be there.
  if (question.intent === 'quantity' && question.unit) {
    const unit = question.unit.toLowerCase();
    const c = concepts.find((x) => x.raw.toLowerCase().split(/\s+/).includes(unit));
    if (c) c.required = true;
  }
  // Unknown filler words weigh little beside a rare known name; so does an
  // unknown capitalised word beside a rare known topic word ("the Kabul
  // evacuation"). An unknown word before a name part ("Scarborough Shoal"),
  // an unknown number ("the 2024 summit") or counted thing still vetoes.
  const maxIdf = index.idf('\u0000');
  const knownWeights = concepts.filter((c) => c.known).map((c) => c.weight);
  // A filler word gives way to a rare *name* ("annexation of Crimea"), not to a rare
  // topic word: "hypersonic weapons" is about a kind of weapon the corpus never names.
  const rare = concepts.some((c) => c.known && c.name && c.weight >= RARE * maxIdf);
  // An unknown name gives way only to a rare *topic* word ("evacuation"), not to a rare name ("Lich").
  const rareTopic = concepts.some((c) => c.known && !c.name && c.weight >= RARE * maxIdf);
  const lightest = Math.min(...knownWeights);
  const english: Concept[] = [];
  const dropped: Concept[] = [];
  concepts.forEach((c, k) => {
    if (c.known) return;
    const next = concepts[k + 1];
    // "Scarborough Shoal", "Spratly Islands": the next word is the tail of a name, in the corpus or as typed.
    const namePart =
      next !== undefined &&
      /^\s*$/.test(text.slice(c.end, next.start)) &&
      ((next.name === true && next.known && isNameTail(index, next)) || /^\p{Lu}/u.test(next.raw));
    // An alias entity is a thing the engine knows ("submarine", "INF Treaty"): absent, it is absent.
    const key = c.required === true || c.kind === 'entity' || /^\d+$/.test(c.raw) || (c.name === true && (namePart || !rareTopic));
    if (key) {
      c.required = true;
      missing.push(c);
    } else if (!c.name && c.kind === 'term') english.push(c);
    else if (rare) c.weight = FILLER * lightest;
  });
  // Rule `unknown-word-drop`: an English word no readout uses, nor any word WordNet widens it to, says
  // nothing the corpus can match ("gasoline", "meddling"): it goes, and the answer says so, when the
  // question keeps a topic word the corpus has. With only names left it keeps its weight (or a tenth
  // of the lightest beside a rare name, as before): "what did Hegseth say about the Leopard tanks?" is
  // not answered by any Hegseth sentence.
  // A word right before a topic word narrows it ("hypersonic missiles", "Leopard tanks"): it is not dropped.
  const modifiers = english.filter((c) => {
    const next = concepts[concepts.indexOf(c) + 1];
    const before = concepts[concepts.indexOf(c) - 1];
    // …and one right after a topic word is its head ("professional wrestling").
    const head = before !== undefined && /^\s*$/.test(text.slice(before.end, c.start)) && before.known && !before.name;
    return head || (next !== undefined && /^\s*$/.test(text.slice(c.end, next.start)) && next.known && !next.name);
  });
  const droppable = english.filter((c) => !modifiers.includes(c));
  if (droppable.length) {
    const topic = concepts.some((c) => c.known && !c.name && !c.bonus);
    if (topic) {
      notes.dropped.push(...droppable.map((c) => c.raw));
      dropped.push(...droppable);
      concepts = concepts.filter((c) => !droppable.includes(c));
    } else if (rare) for (const c of droppable) c.weight = FILLER * lightest;
  }
  if (rare) for (const c of modifiers) c.weight = FILLER * lightest;
  // Rule `lexicon-widen` (weight): beside a topic word the corpus has as typed, a widened word ranks
  // sentences but never keeps one out ("hitting 2 percent": "hitting" may be "striking", or not said);
  // alone, it is the topic.
  const typedTopic = concepts.some((c) => c.known && !c.name && !c.bonus && !c.widened);
  if (typedTopic) for (const c of concepts) if (c.widened && !c.required) c.bonus = true;
  for (const c of concepts) {
    if (c.widened) notes.widened.push({ word: c.raw, to: c.widened });
    if (c.country && c.raw.toLowerCase() !== c.country.toLowerCase() && index.df(term(c.raw) ?? '') === 0)
      notes.resolved.push({ from: c.raw, to: c.country });
  }

  let verb: Concept | null = null;
  if (question.verb) {
    const alternatives = new Map<number, number>();
    // The verb as typed counts in full where the readout writes it ("condemn" → "condemned"), its family less.
    const typed = question.verbWord ? term(question.verbWord) : null;
    for (const [t, w] of familyTerms(question.verb)) {
      const id = index.df(t) > 0 ? index.termId(t) : undefined;
      if (id !== undefined) alternatives.set(id, t === typed ? 1 : w);
    }
    let weight = 0;
    for (const id of alternatives.keys()) weight = Math.max(weight, index.idf(id));
    verb = {
      label: question.verb,
      start: -1,
      end: -1,
      alternatives,
      weight: weight || maxIdf,
      known: alternatives.size > 0,
      kind: 'term',
      position: -1,
      raw: question.verb,
      ...(question.verbRequired ? { required: true } : {}),
    };
    if (!verb.known && verb.required) missing.push(verb);
  }

  // A date that may be content: "NATO's adaptation since 2014" says the year.
  const dateWords: Concept[] = [];
  if (question.range && !question.range.event) {
    const dated = conceptsOf(index, question.range.label).filter((c) => c.known && /^\d+$|^[a-z]+$/.test(c.raw.toLowerCase()));
    for (const c of dated) {
      const t = index.data.vocab[mainTerm(c) ?? -1] ?? '';
      if (/^\d+$/.test(t) || MONTH_TERMS.has(t)) dateWords.push({ ...c, bonus: true, position: 1000 + c.position });
    }
  }

  // Rule `said-verb-bonus`: "what did Mattis and Jungmann agree?", "what did Austin pledge?": the say-verb
  // tells what kind of sentence answers, so a sentence saying it (or a close synonym) ranks first; one
  // that does not is still an answer.
  const sayWords: Concept[] = [];
  if (question.sayWord) {
    for (const c of conceptsOf(index, question.sayWord)) {
      if (!c.known) continue;
      const widened = { ...c, alternatives: new Map(c.alternatives) };
      if (!c.widened) widenKnown(index, widened);
      sayWords.push({ ...widened, bonus: true, position: 2000 + c.position, start: -1, end: -1 });
    }
  }

  const names = concepts.filter((c) => c.name && c.known);
  const counterparts = counterpartsOf(question.focus, names);
  for (const c of offices) if (c.known) counterparts.add(c);
  const where = new Map<Concept, NamedIn>();
  // Readouts that name every name, found rarest name first: the commoner names
  // are then checked only in those readouts (see namedIn). A typed array,
  // filtered in place: a common name is in most of 40,000 readouts.
  let candidates: Uint32Array | null = null;
  let allowed: Uint8Array | null = null;
  const absent: Concept[] = [];
  if (names.length) {
    for (const c of [...names].sort((a, b) => postingsOf(index, a) - postingsOf(index, b))) {
      const named = namedIn(index, c, candidates);
      where.set(c, named);
      // "the call with South Korea": the readout of a call with Japan that mentions the ROK is not one.
      const need = counterparts.has(c) ? HEAD : ANY;
      let kept = 0;
      if (candidates === null) {
        candidates = new Uint32Array(index.readouts.length);
        for (let n = 0; n < index.readouts.length; n++) if (named(n) & need) candidates[kept++] = n;
      } else {
        for (let k = 0; k < candidates.length; k++) {
          const n = candidates[k] as number;
          if (named(n) & need) candidates[kept++] = n;
        }
      }
      candidates = candidates.subarray(0, kept);
    }
    allowed = new Uint8Array(index.readouts.length);
    for (const n of candidates ?? []) allowed[n] = 1;
    // Rule `lexicon-widen-fallback` (src/answer/reading/concepts.ts): a topic word none of the named readouts
    // writes is read through its close synonyms there ("troops" where Poland's readouts say "forces").
    const scope = candidates as Uint32Array;
    if (scope.length > 0 && scope.length <= FALLBACK_READOUTS) {
      for (const c of concepts) {
        if (!c.known || c.name || c.bonus || c.widened || /^\d/.test(c.raw)) continue;
        // An unknown word right before it narrows it ("fighter jets", rule unknown-word-drop): not any aircraft.
        const before = concepts[concepts.indexOf(c) - 1];
        if (before && !before.known && /^\s*$/.test(text.slice(before.end, c.start))) continue;
        if (scope.some((n) => namedInReadout(index, c, n) & ANY)) continue;
        const added = widenKnown(index, c);
        if (added.length) notes.widened.push({ word: c.raw, to: added });
        if (!added.length || !scope.some((n) => namedInReadout(index, c, n) & ANY)) absent.push(c);
      }
    }
  }
  // "in person": a readout whose title says it was a call is not an answer.
  if (question.inPerson) {
    const calls = CALL_TERMS.map((t) => index.termId(t)).filter((id): id is number => id !== undefined);
    allowed ??= new Uint8Array(index.readouts.length).fill(1);
    index.readouts.forEach((r, n) => {
      if (calls.some((id) => r.titleTerms.has(id))) (allowed as Uint8Array)[n] = 0;
    });
  }
  // The readouts whose title or opening names the most weight of the names.
  const selected: number[] = [];
  let top = 0;
  for (const n of candidates ?? []) {
    if (!allowed?.[n]) continue;
    let s = 0;
    for (const [c, named] of where) if (named(n) & HEAD) s += c.weight;
    if (s > top + 1e-9) {
      top = s;
      selected.length = 0;
    }
    if (s > 0 && s >= top - 1e-9) selected.push(n);
  }
  // "who did Austin call …": a word for the meeting itself is said by the
  // readout's title or opening ("Readout of … Call With …"), like the names.
  for (const c of concepts) {
    if (c.name || !c.known || !MEETING_TERMS.has(index.data.vocab[mainTerm(c) ?? -1] ?? '')) continue;
    // Only the readouts the ranking cites are looked at: read those, not the word's postings.
    where.set(c, namedIn(index, c, []));
  }
  // "the India 2+2", "the 2023 Dialogue": a number the readout's title states names the
  // meeting itself, so its sentences need not repeat it.
  const { titleReadouts } = layout(index);
  for (const c of concepts) {
    if (!c.known || !/^\d+$/.test(c.raw) || where.has(c)) continue;
    const bits = new Uint8Array(index.readouts.length);
    for (const id of c.alternatives.keys()) for (const n of titleReadouts.get(id) ?? []) bits[n] = ANY | HEAD;
    where.set(c, (n) => bits[n] ?? 0);
  }

  return {
    question,
    concepts: [...concepts, ...(verb ? [verb] : []), ...dateWords, ...sayWords],
    names,
    verb,
    allowed,
    selected,
    notes,
    dropped,
    absent,
    context: (readout, concept) => {
      const bits = where.get(concept)?.(readout) ?? 0;
      if (bits & HEAD) return 1;
      return concept.name && bits & ANY ? BODY_CREDIT : 0;
    },
    missing,
  };
}
