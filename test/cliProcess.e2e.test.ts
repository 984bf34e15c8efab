/**
 * The `readout` command as a real process, where the operating system's
 * pipes behave as in a shell: `readout batch < questions | head`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './support/tmp.ts';

const BIN = join(resolve(import.meta.dirname, '..'), 'src/bin.js');

describe('readout batch in a pipeline', () => {
  it('GIVEN the reader closes the pipe after one line (| head -1) THEN batch ends quietly, exit 0', async () => {
    const child = spawn(process.execPath, [BIN, 'batch'], { cwd: tempFolder(), env: { PATH: process.env.PATH, CACHE_DIR: tempFolder() } });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    const line = '{"command":"ask","input":"what about Mageshima?"}\n';
    child.stdin.on('error', () => {});
    child.stdin.end(line.repeat(5000));
    const [first] = (await once(child.stdout, 'data')) as [Buffer];
    expect(first.toString().startsWith('{"command":"ask","input":"what about Mageshima?"')).toBe(true);
    child.stdout.destroy();
    const [code] = await once(child, 'exit');
    expect({ code, err }).toEqual({ code: 0, err: '' });
  }, 30_000);
});
