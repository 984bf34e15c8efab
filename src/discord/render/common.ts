/**
 * What every Discord reply of an answer shares: the parts type, the footer,
 * the colours, corpus text shown verbatim, a readout's line and the miss
 * reply (title, "did you mean" menu). The per-command payloads import these;
 * src/discord/render.ts is the one module the rest of the bot imports.
 */
import { escapeMarkdown } from 'discord.js';
import type { APIEmbed } from 'discord.js';
import type { Answer, Citation, Result } from '../../answer/types.ts';
import { readingLine } from '../../answer/reading/notes.ts';
import { alsoIn, byReadout, copyNote, shortDate, shortTitle } from '../../answer/answering/present.ts';
import { buttonRows, embed, selectRow, truncate, type ReplyParts, type Row } from '../respond.ts';
import { encodeState, textCheck } from '../customId.ts';
import { BUDGETS, LIMITS } from '../limits.ts';

export interface Parts extends ReplyParts {
  embeds: APIEmbed[];
  components: Row[];
  /**
   * A chart that belongs under the first embed, not drawn yet: drawing takes
   * tens of milliseconds, so a slash command answers first and adds it with an
   * edit (`withChart`); an update that must carry it draws it at once.
   */
  chart?: Chart;
}

/** A chart to draw: at once (an update is one message), or encoded off the main thread (an edit after the answer). */
export interface Chart {
  (): Buffer;
  encoded(): Promise<Buffer>;
}

/** "32 readouts · updated Mar 27, 2024": how many readouts were searched and the newest one's date. */
export interface Footer {
  searched: number;
  /** The newest readout's date (YYYY-MM-DD), null when none is dated. */
  updated: string | null;
}

/** One colour for answers and another for misses, so a glance tells them apart. */
export const COLOURS = { answer: 0x3b6ea5, miss: 0x99aab5 } as const;

/** A footer's text; `extra` (a page, a label) goes after. */
export const footerText = (f: Footer, extra = '') =>
  [
    `${f.searched} readout${f.searched === 1 ? '' : 's'}`,
    ...(f.updated ? [`updated ${shortDate(f.updated)}`] : []),
    ...(extra ? [extra] : []),
  ].join(' · ');

/**
 * Text shown as written: corpus sentences, and anything the user typed (a
 * question echoed as a title, a headline quoting it), escaped so "*", "_" or
 * a [masked](link) are not read as Markdown.
 */
export function verbatim(text: string): string {
  // escapeMarkdown runs a dozen look-behind regexes (a fifth of a bot's reply
  // time at 10,000 readouts, profiled); with its default options it changes
  // only text holding one of these characters, and most sentences hold none.
  return MARKDOWN_CHARACTERS.test(text) ? escapeMarkdown(text) : text;
}

/** What escapeMarkdown (default options: escape, code, bold, italic, underline, strikethrough, spoiler) can touch. */
const MARKDOWN_CHARACTERS = /[\\`*_~|]/;

/** A readout's title, shortened in the middle (src/answer/answering/present.ts), linked to its source when known. */
export function titleLink(c: Pick<Citation, 'title' | 'source'>, max: number = BUDGETS.citationTitle): string {
  const title = verbatim(shortTitle(c.title, max)).replace(/[[\]]/g, '');
  return c.source ? `[${title}](${c.source})` : title;
}

/** "**Aug 29, 2020** · [title](link) · copy on globalsecurity.org": a readout, once. */
export function readoutLine(c: Pick<Citation, 'title' | 'source' | 'date'>, max: number = BUDGETS.citationTitle): string {
  const copy = copyNote(c.source);
  return `**${shortDate(c.date)}** · ${titleLink(c, max)}${copy ? ` · ${copy}` : ''}`;
}

/** "Aug 29, 2020 · [title](link)": a readout inside running text (also-in lines, find). */
export function citationLine(c: Pick<Citation, 'title' | 'source' | 'date'>): string {
  const copy = copyNote(c.source);
  return `${shortDate(c.date)} · ${titleLink(c)}${copy ? ` · ${copy}` : ''}`;
}

/** A "did you mean" menu of close terms that exist, when the answer found nothing. */
export function missMenu(answer: Answer, owner: string): Row[] {
  const suggestions = answer.suggestions ?? [];
  if (!answer.none || suggestions.length === 0) return [];
  return [
    selectRow(
      encodeState({ kind: 'pick', command: answer.command, owner }),
      'Try a term that is in the readouts',
      suggestions.map((s) => ({ label: s, value: s })),
    ),
  ];
}

/** One "Context" button per cited sentence. */
export function contextButtons(results: Result[]): Row[] {
  return buttonRows(
    results.slice(0, LIMITS.buttonsPerRow).map((r, i) => ({
      customId: encodeState({ kind: 'context', sentence: r.id, check: textCheck(r.text) }),
      label: results.length === 1 ? 'Show context' : `Show context ${i + 1}`,
    })),
  );
}

export function noneDescription(answer: Answer): string {
  const tried = answer.suggestions?.length ? `\nClose terms that are in the readouts: ${verbatim(answer.suggestions.join(', '))}` : '';
  return `${unlinked(verbatim(answer.headline))}${tried}${howRead(answer)}`;
}

/** How the question was read (issue 20), as Discord's small subtext line under the headline; '' when it was read as typed. */
export function howRead(answer: Answer): string {
  const line = readingLine(answer.reading);
  return line ? `\n-# ${unlinked(verbatim(line))}` : '';
}

/** A miss: the headline and the did-you-mean menu, in the miss colour, shown only to the asker. */
export function renderMiss(answer: Answer, title: string, footer: Footer, owner: string, description = noneDescription(answer)): Parts {
  return {
    embeds: [embed({ title, description, footer: footerText(footer), color: COLOURS.miss })],
    components: missMenu(answer, owner),
    miss: true,
  };
}

/**
 * Typed text echoed back (a "nothing found" line) with its "://" broken by a
 * zero-width space, so a link someone typed is not offered to others as
 * clickable by the bot.
 */
export function unlinked(text: string): string {
  return text.replace(/([a-z][\w+.-]*):\/\//gi, '$1:\u200b//');
}

/**
 * An answer's sentences under their readouts: each readout's line once, then
 * its sentences (numbered when the answer has several, as the context buttons
 * are), then where near-identical sentences also appear. When the whole would
 * overflow `room`, every sentence is cut by the same amount until it fits.
 */
export function groupedSentences(
  results: readonly Result[],
  room: number,
  mark: (r: Result, max: number) => string = plain,
  shrink = true,
): string {
  const groups = byReadout(results);
  const numbered = results.length > 1;
  const build = (sentence: number) =>
    groups
      .map((g) => {
        const lines = [readoutLine(g.readout)];
        g.items.forEach((r, k) => lines.push(`> ${numbered ? `**${g.numbers[k]}.** ` : ''}${mark(r, sentence)}`));
        const also = alsoIn(g.items).filter((a) => !groups.some((o) => o.readout.doc === a.doc));
        if (also.length) lines.push(`Also in: ${also.map(citationLine).join('; ')}`);
        return lines.join('\n');
      })
      .join('\n\n');
  let sentence: number = BUDGETS.askSentence;
  for (;;) {
    const text = build(sentence);
    const over = text.length - room;
    if (!shrink || over <= 0 || sentence <= BUDGETS.timelineSentenceMin) return text;
    sentence = Math.max(BUDGETS.timelineSentenceMin, sentence - Math.ceil(over / Math.max(1, results.length)));
  }
}

const plain = (r: Result, max: number) => verbatim(truncate(r.text, max));
