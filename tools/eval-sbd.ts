/**
 * `npm run eval:sbd [FILE…]` — scores the sentence splitter on cases of the form
 * [{ id, name, input, expected: [sentence…] }] and prints passed/total and every
 * failure. With no FILE it reads ../shared/eval/sbd-*.json beside the repo.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { splitSentences } from '../src/text/sentences.ts';

const Cases = z.array(
  z.object({
    id: z.union([z.number(), z.string()]),
    name: z.string().optional(),
    input: z.string(),
    expected: z.array(z.string()),
  }),
);

function defaultFiles(): string[] {
  const dir = resolve(import.meta.dirname, '../../shared/eval');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^sbd-.*\.json$/.test(f))
    .map((f) => join(dir, f));
}

const files = process.argv.slice(2).length ? process.argv.slice(2) : defaultFiles();
if (files.length === 0) {
  console.error('eval:sbd: no case files given and none found in ../shared/eval (pass FILE…)');
  process.exit(2);
}

let passed = 0;
let total = 0;
for (const file of files) {
  const cases = Cases.parse(JSON.parse(readFileSync(file, 'utf8')));
  for (const c of cases) {
    total++;
    const got = splitSentences(c.input).map((s) => s.trim());
    const want = c.expected.map((s) => s.trim());
    if (JSON.stringify(got) === JSON.stringify(want)) {
      passed++;
      continue;
    }
    console.log(`FAIL ${file}#${c.id} ${c.name ?? ''}`);
    console.log(`  expected: ${JSON.stringify(want, null, 2).replace(/\n/g, '\n  ')}`);
    console.log(`  got:      ${JSON.stringify(got, null, 2).replace(/\n/g, '\n  ')}`);
  }
}
console.log(`sentence splitting: ${passed}/${total} passed`);
process.exitCode = passed === total ? 0 : 1;
