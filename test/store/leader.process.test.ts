/**
 * What processes tell each other through PostgreSQL: the workers' leader lock
 * (src/store/leader.ts: one holder at a time; the next waiting worker takes
 * over as soon as the holder releases it or its connection dies) and the
 * corpus-changed nudge (src/store/corpusSignal.ts). Needs PostgreSQL (skipped,
 * saying so, without it).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEADER_LOCK, waitToLead } from '../../src/store/leader.ts';
import { listenForCorpus } from '../../src/store/corpusSignal.ts';
import { postgresBinaries, startLocalPostgres, type LocalPostgres } from '../../tools/localPostgres.ts';

const available = postgresBinaries() !== null;
if (!available) console.warn('leader.process.test.ts: PostgreSQL binaries not found (apt-get install -y postgresql-15); skipped');
let server: LocalPostgres | undefined;

beforeAll(async () => {
  if (available) server = await startLocalPostgres();
});
afterAll(async () => {
  await server?.stop();
});

describe.skipIf(!available)('leader lock', () => {
  it('GIVEN two workers THEN one leads; the other leads once the first releases', async () => {
    const url = (server as LocalPostgres).url;
    const first = await waitToLead(url, { pollMs: 50 });
    expect(first).not.toBeNull();
    let led = false;
    const waiting = waitToLead(url, { pollMs: 50 }).then((lead) => {
      led = true;
      return lead;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(led).toBe(false);
    await first?.release();
    const second = await waiting;
    expect(second).not.toBeNull();
    await second?.release();
  });

  it("GIVEN the leader's connection killed THEN its lead is lost and the next worker leads", async () => {
    const url = (server as LocalPostgres).url;
    const first = await waitToLead(url, { pollMs: 50 });
    const waiting = waitToLead(url, { pollMs: 50 });
    // What a crash of the leader's process does to its session: the server ends it.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = $1 AND granted AND ((classid::bigint << 32) | objid::bigint) = $2::bigint',
      ['advisory', LEADER_LOCK.toString()],
    );
    await admin.end();
    await first?.lost;
    const next = await waiting;
    expect(next).not.toBeNull();
    await next?.release();
    await first?.release();
  });

  it('GIVEN a stop while waiting THEN it gives up without leading', async () => {
    const url = (server as LocalPostgres).url;
    const holder = await waitToLead(url, { pollMs: 50 });
    const stop = new AbortController();
    const waiting = waitToLead(url, { pollMs: 50, signal: stop.signal });
    stop.abort();
    expect(await waiting).toBeNull();
    await holder?.release();
  });
});

describe.skipIf(!available)('corpus signal', () => {
  it('GIVEN a process announces a new corpus version THEN every listening process hears it', async () => {
    const url = (server as LocalPostgres).url;
    const heard: string[][] = [[], []];
    const [a, b] = await Promise.all([listenForCorpus(url, (v) => heard[0]?.push(v)), listenForCorpus(url, (v) => heard[1]?.push(v))]);
    await a.announce('bb9c3abc');
    await expect.poll(() => heard, { timeout: 5000 }).toEqual([['bb9c3abc'], ['bb9c3abc']]);
    await Promise.all([a.close(), b.close()]);
  });
});
