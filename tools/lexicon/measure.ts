/**
 * What the lexicon costs: load time of each table, the heap and resident
 * memory it adds, and the time of a lookup. DESIGN.md ("Lexicon") quotes it.
 *
 *   npm run bench:lexicon
 */
import { acronyms, chat, countries, nicknames, wordnet } from '../../src/lexicon/load.ts';
import { countryOf, givenNames, inWordNet, related } from '../../src/lexicon/index.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('bench:lexicon: run with node --expose-gc (npm run bench:lexicon does)');
const MB = 2 ** 20;

gc();
const before = process.memoryUsage();
const loads: Record<string, number> = {};
for (const [name, load] of Object.entries({ chat, acronyms, countries, nicknames, wordnet })) {
  const started = performance.now();
  load();
  loads[name] = performance.now() - started;
}
gc();
const after = process.memoryUsage();

/** Microseconds per call of `f` over `words`, each `rounds` times. */
function perCall(words: string[], rounds: number, f: (w: string) => unknown): number {
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const w of words) f(w);
  return ((performance.now() - started) * 1000) / (rounds * words.length);
}
const sample = ['soldiers', 'jets', 'talked', 'deal', 'repatriation', 'mattis', 'vessels', 'thing', 'kiwis', 'chuck'];
const total = Object.values(loads).reduce((a, b) => a + b, 0);
const row = (label: string, value: string) => process.stdout.write(`${label.padEnd(28)}${value}\n`);
for (const [name, ms] of Object.entries(loads)) row(`load ${name}`, `${ms.toFixed(1)} ms`);
row('load all', `${total.toFixed(1)} ms`);
row('heap added', `${((after.heapUsed - before.heapUsed) / MB).toFixed(1)} MB`);
row('resident added', `${((after.rss - before.rss) / MB).toFixed(1)} MB`);
row('related()', `${perCall(sample, 500, related).toFixed(1)} µs/call`);
row('inWordNet()', `${perCall(sample, 500, inWordNet).toFixed(1)} µs/call`);
row('countryOf(), givenNames()', `${perCall(sample, 500, (w) => countryOf(w) ?? givenNames(w)).toFixed(2)} µs/call`);
