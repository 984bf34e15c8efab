/**
 * `npm run bench -- --discord [--dense] [--readouts N]`: the Discord path, as
 * users feel it. The real bot (`node src/bin.js bot`, a process of its own with
 * its start-up warm-up and hot reload) logs into the test suite's fake Discord
 * (test/support/fakeDiscord.ts), here in the bench process, on the synthetic
 * archive; the bench dispatches interactions one at a time and times each from
 * the gateway dispatch to the bot's first interaction callback (both read from
 * this process's clock).
 *
 * Every kind is measured: /ask of every intent (topic, when, where, who,
 * yes/no, said, count, dated, typo, miss), /timeline (plain and with from/to),
 * /quote (found and not), /sources, autocomplete of topics and phrases, Next
 * and Previous on a timeline and on /sources, "Jump to year", "Show context"
 * and the miss menu. Round 1 is the first answer of each kind after the bot
 * started (its warm-up done); the later rounds are the steady state.
 *
 * Round 1 follows 200 ms of interactions of no kind (buttons from an unknown
 * version), the first of them timed on its own as "first interaction after
 * start": on this VM a process that has slept for a few seconds runs several
 * times slower for its first ~100 ms of work (a plain JavaScript loop, warmed
 * up, takes 10× longer right after a 3 s sleep), so without them the first
 * kinds measured would measure the machine waking, not the bot's warm-up.
 *
 * Then the bot reloads: a readout is added to the archive, the bench waits
 * for the swap ("corpus reloaded", after the new index's warm-up), and one
 * more round, after the same wait and wake-up, is the first answer of each
 * kind after a reload. The readout is removed and the archive's snapshot put
 * back afterwards, so the next run starts from the same archive.
 *
 * Each chain (a command and the buttons on its reply) comes from a user of its
 * own, so the per-user rate limit never answers instead of the bot.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { linkSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { snapshotPath } from '../src/search/snapshot.ts';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../test/support/fakeDiscord.ts';
import { Rng } from './synthetic.ts';
import { COUNTERPARTS, COUNTRIES, OFFICIALS, TOPICS } from './syntheticData.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.fake-token-for-bench-only_1234567890';

export interface DiscordBenchOptions {
  dir: string;
  snapshotCache: string;
  readouts: number;
  dense: boolean;
  seed: number;
  /** Rounds of every kind; the first is the "first answer" round. */
  rounds?: number;
  progress: (message: string) => void;
}

export interface KindResult {
  kind: string;
  /** The first answer of this kind after the bot started. */
  firstMs: number | null;
  /** The first answer of this kind after a hot reload. */
  afterReloadMs: number | null;
  n: number;
  medianMs: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

export interface DiscordBench {
  rounds: number;
  /** Process start → "ready" logged (snapshot load, warm-up, login). */
  startMs: number;
  /** The bot process's resident memory when ready, and after the run. */
  rssReadyMB: number | null;
  rssAfterMB: number | null;
  kinds: KindResult[];
  /** Slowest interactions, with their kind and input. */
  slowest: { kind: string; input: string; ms: number }[];
  /** The first interaction after start (a stale button, before round 1): the process waking from its idle wait. */
  wakeMs: number;
  /** Adding a readout → the bot logs "corpus reloaded" (its background build and the new index's warm-up). */
  reloadMs: number | null;
  /** Kinds that could not be measured (no such button in the replies), and why. */
  missing: string[];
  /** The machine's 1-minute load average before and after: on a shared machine, what the figures were measured under. */
  load: { before: number; after: number };
}

type Sent = { type: number; data: JsonObject };

/** Interactions of no kind before round 1 go on this long: the work the machine takes to wake (see above). */
const WAKE_MS = 200;

/** A kind and how one round of it runs: returns what was sent (for the log) and the timed reply. */
interface Kind {
  name: string;
  run: (round: number, user: JsonObject) => Promise<{ input: string; ms: number } | null>;
}

function rssOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? null;

/** The components of a reply, flattened: custom ids, labels, menu options. */
function componentsOf(body: Sent): { custom_id: string; label?: string; options?: { value: string }[] }[] {
  const rows = (body.data.components ?? []) as { components: { custom_id: string; label?: string; options?: { value: string }[] }[] }[];
  return rows.flatMap((r) => r.components);
}

/** Start the bot process against the fake Discord; resolves once it logged "ready". */
async function startBotProcess(
  o: DiscordBenchOptions,
  fake: FakeDiscord,
): Promise<{ child: ChildProcess; startMs: number; waitFor: (text: string, timeoutMs: number) => Promise<void> }> {
  const t0 = performance.now();
  // BENCH_PROFILE=1: a CPU profile of the bot process in .cache/prof/ (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', join(ROOT, '.cache/prof')] : [];
  const child = spawn(process.execPath, [...profile, join(ROOT, 'src/bin.js'), 'bot'], {
    // A folder without .env, so only these settings apply.
    cwd: mkdtempSync(join(os.tmpdir(), 'readout-bench-bot-')),
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      CORPUS_DIR: o.dir,
      CACHE_DIR: o.snapshotCache,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((done, fail) => {
    const look = (chunk: Buffer) => {
      // Only the start-up lines are kept: the interaction log lines are not needed.
      if (output.length < 100_000) output += chunk.toString();
      if (output.includes('"msg":"ready"')) done();
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => fail(new Error(`the bot exited (code ${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
  await ready;
  /** Resolves when the bot next prints `text` (read from new output only: the log is not kept). */
  const waitFor = (text: string, timeoutMs: number) =>
    new Promise<void>((done, fail) => {
      let tail = '';
      const timer = setTimeout(() => finish(new Error(`the bot did not log "${text}" within ${timeoutMs} ms`)), timeoutMs);
      const look = (chunk: Buffer) => {
        tail = (tail + chunk.toString()).slice(-10_000);
        if (tail.includes(text)) finish();
      };
      const finish = (error?: Error) => {
        clearTimeout(timer);
        child.stdout?.off('data', look);
        child.stderr?.off('data', look);
        if (error) fail(error);
        else done();
      };
      child.stdout?.on('data', look);
      child.stderr?.on('data', look);
    });
  return { child, startMs: performance.now() - t0, waitFor };
}

/** The readout the reload round adds (in the synthetic archive's format), removed afterwards. */
function reloadReadout(dir: string): string {
  const path = join(dir, 'bench-reload.md');
  writeFileSync(
    path,
    [
      '---',
      "title: Readout of Secretary of Defense Bench Reload's Call With Minister Example",
      'date: 2025-06-30',
      'source: https://www.war.gov/News/Releases/bench-reload/',
      '---',
      'Secretary of Defense Bench Reload spoke with Minister Example today to discuss the hot reload of the archive.',
      '',
    ].join('\n'),
  );
  return path;
}

export async function benchDiscord(o: DiscordBenchOptions): Promise<DiscordBench> {
  const rounds = o.rounds ?? 101;
  const loadBefore = os.loadavg()[0] as number;
  const fake = await startFakeDiscord();
  o.progress('discord: building or checking the snapshot (node src/bin.js index)…');
  await new Promise<void>((done, fail) => {
    const index = spawn(process.execPath, [join(ROOT, 'src/bin.js'), 'index', '--corpus', o.dir], {
      env: { ...process.env, CACHE_DIR: o.snapshotCache },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    index.once('exit', (code) => (code === 0 ? done() : fail(new Error(`readout index exited ${code}`))));
  });
  o.progress('discord: starting the bot (node src/bin.js bot) against the fake Discord…');
  const { child, startMs, waitFor } = await startBotProcess(o, fake);
  // The first answers measure a warmed-up bot, not its start-up chores: after
  // "ready" it still takes in its guilds, syncs announcements and looks at the
  // corpus folder once (2 s after start). A user arriving 3 s after the start.
  await new Promise((r) => setTimeout(r, 3000));
  const rssReadyMB = rssOf(child.pid);
  o.progress(`  ready after ${startMs.toFixed(0)} ms, RSS ${rssReadyMB?.toFixed(0)} MB`);

  let users = 0;
  const newUser = (): JsonObject => {
    const id = String(500000000000000000n + BigInt(users++));
    return { member: { user: { id, username: `bench${id.slice(-6)}` } } };
  };
  const send = async (payload: JsonObject): Promise<{ ms: number; body: Sent }> => {
    const receipt = await fake.dispatchInteraction(payload);
    const callback = await fake.waitForCallback(receipt.id as string, 30_000);
    return { ms: callback.at - receipt.sentAt, body: callback.body as Sent };
  };

  // Inputs: names and topics from the archive's own tables, so most questions have answers.
  const rng = new Rng(o.seed * 7919 + 17);
  const topicNames = TOPICS.map((t) => t.forms[0] as string).filter((f) => f.length <= 40);
  // Topics in most readouts (dense) or in many (sparse): the long timelines.
  const hot = o.dense
    ? ['Ukraine', 'North Korea', 'South China Sea', 'cyber', 'climate change']
    : ['North Korea', 'Japan', 'NATO', 'South China Sea', 'cyber'];
  const topic = () => (rng.chance(0.5) ? rng.pick(hot) : rng.pick(topicNames));
  const surname = () => rng.pick(OFFICIALS).surname;
  const counterpart = () => rng.pick(COUNTERPARTS);
  const year = () => 2011 + rng.int(14);
  const typo = (word: string) => {
    const at = 1 + rng.int(Math.max(1, word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const ABSENT = [
    'lunar mining rights',
    'the penguin census',
    'underwater basket weaving',
    'zorblax quintessence',
    'sourdough starter recipes',
  ];
  const BOILERPLATE = [
    'the two leaders discussed',
    'reaffirmed the ironclad commitment',
    'pledged to remain in close contact',
    'in the coming months',
  ];
  const ask = (name: string, question: () => string): Kind => ({
    name: `/ask ${name}`,
    run: async (_round, user) => {
      const input = question();
      const { ms } = await send(fake.chatInput('ask', { question: input }, user));
      return { input, ms };
    },
  });
  // Replies whose buttons later kinds press, kept per round.
  const longTimeline = () => rng.pick(hot);
  const missing = new Set<string>();
  let timelineReply: { body: Sent; user: JsonObject; input: string } | null = null;
  let nextReply: { body: Sent; user: JsonObject } | null = null;
  let askReply: { body: Sent; input: string } | null = null;
  let missReply: { body: Sent; user: JsonObject; input: string } | null = null;
  let sourcesReply: { body: Sent; user: JsonObject } | null = null;
  const press = (name: string, pick: () => { customId: string; values?: string[]; user: JsonObject; input: string } | null): Kind => ({
    name,
    run: async () => {
      const what = pick();
      if (!what) {
        missing.add(name);
        return null;
      }
      const payload = what.values ? fake.selectMenu(what.customId, what.values, what.user) : fake.button(what.customId, what.user);
      const { ms, body } = await send(payload);
      if (name === 'button: timeline Next') nextReply = { body, user: what.user };
      return { input: what.input, ms };
    },
  });

  const kinds: Kind[] = [
    ask('topic', () => `what about ${topic()}?`),
    ask('when', () => `when did ${surname()} meet ${counterpart().name}?`),
    ask('where', () => `where did ${surname()} meet ${counterpart().short}?`),
    ask('who', () => `who did ${surname()} meet in ${rng.pick(COUNTRIES).capital}?`),
    ask('yes/no', () => `did they discuss ${topic()}?`),
    ask('said', () => `what did ${surname()} say about ${topic()}?`),
    ask('count', () => `how many readouts mention ${topic()}?`),
    ask('dated', () =>
      rng.pick([
        `what about ${topic()} in ${year()}?`,
        `what did ${surname()} say about ${topic()} since ${year()}?`,
        `${topic()} between ${year()} and ${year()}`,
      ]),
    ),
    ask(
      'typo (fuzzy)',
      () =>
        `what about ${typo(
          rng
            .pick(topicNames)
            .split(' ')
            .sort((a, b) => b.length - a.length)[0] as string,
        )}?`,
    ),
    {
      name: '/ask miss',
      run: async (_round, user) => {
        const input = `what about ${rng.pick(ABSENT)}?`;
        const { ms, body } = await send(fake.chatInput('ask', { question: input }, user));
        if (componentsOf(body).some((c) => c.custom_id.startsWith('pick:'))) missReply = { body, user, input };
        return { input, ms };
      },
    },
    {
      name: '/ask (reply with Show context)',
      run: async (_round, user) => {
        const input = `what about ${rng.pick(hot)}?`;
        const { ms, body } = await send(fake.chatInput('ask', { question: input }, user));
        askReply = { body, input };
        return { input, ms };
      },
    },
    {
      name: '/timeline',
      run: async (_round, user) => {
        const input = longTimeline();
        const { ms, body } = await send(fake.chatInput('timeline', { topic: input }, user));
        timelineReply = { body, user, input };
        return { input, ms };
      },
    },
    {
      name: '/timeline from/to',
      run: async (_round, user) => {
        const [name, from] = [topic().slice(0, 50), year()];
        const { ms } = await send(fake.chatInput('timeline', { topic: name, from: `${from}-01-01`, to: `${from + 3}-12-31` }, user));
        return { input: `${name} from ${from} to ${from + 3}`, ms };
      },
    },
    {
      name: '/quote',
      run: async (_round, user) => {
        const input = rng.chance(0.5) ? rng.pick(BOILERPLATE) : rng.pick(topicNames);
        const { ms } = await send(fake.chatInput('quote', { phrase: input }, user));
        return { input, ms };
      },
    },
    {
      name: '/quote miss',
      run: async (_round, user) => {
        const input = rng.pick(ABSENT);
        const { ms } = await send(fake.chatInput('quote', { phrase: input }, user));
        return { input, ms };
      },
    },
    {
      name: '/sources',
      run: async (_round, user) => {
        const { ms, body } = await send(fake.chatInput('sources', {}, user));
        sourcesReply = { body, user };
        return { input: '', ms };
      },
    },
    {
      name: 'autocomplete: topic',
      run: async (_round, user) => {
        const input = rng
          .pick(topicNames)
          .replace(/^the /, '')
          .slice(0, 2 + rng.int(5));
        const { ms } = await send(fake.autocomplete('timeline', { topic: input }, 'topic', user));
        return { input, ms };
      },
    },
    {
      name: 'autocomplete: phrase',
      run: async (_round, user) => {
        const phrase = rng.pick(BOILERPLATE);
        const input = phrase.slice(0, Math.max(3, phrase.length - 1 - rng.int(6)));
        const { ms } = await send(fake.autocomplete('quote', { phrase: input }, 'phrase', user));
        return { input, ms };
      },
    },
    press('button: timeline Next', () => {
      const t = timelineReply;
      const next = t && componentsOf(t.body).find((c) => c.label === 'Next');
      return t && next ? { customId: next.custom_id, user: t.user, input: t.input } : null;
    }),
    press('button: timeline Previous', () => {
      const t = nextReply;
      const previous = t && componentsOf(t.body).find((c) => c.label === 'Previous');
      return t && previous ? { customId: previous.custom_id, user: t.user, input: previous.custom_id } : null;
    }),
    press('menu: Jump to year', () => {
      const t = timelineReply;
      const menu = t && componentsOf(t.body).find((c) => c.custom_id.startsWith('tly:'));
      const options = menu?.options ?? [];
      const value = options[Math.floor(options.length / 2)]?.value;
      return t && menu && value ? { customId: menu.custom_id, values: [value], user: t.user, input: `${t.input} → ${value}` } : null;
    }),
    press('button: Show context', () => {
      const a = askReply;
      const context = a && componentsOf(a.body).find((c) => c.custom_id.startsWith('ctx:'));
      return a && context ? { customId: context.custom_id, user: newUser(), input: a.input } : null;
    }),
    press('menu: miss ("did you mean")', () => {
      const m = missReply;
      const menu = m && componentsOf(m.body).find((c) => c.custom_id.startsWith('pick:'));
      const value = menu?.options?.[0]?.value;
      return m && menu && value ? { customId: menu.custom_id, values: [value], user: m.user, input: `${m.input} → ${value}` } : null;
    }),
    press('button: sources Next', () => {
      const s = sourcesReply;
      const next = s && componentsOf(s.body).find((c) => c.label === 'Next');
      return s && next ? { customId: next.custom_id, user: s.user, input: next.custom_id } : null;
    }),
  ];

  const samples = new Map<string, { input: string; ms: number }[]>(kinds.map((k) => [k.name, []]));
  let rssAfterMB: number | null = null;
  const wake = async (): Promise<number> => {
    let first: number | null = null;
    for (const started = performance.now(); first === null || performance.now() - started < WAKE_MS; ) {
      const { ms } = await send(fake.button('wake-up:from-an-unknown-version', newUser()));
      first ??= ms;
    }
    return first;
  };
  // One user per chain: a command and the buttons pressed on its reply.
  const runRound = async (round: number, record: (kind: string, sample: { input: string; ms: number }) => void) => {
    let user = newUser();
    for (const kind of kinds) {
      if (!kind.name.startsWith('button') && !kind.name.startsWith('menu')) user = newUser();
      const sample = await kind.run(round, user);
      if (sample) record(kind.name, sample);
    }
  };
  let wakeMs = 0;
  let reloadMs: number | null = null;
  const afterReload = new Map<string, number>();
  const snapshot = snapshotPath(o.snapshotCache, o.dir);
  const kept = `${snapshot}.bench-kept`;
  let added: string | null = null;
  try {
    wakeMs = await wake();
    for (let round = 0; round < rounds; round++) {
      await runRound(round, (kind, sample) => samples.get(kind)?.push(sample));
      if (round === 0) o.progress(`  first round done (${kinds.length} kinds)`);
      else if ((round + 1) % 10 === 0) o.progress(`  round ${round + 1}/${rounds}`);
    }
    // The archive's snapshot, kept by a second name: the reload replaces the file.
    rmSync(kept, { force: true });
    linkSync(snapshot, kept);
    o.progress('  reload: a readout added to the archive; waiting for the swap…');
    const t = performance.now();
    added = reloadReadout(o.dir);
    await waitFor('corpus reloaded', 600_000);
    reloadMs = performance.now() - t;
    o.progress(`  reloaded after ${reloadMs.toFixed(0)} ms; one round of first answers`);
    await new Promise((r) => setTimeout(r, 3000));
    await wake();
    await runRound(rounds, (kind, sample) => afterReload.set(kind, sample.ms));
  } finally {
    rssAfterMB = rssOf(child.pid);
    child.kill('SIGTERM');
    await once(child, 'exit');
    await fake.close();
    if (added) rmSync(added, { force: true });
    try {
      renameSync(kept, snapshot);
    } catch {
      // Nothing was kept (the run stopped before the reload).
    }
    o.progress(`  bot stopped; RSS at the end ${rssAfterMB?.toFixed(0)} MB`);
  }
  const results: KindResult[] = kinds.map((k) => {
    const all = samples.get(k.name) ?? [];
    const steady = all
      .slice(1)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    return {
      kind: k.name,
      firstMs: all[0]?.ms ?? null,
      afterReloadMs: afterReload.get(k.name) ?? null,
      n: steady.length,
      medianMs: percentile(steady, 0.5),
      p99Ms: percentile(steady, 0.99),
      maxMs: steady[steady.length - 1] ?? null,
    };
  });
  const slowest = kinds
    .flatMap((k) => (samples.get(k.name) ?? []).map((s) => ({ kind: k.name, input: s.input, ms: Math.round(s.ms * 10) / 10 })))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  const load = { before: loadBefore, after: os.loadavg()[0] as number };
  return { rounds, startMs, rssReadyMB, rssAfterMB, kinds: results, slowest, wakeMs, reloadMs, missing: [...missing], load };
}

const fmt = (x: number | null) => (x === null ? 'n/a' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function printDiscordTable(r: DiscordBench): void {
  console.log(`\nDiscord path: dispatch → first interaction callback (ms), ${r.rounds - 1} steady rounds after a first one`);
  console.log(
    `bot start → ready ${fmt(r.startMs)} ms; bot RSS ready ${fmt(r.rssReadyMB)} MB, after ${fmt(r.rssAfterMB)} MB; load average ${fmt(r.load.before)} → ${fmt(r.load.after)} (${os.cpus().length} cpus)\n`,
  );
  const width = Math.max(...r.kinds.map((k) => k.kind.length));
  console.log(
    `${'kind'.padEnd(width)}  ${'first'.padStart(8)}  ${'reload'.padStart(8)}  ${'median'.padStart(8)}  ${'p99'.padStart(8)}  ${'max'.padStart(8)}`,
  );
  console.log('-'.repeat(width + 50));
  for (const k of r.kinds) {
    console.log(
      `${k.kind.padEnd(width)}  ${fmt(k.firstMs).padStart(8)}  ${fmt(k.afterReloadMs).padStart(8)}  ${fmt(k.medianMs).padStart(8)}  ${fmt(k.p99Ms).padStart(8)}  ${fmt(k.maxMs).padStart(8)}`,
    );
  }
  const worstP99 = Math.max(...r.kinds.map((k) => k.p99Ms ?? 0));
  const worstFirst = Math.max(...r.kinds.map((k) => k.firstMs ?? 0));
  console.log(`\nworst p99 ${fmt(worstP99)} ms, worst first answer ${fmt(worstFirst)} ms`);
  console.log(`first interaction after start (a stale button, after the 3 s idle wait): ${fmt(r.wakeMs)} ms`);
  const worstReload = Math.max(...r.kinds.map((k) => k.afterReloadMs ?? 0));
  console.log(
    `reload (a readout added → swapped in and warmed up): ${fmt(r.reloadMs)} ms; worst first answer after it ${fmt(worstReload)} ms`,
  );
  if (r.missing.length) console.log(`not measured (no such component in the replies): ${r.missing.join(', ')}`);
  console.log('slowest:');
  for (const s of r.slowest.slice(0, 5)) console.log(`  ${fmt(s.ms).padStart(8)} ms  ${s.kind}  ${s.input.slice(0, 80)}`);
}
