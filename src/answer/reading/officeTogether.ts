/**
 * Rule `counterpart-office` (one office): whether a readout's title or opening holds an office the question
 * names ("lithuania's defense minister") as one office, its words and its country close together. Split from
 * select.ts, which decides which readouts a question's names select.
 */
import type { Concept } from './concepts.ts';
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { terms } from '../../text/terms.ts';
import { layout, openingOf } from './layout.ts';
import { DEFAULTS } from '../defaults.ts';
import { applied } from '../explain.ts';

/** Words that may stand between the words of one office's name: "Minister of National Defense", "Defence Minister". */
const OFFICE_SPAN = DEFAULTS.reading.officeSpan;
/** How far an office's country may stand from its words ("Jordanian … Lt. Gen."). */
const OWNER_SPAN = DEFAULTS.reading.officeOwnerSpan;

/**
 * Rule `counterpart-office` (one office): "lithuania's defense minister" is one office — its words must stand
 * together in readout n's title or opening ("Minister of National Defence", "Defense Minister"), not apart
 * ("Deputy Secretary of Defense Bob Work met with the Minister of Foreign Affairs"). Read from term ids: the
 * opening's from the index, the title's worked out once per readout.
 */
export function officeTogether(index: SentenceIndex, n: number, offices: Concept[], owners: ReadonlySet<Concept>, asked = false): boolean {
  // The opening first: its term ids are the index's; a title is tokenized (once) only when the opening fails.
  // Plain loops and no closures: this runs for every readout that names the office's country (hundreds at
  // 10,000 readouts for "who is the Ukrainian defense minister?").
  const opening = openingOf(index, n);
  if (opening >= 0 && together(index.termsOf(opening), offices, owners)) return true;
  const title = titleTerms(index, n);
  if (together(title, offices, owners)) return true;
  // "the bahraini king" in the readout of a "Visit to Bahrain" whose opening meets "King Hamad … in Manama,
  // Bahrain": the title names the country, the opening the office.
  const alone = offices.filter((c) => !owners.has(c));
  if (opening < 0 || alone.length === 0) return false;
  const ownersInTitle = allIn(owners, title);
  if (ownersInTitle && together(index.termsOf(opening), alone, NONE)) return true;
  // A news summary: "In a phone conversation with his Malaysian counterpart …", then "Kirby said Hagel and Defense
  // Minister Hishammuddin …" — the opening gives the country, the head's next sentence the office.
  const next = opening + 1;
  const openingTerms = index.termsOf(opening);
  const { isHead, isMet } = layout(index);
  let ownersAbove = true;
  for (const c of owners) if (!holds(openingTerms, c) && !holds(title, c)) ownersAbove = false;
  // Or a later sentence of the meeting (rule `meeting-sentence-head`): "… Hagel's meetings with Prime Minister
  // Narendra Modi and External Affairs Minister Sushma Swaraj", "the Trilateral Ministerial Meeting with …
  // Republic of Korea Minister of National Defense Shin Won-sik" (the country there, or above it).
  const r = index.readouts[n];
  for (let s = next; r && s < r.first + r.count; s++) {
    if (s === next && isHead[s] && ownersAbove && together(index.termsOf(s), alone, NONE)) return true;
    if (isMet[s] && (ownersAbove ? together(index.termsOf(s), alone, NONE) : together(index.termsOf(s), offices, owners))) return true;
  }
  return asked && ownersInTitle && askedFurther(index, n, alone);
}

const NONE: ReadonlySet<Concept> = new Set();

/** Whether a term list holds one of the concept's ids. */
function holds(ids: ArrayLike<number>, c: Concept): boolean {
  for (let p = 0; p < ids.length; p++) if (c.alternatives.has(ids[p] as number)) return true;
  return false;
}

/** Whether every concept is in the term list. */
function allIn(concepts: ReadonlySet<Concept>, ids: ArrayLike<number>): boolean {
  for (const c of concepts) if (!holds(ids, c)) return false;
  return true;
}

/**
 * Rule `office-asked-anywhere`: "who was pakistan's defense minister when mattis went to islamabad?" asks who
 * held the office, not whom the meeting was with: the country in the head and the office in any sentence ("Mattis
 * also met with … Defense Minister Khuram Dastgir") is that readout's answer.
 */
function askedFurther(index: SentenceIndex, n: number, alone: Concept[]): boolean {
  // The country must be the title's (the caller checks) — an opening may name it as a topic ("issues, including
  // Russia-Ukraine") — and the office stand below the opening, which was read with its country already.
  const opening = openingOf(index, n);
  const r = index.readouts[n];
  for (let s = r?.first ?? 0; r && s < r.first + r.count; s++) {
    if (s !== opening && together(index.termsOf(s), alone, NONE)) {
      applied('office-asked-anywhere');
      return true;
    }
  }
  return false;
}

/**
 * The office's words stand within OFFICE_SPAN terms of each other, and its country within OWNER_SPAN of them
 * ("Jordanian Chairman of the Joint Chiefs of Staff Lt. Gen. Freihat": titles stack office words).
 */
function together(ids: ArrayLike<number>, concepts: Concept[], owners: ReadonlySet<Concept>): boolean {
  // Scanned in place, no position lists: this runs for every readout that names the office's words (thousands
  // at 10,000 readouts for "who is the Ukrainian defense minister?").
  let first: Concept | undefined;
  for (const c of concepts) if (!owners.has(c)) first ??= c;
  if (!first) return false;
  for (let p = 0; p < ids.length; p++) {
    if (!first.alternatives.has(ids[p] as number)) continue;
    let all = true;
    for (const c of concepts) {
      if (c === first) continue;
      if (!near(ids, c, p, owners.has(c) ? OWNER_SPAN : OFFICE_SPAN)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** True when the concept stands within `span` terms of position p. */
function near(ids: ArrayLike<number>, c: Concept, p: number, span: number): boolean {
  const last = Math.min(ids.length - 1, p + span);
  for (let q = Math.max(0, p - span); q <= last; q++) if (c.alternatives.has(ids[q] as number)) return true;
  return false;
}

const titleSeqs = new WeakMap<SentenceIndex, Map<number, Int32Array>>();

/**
 * Every readout's title as term ids, read ahead (Engine.warmUp): the first "who is the Ukrainian defense minister?"
 * at 10,000 readouts tokenized hundreds of titles, a third of its time.
 */
export function readTitles(index: SentenceIndex): void {
  for (let n = 0; n < index.readouts.length; n++) titleTerms(index, n);
}

/** Readout n's title as term ids in order (the index keeps them as a set), once per readout. */
function titleTerms(index: SentenceIndex, n: number): Int32Array {
  let known = titleSeqs.get(index);
  if (!known) titleSeqs.set(index, (known = new Map()));
  let seq = known.get(n);
  if (!seq) {
    seq = Int32Array.from(terms(index.readouts[n]?.title ?? ''), (t) => index.termId(t) ?? -1);
    known.set(n, seq);
  }
  return seq;
}
