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
  // (filled by the reading room's constants)
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
