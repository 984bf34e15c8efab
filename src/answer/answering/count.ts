/**
 * The count intent: "how many readouts / times / calls …" is answered with the
 * number of readouts that mention it, oldest first.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from '../reading/concepts.ts';
import { openingOf, type Reading } from '../reading/reading.ts';
import { mentions } from '../ranking/mentions.ts';
import { dateTest } from '../reading/dateFilter.ts';
import { conceptLabel, dateList, rangeSuffix, readoutsLabel, result } from './cite.ts';
import { describeDate } from '../reading/extract.ts';
import { suggestionsFor } from './suggest.ts';
import type { Answer } from '../types.ts';
import { terms } from '../../text/terms.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import { z } from 'zod';
import { dataFile } from '../../data.ts';

/** The terms of verbs a "how many times did X meet Y" question counts with, not about (data/answering/count-verbs.json). */
const CountVerbsFile = z.object({ words: z.array(z.string().regex(/^[a-z]+$/)).min(1) });
const countVerbsFile = dataFile('answering/count-verbs.json', CountVerbsFile);
let countVerbs: Set<string> | undefined;

/**
 * "how many readouts / times / calls …": the readouts that mention it, oldest
 * first. Names count wherever the readout states them (its title too);
 * other words must be together in one sentence, as in a timeline. The
 * question's verbs ("met", "talk to") are not a topic.
 */
export function countAnswer(index: SentenceIndex, input: string, reading: Reading, searched: number): Answer {
  const { question } = reading;
  const base = {
    command: 'ask' as const,
    input,
    intent: 'count' as const,
    searched,
    ...(question.range ? { filter: question.range } : {}),
  };
  countVerbs ??= new Set(terms(countVerbsFile().words.join(' ')));
  const verbs = countVerbs;
  const isCountVerb = (c: Concept) =>
    c.kind === 'term' && c.known && !c.name && [...c.alternatives.keys()].some((id) => verbs.has(index.data.vocab[id] ?? ''));
  const concepts = reading.concepts.filter((c) => !c.bonus && c !== reading.verb && !isCountVerb(c) && (c.known || c.required));
  if (reading.concepts.some((c) => !c.bonus && c !== reading.verb && isCountVerb(c))) applied('count-verbs-no-topic');
  const names = concepts.filter((c) => c.name);
  const content = concepts.filter((c) => !c.name);
  const label = content.length ? conceptLabel(concepts, question.focus) : names.map((c) => c.label).join(' and ');
  const zero = (): Answer => ({
    ...base,
    headline: `0 — nothing in ${readoutsLabel(searched)}${rangeSuffix(question.range)} mentions ${label || question.focus}.`,
    none: true,
    results: [],
    suggestions: suggestionsFor(index, question.focus),
  });
  const stated = statedMeetings(index, input, reading);
  if (stated) return { ...base, ...stated };
  if (concepts.length === 0 || concepts.some((c) => !c.known)) return zero();
  const allowed = reading.allowed;
  let found: { sentence: number; score: number }[];
  if (content.length) {
    found = mentions(index, content, question.range).filter((m) => !allowed || allowed[index.data.readoutOf[m.sentence] as number] === 1);
  } else {
    // Names only: each readout that names them all, cited by its first sentence naming the rarest
    // (its opening when only the title does). One pass over the rarest name's postings, not a
    // search of every sentence of thousands of readouts.
    const test = dateTest(question.range);
    const rarest = [...names].sort((a, b) => b.weight - a.weight)[0] as Concept;
    const firstNaming = new Int32Array(index.readouts.length).fill(-1);
    const readoutOf = index.data.readoutOf;
    for (const id of rarest.alternatives.keys()) {
      const postings = index.postings(id);
      for (let p = 0; p < postings.length; p++) {
        const sentence = postings[p] as number;
        const n = readoutOf[sentence] as number;
        const known = firstNaming[n] as number;
        if (known < 0 || sentence < known) firstNaming[n] = sentence;
      }
    }
    found = [];
    for (let n = 0; n < index.readouts.length; n++) {
      if (allowed?.[n] !== 1 || (test && !test(index.readoutDate(n)))) continue;
      const sentence = firstNaming[n] as number;
      found.push({ sentence: sentence >= 0 ? sentence : openingOf(index, n), score: 1 });
    }
  }
  if (found.length === 0) return zero();
  applied('count-readouts');
  // The number is exact; the list shows the first readouts (a front end may
  // add where to see them all: its own timeline command).
  const listed = found.length > DEFAULTS.answering.maxCountListed ? ` The first ${DEFAULTS.answering.maxCountListed} are listed.` : '';
  return {
    ...base,
    headline: `${readoutsLabel(found.length)} of ${searched}${rangeSuffix(question.range)} mention ${label}: ${dateList(found.map((f) => index.readout(f.sentence).date))}.${listed}`,
    none: false,
    results: found.slice(0, DEFAULTS.answering.maxCountListed).map((f) => result(index, f.sentence, f.score)),
    count: found.length,
    // What was counted, as a timeline topic: a front end may page through them there.
    topic: label,
  };
}

/** "how many times had they met/spoken": the times asked are meetings. */
const TIMES_MET = /\bhow\s+many\s+times\b.*\b(?:met|meet|meeting|spoken|spoke|talked|seen|saw|sat\s+down)\b/i;
/** "their third meeting", "the sixth time": a readout's own count of the meetings. */
const ORDINAL_MEETING =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:(?:face-to-face|in-person|bilateral|official|formal)\s+)?(meeting|time|visit|engagement|conversation|call)\b/i;

/**
 * Rule `meetings-stated`: "how many times had mattis and onodera met by their april 2018 meeting?" — a readout the
 * names select that counts the meetings itself ("This was their third meeting since …", "marked their sixth
 * meeting") answers with that count, newest first; the corpus holds only some of the meetings, so counting its
 * readouts would understate it.
 */
function statedMeetings(index: SentenceIndex, input: string, reading: Reading): Pick<Answer, 'headline' | 'none' | 'results'> | null {
  const allowed = reading.allowed;
  if (!allowed || !TIMES_MET.test(input)) return null;
  const test = dateTest(reading.question.range);
  let best: { sentence: number; match: RegExpExecArray; date: number } | null = null;
  for (let n = 0; n < index.readouts.length; n++) {
    const r = index.readouts[n];
    if (allowed[n] !== 1 || !r || (test && !test(index.readoutDate(n)))) continue;
    if (best && index.readoutDate(n) <= best.date) continue;
    for (let s = r.first; s < r.first + r.count; s++) {
      const match = ORDINAL_MEETING.exec(index.text(s));
      if (!match) continue;
      best = { sentence: s, match, date: index.readoutDate(n) };
      break;
    }
  }
  if (best) {
    applied('meetings-stated');
    const cited = result(index, best.sentence, 1);
    const when = cited.date ? describeDate(cited.date) : 'an undated readout';
    const ordinal = best.match[1] as string;
    return { headline: `${ordinal[0]?.toUpperCase()}${ordinal.slice(1)} ${best.match[2]} — ${when}.`, none: false, results: [cited] };
  }
  return null;
}
