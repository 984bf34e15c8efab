/** /timeline as Discord messages: a page of readouts, the page buttons and year menu, the readouts-per-year chart. */
import { ButtonStyle } from 'discord.js';
import type { Answer, Result } from '../../answer/types.ts';
import { MAX_TOPIC } from '../../answer/types.ts';
import { CHART, chartBins, readoutsChart, readoutsChartAsync } from '../../chart/readoutsChart.ts';
import { buttonRows, embed, selectRow, truncate, type Row } from '../respond.ts';
import { encodeState } from '../customId.ts';
import { BUDGETS, LIMITS } from '../limits.ts';
import { COLOURS, footerText, howRead, readoutLine, renderMiss, verbatim, type Chart, type Footer, type Parts } from './common.ts';

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
