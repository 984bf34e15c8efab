/**
 * One suite, two stores (src/store/): the JSON files of STATE_DIR and
 * PostgreSQL. Each must keep a server's settings, follows and posts, the
 * corpus versions, drafts and the watcher's state the same way, and never
 * lose one of many concurrent changes to a server.
 *
 * The PostgreSQL run starts its own server (Debian's postgresql-15, initdb in
 * a temporary folder, loopback only; tools/localPostgres.ts). Without the
 * binaries it is skipped with a message saying what to install; .ci/run
 * installs them, so CI always runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyState, POSTED_KEPT } from '../../src/discord/state.ts';
import { MAX_DRAFTS_PER_USER } from '../../src/discord/drafts.ts';
import type { Draft } from '../../src/publisher/index.ts';
import { emptyState as emptyWatchState } from '../../src/publisher/state.ts';
import { fileStore } from '../../src/store/files.ts';
import { describeUrl, openPostgresStore } from '../../src/store/postgres.ts';
import type { Store } from '../../src/store/store.ts';
import { ConfigError } from '../../src/errors.ts';
import { createLogger } from '../../src/logger.ts';
import { captureLogs } from '../support/fixtures.ts';
import { tempFolder } from '../support/tmp.ts';
import { fakeIo } from '../support/io.ts';
import { main } from '../../src/cli/main.ts';
import { postgresBinaries, startLocalPostgres, type LocalPostgres } from '../../tools/localPostgres.ts';

const GUILD = '111111111111111111';
const OTHER = '999999999999999999';
const MODERATOR = '333333333333333333';
const channel = (n: number) => String(200000000000000000n + BigInt(n));

const DRAFT: Draft = {
  title: 'Readout of a Call With the Estonian Minister of Defence',
  date: '2025-10-09',
  source: null,
  articleId: null,
  paragraphs: ['The Secretary spoke with the Estonian Minister of Defence.'],
  stripped: [],
  sentences: ['The Secretary spoke with the Estonian Minister of Defence.'],
  meta: {},
  markdown: '---\ntitle: Readout\n---\nThe Secretary spoke with the Estonian Minister of Defence.\n',
  fileName: '2025-10-09-estonia.md',
  dateSource: 'page',
  warnings: [],
};

const available = postgresBinaries() !== null;
if (!available) {
  console.warn('store.process.test.ts: PostgreSQL binaries not found (apt-get install -y postgresql-15); the PostgreSQL run is skipped');
}

let server: LocalPostgres | undefined;
const { lines: logLines, destination } = captureLogs();
const logger = createLogger({ level: 'info', destination });

beforeAll(async () => {
  if (available) server = await startLocalPostgres();
});
afterAll(async () => {
  await server?.stop();
});

let databases = 0;
/** A fresh store of each kind for each test: its own folder, or its own database. */
const KINDS: { name: string; open: () => Promise<Store>; skip: boolean }[] = [
  { name: 'files', open: async () => fileStore({ STATE_DIR: tempFolder(), CACHE_DIR: tempFolder() }, logger), skip: false },
  {
    name: 'postgres',
    open: async () => openPostgresStore(await (server as LocalPostgres).createDatabase(`t${++databases}`), logger),
    skip: !available,
  },
];

describe.each(KINDS)('the $name store', ({ open, skip }) => {
  const withStore = (name: string, test: (store: Store) => Promise<void>) =>
    it.skipIf(skip)(
      name,
      async () => {
        const store = await open();
        try {
          await test(store);
        } finally {
          await store.close();
        }
      },
      30_000,
    );

  withStore('GIVEN nothing saved THEN no server, no state', async (store) => {
    expect(await store.guilds.read(GUILD)).toBeNull();
    expect(await store.guilds.guilds()).toEqual([]);
  });

  withStore('GIVEN an update THEN it is read back whole, and the server is listed', async (store) => {
    const saved = await store.guilds.update(GUILD, (s) => {
      s.announce = channel(1);
      s.follows[channel(2)] = ['NATO', 'North Korea'];
    });
    expect(saved).toEqual({ ...emptyState(GUILD), announce: channel(1), follows: { [channel(2)]: ['NATO', 'North Korea'] } });
    expect(await store.guilds.read(GUILD)).toEqual(saved);
    await store.guilds.update(OTHER, () => {});
    expect(await store.guilds.guilds()).toEqual([GUILD, OTHER]);
  });

  withStore('GIVEN 30 concurrent changes to one server THEN none is lost', async (store) => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        store.guilds.update(GUILD, (s) => {
          s.follows[channel(i)] = [`topic ${i}`];
        }),
      ),
    );
    expect(Object.keys((await store.guilds.read(GUILD))?.follows ?? {})).toHaveLength(30);
  });

  withStore('GIVEN a change that throws or breaks the schema THEN it is refused and the state is as before', async (store) => {
    await store.guilds.update(GUILD, (s) => {
      s.announce = channel(1);
    });
    await expect(
      store.guilds.update(GUILD, () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await expect(
      store.guilds.update(GUILD, (s) => {
        s.announce = 'not a channel';
      }),
    ).rejects.toThrow();
    expect((await store.guilds.read(GUILD))?.announce).toBe(channel(1));
  });

  withStore(`GIVEN more posts than ${POSTED_KEPT} THEN the newest are kept`, async (store) => {
    await store.guilds.update(GUILD, (s) => {
      for (let i = 0; i < POSTED_KEPT + 5; i++) {
        s.posted.push({
          channel: channel(1),
          nonce: `n${i}`,
          message: String(300000000000000000n + BigInt(i)),
          files: ['a.md'],
          keys: ['a.md'],
          at: '2026-01-01T00:00:00.000Z',
        });
      }
    });
    const posted = (await store.guilds.read(GUILD))?.posted ?? [];
    expect(posted).toHaveLength(POSTED_KEPT);
    expect(posted[0]?.nonce).toBe('n5');
  });

  withStore('GIVEN a corpus version saved (twice) THEN its files are read back; an unknown version is null', async (store) => {
    await store.guilds.saveCorpus('abcdef012345', ['a.md', 'b/c.md']);
    await store.guilds.saveCorpus('abcdef012345', ['a.md', 'b/c.md']);
    expect(await store.guilds.readCorpus('abcdef012345')).toEqual(new Set(['a.md', 'b/c.md']));
    expect(await store.guilds.readCorpus('0123456789ab')).toBeNull();
  });

  withStore("GIVEN a moderator's draft THEN it is theirs, loaded by its hash until removed", async (store) => {
    const hash = await store.drafts.save(DRAFT, MODERATOR);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(await store.drafts.save(DRAFT, MODERATOR)).toBe(hash);
    expect(await store.drafts.load(MODERATOR, hash)).toEqual(DRAFT);
    expect(await store.drafts.load(OTHER, hash)).toBeNull();
    await store.drafts.remove(MODERATOR, hash);
    expect(await store.drafts.load(MODERATOR, hash)).toBeNull();
    expect(await store.drafts.load(MODERATOR, '0000000000000000')).toBeNull();
  });

  withStore(
    `GIVEN more than ${MAX_DRAFTS_PER_USER} drafts of one moderator THEN the newest ${MAX_DRAFTS_PER_USER} are kept, and no one else's is touched`,
    async (store) => {
      const other = await store.drafts.save({ ...DRAFT, fileName: 'other.md' }, OTHER);
      const hashes: string[] = [];
      for (let i = 0; i < MAX_DRAFTS_PER_USER + 2; i++) {
        hashes.push(await store.drafts.save({ ...DRAFT, fileName: `draft-${i}.md` }, MODERATOR));
        // Told apart by time, as a moderator's previews are.
        await new Promise((r) => setTimeout(r, 20));
      }
      const kept = await Promise.all(hashes.map(async (h) => (await store.drafts.load(MODERATOR, h)) !== null));
      expect(kept).toEqual([...Array(2).fill(false), ...Array(MAX_DRAFTS_PER_USER).fill(true)]);
      expect(await store.drafts.load(OTHER, other)).not.toBeNull();
    },
  );

  withStore("GIVEN the watcher's state written THEN it is read back, per corpus folder", async (store) => {
    const warnings: string[] = [];
    const box = store.watch('/corpus/one');
    expect(await box.read((w) => warnings.push(w))).toEqual(emptyWatchState('/corpus/one'));
    const state = {
      ...emptyWatchState('/corpus/one'),
      seen: { '4301234': '2025-10-03-lithuania.md' },
      feeds: {
        'https://www.war.gov/rss': {
          etag: '"abc"',
          lastModified: null,
          lastPollAt: '2026-01-01T00:00:00.000Z',
          nextPollAt: null,
          failures: 0,
          lastError: null,
        },
      },
    };
    await box.write(state);
    expect(await store.watch('/corpus/one').read((w) => warnings.push(w))).toEqual(state);
    expect(await store.watch('/corpus/two').read((w) => warnings.push(w))).toEqual(emptyWatchState('/corpus/two'));
    expect(warnings).toEqual([]);
  });
});

describe.skipIf(!available)('PostgreSQL only', () => {
  it('GIVEN two processes (two pools) changing one server at once THEN none of their changes is lost', async () => {
    const url = await (server as LocalPostgres).createDatabase('shared');
    const [a, b] = await Promise.all([openPostgresStore(url, logger), openPostgresStore(url, logger)]);
    try {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? a : b).guilds.update(GUILD, (s) => {
            s.follows[channel(i)] = ['NATO'];
          }),
        ),
      );
      expect(Object.keys((await b.guilds.read(GUILD))?.follows ?? {})).toHaveLength(20);
      // Both applied the migrations' check; each file ran once.
      const { rows } = await a.pool.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      expect(rows.map((r) => r.name)).toEqual(['0001_state.sql']);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('GIVEN old corpus lists no server points at THEN a new one prunes them; those in use and recent ones stay', async () => {
    const store = await openPostgresStore(await (server as LocalPostgres).createDatabase('corpora'), logger);
    try {
      await store.guilds.saveCorpus('aaaa0001', ['a.md']);
      await store.guilds.saveCorpus('aaaa0002', ['a.md', 'b.md']);
      await store.guilds.saveCorpus('aaaa0003', ['a.md', 'b.md', 'c.md']);
      await store.guilds.update(GUILD, (s) => {
        s.corpus = 'aaaa0002';
      });
      await store.pool.query(`UPDATE corpus_version SET created_at = now() - interval '2 hours'`);
      await store.guilds.saveCorpus('aaaa0004', ['a.md', 'b.md', 'c.md', 'd.md']);
      const { rows } = await store.pool.query<{ version: string }>('SELECT version FROM corpus_version ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(['aaaa0002', 'aaaa0004']);
    } finally {
      await store.close();
    }
  });

  it('GIVEN a row edited by hand into something else THEN it is logged and read as absent; the next update replaces it', async () => {
    const store = await openPostgresStore(await (server as LocalPostgres).createDatabase('edited'), logger);
    try {
      await store.guilds.update(GUILD, (s) => {
        s.announce = channel(1);
      });
      await store.pool.query(`UPDATE guild_state SET state = '{"version": 2}' WHERE guild = $1`, [GUILD]);
      expect(await store.guilds.read(GUILD)).toBeNull();
      expect(logLines.some((l) => l.includes('server state row was invalid'))).toBe(true);
      await store.guilds.update(GUILD, (s) => {
        s.announce = channel(2);
      });
      expect((await store.guilds.read(GUILD))?.announce).toBe(channel(2));
    } finally {
      await store.close();
    }
  });

  it('GIVEN DATABASE_URL THEN `readout watch --status` reads the shared state, not the file', async () => {
    const url = await (server as LocalPostgres).createDatabase('watchcli');
    const corpusDir = tempFolder();
    const store = await openPostgresStore(url, logger);
    await store.watch(corpusDir).write({ ...emptyWatchState(corpusDir), seen: { '4301234': 'a.md', '4301235': null } });
    await store.close();
    const io = fakeIo('', { DATABASE_URL: url });
    expect(await main(['watch', '--status', '--corpus', corpusDir], io)).toBe(0);
    const { out } = io.output();
    expect(out).toMatch(/^Watch state: postgres:\/\/postgres@127\.0\.0\.1:\d+\/watchcli \(watch_state [0-9a-f]{12}\)\n/);
    expect(out).toContain('Articles handled: 2 (1 in the corpus)');
  });

  it('GIVEN a database that cannot be reached THEN one line naming it, without the password', async () => {
    const url = `postgres://readout:s3cret@127.0.0.1:${(server as LocalPostgres).port + 1}/readout`;
    const error = await openPostgresStore(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems[0]).toMatch(/^could not use the database at postgres:\/\/readout@127\.0\.0\.1:\d+\/readout: /);
    expect(String((error as ConfigError).message)).not.toContain('s3cret');
    expect(describeUrl('postgres://u:p@h:1/d')).toBe('postgres://u@h:1/d');
  });
});
