/**
 * `readout backfill [--since YYYY-MM-DD] [--pages N]` — fill the corpus from
 * the publisher's archive (src/publisher/backfill.ts), showing progress: a
 * bar (cli-progress) on a terminal, a plain line per page in a log. Ends with
 * the summary `watch --once` prints. Ctrl-C stops after the current request;
 * the next run resumes.
 */
import cliProgress from 'cli-progress';
import type { Config } from '../config.ts';
import { backfill, type BackfillCounts, type BackfillProgress, type BackfillReport, type BackfillSettings } from '../publisher/backfill.ts';
import { openStore } from '../store/store.ts';
import { backfillSettings } from '../publisher/settings.ts';
import type { Io } from './io.ts';
import { describePass } from './watch.ts';

export interface BackfillCliOptions {
  config: Config;
  corpusDir: string;
  since: string | null;
  pages: number | null;
}

export async function runBackfill(options: BackfillCliOptions, io: Io, interactive = false): Promise<number> {
  // With DATABASE_URL the watcher's state is the one the workers share (src/store/), not the file.
  const store = options.config.DATABASE_URL ? await openStore(options.config) : null;
  try {
    const settings = {
      ...backfillSettings(options.config, options.corpusDir),
      ...(store ? { state: store.watch(options.corpusDir) } : {}),
    };
    return await backfillWith(settings, options, io, interactive);
  } finally {
    await store?.close();
  }
}

async function backfillWith(settings: BackfillSettings, options: BackfillCliOptions, io: Io, interactive: boolean): Promise<number> {
  const warn = (message: string) => io.err(`readout: warning: ${message}\n`);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const show = interactive ? progressBar() : progressLines(io);
  let report: BackfillReport;
  try {
    report = await backfill(
      settings,
      { since: options.since, pages: options.pages },
      { warn, progress: show.update, signal: controller.signal },
    );
  } finally {
    show.stop();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  io.out(describeBackfill(report, settings.listingUrl));
  return report.stoppedBy === 'rate-limited' || report.stoppedBy === 'listing failed' ? 1 : 0;
}

export function describeBackfill(report: BackfillReport, listingUrl: string): string {
  const c = report.counts;
  const lines = [
    report.resumedAt === null ? `Backfill from ${listingUrl}` : `Backfill from ${listingUrl}, resumed at page ${report.resumedAt}`,
    `${c.pages} listing ${c.pages === 1 ? 'page' : 'pages'} read: ${counts(c)}`,
    `Stopped: ${report.stopMessage}`,
  ];
  if (report.nextPage !== null) lines.push(`The next backfill resumes at page ${report.nextPage}: npm start -- backfill`);
  return `${lines.join('\n')}\n${describePass(report)}`;
}

function counts(c: BackfillCounts): string {
  return `${c.found} readouts found, ${c.added} added, ${c.present} already there, ${c.skipped} skipped, ${c.failed} failed`;
}

/** Pages a minute and the time left, from the pages read so far (the last page known or not). */
function pace(p: BackfillProgress): { rate: string; left: string } {
  const read = p.page - p.firstPage + (p.pageDone ? 1 : 0);
  const perMinute = p.elapsedMs > 0 ? (read / p.elapsedMs) * 60_000 : 0;
  const rate = `${perMinute >= 10 ? Math.round(perMinute) : perMinute.toFixed(1)} pages/min`;
  if (read <= 0) return { rate: 'rate not known yet', left: 'time left unknown' };
  if (p.lastPage === null || perMinute === 0) return { rate, left: 'time left unknown' };
  const minutes = Math.max(0, p.lastPage - p.page + (p.pageDone ? 0 : 1)) / perMinute;
  const left =
    minutes < 1
      ? 'under a minute left'
      : minutes < 120
        ? `about ${Math.round(minutes)} min left`
        : `about ${Math.round(minutes / 60)} h left`;
  return { rate, left };
}

interface Shown {
  update: (progress: BackfillProgress) => void;
  stop: () => void;
}

/** A line per page (and one a minute at most while a page is read), for logs and pipes. */
function progressLines(io: Io): Shown {
  let last = Date.now();
  return {
    update: (p) => {
      if (!p.pageDone && Date.now() - last < 60_000) return;
      last = Date.now();
      const { rate, left } = pace(p);
      const where = p.page === 0 ? 'the releases feed' : `page ${p.page}${p.lastPage ? `/${p.lastPage}` : ''}`;
      io.err(`backfill: ${where}: ${counts(p.counts)}; ${rate}, ${left}\n`);
    },
    stop: () => undefined,
  };
}

/** A bar rewritten in place on the terminal (stderr, so the summary on stdout stays clean). */
function progressBar(): Shown {
  const bar = new cliProgress.SingleBar(
    {
      format:
        'Backfill [{bar}] page {value}/{total} | {found} found, {added} added, {present} there, {skipped} skipped, {failed} failed | {rate}, {left}',
      stream: process.stderr,
      hideCursor: true,
      barsize: 20,
    },
    cliProgress.Presets.legacy,
  );
  let started = false;
  return {
    update: (p) => {
      const payload = { ...p.counts, ...pace(p), where: p.page === 0 ? 'feed' : `page ${p.page}` };
      const total = p.lastPage ?? p.page + 1;
      if (!started) {
        bar.start(total, p.pageDone ? p.page : Math.max(0, p.page - 1), payload);
        started = true;
      } else {
        bar.setTotal(Math.max(total, p.page));
        bar.update(p.pageDone ? p.page : Math.max(0, p.page - 1), payload);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
