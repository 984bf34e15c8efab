/**
 * The `readout` command as a real process (src/bin.js), where the operating
 * system's pipes behave as in a shell: `readout batch < questions | head`.
 * The same commands in process are test/cli/answer.test.ts and corpus.test.ts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../support/tmp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'src/bin.js');

describe('the readout command as a process', () => {
  it('runs from the package bin on a fresh checkout', () => {
    const out = execFileSync(process.execPath, [BIN, 'inspect', 'corpus/001-esper-kono-guam.md'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out.split('\n')[2]).toBe('Date:     2020-08-29 (from front matter)');
  });

  it('GIVEN a running batch process THEN each answer is written before the next line is sent', async () => {
    const child = spawn(process.execPath, [BIN, 'batch'], { cwd: ROOT });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write('{"command":"quote","input":"job number one"}\n');
    const first = JSON.parse((await lines.next()).value as string);
    expect([first.results[0].date, first.results[0].text]).toEqual([
      '2021-06-01',
      'He stressed that deterrence and defense remain NATO’s job number one.',
    ]);
    child.stdin.write('{"command":"ask","input":"what about Kosovo?"}\n');
    const second = JSON.parse((await lines.next()).value as string);
    expect([second.results[0].doc, second.results[0].text]).toEqual([
      '108-mattis-stoltenberg-pentagon.md',
      "They also discussed enhancing NATO's role in fighting terrorism and defeating ISIS, and NATO's missions in Afghanistan and Kosovo.",
    ]);
    child.stdin.end();
    const [exitCode] = await once(child, 'exit');
    expect(exitCode).toBe(0);
  });
});

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
  });
});
