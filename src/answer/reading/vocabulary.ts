import { z } from 'zod';
import {
  acronym as lexiconAcronym,
  countryOf,
  countryOfCapital,
  givenNames,
  inWordNet,
  isAdverbOnly as adverbOnly,
  commonestPos,
  isProperNoun,
  nicknamesOf,
  related,
  type CountryForms,
  type Related,
} from '../../lexicon/index.ts';
import { STOP_WORDS } from '../../text/terms.ts';
import { dataFile } from '../../data.ts';
import { TURNING_VERBS } from './questionWords.ts';
import { applied } from '../explain.ts';

function missingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

function guarded<T>(lookup: (word: string) => T, none: T): (word: string) => T {
  const memo = new Map<string, T>();
  let absent = false;
  return (word) => {
    if (absent) return none;
    let value = memo.get(word);
    if (value !== undefined || memo.has(word)) return value as T;
    try {
      value = lookup(word);
    } catch (error) {
      if (!missingFile(error)) throw error;
      absent = true;
      return none;
    }
    if (memo.size > 10_000) memo.clear();
    memo.set(word, value);
    return value;
  };
}

/** The country a word names ("kiwis", "emirati", "poles"), lower-cased word in. */
export const countryNamed: (word: string) => CountryForms | undefined = guarded(countryOf, undefined);

/** The country of a one-word capital ("tehran" → Iran), lower-cased word in. */
export const capitalOf: (word: string) => CountryForms | undefined = guarded(countryOfCapital, undefined);

/**
 * Rule `wording-drop`: is it wording rather than a thing — an English word whose commonest WordNet sense is a
 * verb, an adjective or an adverb ("regular", "ready", "behind", "wrap")? Nouns ("gas", "drones") are things.
 */
export const isWording: (word: string) => boolean = guarded((word) => /^[var]$/.test(commonestPos(word)), false);

/** Is a verb in its commonest sense ("migrate")? */
export const isVerbLemma: (word: string) => boolean = guarded((word) => commonestPos(word) === 'v', false);

/**
 * A descriptive adjective: commonest as an adjective, and WordNet relates it to no noun it pertains to
 * ("regular", "closer", "frank"; not "nuclear" → nucleus, "naval" → navy). Rule `wording-drop`.
 */
export const isDescriptive: (word: string) => boolean = guarded(
  (word) => commonestPos(word) === 'a' && !related(word).some((r) => r.relation === 'pertainym'),
  false,
);

/** A word WordNet knows only as an adverb ("openly"), lower-cased word in. */
export const isAdverbOnly: (word: string) => boolean = guarded(adverbOnly, false);

/** Words the readouts may use for an English word, each weighing less than 1. */
export const widenings: (word: string) => readonly Related[] = guarded(related, []);

/** The base forms of a typed word: itself and what WordNet undoes it to ("joining" → join, "held" → hold). */
export function baseForms(word: string): string[] {
  return [
    word,
    ...widenings(word)
      .filter((r) => r.relation === 'inflection')
      .map((r) => r.word),
  ];
}

/**
 * Is it an English word? WordNet knows it (a lemma or an inflection of one), or it is a stop word. Not the 275,000-word list behind the lexicon's own isEnglishWord: loading it cost a
 * one-shot question with a typo 100 ms (800 ms on a loaded machine) and the bot 20 MB, and it holds
 * names and rare forms ("okinowa" is not in it, but "scarborough"-like words are) that kept typos from
 * being corrected and names from vetoing.
 */
export function isEnglish(word: string): boolean {
  if (STOP_WORDS.has(word) || !inWordNetMemo(word)) return STOP_WORDS.has(word);
  if (!isProperName(word)) return true;
  applied('proper-noun-name');
  return false;
}

const inWordNetMemo = guarded(inWordNet, false);

/**
 * Rule `proper-noun-name`: a word WordNet writes capitalised in every sense ("tokyo", "paris") is a
 * name typed in lower case, not an English word: absent from the corpus, it vetoes like any name
 * ("who did hegseth meet in tokyo?" is not a question about meeting). Given names the nickname table
 * knows ("charles", "jim") stay words: the nickname rules read them beside a surname, and alone they
 * are too often other things to veto.
 */
/** A name WordNet knows, typed in lower case or not ("tokyo"), and no given name: rule `proper-noun-name`. */
const isProperName: (word: string) => boolean = guarded(
  (word) => isProperNoun(word) && givenNames(word).length === 0 && nicknamesOf(word).length === 0,
  false,
);

/** data/reading/offices.json: counterpart office words and office acronyms as chat uses them (see its $comment). */
const OfficeFile = z.object({
  words: z.array(z.string().regex(/^[a-z-]+$/)).min(1),
  acronyms: z.record(z.string().regex(/^[a-z0-9]+$/), z.array(z.string().min(1)).min(1)),
  services: z.array(z.string().regex(/^[a-z-]+$/)).min(1),
  abbreviations: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z]+$/)).min(1)),
  chat: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z]+$/)).min(1)),
  titles: z.object({
    services: z.array(z.string().regex(/^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/)).min(1),
    ranks: z.array(z.string().regex(/^[A-Z][a-z]+$/)).min(1),
  }),
});
const officeFile = dataFile('reading/offices.json', OfficeFile);

let serviceTitleRead: RegExp | undefined;
/**
 * A U.S. service and its rank words right before a capitalised name ("Air Force Lt. Col. Elizabeth Ortiz", "Navy
 * Rear Adm. John Kirby"), from data/reading/offices.json `titles`; global, for replace.
 */
export function serviceTitle(): RegExp {
  if (serviceTitleRead) return serviceTitleRead;
  const { services, ranks } = officeFile().titles;
  const service = services.map((s) => s.replace(/ /g, String.raw`\s+`)).join('|');
  serviceTitleRead = new RegExp(String.raw`\b(?:U\.S\.\s+)?(?:${service})\s+(?:(?:${ranks.join('|')})\.?\s+){1,4}(?=\p{Lu})`, 'gu');
  return serviceTitleRead;
}

/** Words that describe a counterpart's office ("foreign", "minister", "crown", "prince"), lower case. */
export function isOfficeWord(word: string): boolean {
  return officeFile().words.includes(word);
}

/** Words that name a military service inside an office ("navy" in "the Indian navy chief"), lower case. */
export function isServiceWord(word: string): boolean {
  return officeFile().services.includes(word);
}

/** Spellings of an acronym, best first: the office readings of data/reading/offices.json, then the lexicon's table. */
export function acronymReadings(word: string): string[] {
  // Own keys only: a user's word ("constructor") must never find Object's.
  const office = Object.hasOwn(officeFile().acronyms, word) ? (officeFile().acronyms[word] ?? []) : [];
  const readings = [...office, ...lexiconAcronym(word).map((a) => a.expansion)];
  // Rule `acronym-plural`, shouted or typed in lower case ("MRAPS", "mraps"): the plural of an acronym that is no
  // English word is read as its singular; "mods" stays moderators.
  if (readings.length === 0 && /^[a-z]{3,}s$/.test(word) && !inWordNetMemo(word)) return acronymReadings(word.slice(0, -1));
  return readings;
}

/** True when an office acronym ("MoD") has a reading of its own, read before any alias the corpus knows. */
export function isOfficeAcronym(word: string): boolean {
  return Object.hasOwn(officeFile().acronyms, word);
}

/** The lexicon's spellings of an acronym ("gdp" → Gross Domestic Product), memoised. */
export const acronymSpellings: (word: string) => readonly string[] = guarded((w) => lexiconAcronym(w).map((a) => a.expansion), []);

/**
 * WordNet synonyms of a word that are other spellings of it: one word, at most two letters apart ("emir" →
 * amir, ameer; "judgement" → judgment). Other synonyms ("minister" → parson) are other words.
 */
export const spellingVariants: (word: string) => readonly string[] = guarded(
  (word) =>
    /^\p{L}{3,}$/u.test(word)
      ? related(word)
          .filter((r) => r.relation === 'synonym' && /^\p{L}+$/u.test(r.word) && editDistance(r.word, word) <= 2)
          .map((r) => r.word)
      : [],
  [],
);

/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] as number;
}

/** How readouts abbreviate an office word in a title ("general" → gen, as in "Lt. Gen."); [] for none. */
export function officeAbbreviations(word: string): readonly string[] {
  return Object.hasOwn(officeFile().abbreviations, word) ? (officeFile().abbreviations[word] ?? []) : [];
}

/** The offices a chat office word also stands for ("chief" → minister, secretary), lower case. */
export function officeChatReadings(word: string): readonly string[] {
  return Object.hasOwn(officeFile().chat, word) ? (officeFile().chat[word] ?? []) : [];
}

/**
 * A verb as typed: an -ing or -ed form WordNet undoes to a base ("spreading" → spread, "worried" → worry), or,
 * after "to", a word WordNet knows as a verb's base form ("to upgrade").
 */
export function isVerbForm(word: string, afterTo: boolean): boolean {
  // "withdrawing", "to cancel": a verb that turns the sentence is what was asked, never mere wording.
  if (isTurning(word)) return false;
  const bases = related(word).filter((r) => r.relation === 'inflection');
  if (/(?:ing|ed)$/.test(word)) return bases.length > 0;
  return afterTo && isEnglish(word) && related(word).some((r) => r.relation === 'derivation');
}

/** A form of a verb that turns a sentence into its opposite ("withdrawing", "cancelled", "cuts"; questions.json `turningVerbs`). */
export function isTurning(word: string): boolean {
  if (TURNING_VERBS.has(word) || related(word).some((r) => r.relation === 'inflection' && TURNING_VERBS.has(r.word))) return true;
  // Spellings WordNet does not undo ("cancelling"): the base and at most a doubled letter and an ending.
  for (const t of TURNING_VERBS)
    if (t.length >= 4 && word.startsWith(t) && word.length - t.length <= 4 && /^(?:\w?(?:ing|ed|s|es))$/.test(word.slice(t.length)))
      return true;
  return false;
}
