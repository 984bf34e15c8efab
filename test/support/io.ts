/** Run the CLI in-process with captured output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export function fakeIo(stdin = '', env: NodeJS.ProcessEnv = {}): Io & { output: () => { out: string; err: string } } {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdin: Readable.from([stdin]),
    env,
    output: () => ({ out, err }),
  };
}

/** Snapshots from tests go to a temporary folder, not the checkout's .cache. */
const CACHE_DIR = mkdtempSync(join(tmpdir(), 'readout-snapshots-'));

export async function run(argv: string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const io = fakeIo(stdin, { CACHE_DIR, ...env });
  const code = await main(argv, io);
  return { code, ...io.output() };
}
