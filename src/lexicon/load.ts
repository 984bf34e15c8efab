import { resolve } from 'node:path';
import type { z } from 'zod';
import { AcronymFile, ChatFile, CountryFile, CountryOverrideFile, NicknameFile, PhraseFile } from './schema.ts';
import type { AcronymExpansion, ChatWord, CountryForms, Phrase } from './types.ts';
import { type WordNet, loadWordNet } from './wordnet.ts';
import { DATA_DIR } from '../paths.ts';
import { readDataFile } from '../data.ts';

/** The folder of the lexicon's data files. */
export const LEXICON_DIR = resolve(DATA_DIR, 'lexicon');

/** Read and check one of the lexicon's data files (through src/data.ts, the one reader of data/). */
export function readData<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  return readDataFile(`lexicon/${file}`, schema);
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * A form as a lookup key: lower-case, dots dropped ("U.A.E." → "uae"), spaces single, accents off: a team types
 * "bogota" and "brasilia" for the packages' "Bogotá" and "Brasília".
 */
export function formKey(form: string): string {
  return form.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

export const chat = once(() => {
  const data = readData('chat.json', ChatFile);
  const words = new Map<string, ChatWord>();
  for (const w of data.drop) words.set(w, { kind: 'drop' });
  for (const [w, to] of Object.entries(data.expand)) {
    if (words.has(w)) throw new Error(`lexicon: chat.json lists "${w}" both to drop and to expand`);
    words.set(w, { kind: 'expand', to });
  }
  const phrases = [...new Set(data.phrases)].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
  const meetings = Object.entries(data.meetings).sort((a, b) => b[0].length - a[0].length);
  return { words, phrases: phrases as readonly string[], meetings: meetings as readonly (readonly [string, string])[] };
});

export const acronyms = once(() => {
  const data = readData('acronyms.json', AcronymFile);
  const table = new Map<string, AcronymExpansion[]>();
  for (const e of data.entries) {
    const key = e.acronym.toLowerCase();
    const list = table.get(key) ?? [];
    for (const expansion of e.expansions) {
      if (!list.some((x) => x.expansion === expansion)) list.push({ expansion, source: e.source });
    }
    table.set(key, list);
  }
  return table as ReadonlyMap<string, readonly AcronymExpansion[]>;
});

export const countries = once(() => {
  const data = readData('countries.json', CountryFile);
  const over = readData('country-overrides.json', CountryOverrideFile);
  const ambiguous = new Set(over.ambiguous.map(formKey));
  const byForm = new Map<string, CountryForms>();
  const byCapital = new Map<string, CountryForms>();
  for (const c of data.countries) {
    const name = over.names[c.code] ?? c.name;
    const removed = new Set((over.remove[c.code] ?? []).map(formKey));
    const forms: string[] = [];
    const seen = new Set<string>();
    // The ISO code is not a form: most two-letter codes are English words (IN, IS, IT, NO); the overrides add
    // the codes people write (US, UK, NZ).
    for (const f of [name, c.name, ...c.forms, ...(over.add[c.code] ?? [])]) {
      const key = formKey(f);
      if (seen.has(key) || removed.has(key)) continue;
      seen.add(key);
      forms.push(f);
    }
    const entry: CountryForms = { country: name, code: c.code, forms };
    // A capital of one word that is not the country's own name ("Tokyo", not "Singapore" nor "Panama City").
    const capital = formKey(over.capitals[c.code] ?? c.capital ?? '');
    if (/^\p{L}+$/u.test(capital) && !seen.has(capital) && !byCapital.has(capital)) byCapital.set(capital, entry);
    for (const f of forms) {
      const key = formKey(f);
      if (ambiguous.has(key)) continue;
      // The first country to claim a form keeps it; the overrides file settles clashes.
      if (!byForm.has(key)) byForm.set(key, entry);
    }
  }
  for (const key of byCapital.keys()) if (byForm.has(key)) byCapital.delete(key);
  const byCode = new Map([...byForm.values()].map((e) => [e.code, e]));
  const continentOf = new Map(data.countries.map((c) => [c.code, c.continent]));
  const members = new Map<string, readonly CountryForms[]>();
  for (const [region, list] of Object.entries(over.members)) {
    const codes = list.flatMap((m) =>
      m.startsWith('continent:') ? data.countries.filter((c) => continentOf.get(c.code) === m.slice(10)).map((c) => c.code) : [m],
    );
    members.set(
      region,
      codes.flatMap((code) => byCode.get(code) ?? []),
    );
  }
  return {
    byForm: byForm as ReadonlyMap<string, CountryForms>,
    byCapital: byCapital as ReadonlyMap<string, CountryForms>,
    regions: new Map(Object.entries(over.regions)) as ReadonlyMap<string, readonly string[]>,
    members: members as ReadonlyMap<string, readonly CountryForms[]>,
    leaders: new Map(
      Object.entries(over.leaders).flatMap(([name, code]) => (byCode.has(code) ? [[name, byCode.get(code) as CountryForms]] : [])),
    ) as ReadonlyMap<string, CountryForms>,
    count: data.countries.length,
  };
});

export const nicknames = once(() => {
  const data = readData('nicknames.json', NicknameFile);
  const excluded = new Set(data.exclude.map(([formal, nick]) => `${formal} ${nick}`));
  const formal = new Map<string, string[]>();
  const nicks = new Map<string, string[]>();
  for (const [name, list] of Object.entries(data.names)) {
    for (const nick of list) {
      if (nick === name || excluded.has(`${name} ${nick}`)) continue;
      const f = formal.get(nick) ?? [];
      if (!f.includes(name)) f.push(name);
      formal.set(nick, f);
      const n = nicks.get(name) ?? [];
      if (!n.includes(nick)) n.push(nick);
      nicks.set(name, n);
    }
  }
  return { formal: formal as ReadonlyMap<string, readonly string[]>, nicks: nicks as ReadonlyMap<string, readonly string[]> };
});

export const wordnet = once((): WordNet => loadWordNet(resolve(LEXICON_DIR, 'wordnet.txt')));

/** phrases.json's idioms, by first word, longest first (a reader matches greedily). */
export const phrases = once(() => {
  const data = readData('phrases.json', PhraseFile);
  const byFirst = new Map<string, Phrase[]>();
  for (const [pattern, means] of data.phrases) {
    const words = pattern.split(' ');
    const first = words[0] as string;
    if (first === '*') throw new Error(`lexicon: phrases.json: "${pattern}" may not begin with *`);
    const list = byFirst.get(first) ?? [];
    list.push({ phrase: pattern, words, means });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    byFirst: byFirst as ReadonlyMap<string, readonly Phrase[]>,
    slot: new Set(data.slot),
    gap: new Set(data.gap),
    count: data.phrases.length,
  };
});
