/**
 * Autocomplete from memory: what to offer while a user types a topic or a
 * phrase. Built once per index; each lookup is a prefix walk of a radix tree,
 * so it answers in well under Discord's autocomplete deadline.
 *
 * Topics come from alias entities (labelled "topic", or "alias of …") and from
 * the words of the corpus ("word"); phrases are continuations of the typed
 * words as they occur in sentences ("phrase").
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { words } from '../text/terms.ts';
import { phraseHits } from './quote.ts';

export interface Completion {
  /** What is shown: the suggestion and its kind. */
  label: string;
  /** What is filled in. */
  value: string;
  kind: 'topic' | 'alias' | 'word' | 'phrase';
  /** Sentences (for topics and words) or readouts (for phrases) that hold it. */
  count: number;
}

interface Candidate {
  display: string;
  kind: 'topic' | 'alias' | 'word';
  of?: string;
  count: number;
}

export const MAX_COMPLETIONS = 25;
/** Words after the typed ones that a phrase suggestion adds. */
const PHRASE_TAIL = 5;
/** Sentences read for phrase suggestions, at most. */
const PHRASE_CANDIDATES = 400;
/** Topic suggestions for prefixes this short are kept: they are typed all the time. */
const CACHED_PREFIX = 3;

export class Completer {
  private readonly names = new SearchableMap<Candidate[]>();

  constructor(private readonly index: SentenceIndex) {
    const add = (key: string, candidate: Candidate) => {
      const list = this.names.get(key);
      if (list) {
        if (!list.some((c) => c.display === candidate.display)) list.push(candidate);
      } else this.names.set(key, [candidate]);
    };
    for (const entity of index.aliases.entities) {
      const count = index.df(entity.id);
      if (count === 0) continue;
      entity.names.forEach((name, i) => {
        const candidate: Candidate =
          i === 0 ? { display: name, kind: 'topic', count } : { display: name, kind: 'alias', of: entity.name, count };
        // Every word start is a way in: "korea" finds "North Korea".
        const key = name.toLowerCase();
        for (let at = 0; at < key.length; at = key.indexOf(' ', at) + 1) {
          add(key.slice(at), candidate);
          if (key.indexOf(' ', at) < 0) break;
        }
      });
    }
    for (const [t, count] of index.vocabulary) {
      const display = index.surface(t) ?? t;
      if (display.length < 3 || /^\d+$/.test(display)) continue;
      add(display.toLowerCase(), { display, kind: 'word', count });
    }
  }

  private readonly cache = new Map<string, Completion[]>();

  /** Topics (entities, aliases, words) starting with what was typed. */
  topics(typed: string): Completion[] {
    const key = typed.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!key) return this.popular();
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found: Candidate[] = [];
    for (const [, list] of this.names.atPrefix(key)) found.push(...list);
    const result = rankCandidates(found, key).slice(0, MAX_COMPLETIONS).map(toCompletion);
    if (key.length <= CACHED_PREFIX) this.cache.set(key, result);
    return result;
  }

  /** The most mentioned topics, for an empty field. */
  private popular(): Completion[] {
    const all: Candidate[] = [];
    for (const [, list] of this.names) for (const c of list) if (c.kind === 'topic') all.push(c);
    return rankCandidates(all, '').slice(0, MAX_COMPLETIONS).map(toCompletion);
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
        .map((c) => ({ ...c, value: c.value.toLowerCase(), label: c.label.replace(/^\S+/, c.value.toLowerCase()) }));
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
      const phrase = [...sequence.subarray(at, at + ids.length + PHRASE_TAIL)].map((id) => this.index.wordOf(id)).join(' ');
      const docs = counts.get(phrase) ?? new Set<string>();
      docs.add(this.index.readout(i).file);
      counts.set(phrase, docs);
    }
    return [...counts]
      .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
      .slice(0, MAX_COMPLETIONS)
      .map(([phrase, docs]) => ({
        label: `${phrase} (phrase · ${docs.size} readout${docs.size === 1 ? '' : 's'})`,
        value: phrase,
        kind: 'phrase' as const,
        count: docs.size,
      }));
  }
}

/** Whole-name matches first, then names starting with the text, then by how often they occur. */
function rankCandidates(found: Candidate[], key: string): Candidate[] {
  const seen = new Set<string>();
  return found
    .filter((c) => {
      const id = `${c.kind}|${c.display}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => {
      const aStart = a.display.toLowerCase().startsWith(key) ? 0 : 1;
      const bStart = b.display.toLowerCase().startsWith(key) ? 0 : 1;
      const kindOrder = { topic: 0, alias: 1, word: 2 } as const;
      return aStart - bStart || kindOrder[a.kind] - kindOrder[b.kind] || b.count - a.count || a.display.localeCompare(b.display);
    });
}

function toCompletion(c: Candidate): Completion {
  const kind = c.kind === 'alias' ? `alias of ${c.of}` : c.kind;
  return {
    label: `${c.display} (${kind} · ${c.count} sentence${c.count === 1 ? '' : 's'})`,
    value: c.display,
    kind: c.kind,
    count: c.count,
  };
}
