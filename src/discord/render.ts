/**
 * Answers as Discord messages: embeds, buttons and menus, built through
 * src/discord/respond.ts so every limit holds. Corpus text is shown exactly as
 * written: Markdown characters in it are escaped.
 */
import { escapeMarkdown, ButtonStyle } from 'discord.js';
import type { Answer, Citation, Result } from '../answer/types.ts';
import type { Completion } from '../answer/complete.ts';
import type { Found } from '../answer/find.ts';
import type { SourceEntry } from '../engine/engine.ts';
import type { Sentence } from '../corpus/readout.ts';
import { buttonRows, embed, selectRow, truncate, type Row } from './respond.ts';
import { encodeState, textCheck } from './customId.ts';
import { listsFewerThanCounted, MAX_TOPIC } from '../answer/types.ts';
import { LIMITS } from './limits.ts';
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

export const PAGE_LINES = 8;

const footerText = (f: Footer, extra = '') =>
  `Searched ${f.searched} readout${f.searched === 1 ? '' : 's'} · corpus ${f.version}${extra ? ` · ${extra}` : ''}`;

/**
 * Text shown as written: corpus sentences, and anything the user typed (a
 * question echoed as a title, a headline quoting it), escaped so "*", "_" or
 * a [masked](link) are not read as Markdown.
 */
export function verbatim(text: string): string {
  return escapeMarkdown(text);
}

function titleLink(c: Pick<Citation, 'title' | 'source'>, max = 120): string {
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
  const tried = answer.suggestions?.length
    ? `\nClose terms that are in the readouts: ${verbatim(answer.suggestions.join(', '))}`
    : '';
  return `${unlinked(verbatim(answer.headline))}${tried}`;
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
      name: `${i + 1}. ${r.date ?? 'undated'} · ${truncate(r.title, 200)}`,
      value: `${truncate(`> ${verbatim(r.text)}`, 700)}\n${citationLine(r)}${also}`,
    };
  });
  return {
    embeds: [embed({ title: verbatim(answer.input), description: `${verbatim(answer.headline)}${moreHint(answer)}`, fields, footer: footerText(footer) })],
    components: contextButtons(answer.results),
  };
}

export function renderQuote(answer: Answer, footer: Footer, owner: string): Parts {
  if (answer.none) {
    const closest = (answer.closest ?? [])
      .map((r) => `> ${verbatim(r.text)}\n— ${citationLine(r)}`)
      .join('\n\n');
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
    if (used + block.length + 60 > LIMITS.embedDescription) break;
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

/** Timeline lines, one per readout, split into pages that fit an embed. */
export function timelinePages(answer: Answer): string[][] {
  const lines = answer.results.map((r) => `**${r.date ?? 'undated'}** · ${titleLink(r, 90)}\n> ${verbatim(truncate(r.text, 300))}`);
  const pages: string[][] = [];
  let page: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (page.length >= PAGE_LINES || size + line.length + 2 > LIMITS.embedDescription - 400) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(line);
    size += line.length + 2;
  }
  if (page.length) pages.push(page);
  return pages;
}

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
  const pages = timelinePages(answer);
  const at = Math.min(Math.max(0, page), pages.length - 1);
  const components: Row[] = [];
  // Page buttons carry the whole query; topics too long for a custom_id get one page.
  if (pages.length > 1 && answer.input.length <= MAX_TOPIC) {
    const state = (p: number) => encodeState({ kind: 'timeline', page: p, owner, topic: answer.input, ...range });
    components.push(
      ...buttonRows([
        { customId: state(Math.max(0, at - 1)), label: 'Previous', disabled: at === 0, style: ButtonStyle.Primary },
        { customId: state(Math.min(pages.length - 1, at + 1)), label: 'Next', disabled: at === pages.length - 1, style: ButtonStyle.Primary },
      ]),
    );
  }
  return {
    embeds: [
      embed({
        title: `Timeline: ${verbatim(answer.input)}`,
        description: `${verbatim(answer.headline)}\n\n${(pages[at] ?? []).join('\n\n')}`,
        footer: footerText(footer, pages.length > 1 ? `page ${at + 1}/${pages.length}` : ''),
      }),
    ],
    components,
  };
}

export const SOURCES_PER_PAGE = 15;

export function renderSources(sources: SourceEntry[], footer: Footer, owner: string, page: number): Parts {
  const pages = Math.max(1, Math.ceil(sources.length / SOURCES_PER_PAGE));
  const at = Math.min(Math.max(0, page), pages - 1);
  const lines = sources
    .slice(at * SOURCES_PER_PAGE, (at + 1) * SOURCES_PER_PAGE)
    .map((s) => `**${s.date ?? 'undated'}** · ${titleLink(s, 150)}`);
  const state = (p: number) => encodeState({ kind: 'sources', page: p, owner });
  return {
    embeds: [
      embed({
        title: `Readouts in the corpus (${sources.length})`,
        description: lines.join('\n') || 'The corpus is empty.',
        footer: footerText({ ...footer, searched: sources.length }, pages > 1 ? `page ${at + 1}/${pages}` : ''),
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
  const text = [
    ...before.map((s) => verbatim(s.text)),
    `**${verbatim(sentence.text)}**`,
    ...after.map((s) => verbatim(s.text)),
  ].join(' ');
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

export function renderFind(found: Found[], footer: Footer): Parts {
  if (found.length === 0) {
    return {
      embeds: [embed({ title: 'Find in readouts', description: 'This message does not quote any readout.', footer: footerText(footer) })],
      components: [],
    };
  }
  const fields = found.map((f) => {
    const diff = f.exact
      ? ''
      : `\nDiffers: ${f.diff
          .map((d) => (d.kind === 'same' ? verbatim(d.words) : d.kind === 'corpus' ? `**${verbatim(d.words)}**` : `~~${verbatim(d.words)}~~`))
          .join(' ')}`;
    return {
      name: `${f.exact ? 'Exact quote' : 'Close to'} · ${f.match.date ?? 'undated'} · ${truncate(f.match.title, 180)}`,
      value: `${truncate(`> ${verbatim(f.match.text)}`, 500)}${truncate(diff, 350)}\n${citationLine(f.match)}`,
    };
  });
  const exact = found.filter((f) => f.exact).length;
  return {
    embeds: [
      embed({
        title: 'Find in readouts',
        description: `${exact} exact, ${found.length - exact} close. In the differences, **bold** is the readout's wording, ~~struck~~ the message's.`,
        fields,
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
