/**
 * The lexicon: how a team's own words map to the words readouts use. Chat and
 * texting words, English word relations (WordNet), given-name nicknames,
 * demonyms and country names, and domain acronyms. All of it is data under
 * `data/lexicon/` (see its README), read by `./load.ts` once, on first use,
 * and checked with zod; nothing here knows about the corpus or the index.
 *
 * Every lookup takes a lower-cased word:
 *
 * @example
 * chatWord('pls')              // → { kind: 'drop' }
 * chatWord('u')                // → { kind: 'expand', to: 'you' }
 * countryOf('kiwis')?.country  // → 'New Zealand'
 * countryOfCapital('tehran')?.country  // → 'Iran'
 * givenNames('chuck')          // → ['charles']
 * acronym('fms')               // → [{ expansion: 'Foreign Military Sales', source: 'dod-dictionary' }]
 * related('jets').slice(0, 2)  // → [{ word: 'jet', relation: 'inflection', weight: 0.95 }, { word: 'aircraft', relation: 'synonym', weight: 0.76 }]
 */
import { isEnglishWord as inWordList } from '../text/english.ts';
import { acronyms, chat, countries, formKey, nicknames, phrases, wordnet } from './load.ts';
import type { AcronymExpansion, ChatWord, CountryForms, LexiconStats, Phrase, Related } from './types.ts';

export type { AcronymExpansion, AcronymSource, ChatWord, CountryForms, LexiconStats, Phrase, Related, RelationKind } from './types.ts';

/** A chat word ("hey", "pls", "u", "w/") and what to do with it; undefined for any other word. */
export function chatWord(word: string): ChatWord | undefined {
  return chat().words.get(word);
}

/**
 * Multi-word chat openers and fillers, each dropped whole ("can u tell me",
 * "quick q", "by the way"), longest first so a reader can match greedily.
 */
export function chatPhrases(): readonly string[] {
  return chat().phrases;
}

/**
 * Is it an English word? A WordNet lemma or an inflection of one ("went",
 * "vessels"), or a word of the repo's 275,000-word list (src/text/english.ts,
 * loaded only when WordNet says no).
 */
export function isEnglishWord(word: string): boolean {
  return inWordNet(word) || inWordList(word);
}

/**
 * Is it in WordNet: a lemma or an inflection of one ("vessels", "went")? The
 * cheap half of `isEnglishWord`: it never loads the 275,000-word list (~100 ms
 * and ~20 MB the first time), so a one-shot command can ask it about every
 * word.
 */
export function inWordNet(word: string): boolean {
  return wordnet().isLemma(word) || wordnet().lemmasOf(word).length > 0;
}

/**
 * Is it a proper noun only in WordNet ("tokyo", "paris", "americans"): a name
 * typed in lower case, not an English word, whatever its case.
 */
export function isProperNoun(word: string): boolean {
  return wordnet().isProperOnly(word);
}

/** Its part of speech in its commonest WordNet sense: `n`, `v`, `a` or `r` ("regular" → a, "credit" → n); '' when unknown. */
export function commonestPos(word: string): string {
  return wordnet().commonestPos(word);
}

/** Is it an adverb and nothing else in WordNet ("openly", "fully"): how something was done, never what. */
export function isAdverbOnly(word: string): boolean {
  return wordnet().isAdverbOnly(word);
}

/**
 * Words the readouts may use for `word`, best first, without the word itself:
 * its base form (inflection), WordNet synonyms of its most common senses,
 * derivationally related words, pertainyms ("australian" → "australia") and
 * a few hypernyms ("plane" → "aircraft"). Each weighs less than 1.
 */
export function related(word: string): readonly Related[] {
  return wordnet().related(word);
}

/** Formal given names a nickname stands for: "chuck" → ["charles"]; [] when none. */
export function givenNames(nickname: string): readonly string[] {
  return nicknames().formal.get(nickname) ?? [];
}

/** Nicknames of a formal given name: "charles" → ["charlie", "chuck", …]; [] when none. */
export function nicknamesOf(formal: string): readonly string[] {
  return nicknames().nicks.get(formal) ?? [];
}

/**
 * The country a word or name refers to: a country name ("new zealand", "the
 * philippines"), an abbreviation ("uae", "u.s."), a demonym or adjective
 * ("emirati"), its plural ("israelis") or a chat form ("kiwis", "aussies").
 * Forms naming several countries ("korea", "congo") give undefined. Note that
 * "us" is the United States here: only the reader knows whether it was "US".
 */
export function countryOf(word: string): CountryForms | undefined {
  return countries().byForm.get(formKey(word));
}

/** The names readouts give a region typed as one word ("asia" → Asia, Asian, Indo-Pacific); empty for any other word. */
export function regionForms(word: string): readonly string[] {
  return countries().regions.get(word.toLowerCase()) ?? [];
}

/** The country a head of state or government stands for ("assad" → Syria), from country-overrides.json `leaders`. */
export function leaderCountry(surname: string): CountryForms | undefined {
  return countries().leaders.get(surname.toLowerCase());
}

/** The countries of a region typed as one word ("africa", "gulf", "baltics"), from country-overrides.json `members`. */
export function regionMembers(word: string): readonly CountryForms[] {
  return countries().members.get(word.toLowerCase()) ?? [];
}

/**
 * The country whose capital the word is ("tehran" → Iran, "pyongyang" → North
 * Korea); one-word capitals only, never a country's own name ("singapore").
 * The reader decides when a capital stands for its country's government.
 */
export function countryOfCapital(word: string): CountryForms | undefined {
  return countries().byCapital.get(formKey(word));
}

/**
 * The longer acronyms of the table that name a part of this one's thing: they start with it, and one of their
 * expansions starts with one of its own ("un" → unsc, unscr, unga: United Nations …; never "eu" → eucom, whose
 * expansion is U.S. European Command).
 */
export function acronymFamily(word: string): readonly string[] {
  const own = acronyms().get(word) ?? [];
  if (!own.length) return [];
  const out: string[] = [];
  for (const [key, list] of acronyms()) {
    if (key === word || !key.startsWith(word)) continue;
    const part = list.some((x) => own.some((o) => x.expansion.toLowerCase().startsWith(`${o.expansion.toLowerCase()} `)));
    if (part) out.push(key);
  }
  return out;
}

/** Readings of a domain acronym ("secdef", "cjcs", "mbs"); [] when it is not one. */
export function acronym(word: string): readonly AcronymExpansion[] {
  return acronyms().get(word) ?? [];
}

/** Chat phrases for a meeting or a call and the plain verb each is read as ("sat down with" → "met with"), longest first. */
export function meetingPhrases(): readonly (readonly [string, string])[] {
  return chat().meetings;
}

/**
 * The idiom of phrases.json that begins at `words[k]` (lower-cased words of a question), longest first:
 * "gave them a pat on the back" at "pat" → { phrase: 'pat on the back', means: ['commend', 'praise'], length: 4 }.
 * A word matches a pattern's word as typed or by its base form ("kept" = keep); `*` matches one slot word
 * (its, their, the …) or one name (japan, austin); one adverb of phrases.json's `gap` may sit inside ("push
 * back hard on"). Undefined when no idiom begins there.
 */
export function phraseAt(words: readonly string[], k: number): (Phrase & { length: number; names: number[] }) | undefined {
  const { byFirst, slot, gap } = phrases();
  const first = words[k];
  if (first === undefined) return undefined;
  // A slot is a pronoun or article ("pull *their* weight"), or a name ("keep *japan* in the loop", "fill *austin* in").
  const name = (w: string) =>
    countryOf(w.replace(/['’]s$/, '')) !== undefined || isProperNoun(w.replace(/['’]s$/, '')) || !isEnglishWord(w);
  const same = (typed: string | undefined, want: string) =>
    typed !== undefined && (want === '*' ? slot.has(typed) || name(typed) : typed === want || wordnet().lemmasOf(typed).includes(want));
  for (const key of new Set([first, ...wordnet().lemmasOf(first)])) {
    for (const p of byFirst.get(key) ?? []) {
      // Each pattern word takes one typed word; a slot also takes an article and a name ("give *the greeks* credit").
      let at = k + 1;
      const names: number[] = [];
      let skipped = false;
      const fits = p.words.slice(1).every((w) => {
        // One adverb inside a phrasal idiom is how it was put ("push back *hard* on"): skipped, not read.
        if (!skipped && w !== '*' && gap.has(words[at] as string) && !same(words[at], w) && same(words[at + 1], w)) {
          skipped = true;
          at++;
        }
        const typed = words[at];
        if (
          w === '*' &&
          typed !== undefined &&
          /^(?:the|a|an)$/.test(typed) &&
          words[at + 1] !== undefined &&
          name(words[at + 1] as string)
        ) {
          names.push(at + 1 - k);
          at += 2;
          return true;
        }
        if (!same(typed, w)) return false;
        // Where a name filled the slot: it is still the question's name, read as typed beside the idiom.
        if (w === '*' && !slot.has(typed as string)) names.push(at - k);
        at++;
        return true;
      });
      if (fits) return { ...p, length: at - k, names };
    }
  }
  return undefined;
}

/** Load every table now, so the first question does not wait (the bot's warm-up calls this). */
export function preloadLexicon(): void {
  chat();
  countries();
  nicknames();
  acronyms();
  phrases();
  wordnet();
}

/** How big each table is (loads them all). */
export function lexiconStats(): LexiconStats {
  const wn = wordnet();
  return {
    chatWords: chat().words.size,
    chatPhrases: chat().phrases.length,
    acronyms: acronyms().size,
    countries: countries().count,
    countryForms: countries().byForm.size,
    nicknames: nicknames().formal.size,
    englishLemmas: wn.lemmaCount,
    relatedEntries: wn.entryCount,
    idioms: phrases().count,
  };
}
