/**
 * The baseline a user could pick instead of Readout: plain MiniSearch with
 * default options over the same sentences, answering every command with its
 * search results. The eval and the benchmark print it beside Readout so the
 * gain of every rule is visible.
 */
import MiniSearch from 'minisearch';
import type { Corpus } from '../src/corpus/folder.ts';
import type { Answer, Command, Result } from '../src/answer/types.ts';
import type { Sentence } from '../src/corpus/readout.ts';

export class Baseline {
  private readonly mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  private readonly sentences: Sentence[];
  private readonly readouts: number;

  constructor(corpus: Pick<Corpus, 'readouts'>) {
    this.sentences = corpus.readouts.flatMap((r) => r.sentences);
    this.readouts = corpus.readouts.length;
    this.mini.addAll(this.sentences.map((s, id) => ({ id, text: s.text })));
  }

  /** Autocomplete as plain MiniSearch offers it: autoSuggest with its defaults. */
  suggest(input: string): string[] {
    return this.mini.autoSuggest(input).map((s) => s.suggestion);
  }

  answer(command: Command, input: string): Answer {
    const hits = this.mini.search(input);
    const toResult = (id: number, score: number): Result => {
      const s = this.sentences[id] as Sentence;
      return { text: s.text, doc: s.doc, title: s.title, date: s.date, source: s.source, id: s.id, score };
    };
    let results = hits.map((h) => toResult(h.id as number, h.score));
    if (command === 'ask') results = results.slice(0, 5);
    if (command === 'timeline') {
      // One entry per readout (its best hit), oldest first.
      const best = new Map<string, Result>();
      for (const r of results) if (!best.has(r.doc)) best.set(r.doc, r);
      results = [...best.values()].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
    }
    return {
      command,
      input,
      intent: command === 'ask' ? 'topic' : command,
      headline: '',
      none: results.length === 0,
      results,
      searched: this.readouts,
    };
  }
}
