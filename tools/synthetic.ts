/**
 * A synthetic readout archive for benchmarks: N readout files in the corpus
 * format (Markdown with front matter), reproducible for a seed.
 *
 * The text imitates U.S. defense meeting readouts: the Secretary (or Deputy
 * Secretary, Under Secretary for Policy, Chairman) in office on the readout's
 * date, a counterpart in office then, places, ~150 topics written several ways
 * (aliases: "North Korea" / "the DPRK" / "the Democratic People's Republic of
 * Korea"), recurring boilerplate ("provided the following readout:",
 * "reaffirmed the ironclad commitment"), near-duplicate sentences across
 * readouts, and a few rare made-up proper names per readout. Readouts average
 * about 25 sentences.
 *
 * The tables it draws from (officials, countries, topics, …) are in
 * tools/syntheticData.ts; this file is the generator.
 *
 * Readout i depends only on (seed, i), so the first 1,000 readouts of a
 * 10,000-readout archive are the 1,000-readout archive.
 *
 * @example
 * generateArchive({ readouts: 20, seed: 1, dir: '/tmp/archive' })
 * // → { readouts: 20, sentences: 497, bytes: 61234, files: ['2010/2010-02-11-gates-kitazawa-call-0007.md', …] }
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  type Role,
  type Official,
  OFFICIALS,
  ROLE_WEIGHT,
  SPOKESPEOPLE,
  COUNTRIES,
  COUNTERPARTS,
  VENUES,
  type Topic,
  TOPICS,
  SYLLABLES,
  RANKS,
  ENLISTED,
  CIVILIANS,
  UNITS,
  FACILITIES,
  EXERCISE_NOUNS,
  ORDINALS,
} from './syntheticData.ts';

/** Bump when the output for a given (readouts, seed) changes: cached archives are regenerated. */
export const GENERATOR_VERSION = 1;

// ---------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive independent seeds. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** An integer in [lo, hi], both included. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1] as T;
  }
  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, k);
  }
}

// ---------------------------------------------------------------------------
// Rare names: made up from syllables, so each occurs in one or a few readouts.

function rareWord(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(SYLLABLES);
  return w[0]?.toUpperCase() + w.slice(1);
}

const rarePerson = (rng: Rng) => `${rareWord(rng, 2)} ${rareWord(rng, rng.range(2, 3))}`;

// ---------------------------------------------------------------------------
// One readout

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface GeneratedReadout {
  /** Path relative to the archive folder: "2019/2019-03-14-austin-kishi-call-0042.md". */
  file: string;
  title: string;
  date: string;
  source: string;
  /** Paragraphs, each a list of sentences, exactly as the loader should split them. */
  paragraphs: string[][];
  /** The whole file. */
  text: string;
}

const inRange = (date: string, from: string, to: string) => date >= from && date <= to;

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A sentence starts with a capital letter, behind any opening quote ("the Crown Prince briefed…"). */
function sentenceCase(s: string): string {
  const at = /\p{L}/u.exec(s)?.index ?? 0;
  return s.slice(0, at) + s.slice(at, at + 1).toUpperCase() + s.slice(at + 1);
}

const capitalize = (s: string) => (s ? s[0]?.toUpperCase() + s.slice(1) : s);
const possessive = (name: string, curly: boolean) => `${name}${curly ? '’' : "'"}${/s$/.test(name) ? '' : 's'}`;

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

type Kind = 'call' | 'meeting' | 'vtc' | 'visit';

/** Generate readout number `n` of the archive for `seed`. Depends only on (seed, n). */
/**
 * A dense archive (`--dense` in the bench) puts a handful of topics in most
 * readouts, as "Ukraine" or "North Korea" are in a real archive of recent
 * years: each of these comes up in a readout with this chance, before its own
 * topics. The default (sparse) archive spreads ~150 topics by region and year.
 */
export const DENSE_TOPICS: readonly string[] = [
  'security assistance to Ukraine',
  "North Korea's ballistic missile launches",
  'the South China Sea',
  'cyber threats',
  'climate change',
];
const DENSE_CHANCE = 0.75;

/** Generate readout number `n` of the archive for `seed`. Depends only on (seed, n, dense). */
export function generateReadout(seed: number, n: number, width = 4, salt = 0, dense = false): GeneratedReadout {
  const rng = new Rng(hash32(`readout:${seed}:${n}:${salt}`));
  // A day between 2010-01-01 and 2025-12-31.
  const start = Date.UTC(2010, 0, 1);
  const days = Math.round((Date.UTC(2025, 11, 31) - start) / 86400000);
  const day = new Date(start + rng.int(days + 1) * 86400000);
  const year = day.getUTCFullYear();
  const date = day.toISOString().slice(0, 10);
  const monthDay = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
  const longDate = `${monthDay}, ${year}`;

  // Who met whom.
  const roles = (Object.keys(ROLE_WEIGHT) as Role[]).filter((r) => OFFICIALS.some((x) => x.role === r && inRange(date, x.from, x.to)));
  const role = rng.weighted(roles, (r) => ROLE_WEIGHT[r]);
  const us = OFFICIALS.find((x) => x.role === role && inRange(date, x.from, x.to)) as Official;
  const active = COUNTERPARTS.filter((x) => inRange(date, x.from, x.to));
  const countries = COUNTRIES.filter((k) => active.some((x) => x.country === k.key));
  const country = rng.weighted(countries, (k) => k.weight);
  const cp = rng.pick(active.filter((x) => x.country === country.key));
  const kind: Kind = rng.weighted<Kind>(['call', 'meeting', 'vtc', 'visit'], (k) => ({ call: 4, meeting: 4, vtc: 1, visit: 1 })[k]);

  // Where.
  const venues = VENUES.filter(
    (v) => year >= v.from && year <= v.to && v.regions.some((r) => r === 'global' || country.regions.includes(r)),
  );
  let place: string;
  if (kind === 'visit') place = `to ${rng.chance(0.6) || country.sites.length === 0 ? country.capital : rng.pick(country.sites)}`;
  else if (kind === 'meeting') {
    const r = rng.float();
    place =
      r < 0.45
        ? 'at the Pentagon'
        : r < 0.7 && venues.length
          ? rng.pick(venues).where
          : `in ${country.sites.length && rng.chance(0.3) ? rng.pick(country.sites) : country.capital}`;
  } else place = '';

  // What about: 4–7 topics, mostly of the counterpart's regions.
  const fits = (x: Topic) => year >= x.from && year <= x.to;
  const regional = TOPICS.filter((x) => fits(x) && x.regions.some((r) => country.regions.includes(r)));
  const global = TOPICS.filter((x) => fits(x) && x.regions.includes('global'));
  const topics: Topic[] = [];
  const want = rng.range(4, 7);
  for (let guard = 0; topics.length < want && guard < 50; guard++) {
    const pool = regional.length && rng.chance(0.7) ? regional : global;
    const pick = rng.pick(pool);
    if (!topics.includes(pick)) topics.push(pick);
  }
  if (dense) {
    // Their own generator, so a sparse archive's readouts stay as they were.
    const hot = new Rng(hash32(`dense:${seed}:${n}:${salt}`));
    const picked = DENSE_TOPICS.map((form) => TOPICS.find((x) => x.forms[0] === form) as Topic).filter(() => hot.chance(DENSE_CHANCE));
    topics.unshift(...hot.sample(picked, picked.length).filter((x) => !topics.includes(x)));
  }
  const form = (x: Topic, first = false) => (first || rng.chance(0.5) ? (x.forms[0] as string) : rng.pick(x.forms));
  const other = (x: Topic) => rng.pick(topics.filter((y) => y !== x).concat(global.length ? [rng.pick(global)] : []));

  const curly = rng.chance(0.3);
  const US = us.short;
  const CP = cp.short;
  const countryPoss = country.key === 'nato' ? "NATO's" : possessive(country.name, false);
  const pair = `U.S.-${country.pair}`;
  const cpFull = `${cp.title} ${cp.name}`;
  const their = us.pronoun;
  const thing = us.role === 'cjcs' ? 'the Joint Force' : 'the Department of Defense';
  const boss = us.role === 'secdef' ? 'The Secretary' : US;
  const allyName = country.key === 'nato' ? 'NATO Allies' : country.name;
  const kindWord = { call: rng.pick(['Call', 'Phone Call']), meeting: 'Meeting', vtc: 'Video Teleconference', visit: 'Meeting' }[kind];

  // Title, kept to the words readouts use.
  const lead = us.full;
  const titleUs = possessive(lead, curly);
  const title = `Readout of ${titleUs} ${kindWord} ${rng.chance(0.8) ? 'With' : 'with'} ${cpFull}`;

  const paragraphs: string[][] = [];

  // 1. Who provided the readout (most readouts).
  const speakers = SPOKESPEOPLE.filter((s) => inRange(date, s.from, s.to) && (s.joint === true) === (us.role === 'cjcs'));
  if (speakers.length && rng.chance(0.7)) paragraphs.push([`${rng.pick(speakers).who} provided the following readout:`]);

  // 2. The opening paragraph.
  const [t1, t2] = topics as [Topic, Topic];
  const opening = (() => {
    // A name ending in "Jr.", "Gen" ("NAKATANI Gen") or "Jun" ("Dong Jun") never ends a
    // sentence here: the splitter takes "Gen." for a rank and "Jr." and "Jun." for
    // abbreviations, and would not split before "Secretary Austin …".
    const about = rng.chance(0.6) || /(?:\.|\b(?:Gen|Jun))$/.test(cp.name) ? ` to discuss ${form(t1, true)} and ${form(t2, true)}` : '';
    switch (kind) {
      case 'call':
        return rng.pick([
          `${lead} spoke by phone today with ${cpFull}${about}.`,
          `On ${longDate}, ${lead} held a call with ${cpFull}${about}.`,
          `${lead} held an introductory phone call with ${cpFull} to reaffirm the ${pair} relationship and discuss security issues of mutual interest.`,
          `${lead} spoke with ${cpFull} on ${monthDay}${about}.`,
        ]);
      case 'vtc':
        return `On ${longDate}, ${lead} held a video teleconference with ${cpFull}${about}.`;
      case 'visit':
        return rng.pick([
          `${lead} traveled ${place} on ${longDate}, where ${us.pronoun === 'his' ? 'he' : 'she'} met with ${cpFull}${about}.`,
          `During a visit ${place}, ${lead} met ${cpFull} on ${monthDay}${about}.`,
        ]);
      default:
        return rng.pick([
          `On ${longDate}, ${lead} met with ${cpFull} ${place}${about}.`,
          place === 'at the Pentagon'
            ? `${lead} hosted ${cpFull} ${place} on ${monthDay}${about}.`
            : `${lead} met ${cpFull} ${place} on ${monthDay}${about}.`,
          `${lead} welcomed ${cpFull} ${place} today for their ${rng.pick(['first', 'second', 'third', 'fourth'])} meeting.`,
        ]);
    }
  })();
  const intro = [opening];
  const introMore = [
    () => `The two leaders discussed a range of regional and global security issues.`,
    () => `${US} congratulated ${CP} on the recent appointment and expressed a desire to work closely together.`,
    () =>
      `It was the ${rng.pick(['first', 'second', 'third', 'fifth'])} engagement between the two leaders since ${rng.pick(MONTHS)} ${Math.max(2010, year - rng.range(0, 2))}.`,
    () => `${US} welcomed the opportunity to meet in person after months of virtual engagements.`,
    () => `They underscored the importance of ${pair} defense cooperation to address a range of global security challenges.`,
  ];
  if (country.key !== 'nato') {
    introMore.push(
      () =>
        `${US} expressed condolences for the loss of life in the recent ${rng.pick(['earthquake', 'typhoon', 'floods', 'helicopter crash', 'training accident'])} in ${country.name}.`,
    );
  }
  for (const f of rng.sample(introMore, rng.range(1, 3))) intro.push(f());
  paragraphs.push(intro);

  // 3. Topic paragraphs.
  const quoteLines = [
    () => `Our commitment to ${country.name} is ironclad`,
    () => `We will continue to stand with ${country.name}`,
    () => `${capitalize(form(t1))} is a shared challenge that demands a shared response`,
    () => `The ${pair} relationship has never been stronger`,
    () => `Our alliances and partnerships are our greatest strategic advantage`,
  ];
  const templates: ((x: Topic) => string)[] = [
    (x) => `The two leaders discussed ${form(x)}.`,
    (x) => `The two leaders discussed ${joinList([form(x), form(other(x)), form(other(x))].filter((v, i, a) => a.indexOf(v) === i))}.`,
    (x) => `${US} and ${CP} exchanged views on ${form(x)} and agreed to deepen cooperation on ${form(other(x))}.`,
    (x) => `${US} condemned ${form(x)} and emphasized the importance of close coordination among allies and partners.`,
    (x) => `The leaders expressed concern about ${form(x)}, which threatens peace and stability in the region.`,
    (x) => `${CP} briefed ${US} on ${form(x)}.`,
    (x) => `They agreed to continue close coordination on ${form(x)}.`,
    (x) => `${US} thanked ${CP} for ${countryPoss} leadership on ${form(x)}.`,
    (x) => `${boss} underscored that ${form(x)} remains a top priority for ${thing}.`,
    (x) =>
      `Both leaders committed to strengthening the ${pair} defense relationship, including in the areas of ${form(x)} and ${form(other(x))}.`,
    (x) => `${US} noted the importance of ${countryPoss} steps towards ${form(x)}.`,
    (x) => `${US} reiterated that the United States remains committed to ${form(x)}.`,
    (x) => `The leaders reviewed progress on ${form(x)} since their last meeting in ${rng.pick(MONTHS)}.`,
    (x) => `They discussed opportunities to expand cooperation on ${form(x)}, ${form(other(x))}, and emerging technologies.`,
    (x) => `${CP} expressed appreciation for U.S. support on ${form(x)}.`,
    (x) => `${US} highlighted the Department's investments in ${form(x)}.`,
    (x) => `The two sides agreed to convene working-level talks on ${form(x)} in the coming months.`,
    (x) => `${US} emphasized that ${form(x)} must be addressed in accordance with international law.`,
    (x) => `${boss} raised ${form(x)} and stressed the need for transparency.`,
    (x) => `The ministers also touched on ${form(x)}.`,
    (x) => `${CP} outlined ${countryPoss} plans regarding ${form(x)}, and ${US} welcomed those efforts.`,
    (x) => `In addition, the leaders discussed ${form(x)} and its implications for regional security.`,
    (x) => `${US} expressed ${their} appreciation for ${countryPoss} continued contributions to ${form(x)}.`,
    (x) => `They agreed that ${form(x)} will remain an important item on the bilateral agenda.`,
    (x) => `${US} welcomed ${countryPoss} decision to increase its investment in ${form(x)}.`,
    (x) => `The two leaders also discussed the upcoming ${rng.pick(['trilateral', 'bilateral', 'multilateral'])} exercise and ${form(x)}.`,
    (x) => `They noted that since ${Math.max(2010, year - rng.range(1, 6))}, the two countries have expanded cooperation on ${form(x)}.`,
    (x) => `${US} provided an update on ${form(x)} and the ongoing review of U.S. global force posture.`,
    (x) => `${capitalize(form(x))} was also discussed, as was ${form(other(x))}.`,
    (x) =>
      `The leaders pledged to explore new initiatives related to ${form(x)} ahead of the ${rng.pick(['2+2 ministerial', 'Defense Policy Talks', 'Security Consultative Meeting', 'annual dialogue'])}.`,
    (x) => `“${rng.pick(quoteLines)()},” ${US} said, adding that ${form(x)} would remain a focus.`,
    (x) => `According to ${CP}, ${form(x)} has become more urgent over the past year.`,
    (x) => `${US} said ${thing} would support ${form(x)} with $${rng.range(1, 9)}.${rng.range(1, 9)} billion in new funding.`,
  ];
  if (country.ally) {
    templates.push(
      () =>
        `${US} reaffirmed the ironclad commitment of the United States to the defense of ${allyName}, including through extended deterrence.`,
      () =>
        `${US} reaffirmed the ironclad U.S. commitment to ${country.key === 'nato' ? 'the Alliance' : country.name} using the full range of U.S. capabilities.`,
    );
  }
  if (country.regions.includes('indopac'))
    templates.push(() => `The leaders reaffirmed their shared commitment to a free and open Indo-Pacific.`);
  if (country.regions.includes('europe'))
    templates.push(() => `The leaders reaffirmed their commitment to collective defense under Article 5 of the Washington Treaty.`);
  const topicParagraphs = rng.range(2, 5);
  for (let i = 0; i < topicParagraphs; i++) {
    const x = topics[i % topics.length] as Topic;
    const lines = rng.sample(templates, rng.range(3, 6)).map((f) => f(x));
    paragraphs.push(lines);
  }

  // 4. People and places only this readout names.
  const rareLines = [
    () =>
      `${rng.pick(RANKS)} ${rarePerson(rng)}, commander of the ${rng.pick(ORDINALS)} ${rareWord(rng, 2)} ${rng.pick(UNITS)}, briefed the delegation on ${form(rng.pick(topics))}.`,
    () =>
      `The delegation later visited ${rareWord(rng, 3)} ${rng.pick(FACILITIES)}, where service members demonstrated capabilities related to ${form(rng.pick(topics))}.`,
    () =>
      `${US} recognized ${rng.pick(ENLISTED)} ${rarePerson(rng)} for exceptional service during Exercise ${rareWord(rng, 2)} ${rng.pick(EXERCISE_NOUNS)}.`,
    () => `Also in attendance were ${rng.pick(CIVILIANS)} ${rarePerson(rng)} and ${rng.pick(RANKS)} ${rarePerson(rng)}.`,
    () =>
      `Exercise ${rareWord(rng, 2)} ${rng.pick(EXERCISE_NOUNS)}, scheduled for ${rng.pick(MONTHS)}, will bring together forces from both countries.`,
    () => `${US} laid a wreath at the ${rareWord(rng, 3)} Memorial to honor service members lost in the line of duty.`,
    () => `The two leaders toured the ${rareWord(rng, 2)} ${rng.pick(FACILITIES)} with ${rng.pick(CIVILIANS)} ${rarePerson(rng)}.`,
  ];
  paragraphs.push(rng.sample(rareLines, rng.range(2, 4)).map((f) => f()));

  // 5. Closing.
  const closing = [
    () => `Both leaders look forward to meeting again ${rng.pick(venues.length ? venues : VENUES).where}.`,
    () => `${US} and ${CP} pledged to remain in close contact.`,
    () => `Both leaders expressed their commitment to deepening the ${pair} defense relationship.`,
    () => `The two leaders agreed to meet again soon.`,
    () => `${US} thanked ${CP} for ${rng.pick(['the warm hospitality', 'the productive discussion', 'the candid exchange'])}.`,
    () => `The leaders committed to continuing regular, high-level engagements.`,
  ];
  paragraphs.push(rng.sample(closing, rng.range(1, 3)).map((f) => f()));

  const width4 = String(n).padStart(width, '0');
  const file = `${year}/${date}-${slug(us.surname)}-${slug(cp.short.split(' ').pop() ?? cp.name)}-${kind}-${width4}.md`;
  for (const para of paragraphs) para.forEach((s, i) => (para[i] = sentenceCase(s)));
  const source = `https://www.defense.gov/News/Releases/Release/Article/${1000000 + (hash32(`${seed}:${n}`) % 3000000)}/${slug(title).slice(0, 80)}/`;
  const text = `---\ntitle: ${title}\ndate: ${date}\nsource: ${source}\n---\n${paragraphs.map((s) => s.join(' ')).join('\n\n')}\n`;
  return { file, title, date, source, paragraphs, text };
}

// ---------------------------------------------------------------------------
// The archive

export interface ArchiveOptions {
  readouts: number;
  seed: number;
  dir: string;
  /** Called every `every` readouts with the number written so far. */
  onProgress?: (written: number) => void;
  /** A handful of topics in most readouts (DENSE_TOPICS). */
  dense?: boolean;
}

export interface ArchiveSummary {
  readouts: number;
  sentences: number;
  bytes: number;
  files: string[];
}

/** What ensureArchive writes last into a complete archive, read back with zod. */
const ArchiveMarker = z.object({
  generator: z.number().optional(),
  readouts: z.number().int(),
  sentences: z.number().int(),
  bytes: z.number().int(),
});

/**
 * Write `readouts` readout files under `dir` (created if needed), in year folders.
 * Readouts whose body would repeat an earlier one (the loader would skip it as
 * a duplicate) are generated again with another salt.
 */
export function generateArchive({ readouts, seed, dir, onProgress, dense = false }: ArchiveOptions): ArchiveSummary {
  const width = Math.max(4, String(readouts - 1).length);
  const bodies = new Set<string>();
  const files: string[] = [];
  let sentences = 0;
  let bytes = 0;
  const made = new Set<string>();
  for (let n = 0; n < readouts; n++) {
    let readout = generateReadout(seed, n, width, 0, dense);
    for (let salt = 1; bodies.has(bodyKey(readout)); salt++) readout = generateReadout(seed, n, width, salt, dense);
    bodies.add(bodyKey(readout));
    const folder = dirname(join(dir, readout.file));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(dir, readout.file), readout.text);
    files.push(readout.file);
    sentences += readout.paragraphs.reduce((sum, para) => sum + para.length, 0);
    bytes += Buffer.byteLength(readout.text);
    if (onProgress && (n + 1) % 1000 === 0) onProgress(n + 1);
  }
  return { readouts, sentences, bytes, files };
}

function bodyKey(readout: GeneratedReadout): string {
  return createHash('sha1')
    .update(readout.paragraphs.map((s) => s.join(' ')).join('\n'))
    .digest('hex');
}

/** Written last in a generated archive folder; a dot-file, so the corpus loader ignores it. */
export const ARCHIVE_MARKER = '.complete.json';

/**
 * The archive `<root>/archive-[dense-]<readouts>-<seed>/`, generated unless a complete
 * one (its marker written by this generator version) is already there. The
 * marker is written last, so an interrupted generation is started over.
 */
export function ensureArchive(
  root: string,
  readouts: number,
  seed: number,
  onProgress?: (written: number) => void,
  dense = false,
): { dir: string; reused: boolean; summary: Omit<ArchiveSummary, 'files'> } {
  const dir = join(root, `archive-${dense ? 'dense-' : ''}${readouts}-${seed}`);
  const marker = join(dir, ARCHIVE_MARKER);
  if (existsSync(marker)) {
    try {
      const saved = ArchiveMarker.parse(JSON.parse(readFileSync(marker, 'utf8')));
      if (saved.generator === GENERATOR_VERSION && saved.readouts === readouts) {
        return { dir, reused: true, summary: { readouts: saved.readouts, sentences: saved.sentences, bytes: saved.bytes } };
      }
    } catch {
      // A damaged marker: generate again.
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const { files: _files, ...summary } = generateArchive({ readouts, seed, dir, dense, ...(onProgress ? { onProgress } : {}) });
  writeFileSync(marker, `${JSON.stringify({ generator: GENERATOR_VERSION, seed, dense, ...summary }, null, 2)}\n`);
  return { dir, reused: false, summary };
}
