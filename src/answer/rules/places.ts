/**
 * Where the rule rows point (src/answer/rules/*.ts): each room of src/answer/ and each test file that holds a
 * rule's reason, named once here so that a test moved or renamed is changed in one place.
 */

/** The rooms of the answer engine, as a row's `module` starts. */
export const ROOM = {
  reading: 'src/answer/reading/',
  ranking: 'src/answer/ranking/',
  answering: 'src/answer/answering/',
  find: 'src/answer/find/',
} as const;

/** The test files that hold the rules' reasons. */
export const TEST = {
  rules: 'test/answerRules.test.ts',
  lexicon: 'test/readingLexicon.test.ts',
  reading: 'test/readingRules.test.ts',
  question: 'test/question.test.ts',
  find: 'test/find.test.ts',
  timelinePick: 'test/timelinePick.test.ts',
  round20b: 'test/answering20b.test.ts',
  round20f: 'test/reading20f.test.ts',
  round20g: 'test/reading20g.test.ts',
  closest: 'test/closest.test.ts',
  round20h: 'test/reading20h.test.ts',
  round20i: 'test/reading20i.test.ts',
  round20j: 'test/reading20j.test.ts',
  round20k: 'test/reading20k.test.ts',
  round20l: 'test/reading20l.test.ts',
} as const;
