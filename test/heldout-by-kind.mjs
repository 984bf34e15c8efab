#!/usr/bin/env node
// Per-kind scores from `npm run --silent eval -- QA_FILE --corpus DIR --verbose` output (the eval prints
// one "ok"/"MISS" line per item with its score; the kinds come from the QA file). Not part of `npm test`.
// Usage: npm run --silent eval -- test/qa-heldout.json --verbose | node test/heldout-by-kind.mjs test/qa-heldout.json
import { readFileSync } from 'node:fs';

const qa = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const kindOf = new Map(qa.map((it) => [it.id, it.kind]));
const lines = readFileSync(0, 'utf8').split('\n');
const per = new Map();
const misses = [];
for (const line of lines) {
  const m = line.match(/^(ok  |MISS) (\S+) \[([\d.]+)\] (.*)$/);
  if (!m) continue;
  const kind = kindOf.get(m[2]) ?? '?';
  const t = per.get(kind) ?? { n: 0, score: 0, full: 0 };
  t.n++;
  t.score += Number(m[3]);
  if (Number(m[3]) === 1) t.full++;
  per.set(kind, t);
  if (m[1] === 'MISS') misses.push(`${m[2]} (${kind}) [${m[3]}] ${m[4]}`);
}
let n = 0;
let s = 0;
console.log('kind   items  score   full');
for (const k of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'none']) {
  const t = per.get(k);
  if (!t) continue;
  console.log(`${k.padEnd(7)}${String(t.n).padEnd(7)}${t.score.toFixed(1).padEnd(8)}${t.full}`);
  n += t.n;
  s += t.score;
}
console.log(`all    ${String(n).padEnd(7)}${s.toFixed(1).padEnd(8)}${((100 * s) / n).toFixed(1)}%`);
if (n !== qa.length) console.log(`warning: ${qa.length - n} items not found in the eval output`);
if (process.argv.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
