/**
 * Autocomplete from memory: what to offer while a user types a topic or a
 * phrase. Built once per index; each lookup is a prefix walk of a radix tree,
 * so it answers in well under Discord's autocomplete deadline.
 *
 * Topics come from alias entities (their names, then their other names) and
 * from the words of the corpus; phrases are continuations of the typed words
 * as they occur in sentences. Ranked as a person would: a name equal to what
 * was typed, then names starting with it, then names with a later word
 * starting with it ("kor" → Korea, North Korea), then other names of a thing
 * ("Republic of Korea"); one entry per name however its quotes or capitals
 * are written; each labelled with how many readouts hold it, the count every
 * other part of Readout gives ("Australia — 13 readouts").
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { STOP_WORDS, words } from '../../text/terms.ts';
import { phraseHits } from './quote.ts';
import { readoutsLabel } from './cite.ts';
import { isTopicWord } from './suggest.ts';
import { DEFAULTS } from '../defaults.ts';

export interface Completion {
  /** What is shown: the suggestion and its kind. */
  label: string;
  /** What is filled in. */
  value: string;
  kind: 'topic' | 'alias' | 'word' | 'phrase';
  /** Readouts that hold it. */
  count: number;
}

interface Candidate {
  display: string;
  kind: 'topic' | 'alias' | 'word';
  of?: string;
  /** The term or entity id whose postings say which readouts hold it. */
  id: number;
}

/** One key per name however it is written: case, and straight or curly quotes. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"');
}

export const MAX_COMPLETIONS = 25;
// Tuning, each with what it trades: src/answer/defaults.ts (DEFAULTS.answering).
const { phraseTail: PHRASE_TAIL, phraseCandidates: PHRASE_CANDIDATES, cachedPrefix: CACHED_PREFIX } = DEFAULTS.answering;

export class Completer {
  private readonly names = new SearchableMap<Candidate[]>();

  constructor(private readonly index: SentenceIndex) {
    const add = (key: string, candidate: Candidate) => {
      const list = this.names.get(key);
      if (list) {
        if (!list.some((c) => nameKey(c.display) === nameKey(candidate.display))) list.push(candidate);
      } else this.names.set(key, [candidate]);
    };
    for (const entity of index.aliases.entities) {
      const id = index.termId(entity.id);
      if (id === undefined || index.df(id) === 0) continue;
      entity.names.forEach((name, i) => {
        const candidate: Candidate = i === 0 ? { display: name, kind: 'topic', id } : { display: name, kind: 'alias', of: entity.name, id };
        // Every word start is a way in: "korea" finds "North Korea".
        const key = nameKey(name);
        for (let at = 0; at < key.length; at = key.indexOf(' ', at) + 1) {
          add(key.slice(at), candidate);
          if (key.indexOf(' ', at) < 0) break;
        }
      });
    }
    for (const [t] of index.vocabulary) {
      const display = index.surface(t) ?? t;
      const id = index.termId(t);
      // Function words are no topic ("Finally", "Although").
      if (id === undefined || display.length < 3 || /^\d+$/.test(display) || !isTopicWord(display)) continue;
      add(nameKey(display), { display, kind: 'word', id });
    }
  }

  /** Readouts holding a term or entity, counted once per id (sentences of a readout are contiguous). */
  private readonly readoutCounts = new Map<number, number>();

  private readoutsOf(id: number): number {
    let n = this.readoutCounts.get(id);
    if (n === undefined) {
      n = 0;
      let last = -1;
      const postings = this.index.postings(id);
      const readoutOf = this.index.data.readoutOf;
      for (let p = 0; p < postings.length; p++) {
        const r = readoutOf[postings[p] as number] as number;
        if (r !== last) {
          n++;
          last = r;
        }
      }
      this.readoutCounts.set(id, n);
    }
    return n;
  }

  /**
   * The first MAX_COMPLETIONS, ranked by sentences (cheap for thousands of
   * candidates), then each step ordered by readouts, the count the labels show.
   */
  private best(ranked: Candidate[], key: string): Completion[] {
    const step = (c: Candidate) => rankStep(c, key);
    return ranked
      .slice(0, MAX_COMPLETIONS)
      .map((c, i) => ({ c, i, step: step(c), completion: this.toCompletion(c) }))
      .sort((a, b) => a.step - b.step || b.completion.count - a.completion.count || a.i - b.i)
      .map((x) => x.completion);
  }

  private toCompletion(c: Candidate): Completion {
    const count = this.readoutsOf(c.id);
    const of = c.kind === 'alias' ? ` (${c.of})` : '';
    return { label: `${c.display}${of} — ${readoutsLabel(count)}`, value: c.display, kind: c.kind, count };
  }

  private readonly cache = new Map<string, Completion[]>();

  /** Topics (entities, aliases, words) starting with what was typed. */
  topics(typed: string): Completion[] {
    const key = typed.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!key) return this.popular();
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found: Candidate[] = [];
    for (const [, list] of this.names.atPrefix(nameKey(key))) found.push(...list);
    const result = this.best(
      rankCandidates(found, nameKey(key), (c) => this.index.df(c.id)),
      nameKey(key),
    );
    if (key.length <= CACHED_PREFIX) this.cache.set(key, result);
    return result;
  }

  /** The most mentioned topics, for an empty field. */
  private popular(): Completion[] {
    const all: Candidate[] = [];
    for (const [, list] of this.names) for (const c of list) if (c.kind === 'topic') all.push(c);
    return this.best(
      rankCandidates(all, '', (c) => this.index.df(c.id)),
      '',
    );
  }

  /**
   * Phrases that continue the typed words as some sentence has them:
   * "field carr" → "field carrier landing practice". A single unfinished word
   * is completed as a word.
   */
  phrases(typed: string): Completion[] {
    const all = words(typed);
    const finished = /\s$/.test(typed) ? all : all.slice(0, -1);
    const partial = /\s$/.test(typed) ? '' : (all[all.length - 1]?.word ?? '');
    if (finished.length === 0) {
      if (partial.length < 3) return [];
      return this.topics(partial)
        .filter((c) => c.kind === 'word')
        .map((c) => ({ ...c, value: c.value.toLowerCase(), label: `${c.value.toLowerCase()} — ${readoutsLabel(c.count)}` }));
    }
    const run = finished.map((w) => this.index.wordId(w.word));
    if (run.some((id) => id === undefined)) return [];
    const ids = run as number[];
    const counts = new Map<string, Set<string>>();
    let read = 0;
    for (const i of phraseHits(this.index, finished.map((w) => w.raw).join(' '))) {
      // Autocomplete must answer at once: the first few hundred holders are plenty.
      if (++read > PHRASE_CANDIDATES) break;
      const sequence = this.index.wordsOf(i);
      const at = this.index.wordRunAt(i, ids);
      const next = sequence[at + ids.length];
      if (partial && (next === undefined || !this.index.wordOf(next).startsWith(partial))) continue;
      const run = [...sequence.subarray(at, at + ids.length + PHRASE_TAIL)].map((id) => this.index.wordOf(id));
      // A phrase ends on a word that can end one: "free and open indo pacific", not "… pacific a".
      while (run.length > ids.length + (partial ? 1 : 0) && STOP_WORDS.has(run[run.length - 1] as string)) run.pop();
      const phrase = run.join(' ');
      const docs = counts.get(phrase) ?? new Set<string>();
      docs.add(this.index.readout(i).file);
      counts.set(phrase, docs);
    }
    return [...counts]
      .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
      .slice(0, MAX_COMPLETIONS)
      .map(([phrase, docs]) => ({
        label: `${phrase} — ${readoutsLabel(docs.size)}`,
        value: phrase,
        kind: 'phrase' as const,
        count: docs.size,
      }));
  }
}

/**
 * A name equal to what was typed first; then names that start with it, then
 * names with a later word starting with it ("kor" → "North Korea"); names of
 * things before their other names (aliases) at each step; then the most
 * mentioned. One entry per name: "Korea's" and "Korea’s" are one.
 */
/** 0 the name typed, 1-2 names starting with it or with a later word starting with it, 3-4 other names (aliases) so. */
function rankStep(c: Candidate, key: string): number {
  const k = nameKey(c.display);
  if (k === key) return 0;
  const alias = c.kind === 'alias' ? 2 : 0;
  return (k.startsWith(key) ? 1 : 2) + alias;
}

function rankCandidates(found: Candidate[], key: string, mentions: (c: Candidate) => number): Candidate[] {
  const sorted = [...found].sort(
    (a, b) =>
      rankStep(a, key) - rankStep(b, key) ||
      // A thing's own name before a word of the same spelling ("NATO" the topic, not the word).
      (a.kind === 'topic' ? 0 : 1) - (b.kind === 'topic' ? 0 : 1) ||
      mentions(b) - mentions(a) ||
      a.display.localeCompare(b.display),
  );
  const seen = new Set<string>();
  return sorted.filter((c) => {
    const k = nameKey(c.display);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
