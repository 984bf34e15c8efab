/**
 * Answers as Discord messages: embeds, buttons and menus, built through
 * src/discord/respond.ts so every limit holds. Corpus text is shown exactly as
 * written: Markdown characters in it are escaped.
 */
import { escapeMarkdown, ButtonStyle } from 'discord.js';
import type { Answer, Citation, Result } from '../answer/types.ts';
import type { Completion } from '../answer/answering/complete.ts';
import { NOT_SAID } from '../answer/find/find.ts';
import { VERDICT_LABEL, type Check, type FindAnswer, type FoundSentence } from '../answer/find/types.ts';
import type { DiffPart } from '../answer/find/diff.ts';
import type { SourceEntry } from '../engine/engine.ts';
import type { Sentence } from '../corpus/readout.ts';
import { buttonRows, embed, selectRow, truncate, type ReplyParts, type Row } from './respond.ts';
import { alsoIn, byReadout, copyNote, shortDate, shortTitle } from '../answer/answering/present.ts';
import { CHART, chartBins, readoutsChart, readoutsChartAsync } from '../chart/readoutsChart.ts';
import { encodeState, textCheck } from './customId.ts';
import { listsFewerThanCounted, MAX_TOPIC } from '../answer/types.ts';
import { readingLine } from '../answer/reading/notes.ts';
import { BUDGETS, LIMITS } from './limits.ts';
import type { APIEmbed } from 'discord.js';

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
function titleLink(c: Pick<Citation, 'title' | 'source'>, max: number = BUDGETS.citationTitle): string {
  const title = verbatim(shortTitle(c.title, max)).replace(/[[\]]/g, '');
  return c.source ? `[${title}](${c.source})` : title;
}

/** "**Aug 29, 2020** · [title](link) · copy on globalsecurity.org": a readout, once. */
function readoutLine(c: Pick<Citation, 'title' | 'source' | 'date'>, max: number = BUDGETS.citationTitle): string {
  const copy = copyNote(c.source);
  return `**${shortDate(c.date)}** · ${titleLink(c, max)}${copy ? ` · ${copy}` : ''}`;
}

/** "Aug 29, 2020 · [title](link)": a readout inside running text (also-in lines, find). */
function citationLine(c: Pick<Citation, 'title' | 'source' | 'date'>): string {
  const copy = copyNote(c.source);
  return `${shortDate(c.date)} · ${titleLink(c)}${copy ? ` · ${copy}` : ''}`;
}

/** A "did you mean" menu of close terms that exist, when the answer found nothing. */
function missMenu(answer: Answer, owner: string): Row[] {
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
function contextButtons(results: Result[]): Row[] {
  return buttonRows(
    results.slice(0, LIMITS.buttonsPerRow).map((r, i) => ({
      customId: encodeState({ kind: 'context', sentence: r.id, check: textCheck(r.text) }),
      label: results.length === 1 ? 'Show context' : `Show context ${i + 1}`,
    })),
  );
}

function noneDescription(answer: Answer): string {
  const tried = answer.suggestions?.length ? `\nClose terms that are in the readouts: ${verbatim(answer.suggestions.join(', '))}` : '';
  return `${unlinked(verbatim(answer.headline))}${tried}${howRead(answer)}`;
}

/** How the question was read (issue 20), as Discord's small subtext line under the headline; '' when it was read as typed. */
function howRead(answer: Answer): string {
  const line = readingLine(answer.reading);
  return line ? `\n-# ${unlinked(verbatim(line))}` : '';
}

/** A miss: the headline and the did-you-mean menu, in the miss colour, shown only to the asker. */
function renderMiss(answer: Answer, title: string, footer: Footer, owner: string, description = noneDescription(answer)): Parts {
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

/** The engine names no command; here the Discord one that lists every readout a count found. */
const moreHint = (answer: Answer) => (listsFewerThanCounted(answer) ? ' /timeline lists them all.' : '');

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

/** One timeline entry: date, linked title, the first mention cut to `sentence` characters. */
function timelineLine(r: Result, sentence: number): string {
  return `${readoutLine(r, BUDGETS.timelineTitle)}\n> ${verbatim(truncate(r.text, sentence))}`;
}

/**
 * A page's lines, built from that page's entries alone: pages hold a fixed
 * number of readouts, so no other page is ever formatted. When the lines would
 * overflow `room`, every sentence is cut by the same amount until they fit.
 */
export function timelinePage(entries: readonly Result[], room: number): string {
  let sentence: number = BUDGETS.timelineSentence;
  for (;;) {
    const text = entries.map((r) => timelineLine(r, sentence)).join('\n\n');
    const over = text.length - room;
    if (over <= 0 || sentence <= BUDGETS.timelineSentenceMin) return text;
    sentence = Math.max(BUDGETS.timelineSentenceMin, sentence - Math.ceil(over / Math.max(1, entries.length)));
  }
}

/** "2022 ▇▇▇▇ 412 · 2023 ▇▇ 198 · undated 3": readouts per year, bars scaled to the busiest year. */
export function yearCounts(years: readonly { year: number | null; count: number }[]): string {
  const most = Math.max(1, ...years.map((y) => y.count));
  return years
    .map((y) => {
      const bar = '▇'.repeat(Math.max(1, Math.round((y.count / most) * BUDGETS.yearBar)));
      return y.year === null ? `undated ${y.count}` : `${y.year} ${bar} ${y.count}`;
    })
    .join(' · ');
}

/** The chart's file name, as the embed's image refers to it. */
export const CHART_FILE = 'readouts-per-year.png';

/**
 * Charts drawn lately, by topic and counts: a chart takes tens of
 * milliseconds to draw, and the same timeline is opened again and again.
 */
const charts = new Map<string, Buffer>();
const CHARTS_KEPT = 32;

/** The timeline's chart, to draw when wanted (or at once from the cache), or null when nothing is dated. */
function chartOf(answer: Answer): Chart | null {
  const bins = chartBins(answer);
  if (bins.length === 0) return null;
  const key = `${answer.input}\u0000${JSON.stringify(bins)}`;
  const topic = answer.headline.split(':')[0] ?? answer.input;
  const keep = (png: Buffer) => {
    if (charts.size >= CHARTS_KEPT) charts.delete(charts.keys().next().value as string);
    charts.set(key, png);
    return png;
  };
  return Object.assign(() => charts.get(key) ?? keep(readoutsChart(bins, topic)), {
    encoded: async () => charts.get(key) ?? keep(await readoutsChartAsync(bins, topic)),
  });
}

/** The parts with their chart drawn: attached, and shown as the first embed's image. */
export function withChart(parts: Parts): Parts {
  return parts.chart ? attached(parts, parts.chart()) : parts;
}

/** The same, the chart encoded off the main thread: for the edit that follows an answer. */
export async function withChartEncoded(parts: Parts): Promise<Parts> {
  return parts.chart ? attached(parts, await parts.chart.encoded()) : parts;
}

function attached(parts: Parts, png: Buffer): Parts {
  const [first, ...rest] = parts.embeds;
  const { chart: _drawn, ...shown } = parts;
  return {
    ...shown,
    embeds: first ? [{ ...first, image: { url: `attachment://${CHART_FILE}` } }, ...rest] : parts.embeds,
    files: [{ name: CHART_FILE, data: png }],
  };
}

/**
 * A timeline view. The answer holds either every readout (results sliced
 * here by `page`) or, from Engine.timeline with a window, the view's alone
 * (`offset` says where they start: a page, or a year's first readout);
 * either way only the view's entries are formatted. The first view of a
 * timeline of CHART.minReadouts or more has the readouts-per-year chart
 * (`chart`, drawn by `withChart`).
 */
export function renderTimeline(
  answer: Answer,
  footer: Footer,
  owner: string,
  page: number,
  range: { from?: string | undefined; to?: string | undefined },
): Parts {
  if (answer.none) return renderMiss(answer, `Timeline: ${verbatim(answer.input)}`, footer, owner);
  const perPage = BUDGETS.timelinePerPage;
  const total = answer.count ?? answer.results.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const windowed = answer.offset !== undefined;
  const offset = windowed ? (answer.offset as number) : Math.min(Math.max(0, page), pages - 1) * perPage;
  const entries = windowed ? answer.results.slice(0, perPage) : answer.results.slice(offset, offset + perPage);
  const long = pages > BUDGETS.timelineYearsFromPages && answer.years !== undefined && answer.years.length > 0;
  const chart = offset === 0 && total >= CHART.minReadouts ? chartOf(answer) : null;
  // The chart says it better than the text bars where there is one.
  const header = [
    verbatim(answer.headline) + howRead(answer),
    ...(long && offset === 0 && !chart ? [yearCounts(answer.years ?? [])] : []),
  ].join('\n');
  const components: Row[] = [];
  // Page buttons carry the whole query; topics too long for a custom_id get one page.
  if (pages > 1 && answer.input.length <= MAX_TOPIC) {
    const last = (pages - 1) * perPage;
    const state = (to: number, button: 'f' | 'p' | 'n' | 'l') =>
      encodeState({ kind: 'timeline', offset: Math.min(Math.max(0, to), total - 1), button, owner, topic: answer.input, ...range });
    const first = offset === 0;
    const end = offset + perPage >= total;
    const edges = pages > 2;
    components.push(
      ...buttonRows([
        ...(edges ? [{ customId: state(0, 'f'), label: 'First', disabled: first, style: ButtonStyle.Secondary } as const] : []),
        { customId: state(offset - perPage, 'p'), label: 'Previous', disabled: first, style: ButtonStyle.Primary },
        { customId: state(offset + perPage, 'n'), label: 'Next', disabled: end, style: ButtonStyle.Primary },
        ...(edges ? [{ customId: state(last, 'l'), label: 'Last', disabled: end, style: ButtonStyle.Secondary } as const] : []),
      ]),
    );
    if (long) components.push(yearMenu(answer.years ?? [], owner, answer.input, range));
  }
  const shown = entries.length ? `readouts ${offset + 1}–${offset + entries.length} of ${total}` : '';
  return {
    embeds: [
      embed({
        title: `Timeline: ${verbatim(answer.input)}`,
        description: `${header}\n\n${timelinePage(entries, LIMITS.embedDescription - header.length - 2)}`,
        footer: footerText(footer, pages > 1 ? shown : ''),
        color: COLOURS.answer,
      }),
    ],
    components,
    ...(chart ? { chart } : {}),
  };
}

/** "Jump to year": one option per year (the first 25), its value the year. */
function yearMenu(
  years: readonly { year: number | null; count: number }[],
  owner: string,
  topic: string,
  range: { from?: string | undefined; to?: string | undefined },
): Row {
  return selectRow(
    encodeState({ kind: 'year', owner, topic, ...range }),
    'Jump to year',
    years.map((y) => ({
      label: y.year === null ? 'Undated' : String(y.year),
      value: y.year === null ? 'undated' : String(y.year),
      description: `${y.count} readout${y.count === 1 ? '' : 's'}`,
    })),
  );
}

export function renderSources(
  sources: { entries: SourceEntry[]; page: number; pages: number; total: number },
  footer: Footer,
  owner: string,
): Parts {
  const { entries, page: at, pages, total } = sources;
  const lines = entries.map((s) => readoutLine(s, BUDGETS.sourcesTitle));
  const state = (p: number) => encodeState({ kind: 'sources', page: p, owner });
  return {
    embeds: [
      embed({
        title: `Readouts in the corpus (${total})`,
        description: lines.join('\n') || 'The corpus is empty.',
        footer: footerText({ ...footer, searched: total }, pages > 1 ? `page ${at + 1}/${pages}` : ''),
        color: COLOURS.answer,
      }),
    ],
    components:
      pages > 1
        ? buttonRows([
            { customId: state(Math.max(0, at - 1)), label: 'Previous', disabled: at === 0, style: ButtonStyle.Primary },
            { customId: state(Math.min(pages - 1, at + 1)), label: 'Next', disabled: at === pages - 1, style: ButtonStyle.Primary },
          ])
        : [],
  };
}

export function renderContext(context: { sentence: Sentence; before: Sentence[]; after: Sentence[] }): Parts {
  const { sentence, before, after } = context;
  const text = [...before.map((s) => verbatim(s.text)), `**${verbatim(sentence.text)}**`, ...after.map((s) => verbatim(s.text))].join(' ');
  const copy = copyNote(sentence.source ?? null);
  return {
    embeds: [
      embed({
        title: verbatim(sentence.title),
        url: sentence.source,
        description: text,
        footer: [shortDate(sentence.date), `paragraph ${sentence.paragraph}`, ...(copy ? [copy] : [])].join(' · '),
        color: COLOURS.answer,
      }),
    ],
    components: [],
  };
}

/**
 * A sentence with the part a quote stands for in bold (less what an ellipsis
 * in the quote left out), in about `max` characters. The sentence is cut, not
 * the Markdown: a cut inside ** … ** would show the stars.
 */
function highlighted(f: FoundSentence, max: number): string {
  if (!f.highlight) return verbatim(truncate(f.text, max));
  const [start, end] = f.highlight;
  const before = f.text.slice(0, start);
  const after = f.text.slice(end);
  const room = Math.max(0, max - (end - start));
  let out = before.length > room / 2 ? `…${before.slice(before.length - Math.floor(room / 2)).replace(/^\S*\s/, '')}` : before;
  out = verbatim(out);
  const bold: [number, number][] = [];
  let at = start;
  for (const [from, to] of f.elided ?? []) {
    bold.push([at, from]);
    at = to;
  }
  bold.push([at, end]);
  let shown = start;
  for (const [from, to] of bold) {
    out += `${verbatim(f.text.slice(shown, from))}**${verbatim(f.text.slice(from, to))}**`;
    shown = to;
  }
  return out + verbatim(truncate(after, Math.max(1, room - Math.min(before.length, Math.floor(room / 2)))));
}

/**
 * Word differences within the span: **bold** the readout's wording, ~~struck~~
 * the message's; whole parts only, so no mark is left open.
 */
function differences(diff: DiffPart[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (const d of diff) {
    const part = d.kind === 'same' ? verbatim(d.words) : d.kind === 'corpus' ? `**${verbatim(d.words)}**` : `~~${verbatim(d.words)}~~`;
    if (used + part.length + 1 > max - 1) {
      out.push('…');
      break;
    }
    out.push(part);
    used += part.length + 1;
  }
  return out.join(' ');
}

function closeTerms(check: Check): string[] {
  return [
    check.missing?.length ? `No readout uses: ${verbatim(check.missing.join(', '))}` : '',
    check.suggestions?.length ? `Close terms that are in the readouts: ${verbatim(check.suggestions.join(', '))}` : '',
  ].filter(Boolean);
}

/** One embed field per check of "Find in readouts". */
function findField(check: Check): { name: string; value: string } {
  const lead = check.sentences[0];
  const said = `“${verbatim(truncate(check.text, BUDGETS.findClaim))}”`;
  switch (check.verdict) {
    case 'exact':
    case 'altered': {
      const where = lead ? ` · ${shortDate(lead.date)} · ${shortTitle(lead.title, BUDGETS.findTitle)}` : '';
      const budget = Math.floor(BUDGETS.findSentence / Math.max(1, check.sentences.length));
      const quoted = `> ${check.sentences.map((f) => highlighted(f, budget)).join(' ')}`;
      const diffs = check.sentences
        .filter((f) => f.diff?.some((d) => d.kind !== 'same'))
        .map((f) => `Differs: ${differences(f.diff ?? [], BUDGETS.findDiff)}`);
      const unmatched = (check.unmatched ?? []).map((u) => `Not in any readout: “${verbatim(truncate(u, BUDGETS.findUnmatched))}”`);
      const also = (check.also ?? []).map((a) => `Also: ${citationLine(a)}`);
      return {
        name: `${VERDICT_LABEL[check.verdict]}${where}`,
        value: [quoted, ...diffs, ...unmatched, ...(lead ? [citationLine(lead)] : []), ...also].join('\n'),
      };
    }
    case 'supported':
    case 'contradicted':
      return {
        name: VERDICT_LABEL[check.verdict],
        value: [said, ...check.sentences.map((f) => `> ${verbatim(truncate(f.text, BUDGETS.findSupport))}\n${citationLine(f)}`)].join('\n'),
      };
    case 'not-found':
      return {
        name: VERDICT_LABEL['not-found'],
        value: [said, 'Not in any readout, nor anything close to it.', ...closeTerms(check)].join('\n'),
      };
    case 'unsupported':
      return { name: VERDICT_LABEL.unsupported, value: [said, NOT_SAID, ...closeTerms(check)].join('\n') };
    case 'too-general':
      return {
        name: VERDICT_LABEL['too-general'],
        value: `${said}\nIts words are in too many readouts to tell; name a person, place or topic.`,
      };
  }
}

export function renderFind(answer: FindAnswer, footer: Footer): Parts {
  const legend = answer.checks.some((c) => c.sentences.some((f) => f.diff?.some((d) => d.kind !== 'same')))
    ? "\nIn the differences, **bold** is the readout's wording, ~~struck~~ the message's."
    : '';
  const found = answer.checks.some((c) => c.sentences.length > 0);
  return {
    embeds: [
      embed({
        title: 'Find in readouts',
        description: `${verbatim(answer.headline)}${legend}`,
        fields: answer.checks.map(findField),
        footer: footerText(footer),
        color: found ? COLOURS.answer : COLOURS.miss,
      }),
    ],
    components: [],
  };
}

/** Autocomplete choices from completions, labelled by kind of match. */
export function completionChoices(completions: Completion[]): { label: string; value: string }[] {
  return completions.map((c) => ({ label: c.label, value: c.value }));
}
