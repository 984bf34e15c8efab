/**
 * Which sentence a timeline cites for a readout: its first mention of the
 * topic (readouts lead with what matters), unless that mention is one of two
 * kinds that name the topic without saying anything about it. Then the
 * readout's next mention that is neither is cited; when there is none, the
 * first mention stays. The rules, each named in DESIGN.md ("Timeline and quote"):
 *
 * - **a scope list is not the mention** (`timeline-scope-list`) — a sentence whose one mention of the
 *   topic closes it after "including", "to include" or "such as" ("… anywhere
 *   in the Pacific, to include the South China Sea.") names the topic as the
 *   end of a scope, not as what was done there.
 * - **the counterpart's nationality is not the subject** (`timeline-counterpart-nationality`) — an opening that
 *   names the topic only as the counterpart's nationality, right before an
 *   office ("spoke with Japanese Minister of Defense Onodera"), and says the
 *   call was for another named subject, a name of the alias table that is no
 *   office and not the United States ("… to discuss North Korea's missile
 *   launch"), is about that other thing. An opening whose
 *   purpose names nothing else ("hosted Australian Minister of Defense Payne
 *   to discuss our defense relationship", "met with Japanese Prime Minister
 *   Abe today in Tokyo") stays the citation.
 *
 * Only the cited readouts are looked at (a timeline page is 8 of them), and
 * only through the index's word and entity ids: no sentence text is read or
 * split. A readout's later sentences are read only when its first mention is weak.
 */
import { stemmer } from 'stemmer';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { term, terms } from '../../text/terms.ts';
import type { Concept } from '../reading/concepts.ts';
import { ROLE_WORDS } from '../reading/extract.ts';
import { mentionsAt } from './mentions.ts';
import { isOpening } from '../reading/reading.ts';

export type WeakMention = 'scope list' | 'counterpart nationality';

/** Words that open a list appended to a sentence ("such" of "such as"). */
const LIST_WORDS = ['including', 'include', 'includes', 'such'];
/** The readouts' own side: every readout names it, so it is no other subject. */
const OWN_SIDE = 'United States';
/** Words that start an office after a nationality ("Japanese Minister of Defense", "his Japanese counterpart"). */
const OFFICE_WORDS = [
  ...'minister ministers prime defense defence deputy foreign secretary president vice chief chairman'.split(' '),
  ...'ambassador acting federal state national counterpart'.split(' '),
];
/** Words that join the office words of an office's name ("Secretary of Defense"). */
const OFFICE_JOINERS = new Set(['of', 'the', 'for', 'and']);

/**
 * The citation picker of one timeline: `pick(first)` is the sentence to cite
 * for the readout whose first mention of the topic is `first`; `weak(s)` says
 * which rule, if any, passes sentence s over. What the rules need of the topic
 * is prepared once for all the readouts cited.
 */
export function timelinePicker(index: SentenceIndex, concepts: Concept[]) {
  const topic = topicOf(index, concepts);
  const weak = (s: number) => weakMention(index, topic, s);
  return {
    pick(first: number): number {
      const why = weak(first);
      if (why === null) return first;
      const r = index.readout(first);
      for (let s = first + 1; s < r.first + r.count; s++) {
        if (mentionsAt(index, concepts, s) && weak(s) === null) {
          if (why === 'scope list') applied('timeline-scope-list');
          else applied('timeline-counterpart-nationality');
          return s;
        }
      }
      return first;
    },
    weak,
  };
}

interface Topic {
  /** Term and entity ids of the topic (the concepts' alternatives). */
  ids: Set<number>;
  /** Term ids a word of a mention can have: the alternatives, and the terms of an entity's names. */
  terms: Set<number>;
  /** Word ids of the list words, office words, and "to". */
  listWords: Set<number>;
  offices: Set<number>;
  to: number;
  /** The index's word facts and subject entities (shared by its timelines). */
  facts: WordFacts;
  subjects: Set<number>;
  /** The topic has entity ids (matched on the alias table), not only word terms. */
  entities: boolean;
}

function topicOf(index: SentenceIndex, concepts: Concept[]): Topic {
  const ids = new Set<number>();
  const termIds = new Set<number>();
  for (const c of concepts) {
    for (const id of c.alternatives.keys()) {
      ids.add(id);
      const name = index.data.vocab[id] as string;
      const entity = name.startsWith('~') ? index.aliases.entities.find((e) => e.id === name) : undefined;
      if (!entity) termIds.add(id);
      for (const t of entity ? entity.names.flatMap((n) => terms(n)) : []) {
        const tid = index.termId(t);
        if (tid !== undefined) termIds.add(tid);
      }
    }
  }
  return {
    ids,
    terms: termIds,
    listWords: wordIds(index, LIST_WORDS),
    offices: offices(index),
    to: index.wordId('to') ?? -1,
    facts: factsOf(index),
    subjects: subjects(index),
    entities: [...ids].some((id) => (index.data.vocab[id] as string).startsWith('~')),
  };
}

function wordIds(index: SentenceIndex, list: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const w of list) {
    const id = index.wordId(w.toLowerCase());
    if (id !== undefined) out.add(id);
  }
  return out;
}

const officesOf = new WeakMap<SentenceIndex, Set<number>>();

function offices(index: SentenceIndex): Set<number> {
  let known = officesOf.get(index);
  if (!known) officesOf.set(index, (known = wordIds(index, OFFICE_WORDS)));
  return known;
}

/** Which rule, if any, says sentence s names the topic without being about it. */
function weakMention(index: SentenceIndex, topic: Topic, s: number): WeakMention | null {
  // Cheap tests first, in place on the index's arrays (this runs for every
  // cited readout): most sentences are let go on their last words or entities.
  const { wordOffsets } = index.data;
  const from = wordOffsets[s] as number;
  const to = wordOffsets[s + 1] as number;
  const maybeList = endsInList(index, topic, from, to);
  const maybeNationality = isOpening(index, s) && namesOtherSubject(index, topic, s) && hasDerived(index, topic, from, to);
  if (!maybeList && !maybeNationality) return null;
  const ws = index.wordsOf(s);
  const spans = mentionSpans(index, topic, ws);
  if (spans.length === 0) return null;
  if (maybeList && spans.length === 1) {
    const only = spans[0] as MentionSpan;
    let listed = false;
    for (let p = Math.max(0, only.start - DEFAULTS.ranking.listReach); p < only.start; p++) listed ||= topic.listWords.has(ws[p] as number);
    if (listed && only.end === ws.length) return 'scope list';
  }
  if (maybeNationality) {
    const nationality = spans.every((m) => m.derived && m.end < ws.length && topic.offices.has(ws[m.end] as number));
    // The other subject must be in what the opening says the meeting was for,
    // "… to discuss X": not its occasion ("on the margins of the NATO Ministerial").
    const purpose = nationality ? purposeStart(index, topic, ws, (spans[spans.length - 1] as MentionSpan).end) : -1;
    if (purpose >= 0 && namesSubjectFrom(index, topic, ws, purpose)) return 'counterpart nationality';
  }
  return null;
}

/** The sentence's last word is the topic's and a list word stands shortly before it (words from … to of docWords). */
function endsInList(index: SentenceIndex, topic: Topic, from: number, to: number): boolean {
  const { docWords } = index.data;
  if (to === from || !topic.terms.has(termOfWord(index, topic.facts, docWords[to - 1] as number))) return false;
  for (let p = Math.max(from, to - DEFAULTS.ranking.listTail); p < to - 1; p++) if (topic.listWords.has(docWords[p] as number)) return true;
  return false;
}

/**
 * Per word id of the index: whether it reaches its term (SentenceIndex.termOfWord)
 * through the demonym table ("japanese" → japan), not by its own stem. Filled
 * as words are met, each word once.
 */
interface WordFacts {
  /** 1 derived, 0 not, UNREAD not worked out yet. */
  derived: Int8Array;
}

const UNREAD = -1;
const wordFacts = new WeakMap<SentenceIndex, WordFacts>();

function factsOf(index: SentenceIndex): WordFacts {
  let facts = wordFacts.get(index);
  if (!facts) {
    facts = { derived: new Int8Array(index.data.wordVocab.length).fill(UNREAD) };
    wordFacts.set(index, facts);
  }
  return facts;
}

/** The word's term id (-1 for a stop word), its derived flag worked out on the way. */
function termOfWord(index: SentenceIndex, facts: WordFacts, id: number): number {
  if (facts.derived[id] === UNREAD) {
    const word = index.wordOf(id);
    const stem = term(word);
    facts.derived[id] = stem !== null && stem !== stemmer(word) ? 1 : 0;
  }
  return index.termOfWord(id);
}

/** Some word of the sentence is a derived form of the topic ("Japanese"). */
function hasDerived(index: SentenceIndex, topic: Topic, from: number, to: number): boolean {
  const { facts } = topic;
  const { docWords } = index.data;
  for (let p = from; p < to; p++) {
    const id = docWords[p] as number;
    const t = termOfWord(index, facts, id);
    if (facts.derived[id] === 1 && topic.terms.has(t)) return true;
  }
  return false;
}

/** Where "to" + a verb ("to discuss", "to share assessments on") starts after word `from`, or -1: not "to Ukraine", "to the". */
function purposeStart(index: SentenceIndex, topic: Topic, ws: ArrayLike<number>, from: number): number {
  const { facts } = topic;
  for (let p = from; p < ws.length - 1; p++) {
    if (ws[p] !== topic.to) continue;
    const next = termOfWord(index, facts, ws[p + 1] as number);
    if (next >= 0 && !/^\p{Lu}/u.test(index.surface(next) ?? '')) return p;
  }
  return -1;
}

/**
 * Entity ids that are a subject of their own: capitalised names that are not
 * the own side and no office (an office's name is office words and joiners:
 * "Secretary of Defense", "Department of Defense").
 */
const subjectsOf = new WeakMap<SentenceIndex, Set<number>>();

function subjects(index: SentenceIndex): Set<number> {
  let known = subjectsOf.get(index);
  if (known) return known;
  known = new Set();
  for (const entity of index.aliases.entities) {
    const id = index.termId(entity.id);
    if (id === undefined || entity.names.includes(OWN_SIDE) || !/^\p{Lu}/u.test(entity.name)) continue;
    if (entity.name.split(/\s+/).every((w) => ROLE_WORDS.has(w) || OFFICE_JOINERS.has(w))) continue;
    known.add(id);
  }
  subjectsOf.set(index, known);
  return known;
}

function namesOtherSubject(index: SentenceIndex, topic: Topic, s: number): boolean {
  const { entOffsets, docEntities } = index.data;
  for (let p = entOffsets[s] as number, end = entOffsets[s + 1] as number; p < end; p++) {
    const id = docEntities[p] as number;
    if (topic.subjects.has(id) && !topic.ids.has(id)) return true;
  }
  return false;
}

interface MentionSpan {
  /** Word positions [start, end) in the sentence. */
  start: number;
  end: number;
  /** Reached the topic through the demonym table ("Japanese" → japan), not written as the name. */
  derived: boolean;
}

/**
 * Where the sentence names the topic, as word spans: hits of its concepts
 * (an entity by any of its names, a word by its term), close hits joined into
 * one mention ("Republic of Korea (ROK)" is one). Terms come from the word
 * ids, as the index made them.
 */
function mentionSpans(index: SentenceIndex, topic: Topic, ws: ArrayLike<number>): MentionSpan[] {
  const { facts } = topic;
  const hits: { start: number; end: number }[] = [];
  if (topic.entities) {
    const { seq, at } = termsFrom(index, topic, ws, 0);
    for (const m of index.aliases.match(seq)) {
      if (topic.ids.has(index.termId(m.entity.id) ?? -1)) hits.push({ start: at[m.start] as number, end: (at[m.end - 1] as number) + 1 });
    }
  }
  for (let p = 0; p < ws.length; p++) {
    if (topic.ids.has(termOfWord(index, facts, ws[p] as number))) hits.push({ start: p, end: p + 1 });
  }
  hits.sort((a, b) => a.start - b.start);
  const spans: MentionSpan[] = [];
  for (const h of hits) {
    let derived = false;
    for (let p = h.start; p < h.end; p++) derived ||= facts.derived[ws[p] as number] === 1;
    const last = spans[spans.length - 1];
    if (last && h.start <= last.end + DEFAULTS.ranking.sameMentionGap) {
      last.end = Math.max(last.end, h.end);
      last.derived &&= derived;
    } else spans.push({ start: h.start, end: h.end, derived });
  }
  return spans;
}

/** Whether the words from position `from` on name another subject (an entity of subjects()). */
function namesSubjectFrom(index: SentenceIndex, topic: Topic, ws: ArrayLike<number>, from: number): boolean {
  const { seq } = termsFrom(index, topic, ws, from);
  return index.aliases.match(seq).some((m) => {
    const id = index.termId(m.entity.id) ?? -1;
    return topic.subjects.has(id) && !topic.ids.has(id);
  });
}

/** The index terms of the words from position `from` on, with the position of each. */
function termsFrom(index: SentenceIndex, topic: Topic, ws: ArrayLike<number>, from: number) {
  const seq: string[] = [];
  const at: number[] = [];
  for (let p = from; p < ws.length; p++) {
    const t = termOfWord(index, topic.facts, ws[p] as number);
    if (t >= 0) {
      seq.push(index.data.vocab[t] as string);
      at.push(p);
    }
  }
  return { seq, at };
}
