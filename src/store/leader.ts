/**
 * One leader among several workers: a PostgreSQL session-level advisory lock,
 * held on a connection of its own for as long as the leader lives. When its
 * process dies (or its connection breaks) PostgreSQL releases the lock at
 * once and the next worker polling for it takes over; no lease to wait out,
 * no clock to trust.
 *
 * Usage, given a PostgreSQL server:
 *
 *     const lead = await waitToLead(process.env.DATABASE_URL, { signal });
 *     // … watch and announce …
 *     await lead.lost;  // the connection broke: stop leading
 */
import pg from 'pg';
import type { Logger } from '../logger.ts';

/** pg_advisory_lock key of the worker's leadership ("RDOUTLDR"). */
export const LEADER_LOCK = 0x52444f55544c4452n;

export interface Leadership {
  /** Resolves when the lock's connection is lost (the lead with it). */
  lost: Promise<void>;
  /** Give the lead up (release the lock, close the connection). */
  release(): Promise<void>;
}

/** Resolves once this process holds the lock; null when `signal` aborts first. */
export async function waitToLead(
  url: string,
  options: { signal?: AbortSignal; pollMs?: number; logger?: Logger } = {},
): Promise<Leadership | null> {
  const pollMs = options.pollMs ?? 1000;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  let markLost: () => void = () => {};
  const lost = new Promise<void>((resolve) => {
    markLost = resolve;
  });
  client.on('error', (error) => {
    options.logger?.error({ err: error }, 'the leader lock connection failed');
    markLost();
  });
  client.on('end', () => markLost());
  await client.connect();
  try {
    for (;;) {
      if (options.signal?.aborted) {
        await client.end();
        return null;
      }
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [LEADER_LOCK.toString()]);
      if (rows[0]?.locked) break;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return {
    lost,
    async release() {
      await client.query('SELECT pg_advisory_unlock($1)', [LEADER_LOCK.toString()]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}
