/**
 * The searchable form of a corpus, in flat typed arrays: every sentence's
 * terms (term ids, in order), the entities it names, and an inverted index
 * (term → sentences) scored with BM25+. The vocabulary lives in MiniSearch's
 * radix tree (SearchableMap), for fuzzy and prefix lookups.
 *
 * Why not MiniSearch's own index for the sentences: at 250,000 sentences it
 * took 250–450 ms to search a common word ("secretary") and 3 s to load from
 * its JSON, where Readout must answer in milliseconds and start in about a
 * second. Typed arrays score the same BM25+ over the same terms in a few
 * milliseconds, and save and load as one binary file (src/search/snapshot.ts).
 *
 * This file is the read API. Building is in src/search/buildIndex.ts (terms
 * computed there once, with src/text/terms.ts, so index and questions cannot
 * drift apart); BM25+ scoring in src/search/bm25.ts.
 */
import { TermMarks } from './termMarks.ts';
import { term } from '../text/terms.ts';
import { createHash } from 'node:crypto';
import SearchableMap from 'minisearch/SearchableMap';
import { sentenceId, type Sentence } from '../corpus/readout.ts';
import type { Scored } from './select.ts';
import { AliasTable } from './aliases.ts';
import { Bm25 } from './bm25.ts';
import type { SentenceTexts } from './texts.ts';

export interface ReadoutInfo {
  file: string;
  title: string;
  date: string | null;
  source: string | null;
  /** The prefix of its sentence ids (see readoutKeys in src/corpus/readout.ts). */
  key: string;
  /** Its sentences are numbers first … first + count - 1, in reading order. */
  first: number;
  count: number;
  /** Term and entity ids of the title: a readout's title tells who met whom. */
  titleTerms: Set<number>;
}

/**
 * Ids stored 16 bits wide when they all fit (term and word ids below 65,536,
 * paragraph numbers, readout numbers), else 32: at 40,000 synthetic readouts
 * the vocabularies hold ~58,000 terms and ~60,000 words, so this halves the
 * three largest arrays but one (DESIGN.md, "Memory").
 */
export type IdArray = Uint16Array | Uint32Array;

/** The narrowest IdArray that holds every value (all below `bound`). */
export function narrow(values: Uint32Array, bound: number): IdArray {
  return bound <= 0x10000 ? Uint16Array.from(values) : values;
}

/** The arrays a SentenceIndex is made of; what a snapshot stores. */
export interface IndexData {
  readouts: Omit<ReadoutInfo, 'titleTerms'>[];
  titleTerms: number[][];
  /** Term (or entity, "~…") of each id. */
  vocab: string[];
  /** Display form of each term ("mageshima" → "Mageshima"). */
  surface: string[];
  entityGroups: string[][];
  /**
   * Every sentence's text, as UTF-8 bytes decoded when a sentence is cited:
   * in memory for a built index, left in the snapshot file for a loaded one
   * (src/search/texts.ts). A JavaScript string of them all took two bytes a
   * character (readouts use curly quotes), about 290 MB at 40,000 readouts.
   */
  texts: SentenceTexts;
  paragraph: IdArray;
  position: IdArray;
  /** Sentence → readout number. */
  readoutOf: IdArray;
  /** Term ids of each sentence: docTerms[docOffsets[i] … docOffsets[i+1]). */
  docOffsets: Uint32Array;
  docTerms: IdArray;
  /** Every word (stop words too, folded and lowercased) per id, and each sentence's word ids: for quotes. */
  wordVocab: string[];
  wordOffsets: Uint32Array;
  docWords: IdArray;
  entOffsets: Uint32Array;
  docEntities: IdArray;
  /** Sentences holding each term: postDocs[postOffsets[t] … postOffsets[t+1]), ascending, with term frequency. */
  postOffsets: Uint32Array;
  postDocs: Uint32Array;
  postTf: Uint8Array;
}

/** termOfWord's mark for a word not worked out yet. */
const UNREAD_TERM = -2;

export class SentenceIndex {
  readonly size: number;
  readonly readouts: ReadoutInfo[];
  private readonly readoutByKey = new Map<string, ReadoutInfo>();
  readonly aliases: AliasTable;
  /** Every word term with its document frequency, for fuzzy and prefix lookups. */
  readonly vocabulary = new SearchableMap<number>();
  private readonly ids = new Map<string, number>();
  private readonly wordIds = new Map<string, number>();
  /** Readout date as a number (20200829), 0 when unknown: fast date filters. */
  private readonly dateNum: Uint32Array;

  constructor(readonly data: IndexData) {
    this.size = data.texts.count;
    // Built field by field, not spread from the decoded header: objects from
    // JSON.parse spread into copies read ~10x slower in V8 (measured: 4 ms vs
    // 0.35 ms for 60,000 `.first` reads), and answers read them per sentence.
    this.readouts = data.readouts.map((r, i) => ({
      file: r.file,
      title: r.title,
      date: r.date,
      source: r.source,
      key: r.key,
      first: r.first,
      count: r.count,
      titleTerms: new Set(data.titleTerms[i]),
    }));
    for (const r of this.readouts) this.readoutByKey.set(r.key, r);
    data.vocab.forEach((t, i) => this.ids.set(t, i));
    data.wordVocab.forEach((w, i) => this.wordIds.set(w, i));
    // The groups are merged already; rebuilding the table from them is cheap.
    this.aliases = new AliasTable(data.entityGroups);
    for (let t = 0; t < data.vocab.length; t++) {
      const df = (data.postOffsets[t + 1] as number) - (data.postOffsets[t] as number);
      const name = data.vocab[t] as string;
      if (df > 0 && !name.startsWith('~')) this.vocabulary.set(name, df);
    }
    this.dateNum = new Uint32Array(this.readouts.length);
    this.readouts.forEach((r, i) => (this.dateNum[i] = r.date ? Number(r.date.replaceAll('-', '')) : 0));
  }

  // ── sentences ──────────────────────────────────────────────────────────

  text(i: number): string {
    return this.data.texts.text(i);
  }

  readout(i: number): ReadoutInfo {
    return this.readouts[this.data.readoutOf[i] as number] as ReadoutInfo;
  }

  /** The stable id of a sentence: "7b0e9ffc21a4.5.3" (readout key, paragraph, position). */
  idOf(i: number): string {
    return sentenceId(this.readout(i).key, this.data.paragraph[i] as number, this.data.position[i] as number);
  }

  /** The sentence as the corpus has it, with its citation. */
  sentence(i: number): Sentence {
    const r = this.readout(i);
    const paragraph = this.data.paragraph[i] as number;
    const position = this.data.position[i] as number;
    return {
      id: sentenceId(r.key, paragraph, position),
      text: this.text(i),
      doc: r.file,
      title: r.title,
      date: r.date,
      source: r.source,
      paragraph,
      position,
    };
  }

  /** Sentence number of a stable sentence id ("7b0e9ffc21a4.5.3"), or -1 (the inverse of idOf). */
  numberOf(id: string): number {
    const [key, p, s] = id.split('.');
    const r = this.readoutByKey.get(key ?? '');
    if (!r) return -1;
    for (let i = r.first; i < r.first + r.count; i++) {
      if (this.data.paragraph[i] === Number(p) && this.data.position[i] === Number(s)) return i;
    }
    return -1;
  }

  /** Readout date as YYYYMMDD, 0 when unknown. */
  dateOf(i: number): number {
    return this.dateNum[this.data.readoutOf[i] as number] as number;
  }

  /** The date of readout number r as a number (20200829, 0 when unknown). */
  readoutDate(r: number): number {
    return this.dateNum[r] as number;
  }

  /** Term ids of a sentence, in order. */
  termsOf(i: number): IdArray {
    return this.data.docTerms.subarray(this.data.docOffsets[i], this.data.docOffsets[i + 1]);
  }

  /** Word ids of a sentence, every word in order (see words() in src/text/terms.ts). */
  wordsOf(i: number): IdArray {
    return this.data.docWords.subarray(this.data.wordOffsets[i], this.data.wordOffsets[i + 1]);
  }

  /**
   * Where the words `run` first occur in a row in sentence i (as an offset
   * into its words), or -1. Reads the arrays in place: quotes test thousands
   * of sentences per phrase.
   */
  wordRunAt(i: number, run: readonly number[]): number {
    const { wordOffsets, docWords } = this.data;
    const from = wordOffsets[i] as number;
    const last = (wordOffsets[i + 1] as number) - run.length;
    const first = run[0];
    for (let start = from; start <= last; start++) {
      if (docWords[start] !== first) continue;
      let k = 1;
      while (k < run.length && docWords[start + k] === run[k]) k++;
      if (k === run.length) return start - from;
    }
    return -1;
  }

  /** Id of a folded, lowercased word, if any sentence has it. */
  wordId(word: string): number | undefined {
    return this.wordIds.get(word);
  }

  wordOf(id: number): string {
    return this.data.wordVocab[id] as string;
  }

  /**
   * The term id a word id stands for ("discussed" → the id of "discuss"), -1
   * for a stop word or a term no sentence has: a sentence's terms read from its
   * words in place, each word worked out once per index.
   */
  termOfWord(wordId: number): number {
    this.wordTerms ??= new Int32Array(this.data.wordVocab.length).fill(UNREAD_TERM);
    let t = this.wordTerms[wordId] as number;
    if (t === UNREAD_TERM) {
      const stem = term(this.wordOf(wordId));
      t = stem === null ? -1 : (this.termId(stem) ?? -1);
      this.wordTerms[wordId] = t;
    }
    return t;
  }

  private wordTerms: Int32Array | undefined;

  /** Entity ids a sentence names. */
  entitiesOf(i: number): IdArray {
    return this.data.docEntities.subarray(this.data.entOffsets[i], this.data.entOffsets[i + 1]);
  }

  /** True when the sentence has the term or entity id. */
  has(i: number, id: number): boolean {
    const { docOffsets, docTerms, entOffsets, docEntities } = this.data;
    for (let p = docOffsets[i] as number, end = docOffsets[i + 1] as number; p < end; p++) if (docTerms[p] === id) return true;
    for (let p = entOffsets[i] as number, end = entOffsets[i + 1] as number; p < end; p++) if (docEntities[p] === id) return true;
    return false;
  }

  /**
   * A byte per sentence, all zero, for one pass over postings (marks,
   * counts): one array per slot, reused, because allocating a megabyte per
   * question at 40,000 readouts cost more in garbage collection than the
   * pass itself. The caller is done with it before asking for the slot again.
   */
  marks(slot: number): Uint8Array {
    let marks = this.markSlots[slot];
    if (marks) marks.fill(0);
    else marks = this.markSlots[slot] = new Uint8Array(this.size);
    return marks;
  }

  private readonly markSlots: Uint8Array[] = [];

  /**
   * A TermMarks (one sentence's terms, for constant-time checks), one per
   * slot and reused like marks(): BM25 and ranking each keep their own slot.
   */
  termMarks(slot: number): TermMarks {
    let marks = this.termMarkSlots[slot];
    if (!marks) marks = this.termMarkSlots[slot] = new TermMarks(this.data);
    return marks;
  }

  private readonly termMarkSlots: TermMarks[] = [];

  // ── terms ──────────────────────────────────────────────────────────────

  /** Id of a term or entity ("~north_korea"), if the index knows it (not a sentence id: that is idOf). */
  termId(termOrEntity: string): number | undefined {
    return this.ids.get(termOrEntity);
  }

  /** How many sentences hold the term or entity (0 when unknown). */
  df(termOrId: string | number): number {
    const id = typeof termOrId === 'number' ? termOrId : this.ids.get(termOrId);
    if (id === undefined) return 0;
    return (this.data.postOffsets[id + 1] as number) - (this.data.postOffsets[id] as number);
  }

  /** Inverse document frequency (MiniSearch's formula); unseen terms get the highest. */
  idf(termOrId: string | number): number {
    const df = this.df(termOrId);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** How a term is usually written, for suggestions and labels. */
  surface(termOrId: string | number): string | undefined {
    const id = typeof termOrId === 'number' ? termOrId : this.ids.get(termOrId);
    return id === undefined ? undefined : this.data.surface[id];
  }

  /**
   * Words of the vocabulary within `distance` edits of `word` that start with
   * its first letter (typos keep it), closest first, then the most used:
   * [term, sentences holding it, edits]. Searching only that letter's branch
   * of the radix tree is several times faster than the whole tree.
   */
  near(word: string, distance: number): [string, number, number][] {
    const first = word[0];
    if (!first) return [];
    return [...this.vocabulary.atPrefix(first).fuzzyGet(word.slice(1), distance)]
      .map(([rest, [df, edits]]): [string, number, number] => [first + rest, df, edits])
      .sort((a, b) => a[2] - b[2] || b[1] - a[1]);
  }

  /** Sentences holding a term or entity, ascending. */
  postings(id: number): Uint32Array {
    return this.data.postDocs.subarray(this.data.postOffsets[id], this.data.postOffsets[id + 1]);
  }

  // ── scoring ────────────────────────────────────────────────────────────

  /**
   * BM25+ over the given term/entity ids (id → weight), best first, at most
   * `limit`. `keep` filters sentences (date ranges, readouts) before scoring.
   * The scoring itself is in src/search/bm25.ts.
   */
  bm25(weights: Map<number, number>, keep: ((i: number) => boolean) | null, limit: number): Scored[] {
    this.scorer ??= new Bm25(this);
    return this.scorer.score(weights, keep, limit);
  }

  private scorer: Bm25 | undefined;

  /** A short hash of the arrays: equal for equal indexes (for tests of the snapshot). */
  digest(): string {
    const hash = createHash('sha1');
    for (const array of [this.data.docTerms, this.data.postDocs, this.data.docEntities]) hash.update(array);
    hash.update(this.data.vocab.join('\n'));
    hash.update(this.data.texts.bytes());
    return hash.digest('hex').slice(0, 12);
  }
}
