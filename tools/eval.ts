/**
 * `npm run eval -- QA_FILE… [--corpus DIR] [--verbose]` — scores answers on
 * question/answer items with the rules of ../shared/eval/README.md and prints
 * per-command scores, Readout beside the plain-MiniSearch baseline, and every
 * item Readout does not fully get.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Engine } from '../src/engine/engine.ts';
import { loadCorpus } from '../src/corpus/folder.ts';
import { Baseline } from './baseline.ts';
import { scoreItem, QaItemSchema, type QaItem } from './score.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { InputError } from '../src/errors.ts';
import type { Answer } from '../src/answer/types.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corpus: { type: 'string' }, verbose: { type: 'boolean' } },
});
if (positionals.length === 0) {
  console.error('usage: npm run eval -- QA_FILE… [--corpus DIR] [--verbose]');
  process.exit(2);
}
const dir = values.corpus ?? BUNDLED_CORPUS;
const engine = Engine.load(dir);
const baseline = new Baseline(loadCorpus(dir));
console.log(`corpus ${dir}: ${engine.report.loaded} readouts, ${engine.index.size} sentences`);

const items: QaItem[] = positionals.flatMap((file) => z.array(QaItemSchema).parse(JSON.parse(readFileSync(file, 'utf8'))));
const totals = new Map<string, { n: number; ours: number; base: number }>();
const kinds = new Map<string, { n: number; ours: number; base: number }>();
const failures: string[] = [];
/** The engine's answer, or, for input it refuses (over a command's length limit), a miss that says why. */
function answerOf(item: QaItem): Answer {
  try {
    return engine.answer({ command: item.command, input: item.input });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const intent = item.command === 'ask' ? 'topic' : item.command;
    return {
      command: item.command,
      input: item.input,
      intent,
      headline: `refused: ${error.message}`,
      none: true,
      results: [],
      suggestions: [],
      searched: 0,
    };
  }
}

for (const item of items) {
  const ours = answerOf(item);
  const base = baseline.answer(item.command, item.input);
  const a = scoreItem(item, ours);
  const b = scoreItem(item, base);
  const key = item.expect.none ? `${item.command} (none)` : item.command;
  const t = totals.get(key) ?? { n: 0, ours: 0, base: 0 };
  t.n++;
  t.ours += a.score;
  t.base += b.score;
  totals.set(key, t);
  if (item.kind) {
    const k = kinds.get(item.kind) ?? { n: 0, ours: 0, base: 0 };
    k.n++;
    k.ours += a.score;
    k.base += b.score;
    kinds.set(item.kind, k);
  }
  if (a.score < 1 || values.verbose) {
    failures.push(
      [
        `${a.score < 1 ? 'MISS' : 'ok  '} ${item.id} [${a.score.toFixed(2)}] ${item.command} ${JSON.stringify(item.input)}: ${a.why}`,
        `     headline: ${ours.headline}`,
        ...ours.results.slice(0, 3).map((r, i) => `     ${i + 1}. ${r.date} ${r.doc}: ${r.text.slice(0, 140)}`),
      ].join('\n'),
    );
  }
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${pad('command', 18)}${pad('items', 7)}${pad('readout', 10)}${pad('baseline', 10)}`);
let n = 0;
let ours = 0;
let base = 0;
for (const [key, t] of [...totals].sort()) {
  console.log(`${pad(key, 18)}${pad(String(t.n), 7)}${pad(t.ours.toFixed(1), 10)}${pad(t.base.toFixed(1), 10)}`);
  n += t.n;
  ours += t.ours;
  base += t.base;
}
console.log(`${pad('all', 18)}${pad(String(n), 7)}${pad(`${ours.toFixed(1)}`, 10)}${pad(base.toFixed(1), 10)}`);
console.log(`\nreadout ${((100 * ours) / n).toFixed(1)}%   baseline ${((100 * base) / n).toFixed(1)}%`);
if (kinds.size) {
  // Items tagged with the kind of reading they test (../shared/eval/README.md).
  console.log(`\n${pad('kind', 18)}${pad('items', 7)}${pad('readout', 10)}${pad('baseline', 10)}`);
  for (const [kind, k] of [...kinds].sort(([a], [b]) => (a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b)))) {
    console.log(`${pad(kind, 18)}${pad(String(k.n), 7)}${pad(k.ours.toFixed(2), 10)}${pad(k.base.toFixed(2), 10)}`);
  }
}
if (failures.length) console.log(`\n${failures.join('\n')}`);
