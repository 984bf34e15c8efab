/**
 * The answer engine: a corpus folder in, answers out. Pure with respect to its
 * front ends — it knows nothing of Discord or the terminal; they render the
 * Answer objects it returns (src/answer/types.ts).
 *
 * @example
 * const engine = Engine.load('corpus');
 * engine.answer({ command: 'ask', input: 'what about Mageshima?' }).headline
 * // → 'Mageshima came up in 2 readouts (2020-01-14, 2020-08-29).'
 */
import { createHash } from 'node:crypto';
import { loadCorpus, type Corpus, type FileWarning, type Skipped } from './corpus/folder.ts';
import { readAliasFile } from './search/aliases.ts';
import { SentenceIndex } from './search/sentenceIndex.ts';
import { ask } from './answer/ask.ts';
import { timeline } from './answer/timeline.ts';
import { quote } from './answer/quote.ts';
import { conceptsOf } from './answer/concepts.ts';
import { rank } from './answer/rank.ts';
import { splitSentences } from './text/sentences.ts';
import { Completer, type Completion } from './answer/complete.ts';
import { findQuotes, type Found } from './answer/find.ts';
import { MAX_INPUT, type Answer, type Request } from './answer/types.ts';
import type { Sentence } from './corpus/readout.ts';

export interface SourceEntry {
  file: string;
  title: string;
  date: string | null;
  source: string | null;
  sentences: number;
}

export interface CorpusReport {
  dir: string;
  loaded: number;
  skipped: Skipped[];
  warnings: FileWarning[];
  /** Short hash of everything the answers depend on; changes with any corpus file. */
  version: string;
}

/** A request the engine will not answer, with a message for the user. */
export class InputError extends Error {
  override name = 'InputError';
}

export class Engine {
  private completer: Completer | undefined;

  constructor(
    readonly index: SentenceIndex,
    readonly report: CorpusReport,
  ) {}

  /** Load a corpus folder (and its aliases.json) and index it. */
  static load(dir: string): Engine {
    const corpus = loadCorpus(dir);
    const aliasFile = readAliasFile(dir);
    const warnings = [...corpus.warnings];
    if (aliasFile.warning) warnings.push({ file: 'aliases.json', message: aliasFile.warning });
    return Engine.fromCorpus({ ...corpus, warnings }, aliasFile.groups);
  }

  static fromCorpus(corpus: Corpus, aliases: string[][] = []): Engine {
    const index = new SentenceIndex(corpus, { aliases });
    const hash = createHash('sha1');
    for (const r of corpus.readouts) {
      hash.update(`${r.file}\n${r.title}\n${r.date}\n${r.source}\n${r.paragraphs.join('\n')}\n`);
    }
    hash.update(JSON.stringify(aliases));
    return new Engine(index, {
      dir: corpus.dir,
      loaded: corpus.readouts.length,
      skipped: corpus.skipped,
      warnings: corpus.warnings,
      version: hash.digest('hex').slice(0, 8),
    });
  }

  /** Answer one request; throws InputError for input no command accepts. */
  answer(request: Request): Answer | { sentences: string[] } {
    const input = request.input.trim();
    if (request.command === 'split') return { sentences: splitSentences(request.input) };
    checkInput(input);
    switch (request.command) {
      case 'ask':
        return ask(this.index, input, (phrase) => this.dateOfEvent(phrase));
      case 'timeline':
        return timeline(this.index, input, { from: request.from, to: request.to });
      case 'quote':
        return quote(this.index, input);
    }
  }

  ask(question: string): Answer {
    return this.answer({ command: 'ask', input: question }) as Answer;
  }

  timeline(topic: string, range: { from?: string; to?: string } = {}): Answer {
    return this.answer({ command: 'timeline', input: topic, ...range }) as Answer;
  }

  quote(phrase: string): Answer {
    return this.answer({ command: 'quote', input: phrase }) as Answer;
  }

  /** Autocomplete suggestions for a topic or a quote phrase, from memory. */
  complete(typed: string, kind: 'topic' | 'phrase'): Completion[] {
    this.completer ??= new Completer(this.index);
    return kind === 'topic' ? this.completer.topics(typed) : this.completer.phrases(typed);
  }

  /** The corpus sentences a text quotes, exactly or nearly (with the differences). */
  find(text: string): Found[] {
    return findQuotes(this.index, text);
  }

  /** The readouts in the corpus, oldest first. */
  sources(): SourceEntry[] {
    return [...this.index.readouts.values()].map((r) => ({
      file: r.file,
      title: r.title,
      date: r.date,
      source: r.source,
      sentences: r.sentences.length,
    }));
  }

  /** A sentence and its neighbours in the same readout, for "show context". */
  context(id: string, radius = 2): { sentence: Sentence; before: Sentence[]; after: Sentence[] } | null {
    const n = this.index.sentences.findIndex((s) => s.id === id);
    const sentence = this.index.sentences[n];
    if (!sentence) return null;
    const all = this.index.readouts.get(sentence.doc)?.sentences ?? [];
    const at = all.indexOf(n);
    const pick = (list: number[]) => list.map((i) => this.index.sentences[i] as Sentence);
    return {
      sentence,
      before: pick(all.slice(Math.max(0, at - radius), at)),
      after: pick(all.slice(at + 1, at + 1 + radius)),
    };
  }

  /** The date of the readout a phrase like "the Guam meeting" refers to. */
  private dateOfEvent(phrase: string): string | null {
    const concepts = conceptsOf(this.index, phrase, { dropQuestionWords: true });
    // Only a clear reference: "the Guam meeting" must match (nearly) every word.
    const best = rank(this.index, concepts, { limit: 1 })[0];
    return best && best.coverage >= 0.8 ? (this.index.sentences[best.sentence]?.date ?? null) : null;
  }
}

export function checkInput(input: string): void {
  if (!input) throw new InputError('Type something to search for.');
  if (input.length > MAX_INPUT) {
    throw new InputError(`That is ${input.length} characters; the limit is ${MAX_INPUT}. Shorten it and try again.`);
  }
}
