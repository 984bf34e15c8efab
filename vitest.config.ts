/**
 * Projects: `unit` (the engine, the CLI and the Discord payloads, in process),
 * `e2e` (the real discord.js client against the fake gateway: the harness
 * itself, the bot, bot processes and shards) and `timed` (the files that
 * assert a latency or a time bound: the bot's reply times, the fuzzed answers'
 * bound, the short soak). `npm test` runs all three; `npm run test:unit` only
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

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...E2E, ...TIMED] } },
      { extends: true, test: { name: 'e2e', include: E2E, exclude: TIMED } },
      { extends: true, test: { name: 'timed', include: TIMED, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
