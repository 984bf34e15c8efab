/**
 * Metamorphic tests (issue 20; the invariance tests of CheckList, Ribeiro et al., ACL 2020): a question
 * typed the way a team chats — with a greeting, texting, in capitals, with a demonym for the country or
 * the person's given name or nickname — must get the same first sentence as the plain question (or
 * "nothing" where the plain question gets nothing). The plain questions are the repo's own ask items
 * (test/qa-bundled.json, test/qa-heldout.json) over the bundled corpus; the variants are made by rule
 * from each, so they are not strings tuned one by one. `../shared/eval/invariance.mjs` measures the chat
 * half on any qa file; this suite is the part the repo keeps.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledEngine } from './support/fixtures.ts';
import { countryOf } from '../src/lexicon/index.ts';
import type { Answer } from '../src/answer/types.ts';

const engine = bundledEngine();

interface Item {
  id: string;
  command: string;
  input: string;
}
const items: Item[] = ['qa-bundled.json', 'qa-heldout.json'].flatMap((f) =>
  (JSON.parse(readFileSync(resolve(import.meta.dirname, f), 'utf8')) as Item[]).filter((i) => i.command === 'ask'),
);

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const bare = (s: string) => s.replace(/[?.!\s]+$/, '');

/** Chat and texting around the question: greetings, fillers, texting forms, capitals. */
const CHAT: Record<string, (q: string) => string | null> = {
  greeting: (q) => `hey bot, ${lower(q)}`,
  canU: (q) => `can u tell me ${lower(bare(q))}?`,
  thx: (q) => `${bare(q)}?? thx`,
  pls: (q) => `pls ${lower(bare(q))} lol`,
  quickQ: (q) => `quick q - ${lower(q)}`,
  shouting: (q) => `${bare(q).toUpperCase()}?!`,
  // Session 3: asides, requests, the bot by name, and a clause set off before the question.
  aside: (q) => `sorry if dumb q but ${lower(q)}`,
  request: (q) => `r u able to look up ${lower(bare(q))}`,
  byName: (q) => `hello readout, ${lower(q)}`,
  okSo: (q) => `ok so ${lower(bare(q))} :)`,
  // Issue 20, fourth round: stretched words, "or nah" after a yes/no question, dropped g's.
  stretched: (q) => `sooo ${lower(q)}`,
  orNah: (q) => (/^(?:did|does|do|has|have|was|were|is|are|will)\b/i.test(q) ? `${bare(q)} or nah` : null),
  // No question mark: a last word that is a whole English word is not read as unfinished.
  noMark: (q) => (/\?\s*$/.test(q) ? q.replace(/\?\s*$/, '') : null),
  droppedG: (q) => {
    const out = q.replace(/\b(\w{3,})ing\b/g, '$1in');
    return out === q ? null : out;
  },
  texting: (q) =>
    /\b(?:with|and|about)\b/i.test(q)
      ? q
          .replace(/\bwith\b/gi, 'w/')
          .replace(/\band\b/gi, 'n')
          .replace(/\babout\b/gi, 'abt')
      : null,
};

/** The secretaries' given names and nicknames, as a team types them. */
const GIVEN: Record<string, string[]> = {
  hagel: ['chuck', 'charles'],
  carter: ['ash', 'ashton'],
  mattis: ['jim', 'james'],
  esper: ['mark'],
  austin: ['lloyd'],
  hegseth: ['pete'],
};

/** A country named as its people: "Japan" → "the Japanese", "Australia" → "the Aussies". */
function demonymVariants(q: string): string[] {
  const out: string[] = [];
  for (const m of q.matchAll(/\b(?<!the\s)([A-Za-z]+)\b/g)) {
    const word = m[1] as string;
    const country = countryOf(word.toLowerCase());
    if (!country || country.country.toLowerCase() !== word.toLowerCase()) continue;
    // The people, in the plural or as the adjective used as a noun ("the Japanese").
    for (const form of country.forms.filter((f) => /^[A-Z][a-z]+(?:s|ese)$/.test(f) && f !== country.country).slice(0, 2)) {
      out.push(`${q.slice(0, m.index)}the ${form.toLowerCase()}${q.slice((m.index ?? 0) + word.length)}`);
    }
  }
  return out;
}

function nicknameVariants(q: string): string[] {
  const out: string[] = [];
  for (const [surname, givens] of Object.entries(GIVEN)) {
    const re = new RegExp(`\\b${surname}\\b`, 'i');
    // "Jim Mattis" typed already, or a name that is also a word ("Austin, Texas" is not asked here).
    if (!re.test(q) || new RegExp(`\\b(?:${givens.join('|')}|${Object.values(GIVEN).flat().join('|')})\\s+${surname}\\b`, 'i').test(q))
      continue;
    for (const g of givens) out.push(q.replace(re, (s) => `${g} ${s}`));
  }
  return out;
}

const first = (a: Answer) => (a.none ? '(none)' : (a.results[0]?.text ?? '(none)'));

interface Case {
  id: string;
  kind: string;
  plain: string;
  variant: string;
}
const cases: Case[] = [];
for (const item of items) {
  for (const [kind, make] of Object.entries(CHAT)) {
    const v = make(item.input);
    if (v && v !== item.input) cases.push({ id: item.id, kind: `chat:${kind}`, plain: item.input, variant: v });
  }
  for (const v of demonymVariants(item.input)) cases.push({ id: item.id, kind: 'demonym', plain: item.input, variant: v });
  for (const v of nicknameVariants(item.input)) cases.push({ id: item.id, kind: 'nickname', plain: item.input, variant: v });
}

/**
 * Variants that change what is asked, so a different answer is right; each with its reason. Kept short:
 * a variant listed here is a known limit, not a pass.
 */
const KNOWN: Record<string, string> = {};

describe('metamorphic: chat, demonym and nickname variants keep the plain question’s first sentence', () => {
  it(`GIVEN ${cases.length} variants of ${items.length} questions THEN every one keeps the answer`, () => {
    const plain = new Map<string, string>();
    const broken: string[] = [];
    for (const c of cases) {
      if (!plain.has(c.plain)) plain.set(c.plain, first(engine.answer({ command: 'ask', input: c.plain })));
      const got = first(engine.answer({ command: 'ask', input: c.variant }));
      if (got !== plain.get(c.plain) && !KNOWN[c.variant])
        broken.push(`${c.id} ${c.kind}: ${JSON.stringify(c.variant)} → ${got.slice(0, 80)}`);
    }
    expect(broken).toEqual([]);
    // Most plain questions have an answer: "nothing" kept by a variant is the weaker half of the test.
    expect([...plain.values()].filter((a) => a !== '(none)').length).toBeGreaterThanOrEqual(0.75 * plain.size);
  });

  it('GIVEN the variant makers THEN they make every kind (a maker that makes nothing tests nothing)', () => {
    const kinds = new Set(cases.map((c) => c.kind.split(':')[0]));
    expect([...kinds].sort()).toEqual(['chat', 'demonym', 'nickname']);
    expect(cases.filter((c) => c.kind === 'demonym').length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.kind === 'nickname').length).toBeGreaterThanOrEqual(20);
  });
});
