/**
 * Which sentence a timeline cites for a readout: its first mention of the
 * topic (readouts lead with what matters), unless that mention is one of two
 * kinds that name the topic without saying anything about it. Then the
 * readout's next mention that is neither is cited; when there is none, the
 * first mention stays. The rules, each named in DESIGN.md ("Timeline and quote"):
 *
 * - **a scope list is not the mention** — a sentence whose one mention of the
 *   topic closes it after "including", "to include" or "such as" ("… anywhere
 *   in the Pacific, to include the South China Sea.") names the topic as the
 *   end of a scope, not as what was done there.
 * - **the counterpart's nationality is not the subject** — an opening that
 *   names the topic only as the counterpart's nationality, right before an
 *   office ("spoke with Japanese Minister of Defense Onodera"), and says the
 *   call was for another country, region or body ("… to discuss North
 *   Korea's missile launch") is about that other thing. An opening whose
 *   purpose names nothing else ("hosted Australian Minister of Defense Payne
 *   to discuss our defense relationship", "met with Japanese Prime Minister
 *   Abe today in Tokyo") stays the citation.
 *
 * Only the cited readouts are looked at (a timeline page is 8 of them), and
 * only their first mention is read as words unless a cheap test on its word
 * and entity ids says a rule may apply: a timeline of 7,000 readouts reads
 * no more text than the citations it prints.
 */
import { stemmer } from 'stemmer';
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { term, words } from '../text/terms.ts';
import type { Concept } from './concepts.ts';
import { ROLE_WORDS } from './extract.ts';
import { mentionsAt } from './mentions.ts';
import { isOpening } from './reading.ts';

/** Words that open a list appended to a sentence ("such" of "such as"). */
const LIST_WORDS = ['including', 'include', 'includes', 'such'];
/** How many words before a mention a list word may stand ("to include the South China Sea"). */
const LIST_REACH = 3;
/** Words between two hits of the topic that still make one mention ("Republic of Korea (ROK)", "missile launches"). */
const SAME_MENTION_GAP = 2;
/** The readouts' own side: every readout names it, so it is no other subject. */
const OWN_SIDE = 'United States';
/** Words that join the office words of an office's name ("Secretary of Defense"). */
const OFFICE_JOINERS = new Set(['of', 'the', 'for', 'and']);

export type WeakMention = 'scope list' | 'counterpart nationality';

/** The sentence to cite for the readout whose first mention of the topic is `first`. */
export function citedMention(index: SentenceIndex, concepts: Concept[], first: number): number {
  if (weakMention(index, concepts, first) === null) return first;
  const r = index.readout(first);
  for (let s = first + 1; s < r.first + r.count; s++) {
    if (mentionsAt(index, concepts, s) && weakMention(index, concepts, s) === null) return s;
  }
  return first;
}

/** Which rule, if any, says sentence s names the topic without being about it. */
export function weakMention(index: SentenceIndex, concepts: Concept[], s: number): WeakMention | null {
  const maybeList = hasListWord(index, s);
  const maybeNationality = isOpening(index, s) && namesOtherSubject(index, concepts, s);
  if (!maybeList && !maybeNationality) return null;
  const { ws, spans, subjectsAt } = mentionSpans(index, concepts, s);
  if (spans.length === 0) return null;
  if (maybeList && spans.length === 1) {
    const only = spans[0] as Span;
    const before = ws.slice(Math.max(0, only.start - LIST_REACH), only.start);
    if (only.end === ws.length && before.some((w) => LIST_WORDS.includes(w.word))) return 'scope list';
  }
  if (maybeNationality) {
    const nationality = spans.every((m) => {
      const next = ws[m.end];
      return m.derived && next !== undefined && next.capitalized && ROLE_WORDS.has(next.raw);
    });
    // The other subject must be in what the opening says the meeting was for,
    // "… to discuss X": not its occasion ("on the margins of the NATO Ministerial").
    const purpose = nationality ? purposeStart(ws, (spans[spans.length - 1] as Span).end) : -1;
    if (purpose >= 0 && subjectsAt.some((start) => start > purpose)) return 'counterpart nationality';
  }
  return null;
}

/** Where "to" + a verb ("to discuss", "to share assessments on") starts after word `from`, or -1. */
function purposeStart(ws: { word: string; capitalized: boolean }[], from: number): number {
  for (let i = from; i < ws.length - 1; i++) {
    const next = ws[i + 1] as { word: string; capitalized: boolean };
    if (ws[i]?.word === 'to' && !next.capitalized && term(next.word) !== null) return i;
  }
  return -1;
}

function hasListWord(index: SentenceIndex, s: number): boolean {
  const ids = LIST_WORDS.map((w) => index.wordId(w)).filter((id) => id !== undefined);
  if (ids.length === 0) return false;
  const sentenceWords = index.wordsOf(s);
  for (let p = 0; p < sentenceWords.length; p++) if (ids.includes(sentenceWords[p] as number)) return true;
  return false;
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

function namesOtherSubject(index: SentenceIndex, concepts: Concept[], s: number): boolean {
  const all = subjects(index);
  const entities = index.entitiesOf(s);
  for (let p = 0; p < entities.length; p++) {
    const id = entities[p] as number;
    if (all.has(id) && !concepts.some((c) => c.alternatives.has(id))) return true;
  }
  return false;
}

interface Span {
  /** Word positions [start, end) in the sentence. */
  start: number;
  end: number;
  /** Reached the topic through the demonym table ("Japanese" → japan), not written as the name. */
  derived: boolean;
}

/**
 * Where the sentence names the topic, as word spans: hits of its concepts
 * (an entity by any of its names, a word by its term), close hits joined into
 * one mention ("Republic of Korea (ROK)" is one). Read from the text: this
 * runs only for the few sentences the id tests above let through.
 */
function mentionSpans(index: SentenceIndex, concepts: Concept[], s: number) {
  const ws = words(index.text(s));
  const seq: string[] = [];
  const at: number[] = [];
  ws.forEach((w, i) => {
    const t = term(w.word);
    if (t) {
      seq.push(t);
      at.push(i);
    }
  });
  const wanted = new Set<string>();
  for (const c of concepts) for (const id of c.alternatives.keys()) wanted.add(index.data.vocab[id] as string);
  const hits: { start: number; end: number }[] = [];
  const subjectsAt: number[] = [];
  const named = subjects(index);
  for (const m of index.aliases.match(seq)) {
    if (wanted.has(m.entity.id)) hits.push({ start: at[m.start] as number, end: (at[m.end - 1] as number) + 1 });
    else if (named.has(index.termId(m.entity.id) ?? -1)) subjectsAt.push(at[m.start] as number);
  }
  seq.forEach((t, j) => {
    if (wanted.has(t)) hits.push({ start: at[j] as number, end: (at[j] as number) + 1 });
  });
  hits.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  for (const h of hits) {
    const derived = ws.slice(h.start, h.end).some((w) => {
      const t = term(w.word);
      return t !== null && t !== stemmer(w.word);
    });
    const last = spans[spans.length - 1];
    if (last && h.start <= last.end + SAME_MENTION_GAP) {
      last.end = Math.max(last.end, h.end);
      last.derived &&= derived;
    } else spans.push({ start: h.start, end: h.end, derived });
  }
  return { ws, spans, subjectsAt };
}
