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
  /** `counterpart-office`: how far apart the words of one office may stand ("Minister of National Defense" is 3): more lets two offices read as one. */
  officeSpan: 3,
  /** …and how far its country ("Jordanian Chairman of the Joint Chiefs of Staff Lt. Gen.": 6); more lets "Russia-Ukraine" in a Polish minister's opening read as the office's. */
  officeOwnerSpan: 6,
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
  /** …and of a derived noun for a verb as typed ("move" → movement): WordNet's derivation weight is 0.6, 0.57 through an inflection. */
  fallbackDerivationWeight: 0.55,
  fallbackShare: 0.75,
  /** Share of an acronym's expansion one sentence must hold to read it so ("U.N Convention on the Law of the Sea" for UNCLOS: 3 of 5); lower lets scattered words (HIMARS) stand for it. */
  acronymMostly: 0.6,
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
  /** `alias-common-words`: a word of the spelled-out name stands for it only in at most widenMaxSentenceShare of sentences, or this many (small corpora): higher lets generic words ("assistance") answer. */
  aliasWordsFloor: 2,
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
  /** Credit of a date asked as words in a story's dateline (`dateline-not-date`): lower lets a sentence that states the asked thing beat the opening. */
  datelineShare: 0.25,
  /** Score share of a story's subheading (`subheading-not-sentence`): below any sentence that matches as much. */
  subheadingShare: 0.2,
  /** BM25 candidates rescored by coverage (rank.ts): more finds rarer full answers, each costs a coverage pass. */
  candidates: 300,
  /** A caller wanting `limit` results rescores limit × this, at least `fewCandidatesMin`: speed for quote's closest and event dates. */
  fewCandidatesPer: 5,
  fewCandidatesMin: 60,
  /** Coverage the best sentence must reach for "the Guam meeting" to name a readout's date (eventDate.ts): lower resolves looser phrases, and wrongly. */
  eventCoverage: 0.8,
  /** BM25's floor in score = coverage² × (floor + bm25 / best): higher lets coverage alone decide more, lower lets BM25 reorder. */
  bm25Floor: 0.5,
  /** Credit of a word only the readout's title names (`title-half-credit`): higher answers from titles, lower demands the sentence say it. */
  titleCredit: 0.5,
  /** Credit of a word the sentence before states (`answers-refer-back`): higher accepts more "He welcomed it", lower fewer. */
  anaphoraCredit: 0.5,
  /** Share of the question's weight an answer must cover (`min-coverage`) and of its focus it must state (`focus-in-sentence`): higher means fewer, surer answers. */
  minCoverage: 0.5,
  /** …and of the best answer's coverage: higher keeps only the best few, lower lists weaker ones beside them. */
  relativeCoverage: 0.75,
  /** Term-set Jaccard at which two sentences of different readouts are one result (`group-near-duplicates`): lower folds more. */
  nearDuplicate: 0.7,
  /** Extra words allowed between a topic's words (`mention-together`): more counts "East and South China Sea", and scattered words too. */
  phraseSlack: 1,
  /** Words before a mention a list word may stand (`timeline-scope-list`: "to include the South China Sea"). */
  listReach: 3,
  /** Last words of a sentence a scope list with its mention may take (`timeline-scope-list`). */
  listTail: 8,
  /** Words between two hits of a topic that still make one mention ("Republic of Korea (ROK)"). */
  sameMentionGap: 2,
} as const;

/** Answering: how many results, grouping, headline preferences. */
const answering = {
  /** Results of an answer at most: more shows more context, and more to read. */
  maxResults: 5,
  /** Sentences preferred and grouped before the results are cut (prefer.ts): more costs reading names and dates in each. */
  contenders: 40,
  /** Below this coverage or focus the headline says "Partial match" (`partial-match`), and an answer with a dropped word is none. */
  certain: 0.6,
  /** Preference of a sentence stating the asked fact (a date, a number, a span, people named: ×1.5). */
  statedFact: 1.5,
  /** Preference of a sentence naming what a who/where/members question asks for (×1.25). */
  namesAsked: 1.25,
  /** Preference of the readout's opening for "when" when no sentence states a date (`when-date`): it says when they met. */
  openingWhen: 1.25,
  /** Preference of the readout's opening for "who did X call" (`fact-who-met`). */
  openingWhoMet: 1.5,
  /** Weight of the opening for a focus-verb or said question (`focus-verb-not-opening`, `said-not-opening`): lower pushes it further down. */
  openingFocus: 0.7,
  /** Preference, at most, of a focus-verb answer naming the question's names itself (`said-names-stated`). */
  nameStated: 0.2,
  /** Coverage within this of the best counts as full for a topic's newest-first order (`topic-newest`). */
  fullCoverageSlack: 0.01,
  /** Readouts a count lists (the number itself is exact): more makes a longer answer. */
  maxCountListed: 50,
  /**
   * `closest-in-named` (closest.ts): after every reading found nothing, a sentence of the readouts the names select
   * offered as a partial match. Its focus stated at least `focus` (`namesFocus` when only a name the title lacks is
   * stated); names selecting more than `readouts` readouts need `wideTyped` typed topic words and `wideFocus`;
   * at most `results` offered. Lower floors offer more guesses, and more wrong ones.
   */
  closestInNamed: { focus: 0.3, namesFocus: 0.6, readouts: 3, wideTyped: 3, wideFocus: 0.45, results: 3 },
  /** Closest sentences offered when a quote is not found (`quote-closest`), and the coverage each needs. */
  closest: 3,
  closestMinCoverage: 0.4,
  /** Sentences a quote shows (the first ones) and counts at most ("more than 1,000" beyond): a higher count costs time on boilerplate. */
  maxQuotes: 50,
  maxCounted: 1000,
  /** Sentences of a surname read to see it written as a common word (`surname-common-word`): more is surer, slower. */
  commonSurnameScan: 100,
  /** Close terms offered on a miss (`did-you-mean`). */
  suggestions: 5,
  /** Days after a calendar date in which readouts are searched for a sentence stating it (`date-stated`, reread.ts): longer finds later reports, and unrelated mentions. */
  statedWindowDays: 92,
  /** Sentences a "nothing" headline reads to name what is missing (`nothing-names-missing`): a miss must stay cheap at 10,000 readouts. */
  missingScan: 2_000,
  /** Autocomplete: words after the typed ones a phrase suggestion adds (complete.ts). */
  phraseTail: 5,
  /** Autocomplete: sentences read for phrase suggestions, at most: more finds rarer phrases, each costs a read. */
  phraseCandidates: 400,
  /** Autocomplete: topic suggestions for prefixes this short are kept (typed all the time): longer keeps more memory. */
  cachedPrefix: 3,
} as const;

/** "Find in readouts": how near a span must be to count as a quote. */
const find = {
  /** Spans checked at most (one embed field each; an embed holds 6000 characters). */
  maxChecks: 5,
  /** Words a double-quoted span needs: one is a scare quote. Single quotes need more: apostrophes make short ones unreliable. */
  minDoubleQuotedWords: 2,
  minSingleQuotedWords: 3,
  /** Sentences of a quote checked (the rest counted as left). */
  maxQuoteSentences: 3,
  /** Other readouts listed under an exact quote. */
  maxAlso: 3,
  /** `find-altered`: share of words in common with the part of the sentence (lower calls looser paraphrases misquotes)… */
  alteredMinSimilarity: 0.5,
  /** …words in common, and content words among them ("of the … and" in common is no misquote). */
  alteredMinSame: 3,
  alteredMinContent: 2,
  /** `find-pasted`: words a sentence outside quotes needs to be tried as a quote, and to be an altered one, at what similarity. */
  pastedMinWords: 5,
  pastedAlteredMinWords: 8,
  pastedAlteredMinSimilarity: 0.8,
  /** Words in a row an altered quote likely keeps, and how many such runs are looked up before ranking. */
  runWords: 4,
  maxRuns: 8,
  /** Sentences ranked for an altered quote when no run is intact: more is surer, each costs an alignment. */
  alteredRanked: 10,
  /** Sentences holding a quote verbatim read at most (the rest are other readouts' copies), for an elided quote's longest part, and per run. */
  exactHits: 50,
  elidedHits: 200,
  runHits: 20,
  /** `find-rare-words`: a word in at most this share of sentences is rare; higher lets common words support claims. */
  rareShare: 0.1,
  /** `find-supported`: share of the rare words' weight and of all words' weight a readout must cover. */
  supportMinRare: 0.7,
  supportMinCoverage: 0.6,
  /** Sentences ranked for a claim; readouts whose supporting sentence is shown. */
  claimRanked: 60,
  supportReadouts: 2,
  /** Credit of a paraphrase synonym (`find-claim-synonyms`; concepts.ts gives its own synonyms the same). */
  synonymCredit: 0.6,
  /** A lone stop word matched this many words away from the rest is a coincidence, not the span's edge (diff.ts). */
  strayGap: 3,
  /** A framing sentence named in the headline is cut to this many characters. */
  framingShown: 80,
} as const;

export const DEFAULTS = { reading, ranking, answering, find } as const;
export type EngineDefaults = typeof DEFAULTS;
