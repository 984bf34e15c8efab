/** Temporary folders for tests, removed after the run. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
// Under vitest only: `npm run soak` loads these helpers (through fixtures.ts) outside any test run,
// where registering a hook throws "Vitest failed to find the current suite".
if (process.env.VITEST) {
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
}

/** A fresh folder holding `files` (path → contents). */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-test-'));
  made.push(dir);
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

/** A minimal valid readout file. */
export function readoutMd(title: string, date: string, body: string, extra = ''): string {
  return `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n${body}\n`;
}
