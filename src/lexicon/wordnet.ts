/**
 * WordNet, compiled by tools/build-lexicon.ts into one sorted text file
 * (data/lexicon/wordnet.txt) and read here without building a map: the file
 * stays one string, a Uint32Array holds where each line starts, and a lookup
 * is a binary search. That keeps the load at a few milliseconds and the heap
 * at about the file's size, whatever the number of lemmas.
 *
 * A line is `key<TAB>pos tokens` for a lemma (spaces written as `_`; pos its
 * parts of speech, letters of `nvar`, the part of its commonest sense first, and `P` when every sense is a proper noun), or `key<TAB>!i:base` for an irregular
 * form. Tokens are `kind:word,word` with kind one of
 *   i  base form of an irregular inflection (went → go),
 *   s1 s2 s3  synonyms from the word's first, second and further common senses,
 *   p  pertainyms (australian → australia),
 *   d  derivationally related forms (create → creation),
 *   h  hypernyms of its first senses (plane → aircraft), h2 one level further.
 */
import { readFileSync } from 'node:fs';
import type { Related, RelationKind } from './types.ts';

/**
 * How much a related word weighs against the typed word's 1. A base form is
 * nearly the word; a first-sense synonym is close; further senses, derived
 * forms and broader words less so, because each is likelier to widen the
 * question to a different meaning.
 */
export const RELATION_WEIGHTS = {
  i: 0.95,
  s1: 0.8,
  s2: 0.65,
  s3: 0.5,
  p: 0.75,
  d: 0.6,
  h: 0.5,
  h2: 0.4,
} as const;

type Kind = keyof typeof RELATION_WEIGHTS;

const RELATION: Record<Kind, RelationKind> = {
  i: 'inflection',
  s1: 'synonym',
  s2: 'synonym',
  s3: 'synonym',
  p: 'pertainym',
  d: 'derivation',
  h: 'hypernym',
  h2: 'hypernym',
};

/**
 * WordNet's detachment rules (morphy), by the part of speech they undo: a
 * suffix, its replacement and the part the base must have. A form whose
 * stripped candidate is a lemma of that part is an inflection of it ("jets" →
 * "jet", "discussed" → "discuss"), and "thing" is not "th" + -ing.
 */
const DETACH: readonly (readonly [string, string, string])[] = [
  ['s', '', 'n'],
  ['ses', 's', 'n'],
  ['xes', 'x', 'n'],
  ['zes', 'z', 'n'],
  ['ches', 'ch', 'n'],
  ['shes', 'sh', 'n'],
  ['men', 'man', 'n'],
  ['ies', 'y', 'n'],
  ['s', '', 'v'],
  ['ies', 'y', 'v'],
  ['es', 'e', 'v'],
  ['es', '', 'v'],
  ['ed', 'e', 'v'],
  ['ed', '', 'v'],
  ['ing', 'e', 'v'],
  ['ing', '', 'v'],
  ['er', '', 'a'],
  ['est', '', 'a'],
  ['er', 'e', 'a'],
  ['est', 'e', 'a'],
];

export interface WordNet {
  /** Is it a lemma (a dictionary entry: "jet", "service", "military personnel")? */
  isLemma(word: string): boolean;
  /**
   * Is it a proper noun only: a lemma WordNet writes capitalised in every
   * sense ("tokyo", "american"), or an inflection of such lemmas only?
   */
  isProperOnly(word: string): boolean;
  /** Lemmas it is an inflection of ("went" → ["go"], "jets" → ["jet"]); [] for a lemma's own form. */
  lemmasOf(word: string): readonly string[];
  /** Related words, best first, without the word itself. */
  related(word: string): readonly Related[];
  /** Is it a lemma WordNet knows only as an adverb ("openly", "fully")? */
  isAdverbOnly(word: string): boolean;
  /** Its part of speech in its commonest sense (of its base form for an inflection): `n`, `v`, `a`, `r`, or '' when unknown. */
  commonestPos(word: string): string;
  lemmaCount: number;
  entryCount: number;
}

export function loadWordNet(path: string): WordNet {
  // The build writes ASCII only (tools/lexicon/wordnet.ts checks), so latin1 reads it exactly, and faster than utf8.
  return parseWordNet(readFileSync(path, 'latin1'));
}

export function parseWordNet(text: string): WordNet {
  // Header comments (`#`) come first; data lines are sorted by key (UTF-16 order), each with a tab.
  let start = 0;
  while (text.startsWith('#', start)) start = text.indexOf('\n', start) + 1;
  let count = 0;
  for (let i = start; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) count++;
  const starts = new Uint32Array(count);
  let n = 0;
  for (let i = start; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) starts[n++] = i;
  let irregular = 0;
  for (let i = text.indexOf('\t!', start); i >= 0; i = text.indexOf('\t!', i + 2)) irregular++;
  const lemmaCount = count - irregular;

  /**
   * The line's key compared with `key`, without slicing it out: negative when
   * the line sorts first. The tab that ends a key (code 9) sorts below every
   * character a key holds, so this is the order the build sorted by.
   */
  const compareAt = (line: number, key: string): number => {
    const s = starts[line] as number;
    for (let i = 0; ; i++) {
      const a = text.charCodeAt(s + i);
      const b = i < key.length ? key.charCodeAt(i) : 9;
      if (a !== b) return a - b;
      if (a === 9) return 0;
    }
  };
  const lineOf = (key: string): string | undefined => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareAt(mid, key);
      if (c === 0) {
        const s = starts[mid] as number;
        const e = text.indexOf('\n', s);
        return text.slice(s, e < 0 ? text.length : e);
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const tokensOf = (line: string): { pos: string; tokens: [Kind, string[]][] } => {
    const tab = line.indexOf('\t');
    const rest = line.slice(tab + 1);
    const lemma = !rest.startsWith('!');
    const parts = (lemma ? rest : rest.slice(1)).split(' ');
    const pos = lemma ? (parts.shift() ?? '') : '';
    const tokens: [Kind, string[]][] = [];
    for (const token of parts) {
      const colon = token.indexOf(':');
      if (colon < 0) continue;
      const kind = token.slice(0, colon) as Kind;
      if (!(kind in RELATION_WEIGHTS)) continue;
      tokens.push([kind, token.slice(colon + 1).split(',')]);
    }
    return { pos, tokens };
  };
  const asKey = (word: string) => word.replace(/ /g, '_');
  const asWord = (key: string) => key.replace(/_/g, ' ');

  /** Its parts of speech as letters of `nvar`; '' when it is not a lemma. */
  const posOf = (word: string): string => {
    const line = lineOf(asKey(word));
    return line === undefined ? '' : tokensOf(line).pos;
  };
  const isLemma = (word: string): boolean => posOf(word) !== '';

  const lemmasOf = (word: string): string[] => {
    const out: string[] = [];
    const line = lineOf(asKey(word));
    if (line !== undefined) {
      for (const [kind, words] of tokensOf(line).tokens) if (kind === 'i') out.push(...words.map(asWord));
    }
    for (const [suffix, replacement, pos] of DETACH) {
      if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
      // English plurals and verb forms never end in -ss: "discuss" is not "discus" + -s.
      if (suffix === 's' && word.endsWith('ss')) continue;
      const base = word.slice(0, word.length - suffix.length) + replacement;
      if (base !== word && !out.includes(base) && posOf(base).includes(pos)) out.push(base);
    }
    return out;
  };

  const related = (word: string): Related[] => {
    const best = new Map<string, Related>();
    const add = (w: string, relation: RelationKind, weight: number) => {
      if (w === word) return;
      const had = best.get(w);
      if (!had || had.weight < weight) best.set(w, { word: w, relation, weight: Math.round(weight * 1000) / 1000 });
    };
    const widen = (lemma: string, factor: number) => {
      const line = lineOf(asKey(lemma));
      if (line === undefined) return;
      for (const [kind, words] of tokensOf(line).tokens) {
        if (kind === 'i') continue;
        for (const w of words) add(asWord(w), RELATION[kind], RELATION_WEIGHTS[kind] * factor);
      }
    };
    const bases = lemmasOf(word);
    for (const base of bases) add(base, 'inflection', RELATION_WEIGHTS.i);
    if (isLemma(word)) widen(word, 1);
    for (const base of bases) widen(base, RELATION_WEIGHTS.i);
    return [...best.values()].sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1));
  };

  const isProperOnly = (word: string): boolean => {
    const pos = posOf(word);
    if (pos !== '') return pos.includes('P');
    const bases = lemmasOf(word);
    return bases.length > 0 && bases.every((b) => posOf(b).includes('P'));
  };

  const isAdverbOnly = (word: string): boolean => posOf(word).replace('P', '') === 'r';
  // The build writes the commonest sense's part of speech first among a lemma's letters.
  const commonestPos = (word: string): string => (posOf(word) || posOf(lemmasOf(word)[0] ?? '')).replace('P', '').charAt(0);

  return { isLemma, isProperOnly, isAdverbOnly, commonestPos, lemmasOf, related, lemmaCount, entryCount: count };
}
