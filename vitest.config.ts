/**
 * Projects: `unit` (the engine, the CLI and the Discord payloads, in process),
 * `e2e` (the real discord.js client against the fake gateway: the harness
 * itself, the bot, bot processes and shards) and `timed` (the files that
 * assert a latency or a time bound: the bot's reply times, the fuzzed answers'
 * bound, the short soak) and `cluster` (PostgreSQL, two serve replicas, two
 * workers and HAProxy on loopback, alone, last). `npm test` runs all four; `npm run test:unit` only
 * the fast, in-process ones.
 *
 * Two files at a time: vitest's default on a 2-core machine (cores − 1) is one,
 * yet most files spend their time waiting on child processes, sockets and
 * timers. The `timed` files run last, one at a time, so a neighbour's child
 * processes never count against their bounds.
 */
import { defineConfig } from 'vitest/config';

const TIMED = ['test/discord/load.e2e.test.ts', 'test/discord/bot.e2e.test.ts', 'test/fuzz.test.ts'];
const E2E = ['test/**/*.e2e.test.ts', 'test/support/*.test.ts'];
/** Several machines on one: PostgreSQL, serve replicas, workers, HAProxy (tools/cluster.ts). */
const CLUSTER = ['test/cluster/*.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...E2E, ...TIMED, ...CLUSTER] } },
      { extends: true, test: { name: 'e2e', include: E2E, exclude: [...TIMED, ...CLUSTER] } },
      { extends: true, test: { name: 'timed', include: TIMED, maxWorkers: 1, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'cluster', include: CLUSTER, maxWorkers: 1, sequence: { groupOrder: 2 } } },
    ],
  },
});
