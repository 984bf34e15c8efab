/** /ask and /quote as Discord messages: cited sentences under their readouts, a count's readout lines, the quoted phrase in bold. */
import { ButtonStyle } from 'discord.js';
import type { Answer, Result } from '../../answer/types.ts';
import { listsFewerThanCounted } from '../../answer/types.ts';
import { buttonRows, embed, truncate } from '../respond.ts';
import { encodeState } from '../customId.ts';
import { BUDGETS, LIMITS } from '../limits.ts';
import {
  COLOURS,
  contextButtons,
  footerText,
  groupedSentences,
  howRead,
  noneDescription,
  readoutLine,
  renderMiss,
  verbatim,
  type Footer,
  type Parts,
} from './common.ts';

/** The engine names no command; here the Discord one that lists every readout a count found. */
const moreHint = (answer: Answer) => (listsFewerThanCounted(answer) ? ' /timeline lists them all.' : '');

/**
 * A count: one line per readout, no sentences (which readouts is what a count
 * is asked for), as many as BUDGETS.countLines and the room allow; the rest
 * are counted, and /timeline pages through them all.
 */
function countLines(answer: Answer, room: number, paged: boolean): string {
  const lines: string[] = [];
  let used = 0;
  for (const r of answer.results.slice(0, BUDGETS.countLines)) {
    const line = readoutLine(r, BUDGETS.timelineTitle);
    if (used + line.length + 1 > room - BUDGETS.quoteTail) break;
    lines.push(line);
    used += line.length + 1;
  }
  const more = (answer.count ?? answer.results.length) - lines.length;
  return `${lines.join('\n')}${more > 0 ? `\n…and ${more} more${paged ? ': "All as a timeline" pages through them' : ''}.` : ''}`;
}

/** A timeline a reply can open in place: its topic and date range. */
export interface TimelineRef {
  topic: string;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * /ask. A count lists its readouts one line each; given `asTimeline` (the
 * timeline holding exactly the readouts counted), an "All as a timeline"
 * button opens it in place, to page through them all.
 */
export function renderAsk(answer: Answer, footer: Footer, owner: string, asTimeline?: TimelineRef): Parts {
  if (answer.none) return renderMiss(answer, verbatim(answer.input), footer, owner);
  const header = `${verbatim(answer.headline)}${asTimeline ? '' : moreHint(answer)}${howRead(answer)}`;
  const room = LIMITS.embedDescription - header.length - 2;
  const body = answer.intent === 'count' ? countLines(answer, room, asTimeline !== undefined) : groupedSentences(answer.results, room);
  const pages = asTimeline
    ? buttonRows([
        {
          customId: encodeState({
            kind: 'timeline',
            offset: 0,
            button: 'n',
            owner,
            topic: asTimeline.topic,
            from: asTimeline.from,
            to: asTimeline.to,
          }),
          label: 'All as a timeline',
          style: ButtonStyle.Primary,
        },
      ])
    : [];
  return {
    embeds: [
      embed({
        title: verbatim(answer.input),
        description: `${header}\n\n${body}`,
        footer: footerText(footer),
        color: COLOURS.answer,
      }),
    ],
    components: answer.intent === 'count' ? pages : contextButtons(answer.results),
  };
}

/**
 * The words of `phrase` in a sentence in bold, as /quote found them: matched
 * word for word, case and quote marks folded, any spacing or punctuation
 * between. The pattern is built once per answer, not once per sentence.
 */
export function phraseMarker(phrase: string): (text: string, max: number) => string {
  const wanted = [...phrase.matchAll(WORD)].map((m) => foldWord(m[0]));
  return (text, max) => {
    const shown = truncate(text, max);
    if (wanted.length === 0) return verbatim(shown);
    // The sentence's words (one static pattern: a pattern built per phrase would be compiled per
    // question, and Unicode classes make that cost milliseconds), compared word for word.
    const words = [...shown.matchAll(WORD)];
    let out = '';
    let at = 0;
    for (let i = 0; i + wanted.length <= words.length; i++) {
      if (!wanted.every((w, k) => foldWord((words[i + k] as RegExpExecArray)[0]) === w)) continue;
      const first = words[i] as RegExpExecArray;
      const last = words[i + wanted.length - 1] as RegExpExecArray;
      const end = last.index + last[0].length;
      out += `${verbatim(shown.slice(at, first.index))}**${verbatim(shown.slice(first.index, end))}**`;
      at = end;
      i += wanted.length - 1;
    }
    return out + verbatim(shown.slice(at));
  };
}

/** A word, with an apostrophe inside it ("Japan's", "Japan’s"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const foldWord = (w: string) => w.toLowerCase().replace(/’/g, "'");

/** A quote line's marks besides its sentence: "> **12.** " and the line break. */
const QUOTE_LINE_MARKS = 12;

export function renderQuote(answer: Answer, footer: Footer, owner: string): Parts {
  const title = `Quote: ${verbatim(answer.input)}`;
  if (answer.none) {
    const closest = answer.closest?.length ? groupedSentences(answer.closest, LIMITS.embedDescription / 2) : '';
    const description = closest ? `${noneDescription(answer)}\n\n**Closest (not exact):**\n${closest}` : noneDescription(answer);
    return renderMiss(answer, title, footer, owner, description);
  }
  // As many sentences as fit whole; the rest are counted.
  const header = verbatim(answer.headline);
  const room = LIMITS.embedDescription - header.length - BUDGETS.quoteTail;
  const marker = phraseMarker(answer.input);
  const bold = (r: Result, max: number) => marker(r.text, max);
  // As many sentences as fit whole, counted line by line (a common phrase is in hundreds of
  // sentences: only those shown are formatted), then built once; "Also in" lines may take a few more
  // characters than counted, so the count is checked and lowered when over.
  let shown = 0;
  let used = 0;
  const docs = new Set<string>();
  for (const r of answer.results) {
    const line = marker(r.text, BUDGETS.askSentence).length + QUOTE_LINE_MARKS;
    const head = docs.has(r.doc) ? 0 : readoutLine(r).length + 2;
    if (shown > 0 && used + line + head > room) break;
    used += line + head;
    docs.add(r.doc);
    shown++;
  }
  let body = groupedSentences(answer.results.slice(0, shown), room, bold, false);
  while (shown > 1 && body.length > room) body = groupedSentences(answer.results.slice(0, --shown), room, bold, false);
  const more = answer.results.length - shown;
  const tail = more > 0 ? `\n\n…and ${more} more; add words to the phrase to narrow it.` : '';
  return {
    embeds: [embed({ title, description: `${header}\n\n${body}${tail}`, footer: footerText(footer), color: COLOURS.answer })],
    components: contextButtons(answer.results.slice(0, shown)),
  };
}
