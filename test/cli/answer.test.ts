/**
 * The one-shot commands, batch and the console, run in process (src/cli/main.ts
 * with captured output); the command as a real process is bin.process.test.ts.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../support/io.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';
import { parseConsoleLine } from '../../src/cli/console.ts';

const GUAM_TITLE = "Readout of Secretary of Defense Mark T. Esper's Meeting With Japanese Defense Minister Taro Kono";

describe('timeline --chart', () => {
  it('GIVEN timeline --chart FILE.png THEN the text answer, and the readouts-per-year chart written as a PNG; elsewhere or with nothing to chart THEN one line', async () => {
    const file = join(tempFolder(), 'japan.png');
    const made = await run(['timeline', 'Japan', '--chart', file]);
    expect(made.code).toBe(0);
    expect(made.out.split('\n')[0]).toBe('Japan: 10 readouts, first 2015-04-08, last 2022-07-11.');
    expect(made.err).toBe(`Chart written to ${file}\n`);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    expect(await run(['ask', 'what about Japan?', '--chart', file])).toMatchObject({
      code: 2,
      err: 'readout: --chart applies to timeline\n',
    });
    const none = await run(['timeline', 'zorblax', '--chart', join(tempFolder(), 'z.png')]);
    expect([none.code, none.err]).toEqual([1, 'readout: no chart written: the timeline has no readouts\n']);
    expect(parseConsoleLine('/timeline Japan --chart japan.png')).toEqual({
      kind: 'answer',
      command: 'timeline',
      input: 'Japan',
      chart: 'japan.png',
    });
  });
});

describe('one-shot commands', () => {
  it('GIVEN ask THEN a readable answer: headline, the readout once (date, title, link), its numbered sentence, where else it is said; no file name', async () => {
    const { code, out } = await run(['ask', 'what', 'about', 'Mageshima?']);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'Mageshima came up in 2 readouts (2020-01-14, 2020-08-29).',
        '',
        `Aug 29, 2020 · ${GUAM_TITLE}`,
        'https://www.pacom.mil/Media/News/News-Article-View/Article/2331004/us-secretary-of-defense-hosts-japanese-defense-minister/',
        "  1. The Secretary noted the importance of Japan's steps towards completing the purchase of Mageshima to support field carrier landing practice.",
        '  Also in: U.S. and Japan reinforce defense links · Jan 14, 2020',
        '',
      ].join('\n'),
    );
  });

  it('GIVEN --json THEN the documented answer object', async () => {
    const { out } = await run(['--json', 'quote', 'job number one']);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({ command: 'quote', input: 'job number one', intent: 'quote', none: false });
    expect(answer.results[0]).toEqual({
      text: 'He stressed that deterrence and defense remain NATO’s job number one.',
      doc: '123-austin-nato-ministerial.md',
      title:
        "Readout of Secretary of Defense Lloyd Austin's Participation in the Defense Ministerial Hosted by NATO Secretary General Jens Stoltenberg",
      date: '2021-06-01',
      source: 'https://military-online.blogspot.com/2021/06/readout-of-secretary-of-defense-lloyd.html?m=1',
      id: expect.stringMatching(/\.4\.2$/),
      score: 1,
    });
  });

  it('GIVEN timeline --from/--to THEN the range applies; a bad date is a usage error', async () => {
    const answer = JSON.parse((await run(['--json', 'timeline', 'NATO', '--from', '2021-01-01'])).out);
    expect(answer.results.map((r: { date: string }) => r.date)).toEqual(['2021-05-18', '2021-05-19', '2021-06-01']);
    expect(await run(['timeline', 'NATO', '--to', '2021-13-01'])).toEqual({
      code: 2,
      out: '',
      err: 'readout: --to must be a date written YYYY-MM-DD, got "2021-13-01"\n',
    });
  });

  it('GIVEN --corpus or CORPUS_DIR THEN that folder is read, bad files reported on stderr', async () => {
    const dir = tempFolder({
      'a.md': readoutMd('Talks on Mageshima', '2021-02-02', 'They discussed Mageshima.'),
      'b.md': readoutMd('Broken', 'someday', 'x'),
    });
    const viaFlag = await run(['ask', 'Mageshima', '--corpus', dir]);
    expect(viaFlag.out.split('\n')[0]).toBe('Mageshima came up in 1 readout (2021-02-02).');
    expect(viaFlag.err).toBe(
      '1 loaded, 1 skipped\nskipped b.md: front matter "date" must be a real calendar date written YYYY-MM-DD, got "someday"\n',
    );
    const viaEnv = await run(['sources'], '', { CORPUS_DIR: dir });
    expect(viaEnv.out).toBe('2021-02-02  Talks on Mageshima (a.md)\n1 readout\n');
  });

  it('GIVEN input over the limit THEN a one-line error and exit 2', async () => {
    const { code, err } = await run(['ask', 'x'.repeat(501)]);
    expect([code, err]).toEqual([2, 'readout: That is 501 characters; the limit is 500. Shorten it and try again.\n']);
  });

  it('GIVEN a bad setting THEN every command refuses it, not only the bot (settings are read once, at the entry point)', async () => {
    const { code, out, err } = await run(['ask', 'x'], '', { LOG_LEVEL: 'loud' });
    expect([code, out, err]).toEqual([2, '', 'readout: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent\n']);
  });
});

describe('batch', () => {
  it('GIVEN JSON lines THEN one JSON answer per line, in order; bad lines get an error and the batch goes on', async () => {
    const lines = [
      '{"command":"ask","input":"what about Mageshima?"}',
      'not json',
      '{"command":"translate","input":"x"}',
      `{"command":"ask","input":"${'x'.repeat(600)}"}`,
      '{"command":"split","input":"Mark T. Esper met Kono. They spoke."}',
      '{"command":"timeline","input":"Mageshima","to":"2020-06-30"}',
    ];
    const { code, out } = await run(['batch'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const answers = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(6);
    expect(answers[0].headline).toBe('Mageshima came up in 2 readouts (2020-01-14, 2020-08-29).');
    expect(answers.slice(1, 4)).toEqual([
      { error: 'not JSON: each line must be an object like {"command":"ask","input":"…"}' },
      { error: 'unknown command: use ask, timeline, quote, find or split' },
      { error: 'That is 600 characters; the limit is 500. Shorten it and try again.' },
    ]);
    expect(answers[4]).toEqual({ sentences: ['Mark T. Esper met Kono.', 'They spoke.'] });
    expect(answers[5].results.map((r: { date: string }) => r.date)).toEqual(['2020-01-14']);
  });

  it('GIVEN a line that is JSON but not a request THEN the error says what is wrong in plain words', async () => {
    const lines = [
      '[1,2]',
      '"ask"',
      '{"command":"ask"}',
      '{"command":"quote","input":5}',
      '{"command":"timeline","input":"NATO","from":"2021-13-01"}',
    ];
    const { code, out } = await run(['batch'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { error: 'not an object: each line must be an object like {"command":"ask","input":"…"}' },
      { error: 'not an object: each line must be an object like {"command":"ask","input":"…"}' },
      { error: 'input: missing or not text: give the question, topic, phrase or text to split as a string' },
      { error: 'input: missing or not text: give the question, topic, phrase or text to split as a string' },
      { error: 'from: must be a date written YYYY-MM-DD, got "2021-13-01"' },
    ]);
  });
});

describe('a typed link that finds nothing', () => {
  it('GIVEN a URL in a question THEN the terminal echoes it plainly', async () => {
    const { out } = await run(['ask', 'https://evil.example/win']);
    expect(out.split('\n')[0]).toBe('Nothing in 32 readouts mentions https://evil.example/win.');
  });
});

describe('console', () => {
  it('GIVEN console lines THEN each is parsed into a command or a short error', () => {
    expect(parseConsoleLine('what about Guam')).toEqual({ kind: 'answer', command: 'ask', input: 'what about Guam' });
    expect(parseConsoleLine('/timeline North Korea --from 2020-01-01 --to=2021-01-01')).toEqual({
      kind: 'answer',
      command: 'timeline',
      input: 'North Korea',
      from: '2020-01-01',
      to: '2021-01-01',
    });
    expect(parseConsoleLine('/sources')).toEqual({ kind: 'sources' });
    expect(() => parseConsoleLine('/timeline NATO --from yesterday')).toThrow('--from must be a date written YYYY-MM-DD, got "yesterday"');
    expect(() => parseConsoleLine('/frobnicate')).toThrow('Unknown command /frobnicate. Type /help for the list.');
  });

  it('GIVEN --from or --to with no date THEN an error, not a flag searched as part of the topic', () => {
    for (const line of ['/timeline North Korea --from', '/timeline North Korea --from=', '/timeline North Korea --to --from 2020-01-01']) {
      expect(() => parseConsoleLine(line), line).toThrow(/^--(from|to) needs a date written YYYY-MM-DD, like 2020-08-29$/);
    }
  });

  it('GIVEN a session on stdin THEN it answers every line, survives bad input and quits at end of input', async () => {
    const session = ['/help', '/quote tight bonds of trust', '/bogus', `/ask ${'y'.repeat(10_000)}`, '/sources', ''].join('\n');
    const { code, out } = await run([], session);
    expect(code).toBe(0);
    expect(out).toContain('readout> Commands:\n  /ask QUESTION');
    expect(out).toContain('1. The relationship is built from tight bonds of trust, respect and friendship.');
    expect(out).toContain('readout> Unknown command /bogus. Type /help for the list.\n');
    expect(out).toContain('readout> That is 10000 characters; the limit is 500. Shorten it and try again.\n');
    expect(out).toContain('2024-03-27  Readout of Secretary of Defense Lloyd J. Austin III');
    expect(out.startsWith('Readout — 32 readouts (corpus ')).toBe(true);
  });
});

describe('readout index', () => {
  it('GIVEN a corpus THEN the snapshot is built, and on a second run found current', async () => {
    const dir = tempFolder({ 'a.md': readoutMd('A', '2021-02-02', 'They discussed Mageshima.') });
    const cache = tempFolder();
    const first = await run(['index', '--corpus', dir], '', { CACHE_DIR: cache });
    expect(first.out).toMatch(/^Index built: 1 readouts, 0 skipped, 1 sentences \(.+\.snap\)\n$/);
    const second = await run(['index', '--corpus', dir], '', { CACHE_DIR: cache });
    expect(second.out).toMatch(/^Index was current: 1 readouts/);
  });

  it('GIVEN CORPUS_DIR set but empty (as in .env.example) THEN the bundled corpus is used', async () => {
    const { out } = await run(['sources'], '', { CORPUS_DIR: '' });
    expect(out.split('\n').at(-2)).toBe('32 readouts');
  });
});
