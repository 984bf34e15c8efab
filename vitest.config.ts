/**
 * Six projects; where a test file lives and how it is named says which it is in.
 *
 * - `unit` — `test/*.test.ts`, the files at the root: the engine's specification (src/answer, src/text,
 *   src/search, src/corpus, src/lexicon, the engine answering in process). Pure, so its files share one
 *   module graph per worker (`isolate: false`): the lexicon is read and the bundled corpus indexed once
 *   per worker (test/support/fixtures.ts `bundledEngine()`), not once per file. A file that changes
 *   global state (timers, mocks, environment, nock) does not belong here.
 * - `app` — `test/<folder>/*.test.ts`: everything else in process, each file isolated: the CLI
 *   (cli/), Discord payloads, handlers and state (discord/), the publisher (publisher/), snapshots and
 *   hot reload (loading/), dev tools (tools/).
 * - `e2e` — `*.e2e.test.ts` and test/support's own tests: the real discord.js client against the fake
 *   Discord gateway, in process.
 * - `process` — `*.process.test.ts`: the tests that start processes (the `readout` command, the bot,
 *   shards, HTTP serve and workers, background index builds, a writer killed mid-write, PostgreSQL).
 *   A process starts in seconds on a loaded machine, not milliseconds: generous timeouts are set here
 *   once, so no such test relies on vitest's 5 s default.
 * - `timed` (the files that assert a latency or a time bound: the bot's reply times, the fuzzed answers'
 *   bound, the short soak) and `cluster` (PostgreSQL, two serve replicas, two workers and HAProxy on
 *   loopback) run last, one file at a time, so a neighbour's processes never count against their bounds.
 *
 * `npm test` runs all six; `npm run test:unit` the engine's specification alone, in seconds (README,
 * "Tests", says how long each takes). Two files at a time: vitest's default on a 2-core machine (cores − 1) is one, yet most
 * files outside `unit` spend their time waiting on child processes, sockets and timers.
 */
import { defineConfig } from 'vitest/config';

const TIMED = ['test/discord/load.e2e.test.ts', 'test/discord/bot.e2e.test.ts', 'test/fuzz.test.ts'];
const CLUSTER = ['test/cluster/*.test.ts'];
const PROCESS = ['test/**/*.process.test.ts'];
const E2E = ['test/**/*.e2e.test.ts', 'test/support/*.test.ts'];
const NOT_IN_PROCESS = [...TIMED, ...CLUSTER, ...PROCESS, ...E2E];

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/*.test.ts'],
          exclude: NOT_IN_PROCESS,
          isolate: false,
          // A hang still fails; a busy machine's slowness does not (speed is the project's measured run time).
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: { name: 'app', include: ['test/*/**/*.test.ts'], exclude: NOT_IN_PROCESS, testTimeout: 20_000, hookTimeout: 60_000 },
      },
      { extends: true, test: { name: 'e2e', include: E2E, exclude: [...TIMED, ...CLUSTER], testTimeout: 30_000, hookTimeout: 60_000 } },
      { extends: true, test: { name: 'process', include: PROCESS, testTimeout: 60_000, hookTimeout: 120_000 } },
      { extends: true, test: { name: 'timed', include: TIMED, maxWorkers: 1, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'cluster', include: CLUSTER, maxWorkers: 1, sequence: { groupOrder: 2 } } },
    ],
  },
});
