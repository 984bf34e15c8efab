/**
 * A fingerprint of a corpus's answers to a fixed set of requests, to show that
 * a change to how the index is stored (src/search) changes no answer:
 * test/sameAnswers.test.ts compares them with test/fixtures/answers.json,
 * written by the code before the change (`npx tsx test/support/sameAnswers.ts`
 * writes it again from the code as it is).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../src/engine/engine.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { loadCorpus } from '../../src/corpus/folder.ts';
import { generateArchive } from '../../tools/synthetic.ts';
import { buildQueryMix, BENCH_COMMANDS } from '../../tools/benchQueries.ts';

export const FIXTURE = join(import.meta.dirname, '../fixtures/answers.json');

export interface AnswerPrint {
  request: string;
  headline: string;
  /** sha1 of the whole answer as JSON, with its results, citations and ids. */
  sha1: string;
}

/** A dense synthetic archive of 300 readouts (long timelines, many quotes), in a temporary folder the caller removes. */
export function syntheticArchive(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(os.tmpdir(), 'readout-same-'));
  generateArchive({ readouts: 300, seed: 3, dir, dense: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The requests: the bundled eval items, and the bench's query mix drawn from the corpus itself. */
export function requestsFor(
  dir: string,
): { command: 'ask' | 'timeline' | 'quote' | 'complete'; input: string; from?: string; to?: string }[] {
  const mix = buildQueryMix(loadCorpus(dir), 5, 40);
  const out: ReturnType<typeof requestsFor> = [];
  if (dir === BUNDLED_CORPUS) {
    const items = JSON.parse(readFileSync(join(import.meta.dirname, '../qa-bundled.json'), 'utf8')) as {
      command: 'ask' | 'timeline' | 'quote';
      input: string;
    }[];
    out.push(...items.map((i) => ({ command: i.command, input: i.input })));
  }
  for (const command of BENCH_COMMANDS) {
    for (const q of mix.queries[command]) {
      out.push({
        command: command === 'autocomplete' ? 'complete' : command,
        input: q.input,
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
      });
    }
  }
  return out;
}

export function answerPrints(engine: Engine, requests: ReturnType<typeof requestsFor>): AnswerPrint[] {
  return requests.map((r) => {
    let answer: unknown;
    let headline: string;
    try {
      if (r.command === 'complete') {
        answer = [engine.complete(r.input, 'topic'), engine.complete(r.input, 'phrase')];
        headline = '';
      } else {
        const a = engine.answer({ command: r.command, input: r.input, ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) });
        answer = a;
        headline = a.headline;
      }
    } catch (error) {
      answer = { error: (error as Error).message };
      headline = (error as Error).message;
    }
    return {
      request: `${r.command} ${r.input}${r.from ? ` --from ${r.from}` : ''}${r.to ? ` --to ${r.to}` : ''}`,
      headline,
      sha1: createHash('sha1').update(JSON.stringify(answer)).digest('hex'),
    };
  });
}

if (process.argv[1] === import.meta.filename) {
  const synthetic = syntheticArchive();
  const prints = {
    bundled: answerPrints(Engine.load(BUNDLED_CORPUS), requestsFor(BUNDLED_CORPUS)),
    synthetic: answerPrints(Engine.load(synthetic.dir), requestsFor(synthetic.dir)),
  };
  synthetic.remove();
  writeFileSync(FIXTURE, `${JSON.stringify(prints, null, 1)}\n`);
  console.log(`wrote ${FIXTURE}: ${prints.bundled.length} + ${prints.synthetic.length} answers`);
}
