/**
 * Reading step `meeting-words`, split from select.ts (which decides which readouts a question's names select): the
 * words and numbers that name the meeting itself, said by a readout's head rather than by the answering sentence.
 */
import { ANY, HEAD, layout, namedIn } from './layout.ts';
import { mainTerm } from './names.ts';
import { MEETING_TERMS } from './select.ts';
import type { ReadingStep } from './state.ts';
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { terms } from '../../text/terms.ts';
import { applied } from '../explain.ts';

/** Nouns of a meeting a number names ("the 2+2 dialogue", "the 2023 talks"). */
const NUMBERED_MEETING = new Set(terms('dialogue talks meeting meetings ministerial summit consultations conference'));

/**
 * "who did Austin call …": a word for the meeting itself is said by the
 * readout's title or opening ("Readout of … Call With …"), like the names.
 * "the India 2+2", "the 2023 Dialogue": a number the readout's title states
 * names the meeting itself, so its sentences need not repeat it; so does one its opening writes right before a
 * meeting's noun ("The Sept. 6 “two-plus-two” dialogue in New Delhi …").
 */
export const meetingWords: ReadingStep = {
  name: 'meeting-words',
  run: ({ index, concepts, where }) => {
    for (const c of concepts) {
      if (c.name || !c.known || !MEETING_TERMS.has(index.data.vocab[mainTerm(c) ?? -1] ?? '')) continue;
      // Only the readouts the ranking cites are looked at: read those, not the word's postings.
      applied('meeting-words');
      where.set(c, namedIn(index, c, []));
    }
    const { titleReadouts } = layout(index);
    for (const c of concepts) {
      if (!c.known || !/^\d+$/.test(c.raw) || where.has(c)) continue;
      applied('meeting-words');
      const bits = new Uint8Array(index.readouts.length);
      for (const id of c.alternatives.keys()) for (const n of titleReadouts.get(id) ?? []) bits[n] = ANY | HEAD;
      for (const id of c.alternatives.keys()) numberedInOpening(index, id, bits);
      where.set(c, (n) => bits[n] ?? 0);
    }
  },
};

/** Marks the readouts whose opening writes the number right before a meeting's noun (up to three terms after). */
function numberedInOpening(index: SentenceIndex, id: number, bits: Uint8Array): void {
  const { isOpening } = layout(index);
  const nouns = new Set([...NUMBERED_MEETING].map((t) => index.termId(t) ?? -1));
  for (const s of index.postings(id)) {
    if (!isOpening[s]) continue;
    const seq = index.termsOf(s);
    for (let p = 0; p < seq.length; p++) {
      if (seq[p] !== id) continue;
      for (let q = p + 1; q <= Math.min(seq.length - 1, p + 3); q++) {
        if (nouns.has(seq[q] as number)) bits[index.data.readoutOf[s] as number] = ANY | HEAD;
      }
    }
  }
}
