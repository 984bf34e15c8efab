/**
 * A throwaway PostgreSQL server for tests, benchmarks and tools/cluster.ts:
 * Debian's postgresql-15 binaries, `initdb` into a temporary folder (as the
 * `postgres` user when run as root: initdb refuses root), listening on
 * 127.0.0.1 only, on a free port, fsync off (nothing here must survive a
 * power cut). stop() shuts it down and removes the folder.
 *
 * @example
 * const pg = await startLocalPostgres();   // null-safe: check postgresBinaries() first
 * process.env.DATABASE_URL = pg.url;       // postgres://postgres@127.0.0.1:PORT/readout
 * await pg.stop();
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VERSIONS = ['15', '16', '17'];

/** The folder of initdb and pg_ctl, or null when PostgreSQL is not installed (apt-get install postgresql-15). */
export function postgresBinaries(): string | null {
  for (const version of VERSIONS) {
    const dir = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

export interface LocalPostgres {
  /** postgres://postgres@127.0.0.1:PORT/readout */
  url: string;
  port: number;
  /** A URL for another database on the same server (created on demand by createDatabase). */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startLocalPostgres(): Promise<LocalPostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('localPostgres: PostgreSQL is not installed (apt-get install -y postgresql-15)');
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, command), asRoot ? ['-u', 'postgres', '--', join(bin, command), ...args] : args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: tmpdir(),
    });
  const dir = mkdtempSync(join(tmpdir(), 'readout-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/readout`;
  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const createDatabase = async (name: string) => {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: urlFor('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
    } finally {
      await client.end();
    }
    return urlFor(name);
  };
  await createDatabase('readout');
  let stopped = false;
  return {
    url,
    port,
    urlFor,
    createDatabase,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
