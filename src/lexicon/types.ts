/**
 * The lexicon's public types: what `src/lexicon/index.ts` answers. Every
 * lookup takes a lower-cased word (or, for country names and chat phrases, a
 * lower-cased run of words separated by single spaces).
 */

/** A chat or texting word: dropped ("hey", "pls", "lol") or read as a plain word ("u" → "you"). */
export type ChatWord = { kind: 'drop' } | { kind: 'expand'; to: string };

/** How a related word came to be related to the word typed. */
export type RelationKind = 'synonym' | 'derivation' | 'pertainym' | 'hypernym' | 'inflection';

/**
 * A word the readouts may use for the word typed. `word` is lower-case and may
 * hold spaces ("service member"); `weight` is in (0, 1), always below the
 * typed word's 1, so a widened match never outranks the word itself.
 */
export interface Related {
  word: string;
  relation: RelationKind;
  weight: number;
}

/** A country and every way it is written: names, codes, demonyms, plurals, chat forms. */
export interface CountryForms {
  /** The name shown to users ("New Zealand"). */
  country: string;
  /** ISO 3166-1 alpha-2 code ("NZ"). */
  code: string;
  /** Every form as normally written ("New Zealand", "NZ", "New Zealander", "Kiwis", …), the name first. */
  forms: readonly string[];
}

/** Where an acronym's expansion comes from. */
export type AcronymSource = 'dod-dictionary' | 'common-usage' | 'us-law' | 'iso-3166';

/** One reading of an acronym ("FMS" → "Foreign Military Sales"). */
export interface AcronymExpansion {
  expansion: string;
  source: AcronymSource;
}

/** Sizes of the loaded lexicon, for DESIGN.md and the bench. */
export interface LexiconStats {
  chatWords: number;
  chatPhrases: number;
  acronyms: number;
  countries: number;
  countryForms: number;
  nicknames: number;
  englishLemmas: number;
  relatedEntries: number;
  idioms: number;
}

/** An idiom of phrases.json: its pattern's words (`*` for one varying word) and what readouts write for it. */
export interface Phrase {
  phrase: string;
  words: readonly string[];
  means: readonly string[];
}
