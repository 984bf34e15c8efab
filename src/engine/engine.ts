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
import { z } from 'zod';
import { readSnapshot, snapshotKey, snapshotPath, sweepTemporaries, writeSnapshot } from '../search/snapshot.ts';
import { loadCorpus, type Corpus, type FileWarning, type Skipped } from '../corpus/folder.ts';
import { readAliasFile } from '../search/aliases.ts';
import { buildIndex, type ReadoutInfo, type SentenceIndex } from '../search/sentenceIndex.ts';
import { ask } from '../answer/ask.ts';
import { timeline } from '../answer/timeline.ts';
import { quote } from '../answer/quote.ts';
import { eventDate } from '../answer/eventDate.ts';
import { Completer, type Completion } from '../answer/complete.ts';
import { findQuotes, type Found } from '../answer/find.ts';
import { inputLimit, MAX_INPUT, type Answer, type AnswerRequest } from '../answer/types.ts';
import type { Sentence } from '../corpus/readout.ts';
import { dropInvisible } from '../text/terms.ts';
import { DEFAULT_CACHE_DIR } from '../paths.ts';
import { InputError, SnapshotError, SnapshotWriteError } from '../errors.ts';

/** Progress of a build: the stage, items done and in all. */
export type BuildProgress = (stage: 'reading' | 'indexing', done: number, total: number) => void;

/** A readout as `sources` lists it: its metadata as the index keeps it, and how many sentences it has. */
export type SourceEntry = Pick<ReadoutInfo, 'file' | 'title' | 'date' | 'source'> & { sentences: number };

export const CorpusReportSchema = z.object({
  dir: z.string(),
  loaded: z.number().int().nonnegative(),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })) satisfies z.ZodType<Skipped[]>,
  warnings: z.array(z.object({ file: z.string(), message: z.string() })) satisfies z.ZodType<FileWarning[]>,
  /** Short hash of everything the answers depend on; changes with any corpus file. */
  version: z.string(),
});
/** What loading a corpus found; kept in its snapshot. */
export type CorpusReport = z.infer<typeof CorpusReportSchema>;

export class Engine {
  private completer: Completer | undefined;

  constructor(
    readonly index: SentenceIndex,
    readonly report: CorpusReport,
    /**
     * Where the index came from: a snapshot file, or built from the files now;
     * `why` a snapshot was not used, and `unsaved` why the new one could not be saved.
     */
    readonly origin: { from: 'snapshot' | 'built'; path?: string; why?: string; unsaved?: string } = { from: 'built' },
  ) {}

  /** Load a corpus folder (and its aliases.json) and index it. */
  static load(dir: string, progress?: BuildProgress): Engine {
    const corpus = loadCorpus(dir, progress && ((done, total) => progress('reading', done, total)));
    const aliasFile = readAliasFile(dir);
    const warnings = [...corpus.warnings];
    if (aliasFile.warning) warnings.push({ file: 'aliases.json', message: aliasFile.warning });
    return Engine.fromCorpus({ ...corpus, warnings }, aliasFile.groups, progress);
  }

  /**
   * The engine for a corpus folder from its snapshot when the snapshot is
   * current, else built (and the snapshot written for next time). `from` says
   * which, and `why` why a snapshot was not used.
   */
  static loadOrBuild(dir: string, options: { cacheDir?: string; progress?: BuildProgress } = {}): Engine {
    const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
    const key = snapshotKey(dir);
    const path = snapshotPath(cacheDir, dir);
    sweepTemporaries(cacheDir);
    let why: string;
    try {
      const { index, extra } = readSnapshot(path, key, CorpusReportSchema);
      return new Engine(index, extra, { from: 'snapshot', path });
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      why = error.message;
    }
    const built = Engine.load(dir, options.progress);
    try {
      writeSnapshot(path, key, built.index, built.report);
    } catch (error) {
      // A read-only cache costs speed, not answers.
      if (!(error instanceof SnapshotWriteError)) throw error;
      why += `; could not save a snapshot: ${error.reason}`;
      return new Engine(built.index, built.report, { from: 'built', path, why, unsaved: error.reason });
    }
    return new Engine(built.index, built.report, { from: 'built', path, why });
  }

  /**
   * The engine from a current snapshot only; throws SnapshotError otherwise.
   * For a process that must not stop to index (the bot, reloading).
   */
  static loadSnapshot(dir: string, options: { cacheDir?: string } = {}): Engine {
    const path = snapshotPath(options.cacheDir ?? DEFAULT_CACHE_DIR, dir);
    const { index, extra } = readSnapshot(path, snapshotKey(dir), CorpusReportSchema);
    return new Engine(index, extra, { from: 'snapshot', path });
  }

  static fromCorpus(corpus: Corpus, aliases: string[][] = [], progress?: BuildProgress): Engine {
    const index = buildIndex(corpus, { aliases, ...(progress ? { progress: (done, total) => progress('indexing', done, total) } : {}) });
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
  answer(request: AnswerRequest): Answer {
    // Invisible characters (soft hyphens, zero-width spaces …) from pasted text key nothing.
    const input = dropInvisible(request.input).trim();
    checkInput(input, inputLimit(request.command));
    switch (request.command) {
      case 'ask':
        return ask(this.index, input, (phrase) => eventDate(this.index, phrase));
      case 'timeline':
        return timeline(this.index, input, { from: request.from, to: request.to });
      case 'quote':
        return quote(this.index, input);
    }
  }

  ask(question: string): Answer {
    return this.answer({ command: 'ask', input: question });
  }

  timeline(topic: string, range: { from?: string; to?: string } = {}): Answer {
    return this.answer({ command: 'timeline', input: topic, ...range });
  }

  quote(phrase: string): Answer {
    return this.answer({ command: 'quote', input: phrase });
  }

  /**
   * Answer a few typical requests once, so the first user does not wait for
   * lazy set-up and code warm-up (the date parser alone takes a few hundred ms).
   */
  warmUp(): void {
    this.ask('what about North Korea in August 2020?');
    this.ask('who did the Secretary meet since Jan. 14, 2019?');
    this.ask('when did the ministers meet?');
    // Again with a curly apostrophe: V8 compiles a regex separately for
    // strings that hold characters beyond Latin-1, as Discord's input often
    // does, and the date parser's first such compile costs ~25 ms.
    this.ask('what did the Secretary’s counterpart say in July 2019?');
    this.timeline('North Korea');
    this.quote('the two leaders');
    this.complete('kor', 'topic');
    this.complete('the two l', 'phrase');
  }

  /** Autocomplete suggestions for a topic or a quote phrase, from memory. */
  complete(typed: string, kind: 'topic' | 'phrase'): Completion[] {
    this.completer ??= new Completer(this.index);
    return kind === 'topic' ? this.completer.topics(dropInvisible(typed)) : this.completer.phrases(dropInvisible(typed));
  }

  /** The corpus sentences a text quotes, exactly or nearly (with the differences). */
  find(text: string): Found[] {
    return findQuotes(this.index, dropInvisible(text));
  }

  /** The readouts in the corpus, oldest first. */
  sources(): SourceEntry[] {
    return this.index.readouts.map((r) => ({
      file: r.file,
      title: r.title,
      date: r.date,
      source: r.source,
      sentences: r.count,
    }));
  }

  /** A sentence and its neighbours in the same readout, for "show context". */
  context(id: string, radius = 2): { sentence: Sentence; before: Sentence[]; after: Sentence[] } | null {
    const n = this.index.numberOf(id);
    if (n < 0) return null;
    const { first, count } = this.index.readout(n);
    const pick = (from: number, to: number) => {
      const out: Sentence[] = [];
      for (let i = Math.max(first, from); i < Math.min(first + count, to); i++) out.push(this.index.sentence(i));
      return out;
    };
    return { sentence: this.index.sentence(n), before: pick(n - radius, n), after: pick(n + 1, n + 1 + radius) };
  }
}

export function checkInput(input: string, limit = MAX_INPUT): void {
  if (!input) throw new InputError('Type something to search for.');
  if (input.length > limit) {
    throw new InputError(`That is ${input.length} characters; the limit is ${limit}. Shorten it and try again.`);
  }
}
