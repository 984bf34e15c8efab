/**
 * Three projects: `unit` (the engine, the CLI and the Discord payloads, in
 * process), `e2e` (the real discord.js client against the fake gateway:
 * the harness itself, the bot, bot processes and shards) and `load` (the
 * short soak). `npm test` runs all three; `npm run test:unit` only the fast ones.
 *
 * Two files at a time: vitest's default on a 2-core machine (cores − 1) is one,
 * yet most files spend their time waiting on child processes, sockets and
 * timers. The load test measures latency and heap, so it runs last, alone.
 */
import { defineConfig } from 'vitest/config';

const LOAD = ['test/discord/load.e2e.test.ts'];
const E2E = ['test/**/*.e2e.test.ts', 'test/support/*.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E } },
      { extends: true, test: { name: 'e2e', include: E2E, exclude: LOAD } },
      { extends: true, test: { name: 'load', include: LOAD, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
