/**
 * Where a readout names a concept: its opening sentence (who met whom, where),
 * its title, and per readout whether a concept's terms are there at all
 * (ANY) or in the title or opening (HEAD). Facts of the corpus, read once per
 * index; every reading step that selects readouts by names asks here.
 *
 * @example
 * const n = index.readouts.findIndex((r) => r.title.includes('Kishi'));
 * isOpening(index, openingOf(index, n))   // → true
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { terms } from '../../text/terms.ts';
import type { Concept } from './concepts.ts';
import { applied } from '../explain.ts';

interface Layout {
  /** Sentence → 1 when it is its readout's opening sentence. */
  isOpening: Uint8Array;
  /**
   * Sentence → 1 when it says who met whom: the opening, and the sentence after an opening that names the
   * counterpart only as such ("… with his Malaysian counterpart today …", then "Hagel and Defense Minister
   * Hishammuddin Tun Hussein discussed …", as news summaries of a readout write it).
   */
  isHead: Uint8Array;
  /** Sentence → 1 when a later sentence says whom the secretary met (rule `meeting-sentence-head`). */
  isMet: Uint8Array;
  /** Term or entity id → readouts whose title has it. */
  titleReadouts: Map<number, number[]>;
}

const layouts = new WeakMap<SentenceIndex, Layout>();

/** An opening that names whom the meeting was with only as "his … counterpart". */
const COUNTERPART_ONLY = /\b(?:his|her|their)\s+(?:[A-Z][\w-]*\s+){0,2}counterparts?\b/;
/** A sentence that names someone by office: "Defense Minister Hishammuddin Tun Hussein". */
const OFFICE_NAME =
  /\b(?:Minister|Secretary|General|Gen\.|Admiral|Adm\.|President|King|Prince|Chief)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+/;

/**
 * A later sentence that says whom the secretary met (rule `meeting-sentence-head`): "Carter met in Jiddah, Saudi
 * Arabia, Wednesday with King Salman", "In statements summarizing Hagel's meetings with Prime Minister Narendra
 * Modi …" — news stories of a trip name the second and third meetings further down. "looks forward to meeting
 * with" is a plan, not a meeting held.
 */
const MEETING_WITH =
  /\b(?:met|[Mm]eetings?|spoke|talked|conference)\b[^.;:"“”]{0,45}?\bwith\s+(?:[A-Z]|his\s|her\s|the\s+[A-Z])|\b(?:hosted|hosting|welcomed|welcoming)\s+(?:[A-Z]|his\s|her\s|the\s+[A-Z])/;
/** The terms of MEETING_WITH's verbs: the sentences worth reading for it. */
const MEETING_TERMS = [...new Set(terms('met meeting meetings Meeting spoke talked conference hosted hosting welcomed welcoming'))];
const PLANNED = /\b(?:to|will|would|plans?|planned|expects?|forward)\s+$/i;

/**
 * The opening sentence of a readout is its first one that is not a
 * "… provided the following readout:" line: it says who met whom, where.
 */
export function layout(index: SentenceIndex): Layout {
  let known = layouts.get(index);
  if (known) return known;
  const isOpening = new Uint8Array(index.size);
  const isHead = new Uint8Array(index.size);
  const isMet = new Uint8Array(index.size);
  const titleReadouts = new Map<number, number[]>();
  index.readouts.forEach((r, n) => {
    let opening = r.first;
    // "… provided the following readout:." (a copy's stray period) is that line too.
    while (opening < r.first + r.count - 1 && /:\s*\.?\s*$/.test(index.text(opening))) opening++;
    if (r.count > 0) isOpening[opening] = isHead[opening] = 1;
    const next = opening + 1;
    if (next < r.first + r.count && COUNTERPART_ONLY.test(index.text(opening)) && OFFICE_NAME.test(index.text(next))) isHead[next] = 1;
    for (const id of r.titleTerms) {
      const list = titleReadouts.get(id);
      if (list) list.push(n);
      else titleReadouts.set(id, [n]);
    }
  });
  // Only sentences with a meeting word are read (their texts decoded): at 10,000 readouts, reading every
  // sentence cost a one-shot answer 0.7 s.
  for (const id of MEETING_TERMS.map((t) => index.termId(t))) {
    if (id === undefined) continue;
    for (const i of index.postings(id)) {
      if (isMet[i] || isHead[i] || isOpening[i]) continue;
      const text = index.text(i);
      const m = MEETING_WITH.exec(text);
      if (m && !PLANNED.test(text.slice(0, m.index))) isMet[i] = 1;
    }
  }
  known = { isOpening, isHead, isMet, titleReadouts };
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

/**
 * Where a readout names a concept, per readout: bit 1 anywhere (title or a sentence), bit 2 in its title or
 * opening, bit 4 in a later sentence that says whom the secretary met (a counterpart test accepts it; a name's
 * credit across the readout's sentences stays the head's).
 */
export const ANY = 1;
export const HEAD = 2;
export const MET = 4;

/** A counterpart selected by a later sentence of a meeting, not the head (rule `meeting-sentence-head`). */
export function metSelected(): void {
  applied('meeting-sentence-head');
}

/**
 * For each readout, where it names one of the concept's terms. One pass over
 * the terms' postings into a byte per readout: no set of sentences is built.
 */
export function whereNamed(index: SentenceIndex, concept: Concept): Uint8Array {
  // The same office and country words come back question after question ("defense", "minister": postings in
  // most readouts): kept per index and set of term ids, a few dozen at most. Callers only read it.
  const key = [...concept.alternatives.keys()].sort((a, b) => a - b).join(',');
  let known = namedMemo.get(index);
  if (!known) namedMemo.set(index, (known = new Map()));
  const had = known.get(key);
  if (had) return had;
  const out = readWhereNamed(index, concept);
  if (known.size >= NAMED_MEMO) known.delete(known.keys().next().value as string);
  known.set(key, out);
  return out;
}
const namedMemo = new WeakMap<SentenceIndex, Map<string, Uint8Array>>();
const NAMED_MEMO = 64;

function readWhereNamed(index: SentenceIndex, concept: Concept): Uint8Array {
  const { isHead, isMet, titleReadouts } = layout(index);
  const readoutOf = index.data.readoutOf;
  const out = new Uint8Array(index.readouts.length);
  for (const id of concept.alternatives.keys()) {
    for (const n of titleReadouts.get(id) ?? []) out[n] = ANY | HEAD;
    const postings = index.postings(id);
    for (let p = 0; p < postings.length; p++) {
      const s = postings[p] as number;
      const r = readoutOf[s] as number;
      out[r] = (out[r] as number) | (isHead[s] ? ANY | HEAD : isMet[s] ? ANY | MET : ANY);
    }
  }
  return out;
}

/** Where readout n names the concept (ANY/HEAD/MET bits), read from its title and sentences alone. */
export function namedInReadout(index: SentenceIndex, concept: Concept, n: number): number {
  const { isHead, isMet } = layout(index);
  const r = index.readouts[n];
  if (!r) return 0;
  const ids = [...concept.alternatives.keys()];
  if (ids.some((id) => r.titleTerms.has(id))) return ANY | HEAD;
  let bits = 0;
  for (let s = r.first; s < r.first + r.count; s++) {
    if (bits && !isHead[s] && (bits & MET || !isMet[s])) continue;
    for (const id of ids) {
      if (!index.has(s, id)) continue;
      if (isHead[s]) return ANY | HEAD;
      bits |= isMet[s] ? ANY | MET : ANY;
    }
  }
  return bits;
}

/** Where each readout names a concept: looked up per readout, on demand. */
export type NamedIn = (readout: number) => number;

/**
 * Where a concept is named, for the readouts a question will look at: a few
 * candidate readouts are read directly (their sentences' terms), which for a
 * common name ("Minister", in most readouts) is far less than its postings;
 * otherwise, or for every readout (candidates null), one pass over the postings.
 */
export function namedIn(index: SentenceIndex, concept: Concept, candidates: ArrayLike<number> | null): NamedIn {
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
export function postingsOf(index: SentenceIndex, concept: Concept): number {
  let n = 0;
  for (const id of concept.alternatives.keys()) n += index.df(id);
  return n;
}

/**
 * Where the opening's "met with …" part ends: its purpose ("to express", not "to Ukraine") or what it was about —
 * not "during a meeting with …", which says whom ("Hagel praised Mexico's military during a meeting with … Cienfuegos").
 */
const CLAUSE_END =
  /\sto\s+(?!the\b|a\b|an\b)\p{Ll}|\b(?:regarding|concerning|about|following|after|amid|during(?!\s+(?:a|an|the|their|his|her)\s+(?:\p{Ll}+\s+)?(?:meeting|call|visit|conversation)s?\b))\b/u;
const clauses = new WeakMap<SentenceIndex, Map<number, Set<number>>>();
/** A sentence up to where its meeting clause ends (CLAUSE_END). */
function clauseOf(text: string): string {
  const end = CLAUSE_END.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/**
 * Term ids of whom readout n says the meeting was with: its title, and its opening up to where the
 * opening says what for ("spoke with Minister Kalinak to express his concern regarding … Robert Fico":
 * Fico is what they spoke about). Worked out per readout on demand.
 */
export function meetingClause(index: SentenceIndex, n: number): Set<number> {
  let known = clauses.get(index);
  if (!known) clauses.set(index, (known = new Map()));
  let out = known.get(n);
  if (out) return out;
  out = new Set(index.readouts[n]?.titleTerms ?? []);
  const opening = openingOf(index, n);
  // The opening, and the sentence that names the counterpart an opening calls only "his … counterpart".
  const r = index.readouts[n];
  const { isHead, isMet } = layout(index);
  for (let s = opening; opening >= 0 && r && s < r.first + r.count; s++) {
    if (s !== opening && !isHead[s] && !isMet[s]) continue;
    const text = index.text(s);
    const meeting = MEETING_WITH.exec(text)?.index ?? -1;
    const parts: string[] = [];
    // A later sentence of a meeting (rule `meeting-sentence-head`) says whom from its "met … with" on.
    if (s === opening || isHead[s]) parts.push(clauseOf(text));
    // An opening that reports a statement first says whom after it ("Argentina and the United States will continue
    // to build …, said Hegseth, who hosted …, welcoming … Luis Petri"): the meeting's own clause is read too.
    if (meeting >= 0) parts.push(clauseOf(text.slice(meeting)));
    for (const t of parts.flatMap((p) => terms(p))) {
      const id = index.termId(t);
      if (id !== undefined) out.add(id);
    }
  }
  known.set(n, out);
  return out;
}
