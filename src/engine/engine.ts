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
import type { ReadoutInfo, SentenceIndex } from '../search/sentenceIndex.ts';
import { buildIndex } from '../search/buildIndex.ts';
import { ask } from '../answer/answering/ask.ts';
import { timeline } from '../answer/answering/timeline.ts';
import { quote } from '../answer/answering/quote.ts';
import { Completer, type Completion } from '../answer/answering/complete.ts';
import { findInText } from '../answer/find/find.ts';
import type { FindAnswer } from '../answer/find/types.ts';
import { inputLimit, MAX_INPUT, type Answer, type AnswerRequest } from '../answer/types.ts';
import type { Sentence } from '../corpus/readout.ts';
import { dropInvisible } from '../text/terms.ts';
import { countryOf, preloadLexicon } from '../lexicon/index.ts';
import { readTitles } from '../answer/reading/officeTogether.ts';
import { explained } from '../answer/explain.ts';
import { rule } from '../answer/rules.ts';
import { findFullDates } from '../text/dates.ts';
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

  /**
   * Answer one request: the one way in for every front end (Discord, the
   * console, one-shot commands, batch, the announcer). Throws InputError for
   * input no command accepts. With `explain`, the answer lists the rules that
   * decided it (src/answer/rules.ts).
   */
  answer(request: AnswerRequest): Answer {
    if (!request.explain) return this.answerNow(request);
    const { value, rules } = explained(() => this.answerNow(request));
    return { ...value, explain: rules.map(rule) };
  }

  private answerNow(request: AnswerRequest): Answer {
    // Invisible characters (soft hyphens, zero-width spaces …) from pasted text key nothing.
    const input = dropInvisible(request.input).trim();
    checkInput(input, inputLimit(request.command));
    switch (request.command) {
      case 'ask':
        return ask(this.index, input);
      case 'timeline':
        return timeline(this.index, input, { from: request.from, to: request.to, window: request.window });
      case 'quote':
        return quote(this.index, input);
    }
  }

  /**
   * Answer every kind of request once, twice for the common ones, so no
   * user's first question pays for lazy set-up (the length norms, the
   * autocomplete trees, the date parser's regexes, a few hundred ms) or for
   * code V8 has not compiled yet: each intent (topic, when, where, who,
   * yes/no, said, count), dated and event-filtered questions, a typo
   * corrected by the fuzzy lookup, a miss with suggestions, timelines whole,
   * dated, by page and by year, quotes found and not, autocomplete of topics
   * and phrases, "Find in readouts", context and the sources list. The words
   * come from this corpus (its most used name, one used once), so the answers
   * are real ones, not quick misses. Runs after a start and after each reload.
   */
  warmUp(): void {
    for (const step of this.warmUpSteps()) step();
  }

  /**
   * The same warm-up, one request per turn of the event loop: a bot warming
   * up a reloaded corpus keeps answering meanwhile (at 40,000 readouts the
   * whole warm-up takes seconds).
   */
  async warmUpInTurns(): Promise<void> {
    for (const step of this.warmUpSteps()) {
      step();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private warmUpSteps(): (() => unknown)[] {
    const { common, rare, phrase, country } = warmUpWords(this.index);
    const typo = rare.length > 4 ? rare.slice(0, -2) + rare.slice(-1) : `${rare}x`;
    const questions = [
      `what about ${common}?`,
      `what about ${common} in August 2020?`,
      `what about ${common} since 2019?`,
      `what about ${common} between 2015 and 2017?`,
      'who did the Secretary meet since Jan. 14, 2019?',
      `who did the Secretary meet in ${rare}?`,
      'when did the ministers meet?',
      `where did the Secretary meet ${rare}?`,
      `did they discuss ${rare}?`,
      // A counterpart's office by its country (rule `counterpart-office`): the slowest first answers at 10,000
      // readouts were "who is the Ukrainian defense minister?"-like.
      `who is the ${country} defense minister?`,
      `what did the ${country} minister say about ${common}?`,
      `what did the Secretary say about ${common}?`,
      `how many readouts mention ${common}?`,
      `how many readouts mention ${common} in 2021?`,
      `what about ${typo}?`,
      'what about zorblax quintessence?',
      `what about ${common} before the ${rare} meeting?`,
      // A curly apostrophe: V8 compiles a regex separately for strings that
      // hold characters beyond Latin-1, as Discord's input often does, and
      // the date parser's first such compile costs ~25 ms.
      'what did the Secretary’s counterpart say in July 2019?',
    ];
    const ask = (input: string) => () => this.answer({ command: 'ask', input });
    const timeline =
      (input: string, more: Omit<AnswerRequest, 'command' | 'input'> = {}) =>
      () =>
        this.answer({ command: 'timeline', input, ...more });
    const quote = (input: string) => () => this.answer({ command: 'quote', input });
    const once: (() => unknown)[] = [
      // The lexicon's tables (chat, countries, acronyms, nicknames, WordNet) are read on first use: read them
      // here, not in a user's question.
      preloadLexicon,
      () => readTitles(this.index),
      // The date parser compiles its patterns on first use, once for plain text and once more
      // for text with curly quotes or dashes (V8 keeps two kinds of string): 15-20 ms each, the
      // first "when" answer's at 40,000 readouts. A readout's sentences are of both kinds.
      () => findFullDates('On January 14, 2020, the two ministers met at the Pentagon.'),
      () => findFullDates('On Sept. 5, 2017, the Secretary’s counterpart — the minister — called.'),
      ...questions.map(ask),
      timeline(common),
      timeline(common, { from: '2015-01-01', to: '2019-12-31' }),
      timeline(common, { window: { page: 1, perPage: 8 } }),
      timeline(common, { window: { year: 2020, perPage: 8 } }),
      timeline(rare, { window: { page: 0, perPage: 8 } }),
      timeline('zorblax', { window: { page: 0, perPage: 8 } }),
      quote(phrase),
      quote('the two leaders'),
      quote('zorblax quintessence of the flimflam'),
      ...[common.slice(0, 3), rare.slice(0, 2), 'kor'].map((typed) => () => this.complete(typed, 'topic')),
      // A single letter is what a user types first and the costliest lookup (every name
      // under it, 4–13 ms at 40,000 readouts); the completer keeps short prefixes once answered.
      ...[...'abcdefghijklmnopqrstuvwxyz0123456789'].map((typed) => () => this.complete(typed, 'topic')),
      ...[phrase.slice(0, -2), 'the two l'].map((typed) => () => this.complete(typed, 'phrase')),
      () => this.find(`${phrase} and more words`),
      () => (this.index.size > 0 ? this.context(this.index.idOf(0)) : null),
      () => this.sourcesPage(1, 15),
    ];
    // Twice: V8 optimises a function after it has run a few times.
    return [...once, ...once];
  }

  /** Autocomplete suggestions for a topic or a quote phrase, from memory. */
  complete(typed: string, kind: 'topic' | 'phrase'): Completion[] {
    this.completer ??= new Completer(this.index);
    return kind === 'topic' ? this.completer.topics(dropInvisible(typed)) : this.completer.phrases(dropInvisible(typed));
  }

  /**
   * "Find in readouts": what a message quotes or claims, checked against the
   * readouts (src/answer/find/find.ts). A long message is read up to its first
   * 4,000 characters and checks, and the answer says so; only an empty one is refused.
   */
  find(message: string, options: { explain?: boolean } = {}): FindAnswer {
    const text = dropInvisible(message);
    if (!text.trim()) throw new InputError('Type something to search for.');
    if (!options.explain) return findInText(this.index, text);
    const { value, rules } = explained(() => findInText(this.index, text));
    return { ...value, explain: rules.map(rule) };
  }

  /** One page of the readouts in the corpus (page clamped to those there are), and how many there are in all. */
  sourcesPage(page: number, perPage: number): { entries: SourceEntry[]; page: number; pages: number; total: number } {
    const total = this.index.readouts.length;
    const pages = Math.max(1, Math.ceil(total / perPage));
    const at = Math.min(Math.max(0, page), pages - 1);
    const entries = this.index.readouts.slice(at * perPage, (at + 1) * perPage).map((r) => ({
      file: r.file,
      title: r.title,
      date: r.date,
      source: r.source,
      sentences: r.count,
    }));
    return { entries, page: at, pages, total };
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

/** The range without its undefined keys (the request schema's optional fields). */
/**
 * Words for the warm-up, from the corpus itself: its most used capitalised
 * term (a long timeline, many candidates), a capitalised term used once, and
 * the first words of its first sentence (a phrase that is found).
 */
function warmUpWords(index: SentenceIndex): { common: string; rare: string; phrase: string; country: string } {
  let common = 'North Korea';
  let rare = 'Mageshima';
  let country = 'Japanese';
  let most = 0;
  let mostCountry = 0;
  for (let id = 0; id < index.data.vocab.length; id++) {
    const surface = index.surface(id) ?? '';
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(surface)) continue;
    const df = index.df(id);
    if (df > most) [common, most] = [surface, df];
    else if (df === 1 && rare === 'Mageshima') rare = surface;
    // The demonym readouts write most ("Japanese", "Ukrainian"): a counterpart's office is asked by it.
    if (df > mostCountry && /(?:an|ese|ish|i)$/.test(surface) && countryOf(surface.toLowerCase())) [country, mostCountry] = [surface, df];
  }
  const phrase = index.size > 0 ? index.text(0).split(/\s+/).slice(0, 4).join(' ') : 'the two leaders';
  return { common, rare, phrase, country };
}
