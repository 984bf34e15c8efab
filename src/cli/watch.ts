/**
 * `readout watch` — keep the corpus current from the publisher's feed:
 * `--once` does one pass and prints what it added, skipped and could not
 * fetch; `--status` prints the watcher's state; with neither it polls until
 * stopped (Ctrl-C). The watching itself is src/publisher/watch.ts.
 */
import type { Config } from '../config.ts';
import { readState } from '../publisher/state.ts';
import { describeCursor } from '../publisher/backfill.ts';
import { watchSettings } from '../publisher/settings.ts';
import { runWatcher, watchPass, type PassReport, type WatchSettings } from '../publisher/watch.ts';
import type { Io } from './io.ts';
import { openStore } from '../store/store.ts';

export interface WatchOptions {
  config: Config;
  corpusDir: string;
  once: boolean;
  status: boolean;
}

export async function runWatch(options: WatchOptions, io: Io, interactive = false): Promise<number> {
  // With DATABASE_URL the watcher's state is the one the workers share (src/store/), not the file.
  const store = options.config.DATABASE_URL ? await openStore(options.config) : null;
  try {
    const settings = { ...watchSettings(options.config, options.corpusDir), ...(store ? { state: store.watch(options.corpusDir) } : {}) };
    return await watchWith(settings, io, options, interactive);
  } finally {
    await store?.close();
  }
}

async function watchWith(settings: WatchSettings, io: Io, options: WatchOptions, interactive: boolean): Promise<number> {
  const warn = (message: string) => io.err(`readout: warning: ${message}\n`);
  if (options.status) {
    io.out(await describeStatus(settings, warn));
    return 0;
  }
  if (options.once) {
    const report = await watchPass(settings, { warn, progress: progress(io, interactive) });
    io.out(describePass(report));
    return report.feeds.some((f) => f.outcome === 'failed') ? 1 : 0;
  }
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  io.err(`Watching ${settings.feeds.join(', ')} every ${settings.intervalMs / 60_000} minutes into ${settings.corpusDir} (Ctrl-C stops)\n`);
  try {
    await runWatcher(settings, {
      signal: controller.signal,
      warn,
      progress: progress(io, interactive),
      onPass: (report) => io.out(`${new Date().toISOString()}\n${describePass(report)}`),
      onError: (error) => io.err(`readout: watch pass failed: ${error instanceof Error ? error.message : String(error)}\n`),
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  return 0;
}

/**
 * "Importing new readouts: 3/40", on long first passes: silent for the first
 * second, then rewritten in place on a terminal, a line a second at most in a log.
 */
function progress(io: Io, interactive: boolean): (done: number, total: number) => void {
  let started = 0;
  let shown = false;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done === 0) started = now;
    if (now - started < 1000 && done < total) return;
    if (!shown && done >= total) return;
    if (!interactive && now - last < 1000 && done < total) return;
    shown = true;
    last = now;
    const line = `Importing new readouts: ${done}/${total}`;
    io.err(interactive ? `\r${line}${done >= total ? '\n' : ''}` : `${line}\n`);
  };
}

export function describePass(report: PassReport): string {
  const lines: string[] = [];
  for (const feed of report.feeds) {
    if (feed.outcome === 'read') lines.push(`feed ${feed.url}: ${feed.items} items`);
    else if (feed.outcome === 'not modified') lines.push(`feed ${feed.url}: not modified since the last poll`);
    else if (feed.outcome === 'waiting') lines.push(`feed ${feed.url}: ${feed.message}`);
    else lines.push(`feed ${feed.url}: could not be read: ${feed.message}`);
  }
  for (const a of report.added) {
    lines.push(`added ${a.file} (${a.date}): ${a.title}${a.archived ? ` (from the Internet Archive's copy ${a.archived})` : ''}`);
  }
  for (const s of report.skipped) lines.push(`skipped ${s.title}: ${s.why}`);
  const counted = Object.entries(report.skippedCounts ?? {});
  for (const [why, n] of counted) lines.push(`skipped ${n} ${n === 1 ? 'release' : 'releases'}: ${why}`);
  const skipped = report.skipped.length + counted.reduce((sum, [, n]) => sum + n, 0);
  for (const f of report.failed) {
    const next = f.nextAttemptAt ? `try ${f.attempts} failed; next try after ${f.nextAttemptAt}` : `gave up after ${f.attempts} tries`;
    lines.push(`could not fetch ${f.title}: ${f.why}`, `  needs a manual import (${next}): ${f.link}`);
  }
  const waiting = report.waiting ? `, ${report.waiting} waiting for a retry or a manual import (see watch --status)` : '';
  lines.push(`${report.added.length} added, ${skipped} skipped, ${report.failed.length} could not be fetched${waiting}`);
  return `${lines.join('\n')}\n`;
}

async function describeStatus(settings: WatchSettings, warn: (message: string) => void): Promise<string> {
  const state = await (settings.state ? settings.state.read(warn) : readState(settings.statePath, settings.corpusDir, warn));
  const lines = [`Watch state: ${settings.state?.where ?? settings.statePath}`, `Corpus: ${settings.corpusDir}`];
  for (const url of settings.feeds) {
    const feed = state.feeds[url];
    if (!feed) {
      lines.push(`Feed ${url}: never polled`);
      continue;
    }
    lines.push(
      `Feed ${url}`,
      `  last polled: ${feed.lastPollAt ?? 'never'}`,
      `  validators: ETag ${feed.etag ?? '(none)'}, Last-Modified ${feed.lastModified ?? '(none)'}`,
      `  next poll: ${feed.nextPollAt ? `not before ${feed.nextPollAt}` : 'at the usual interval'}`,
      ...(feed.failures ? [`  failures in a row: ${feed.failures}; last: ${feed.lastError}`] : []),
    );
  }
  const backfill = describeCursor(state);
  if (backfill) lines.push(`Backfill: ${backfill}`);
  const seen = Object.values(state.seen);
  lines.push(`Articles handled: ${seen.length} (${seen.filter((file) => file !== null).length} in the corpus)`);
  const failed = Object.values(state.failed);
  lines.push(`Needs a manual import: ${failed.length}`);
  for (const f of failed) {
    const next = f.nextAttemptAt ? `next try after ${f.nextAttemptAt}` : 'no more automatic tries';
    lines.push(
      `  ${f.title}`,
      `    ${f.link}`,
      `    ${f.attempts} tries, last ${f.lastTriedAt}: ${f.lastError}`,
      `    ${next}; or save the page and run: readout import <file>.html`,
    );
  }
  return `${lines.join('\n')}\n`;
}
