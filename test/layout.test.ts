/**
 * The shape a newcomer relies on (issue 21): small files, imports that run
 * downward, and word lists kept as data (data/, read by src/data.ts) rather
 * than inside code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SRC = readdirSync(join(ROOT, 'src'), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => relative(ROOT, join(e.parentPath, e.name)))
  .sort();
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The most lines a source file may have: past this a module does more than one thing. */
const MAX_LINES = 450;
/** The most entries a word list may have inside code; longer ones are data. */
const MAX_WORDS = 20;

/**
 * Layers, lowest first: a file may import its own layer and those before it.
 * The answer engine's rooms run reading → ranking → answering → find; the
 * contract, rule table, collector and tuning at src/answer's root sit below them.
 */
const LAYERS: [name: string, test: (file: string) => boolean][] = [
  ['base', (f) => /^src\/(text|corpus|lexicon|search)\//.test(f) || /^src\/(paths|data|errors|logger)\.ts$/.test(f)],
  ['answer-root', (f) => /^src\/answer\/(?:rules\/)?[^/]+\.ts$/.test(f)],
  ['reading', (f) => f.startsWith('src/answer/reading/')],
  ['ranking', (f) => f.startsWith('src/answer/ranking/')],
  ['answering', (f) => f.startsWith('src/answer/answering/')],
  ['find', (f) => f.startsWith('src/answer/find/')],
  ['engine', (f) => f.startsWith('src/engine/')],
];
const layerOf = (file: string) => LAYERS.findIndex(([, test]) => test(file));

function imports(file: string): string[] {
  return [...text(file).matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
    relative(ROOT, resolve(dirname(join(ROOT, file)), m[1] as string)),
  );
}

/** Word lists written in code: `'a b c'.split(' ')`, arrays of strings, regex alternations of words, objects keyed by words. */
function wordLists(source: string): number[] {
  const sizes: number[] = [];
  for (const m of source.matchAll(/(['`])((?:(?!\1)[\s\S]){40,}?)\1\s*\.split\(/g)) {
    sizes.push(
      (m[2] as string)
        .trim()
        .split(/[\s|,]+/)
        .filter(Boolean).length,
    );
  }
  for (const m of source.matchAll(/\[((?:\s*'[^'\n]*'\s*,?)+)\s*\]/g)) sizes.push((m[1] as string).match(/'[^']*'/g)?.length ?? 0);
  for (const m of source.matchAll(/\((?:\?:)?((?:[\p{L}\\ .'-]+\|)+[\p{L}\\ .'-]+)\)/gu)) sizes.push((m[1] as string).split('|').length);
  for (const m of source.matchAll(/\{[^{}]*\}/g)) sizes.push(m[0].match(/(?:^|[\s,{])'?[\p{L}%]+'?\s*:\s*'[^']*'/gu)?.length ?? 0);
  return sizes;
}

describe('layout', () => {
  it(`GIVEN every file in src/ THEN none is over ${MAX_LINES} lines`, () => {
    const long = SRC.map((f) => [f, text(f).split('\n').length] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('GIVEN the engine THEN no module imports a layer above its own', () => {
    const upward: string[] = [];
    for (const file of SRC) {
      const own = layerOf(file);
      if (own < 0) continue;
      for (const target of imports(file)) {
        const theirs = layerOf(target);
        if (theirs > own || (theirs < 0 && target.startsWith('src/'))) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it(`GIVEN every file in src/ THEN no word list of more than ${MAX_WORDS} entries is written in code`, () => {
    const lists = SRC.flatMap((f) =>
      wordLists(text(f))
        .filter((n) => n > MAX_WORDS)
        .map((n) => `${f}: ${n}`),
    );
    expect(lists).toEqual([]);
  });

  it('GIVEN the word-list finder THEN it sees each way a list is written, and not short ones', () => {
    const words = Array.from({ length: 21 }, (_, i) => `w${'abcdefghijklmnopqrstu'[i]}`);
    expect(wordLists(`const A = '${words.join(' ')}'.split(' ');`)).toEqual([21]);
    expect(wordLists(`const A = new Set([${words.map((w) => `'${w}'`).join(', ')}]);`)).toEqual([21]);
    expect(wordLists(`const A = /^(?:${words.join('|')})$/;`)).toEqual([21]);
    expect(wordLists(`const A = { ${words.map((w) => `${w}: 'x'`).join(', ')} };`)).toEqual([21]);
    expect(wordLists("const A = new Set(['jr', 'sr']);")).toEqual([2]);
  });
});
