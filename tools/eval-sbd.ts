/**
 * `npm run eval:sbd [FILE…]` — scores the sentence splitter on case files and
 * prints, for each file, passed/total and every failure. A case file is either
 * [{ id, name, input, expected: [sentence…] }] or { source, cases: [...] } (the
 * form of test/golden-rules-en.json, which names where its cases come from).
 *
 * With no FILE it scores pySBD's English Golden Rules (test/golden-rules-en.json)
 * and the readout cases ../shared/eval/sbd-*.json beside the repo, each on its
 * own line, since the first is general English and the second is this corpus.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { splitSentences } from '../src/text/sentences.ts';

const Case = z.object({
  id: z.union([z.number(), z.string()]),
  name: z.string().optional(),
  input: z.string(),
  expected: z.array(z.string()),
});
const CaseFile = z.union([z.array(Case), z.object({ source: z.string(), cases: z.array(Case) })]);

const repo = resolve(import.meta.dirname, '..');

function defaultFiles(): string[] {
  const golden = join(repo, 'test/golden-rules-en.json');
  const dir = resolve(repo, '../shared/eval');
  const shared = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^sbd-.*\.json$/.test(f))
        .map((f) => join(dir, f))
    : [];
  return [golden, ...shared];
}

function label(file: string, parsed: z.infer<typeof CaseFile>): string {
  if (basename(file) === 'golden-rules-en.json') return 'Golden Rules (pySBD, English)';
  if (!Array.isArray(parsed)) return basename(file);
  return basename(file)
    .replace(/^sbd-/, '')
    .replace(/\.json$/, '');
}

const given = process.argv.slice(2);
const files = given.length ? given : defaultFiles();

let failed = 0;
const lines: string[] = [];
for (const file of files) {
  let parsed: z.infer<typeof CaseFile>;
  try {
    parsed = CaseFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    console.error(`eval:sbd: ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(2);
  }
  const cases = Array.isArray(parsed) ? parsed : parsed.cases;
  let passed = 0;
  for (const c of cases) {
    const got = splitSentences(c.input).map((s) => s.trim());
    const want = c.expected.map((s) => s.trim());
    if (JSON.stringify(got) === JSON.stringify(want)) {
      passed++;
      continue;
    }
    failed++;
    console.log(`FAIL ${basename(file)}#${c.id} ${c.name ?? ''}`);
    console.log(`  expected: ${JSON.stringify(want, null, 2).replace(/\n/g, '\n  ')}`);
    console.log(`  got:      ${JSON.stringify(got, null, 2).replace(/\n/g, '\n  ')}`);
  }
  lines.push(`${label(file, parsed)}: ${passed}/${cases.length} passed`);
}
if (!given.length && files.length === 1)
  lines.push('(../shared/eval/sbd-*.json not found beside the repo: pass FILE… to score the readout cases)');
console.log(lines.join('\n'));
process.exitCode = failed === 0 ? 0 : 1;
