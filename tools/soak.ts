/**
 * `npm run soak [-- --interactions N --users N --seconds N] [--watch]`: load
 * through the fake gateway (default 2,000 interactions from 50 users over 60 s)
 * and print whether every one was answered once, in order per user, the
 * dispatch-to-reply latency and the heap before and after. With `--watch`, the
 * publisher's watcher runs too, and readouts released into a local feed during
 * the run are imported, hot-reloaded and announced (each once).
 */
import { parseArgs } from 'node:util';
import { soak } from '../test/support/soak.ts';

const { values } = parseArgs({
  options: { interactions: { type: 'string' }, users: { type: 'string' }, seconds: { type: 'string' }, watch: { type: 'boolean' } },
});
const report = await soak({
  interactions: Number(values.interactions ?? 2000),
  users: Number(values.users ?? 50),
  seconds: Number(values.seconds ?? 60),
  watch: values.watch ?? false,
});
console.log(
  [
    `interactions ${report.interactions} from ${report.users} users over ${report.seconds} s`,
    `answered ${report.answered}/${report.interactions}, answered twice ${report.duplicates}, users out of order ${report.outOfOrderUsers}`,
    `dispatch → reply: p50 ${report.p50ms} ms, p99 ${report.p99ms} ms, max ${report.maxMs} ms`,
    `heap after GC: ${report.heapBeforeMb} MB before, ${report.heapAfterMb} MB after`,
    ...(report.watched
      ? [
          `watcher: ${report.watched.released} readouts released, ${report.watched.announced} announced, corpus now ${report.watched.readoutsAfter}`,
        ]
      : []),
  ].join('\n'),
);
const ok =
  report.answered === report.interactions &&
  report.duplicates === 0 &&
  report.outOfOrderUsers === 0 &&
  (!report.watched || report.watched.announced === report.watched.released);
process.exitCode = ok ? 0 : 1;
