/**
 * `npm run bench -- [--readouts 1000|10000|40000] [--dense] [--discord] [--seed N] [--json FILE] [--queries N] [--cold-runs N] [--skip PHASES]`
 *
 * Readout at archive scale, beside plain MiniSearch (tools/baseline.ts), on
 * a synthetic archive (tools/synthetic.ts, cached in
 * `.cache/archive-<readouts>-<seed>/`) and a seeded query mix drawn from it
 * (tools/benchQueries.ts):
 *
 * - load: corpus load (loadCorpus) and index build (Engine.fromCorpus), peak RSS
 *   and heap after load, each in a fresh child process that only loads;
 * - cold start: process start → first answer printed by `node src/bin.js ask …
 *   --corpus DIR` (median of --cold-runs, default 3), with an empty CACHE_DIR
 *   so it builds; the snapshot column runs the same command with a warm one;
 * - latency of ask, timeline, quote and autocomplete (median and p99, after 100
 *   warm-up queries), overall and per query category;
 * - the "snapshot" column: the same loads and cold starts from the index
 *   snapshot (Engine.loadOrBuild) the run before wrote.
 *
 * `--dense` uses the dense archive (a handful of topics in most readouts,
 * tools/synthetic.ts). `--discord` measures the Discord path instead
 * (tools/benchDiscord.ts): the real bot against the fake Discord, dispatch to
 * first interaction callback per command, button and menu.
 *
 * Prints progress to stderr and a table to stdout; writes the results as JSON
 * to `.cache/bench/results-[dense-]<readouts>.json` (`discord-[dense-]<readouts>.json`
 * for --discord) and to --json FILE.
 * `--cluster` measures interactions per second and p99 through HAProxy in
 * front of two `serve` replicas (PostgreSQL, two workers) beside the gateway
 * bot's on the same interactions (tools/benchCluster.ts; `cluster-<readouts>.json`).
 * --skip takes a comma-separated list of: memory, cold, baseline, queries.
 *
 * Profiling: `node --cpu-prof --cpu-prof-dir .cache/prof --import tsx tools/bench.ts --readouts 1000 --skip memory,cold`
 * profiles build and queries in one process; open the .cpuprofile in Chrome DevTools.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { z } from 'zod';
import { Engine } from '../src/engine/engine.ts';
import { loadCorpus, type Corpus } from '../src/corpus/folder.ts';
import { readAliasFile } from '../src/search/aliases.ts';
import { Baseline } from './baseline.ts';
import { BENCH_COMMANDS, buildQueryMix, type BenchCommand, type BenchQuery } from './benchQueries.ts';
import { ensureArchive } from './synthetic.ts';
import { benchDiscord, printDiscordTable } from './benchDiscord.ts';
import { benchCluster, printClusterTable } from './benchCluster.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, '.cache');
const SELF = join(ROOT, 'tools/bench.ts');
const COLD_QUESTION = 'what about North Korea?';
const CHILD_TAG = 'BENCH_CHILD ';

/**
 * Autocomplete as Discord asks for it: a single word or name is a /timeline
 * topic being typed; several words are a /quote phrase being typed.
 */
export function autocomplete(engine: Engine, input: string): string[] {
  const kind = input.trim().includes(' ') ? 'phrase' : 'topic';
  return engine.complete(input, kind).map((c) => c.value);
}
const AUTOCOMPLETE_LABEL = 'autocomplete (topics and phrases)';

// ---------------------------------------------------------------------------
// Baseline for quote (ask, timeline and autocomplete use Baseline, plain MiniSearch)

/** quote baseline: a linear, case-insensitive `includes` over every sentence text. */
class ScanBaseline {
  private readonly lower: string[];
  constructor(corpus: Pick<Corpus, 'readouts'>) {
    this.lower = corpus.readouts.flatMap((r) => r.sentences.map((s) => s.text.toLowerCase()));
  }
  quote(phrase: string): number[] {
    const needle = phrase.trim().toLowerCase();
    const hits: number[] = [];
    if (!needle) return hits;
    for (let i = 0; i < this.lower.length; i++) if ((this.lower[i] as string).includes(needle)) hits.push(i);
    return hits;
  }
}

// ---------------------------------------------------------------------------
// Small utilities

/** A full garbage collection, between phases, so no phase pays for another's garbage. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const started = performance.now();
function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}\n`);
}

interface Stats {
  n: number;
  median: number;
  p99: number;
  max: number;
  mean: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n, median: NaN, p99: NaN, max: NaN, mean: NaN };
  const median = n % 2 ? (sorted[(n - 1) / 2] as number) : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
  const p99 = sorted[Math.min(n - 1, Math.ceil(0.99 * n) - 1)] as number;
  return { n, median, p99, max: sorted[n - 1] as number, mean: sorted.reduce((a, b) => a + b, 0) / n };
}

const MB = 1024 * 1024;
const round = (x: number | null | undefined, digits = 1): number | null =>
  x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(digits));

interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** ms from spawn to the first byte on stdout */
  firstOutputMs: number | null;
  /** ms from spawn to exit */
  totalMs: number;
}

function run(args: string[], env: Record<string, string> = {}): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    let firstOutputMs: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      firstOutputMs ??= performance.now() - t0;
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, firstOutputMs, totalMs: performance.now() - t0 }));
  });
}

/** Run this file in a fresh node with tsx, in one of its child modes; returns the JSON it reports, checked by `schema`. */
async function runChildMode<T>(mode: string, extra: string[], schema: z.ZodType<T>): Promise<T> {
  const out = await run(['--expose-gc', '--import', 'tsx', SELF, '--child', mode, ...extra]);
  const line = out.stdout.split('\n').find((l) => l.startsWith(CHILD_TAG));
  if (out.code !== 0 || !line) {
    throw new Error(`child "${mode}" failed (exit ${out.code}):\n${out.stderr.slice(-2000)}`);
  }
  return schema.parse(JSON.parse(line.slice(CHILD_TAG.length)));
}

// ---------------------------------------------------------------------------
// Child modes: run in a fresh process so the parent's bookkeeping does not pollute them

const LoadReportSchema = z.object({
  what: z.enum(['engine', 'baseline', 'snapshot']),
  corpusMs: z.number().nullable(),
  buildMs: z.number().nullable(),
  totalMs: z.number(),
  rssMB: z.number(),
  heapUsedMB: z.number(),
  externalMB: z.number(),
  maxRssMB: z.number(),
  /** RSS once the engine has also answered its warm-up (as a bot does before its first interaction). */
  warmRssMB: z.number().nullable(),
  sentences: z.number().nullable(),
  /** Engine.origin when the engine reports it: whether a snapshot was really used. */
  origin: z.unknown(),
});
type LoadReport = z.infer<typeof LoadReportSchema>;

async function childLoad(dir: string, what: LoadReport['what'], cacheDir: string): Promise<void> {
  const t0 = performance.now();
  let corpusMs: number | null = null;
  let buildMs: number | null = null;
  let sentences: number | null = null;
  let kept: unknown;
  if (what === 'snapshot') {
    const engine = Engine.loadOrBuild(dir, { cacheDir });
    sentences = engine.index.size;
    kept = engine;
  } else {
    let corpus: Corpus | null = loadCorpus(dir);
    corpusMs = performance.now() - t0;
    const t1 = performance.now();
    if (what === 'engine') {
      const engine = Engine.fromCorpus(corpus, readAliasFile(dir).groups);
      sentences = engine.index.size;
      kept = engine;
    } else {
      kept = new Baseline(corpus);
      sentences = corpus.readouts.reduce((sum, r) => sum + r.sentences.length, 0);
    }
    buildMs = performance.now() - t1;
    corpus = null;
  }
  const totalMs = performance.now() - t0;
  // What stays in memory once loading is over, not what loading left behind.
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();
  let warmRssMB: number | null = null;
  if (kept instanceof Engine) {
    kept.warmUp();
    (globalThis as { gc?: () => void }).gc?.();
    warmRssMB = process.memoryUsage().rss / MB;
  }
  const report: LoadReport = {
    what,
    corpusMs,
    buildMs,
    totalMs,
    rssMB: mem.rss / MB,
    heapUsedMB: mem.heapUsed / MB,
    externalMB: mem.external / MB,
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    warmRssMB,
    sentences,
    origin: (kept as { origin?: unknown }).origin ?? null,
  };
  process.stdout.write(`${CHILD_TAG}${JSON.stringify(report)}\n`);
  if (kept === undefined) throw new Error('unreachable');
}

/** Cold start of the baseline: load, build, answer one question, print it. */
function childAsk(dir: string, question: string): void {
  const answer = new Baseline(loadCorpus(dir)).answer('ask', question);
  process.stdout.write(`${answer.results[0]?.text ?? '(none)'}\n`);
}

// ---------------------------------------------------------------------------
// Latency

interface Sample {
  query: BenchQuery;
  ms: number;
  none: boolean | null;
  error?: string;
}

function measure(warmup: BenchQuery[], queries: BenchQuery[], answer: (q: BenchQuery) => boolean | null): Sample[] {
  for (const q of warmup) {
    try {
      answer(q);
    } catch {
      // Warm-up only.
    }
  }
  const samples: Sample[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    let none: boolean | null = null;
    let error: string | undefined;
    try {
      none = answer(query);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    samples.push({ query, ms: performance.now() - t0, none, ...(error ? { error } : {}) });
  }
  return samples;
}

function engineAnswer(engine: Engine, command: BenchCommand): (q: BenchQuery) => boolean | null {
  if (command === 'autocomplete') return (q) => autocomplete(engine, q.input).length === 0;
  return (q) => {
    const request =
      command === 'timeline'
        ? { command, input: q.input, ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) }
        : { command, input: q.input };
    return engine.answer(request).none;
  };
}

function baselineAnswer(baseline: Baseline, scan: ScanBaseline, command: BenchCommand): (q: BenchQuery) => boolean | null {
  switch (command) {
    case 'ask':
    case 'timeline':
      return (q) => baseline.answer(command, q.input).none;
    case 'quote':
      return (q) => scan.quote(q.input).length === 0;
    case 'autocomplete':
      // What plain MiniSearch offers for autocomplete: autoSuggest, defaults.
      return (q) => baseline.suggest(q.input).length === 0;
  }
}

// ---------------------------------------------------------------------------
// Main

interface Row {
  metric: string;
  unit: string;
  readout: number | null;
  snapshot: number | null;
  baseline: number | null;
  ratio: number | null;
  note?: string;
}

const USAGE =
  'usage: npm run bench -- [--readouts 1000|10000|40000] [--dense] [--discord] [--cluster] [--seed N] [--json FILE] [--queries N] [--cold-runs N] [--skip memory,cold,baseline,queries]';

interface BenchOptions {
  readouts: number;
  seed: number;
  dense: boolean;
  perCommand: number;
  coldRuns: number;
  skip: Set<string>;
  json: string | undefined;
}

/** The command line; exits with the usage line on a bad value. Child modes run here and return null. */
async function parseOptions(): Promise<(BenchOptions & { discord: boolean; cluster: boolean }) | null> {
  const { values } = parseArgs({
    options: {
      readouts: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      dense: { type: 'boolean', default: false },
      discord: { type: 'boolean', default: false },
      cluster: { type: 'boolean', default: false },
      json: { type: 'string' },
      queries: { type: 'string', default: '240' },
      'cold-runs': { type: 'string', default: '3' },
      skip: { type: 'string', default: '' },
      // child modes
      child: { type: 'string' },
      dir: { type: 'string' },
      what: { type: 'string' },
      question: { type: 'string' },
      cache: { type: 'string' },
    },
  });
  if (values.child === 'load') {
    await childLoad(values.dir as string, values.what as LoadReport['what'], values.cache ?? '');
    return null;
  }
  if (values.child === 'ask') {
    childAsk(values.dir as string, values.question ?? COLD_QUESTION);
    return null;
  }
  const options = {
    readouts: Number(values.readouts),
    seed: Number(values.seed),
    dense: values.dense,
    discord: values.discord,
    cluster: values.cluster,
    perCommand: Number(values.queries),
    coldRuns: Number(values['cold-runs']),
    skip: new Set(
      values.skip
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    json: values.json,
  };
  if (
    !Number.isInteger(options.readouts) ||
    options.readouts < 1 ||
    !Number.isInteger(options.seed) ||
    !Number.isInteger(options.perCommand) ||
    options.perCommand < 1
  ) {
    console.error(USAGE);
    process.exit(2);
  }
  return options;
}

/** The seeded synthetic archive, generated once and cached under .cache/. */
function prepareArchive(o: BenchOptions): { dir: string; bytes: number } {
  progress(`archive: ${o.readouts} readouts${o.dense ? ' (dense)' : ''}, seed ${o.seed}`);
  const archive = ensureArchive(CACHE, o.readouts, o.seed, (n) => progress(`  generated ${n}/${o.readouts} readouts`), o.dense);
  progress(
    `archive ${archive.reused ? 'reused' : 'generated'}: ${archive.dir} (${archive.summary.sentences} sentences, ${(archive.summary.bytes / MB).toFixed(1)} MB)`,
  );
  return { dir: archive.dir, bytes: archive.summary.bytes };
}

/** The bench's own snapshot folder, so it never reads or replaces the user's. */
function benchSnapshots(o: BenchOptions): string {
  return join(CACHE, 'bench', `snapshots-${o.dense ? 'dense-' : ''}${o.readouts}-${o.seed}`);
}

/** Load and memory, each in a fresh process: engine built, baseline built, engine from its snapshot. */
async function measureLoads(
  dir: string,
  snapshotCache: string,
  skip: Set<string>,
): Promise<Partial<Record<LoadReport['what'], LoadReport>>> {
  const loads: Partial<Record<LoadReport['what'], LoadReport>> = {};
  if (skip.has('memory')) return loads;
  progress('load + memory: engine (fresh process)…');
  loads.engine = await runChildMode('load', ['--dir', dir, '--what', 'engine'], LoadReportSchema);
  progress(
    `  engine: corpus ${loads.engine.corpusMs?.toFixed(0)} ms, build ${loads.engine.buildMs?.toFixed(0)} ms, peak RSS ${loads.engine.maxRssMB.toFixed(0)} MB`,
  );
  if (!skip.has('baseline')) {
    progress('load + memory: baseline (fresh process)…');
    loads.baseline = await runChildMode('load', ['--dir', dir, '--what', 'baseline'], LoadReportSchema);
    progress(`  baseline: build ${loads.baseline.buildMs?.toFixed(0)} ms, peak RSS ${loads.baseline.maxRssMB.toFixed(0)} MB`);
  }
  progress('load + memory: snapshot (one run to write it, one measured)…');
  rmSync(snapshotCache, { recursive: true, force: true });
  await runChildMode('load', ['--dir', dir, '--what', 'snapshot', '--cache', snapshotCache], LoadReportSchema);
  loads.snapshot = await runChildMode('load', ['--dir', dir, '--what', 'snapshot', '--cache', snapshotCache], LoadReportSchema);
  progress(
    `  snapshot: load ${loads.snapshot.totalMs.toFixed(0)} ms, RSS ${loads.snapshot.rssMB.toFixed(0)} MB, after warm-up ${loads.snapshot.warmRssMB?.toFixed(0)} MB, peak ${loads.snapshot.maxRssMB.toFixed(0)} MB, origin ${JSON.stringify(loads.snapshot.origin)}`,
  );
  return loads;
}

interface ColdStarts {
  readout: number[];
  snapshot: number[];
  baseline: number[];
  errors: string[];
}

/** Cold start: process start → first answer printed, built, from a snapshot, and the baseline's. */
async function measureColdStarts(dir: string, snapshotCache: string, coldRuns: number, skip: Set<string>): Promise<ColdStarts> {
  const cold: ColdStarts = { readout: [], snapshot: [], baseline: [], errors: [] };
  if (skip.has('cold') || coldRuns <= 0) return cold;
  for (let i = 0; i < coldRuns; i++) {
    progress(`cold start ${i + 1}/${coldRuns}: node src/bin.js ask "${COLD_QUESTION}" --corpus …`);
    // An empty CACHE_DIR: no snapshot to load, so the CLI builds the index.
    const empty = mkdtempSync(join(os.tmpdir(), 'readout-bench-'));
    const out = await run(['src/bin.js', 'ask', COLD_QUESTION, '--corpus', dir], { CACHE_DIR: empty });
    rmSync(empty, { recursive: true, force: true });
    if (out.code !== 0 || out.firstOutputMs === null) {
      // The engine is under active development: report it and go on with the rest.
      cold.errors.push(`exit ${out.code}: ${(out.stderr || out.stdout).trim().slice(-500)}`);
      progress(`  FAILED (exit ${out.code}): ${(out.stderr || out.stdout).trim().slice(-300)}`);
      continue;
    }
    cold.readout.push(out.firstOutputMs);
    progress(`  first answer after ${out.firstOutputMs.toFixed(0)} ms`);
  }
  // One run to write the snapshot (if the memory phase has not), then the measured ones.
  await run(['src/bin.js', 'ask', COLD_QUESTION, '--corpus', dir], { CACHE_DIR: snapshotCache });
  for (let i = 0; i < coldRuns; i++) {
    const out = await run(['src/bin.js', 'ask', COLD_QUESTION, '--corpus', dir], { CACHE_DIR: snapshotCache });
    if (out.code === 0 && out.firstOutputMs !== null) cold.snapshot.push(out.firstOutputMs);
  }
  progress(`  snapshot cold start: ${cold.snapshot.map((x) => x.toFixed(0)).join(', ')} ms`);
  if (!skip.has('baseline')) {
    for (let i = 0; i < coldRuns; i++) {
      const out = await run(['--import', 'tsx', SELF, '--child', 'ask', '--dir', dir, '--question', COLD_QUESTION]);
      if (out.code === 0 && out.firstOutputMs !== null) cold.baseline.push(out.firstOutputMs);
    }
    progress(`  baseline cold start: ${cold.baseline.map((x) => x.toFixed(0)).join(', ')} ms`);
  }
  return cold;
}

interface InProcess {
  corpusMs: number;
  buildMs: number;
  baselineBuildMs: number | null;
  sentences: number;
  latency: Partial<Record<BenchCommand, { readout: Sample[]; baseline: Sample[] | null }>>;
}

/** In this process: load and build, then the latency of each command, Readout first, then the baselines. */
function measureInProcess(dir: string, o: BenchOptions): InProcess {
  progress('in-process: loading corpus…');
  let t = performance.now();
  let corpus: Corpus | null = loadCorpus(dir);
  const corpusMs = performance.now() - t;
  if (corpus.skipped.length || corpus.warnings.length) {
    progress(`  WARNING: ${corpus.skipped.length} skipped, ${corpus.warnings.length} warnings (expected none)`);
  }
  const sentences = corpus.readouts.reduce((sum, r) => sum + r.sentences.length, 0);
  progress(`  ${corpus.readouts.length} readouts, ${sentences} sentences in ${corpusMs.toFixed(0)} ms; building index…`);
  t = performance.now();
  const engine = Engine.fromCorpus(corpus, readAliasFile(dir).groups);
  const buildMs = performance.now() - t;
  progress(`  index built in ${buildMs.toFixed(0)} ms`);
  // As the bot does at start-up (src/discord/runtime.ts): latencies are those of a running bot.
  engine.warmUp();
  const mix = o.skip.has('queries') ? null : buildQueryMix(corpus, o.seed, o.perCommand);
  // A running bot holds its index, not the parsed files: let them go (and
  // collect them now, not in the middle of a measured query).
  corpus = null;
  collectGarbage();

  const latency: InProcess['latency'] = {};
  if (mix) {
    for (const command of BENCH_COMMANDS) {
      progress(`latency: ${command} (${mix.warmup[command].length} warm-up, ${mix.queries[command].length} measured)…`);
      const ours = measure(mix.warmup[command], mix.queries[command], engineAnswer(engine, command));
      const s = stats(ours.map((x) => x.ms));
      progress(`  readout  median ${s.median.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, max ${s.max.toFixed(1)} ms`);
      latency[command] = { readout: ours, baseline: null };
    }
  }
  let baselineBuildMs: number | null = null;
  if (!o.skip.has('baseline')) {
    const again = loadCorpus(dir);
    t = performance.now();
    const baseline = new Baseline(again);
    baselineBuildMs = performance.now() - t;
    const scan = new ScanBaseline(again);
    progress(`  baseline (MiniSearch defaults) built in ${baselineBuildMs.toFixed(0)} ms`);
    collectGarbage();
    if (mix) {
      for (const command of BENCH_COMMANDS) {
        progress(`latency: ${command}, baseline…`);
        const theirs = measure(mix.warmup[command], mix.queries[command], baselineAnswer(baseline, scan, command));
        const b = stats(theirs.map((x) => x.ms));
        progress(`  baseline median ${b.median.toFixed(2)} ms, p99 ${b.p99.toFixed(2)} ms, max ${b.max.toFixed(1)} ms`);
        const entry = latency[command];
        if (entry) entry.baseline = theirs;
      }
    }
  }
  return { corpusMs, buildMs, baselineBuildMs, sentences, latency };
}

interface Report {
  rows: Row[];
  categories: Record<string, Record<string, unknown>>;
  slowest: Record<string, { category: string; input: string; ms: number }[]>;
  errors: Record<string, { category: string; input: string; error: string }[]>;
}

/** The table rows, latency per query category, the slowest queries and any that threw. */
function buildReport(
  loads: Partial<Record<LoadReport['what'], LoadReport>>,
  cold: ColdStarts,
  inProcess: InProcess,
  coldRuns: number,
): Report {
  const rows: Row[] = [];
  const row = (metric: string, unit: string, readout: number | null, snap: number | null, base: number | null, note?: string) =>
    rows.push({
      metric,
      unit,
      readout: round(readout, 2),
      snapshot: round(snap, 2),
      baseline: round(base, 2),
      ratio: readout !== null && base ? round(readout / base, 2) : null,
      ...(note ? { note } : {}),
    });
  const e = loads.engine;
  const b = loads.baseline;
  const sn = loads.snapshot;
  row('corpus load (loadCorpus), fresh process', 'ms', e?.corpusMs ?? null, null, b?.corpusMs ?? null);
  row('index build (Engine.fromCorpus / new Baseline), fresh process', 'ms', e?.buildMs ?? null, null, b?.buildMs ?? null);
  row('load total (Engine.load; snapshot: loadOrBuild)', 'ms', e?.totalMs ?? null, sn?.totalMs ?? null, b?.totalMs ?? null);
  row('corpus load, in bench process', 'ms', inProcess.corpusMs, null, null);
  row('index build, in bench process', 'ms', inProcess.buildMs, null, inProcess.baselineBuildMs);
  row(
    `cold start → first answer (median of ${coldRuns})`,
    'ms',
    cold.readout.length ? stats(cold.readout).median : null,
    cold.snapshot.length ? stats(cold.snapshot).median : null,
    cold.baseline.length ? stats(cold.baseline).median : null,
    'bin.js ask: readout with an empty CACHE_DIR, snapshot with a warm one; baseline: bench child',
  );
  row('RSS after load (after GC)', 'MB', e?.rssMB ?? null, sn?.rssMB ?? null, b?.rssMB ?? null);
  row('RSS after load and warm-up (after GC)', 'MB', e?.warmRssMB ?? null, sn?.warmRssMB ?? null, null);
  row('heap used after load (after GC)', 'MB', e?.heapUsedMB ?? null, sn?.heapUsedMB ?? null, b?.heapUsedMB ?? null);
  row('peak RSS (resourceUsage().maxRSS)', 'MB', e?.maxRssMB ?? null, sn?.maxRssMB ?? null, b?.maxRssMB ?? null);
  const report: Report = { rows, categories: {}, slowest: {}, errors: {} };
  for (const command of BENCH_COMMANDS) {
    const l = inProcess.latency[command];
    if (!l) continue;
    const label = command === 'autocomplete' ? AUTOCOMPLETE_LABEL : command;
    const ours = stats(l.readout.map((x) => x.ms));
    const theirs = l.baseline ? stats(l.baseline.map((x) => x.ms)) : null;
    const baseNote =
      command === 'quote'
        ? 'baseline: linear includes() scan'
        : command === 'autocomplete'
          ? 'baseline: MiniSearch autoSuggest'
          : 'baseline: Baseline.answer';
    row(`${label} median`, 'ms', ours.median, null, theirs?.median ?? null, baseNote);
    row(`${label} p99`, 'ms', ours.p99, null, theirs?.p99 ?? null);
    const failed = l.readout.filter((x) => x.error);
    if (failed.length) {
      const first = failed[0] as Sample;
      row(
        `${label} queries that threw`,
        'n',
        failed.length,
        null,
        l.baseline?.filter((x) => x.error).length ?? null,
        `timed until the throw; first: ${first.error?.slice(0, 80)}`,
      );
      report.errors[command] = failed
        .slice(0, 20)
        .map((x) => ({ category: x.query.category, input: x.query.input, error: x.error as string }));
    }
    const byCategory: Record<string, unknown> = {};
    for (const category of [...new Set(l.readout.map((x) => x.query.category))]) {
      const mine = l.readout.filter((x) => x.query.category === category);
      const base = l.baseline?.filter((x) => x.query.category === category) ?? [];
      const m = stats(mine.map((x) => x.ms));
      const bs = base.length ? stats(base.map((x) => x.ms)) : null;
      byCategory[category] = {
        n: m.n,
        readout: { median: round(m.median, 2), p99: round(m.p99, 2), max: round(m.max, 2) },
        baseline: bs ? { median: round(bs.median, 2), p99: round(bs.p99, 2), max: round(bs.max, 2) } : null,
        noneShare: round(mine.filter((x) => x.none).length / mine.length, 2),
        errors: mine.filter((x) => x.error).length,
      };
    }
    report.categories[command] = byCategory;
    report.slowest[command] = [...l.readout]
      .sort((x, y) => y.ms - x.ms)
      .slice(0, 5)
      .map((x) => ({ category: x.query.category, input: x.query.input, ms: round(x.ms, 1) as number }));
  }
  return report;
}

function machine() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? '',
    memoryGB: round(os.totalmem() / 1024 ** 3, 1),
  };
}

/** Write the results to .cache/bench/<name>.json (and --json FILE). */
function writeResults(name: string, results: unknown, json: string | undefined): void {
  const out = join(CACHE, 'bench', `${name}.json`);
  mkdirSync(join(CACHE, 'bench'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  progress(`results written to ${out}${json ? ` and ${json}` : ''}`);
}

async function main(): Promise<void> {
  const o = await parseOptions();
  if (!o) return;
  const { dir, bytes } = prepareArchive(o);
  const snapshotCache = benchSnapshots(o);
  const variant = `${o.dense ? 'dense-' : ''}${o.readouts}`;
  if (o.cluster) {
    const cluster = await benchCluster({ dir, snapshotCache, progress });
    printClusterTable(cluster);
    writeResults(
      `cluster-${variant}`,
      {
        benchVersion: 1,
        when: new Date().toISOString(),
        machine: machine(),
        archive: { readouts: o.readouts, dense: o.dense, seed: o.seed, bytes, dir },
        ...cluster,
      },
      o.json,
    );
    return;
  }
  if (o.discord) {
    const discord = await benchDiscord({ dir, snapshotCache, readouts: o.readouts, dense: o.dense, seed: o.seed, progress });
    printDiscordTable(discord);
    writeResults(
      `discord-${variant}`,
      {
        benchVersion: 1,
        when: new Date().toISOString(),
        machine: machine(),
        archive: { readouts: o.readouts, dense: o.dense, seed: o.seed, bytes, dir },
        ...discord,
      },
      o.json,
    );
    return;
  }
  const loads = await measureLoads(dir, snapshotCache, o.skip);
  const cold = await measureColdStarts(dir, snapshotCache, o.coldRuns, o.skip);
  const inProcess = measureInProcess(dir, o);
  const report = buildReport(loads, cold, inProcess, o.coldRuns);
  const results = {
    benchVersion: 1,
    when: new Date().toISOString(),
    machine: machine(),
    archive: { readouts: o.readouts, dense: o.dense, seed: o.seed, sentences: inProcess.sentences, bytes, dir },
    ...report,
    cold: { readout: cold.readout, snapshot: cold.snapshot, baseline: cold.baseline },
    coldErrors: cold.errors,
    loads,
  };
  printTable(report.rows, o.readouts, inProcess.sentences);
  printCategories(report.categories);
  printSlowest(report.slowest);
  writeResults(`results-${variant}`, results, o.json);
}

const fmt = (x: number | null, unit = '') =>
  x === null ? 'n/a' : `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)}${unit}`;

function printTable(rows: Row[], readouts: number, sentences: number): void {
  const width = Math.max(...rows.map((r) => r.metric.length + r.unit.length + 3));
  console.log(`\nReadout benchmark: ${readouts} readouts, ${sentences} sentences (node ${process.version}, ${os.cpus().length} cpus)\n`);
  console.log(
    `${'metric'.padEnd(width)}  ${'readout'.padStart(10)}  ${'snapshot'.padStart(10)}  ${'baseline'.padStart(10)}  ${'ratio'.padStart(7)}`,
  );
  console.log('-'.repeat(width + 47));
  for (const r of rows) {
    console.log(
      `${`${r.metric} (${r.unit})`.padEnd(width)}  ${fmt(r.readout).padStart(10)}  ${fmt(r.snapshot).padStart(10)}  ${fmt(r.baseline).padStart(10)}  ${(r.ratio === null ? 'n/a' : `${fmt(r.ratio)}×`).padStart(7)}${r.note ? `   ${r.note}` : ''}`,
    );
  }
}

function printCategories(categories: Record<string, Record<string, unknown>>): void {
  console.log(`\nlatency by query category (ms): readout median / p99 / max  |  baseline median  |  share answered "none"`);
  for (const [command, byCategory] of Object.entries(categories)) {
    console.log(`  ${command}`);
    for (const [category, v] of Object.entries(byCategory)) {
      const c = v as { n: number; readout: Stats; baseline: Stats | null; noneShare: number; errors: number };
      console.log(
        `    ${category.padEnd(12)} n=${String(c.n).padStart(3)}  ${fmt(c.readout.median).padStart(7)} / ${fmt(c.readout.p99).padStart(7)} / ${fmt(c.readout.max).padStart(7)}  |  ${fmt(c.baseline?.median ?? null).padStart(7)}  |  none ${Math.round(c.noneShare * 100)}%${c.errors ? `  errors ${c.errors}` : ''}`,
      );
    }
  }
}

function printSlowest(slowest: Record<string, { category: string; input: string; ms: number }[]>): void {
  console.log('\nslowest queries (readout)');
  for (const [command, list] of Object.entries(slowest)) {
    for (const s of list.slice(0, 3))
      console.log(`  ${command.padEnd(12)} ${fmt(s.ms).padStart(8)} ms  [${s.category}] ${s.input.slice(0, 90)}`);
  }
}

await main();
