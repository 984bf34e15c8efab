/**
 * Every `@example` in a doc comment under src/ runs. An example is code, and
 * after an expression a `// → value` comment (on its line or the next) with
 * the JavaScript value it gives:
 *
 *     parseReadout('guam.md', '---\ntitle: Guam\ndate: 2020-08-29\n---\nThey met. They spoke.')
 *       .sentences.map((s) => s.text) // → ['They met.', 'They spoke.']
 *
 * The code runs with its module's exports in scope (and PRELUDE's names:
 * `index` is the bundled corpus's sentence index), in the repository's root,
 * so `Engine.load('corpus')` is the bundled corpus;
 * `await` may be used. Each `// →` value must deep-equal what the expression
 * before it gave. An `@example` with no `// →` fails: a sketch that cannot run
 * is written as prose ("Usage: …"), not as an example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Engine } from '../src/engine/engine.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { bundledEngine } from './support/fixtures.ts';
import { readQuestion } from '../src/answer/reading/question.ts';
import { conceptsOf } from '../src/answer/reading/concepts.ts';
import { PEOPLE } from '../src/answer/reading/people.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The engine on the bundled corpus, loaded once for every example that asks for it. */
class SharedEngine extends Engine {
  static override load(dir: string, progress?: Parameters<typeof Engine.load>[1]): Engine {
    return resolve(ROOT, dir) === BUNDLED_CORPUS && !progress ? bundledEngine() : Engine.load(dir, progress);
  }
}

/** Names every example may use besides its module's exports. */
/**
 * Names every example may use besides its module's exports: `Engine` (the
 * bundled corpus loaded once), `index` (its sentence index), `z`, and the
 * reading room's entry points an example of a later step starts from
 * (`readQuestion`, `conceptsOf`, `PEOPLE`).
 */
const PRELUDE: Record<string, unknown> = { Engine: SharedEngine, index: bundledEngine().index, z, readQuestion, conceptsOf, PEOPLE };

interface Check {
  expression: string;
  expected: string;
}

interface Example {
  file: string;
  line: number;
  firstLine: string;
  /** The example as a function body: statements, and `__got[i] = (expression);` for each check. */
  body: string;
  checks: Check[];
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The `@example` blocks of a file's doc comments, read into code and checks. */
function examplesIn(file: string, text: string): Example[] {
  const found: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (comment[1] as string).split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const startLine = text.slice(0, comment.index).split('\n').length;
    lines.forEach((l, i) => {
      const at = /^\s*@example\b ?(.*)$/.exec(l);
      if (!at) return;
      const block = [at[1] as string];
      for (const next of lines.slice(i + 1)) {
        if (/^\s*@\w/.test(next)) break;
        block.push(next);
      }
      found.push(readExample(relative(ROOT, file), startLine + i, block));
    });
  }
  return found;
}

/**
 * Statements run as they are; the code since the last statement, up to a `// →`, is the expression
 * checked (so a chained call may run over several lines). Other comment lines are prose.
 */
function readExample(file: string, line: number, lines: string[]): Example {
  const body: string[] = [];
  const checks: Check[] = [];
  let pending: string[] = [];
  const check = (expected: string) => {
    const expression = pending.join('\n').trim().replace(/;$/, '');
    body.push(`__got[${checks.length}] = (${expression});`);
    checks.push({ expression, expected: expected.trim() });
    pending = [];
  };
  for (const raw of lines) {
    const arrow = /^(.*?)\s*\/\/ → (.*)$/.exec(raw);
    if (arrow) {
      if ((arrow[1] as string).trim()) pending.push(arrow[1] as string);
      check(arrow[2] as string);
    } else if (/^\s*(\/\/.*)?$/.test(raw)) {
    } else {
      pending.push(raw);
      if (raw.trim().endsWith(';')) {
        body.push(...pending);
        pending = [];
      }
    }
  }
  body.push(...pending);
  const firstLine = lines.find((l) => l.trim())?.trim() ?? '';
  return { file, line, firstLine, body: body.join('\n'), checks };
}

/** Run an example with its module's exports in scope; the values its checks' expressions gave. */
async function run(example: Example): Promise<unknown[]> {
  const module = (await import(join(ROOT, example.file))) as Record<string, unknown>;
  const scope = { ...module, ...PRELUDE };
  delete scope.default;
  const names = Object.keys(scope);
  const got: unknown[] = [];
  await new AsyncFunction(...names, '__got', example.body)(...names.map((n) => scope[n]), got);
  return got;
}

const value = (expected: string): unknown => new Function(`return (${expected});`)();

const examples = sources(join(ROOT, 'src')).flatMap((file) => examplesIn(file, readFileSync(file, 'utf8')));

describe('every @example under src/ runs and gives what it says', () => {
  it('GIVEN the sources THEN they hold examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.for(examples.map((e) => [`${e.file}:${e.line} ${e.firstLine}`, e] as const))('%s', async ([, example]) => {
    expect(example.checks.length, 'an @example with no "// → value" line: write it as prose, or say what it gives').toBeGreaterThan(0);
    const got = await run(example);
    example.checks.forEach((c, i) => expect(got[i], c.expression).toEqual(value(c.expected)));
  });
});
