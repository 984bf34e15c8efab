/**
 * The benchmark's queries: a fixed, seeded mix per command drawn from the
 * archive's own vocabulary, so the same archive and seed always give the same
 * queries. Each query is labelled with its category, and the benchmark reports
 * latency per category as well as overall.
 *
 * | category | what it exercises |
 * |---|---|
 * | common | frequent words: many candidates, long posting lists |
 * | rare | made-up names found in one or two readouts |
 * | typo | one edit (substitution, deletion, insertion) of a rare name or topic word: fuzzy lookup |
 * | alias | another name for a topic ("DPRK", "ISIL", "Ayungin Shoal") |
 * | long | long questions with many content words |
 * | date | date filters: "in 2019", "since 2021", "between 2015 and 2017", --from/--to |
 * | intent | who / where / when / yes-no / how-many questions |
 * | span | real 3–8 word spans of random sentences (for ask/timeline: shorter spans) |
 * | span-folded | a real span lowercased, with straight/curly quotes swapped (quote) |
 * | boilerplate | phrases in thousands of sentences ("the two leaders discussed") |
 * | typing | a question being typed, last word unfinished (autocomplete) |
 * | absent | phrases not in the archive |
 */
import type { Corpus } from '../src/corpus/folder.ts';
import { Rng, hash32 } from './synthetic.ts';
import { COUNTERPARTS, COUNTRIES, OFFICIALS, TOPICS } from './syntheticData.ts';

export type BenchCommand = 'ask' | 'timeline' | 'quote' | 'autocomplete';
export const BENCH_COMMANDS: readonly BenchCommand[] = ['ask', 'timeline', 'quote', 'autocomplete'];

export interface BenchQuery {
  category: string;
  input: string;
  /** timeline only: --from / --to */
  from?: string;
  to?: string;
}

export interface QueryMix {
  warmup: Record<BenchCommand, BenchQuery[]>;
  queries: Record<BenchCommand, BenchQuery[]>;
}

/** Other names of topics the archive writes one way or another; the alias table knows them. */
// biome-ignore format: a packed table reads better than one entry a line
const ALIASES = [
  'DPRK', "Democratic People's Republic of Korea", 'N. Korea', 'ROK', 'Republic of Korea', 'PRC', 'ISIL', 'Daesh',
  'Islamic State', 'coronavirus', 'COVID', 'Ayungin Shoal', 'FRF', 'SCS', 'ECS', 'Senkakus', 'Diaoyu Islands',
  'Terminal High Altitude Area Defense', 'Osprey', 'MV-22', 'Joint Strike Fighter', 'IAMD', 'USFK', 'USFJ',
  'Indo Pacific', 'SecDef', 'DoD', 'Defense Department', 'SMA', 'HNS', 'Quadrilateral Security Dialogue',
  'Britain', 'U.K.', 'America', 'North Atlantic Treaty Organization', 'WMD', 'ISR', 'PACOM', 'INDOPACOM',
  'Kim Jong-un', 'UNSC', 'EU', 'Mideast', 'OPCON', 'EDCA', 'GSOMIA', 'AUSMIN', 'JCPOA', 'IRGC', 'ASEV',
];

// biome-ignore format: a packed table reads better than one entry a line
const ABSENT = [
  'lunar mining rights', 'Antarctic krill quotas', 'the penguin census', 'blockchain voting machines',
  'Martian colony governance', 'the 1998 World Cup final', 'underwater basket weaving', 'the price of avocados',
  'Olympic figure skating judges', 'volcanic ash insurance', 'the Loch Ness monster', 'medieval jousting tournaments',
  'cryptocurrency mining in Iceland', 'deep sea tourism', 'the Eurovision Song Contest', 'a chess grandmaster',
  'tulip bulb exports', 'kangaroo population control', "Saturn's rings", 'origami workshops', 'pizza delivery drones',
  'zorblax quintessence', 'flimflam protocol', 'the Hogwarts curriculum', 'sourdough starter recipes',
  'professional wrestling', 'the stock price of bananas', 'jazz improvisation', 'glacier skiing', 'vintage typewriters',
];

// biome-ignore format: a packed table reads better than one entry a line
const BOILERPLATE = [
  'provided the following readout', 'the two leaders discussed', 'reaffirmed the ironclad commitment',
  'a free and open Indo-Pacific', 'in accordance with international law', 'regional and global security issues',
  'pledged to remain in close contact', 'close coordination among allies and partners',
  'the Department of Defense', 'in the coming months', 'and emerging technologies', 'the two leaders',
];

const QUESTION_STARTS = ['what about', 'tell me about', 'what did they say about', 'anything on', 'news on'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Vocabulary {
  common: string[];
  rare: string[];
  sentences: string[];
  topicWords: string[];
}

// biome-ignore format: a packed table reads better than one entry a line
const FILLER = new Set(
  'the and of to in on a for with that their they this also from which was were have has been will would about its his her our into as by at an are be is it both two'.split(' '),
);

/** The archive's words: the most frequent ones, and capitalized ones found once or twice. */
function vocabulary(corpus: Pick<Corpus, 'readouts'>): Vocabulary {
  const counts = new Map<string, number>();
  const sentences: string[] = [];
  for (const r of corpus.readouts) {
    for (const s of r.sentences) {
      sentences.push(s.text);
      for (const w of s.text.match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const common = byCount
    .filter(([w]) => w.length >= 4 && !FILLER.has(w.toLowerCase()))
    .slice(0, 300)
    .map(([w]) => w);
  const rare = byCount
    .filter(([w, n]) => n <= 2 && /^\p{Lu}\p{Ll}{4,}$/u.test(w))
    .map(([w]) => w)
    .sort();
  const topicWords = byCount
    .filter(([w, n]) => n >= 20 && w.length >= 6 && !FILLER.has(w.toLowerCase()))
    .slice(0, 600)
    .map(([w]) => w);
  return { common, rare, sentences, topicWords };
}

/** One edit (substitution, deletion or insertion) after the first letter. */
function typo(rng: Rng, word: string): string {
  const at = rng.range(1, word.length - 1);
  const letter = 'abcdefghijklmnopqrstuvwxyz'[rng.int(26)] as string;
  switch (rng.int(3)) {
    case 0:
      return word.slice(0, at) + (letter === word[at] ? 'q' : letter) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    default:
      return word.slice(0, at) + letter + word.slice(at);
  }
}

/** A verbatim run of `min`..`max` words of a sentence, cut on word boundaries. */
function span(rng: Rng, sentence: string, min: number, max: number): string {
  const tokens = sentence.split(/\s+/);
  const length = Math.min(tokens.length, rng.range(min, max));
  const start = rng.int(tokens.length - length + 1);
  // Drop a trailing comma or period: people quote the words, not the punctuation.
  return tokens
    .slice(start, start + length)
    .join(' ')
    .replace(/[.,;:]+$/, '');
}

function contentWords(sentence: string): string[] {
  return (sentence.match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []).filter((w) => w.length >= 4 && !FILLER.has(w.toLowerCase()));
}

const year = (rng: Rng) => rng.range(2010, 2025);

/** Spread `total` over the weights, largest remainders first, so the parts sum to `total`. */
function shares(total: number, weights: Record<string, number>): [string, number][] {
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  const raw = Object.entries(weights).map(([k, w]) => [k, (total * w) / sum] as const);
  const out = raw.map(([k, x]) => [k, Math.floor(x)] as [string, number]);
  let left = total - out.reduce((a, [, n]) => a + n, 0);
  const order = raw.map(([, x], i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    (out[i] as [string, number])[1]++;
  }
  return out;
}

function makers(rng: Rng, v: Vocabulary): Record<BenchCommand, Record<string, () => BenchQuery | string>> {
  const pick = <T>(items: readonly T[]): T => rng.pick(items);
  const rareWord = () => (v.rare.length ? pick(v.rare) : pick(v.common));
  const sentence = () => pick(v.sentences);
  const surname = () => pick(OFFICIALS).surname;
  const counterpart = () => pick(COUNTERPARTS).short.split(' ').pop() as string;
  const topic = () => (rng.chance(0.5) ? pick(v.common) : pick(v.topicWords));
  const typoWord = () => {
    const base = rng.chance(0.5) ? rareWord() : pick(v.topicWords);
    return base.length >= 5 ? typo(rng, base) : typo(rng, `${base}ing`);
  };
  const longQuestion = () => {
    if (rng.chance(2 / 3)) {
      // The way people ask: two people, several topics, a place, sometimes a date.
      const topics = rng.sample(TOPICS, rng.range(2, 4)).map((x) => pick(x.forms));
      const when = rng.chance(0.3) ? ` ${dateSuffix()}` : '';
      return `what did ${pick(OFFICIALS).short} and ${pick(COUNTERPARTS).short} say about ${topics.slice(0, -1).join(', ')} and ${topics[topics.length - 1]} when they met in ${pick(COUNTRIES).capital}${when}?`;
    }
    // Words pasted from a readout.
    const words = contentWords(sentence()).concat(contentWords(sentence())).slice(0, rng.range(8, 14));
    const third = Math.max(1, Math.floor(words.length / 3));
    return `can you tell me what the two leaders said about ${words.slice(0, third).join(' ')} and how ${words
      .slice(third, 2 * third)
      .join(' ')} relates to ${words.slice(2 * third).join(' ')} during their most recent meeting?`;
  };
  const dateSuffix = () => {
    const y = year(rng);
    return pick([
      `in ${y}`,
      `since ${y}`,
      `before ${y}`,
      `between ${Math.min(y, 2022)} and ${Math.min(y, 2022) + rng.range(1, 3)}`,
      `in ${pick(MONTHS)} ${y}`,
      `after ${pick(MONTHS)} ${y}`,
    ]);
  };
  return {
    ask: {
      common: () => `${pick(QUESTION_STARTS)} ${pick(v.common)}?`,
      rare: () => pick([`what about ${rareWord()}?`, `who is ${rareWord()}?`, `${rareWord()}`]),
      typo: () => `${pick(QUESTION_STARTS)} ${typoWord()}?`,
      alias: () =>
        pick([`what about ${pick(ALIASES)}?`, `did they discuss ${pick(ALIASES)}?`, `what did ${surname()} say about ${pick(ALIASES)}?`]),
      long: longQuestion,
      date: () =>
        pick([
          `what about ${topic()} ${dateSuffix()}?`,
          `what did ${surname()} say about ${topic()} ${dateSuffix()}?`,
          `${pick(ALIASES)} ${dateSuffix()}`,
        ]),
      intent: () =>
        pick([
          `who did ${surname()} meet in ${pick(COUNTRIES).capital}?`,
          `when did ${surname()} meet ${counterpart()}?`,
          `where did ${surname()} meet ${counterpart()}?`,
          `did they discuss ${topic()}?`,
          `how many readouts mention ${topic()}?`,
          `what did ${surname()} say about ${topic()}?`,
          `who is the ${pick(['Japanese', 'Australian', 'Philippine', 'Ukrainian', 'Indian', 'German'])} defense minister?`,
        ]),
      span: () => span(rng, sentence(), 3, 6),
      absent: () => `${pick(QUESTION_STARTS)} ${pick(ABSENT)}?`,
    },
    timeline: {
      common: () => pick(v.common),
      rare: () => rareWord(),
      typo: () => typoWord(),
      alias: () => pick(ALIASES),
      long: () => contentWords(sentence()).slice(0, rng.range(4, 6)).join(' '),
      date: () => {
        if (rng.chance(0.5)) return `${pick([topic(), pick(ALIASES)])} ${dateSuffix()}`;
        const y = year(rng);
        return {
          category: 'date',
          input: pick([topic(), pick(ALIASES)]),
          from: `${y}-01-01`,
          to: `${Math.min(2025, y + rng.range(0, 4))}-12-31`,
        };
      },
      span: () => span(rng, sentence(), 2, 4),
      absent: () => pick(ABSENT),
    },
    quote: {
      span: () => span(rng, sentence(), 3, 8),
      'span-folded': () =>
        span(rng, sentence(), 3, 8)
          .toLowerCase()
          .replace(/[’']/g, (q) => (q === '’' ? "'" : '’')),
      boilerplate: () => pick(BOILERPLATE),
      rare: () => (rng.chance(0.5) ? rareWord() : `${rareWord()} ${rareWord()}`),
      typo: () => {
        const words = span(rng, sentence(), 4, 7).split(' ');
        const i = words.findIndex((w) => w.length >= 5);
        if (i >= 0) words[i] = typo(rng, words[i] as string);
        return words.join(' ');
      },
      absent: () => pick(ABSENT),
    },
    autocomplete: {
      common: () => pick(v.common).slice(0, rng.range(1, 5)),
      rare: () => rareWord().slice(0, rng.range(3, 6)),
      alias: () => pick(ALIASES).slice(0, rng.range(2, 4)),
      typing: () => {
        const words = contentWords(sentence()).slice(0, rng.range(2, 5));
        const last = words.pop() ?? 'defense';
        return `${pick(QUESTION_STARTS)} ${words.join(' ')} ${last.slice(0, rng.range(1, Math.max(1, last.length - 1)))}`.replace(
          /\s+/g,
          ' ',
        );
      },
      absent: () => pick(['zzq', 'xylo', 'qwv', 'bbbb', 'jjx', 'zorbl']),
    },
  };
}

const WEIGHTS: Record<BenchCommand, Record<string, number>> = {
  ask: { common: 30, rare: 30, typo: 30, alias: 30, long: 25, date: 30, intent: 30, span: 15, absent: 20 },
  timeline: { common: 35, rare: 35, typo: 30, alias: 35, long: 20, date: 45, span: 20, absent: 20 },
  quote: { span: 120, 'span-folded': 30, boilerplate: 20, rare: 15, typo: 30, absent: 25 },
  autocomplete: { common: 80, rare: 60, alias: 40, typing: 40, absent: 20 },
};

function draw(rng: Rng, v: Vocabulary, command: BenchCommand, total: number): BenchQuery[] {
  const make = makers(rng, v)[command];
  const out: BenchQuery[] = [];
  for (const [category, n] of shares(total, WEIGHTS[command])) {
    const maker = make[category];
    if (!maker) continue;
    for (let i = 0; i < n; i++) {
      const q = maker();
      const query = typeof q === 'string' ? { category, input: q } : q;
      out.push({ ...query, input: query.input.slice(0, 500) });
    }
  }
  // Interleave categories, as real traffic would.
  return rng.sample(out, out.length);
}

/**
 * Warm-up queries per command, drawn apart from the measured ones. V8 needs
 * about a hundred varied queries to optimise every answering path: with 20,
 * the first measured queries ran 2–5× slower than the same queries a pass
 * later, so the p99 measured the JIT rather than the engine. The first answer
 * of a fresh process is measured separately (cold start).
 */
export const WARMUP_QUERIES = 100;

/**
 * `perCommand` measured queries per command (default 240) and WARMUP_QUERIES
 * warm-up queries per command, all from `seed` and the corpus's own words.
 */
export function buildQueryMix(corpus: Pick<Corpus, 'readouts'>, seed: number, perCommand = 240): QueryMix {
  const v = vocabulary(corpus);
  const mix = { warmup: {}, queries: {} } as QueryMix;
  for (const command of BENCH_COMMANDS) {
    mix.warmup[command] = draw(new Rng(hash32(`warmup:${command}:${seed}`)), v, command, WARMUP_QUERIES);
    mix.queries[command] = draw(new Rng(hash32(`queries:${command}:${seed}`)), v, command, perCommand);
  }
  return mix;
}
