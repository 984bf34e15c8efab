/**
 * Aliases: names that mean the same thing ("North Korea" = "DPRK" =
 * "Democratic People's Republic of Korea"). Three sources, merged into one
 * table of entities:
 *
 * - BUILTIN_ALIASES, shipped with the engine and used with any corpus;
 * - an optional `aliases.json` in the corpus folder, so users add their own
 *   without touching code: `{ "North Korea": ["Hermit Kingdom"], … }`;
 * - acronyms the corpus defines itself ("integrated air and missile defense
 *   (IAMD)"), learned when the index is built.
 *
 * Groups that share a name are merged, so "DPRK" learned from the text joins
 * the built-in North Korea entity rather than starting a new one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { terms, words } from '../text/terms.ts';

/** Each group lists names of one thing; the first is the name shown to users. */
export const BUILTIN_ALIASES: readonly (readonly string[])[] = [
  ['North Korea', 'DPRK', "Democratic People's Republic of Korea", 'N. Korea'],
  ['South Korea', 'ROK', 'Republic of Korea', 'S. Korea'],
  ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'America'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'],
  ['United Nations', 'U.N.', 'UN'],
  ['UN Security Council', 'United Nations Security Council', 'U.N. Security Council', 'UNSC'],
  ["People's Republic of China", 'PRC', 'China'],
  ['COVID-19', 'COVID', 'coronavirus', 'SARS-CoV-2', 'Covid19'],
  ['ISIS', 'ISIL', 'Islamic State', 'Daesh', 'D-ISIS'],
  ['Secretary of Defense', 'SecDef', 'Defense Secretary', 'Secretary of Defence', 'Defence Secretary'],
  // The title used since September 2025: its own entity, so a timeline of it shows the readouts that use it.
  ['Secretary of War', 'SecWar', 'War Secretary'],
  ['Deputy Secretary of Defense', 'DepSecDef', 'DSD', 'Deputy Defense Secretary', 'Deputy Secretary of Defence'],
  ['Chairman of the Joint Chiefs of Staff', 'CJCS', 'Chairman of the Joint Chiefs'],
  ['Department of Defense', 'DoD', 'Defense Department'],
  ['Ministry of Defense', 'MOD', 'Defense Ministry'],
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['Quad', 'Quadrilateral', 'Quadrilateral Security Dialogue'],
  ['THAAD', 'Terminal High Altitude Area Defense'],
  ['WMD', 'weapons of mass destruction'],
  ['IAMD', 'integrated air and missile defense'],
  ['ISR', 'intelligence, surveillance, and reconnaissance', 'intelligence, surveillance and reconnaissance'],
  ['MV-22 Osprey', 'Osprey', 'MV-22', 'V-22', 'CV-22'],
  ['F-35', 'Joint Strike Fighter', 'F-35 Lightning II'],
  ['South China Sea', 'SCS'],
  ['East China Sea', 'ECS'],
  ['Second Thomas Shoal', 'Ayungin Shoal'],
  ['Senkaku Islands', 'Senkakus', 'Diaoyu Islands'],
  ['Indo-Pacific', 'Indo Pacific'],
  ['USFJ', 'U.S. Forces Japan', 'US Forces Japan'],
  ['USFK', 'U.S. Forces Korea', 'US Forces Korea'],
  ['INDOPACOM', 'U.S. Indo-Pacific Command', 'Indo-Pacific Command', 'PACOM', 'U.S. Pacific Command'],
  ['AUKUS', 'Australia-UK-US partnership'],
  ['Kim Jong Un', 'Kim Jong-un', 'Chairman Kim'],
  ['Futenma Replacement Facility', 'FRF'],
  ['Host Nation Support', 'HNS', 'Special Measures Agreement', 'SMA'],
  ['European Union', 'EU'],
  ['New Zealand', 'NZ'],
  // An office, not a name: shown lowercase so it does not select readouts on its own.
  ['prime minister', 'PM'],
  ['EUCOM', 'U.S. European Command', 'US European Command', 'European Command'],
  ['Middle East', 'Mideast'],
  ['MH17', 'Malaysia Airlines Flight 17', 'Flight MH17', 'Malaysia Airlines Flight MH17', 'MH-17'],
  ['North Africa', 'Northern Africa'],
  ['Eastern Mediterranean', 'Eastern Med', 'East Med', 'East Mediterranean'],
  ['Houthis', 'Houthi', 'Houthi rebels', 'Yemeni rebels', 'Ansar Allah'],
  ['Permanent Secretary', 'Perm Sec', 'Permanent Sec', 'PermSec', 'Permanent Under Secretary', 'Permanent Under-Secretary'],
  // Abbreviations of the domain that readouts spell out and users do not.
  ['Mutual Defense Treaty', 'MDT'],
  ['National Defense Strategy', 'NDS'],
  ['Nuclear Posture Review', 'NPR'],
  ['Quadrennial Defense Review', 'QDR'],
  ['INF Treaty', 'INF', 'Intermediate-Range Nuclear Forces Treaty', 'Intermediate-Range Nuclear Forces'],
  ['MIA', 'MIAs', 'missing in action', 'POW/MIA', 'personnel missing', 'missing personnel'],
  ['POW', 'POWs', 'prisoners of war', 'prisoner of war'],
  ['HADR', 'HA/DR', 'humanitarian assistance and disaster relief', 'humanitarian assistance/disaster relief'],
  ['VTC', 'video teleconference', 'video conference', 'videoconference', 'video call', 'video teleconference call'],
  ['Security Consultative Committee', 'SCC', 'U.S.-Japan 2+2'],
  ['Security Consultative Meeting', 'SCM'],
  ['EDCA', 'Enhanced Defense Cooperation Agreement'],
  ['Foreign Military Sales', 'FMS'],
  ['Foreign Military Financing', 'FMF'],
  ['wartime operational control', 'OPCON', 'wartime OPCON', 'OPCON transition', 'operational control'],
  ['intercontinental ballistic missile', 'ICBM', 'ICBMs', 'intercontinental ballistic missiles'],
  ['submarine-launched ballistic missile', 'SLBM', 'SLBMs', 'submarine-launched ballistic missiles'],
  ['intermediate-range ballistic missile', 'IRBM', 'IRBMs', 'intermediate-range ballistic missiles'],
  ['NORDEFCO', 'Nordic Defence Cooperation', 'Nordic Defense Cooperation'],
  // Plain words users type for the readouts' words (shown lowercase: these are not names).
  ['submarine', 'sub', 'subs', 'submarines'],
  ['aircraft', 'plane', 'planes', 'airplane', 'airplanes', 'warplane', 'warplanes'],
  ['chairmanship', 'chaired', 'chairing'],
  ['percent', 'percentage', 'per cent'],
  ['troops', 'service members', 'servicemembers', 'service personnel', 'military personnel', 'troop'],
  ['top priority', 'number one priority', 'job number one', 'highest priority', 'first priority'],
];

/** `aliases.json` in a corpus folder: canonical name → other names. */
export const AliasFileSchema = z.record(
  z.string().trim().min(1, { error: 'a name must not be empty' }),
  z
    .array(z.string().trim().min(1, { error: 'an alias must not be empty' }), {
      error: 'must be a list of names',
    })
    .min(1, { error: 'must list at least one alias' }),
  { error: 'must be an object mapping a name to a list of aliases' },
);

export const ALIAS_FILE = 'aliases.json';

/** The user's alias groups from `<dir>/aliases.json`; a bad file is a warning, never fatal. */
export function readAliasFile(dir: string): { groups: string[][]; warning: string | null } {
  const path = join(dir, ALIAS_FILE);
  if (!existsSync(path)) return { groups: [], warning: null };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { groups: [], warning: `not valid JSON (${(error as Error).message}); ignored` };
  }
  const parsed = AliasFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}" ` : '';
    return { groups: [], warning: `${where}${issue?.message}; ignored` };
  }
  return { groups: Object.entries(parsed.data).map(([name, names]) => [name, ...names]), warning: null };
}

/**
 * Acronyms a text defines: "integrated air and missile defense (IAMD)" →
 * ["IAMD", "integrated air and missile defense"]. The long form is found by the
 * Schwartz & Hearst algorithm: the acronym's letters, right to left, must occur
 * in order in the words before the parenthesis, the first at a word start.
 */
export function definedAcronyms(sentence: string): [string, string][] {
  const out: [string, string][] = [];
  for (const match of sentence.matchAll(/\(([A-Z][A-Za-z]{1,9})\)/g)) {
    const acronym = match[1] as string;
    const letters = acronym.replace(/[^A-Za-z]/g, '');
    if (letters.length < 2 || letters.replace(/[^A-Z]/g, '').length < 2) continue;
    const before = sentence.slice(0, match.index).trimEnd();
    const candidate = before.split(/\s+/).slice(-Math.min(letters.length + 5, letters.length * 2));
    const long = longForm(letters.toLowerCase(), candidate.join(' '));
    if (long) out.push([acronym, long]);
  }
  return out;
}

function longForm(acronym: string, text: string): string | null {
  const lower = text.toLowerCase();
  let t = lower.length - 1;
  for (let a = acronym.length - 1; a >= 0; a--) {
    const ch = acronym[a] as string;
    // The first letter must start a word; the others may sit anywhere.
    while (t >= 0 && (lower[t] !== ch || (a === 0 && t > 0 && /[\p{L}\p{N}]/u.test(lower[t - 1] as string)))) t--;
    if (t < 0) return null;
    t--;
  }
  const start = t + 1;
  const long = text
    .slice(start)
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[,;:]+$/, '')
    // "… Republic of Korea’s (DPRK)": the long form is the name, not its possessive.
    .replace(/['’]s$/, '')
    .trim();
  // A long form is a few words; a whole clause means the match went wrong.
  const count = long.split(/\s+/).length;
  return count >= 2 && count <= acronym.length + 3 ? long : null;
}

export interface Entity {
  /** Stable token for the index: "~" plus the first name's terms. */
  id: string;
  /** The name shown to users. */
  name: string;
  names: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entity?: Entity;
}

export interface EntityMatch {
  entity: Entity;
  /** Term positions [start, end) in the matched term list. */
  start: number;
  end: number;
}

/**
 * The merged alias groups, matched against term sequences (longest match
 * wins, so "Democratic People's Republic of Korea" is North Korea, not South
 * Korea's "Republic of Korea" plus two stray words).
 */
export class AliasTable {
  readonly entities: Entity[];
  private readonly root: TrieNode = { next: new Map() };
  private readonly byKey = new Map<string, Entity>();

  constructor(groups: readonly (readonly string[])[]) {
    this.entities = mergeGroups(groups);
    for (const entity of this.entities) {
      for (const name of entity.names) {
        const key = terms(name);
        if (key.length === 0) continue;
        this.byKey.set(key.join(' '), entity);
        let node = this.root;
        for (const t of key) {
          let child = node.next.get(t);
          if (!child) node.next.set(t, (child = { next: new Map() }));
          node = child;
        }
        node.entity ??= entity;
      }
    }
  }

  /** The entity a whole phrase names, if any ("dprk" → North Korea). */
  lookup(phrase: string): Entity | undefined {
    return this.byKey.get(terms(phrase).join(' '));
  }

  /**
   * Every entity a term sequence names, for the index: the longest matches, and the entities their names
   * begin with ("UN Security Council" names the UN too, "U.S. Forces Japan" the United States), so a question
   * that types the shorter name ("Mozambique's seat on the security council at the UN") finds it (rule
   * `entity-prefix`). Only prefixes: a name's tail is no name of its own ("Guinea-Bissau" is not Guinea).
   */
  named(sequence: readonly string[]): Entity[] {
    const out: Entity[] = [];
    for (const m of this.match(sequence)) {
      let node: TrieNode | undefined = this.root;
      for (let j = m.start; j < m.end && node; j++) {
        node = node.next.get(sequence[j] as string);
        if (node?.entity && !out.includes(node.entity)) out.push(node.entity);
      }
    }
    return out;
  }

  /** Entities named in a term sequence, left to right, longest match first. */
  match(sequence: readonly string[]): EntityMatch[] {
    const out: EntityMatch[] = [];
    let i = 0;
    while (i < sequence.length) {
      let node: TrieNode | undefined = this.root;
      let best: EntityMatch | null = null;
      for (let j = i; j < sequence.length; j++) {
        node = node.next.get(sequence[j] as string);
        if (!node) break;
        if (node.entity) best = { entity: node.entity, start: i, end: j + 1 };
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }
}

/** Union of groups that share a name (compared as terms, so "U.S." = "US"). */
function mergeGroups(groups: readonly (readonly string[])[]): Entity[] {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const owner = new Map<string, number>();
  groups.forEach((group, i) => {
    for (const name of group) {
      const key = terms(name).join(' ');
      if (!key) continue;
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  const merged = new Map<number, string[]>();
  groups.forEach((group, i) => {
    const root = find(i);
    const names = merged.get(root) ?? [];
    for (const name of group) if (!names.includes(name)) names.push(name);
    merged.set(root, names);
  });
  return [...merged.values()].map((names) => ({
    id: `~${
      terms(names[0] as string).join('_') ||
      words(names[0] as string)
        .map((w) => w.word)
        .join('_')
    }`,
    name: names[0] as string,
    names,
  }));
}
