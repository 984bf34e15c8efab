/**
 * The answer engine's tuning numbers, in one typed object (as MiniSearch keeps
 * every tunable in one `defaultSearchOptions`): weights, thresholds, caps and
 * bonuses. Each says what it trades, so a change is made here, knowingly, and
 * not in the module that happens to use it. Word lists are data, not tuning:
 * they live in data/ (src/data.ts).
 *
 * One section per room of src/answer/ (reading, ranking, answering, find), so
 * a module reads `DEFAULTS.ranking.X` and the room it belongs to is plain.
 */

/** Reading the question: concept weights given to words the user did not type as the corpus writes them. */
const reading = {
  /**
   * Weight of a mention that is not the word as typed, as a share of it (concepts.ts): `fuzzy` a typo's
   * correction or a compound split ("Mageshma" → Mageshima), `prefix` a completion of an unfinished last
   * word, `synonym` a domain synonym ("call" ~ phone). Higher finds more loose matches; lower lets the
   * word as typed win over them.
   */
  weights: { exact: 1, fuzzy: 0.8, prefix: 0.6, synonym: 0.6 },
  /** A WordNet widening weighs at most this (`lexicon-widen`): below a typo's correction, which is the word meant. */
  widenMax: 0.8,
  /** The least WordNet weight a widening needs: lower reads more distant senses ("story" → floor) as the word. */
  widenMin: 0.6,
  /** Widened words kept per typed word, best first: more finds more, and ranks sentences on weaker readings. */
  widenedPerWord: 4,
  /** A widening into a word in more than this share of all sentences is skipped: it says little and costs a long postings walk. */
  widenMaxSentenceShare: 0.02,
  /** …unless fewer than this many sentences hold it (a small corpus, where the walk is short anyway). */
  widenSmallCorpusSentences: 200,
  /** `lexicon-widen-fallback`: the least WordNet weight of a close synonym, and the share of it a synonym gets. */
  fallbackMinWeight: 0.75,
  fallbackShare: 0.75,
  /** `lexicon-widen-fallback`: close synonyms kept per word; more answers from looser synonyms. */
  fallbackWidened: 3,
  /** `lexicon-widen-fallback` runs when the names select at most this many readouts: more widens more often, each costs a read of their sentences. */
  fallbackReadouts: 50,
  /** A focus verb's family beside the verb as typed (1; `focus-verb`): lower prefers the typed verb more. */
  focusFamilyWeight: 0.8,
  /** A known name this rare (share of the highest IDF) lets unknown filler words weigh little (`filler-weight`): lower forgives more unknown words. */
  rareName: 0.7,
  /** What an unknown filler word then weighs, as a share of the lightest known concept (`filler-weight`; the reading constant once named FILLER, as find's word set still is). */
  fillerShare: 0.1,
  /** Credit a readout gives a name it states only below its title and opening (`names-select`): 0 makes the sentence state it. */
  bodyCredit: 0,
  /** Words that may stand between a given name and the surname ("James N. Mattis"): more joins more, and unrelated capitalised words too. */
  nameGap: 3,
  /** Opening sentences read at most to decide that a word is a person's name: more is surer for common words and slower. */
  personScan: 200,
  /** Sentences read at most to decide that a word is the tail of a name ("Shoal" in "Second Thomas Shoal"). */
  tailScan: 20,
  /** Words before the question word read at most as preamble (`chat-preamble`): more drops longer "can you find …" runs, and risks content. */
  preambleWords: 6,
  /** Words a reading note lists at most ("ignored 'thx', …"): more says more, in a longer line. */
  notesShown: 3,
  /** Readout dates are searched in these years; a date outside them is a mistake, refused, not a filter. */
  firstYear: 1900,
  lastYear: 2199,
} as const;

/** Ranking sentences: BM25 candidates, coverage and the bonuses that order them. */
const ranking = {
  // (filled by the ranking room's constants)
} as const;

/** Answering: how many results, grouping, headline preferences. */
const answering = {
  // (filled by the answering room's constants)
} as const;

/** "Find in readouts": how near a span must be to count as a quote. */
const find = {
  // (filled by the find room's constants)
} as const;

export const DEFAULTS = { reading, ranking, answering, find } as const;
export type EngineDefaults = typeof DEFAULTS;
