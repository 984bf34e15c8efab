/**
 * The rule table's rows for Answering (src/answer/answering/): see src/answer/rules.ts. Add a row
 * here when a rule of this room is added, with an `applied()` call where it
 * takes effect and a test that names the id.
 */
import type { RuleRow } from '../rules.ts';
import { ROOM, TEST } from './places.ts';

export const ANSWERING_RULES = [
  {
    id: 'absent-topic',
    reason: 'a topic the named readouts never write leaves no answer: a nearby sentence is no answer',
    module: `${ROOM.answering}ask.ts`,
    test: TEST.lexicon,
  },
  // Issue 21: a question read again after a miss (src/answer/answering/reread.ts).
  {
    id: 'date-reference-as-words',
    reason: '"Mageshima after the Guam meeting" may name the topic, not a date: asked again without the filter',
    module: `${ROOM.answering}reread.ts`,
    test: TEST.reading,
  },
  {
    id: 'date-stated',
    reason: '"what happened on sept 2 2017?": a readout of the weeks after states "September 2"',
    module: `${ROOM.answering}reread.ts`,
    test: TEST.reading,
  },
  {
    id: 'date-as-words',
    reason: '"what was decided on July 7, 2016?": no readout is dated then, one states the date',
    module: `${ROOM.answering}reread.ts`,
    test: TEST.reading,
  },
  // Issue 20's headline rules.
  {
    id: 'surname-common-word',
    reason: 'a timeline of Bob Work is his readouts, not every "work together"',
    module: `${ROOM.answering}timeline.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'fact-duration',
    reason: '"how long has the alliance existed?" is answered with the span of years a sentence states',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'fact-ordinal',
    reason: '"which round was it?" is answered with the ordinal before that noun ("third")',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'fact-who-met',
    reason: '"who did X call?" is answered by the opening that names who was called',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'said-not-opening',
    reason: 'what X said is further down than the opening that says who spoke with whom',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'said-names-stated',
    reason: '"what did Carter thank Abadi for?" is the sentence that itself names Abadi',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'fact-where-city',
    reason: '"at the Presidential Residence in Algiers": where wants the city as well',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.lexicon,
  },
  {
    id: 'count-readouts',
    reason: '"how many times did X meet Y" counts the readouts that mention it, names anywhere in them, other words together',
    module: `${ROOM.answering}count.ts`,
    test: TEST.rules,
  },
  {
    id: 'count-verbs-no-topic',
    reason: 'the verbs of a count ("met", "talk to") say what is counted; they are no topic a sentence must hold',
    module: `${ROOM.answering}count.ts`,
    test: TEST.rules,
  },
  {
    id: 'quantity-number',
    reason: '"how many frigates?" prefers (×1.5) and states the number phrase up to the counted thing ("three Marines")',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.rules,
  },
  {
    id: 'quantity-people',
    reason: '"how many officials did X meet?" prefers (×1.5) and counts the people named besides those asked about',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.rules,
  },
  {
    id: 'when-date',
    reason:
      '"when …?" prefers a stated date (×1.5), else the opening (×1.25), and heads the answer with that date (a day and month in either order: "June 2", "14 September")',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.rules,
  },
  {
    id: 'quantity-money',
    reason:
      '"how much money …?", "how much is the MOU worth?" are answered with the amount in dollars ("$10.15 billion"), not the first number ("seven-year"), and "money" need not be written',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.round20b,
  },
  {
    id: 'fact-what-kind',
    reason:
      '"what kind of ally did carter call spain?" is answered with the words the sentence puts before the noun ("full-spectrum ally")',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.round20g,
  },
  {
    id: 'fact-office',
    reason:
      '"what was klimkin\'s job when bob work met him?", "what office does ramirez hold?" are answered with the office the sentence gives the person ("Minister of Foreign Affairs"), not "Found in 1 readout"',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.round20b,
  },
  {
    id: 'fact-which-name',
    reason:
      '"which air policing mission did Mattis thank Norway for?" is answered with the name the sentence gives ("Baltic Air Policing mission")',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.round20b,
  },
  {
    id: 'discuss-whole-readout',
    reason:
      '"what did Mattis and Macierewicz talk about?": a readout of their call that never writes "discussed" still reports what they talked about',
    module: `${ROOM.answering}ask.ts`,
    test: TEST.round20b,
  },
  {
    id: 'fact-which-part',
    reason: '"which part of Australia are the initiatives in?" is answered with the part the sentence gives ("northern Australia")',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.round20b,
  },
  {
    id: 'when-year',
    reason: '"by what year …?" prefers the sentence stating a year ("by 2018") and heads the answer with it, not the readout\'s date',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.round20b,
  },
  {
    id: 'fact-when-stated',
    reason:
      '"when was Mexico set to host the conference?": a sentence past the opening that gives the event a month ("in July") heads the answer with it',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.round20b,
  },
  {
    id: 'fact-weekday',
    reason: '"which evening did Austin call Múcio?", "which day of the week …?": the weekday the readout states ("Wednesday evening")',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.round20b,
  },
  {
    id: 'fact-which-event',
    reason:
      '"at which event did Mattis sit down with Karakachanov?": where they met, named as the occasion the readout gives ("the NATO Defense Ministerial")',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.round20b,
  },

  {
    id: 'fact-who-office',
    reason: '"who was the slovak prime minister …?": the name the sentence writes after that office, not the first person it names',
    module: `${ROOM.answering}stated.ts`,
    test: TEST.round20b,
  },
  {
    id: 'fact-who-agent',
    reason: '"who was holding the hostages?": the name after the asked verb and "by" ("being held by Hamas")',
    module: `${ROOM.answering}stated.ts`,
    test: TEST.round20b,
  },
  {
    id: 'fact-where-met',
    reason: '"where did Mattis meet Pinotti?" prefers the opening (×1.5), which says where they met, over a later "in Iraq"',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.round20b,
  },
  {
    id: 'where-place',
    reason: '"where …?" prefers (×1.25) and names the place a sentence gives',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.rules,
  },
  // Issue 20, answering round (20b): who-answers name the counterpart.
  {
    id: 'who-gave-readout',
    reason:
      '"who put out the readout on …?" asks for the spokesperson: the sentence that attributes the readout comes first, not the opening that names the counterpart',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.round20j,
  },
  {
    id: 'who-skip-spokesperson',
    reason: '"Press Secretary John Kirby provided the following readout:" names the spokesperson, never who met whom',
    module: `${ROOM.reading}extract.ts`,
    test: TEST.round20b,
  },
  {
    id: 'who-not-secretary',
    reason: '"who did the secdef meet?" asks for the counterpart, not the secretary the readout opens with',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.round20b,
  },
  {
    id: 'name-particles',
    reason:
      '"King Hamad bin Isa Al Khalifa", "el-Sisi of Egypt", "President of Angola João Lourenço", "Bourhan June 13": a name whole, without its office or date',
    module: `${ROOM.reading}extract.ts`,
    test: TEST.round20b,
  },
  {
    id: 'date-what-happened',
    reason: '"what happened on <date>?" names no topic: the openings of the readouts dated then, and who met whom',
    module: `${ROOM.answering}happened.ts`,
    test: TEST.round20b,
  },
  {
    id: 'nothing-names-missing',
    reason:
      'a "nothing" headline names the topic words the named readouts lack, or says no sentence of theirs says it, never the whole question',
    module: `${ROOM.answering}ask.ts`,
    test: TEST.round20b,
  },
  {
    id: 'faint-word-certainty',
    reason: 'a thing no readout names, weighed as filler beside a rare name, leaves only a sure answer: "the world cup" is no "Possibly"',
    module: `${ROOM.answering}ask.ts`,
    test: TEST.round20f,
  },
  {
    id: 'dropped-topic-only-widened',
    reason: 'a dropped word beside only names and widened words was the topic: "chat about whaling" is no "Yes"',
    module: `${ROOM.answering}ask.ts`,
    test: TEST.round20b,
  },
  {
    id: 'who-named',
    reason: '"who …?" prefers (×1.25) and names the people a sentence names besides those asked about',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.rules,
  },
  {
    id: 'members-spelled-out',
    reason: '"which countries are in AUKUS?" prefers the sentence spelling the acronym out (×1.5) or naming several (×1.25)',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.rules,
  },
  {
    id: 'focus-verb-not-opening',
    reason: '"what did they discuss?": the opening says they met to discuss; the answer is further down (×0.7)',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.rules,
  },
  {
    id: 'said-heading',
    reason: '"what did Austin thank Kishi for?" heads the answer with the question: "What Austin thanked Kishi for: …"',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.rules,
  },
  {
    id: 'yesno-answer',
    reason: '"did X …?" is answered "Yes — on DATE" with the sentence, or "No." with what is missing',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.rules,
  },
  {
    id: 'topic-newest',
    reason: '"what about X?": the sentences covering X fully, newest first, then the partial ones',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.rules,
  },
  {
    id: 'topic-as-typed',
    reason: 'a name typed in another of its forms ("D-ISIS" for ISIS): the sentences writing it so come first',
    module: `${ROOM.answering}prefer.ts`,
    test: TEST.rules,
  },
  {
    id: 'order-by-date',
    reason: '"first", "latest", "the most recent readout" pick readouts by date, not by words',
    module: `${ROOM.answering}order.ts`,
    test: TEST.rules,
  },
  {
    id: 'closest-in-named',
    reason:
      'after every reading found nothing sure, the readout the names select that states part of the focus offers its closest sentence as a partial match ("double down on going after militants" → "redouble its efforts to confront militants"); never where the question names what the corpus lacks',
    module: `${ROOM.answering}closest.ts`,
    test: TEST.closest,
  },
  {
    id: 'partial-match',
    reason: 'an answer covering under 0.6 of the question or of its focus says "Partial match" (a yes/no "Possibly")',
    module: `${ROOM.answering}headlines.ts`,
    test: TEST.rules,
  },
  {
    id: 'typo-shown',
    reason: 'a word read as another ("phillipines") is said in the headline: "Showing results for Philippines."',
    module: `${ROOM.answering}corrected.ts`,
    test: TEST.rules,
  },
  {
    id: 'did-you-mean',
    reason: 'a miss offers close terms that exist ("Ukrane" → Ukraine): never a dead end',
    module: `${ROOM.answering}suggest.ts`,
    test: TEST.rules,
  },
  {
    id: 'timeline-body-word',
    reason: '"2+2 Ministerial Meeting" finds the "2+2 Ministerial Dialogue": a body\'s generic last word is optional',
    module: `${ROOM.answering}timeline.ts`,
    test: TEST.rules,
  },
  {
    id: 'quote-closest',
    reason: 'a phrase no sentence holds offers the closest sentences, marked as not exact',
    module: `${ROOM.answering}quote.ts`,
    test: TEST.rules,
  },
  {
    id: 'title-word-not-topic',
    reason:
      'a partial yes/no answer whose only topic word is inside a service title before a name ("said Air Force Lt. Col. Elizabeth Ortiz") states none of the question\'s topic: "did carter and youssouf sign a status of forces agreement …" answered "Possibly"',
    module: `${ROOM.answering}titleWords.ts`,
    test: TEST.round20h,
  },
  {
    id: 'quantity-share-of',
    reason:
      '"what share of gdp did glvac say slovakia would put toward defense?" asks the number before "of [gross domestic product]", not the first percentage ("20 percent of the defense budget")',
    module: `${ROOM.answering}numberPhrases.ts`,
    test: TEST.round20h,
  },
  {
    id: 'fact-not-stated',
    reason:
      '"how many F-16s is Argentina getting?" where the readout names the F-16 and no number: the asked number or ordinal is stated nowhere, so nothing answers, and the sentences found are shown as the closest',
    module: `${ROOM.answering}ask.ts`,
    test: TEST.round20i,
  },
  {
    id: 'meetings-stated',
    reason:
      '"how many times had mattis and onodera met?": a readout the names select that counts the meetings itself ("their third meeting") answers with that count; the corpus holds only some meetings, so counting readouts would understate it',
    module: `${ROOM.answering}count.ts`,
    test: TEST.round20i,
  },
  {
    id: 'quantity-not-year',
    reason:
      'a bare year ("by the end of 2014") counts nothing: "how many british troops were in afghanistan …?" was answered "2014" from a sentence of another meeting; with no other number the sentence states none, and it is shown as the closest',
    module: 'src/answer/answering/numberPhrases.ts',
    test: TEST.round20l,
  },
] as const satisfies readonly RuleRow[];
