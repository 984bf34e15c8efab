/**
 * The rule table's rows for reading a team's own words (issue 20: chat, the lexicon, names and vetoes), part of
 * the reading room's table (src/answer/rules/reading.ts): see src/answer/rules.ts. Add a row here when such a
 * rule is added, with an `applied()` call where it takes effect and a test that names the id.
 */
import type { RuleRow } from '../rules.ts';
import { ROOM, TEST } from './places.ts';

export const READING_LEXICON_RULES = [
  {
    id: 'chat-words',
    reason: 'greetings, fillers and texting ("hey bot can u", "w/") are how a team asks, never the topic',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'chat-shouting',
    reason: 'a question typed in capitals is read in lower case: capitals mid-question mark names',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'chat-elongation',
    reason:
      '"sooo", "pleeease": a word no dictionary knows, with a letter typed three times, is read with the run cut to two letters or one',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'chat-dropped-g',
    reason: '"keep workin together": an -in word no dictionary knows whose -ing form is English is read as that form',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.lexicon,
  },

  {
    id: 'chat-preamble',
    reason: 'words that only say "tell me" before the question word ("find", "need to know") go',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'chat-context-clause',
    reason: 'a clause set off before the question ("need the kenya one - what did …") keeps its names as context; its other words go',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'chat-aside',
    reason: 'an aside of plain English words closed by "but" before the question ("sorry if dumb q but what did …") goes',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'chat-meeting',
    reason: 'a chat phrase for a meeting or a call ("sat down with", "hopped on a call with") is read as the plain verb',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'category-noun',
    reason: '"what issues did Esper and Rajapaksa discuss?" asks what they discussed: the noun only names the kind of answer',
    module: `${ROOM.reading}question.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'name-of-question',
    reason: '"what\'s the name of the program colombia uses …?" is read as "which program …?": the answer is the name',
    module: `${ROOM.reading}question.ts`,
    test: TEST.question,
  },
  {
    id: 'leading-when-clause',
    reason: '"when mattis saw ng in munich did they vouch for …?" is read as "did they vouch for … when mattis saw ng in munich"',
    module: `${ROOM.reading}shapes.ts`,
    test: TEST.question,
  },

  {
    id: 'chat-embedded',
    reason: '"what Hagel thanked Coleman for" is read as the question "what did Hagel thank Coleman for"',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'acronym-plural',
    reason: '"the Baltic MoDs", "ICBMs": an acronym with a lower-case plural s is read as its singular; "mods" stays a word',
    module: `${ROOM.reading}lexical.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'function-verb-drop',
    reason: '"did the Uzbeks let us use their bases": a grammar verb the corpus never writes ("let") is dropped, never a veto',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'manner-adverb-drop',
    reason:
      '"keep talking openly", "fully committed": a word WordNet knows only as an -ly adverb says how, not what; absent, it is dropped like a grammar verb',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'verb-after-subject',
    reason:
      '"which anniversary did hicks mark with bulgaria?": the lower-case word right after the subject of "did <name>" is its verb: not a name the corpus writes capitalised (Ron Mark) unless the corpus writes the two as one name (Bob Work), and not the topic a dropped word leaves ("work with aramane on bananas")',
    module: `${ROOM.reading}names.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'office-chat',
    reason:
      '"the finnish and swedish defense chiefs": an office word chat uses for another office (data/reading/offices.json `chat`: chief → minister, secretary) also matches that office, at the exact weight',
    module: `${ROOM.reading}counterpart.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'lexicon-idiom',
    reason:
      '"a pat on the back", "pull its weight", "compare notes": an everyday idiom is read whole as the words readouts write (commend, burden sharing, exchanged views); one whose words no readout uses is dropped, never a veto',
    module: `${ROOM.reading}concepts.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'lexicon-verb-forms',
    reason:
      '"joining NATO", "migrants sent back home": a verb the corpus lacks is read as the nouns readouts write (membership, repatriation)',
    module: `${ROOM.reading}verbForms.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'talks-with-party',
    reason:
      '"the peace talks with the FARC": after the noun talks, the names are parties of the talks reported on, not the counterpart ("held talks with X" is)',
    module: `${ROOM.reading}counterpart.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'or-alternatives',
    reason: '"ISR or maritime domain awareness": in "X or Y" a part the corpus lacks does not veto the part it has',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'name-run-typed',
    reason:
      '"did Austin talk about cyber": names are one person only when typed together (initials, stop words between), not across dropped question words',
    module: `${ROOM.reading}names.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'alias-common-words',
    reason:
      '"HADR" is humanitarian assistance and disaster relief: where no readout names it so, its words are the topic, not a name that vetoes',
    module: `${ROOM.reading}verbForms.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'one-pronoun',
    reason: '"the Djiboutian one" is no number 1, which would veto',
    module: `${ROOM.reading}question.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'when-clause',
    reason: '"what did X condemn when he talked to Y" names the counterpart; the verb asked is "condemn"',
    module: `${ROOM.reading}question.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'unknown-word-name',
    reason: 'a word neither English nor chat is a name, and a name the corpus lacks means no answer',
    module: `${ROOM.reading}names.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'name-part-english',
    reason:
      '"guarding egypt\'s frontiers": an English word the corpus lacks before a name qualifies it; only a word that is no English word is part of the name',
    module: `${ROOM.reading}names.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'place-context',
    reason:
      'a place given as where the meeting was ("where in baghdad …", "shanahan\'s baghdad readout", "met him in baghdad") goes when no readout the other names select names it: a readout need not say where',
    module: `${ROOM.reading}placeContext.ts`,
    test: TEST.round20f,
  },
  {
    id: 'counted-synonyms',
    reason:
      'what a how-many question counts is the unit of the number in any close synonym the named readouts write: "how many countries sent troops" is answered by "troops from ten nations"',
    module: `${ROOM.reading}select.ts`,
    test: TEST.round20j,
  },

  {
    id: 'named-kind-veto',
    reason:
      'a noun no readout uses right after a country\'s adjective is the thing asked: "russian gas" is not answered by a Russia sentence',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.round20f,
  },
  {
    id: 'unknown-compound-veto',
    reason:
      'in a yes/no question, two nouns no readout uses, typed together, are one thing the corpus never names: "security for the world cup" is not answered by a security sentence',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.round20f,
  },
  {
    id: 'unknown-word-drop',
    reason: 'an English word no readout uses nor widens to is dropped, not a veto ("gasoline for civilians in Gaza")',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'wording-drop',
    reason:
      '"regular talks", "ready to work more closely": a word whose commonest WordNet sense is a verb, adjective or adverb is wording; dropped, it never decides the answer as a missing thing ("avocados") does',
    module: `${ROOM.reading}veto.ts`,
    test: TEST.lexicon,
  },

  {
    id: 'lexicon-widen',
    reason: 'a word the readouts never use is read as the WordNet words they do ("deal" → agreement)',
    module: `${ROOM.reading}concepts.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'lexicon-widen-fallback',
    reason:
      'a word the named readouts never write takes close synonyms they do ("troops" → forces), common words too ("vow" → commitment; not an adverb\'s: "get its democracy back")',
    module: `${ROOM.reading}select.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'absent-verb-drop',
    reason:
      '"keeping the gaza war from spreading": a verb the named readouts never write is how it was put, not a thing; it goes when a noun remains',
    module: `${ROOM.reading}select.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'counter-compound',
    reason: '"terrorism" also matches the readout\'s "counterterrorism cooperation" (a counter-/anti- compound written as one word)',
    module: `${ROOM.reading}compounds.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'lexicon-demonym',
    reason: 'a demonym or country word selects its country\'s readouts ("Kiwis" → New Zealand)',
    module: `${ROOM.reading}concepts.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'capital-as-country',
    reason:
      'a capital the corpus never writes stands for its government ("Tehran\'s meddling" → Iran), and one it writes does too where typed as a government ("washington\'s ties", "washington and tokyo", the subject of a verb: "washington has jordan\'s back"); after "in"/"to" it is the city',
    module: `${ROOM.reading}lexical.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'proper-noun-name',
    reason: 'a word WordNet writes capitalised in every sense ("tokyo") is a name typed in lower case, so it vetoes',
    module: `${ROOM.reading}vocabulary.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'us-pronoun',
    reason: '"did the Poles thank us" is not about the United States',
    module: `${ROOM.reading}lexical.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'lexicon-nickname',
    reason: 'a given name is matched through nicknames ("jim mattis" = James N. Mattis)',
    module: `${ROOM.reading}lexical.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'lexicon-acronym',
    reason: 'acronyms the readouts never define are spelled out ("CENTCOM" → U.S. Central Command)',
    module: `${ROOM.reading}lexical.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'counterpart-office',
    reason: 'an office after a country ("the Egyptian foreign minister") must be the readout\'s counterpart',
    module: `${ROOM.reading}counterpart.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'spelling-variant',
    reason: '"the kuwaiti emir" is the readout\'s "Amir of Kuwait": a word matches its WordNet synonyms spelled at most two letters apart',
    module: `${ROOM.reading}concepts.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'counterpart-service',
    reason: 'a service and office after a country ("the Indian navy chief") must be the counterpart',
    module: `${ROOM.reading}counterpart.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'said-verb-bonus',
    reason: '"what did X and Y agree?" wants the sentence that says they agreed, not the opening',
    module: `${ROOM.reading}verbs.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'idiom-not-focus',
    reason:
      'a focus-verb word that begins an idiom of phrases.json is the idiom\'s: "agree to push back hard on tehran\'s missile program" asks no request, it is read as counter',
    module: `${ROOM.reading}focus.ts`,
    test: TEST.round20g,
  },
  {
    id: 'people-not-place',
    reason:
      'a people typed by its demonym ("were the belgians …") acts: a readout naming its country only as where the meeting was ("in Brussels, Belgium") is not about it',
    module: `${ROOM.reading}partyPlace.ts`,
    test: TEST.round20g,
  },
  {
    id: 'office-asked-anywhere',
    reason:
      '"who was pakistan\'s defense minister when mattis went to islamabad?" asks who held the office: the country in the head and the office in any sentence of the readout answer',
    module: `${ROOM.reading}officeTogether.ts`,
    test: TEST.round20g,
  },
  {
    id: 'meeting-sentence-head',
    reason:
      'a news story of a trip names its later meetings further down ("Carter met in Jiddah, Saudi Arabia, Wednesday with King Salman"): that sentence says who the meeting was with, as an opening does',
    module: `${ROOM.reading}layout.ts`,
    test: TEST.round20h,
  },
  {
    id: 'names-or',
    reason: 'names typed as alternatives ("was it at some nato thing or in kabul??") ask which one: a readout naming either may answer',
    module: `${ROOM.reading}alternatives.ts`,
    test: TEST.round20h,
  },
  {
    id: 'hedged-quantity',
    reason: '"roughly how many troops did carter talk to …" asks the number as "how many" does; it was read as a topic question',
    module: `${ROOM.reading}question.ts`,
    test: TEST.round20h,
  },
  {
    id: 'ordinal-options',
    reason:
      '"which trip to india was carter\'s sept 2013 visit - first, second?" offers ordinals as answers: the ordinal the sentence states is asked ("second to India")',
    module: `${ROOM.reading}shapes.ts`,
    test: TEST.round20h,
  },
  {
    id: 'determiner-noun',
    reason:
      'an English word typed in lower case right after a determiner ("which bill did mattis tell poltorak …") is the noun, even where the corpus capitalises it as someone\'s name (Bill)',
    module: `${ROOM.reading}names.ts`,
    test: TEST.round20h,
  },
  {
    id: 'people-noun',
    reason:
      'a noun for a country\'s people after its adjective ("his meetings with the cambodian leaders") says whose meeting it was: no word a sentence must write',
    module: `${ROOM.reading}peopleNoun.ts`,
    test: TEST.round20h,
  },
  {
    id: 'region-members',
    reason:
      'a region typed as one word ("the un mission in africa", "the gulf", "the baltics") is named by a readout naming one of its countries ("South Sudan"), except a country the question names itself',
    module: `${ROOM.reading}regionMembers.ts`,
    test: TEST.round20i,
  },
  {
    id: 'derivation-sibling',
    reason:
      '"the migration mess" where the named readout writes "the migrant crisis": a noun and the word its verb derives in turn are the same act, found only in the named readouts',
    module: `${ROOM.reading}widenKnown.ts`,
    test: TEST.round20i,
  },
  {
    id: 'historical-year',
    reason:
      '"how many muskets did argentine rebels buy back in 1811": a year before the searched years is history a readout tells, a word to find, not a date filter refused as a mistake',
    module: `${ROOM.reading}dateFilter.ts`,
    test: TEST.round20i,
  },
  {
    id: 'acronym-glued-number',
    reason:
      '"fy2012", "ndaa2020": an acronym of the table typed against a number is the acronym and the number ("FY 2012" → fiscal year 2012); a fiscal year in two digits ("fy24") is this century\'s',
    module: `${ROOM.reading}chat.ts`,
    test: TEST.round20k,
  },
  {
    id: 'leading-phrase',
    reason:
      '"at the pentagon in dec 2022, did el-sisi mention …?", "in the 2015 jiddah talks did carter …?": a phrase of place or time before the question word says which meeting; read after the question, so the question word opens it (and a yes/no question is one)',
    module: `${ROOM.reading}shapes.ts`,
    test: TEST.round20k,
  },
  {
    id: 'year-before-meeting',
    reason:
      '"per austin\'s 2024 meeting with gen giang", "their 2019 call": a year typed before the meeting\'s own noun says when it was, not a word its readout must write (a summit or a ministerial is named by its year, so stays a word)',
    module: `${ROOM.reading}dateFilter.ts`,
    test: TEST.round20k,
  },
  {
    id: 'source-reference',
    reason:
      '"per hegseth\'s manila joint statement", "according to the austin meeting story", "did the june 2017 article say …": the document cited is the readout itself, its noun no word a sentence must write',
    module: `${ROOM.reading}question.ts`,
    test: TEST.round20i,
  },
  {
    id: 'acronym-family',
    reason:
      '"japan\'s SDF helping enforce UN sanctions" where the readout writes "UNSCR enforcement": an acronym typed as a name is named by the table\'s longer acronyms for a part of its thing (UN → UNSC, UNSCR), when the names select nothing otherwise',
    module: `${ROOM.reading}acronymFamily.ts`,
    test: TEST.round20i,
  },
] as const satisfies readonly RuleRow[];
