/**
 * Building a SentenceIndex from parsed readouts: every sentence's terms and
 * words (src/text/terms.ts, the same steps questions go through), the alias
 * entities it names, then the inverted index (term → sentences). One pass over
 * the corpus, then one inversion.
 */
import type { Corpus } from '../corpus/folder.ts';
import type { Readout } from '../corpus/readout.ts';
import { term, words } from '../text/terms.ts';
import { AliasTable, BUILTIN_ALIASES, definedAcronyms } from './aliases.ts';
import { narrow, SentenceIndex, type IndexData, type ReadoutInfo } from './sentenceIndex.ts';
import { encodeTexts, MemoryTexts } from './texts.ts';

export interface IndexOptions {
  /** Extra alias groups (from the corpus folder's aliases.json). */
  aliases?: readonly (readonly string[])[];
  /** Called now and then while building, with sentences done and total. */
  progress?: (done: number, total: number) => void;
}

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
  const learned = corpus.readouts.flatMap((r) => r.sentences.filter((s) => s.text.includes('(')).flatMap((s) => definedAcronyms(s.text)));
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
  // Sentence ids come from the readouts' keys, made unique across their
  // folder by readoutKeys (src/corpus/readout.ts): the ids inspect prints.
  const keys = new Set<string>();
  const keyOf = (readout: Readout) => {
    if (keys.has(readout.key)) throw new Error(`${readout.file}: another readout has its sentence-id key ${readout.key}`);
    keys.add(readout.key);
    return readout.key;
  };
  const texts: string[] = new Array(total);
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
    const titleEntities = aliases.named(title.map((id) => vocab[id] as string)).map((e) => idFor(e.id));
    titleTerms.push([...new Set([...title, ...titleEntities])]);
    readouts.push({
      file: readout.file,
      title: readout.title,
      date: readout.date,
      source: readout.source,
      key: keyOf(readout),
      first: n,
      count: readout.sentences.length,
    });
    for (const s of readout.sentences) {
      const sequence = termIds(s.text, true);
      for (const id of sequence) docTerms.push(id);
      const entities = new Set(aliases.named(sequence.map((id) => vocab[id] as string)).map((e) => idFor(e.id)));
      for (const id of entities) docEntities.push(id);
      texts[n] = s.text;
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

  const encoded = encodeTexts(texts);
  const terms = docTerms.done();
  const entityList = docEntities.done();
  const data: IndexData = {
    readouts,
    titleTerms,
    vocab,
    surface: vocab.map((t, id) => mostCommon(forms[id], lowercase[id] ?? 0) ?? t),
    entityGroups: aliases.entities.map((e) => e.names),
    texts: new MemoryTexts(encoded.bytes, encoded.offsets),
    paragraph: narrow(paragraph, maxOf(paragraph) + 1),
    position: narrow(position, maxOf(position) + 1),
    readoutOf: narrow(readoutOf, readouts.length),
    docOffsets,
    docTerms: narrow(terms, vocab.length),
    wordVocab,
    wordOffsets,
    docWords: narrow(docWords.done(), wordVocab.length),
    entOffsets,
    docEntities: narrow(entityList, vocab.length),
    ...invert(vocab.length, total, docOffsets, terms, entOffsets, entityList),
  };
  options.progress?.(total, total);
  return new SentenceIndex(data);
}

function maxOf(values: Uint32Array): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
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
