/** What many tests share: a token of a bot token's shape, log capture, the engine on the bundled corpus. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { Engine } from '../../src/engine/engine.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { readoutMd, tempFolder } from './tmp.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Passes the DISCORD_TOKEN check (three dot-separated parts); the fake Discord accepts it. */
export const FAKE_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.fake-token-for-tests-only_1234567890';

/** A log destination that keeps every line written to it (pino writes one JSON line per call). */
export function captureLogs(): { lines: string[]; destination: Writable } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

let bundled: Engine | undefined;

/**
 * The engine on the bundled corpus, built once per module scope: once per worker in the `unit` project
 * (its files share modules, vitest.config.ts), once per file in the others. Shared: never patch it;
 * build `new Engine(index, report)` on its index for an engine of your own.
 */
export function bundledEngine(): Engine {
  bundled ??= Engine.load(BUNDLED_CORPUS);
  return bundled;
}

const folders = new Map<string, Engine>();

/**
 * The engine on one of the repo's test corpus folders (`test/corpus-unseen5`, …), built once per module scope
 * as `bundledEngine` is. Shared: never patch it.
 */
export function testCorpusEngine(folder: string): Engine {
  let engine = folders.get(folder);
  if (!engine) folders.set(folder, (engine = Engine.load(resolve(ROOT, 'test', folder))));
  return engine;
}

/**
 * `npm start` with a token, as a real process against the fake Discord at
 * `apiUrl`: started in an empty folder (no .env, so only these settings
 * apply), everything it prints kept in `output()`.
 */
export function spawnBot(
  apiUrl: string,
  env: Record<string, string> = {},
): { child: ChildProcessWithoutNullStreams; output: () => string } {
  const child = spawn(process.execPath, [join(ROOT, 'src/bin.js')], {
    cwd: tempFolder(),
    env: { PATH: process.env.PATH, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: apiUrl, LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** An engine over one readout written in the test: the smallest corpus that shows a rule. */
export function oneReadout(title: string, date: string, body: string): Engine {
  return readoutsEngine(readoutMd(title, date, body));
}

/** An engine over readouts written in the test (readoutMd texts), one file each: a rule and what it must not catch. */
export function readoutsEngine(...readouts: string[]): Engine {
  return Engine.load(tempFolder(Object.fromEntries(readouts.map((md, k) => [`${String.fromCharCode(97 + k)}.md`, md]))));
}
