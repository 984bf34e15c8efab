/**
 * The searchable form of a corpus: every sentence in MiniSearch (BM25+ over
 * three fields: the sentence's terms, its readout's title terms, and the
 * entities it names), plus the per-sentence term lists the answer rules need
 * for coverage, phrase and timeline checks.
 *
 * Terms are computed once here (src/text/terms.ts) and handed to MiniSearch
 * pre-processed, so index and queries cannot drift apart.
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus } from '../corpus/folder.ts';
import type { Readout, Sentence } from '../corpus/readout.ts';
import { phraseKey } from '../text/phrase.ts';
import { term, words } from '../text/terms.ts';
import { AliasTable, BUILTIN_ALIASES, definedAcronyms } from './aliases.ts';

export interface ReadoutInfo {
  file: string;
  title: string;
  date: string | null;
  source: string | null;
  /** Sentence numbers (positions in SentenceIndex.sentences), in reading order. */
  sentences: number[];
  /** Title terms and the entities the title names: a readout's title tells who met whom. */
  titleTerms: Set<string>;
}

interface IndexedFields {
  id: number;
  text: string;
  title: string;
  entities: string;
}

export interface IndexOptions {
  /** Extra alias groups (from the corpus folder's aliases.json). */
  aliases?: readonly (readonly string[])[];
}

export class SentenceIndex {
  readonly sentences: Sentence[] = [];
  /** Search terms of each sentence, in order (stop words dropped). */
  readonly termsOf: string[][] = [];
  /** Entity ids each sentence names. */
  readonly entitiesOf: string[][] = [];
  /** phraseKey of each sentence, for verbatim `quote` matching. */
  readonly phraseKeys: string[] = [];
  readonly readouts = new Map<string, ReadoutInfo>();
  /** Number of sentences holding each term or entity id. */
  readonly df = new Map<string, number>();
  /** Every term, for fuzzy and prefix lookups. */
  readonly vocabulary = new SearchableMap<number>();
  /** The most frequent way each term is written, for suggestions ("mageshima" → "Mageshima"). */
  readonly surface = new Map<string, string>();
  readonly aliases: AliasTable;
  readonly mini: MiniSearch<IndexedFields>;

  constructor(corpus: Pick<Corpus, 'readouts'>, options: IndexOptions = {}) {
    const learned = corpus.readouts.flatMap((r) =>
      r.sentences.filter((s) => s.text.includes('(')).flatMap((s) => definedAcronyms(s.text)),
    );
    this.aliases = new AliasTable([...BUILTIN_ALIASES, ...(options.aliases ?? []), ...learned]);
    this.mini = new MiniSearch<IndexedFields>({
      fields: ['text', 'title', 'entities'],
      storeFields: [],
      // Fields arrive as space-joined terms already processed by src/text/terms.ts.
      tokenize: (text) => (text ? text.split(' ') : []),
      processTerm: (t) => t,
      searchOptions: { tokenize: (text) => (text ? text.split(' ') : []), processTerm: (t) => t },
    });

    const surfaceCounts = new Map<string, Map<string, number>>();
    const docs: IndexedFields[] = [];
    for (const readout of corpus.readouts) {
      const titleTerms = this.termsWithSurface(readout.title, surfaceCounts);
      const titleField = titleTerms.join(' ');
      const info: ReadoutInfo = {
        file: readout.file,
        title: readout.title,
        date: readout.date,
        source: readout.source,
        sentences: [],
        titleTerms: new Set([...titleTerms, ...this.aliases.match(titleTerms).map((m) => m.entity.id)]),
      };
      this.readouts.set(readout.file, info);
      for (const sentence of readout.sentences) {
        const id = this.sentences.length;
        const sentenceTerms = this.termsWithSurface(sentence.text, surfaceCounts);
        const entityIds = [...new Set(this.aliases.match(sentenceTerms).map((m) => m.entity.id))];
        this.sentences.push(sentence);
        this.termsOf.push(sentenceTerms);
        this.entitiesOf.push(entityIds);
        this.phraseKeys.push(phraseKey(sentence.text));
        info.sentences.push(id);
        for (const key of new Set([...sentenceTerms, ...entityIds])) this.df.set(key, (this.df.get(key) ?? 0) + 1);
        docs.push({ id, text: sentenceTerms.join(' '), title: titleField, entities: entityIds.join(' ') });
      }
    }
    this.mini.addAll(docs);
    for (const [t, count] of this.df) if (!t.startsWith('~')) this.vocabulary.set(t, count);
    for (const [t, forms] of surfaceCounts) {
      this.surface.set(t, [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? t);
    }
  }

  get size(): number {
    return this.sentences.length;
  }

  /** Inverse document frequency; unseen terms get the highest value. */
  idf(key: string): number {
    const n = this.sentences.length;
    const df = this.df.get(key) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  readoutOf(sentence: number): ReadoutInfo {
    return this.readouts.get((this.sentences[sentence] as Sentence).doc) as ReadoutInfo;
  }

  private termsWithSurface(text: string, counts: Map<string, Map<string, number>>): string[] {
    const out: string[] = [];
    const folded = words(text);
    for (const w of folded) {
      const t = term(w.word);
      if (!t) continue;
      out.push(t);
      let forms = counts.get(t);
      if (!forms) counts.set(t, (forms = new Map()));
      // Names and acronyms keep their capitals ("Mageshima", "DPRK").
      const shown = w.capitalized ? w.raw : w.word;
      forms.set(shown, (forms.get(shown) ?? 0) + 1);
    }
    return out;
  }
}

export function buildIndex(corpus: Pick<Corpus, 'readouts'>, options: IndexOptions = {}): SentenceIndex {
  return new SentenceIndex(corpus, options);
}

export type { Readout };
