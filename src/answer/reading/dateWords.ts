/**
 * Rule "a date may be content" (DESIGN.md): the words of a date filter are a
 * bonus concept — they add when a sentence states them and cost nothing
 * otherwise. "How has NATO changed since 2014?" cites "NATO's military
 * adaptation since 2014".
 */
import { conceptsOf } from './concepts.ts';
import { MONTH_TERMS, mainTerm } from './names.ts';
import type { ReadingStep } from './state.ts';
import { applied } from '../explain.ts';

/** The years, days and months of a calendar date filter (not an event's), as bonus concepts after the question's. */
export const dateAsContent: ReadingStep = {
  name: 'date-as-content',
  run: ({ question, index, dateWords }) => {
    if (!question.range || question.range.event) return;
    const dated = conceptsOf(index, question.range.label).filter((c) => c.known && /^\d+$|^[a-z]+$/.test(c.raw.toLowerCase()));
    for (const c of dated) {
      const t = index.data.vocab[mainTerm(c) ?? -1] ?? '';
      if (!/^\d+$/.test(t) && !MONTH_TERMS.has(t)) continue;
      applied('date-as-content');
      dateWords.push({ ...c, bonus: true, position: 1000 + c.position });
    }
  },
};
