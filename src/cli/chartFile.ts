/**
 * `timeline … --chart FILE.png`, on the command line and in the console: the
 * timeline's readouts-per-year chart (src/chart/readoutsChart.ts) written to
 * a file, or one line saying why there is none.
 */
import { writeFileSync } from 'node:fs';
import type { Answer } from '../answer/types.ts';
import type { Io } from './io.ts';
import { UsageError } from '../errors.ts';

/** `timeline --chart FILE.png`: the readouts-per-year chart, or why there is none. */
export async function writeChart(answer: Answer, file: string, io: Io): Promise<number> {
  if (answer.none) {
    io.err('readout: no chart written: the timeline has no readouts\n');
    return 1;
  }
  // Chart.js and the canvas load only when a chart is asked for.
  const { chartBins, readoutsChart } = await import('../chart/readoutsChart.ts');
  const bins = chartBins(answer);
  if (bins.length === 0) {
    io.err('readout: no chart written: none of these readouts is dated\n');
    return 1;
  }
  try {
    writeFileSync(file, readoutsChart(bins, answer.headline.split(':')[0] ?? answer.input));
  } catch (error) {
    throw new UsageError(`could not write the chart to ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  io.err(`Chart written to ${file}\n`);
  return 0;
}
