/**
 * A timeline's readouts per year (per month when they span under two years)
 * as a PNG bar chart, drawn on the server: Chart.js 4 on a Skia canvas
 * (@napi-rs/canvas, prebuilt binaries from npm), no browser. Both front ends
 * use it: the Discord timeline attaches it, the console's `timeline --chart
 * FILE.png` writes it.
 *
 * @example
 * const bins = chartBins({ results: [{ date: '2017-02-03' }, { date: '2017-10-28' }, { date: '2020-08-29' }] });
 * bins.map((b) => `${b.label} ${b.count}`)  // → ['2017 2', '2018 0', '2019 0', '2020 1']
 * readoutsChart(bins, 'North Korea').subarray(1, 4).toString()  // → 'PNG'
 */
import { createCanvas } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, type ChartItem, type Plugin } from 'chart.js';
import type { Answer } from '../answer/types.ts';
import { MONTHS } from '../text/dates.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title);

/** The drawing's size and colours: light, so it reads in Discord's dark and light themes alike. */
export const CHART = {
  width: 800,
  height: 360,
  background: '#ffffff',
  bar: '#3b6ea5',
  text: '#2e3338',
  grid: '#e3e5e8',
  /** A timeline needs at least this many readouts for a chart (fewer read better as a list). */
  minReadouts: 6,
} as const;

export interface Bin {
  label: string;
  count: number;
}

/**
 * The bars for a timeline answer: per month when its first and last readouts
 * are under two years apart (and the answer counted months), else per year;
 * every year or month in between is shown, with 0 where there were none,
 * so gaps read as gaps. Undated readouts have no place on a time axis.
 */
export function chartBins(answer: Pick<Answer, 'years' | 'months' | 'results'>): Bin[] {
  // A whole timeline (no window) has every readout: count them here.
  if (!answer.years) return chartBins(countsOf(answer.results.map((r) => r.date)));
  if (answer.months && answer.months.length > 0) {
    const by = new Map(answer.months.map((m) => [m.month, m.count]));
    const keys = answer.months.map((m) => m.month).sort();
    const out: Bin[] = [];
    let [y, m] = (keys[0] as string).split('-').map(Number) as [number, number];
    const [lastY, lastM] = (keys[keys.length - 1] as string).split('-').map(Number) as [number, number];
    while (y < lastY || (y === lastY && m <= lastM)) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      const name = MONTHS[m - 1] ?? '';
      out.push({ label: `${name.slice(0, 1).toUpperCase()}${name.slice(1, 3)} ${y}`, count: by.get(key) ?? 0 });
      m++;
      if (m > 12) [y, m] = [y + 1, 1];
    }
    return out;
  }
  const dated = (answer.years ?? []).filter((y): y is { year: number; count: number } => y.year !== null);
  if (dated.length === 0) return [];
  const by = new Map(dated.map((y) => [y.year, y.count]));
  const first = Math.min(...dated.map((y) => y.year));
  const last = Math.max(...dated.map((y) => y.year));
  const out: Bin[] = [];
  for (let y = first; y <= last; y++) out.push({ label: String(y), count: by.get(y) ?? 0 });
  return out;
}

/** Readouts per year, and per month when the dated ones are under two years apart, from their dates. */
function countsOf(dates: readonly (string | null)[]): Pick<Answer, 'years' | 'months' | 'results'> {
  const dated = dates.filter((d): d is string => d !== null).sort();
  const tally = (key: (d: string) => string) => {
    const out = new Map<string, number>();
    for (const d of dated) out.set(key(d), (out.get(key(d)) ?? 0) + 1);
    return [...out];
  };
  const years = tally((d) => d.slice(0, 4)).map(([y, count]) => ({ year: Number(y), count }));
  const first = dated[0];
  const last = dated[dated.length - 1];
  const span =
    first && last ? (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) : 0;
  const months = span < 24 && dated.length ? tally((d) => d.slice(0, 7)).map(([month, count]) => ({ month, count })) : undefined;
  return { years, ...(months ? { months } : {}), results: [] };
}

/** Fills the canvas before Chart.js draws: a PNG is transparent otherwise, and unreadable on a dark theme. */
const background: Plugin<'bar'> = {
  id: 'readoutBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = CHART.background;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** The chart as PNG bytes. */
export function readoutsChart(bins: readonly Bin[], topic: string): Buffer {
  const { canvas, chart } = drawn(bins, topic);
  const png = canvas.toBuffer('image/png');
  // Only after encoding: destroying a chart clears its canvas.
  chart.destroy();
  return png;
}

/**
 * The same, encoded off the main thread (the PNG encoding is about a third of
 * the cost; the drawing itself is synchronous): for a server answering others
 * meanwhile.
 */
export async function readoutsChartAsync(bins: readonly Bin[], topic: string): Promise<Buffer> {
  const { canvas, chart } = drawn(bins, topic);
  try {
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}

function drawn(bins: readonly Bin[], topic: string) {
  const canvas = createCanvas(CHART.width, CHART.height);
  const per = bins.some((b) => /\s/.test(b.label)) ? 'month' : 'year';
  const chart = new Chart(canvas.getContext('2d') as unknown as ChartItem, {
    type: 'bar',
    data: {
      labels: bins.map((b) => b.label),
      datasets: [{ data: bins.map((b) => b.count), backgroundColor: CHART.bar, borderRadius: 3, maxBarThickness: 48 }],
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      layout: { padding: 12 },
      plugins: {
        title: { display: true, text: `Readouts per ${per} that mention ${topic}`, color: CHART.text, font: { size: 18 } },
      },
      scales: {
        x: { ticks: { color: CHART.text, font: { size: 13 } }, grid: { display: false } },
        y: {
          beginAtZero: true,
          ticks: { color: CHART.text, precision: 0, font: { size: 13 } },
          grid: { color: CHART.grid },
        },
      },
    },
    plugins: [background],
  });
  return { canvas, chart };
}
