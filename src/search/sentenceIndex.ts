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
 * Terms are computed here once (src/text/terms.ts), so index and questions
 * cannot drift apart.
 */
import { createHash } from 'node:crypto';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus } from '../corpus/folder.ts';
import { readoutKey, sentenceId, type Readout, type Sentence } from '../corpus/readout.ts';
import { term, words } from '../text/terms.ts';
import { bestOf, topK, type Scored } from './select.ts';
import { AliasTable, BUILTIN_ALIASES, definedAcronyms } from './aliases.ts';

export interface ReadoutInfo {
  file: string;
  title: string;
  date: string | null;
  source: string | null;
  /** The prefix of its sentence ids (see readoutKey in src/corpus/readout.ts). */
  key: string;
  /** Its sentences are numbers first … first + count - 1, in reading order. */
  first: number;
  count: number;
  /** Term and entity ids of the title: a readout's title tells who met whom. */
  titleTerms: Set<number>;
}

export interface IndexOptions {
  /** Extra alias groups (from the corpus folder's aliases.json). */
  aliases?: readonly (readonly string[])[];
  /** Called now and then while building, with sentences done and total. */
  progress?: (done: number, total: number) => void;
}

/** Postings read to gather candidates: the rarest terms up to this many (or 2% of sentences). */
const DRIVER_POSTINGS = 20_000;

/** BM25+ parameters, as MiniSearch uses them. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** BM25+'s term-frequency part, given the sentence's length part (lengthNorm). */
const saturate = (tf: number, lengthNorm: number): number => DELTA + (tf * (K1 + 1)) / (tf + lengthNorm);

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
   * Every sentence's text, joined by NUL characters into one string: one
   * object instead of a quarter of a million keeps garbage-collection pauses
   * short at archive scale. textOffsets[i] is where sentence i starts.
   */
  texts: string;
  textOffsets: Uint32Array;
  paragraph: Uint32Array;
  position: Uint32Array;
  /** Sentence → readout number. */
  readoutOf: Uint32Array;
  /** Term ids of each sentence: docTerms[docOffsets[i] … docOffsets[i+1]). */
  docOffsets: Uint32Array;
  docTerms: Uint32Array;
  /** Every word (stop words too, folded and lowercased) per id, and each sentence's word ids: for quotes. */
  wordVocab: string[];
  wordOffsets: Uint32Array;
  docWords: Uint32Array;
  entOffsets: Uint32Array;
  docEntities: Uint32Array;
  /** Sentences holding each term: postDocs[postOffsets[t] … postOffsets[t+1]), ascending, with term frequency. */
  postOffsets: Uint32Array;
  postDocs: Uint32Array;
  postTf: Uint8Array;
}

export class SentenceIndex {
  readonly size: number;
  readonly readouts: ReadoutInfo[];
  private readonly readoutByKey = new Map<string, ReadoutInfo>();
  readonly aliases: AliasTable;
  /** Every word term with its document frequency, for fuzzy and prefix lookups. */
  readonly vocabulary = new SearchableMap<number>();
  private readonly ids = new Map<string, number>();
  private readonly wordIds = new Map<string, number>();
  private readonly avgLength: number;
  /** BM25's length part per sentence, K1 · (1 − B + B · length / average), computed once. */
  private readonly lengthNorm: Float64Array;
  /** Readout date as a number (20200829), 0 when unknown: fast date filters. */
  private readonly dateNum: Uint32Array;

  constructor(readonly data: IndexData) {
    this.size = data.textOffsets.length - 1;
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
    this.avgLength = this.size ? data.docTerms.length / this.size : 1;
    this.lengthNorm = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const length = (data.docOffsets[i + 1] as number) - (data.docOffsets[i] as number);
      this.lengthNorm[i] = K1 * (1 - B + (B * length) / this.avgLength);
    }
    this.dateNum = new Uint32Array(this.readouts.length);
    this.readouts.forEach((r, i) => (this.dateNum[i] = r.date ? Number(r.date.replaceAll('-', '')) : 0));
  }

  // ── sentences ──────────────────────────────────────────────────────────

  text(i: number): string {
    return this.data.texts.slice(this.data.textOffsets[i], (this.data.textOffsets[i + 1] as number) - 1);
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
  termsOf(i: number): Uint32Array {
    return this.data.docTerms.subarray(this.data.docOffsets[i], this.data.docOffsets[i + 1]);
  }

  /** Word ids of a sentence, every word in order (see words() in src/text/terms.ts). */
  wordsOf(i: number): Uint32Array {
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

  /** Entity ids a sentence names. */
  entitiesOf(i: number): Uint32Array {
    return this.data.docEntities.subarray(this.data.entOffsets[i], this.data.entOffsets[i + 1]);
  }

  /** True when the sentence has the term or entity id. */
  has(i: number, id: number): boolean {
    const { docOffsets, docTerms, entOffsets, docEntities } = this.data;
    for (let p = docOffsets[i] as number, end = docOffsets[i + 1] as number; p < end; p++) if (docTerms[p] === id) return true;
    for (let p = entOffsets[i] as number, end = entOffsets[i + 1] as number; p < end; p++) if (docEntities[p] === id) return true;
    return false;
  }

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
   */
  bm25(weights: Map<number, number>, keep: ((i: number) => boolean) | null, limit: number): Scored[] {
    // One score slot per sentence, reused across queries; only touched slots are read and reset.
    this.scratch ??= new Float64Array(this.size);
    const scores = this.scratch;
    const touched: number[] = [];
    // Candidates come from the rarest terms, up to a budget of postings; the
    // others ("secretary", in a fifth of all sentences) add to the scores of
    // the best of those candidates, read from their term lists, but do not
    // bring in a hundred thousand sentences of their own.
    const ids = [...weights.keys()].filter((id) => this.df(id) > 0).sort((a, b) => this.df(a) - this.df(b));
    const drivers: number[] = [];
    let budget = 0;
    for (const id of ids) {
      if (drivers.length > 0 && budget + this.df(id) > Math.max(DRIVER_POSTINGS, this.size * 0.02)) break;
      drivers.push(id);
      budget += this.df(id);
    }
    // Locals, not this.data.*: this loop runs for up to 20,000 postings per question.
    const { postOffsets, postDocs, postTf } = this.data;
    const norm = this.lengthNorm;
    for (const id of drivers) {
      const to = postOffsets[id + 1] as number;
      const weight = (weights.get(id) as number) * this.idf(id);
      for (let p = postOffsets[id] as number; p < to; p++) {
        const doc = postDocs[p] as number;
        if (keep && !keep(doc)) continue;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = (scores[doc] as number) + weight * saturate(postTf[p] as number, norm[doc] as number);
      }
    }
    const rest = ids.filter((id) => !drivers.includes(id));
    if (rest.length) {
      const leaders = bestOf(touched, scores, Math.max(limit * 4, 1000));
      const leaderScores = leaders.map((doc) => scores[doc] as number);
      for (const doc of touched) scores[doc] = 0;
      touched.length = 0;
      const restWeights = rest.map((id) => (weights.get(id) as number) * this.idf(id));
      const { docOffsets, docTerms, entOffsets, docEntities } = this.data;
      for (let k = 0; k < leaders.length; k++) {
        const doc = leaders[k] as number;
        let total = leaderScores[k] as number;
        for (let r = 0; r < rest.length; r++) {
          const id = rest[r] as number;
          let tf = 0;
          for (let p = docOffsets[doc] as number, end = docOffsets[doc + 1] as number; p < end; p++) if (docTerms[p] === id) tf++;
          if (tf === 0) {
            for (let p = entOffsets[doc] as number, end = entOffsets[doc + 1] as number; p < end; p++) if (docEntities[p] === id) tf = 1;
          }
          if (tf > 0) total += (restWeights[r] as number) * saturate(tf, norm[doc] as number);
        }
        touched.push(doc);
        scores[doc] = total;
      }
    }
    const best = topK(touched, scores, limit);
    for (const doc of touched) scores[doc] = 0;
    return best;
  }

  private scratch: Float64Array | undefined;

  /** A short hash of the arrays: equal for equal indexes (for tests of the snapshot). */
  digest(): string {
    const hash = createHash('sha1');
    for (const array of [this.data.docTerms, this.data.postDocs, this.data.docEntities]) hash.update(array);
    hash.update(this.data.vocab.join('\n'));
    hash.update(this.data.texts);
    return hash.digest('hex').slice(0, 12);
  }
}

// ── building ─────────────────────────────────────────────────────────────

/** Grows a Uint32Array as values are pushed. */
class Growable {
  private array = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Uint32Array(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }
  done(): Uint32Array {
    return this.array.slice(0, this.length);
  }
}

export function buildIndex(corpus: Pick<Corpus, 'readouts'>, options: IndexOptions = {}): SentenceIndex {
  const total = corpus.readouts.reduce((n, r) => n + r.sentences.length, 0);
  // Acronyms the text defines join the alias table before any sentence is matched.
  const learned = corpus.readouts.flatMap((r) =>
    r.sentences.filter((s) => s.text.includes('(')).flatMap((s) => definedAcronyms(s.text)),
  );
  const vocab: string[] = [];
  const ids = new Map<string, number>();
  const idFor = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = vocab.length;
      vocab.push(t);
      ids.set(t, id);
    }
    return id;
  };
  const aliases = new AliasTable([...BUILTIN_ALIASES, ...(options.aliases ?? []), ...learned]);
  // How each term is written: lowercase uses are counted by id, capitalised
  // forms ("Mageshima", "DPRK") by form, so names keep their capitals.
  const lowercase: number[] = [];
  const forms: Map<string, number>[] = [];
  const wordVocab: string[] = [];
  const wordIds = new Map<string, number>();
  const docWords = new Growable();
  /** Term ids of a text; with `keepWords`, its word ids go to docWords too. */
  const termIds = (text: string, keepWords = false): number[] => {
    const out: number[] = [];
    for (const w of words(text)) {
      if (keepWords) {
        let wid = wordIds.get(w.word);
        if (wid === undefined) {
          wid = wordVocab.length;
          wordVocab.push(w.word);
          wordIds.set(w.word, wid);
        }
        docWords.push(wid);
      }
      const t = term(w.word);
      if (!t) continue;
      const id = idFor(t);
      out.push(id);
      if (w.capitalized) {
        const seen = (forms[id] ??= new Map());
        seen.set(w.raw, (seen.get(w.raw) ?? 0) + 1);
      } else {
        lowercase[id] = (lowercase[id] ?? 0) + 1;
        if (lowercase[id] === 1) (forms[id] ??= new Map()).set(w.word, 0);
      }
    }
    return out;
  };

  const readouts: Omit<ReadoutInfo, 'titleTerms'>[] = [];
  const titleTerms: number[][] = [];
  // Sentence ids must not clash: a key two files share is lengthened.
  const keys = new Set<string>();
  const uniqueKey = (file: string) => {
    let length = 12;
    let key = readoutKey(file, length);
    while (keys.has(key) && length < 40) key = readoutKey(file, (length += 4));
    keys.add(key);
    return key;
  };
  const texts: string[] = new Array(total);
  const textOffsets = new Uint32Array(total + 1);
  const paragraph = new Uint32Array(total);
  const position = new Uint32Array(total);
  const readoutOf = new Uint32Array(total);
  const docOffsets = new Uint32Array(total + 1);
  const entOffsets = new Uint32Array(total + 1);
  const wordOffsets = new Uint32Array(total + 1);
  const docTerms = new Growable();
  const docEntities = new Growable();

  let n = 0;
  corpus.readouts.forEach((readout: Readout, r) => {
    const title = termIds(readout.title);
    const titleEntities = aliases.match(title.map((id) => vocab[id] as string)).map((m) => idFor(m.entity.id));
    titleTerms.push([...new Set([...title, ...titleEntities])]);
    readouts.push({
      file: readout.file,
      title: readout.title,
      date: readout.date,
      source: readout.source,
      key: uniqueKey(readout.file),
      first: n,
      count: readout.sentences.length,
    });
    for (const s of readout.sentences) {
      const sequence = termIds(s.text, true);
      for (const id of sequence) docTerms.push(id);
      const entities = new Set(aliases.match(sequence.map((id) => vocab[id] as string)).map((m) => idFor(m.entity.id)));
      for (const id of entities) docEntities.push(id);
      texts[n] = s.text;
      textOffsets[n + 1] = (textOffsets[n] as number) + s.text.length + 1;
      paragraph[n] = s.paragraph;
      position[n] = s.position;
      readoutOf[n] = r;
      n++;
      docOffsets[n] = docTerms.length;
      entOffsets[n] = docEntities.length;
      wordOffsets[n] = docWords.length;
      if (options.progress && n % 10_000 === 0) options.progress(n, total);
    }
  });
  // Alias names the corpus never uses still get ids, so a question naming them is understood.
  for (const entity of aliases.entities) idFor(entity.id);

  const terms = docTerms.done();
  const entityList = docEntities.done();
  const data: IndexData = {
    readouts,
    titleTerms,
    vocab,
    surface: vocab.map((t, id) => mostCommon(forms[id], lowercase[id] ?? 0) ?? t),
    entityGroups: aliases.entities.map((e) => e.names),
    texts: texts.map((t) => `${t}\u0000`).join(''),
    textOffsets,
    paragraph,
    position,
    readoutOf,
    docOffsets,
    docTerms: terms,
    wordVocab,
    wordOffsets,
    docWords: docWords.done(),
    entOffsets,
    docEntities: entityList,
    ...invert(vocab.length, total, docOffsets, terms, entOffsets, entityList),
  };
  options.progress?.(total, total);
  return new SentenceIndex(data);
}

/** The most used form; the lowercase form (stored with count 0) counts `lower` times. */
function mostCommon(forms: Map<string, number> | undefined, lower: number): string | undefined {
  let best: string | undefined;
  let count = -1;
  for (const [form, c] of forms ?? []) {
    const uses = c === 0 ? lower : c;
    if (uses > count) [best, count] = [form, uses];
  }
  return best;
}

/** Term → sentences, from sentence → terms (two passes: count, then fill). */
function invert(
  vocabSize: number,
  total: number,
  docOffsets: Uint32Array,
  docTerms: Uint32Array,
  entOffsets: Uint32Array,
  docEntities: Uint32Array,
): Pick<IndexData, 'postOffsets' | 'postDocs' | 'postTf'> {
  const df = new Uint32Array(vocabSize);
  const last = new Int32Array(vocabSize).fill(-1);
  const each = (visit: (doc: number, id: number) => void) => {
    for (let doc = 0; doc < total; doc++) {
      for (let p = docOffsets[doc] as number; p < (docOffsets[doc + 1] as number); p++) visit(doc, docTerms[p] as number);
      for (let p = entOffsets[doc] as number; p < (entOffsets[doc + 1] as number); p++) visit(doc, docEntities[p] as number);
    }
  };
  each((doc, id) => {
    if (last[id] !== doc) {
      last[id] = doc;
      df[id] = (df[id] as number) + 1;
    }
  });
  const postOffsets = new Uint32Array(vocabSize + 1);
  for (let t = 0; t < vocabSize; t++) postOffsets[t + 1] = (postOffsets[t] as number) + (df[t] as number);
  const postDocs = new Uint32Array(postOffsets[vocabSize] as number);
  const postTf = new Uint8Array(postDocs.length);
  const fill = postOffsets.slice(0, vocabSize);
  last.fill(-1);
  each((doc, id) => {
    if (last[id] === doc) {
      const at = (fill[id] as number) - 1;
      postTf[at] = Math.min(255, (postTf[at] as number) + 1);
    } else {
      last[id] = doc;
      const at = fill[id] as number;
      postDocs[at] = doc;
      postTf[at] = 1;
      fill[id] = at + 1;
    }
  });
  return { postOffsets, postDocs, postTf };
}
