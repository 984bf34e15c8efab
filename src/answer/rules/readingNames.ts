/**
 * The rule table's rows for names and places as a team types them (issue 20: regions, capitals, demonyms, words
 * a name borrows its capital from), part of the reading room's table (src/answer/rules/reading.ts): see
 * src/answer/rules.ts. Split from readingLexicon.ts, which holds the rest of issue 20's reading rows.
 */
import type { RuleRow } from '../rules.ts';
import { ROOM, TEST } from './places.ts';

export const READING_NAME_RULES = [
  {
    id: 'region-forms',
    reason: 'a region typed as one word is named in the forms readouts give it: "security out in asia" is the Indo-Pacific',
    module: `${ROOM.reading}concepts.ts`,
    test: TEST.round20f,
  },
  {
    id: 'place-not-acronym',
    reason:
      'a country or region typed not in capitals is the place, not an acronym one readout defines with its letters: "security in asia" is not the "Autonomous Systems Industry Alliance (ASIA)"',
    module: `${ROOM.reading}placeNotAcronym.ts`,
    test: TEST.round20j,
  },
  {
    id: 'demonym-modifies',
    reason:
      'a common English word typed in lower case after a country\'s adjective ("nigerian sailors") is what it describes, not a name the readout must write',
    module: `${ROOM.reading}names.ts`,
    test: TEST.round20f,
  },
  {
    id: 'borrowed-capital',
    reason:
      '"a sea border": an English word typed in lower case whose capital is only borrowed (the tail of "Red Sea") is the word, not a name',
    module: `${ROOM.reading}names.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'name-hyphen',
    reason:
      'a word hyphened to a name is part of it where the readouts write it capitalised: "kim seon-ho" — before, "ho" was a topic word the opening\'s name satisfied, and "did austin and kim seon-ho mention the nuclear consultative group?" answered Yes',
    module: `${ROOM.reading}names.ts`,
    test: TEST.round20j,
  },
  {
    id: 'written-lower',
    reason:
      'an English word typed in lower case that the readouts also often write in lower case is the word, not part of a name the others must be named with: "nato\'s eastern side" beside "NATO\'s eastern flank"',
    module: `${ROOM.reading}names.ts`,
    test: TEST.round20j,
  },
  {
    id: 'leader-as-country',
    reason:
      'a head of state or government named for the country ("assad\'s poison gas stockpile") is read as the person or the country, when no readout the other names select names the person (country-overrides.json `leaders`)',
    module: `${ROOM.reading}placeContext.ts`,
    test: TEST.round20j,
  },
  {
    id: 'coined-name-veto',
    reason:
      'a word typed in lower case that is no place and in no dictionary (WordNet\'s nor the 275,000-word list) is a name even beside a rare topic word: "the lombrum naval base on the island" — before, "Yes" from a sentence on the island',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.round20l,
  },
  {
    id: 'short-word-swap',
    reason:
      'a four-letter word typed in lower case with two letters swapped is the English word it spells back ("tlak" → talk): one edit from four letters is too loose for a name, a swap is one slip',
    module: `${ROOM.reading}typos.ts`,
    test: TEST.round20l,
  },
  {
    id: 'subject-surname',
    reason:
      'the word between "did" and a meeting verb is who met: "did work meet hwang in seoul?" is Bob Work, not the common word widened to "cooperation"',
    module: `${ROOM.reading}names.ts`,
    test: TEST.round20l,
  },
  {
    id: 'own-meeting-reference',
    reason:
      '"after his call with al-sisi", "before their talks": the asker\'s own meeting is the readout that tells what came before and after it, so the filter is its day (failing that, the words), not every readout after or before it',
    module: `${ROOM.reading}dateFilter.ts`,
    test: TEST.round20l,
  },
  {
    id: 'event-dated',
    reason:
      '"before his 2022 pentagon visit": a year (with its month) in an event\'s phrase says when it was, so the readout referred to is one dated then, and its words need not state the year: before, a 2023 visit dated the filter',
    module: 'src/answer/ranking/eventDate.ts',
    test: TEST.round20l,
  },
  {
    id: 'office-plural',
    reason:
      '"the canadian and mexican defense chiefs" are a group the readout may name any way ("defense leaders from Canada and Mexico"), not one counterpart its title or opening must name',
    module: `${ROOM.reading}counterpart.ts`,
    test: TEST.round20l,
  },
  {
    id: 'event-year',
    reason:
      'a year typed after "at/during/to/in … the" and up to three words before an event\'s noun ("at the 2012 ottawa trilateral", "led to the 2014 north american defense ministerial") is when it was: the sentence states it or its readout is dated that year; "who will host the 2026 nato summit?" asks about the event itself, and a sentence must name its year',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.round20l,
  },
  {
    id: 'name-particle',
    reason:
      'a European particle typed in lower case right before a name ("von der leyen", "de la cruz") is part of it, no topic word: "von" had stood as what a sentence on the visit stated, and a none item was answered "Possibly"',
    module: `${ROOM.reading}nameParticles.ts`,
    test: TEST.round20l,
  },
  {
    id: 'met-unknown-veto',
    reason:
      'whom a meeting, a call, an audience, a lunch, a dinner or a sit-down was with, an English word no readout uses ("did panetta get an audience with the pope?"), is the question: no answer, not a word to drop',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.round20l,
  },
] as const satisfies readonly RuleRow[];
