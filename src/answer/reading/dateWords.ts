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
import { MEETING_VERB } from './questionWords.ts';

/** The years, days and months of a calendar date filter (not an event's), as bonus concepts after the question's. */
export const dateAsContent: ReadingStep = {
  name: 'date-as-content',
  run: ({ question, index, dateWords }) => {
    if (!question.range || question.range.event) return;
    // A meeting's own date ("did they talk about … on his korea trip in aug 2014?") says which meeting, not what the
    // answering sentence states; a where-question's answer is the opening, whose dateline the date still credits.
    if (question.range.meeting && question.intent !== 'where') {
      applied('date-of-meeting');
      return;
    }
    // Rule `date-of-meeting`: "who did Mattis call in February 2017?" — the date says when the call was (the
    // readout's date), not what a sentence must state: a later "… in 2017" sentence is not who was called.
    // So for a span or an ordinal asked of that meeting ("how long had it been … before hagel's december 2013
    // visit?"): the sentence states the span, not the date.
    const ofMeeting =
      question.intent === 'who' || question.intent === 'where' || question.duration === true || question.ordinal !== undefined;
    if (ofMeeting && MEETING_VERB.test(question.focus)) {
      applied('date-of-meeting');
      return;
    }
    const dated = conceptsOf(index, question.range.label).filter((c) => c.known && /^\d+$|^[a-z]+$/.test(c.raw.toLowerCase()));
    for (const c of dated) {
      const t = index.data.vocab[mainTerm(c) ?? -1] ?? '';
      if (!/^\d+$/.test(t) && !MONTH_TERMS.has(t)) continue;
      applied('date-as-content');
      dateWords.push({ ...c, bonus: true, dated: true, position: 1000 + c.position });
    }
  },
};
