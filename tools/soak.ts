/**
 * `npm run soak [-- --interactions N --users N --seconds N]`: load through the
 * fake gateway (default 2,000 interactions from 50 users over 60 s) and print
 * whether every one was answered once, in order per user, the dispatch-to-reply
 * latency and the heap before and after.
 */
import { parseArgs } from 'node:util';
import { soak } from '../test/support/soak.ts';

const { values } = parseArgs({
  options: { interactions: { type: 'string' }, users: { type: 'string' }, seconds: { type: 'string' } },
});
const report = await soak({
  interactions: Number(values.interactions ?? 2000),
  users: Number(values.users ?? 50),
  seconds: Number(values.seconds ?? 60),
});
console.log(
  [
    `interactions ${report.interactions} from ${report.users} users over ${report.seconds} s`,
    `answered ${report.answered}/${report.interactions}, answered twice ${report.duplicates}, users out of order ${report.outOfOrderUsers}`,
    `dispatch → reply: p50 ${report.p50ms} ms, p99 ${report.p99ms} ms, max ${report.maxMs} ms`,
    `heap after GC: ${report.heapBeforeMb} MB before, ${report.heapAfterMb} MB after`,
  ].join('\n'),
);
const ok = report.answered === report.interactions && report.duplicates === 0 && report.outOfOrderUsers === 0;
process.exitCode = ok ? 0 : 1;
