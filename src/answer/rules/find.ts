/**
 * The rule table's rows for Find in readouts (src/answer/find/): see src/answer/rules.ts. Add a row
 * here when a rule of this room is added, with an `applied()` call where it
 * takes effect and a test that names the id.
 */
import type { RuleRow } from '../rules.ts';
import { ROOM, TEST } from './places.ts';

export const FIND_RULES = [
  {
    id: 'find-quotes',
    reason: 'double quotes around 2+ words, single quotes around 3+, > and >>> lines are quotes; one quoted word is a scare quote',
    module: `${ROOM.find}spans.ts`,
    test: TEST.find,
  },
  {
    id: 'find-framing',
    reason: '"Per the readout:", "I heard that", "— big deal" frame what is reported and are not checked',
    module: `${ROOM.find}spans.ts`,
    test: TEST.find,
  },
  {
    id: 'find-framing-claim',
    reason: 'beside quotes, a sentence is checked only when it claims something the readouts could say; one left out is named',
    module: `${ROOM.find}spans.ts`,
    test: TEST.find,
  },
  {
    id: 'find-pasted',
    reason: 'a pasted readout sentence has no quote marks: 5+ words verbatim are an exact quote, 8+ at 80% an altered one',
    module: `${ROOM.find}quoteVerdicts.ts`,
    test: TEST.find,
  },
  {
    id: 'find-elided',
    reason: 'a quote shortened with "…" is exact when one sentence holds each part verbatim, in order',
    module: `${ROOM.find}quoteVerdicts.ts`,
    test: TEST.find,
  },
  {
    id: 'find-altered',
    reason: "a quote sharing half the words (3+, 2 content words) of a sentence's part is altered, shown with a word diff",
    module: `${ROOM.find}quoteVerdicts.ts`,
    test: TEST.find,
  },
  {
    id: 'find-claim-filler',
    reason: 'chat filler and reporting verbs ("I heard", "raised") are no part of a claim',
    module: `${ROOM.find}claimVerdicts.ts`,
    test: TEST.find,
  },
  {
    id: 'find-claim-synonyms',
    reason: 'a claim retells: "keep supporting" is "continued … support", "promised" is "pledged"',
    module: `${ROOM.find}claimVerdicts.ts`,
    test: TEST.find,
  },
  {
    id: 'find-rare-words',
    reason: 'a claim word in over 10% of sentences ("Secretary", "security") proves nothing',
    module: `${ROOM.find}claimVerdicts.ts`,
    test: TEST.find,
  },
  {
    id: 'find-too-general',
    reason: 'a claim of common words only is not checked: it would match hundreds of sentences',
    module: `${ROOM.find}claimVerdicts.ts`,
    test: TEST.find,
  },
  {
    id: 'find-supported',
    reason: "a readout supports a claim when its title and one sentence cover 70% of the rare words' weight and 60% of all",
    module: `${ROOM.find}claimVerdicts.ts`,
    test: TEST.find,
  },
  {
    id: 'find-veto',
    reason: 'a name or number of the claim no readout has ("in Paris") means no readout says it',
    module: `${ROOM.find}claimVerdicts.ts`,
    test: TEST.find,
  },
  {
    id: 'find-negation',
    reason: '"Esper did not raise Hong Kong" is checked as its positive; support for that contradicts it',
    module: `${ROOM.find}claimVerdicts.ts`,
    test: TEST.find,
  },
] as const satisfies readonly RuleRow[];
