/**
 * Answers as Discord messages: embeds, buttons and menus, built through
 * src/discord/respond.ts so every limit holds. Corpus text is shown exactly as
 * written: Markdown characters in it are escaped.
 */
import { escapeMarkdown, ButtonStyle } from 'discord.js';
import type { Answer, Citation, Result } from '../answer/types.ts';
import type { Completion } from '../answer/complete.ts';
import { NOT_SAID } from '../answer/find.ts';
import { VERDICT_LABEL, type Check, type FindAnswer, type FoundSentence } from '../answer/findTypes.ts';
import type { DiffPart } from '../answer/findDiff.ts';
import type { SourceEntry } from '../engine/engine.ts';
import type { Sentence } from '../corpus/readout.ts';
import { buttonRows, embed, selectRow, truncate, type Row } from './respond.ts';
import { encodeState, textCheck } from './customId.ts';
import { listsFewerThanCounted, MAX_TOPIC } from '../answer/types.ts';
import { readingLine } from '../answer/notes.ts';
import { BUDGETS, LIMITS } from './limits.ts';
import type { APIEmbed } from 'discord.js';

export interface Parts {
  content?: string;
  embeds: APIEmbed[];
  components: Row[];
}

/** "Searched 32 readouts · corpus 1a2b3c4d" */
export interface Footer {
  searched: number;
  version: string;
}

const footerText = (f: Footer, extra = '') =>
  `Searched ${f.searched} readout${f.searched === 1 ? '' : 's'} · corpus ${f.version}${extra ? ` · ${extra}` : ''}`;

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

function titleLink(c: Pick<Citation, 'title' | 'source'>, max: number = BUDGETS.citationTitle): string {
  const title = verbatim(truncate(c.title, max)).replace(/[[\]]/g, '');
  return c.source ? `[${title}](${c.source})` : title;
}

function citationLine(c: Citation): string {
  return `${c.date ?? 'undated'} · ${titleLink(c)} · \`${c.doc}\``;
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

export function renderAsk(answer: Answer, footer: Footer, owner: string): Parts {
  if (answer.none) {
    return {
      embeds: [embed({ title: verbatim(answer.input), description: noneDescription(answer), footer: footerText(footer) })],
      components: missMenu(answer, owner),
    };
  }
  const fields = answer.results.map((r, i) => {
    const also = (r.also ?? []).map((a) => `\nAlso: ${citationLine(a)}`).join('');
    return {
      name: `${i + 1}. ${r.date ?? 'undated'} · ${truncate(r.title, BUDGETS.askTitle)}`,
      value: `${truncate(`> ${verbatim(r.text)}`, BUDGETS.askSentence)}\n${citationLine(r)}${also}`,
    };
  });
  return {
    embeds: [
      embed({
        title: verbatim(answer.input),
        description: `${verbatim(answer.headline)}${moreHint(answer)}${howRead(answer)}`,
        fields,
        footer: footerText(footer),
      }),
    ],
    components: contextButtons(answer.results),
  };
}

export function renderQuote(answer: Answer, footer: Footer, owner: string): Parts {
  if (answer.none) {
    const closest = (answer.closest ?? []).map((r) => `> ${verbatim(r.text)}\n— ${citationLine(r)}`).join('\n\n');
    const description = closest ? `${noneDescription(answer)}\n\n**Closest (not exact):**\n${closest}` : noneDescription(answer);
    return {
      embeds: [embed({ title: `Quote: ${verbatim(answer.input)}`, description, footer: footerText(footer) })],
      components: missMenu(answer, owner),
    };
  }
  const blocks: string[] = [];
  let used = answer.headline.length + 2;
  for (const r of answer.results) {
    const block = `> ${verbatim(r.text)}\n— ${citationLine(r)}`;
    if (used + block.length + BUDGETS.quoteTail > LIMITS.embedDescription) break;
    blocks.push(block);
    used += block.length + 2;
  }
  const more = answer.results.length - blocks.length;
  const tail = more > 0 ? `\n\n…and ${more} more; add words to the phrase to narrow it.` : '';
  return {
    embeds: [
      embed({
        title: `Quote: ${verbatim(answer.input)}`,
        description: `${verbatim(answer.headline)}\n\n${blocks.join('\n\n')}${tail}`,
        footer: footerText(footer),
      }),
    ],
    components: contextButtons(answer.results.slice(0, blocks.length)),
  };
}

/** One timeline entry: date, linked title, the first mention cut to `sentence` characters. */
function timelineLine(r: Result, sentence: number): string {
  return `**${r.date ?? 'undated'}** · ${titleLink(r, BUDGETS.timelineTitle)}\n> ${verbatim(truncate(r.text, sentence))}`;
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

/**
 * A timeline page. The answer holds either every readout (results sliced
 * here) or, from Engine.timeline with a window, the page's alone (`offset`
 * says where they start); either way only the page's entries are formatted.
 */
export function renderTimeline(
  answer: Answer,
  footer: Footer,
  owner: string,
  page: number,
  range: { from?: string | undefined; to?: string | undefined },
): Parts {
  if (answer.none) {
    return {
      embeds: [embed({ title: `Timeline: ${verbatim(answer.input)}`, description: noneDescription(answer), footer: footerText(footer) })],
      components: missMenu(answer, owner),
    };
  }
  const perPage = BUDGETS.timelinePerPage;
  const total = answer.count ?? answer.results.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const windowed = answer.offset !== undefined;
  const at = windowed ? Math.floor((answer.offset as number) / perPage) : Math.min(Math.max(0, page), pages - 1);
  const entries = windowed ? answer.results.slice(0, perPage) : answer.results.slice(at * perPage, (at + 1) * perPage);
  const long = pages > BUDGETS.timelineYearsFromPages && answer.years !== undefined && answer.years.length > 0;
  const header = [verbatim(answer.headline) + howRead(answer), ...(long && at === 0 ? [yearCounts(answer.years ?? [])] : [])].join('\n');
  const components: Row[] = [];
  // Page buttons carry the whole query; topics too long for a custom_id get one page.
  if (pages > 1 && answer.input.length <= MAX_TOPIC) {
    const state = (p: number) => encodeState({ kind: 'timeline', page: p, owner, topic: answer.input, ...range });
    components.push(
      ...buttonRows([
        { customId: state(Math.max(0, at - 1)), label: 'Previous', disabled: at === 0, style: ButtonStyle.Primary },
        { customId: state(Math.min(pages - 1, at + 1)), label: 'Next', disabled: at === pages - 1, style: ButtonStyle.Primary },
      ]),
    );
    if (long) components.push(yearMenu(answer.years ?? [], owner, answer.input, range));
  }
  return {
    embeds: [
      embed({
        title: `Timeline: ${verbatim(answer.input)}`,
        description: `${header}\n\n${timelinePage(entries, LIMITS.embedDescription - header.length - 2)}`,
        footer: footerText(footer, pages > 1 ? `page ${at + 1}/${pages}` : ''),
      }),
    ],
    components,
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
  const lines = entries.map((s) => `**${s.date ?? 'undated'}** · ${titleLink(s, BUDGETS.sourcesTitle)}`);
  const state = (p: number) => encodeState({ kind: 'sources', page: p, owner });
  return {
    embeds: [
      embed({
        title: `Readouts in the corpus (${total})`,
        description: lines.join('\n') || 'The corpus is empty.',
        footer: footerText({ ...footer, searched: total }, pages > 1 ? `page ${at + 1}/${pages}` : ''),
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
  return {
    embeds: [
      embed({
        title: verbatim(sentence.title),
        url: sentence.source,
        description: text,
        footer: `${sentence.date ?? 'undated'} · ${sentence.doc} · paragraph ${sentence.paragraph}`,
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
      const where = lead ? ` · ${lead.date ?? 'undated'} · ${truncate(lead.title, BUDGETS.findTitle)}` : '';
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
  return {
    embeds: [
      embed({
        title: 'Find in readouts',
        description: `${verbatim(answer.headline)}${legend}`,
        fields: answer.checks.map(findField),
        footer: footerText(footer),
      }),
    ],
    components: [],
  };
}

/** Autocomplete choices from completions, labelled by kind of match. */
export function completionChoices(completions: Completion[]): { label: string; value: string }[] {
  return completions.map((c) => ({ label: c.label, value: c.value }));
}
