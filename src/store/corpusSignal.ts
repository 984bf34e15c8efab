/**
 * "The corpus changed: look now." Every process with DATABASE_URL polls the
 * corpus folder every few seconds anyway (src/engine/live.ts); this is the
 * nudge that makes the others look at once when one of them reloaded (the
 * worker after the watcher wrote a readout, a replica after /readout add):
 * a PostgreSQL NOTIFY on the channel `readout_corpus` with the new corpus
 * version, heard by a LISTEN on a connection of each process's own.
 *
 * Usage, given a PostgreSQL server:
 *
 *     const signal = await listenForCorpus(url, () => void live.check());
 *     await signal.announce(engine.report.version);   // after a reload
 */
import pg from 'pg';
import type { Logger } from '../logger.ts';

export const CORPUS_CHANNEL = 'readout_corpus';

export interface CorpusSignal {
  /** Tell the other processes this one now serves `version`. */
  announce(version: string): Promise<void>;
  close(): Promise<void>;
}

/** Listen for corpus changes; `heard` gets the version another process announced. */
export async function listenForCorpus(url: string, heard: (version: string) => void, logger?: Logger): Promise<CorpusSignal> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // Lost, the nudge is lost too: polling still reloads, so it is only logged.
  client.on('error', (error) => logger?.warn({ err: error }, 'corpus change notifications lost; polling the folder only'));
  client.on('notification', (message) => {
    if (message.channel === CORPUS_CHANNEL && message.payload) heard(message.payload);
  });
  await client.connect();
  await client.query(`LISTEN ${CORPUS_CHANNEL}`);
  return {
    async announce(version) {
      await client.query('SELECT pg_notify($1, $2)', [CORPUS_CHANNEL, version]).catch((error: unknown) => {
        logger?.warn({ err: error }, 'could not notify the other processes of a corpus change');
      });
    },
    async close() {
      await client.end().catch(() => {});
    },
  };
}
