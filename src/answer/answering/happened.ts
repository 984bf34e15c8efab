/**
 * Rule `date-what-happened`: "what happened on January 4, 2014?", "what took place in May 2017?" name no
 * topic, only a date. The readouts dated then answer with their openings (who met or called whom, where),
 * oldest first, and the headline says who met whom that day. Before this rule, "happened" was read as a topic
 * word the corpus lacks and vetoed: "Nothing in 1 readout on january 4, 2014 mentions what happened".
 * A date no readout is dated falls through to the ordinary reading and its second readings (reread.ts).
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Question } from '../reading/question.ts';
import { dateTest } from '../reading/dateFilter.ts';
import { openingOf } from '../reading/reading.ts';
import { describeDate, peopleIn, withoutAttribution } from '../reading/extract.ts';
import { result } from './cite.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import type { Answer } from '../types.ts';

/** A focus that asks only what happened: "what happened ?", "so what took place", "what was going on". */
const ONLY_HAPPENED =
  /^\s*(?:so\s+|and\s+)?what(?:['’]s|\s+has|\s+had)?\s+(?:(?:happened|happens|happen|occurred|took\s+place|went\s+on|went\s+down)|(?:was|is)\s+(?:going\s+on|happening))\s*[?!.]*\s*$/i;

export function whatHappened(index: SentenceIndex, input: string, question: Question): Answer | null {
  const range = question.range;
  if (!range || range.event || !ONLY_HAPPENED.test(question.focus)) return null;
  const test = dateTest(range);
  if (!test) return null;
  const readouts: number[] = [];
  for (let r = 0; r < index.readouts.length; r++) if (test(index.readoutDate(r))) readouts.push(r);
  if (readouts.length === 0) return null;
  applied('date-what-happened');
  readouts.sort((a, b) => index.readoutDate(a) - index.readoutDate(b));
  const shown = readouts.slice(0, DEFAULTS.answering.maxResults);
  const openings = shown.map((r) => openingOf(index, r));
  // Who met whom: the people the opening names (its spokesperson line left out), as "A and B".
  const pairs = openings.map((s, i) => {
    // "Koizumi Shinjiro … Minister Koizumi": one person.
    const people = peopleIn(withoutAttribution(index.text(s)))
      .filter((p, k, all) => !all.slice(0, k).some((q) => p.split(' ').every((w) => q.split(' ').includes(w))))
      .slice(0, 3);
    const who = people.length ? people.join(' and ') : (index.readouts[shown[i] as number]?.title ?? '');
    const date = index.readouts[shown[i] as number]?.date ?? null;
    return { who, date };
  });
  const sameDay = pairs.every((p) => p.date === pairs[0]?.date);
  const when = (date: string | null) => (date ? describeDate(date) : 'undated');
  const headline = sameDay
    ? `${pairs.map((p) => p.who).join('; ')} — ${when(pairs[0]?.date ?? null)}.`
    : `${pairs.map((p) => `${p.who} (${when(p.date)})`).join('; ')}${readouts.length > shown.length ? `; ${readouts.length - shown.length} more` : ''}.`;
  return {
    command: 'ask',
    input,
    intent: question.intent,
    filter: range,
    headline,
    none: false,
    results: openings.map((s) => result(index, s, 1)),
    searched: readouts.length,
  };
}
