/**
 * Every rule of the answer engine, in one table: its id, why it exists in one
 * line, the module that applies it and the test that holds its reason. The
 * code that applies a rule calls `applied(id)` (src/answer/explain.ts), so an
 * answer can say which rules decided it (`--explain`); DESIGN.md's rule index
 * is generated from this table (`npm run docs:rules`) and test/rules.test.ts
 * checks that the two agree, that each module records its rule and that each
 * test names it.
 *
 * The rows are kept by room, one file each under src/answer/rules/ (reading,
 * ranking, answering, find), in the order a question meets them. An id never
 * changes once released: batch users and saved `--explain` output refer to it.
 */
export interface RuleRow {
  /** kebab-case, unique. */
  readonly id: string;
  /** Why the rule exists, in one line: the question it gets right. */
  readonly reason: string;
  /** The module that applies it (records `applied(id)`), from the repository root. */
  readonly module: string;
  /** The test file whose case for it names the id. */
  readonly test: string;
}

import { READING_RULES } from './rules/reading.ts';
import { RANKING_RULES } from './rules/ranking.ts';
import { ANSWERING_RULES } from './rules/answering.ts';
import { FIND_RULES } from './rules/find.ts';

/** Every rule of the engine, room by room. */
export const RULES = [...READING_RULES, ...RANKING_RULES, ...ANSWERING_RULES, ...FIND_RULES] as const;

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, RuleRow>(RULES.map((rule) => [rule.id, rule]));

/** The table's row for an id. */
export function rule(id: RuleId): RuleRow {
  return BY_ID.get(id) as RuleRow;
}
