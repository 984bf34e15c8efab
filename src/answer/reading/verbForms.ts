/**
 * Rule `lexicon-verb-forms`: teams ask with verbs ("joining NATO", "migrants
 * sent back home"), readouts write nouns ("membership in NATO",
 * "repatriation"). For a verb the corpus never writes in the form typed:
 *
 * - a two-word verb WordNet lists whole ("sent back", "pull out") is one
 *   concept read as WordNet's relations of the phrase that readouts use
 *   (sent back → repatriation, return), not two words of which "back" vetoes;
 * - a verb's base form (through WordNet's inflections: joining → join) is
 *   read as the nouns `data/reading/verb-nouns.json` gives it, where WordNet
 *   does not link them (join → accession, membership, integration).
 *
 * Each reading weighs as a domain synonym or a widening, below the word typed,
 * and must be in the sentence like any topic word.
 *
 * @example
 * verbNouns(index, 'joining').map((n) => [n.word, n.weight])   // → [['membership', 0.6]]
 */
import { z } from 'zod';
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from './concepts.ts';
import { term, terms } from '../../text/terms.ts';
import { dataFile } from '../../data.ts';
import { baseForms, widenings } from './vocabulary.ts';
import { DEFAULTS } from '../defaults.ts';
import { applied } from '../explain.ts';
import { widenTarget } from './widenTarget.ts';

const verbNounsFile = dataFile(
  'reading/verb-nouns.json',
  z.object({ verbs: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z]+$/)).min(1)) }),
);

const WEIGHT = DEFAULTS.reading.weights;
const WIDEST = DEFAULTS.reading.widenMax;
const MIN_WIDEN = DEFAULTS.reading.widenMin;
const WIDEST_SHARE = DEFAULTS.reading.widenMaxSentenceShare;

/** A reading of a verb: the word readouts write, its term id and its weight. */
export interface VerbReading {
  word: string;
  id: number;
  weight: number;
}

/** Nouns readouts write for a verb the corpus lacks (data/reading/verb-nouns.json), at the synonym weight. */
export function verbNouns(index: SentenceIndex, raw: string): VerbReading[] {
  const verbs = verbNounsFile().verbs;
  const out: VerbReading[] = [];
  for (const base of baseForms(raw.toLowerCase())) {
    if (!Object.hasOwn(verbs, base)) continue;
    for (const noun of verbs[base] ?? []) {
      const id = widenTarget(index, noun);
      if (id !== undefined && !out.some((r) => r.id === id)) out.push({ word: noun, id, weight: WEIGHT.synonym });
    }
  }
  if (out.length) applied('lexicon-verb-forms');
  return out;
}

/**
 * Two typed words WordNet lists as one verb ("sent back"), when the corpus lacks one of them: the words
 * readouts use for the phrase (WordNet's relations of weight ≥ widenMin, one-word, lower case), else [].
 */
export function phraseVerb(index: SentenceIndex, first: string, second: string): VerbReading[] {
  const a = first.toLowerCase();
  const b = second.toLowerCase();
  if (!/^\p{L}+$/u.test(a) || !/^\p{L}+$/u.test(b)) return [];
  if (index.df(term(a) ?? '') > 0 && index.df(term(b) ?? '') > 0) return [];
  const out: VerbReading[] = [];
  for (const base of baseForms(a)) {
    for (const r of widenings(`${base} ${b}`)) {
      if (r.weight < MIN_WIDEN || r.relation === 'hypernym') continue;
      const id = widenTarget(index, r.word);
      if (id !== undefined && !out.some((x) => x.id === id)) out.push({ word: r.word, id, weight: Math.min(r.weight, WIDEST) });
    }
    if (out.length) break;
  }
  if (out.length) applied('lexicon-verb-forms');
  return out;
}

/**
 * Rule `alias-common-words`: an alias thing whose spelled-out name is lower-case common nouns ("humanitarian
 * assistance and disaster relief" for HADR) is a topic, not a name: where no readout names it, its words
 * the corpus writes in lower case, in at most 2% of sentences, stand for it, at the synonym weight. Names of programmes and operations
 * are capitalised ("Operation Atlantic Resolve"): they stay names. Returns [] when no such name or word.
 */
export function aliasWords(index: SentenceIndex, names: readonly string[]): VerbReading[] {
  const spelled = names.filter((n) => /^[a-z][a-z/ -]*$/.test(n) && n.trim().split(/[\s/]+/).length >= 3);
  const out: VerbReading[] = [];
  // A generic word of the name ("assistance": "security assistance") says nothing of it: only the rare ones.
  const most = Math.max(WIDEST_SHARE * index.size, DEFAULTS.reading.aliasWordsFloor);
  for (const name of spelled)
    for (const t of terms(name)) {
      const id = index.df(t) <= most ? widenTarget(index, t) : undefined;
      if (id !== undefined && !out.some((x) => x.id === id)) out.push({ word: index.surface(id) ?? t, id, weight: WEIGHT.synonym });
    }
  if (out.length) applied('alias-common-words');
  return out;
}

/** A concept for words read as other words (rule `lexicon-verb-forms`: "sent back" → repatriation, return). */
export function readAs(
  index: SentenceIndex,
  raw: string,
  readings: readonly VerbReading[],
  position: number,
  start: number,
  end: number,
): Concept {
  const alternatives = new Map(readings.map((r) => [r.id, r.weight] as [number, number]));
  return {
    label: raw,
    start,
    end,
    alternatives,
    weight: Math.max(...readings.map((r) => index.idf(r.id))),
    known: true,
    kind: 'term',
    position,
    raw,
    widened: readings.map((r) => r.word),
  };
}
