/**
 * The per-server state store and the announcement plan, in process: what is
 * written, what a corrupt file becomes, and which posts a new readout causes
 * where. That a kill mid-write loses nothing is state.process.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { emptyState, StateStore } from '../../src/discord/state.ts';
import { planDeliveries } from '../../src/discord/announcer.ts';
import { explainPublisherError } from '../../src/discord/addReadout.ts';
import { listNames } from '../../src/discord/permissions.ts';
import { PublisherError } from '../../src/publisher/index.ts';
import { Engine } from '../../src/engine/engine.ts';
import { createLogger } from '../../src/logger.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';

const GUILD = '111111111111111111';

function logged(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _e, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination }) };
}

describe('state store', () => {
  it('GIVEN updates THEN each is one whole JSON file, applied in call order, with no temporary file left', async () => {
    const dir = tempFolder();
    const store = new StateStore(dir);
    const writes = ['a', 'b', 'c'].map((topic) =>
      store.update(GUILD, (s) => {
        s.follows['222222222222222222'] = [...(s.follows['222222222222222222'] ?? []), topic];
      }),
    );
    await Promise.all(writes);
    expect(store.read(GUILD)?.follows).toEqual({ '222222222222222222': ['a', 'b', 'c'] });
    expect(readdirSync(join(dir, 'guilds'))).toEqual([`${GUILD}.json`]);
    expect(JSON.parse(readFileSync(join(dir, 'guilds', `${GUILD}.json`), 'utf8'))).toEqual({
      ...emptyState(GUILD),
      follows: { '222222222222222222': ['a', 'b', 'c'] },
    });
    expect(store.guilds()).toEqual([GUILD]);
  });

  it('GIVEN a change the schema refuses THEN nothing is written and the old state stays', async () => {
    const store = new StateStore(tempFolder());
    await store.update(GUILD, (s) => {
      s.announce = '333333333333333333';
    });
    await expect(
      store.update(GUILD, (s) => {
        s.follows['222222222222222222'] = Array.from({ length: 26 }, (_, i) => `topic ${i}`);
      }),
    ).rejects.toThrow();
    expect(store.read(GUILD)).toMatchObject({ announce: '333333333333333333', follows: {} });
  });

  it.each([
    ['not JSON', '{"version": 1, "guild": ', 'not JSON'],
    [
      'the wrong shape',
      JSON.stringify({ version: 1, guild: GUILD, announce: 'news' }),
      'announce: Invalid string: must match pattern /^\\d{1,20}$/',
    ],
    ['another server', JSON.stringify({ version: 1, guild: '999999999999999999' }), 'it belongs to server 999999999999999999'],
  ])('GIVEN a state file that is %s THEN it is set aside, logged, and the server starts afresh', (_what, text, problem) => {
    const dir = tempFolder({ [`guilds/${GUILD}.json`]: text });
    const { lines, logger } = logged();
    expect(new StateStore(dir, logger).read(GUILD)).toBeNull();
    const aside = readdirSync(join(dir, 'guilds'));
    expect(aside).toEqual([expect.stringMatching(new RegExp(`^${GUILD}\\.json\\.corrupt-\\d{4}-\\d{2}-\\d{2}T`))]);
    expect(readFileSync(join(dir, 'guilds', aside[0] as string), 'utf8')).toBe(text);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: 50,
      guild: GUILD,
      problem: expect.stringContaining(problem),
      msg: 'server state file was corrupt: set aside, starting that server afresh',
    });
  });
});

describe('announcement plan', () => {
  const corpus = tempFolder({
    'old.md': readoutMd('Readout of an Old Meeting', '2020-01-01', 'The ministers discussed NATO.'),
    'korea.md': readoutMd(
      'Readout of a Call on Korea',
      '2024-02-01',
      'They condemned the DPRK missile launches. They discussed NATO as well.',
    ),
    'japan.md': readoutMd('Readout of a Meeting in Tokyo', '2024-02-02', 'They spoke about Mageshima.'),
  });
  const engine = Engine.load(corpus);
  const added = engine.index.readouts.filter((r) => r.file !== 'old.md');
  const state = {
    ...emptyState(GUILD),
    announce: '10',
    follows: { '10': ['North Korea'], '20': ['North Korea', 'NATO'], '30': ['Taiwan'], '40': ['Mageshima'] },
  };

  it('GIVEN two new readouts THEN each in the announce channel, and in each following channel whose topics it mentions (once, naming every topic)', async () => {
    const plan = await planDeliveries(state, engine, added);
    expect(plan.map((d) => [d.channel, d.kind, d.files, d.topics])).toEqual([
      ['10', 'readout', ['korea.md'], []],
      ['10', 'readout', ['japan.md'], []],
      // The announce channel also follows North Korea: it gets the announcement only.
      ['20', 'follow', ['korea.md'], ['North Korea', 'NATO']],
      ['40', 'follow', ['japan.md'], ['Mageshima']],
    ]);
    // The same plan, the same nonces: a retry is recognisable.
    expect((await planDeliveries(state, engine, added)).map((d) => d.nonce)).toEqual(plan.map((d) => d.nonce));
    expect(new Set(plan.map((d) => d.nonce)).size).toBe(4);
  });

  it('GIVEN more than 5 new readouts for a channel THEN one summary there', async () => {
    const many = tempFolder(
      Object.fromEntries(
        Array.from({ length: 6 }, (_, i) => [`nk-${i}.md`, readoutMd(`Readout ${i}`, `2024-03-0${i + 1}`, `Talk ${i} about North Korea.`)]),
      ),
    );
    const big = Engine.load(many);
    const plan = await planDeliveries({ ...emptyState(GUILD), follows: { '20': ['DPRK'] } }, big, big.index.readouts);
    expect(plan.map((d) => [d.channel, d.kind, d.files.length, d.topics])).toEqual([['20', 'summary', 6, ['DPRK']]]);
  });
});

describe('wording', () => {
  it('GIVEN a refused fetch THEN the CLI advice becomes "attach the saved page"; other hints name the options', () => {
    expect(
      explainPublisherError(
        new PublisherError(
          'refused',
          'war.gov refused the request (HTTP 403). Open the page in a browser, save it, and run: readout import <file>.html',
        ),
      ),
    ).toBe(
      'war.gov refused the request (HTTP 403). Open the page in a browser, save it (Save Page As → Web page, HTML only), and run /readout add again with the saved page attached as file:.',
    );
    expect(explainPublisherError(new PublisherError('no-date', 'page.html: no date found; give it with --date YYYY-MM-DD'))).toBe(
      'page.html: no date found; give it with date:YYYY-MM-DD',
    );
    expect(listNames(['View Channel', 'Send Messages', 'Embed Links'])).toBe('View Channel, Send Messages and Embed Links');
  });
});
