/**
 * Schema migrations: the plain SQL files in src/store/migrations/, applied in
 * name order, each once, each in its own transaction, recorded in
 * schema_migrations. Every process runs this at start; an advisory lock makes
 * replicas that start together take turns, so each file runs exactly once.
 * A file is never edited once released: a change is a new file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { Logger } from '../logger.ts';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

/** pg_advisory_lock key of the migration step (any constant of our own; "RDOUTMIG"). */
const MIGRATION_LOCK = 0x52444f55544d4947n;

/** Apply what is missing; resolves to the names applied now. */
export async function migrate(pool: Pool, logger?: Logger, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name))
    .sort();
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
    for (const name of files) {
      if (done.has(name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(join(dir, name), 'utf8'));
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      applied.push(name);
      logger?.info({ migration: name }, 'database migrated');
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]).catch(() => {});
    client.release();
  }
  return applied;
}
