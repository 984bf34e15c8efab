/**
 * `readout batch` reads lines in bounded memory (issue 25, item 12): a line of
 * hundreds of MB is answered with an error on its line, and the batch goes on.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedLines, MAX_BATCH_LINE_BYTES, runBatch } from '../../src/cli/batch.ts';
import { Engine } from '../../src/engine/engine.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { fakeIo } from '../support/io.ts';

/** `before`, then a line of `size` bytes of "x" sent in 1 MB chunks (never held whole), then `after`. */
async function* hugeLine(before: string, size: number, after: string): AsyncGenerator<Buffer> {
  yield Buffer.from(before);
  const chunk = Buffer.alloc(1024 * 1024, 'x');
  for (let sent = 0; sent < size; sent += chunk.length) yield chunk;
  yield Buffer.from(`\n${after}`);
}

describe('batch: bounded lines', () => {
  it('GIVEN a 600 MB line between two questions THEN it gets {"error": …} on its line and both questions are answered', async () => {
    const engine = Engine.load(BUNDLED_CORPUS);
    const io = fakeIo();
    const ask = '{"command":"ask","input":"what about Mageshima?"}\n';
    const heapBefore = process.memoryUsage().heapUsed;
    const code = await runBatch(engine, { ...io, stdin: Readable.from(hugeLine(ask, 600 * 1024 * 1024, ask)) });
    expect(code).toBe(0);
    const lines = io
      .output()
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toHaveProperty('results');
    expect(lines[1]).toEqual({ error: 'line too long (600.0 MB; at most 1 MB): the longest input, for split, is 100,000 characters' });
    expect(lines[2]).toEqual(lines[0]);
    // Never held: the heap grew by far less than the line.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
  }, 120_000);

  it('GIVEN lines split across chunks, CRLF ends and a last line without an end THEN each line whole', async () => {
    const lines: unknown[] = [];
    for await (const line of boundedLines(Readable.from(['a', 'b\r\nc', '\n', 'é'.repeat(3), '\nlast']), 10)) lines.push(line);
    expect(lines).toEqual([{ text: 'ab' }, { text: 'c' }, { text: 'ééé' }, { text: 'last' }]);
    const long: unknown[] = [];
    for await (const line of boundedLines(Readable.from(['0123456789A\nok']), 10)) long.push(line);
    expect(long).toEqual([{ tooLong: 11 }, { text: 'ok' }]);
    expect(MAX_BATCH_LINE_BYTES).toBe(1024 * 1024);
  });
});
