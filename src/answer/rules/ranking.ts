/**
 * The rule table's rows for Ranking sentences (src/answer/ranking/): see src/answer/rules.ts. Add a row
 * here when a rule of this room is added, with an `applied()` call where it
 * takes effect and a test that names the id.
 */
import type { RuleRow } from '../rules.ts';
import { ROOM, TEST } from './places.ts';

export const RANKING_RULES = [
  {
    id: 'rank-coverage',
    reason: 'a sentence that answers the whole question beats one that repeats one word: coverage² × (0.5 + BM25 / best BM25)',
    module: `${ROOM.ranking}rank.ts`,
    test: TEST.rules,
  },
  {
    id: 'dateline-not-date',
    reason:
      'a story\'s dateline ("WASHINGTON, Jan. 15, 2014 –") repeats the readout\'s date: a date asked as words credits a sentence that states it, not the dateline of the opening',
    module: `${ROOM.ranking}rank.ts`,
    test: TEST.round20j,
  },
  {
    id: 'subheading-not-sentence',
    reason:
      'a news story\'s subheading ("Alliance Talks: From Space to Cyber Space") is an editor\'s label, not a statement: it scores a fifth, so a sentence that says the same comes first',
    module: `${ROOM.ranking}rank.ts`,
    test: TEST.round20k,
  },
  {
    id: 'title-half-credit',
    reason: 'a content word only the readout\'s title names ("the Secretary" of "Secretary Mattis\' Call") counts half',
    module: `${ROOM.ranking}rank.ts`,
    test: TEST.rules,
  },
  {
    id: 'required-in-sentence',
    reason: 'a focus verb, a counted thing or a number must be in the sentence, not only somewhere in its readout',
    module: `${ROOM.ranking}rank.ts`,
    test: TEST.rules,
  },
  {
    id: 'answers-refer-back',
    reason: '"Hicks welcomed the announcement" answers with what the sentence before says: its words count half',
    module: `${ROOM.ranking}rank.ts`,
    test: TEST.rules,
  },
  {
    id: 'focus-verb-coverage',
    reason: '"what did Mattis and Payne discuss?" orders by coverage alone: repeating the names must not beat "discussed"',
    module: `${ROOM.ranking}rank.ts`,
    test: TEST.rules,
  },
  {
    id: 'min-coverage',
    reason: 'a sentence covering under half of the question, or well under the best one, is no answer',
    module: `${ROOM.ranking}rank.ts`,
    test: TEST.rules,
  },
  {
    id: 'focus-in-sentence',
    reason: 'names select readouts; half of the rest must be stated by the sentence itself ("the NATO 2030 initiative" is no 2030 summit)',
    module: `${ROOM.ranking}rank.ts`,
    test: TEST.rules,
  },
  {
    id: 'group-near-duplicates',
    reason: 'the same sentence in two readouts ("Secretary Esper" / "The Secretary") is one result listing both',
    module: `${ROOM.ranking}group.ts`,
    test: TEST.rules,
  },
  {
    id: 'mention-together',
    reason: 'a topic of several words is mentioned only where they stand together, in any order ("Nobuo Kishi" = "Kishi Nobuo")',
    module: `${ROOM.ranking}mentions.ts`,
    test: TEST.rules,
  },
  {
    id: 'timeline-scope-list',
    reason: '"…, to include the South China Sea." names the topic as the end of a scope: the readout\'s next mention is cited',
    module: `${ROOM.ranking}timelinePick.ts`,
    test: TEST.timelinePick,
  },
  {
    id: 'timeline-counterpart-nationality',
    reason: '"spoke with Japanese Minister … to discuss North Korea\'s launch" is not about Japan: the next mention is cited',
    module: `${ROOM.ranking}timelinePick.ts`,
    test: TEST.timelinePick,
  },
] as const satisfies readonly RuleRow[];
