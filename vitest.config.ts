/**
 * Two projects: `unit` (the engine, the CLI and the Discord payloads, in
 * process) and `e2e` (the real discord.js client against the fake gateway:
 * the harness itself, the bot, bot processes and shards, load). `npm test` runs both;
 * `npm run test:unit` only the fast ones.
 */
import { defineConfig } from 'vitest/config';

const E2E = ['test/**/*.e2e.test.ts', 'test/support/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E } },
      { extends: true, test: { name: 'e2e', include: E2E } },
    ],
  },
});
