/**
 * Order words ("first", "latest", "the most recent readout"): the earliest or
 * newest readout among those that answer, or among all readouts when the
 * question has nothing else to match.
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Question } from '../reading/question.ts';
import { isOpening, openingOf } from '../reading/reading.ts';
import type { Ranked } from '../ranking/rank.ts';
import { describeDate } from '../reading/extract.ts';
import { dateTest } from '../reading/dateFilter.ts';
import { rangeSuffix, result } from './cite.ts';
import type { Answer } from '../types.ts';
import { applied } from '../explain.ts';

/** The earliest or newest dated readout (in the range, if any), cited by its opening sentence. */
export function byDateOnly(index: SentenceIndex, input: string, question: Question, searched: number): Answer {
  const test = dateTest(question.range);
  let pick = -1;
  for (let n = 0; n < index.readouts.length; n++) {
    const date = index.readoutDate(n);
    if (date === 0 || (test && !test(date))) continue;
    if (pick < 0 || (question.order === 'first' ? date < index.readoutDate(pick) : date > index.readoutDate(pick))) pick = n;
  }
  const base = { command: 'ask' as const, input, intent: question.intent, searched, ...(question.range ? { filter: question.range } : {}) };
  if (pick < 0) return { ...base, headline: `No dated readout${rangeSuffix(question.range)}.`, none: true, results: [], suggestions: [] };
  const r = index.readouts[pick] as (typeof index.readouts)[number];
  const when = describeDate(r.date as string);
  const sentence = openingOf(index, pick);
  applied('order-by-date');
  return {
    ...base,
    headline: `${question.order === 'first' ? 'First' : 'Latest'}${rangeSuffix(question.range)}: ${when} — ${r.title.replace(/\.+$/, '')}.`,
    none: false,
    results: [result(index, sentence, 1)],
  };
}

/**
 * "First", "latest": among the readouts that answer, the earliest or newest
 * (undated ones never), its best sentence first; the rest follow by score.
 */
export function byOrder(index: SentenceIndex, order: 'first' | 'last', ranked: Ranked[]): Ranked[] {
  let pick: Ranked | undefined;
  for (const r of ranked) {
    const date = index.dateOf(r.sentence);
    if (date === 0) continue;
    const best = pick ? index.dateOf(pick.sentence) : 0;
    if (!pick || (order === 'first' ? date < best : date > best)) pick = r;
  }
  if (!pick) return ranked;
  applied('order-by-date');
  const chosen = index.data.readoutOf[pick.sentence];
  const inIt = ranked.filter((r) => index.data.readoutOf[r.sentence] === chosen);
  // "the latest call with South Korea": when the opening covers the question as well as any
  // sentence of the readout, it leads: it says who met whom, and when.
  const opening = inIt.find((r) => isOpening(index, r.sentence));
  const lead = (opening && opening.coverage >= (inIt[0] as Ranked).coverage - 1e-9 ? opening : inIt[0]) as Ranked;
  // Results stand for themselves: the chosen readout's best sentence leads, scored above the rest.
  const top = Math.max(...ranked.map((r) => r.score));
  return [{ ...lead, score: top + 1 }, ...ranked.filter((r) => r !== lead)];
}
