/**
 * The rule table (src/answer/rules.ts) is the one place a newcomer looks up a
 * rule: so every row must be true — its module records the id where the rule
 * takes effect, its test names it, and DESIGN.md's index is the table's.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/answer/rules.ts';
import { DESIGN, designWithIndex } from '../tools/docs-rules.ts';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe('the rule table', () => {
  it('GIVEN every row THEN its id is kebab-case and unique', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('GIVEN rule %s THEN its module records it and its test names it', (id, r) => {
    expect(existsSync(join(ROOT, r.module)), r.module).toBe(true);
    expect(read(r.module), `${r.module} should call applied('${id}')`).toContain(`applied('${id}')`);
    expect(existsSync(join(ROOT, r.test)), r.test).toBe(true);
    expect(read(r.test), `${r.test} should name ${id}`).toContain(id);
  });

  it('GIVEN the engine source THEN every applied() names a rule of the table (no id recorded but undocumented)', () => {
    const known = new Set<string>(RULES.map((r) => r.id));
    const used = sources('src').flatMap((f) => [...read(f).matchAll(/applied\('([^']+)'\)/g)].map((m) => [m[1] as string, f] as const));
    const unknown = used.filter(([id, file]) => !known.has(id) && file !== 'src/answer/explain.ts');
    expect(unknown).toEqual([]);
  });

  it("GIVEN DESIGN.md THEN its rule index is the table's (npm run docs:rules)", () => {
    const design = readFileSync(DESIGN, 'utf8');
    expect(designWithIndex(design)).toBe(design);
  });
});
