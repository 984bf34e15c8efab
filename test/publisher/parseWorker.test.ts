/**
 * The parse worker (src/publisher/parseWorker.ts) is a V8 isolate of its own
 * with linkedom and Readability loaded, about 70 MB resident: it runs while
 * there are pages to read and ends when idle, so a bot whose moderators
 * preview a page a week does not carry it all week.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseInWorker, parserRunning, setParseIdleMs } from '../../src/publisher/parseWorker.ts';

const FILE = '---\ntitle: Readout of a Test Call\ndate: 2025-01-01\n---\nThe Secretary spoke with the Minister today.\n';
const before = setParseIdleMs(200);
afterAll(() => setParseIdleMs(before));

const until = async (done: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
  return done();
};

describe('parse worker lifetime', () => {
  it('GIVEN no page read for the idle time THEN the worker ends; the next page starts a fresh one and reads the same', async () => {
    const first = await parseInWorker({ kind: 'file', fileName: 'a.md', content: FILE });
    expect(first.title).toBe('Readout of a Test Call');
    expect(parserRunning()).toBe(true);
    expect(await until(() => !parserRunning(), 10_000)).toBe(true);
    const again = await parseInWorker({ kind: 'file', fileName: 'b.md', content: FILE });
    expect(again.title).toBe('Readout of a Test Call');
    expect(again.date).toBe('2025-01-01');
  }, 60_000);
});
