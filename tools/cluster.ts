/**
 * Readout on one machine as it runs on several: PostgreSQL (a throwaway
 * server, tools/localPostgres.ts), two `serve` replicas, two workers and
 * HAProxy in front, all on 127.0.0.1; stop() stops them all. Used by the
 * cluster test (test/cluster/cluster.test.ts), `npm run bench`, and by
 * hand:
 *
 *   DISCORD_TOKEN=… DISCORD_PUBLIC_KEY=… npx tsx tools/cluster.ts
 *
 * prints the balancer's URL and runs until Ctrl-C. Needs Debian's
 * postgresql-15 and haproxy (`.ci/run` installs them).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, postgresBinaries, startLocalPostgres, type LocalPostgres } from './localPostgres.ts';

const ROOT = resolve(import.meta.dirname, '..');
const HAPROXY = ['/usr/sbin/haproxy', '/usr/bin/haproxy', '/usr/local/sbin/haproxy'].find((p) => existsSync(p));

/** Whether this machine can run the cluster (PostgreSQL and HAProxy installed). */
export function clusterAvailable(): string | null {
  if (!postgresBinaries()) return 'PostgreSQL is not installed (apt-get install -y postgresql-15)';
  if (!HAPROXY) return 'HAProxy is not installed (apt-get install -y haproxy)';
  return null;
}

export interface Member {
  name: string;
  child: ChildProcess;
  /** Everything it printed (JSON log lines). */
  output(): string;
  /** Resolves with its exit code. */
  exited: Promise<number | null>;
}

export interface Replica extends Member {
  /** http://127.0.0.1:PORT */
  url: string;
}

export interface Cluster {
  /** The balancer: POST `${url}/interactions`. */
  url: string;
  postgres: LocalPostgres;
  replicas: Replica[];
  workers: Member[];
  /** The worker leading now (the one that logged "leading" and is still running), or null. */
  leader(): Member | null;
  /** Stop every process (SIGTERM, then SIGKILL after a grace), the database last. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Discord's REST API (the fake's, in tests). */
  apiUrl?: string;
  token: string;
  publicKey: string;
  corpusDir: string;
  replicas?: number;
  workers?: number;
  /** Extra settings for every Readout process (LOG_LEVEL, FEED_URL…). */
  env?: Record<string, string>;
}

function member(name: string, args: string[], env: Record<string, string>): Member {
  const child = spawn(process.execPath, [join(ROOT, 'src/bin.js'), ...args], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { name, child, output: () => output, exited };
}

async function waitFor(what: string, test: () => boolean | Promise<boolean>, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await test()) return;
    if (Date.now() > deadline) throw new Error(`cluster: ${what} not ready after ${timeoutMs} ms\n${describe()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).status === 200;
  } catch {
    return false;
  }
}

/** HAProxy in front of the replicas: round robin, health checks every 500 ms, a request a dead replica never answered retried on another. */
function haproxyConfig(port: number, replicas: { name: string; url: string }[]): string {
  return `global
  maxconn 2000
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 10s
  # A replica that dies before answering: the request goes to another one. Safe here:
  # an interaction the dead replica never answered was never answered at all.
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response 503
frontend interactions
  bind 127.0.0.1:${port}
  default_backend replicas
backend replicas
  balance roundrobin
  option httpchk GET /healthz
  http-check expect status 200
  default-server inter 500 fall 2 rise 1
${replicas.map((r) => `  server ${r.name} ${r.url.replace('http://', '')} check`).join('\n')}
`;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const missing = clusterAvailable();
  if (missing) throw new Error(`cluster: ${missing}`);
  const dir = mkdtempSync(join(tmpdir(), 'readout-cluster-'));
  const postgres = await startLocalPostgres();
  const all: Member[] = [];
  let haproxy: ChildProcess | undefined;
  const stop = async () => {
    const running = [...all.map((m) => ({ child: m.child, exited: m.exited }))];
    if (haproxy) running.push({ child: haproxy, exited: once(haproxy, 'exit').then(() => 0) });
    for (const r of running) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGTERM');
    const grace = setTimeout(() => {
      for (const r of running) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    }, 10_000);
    await Promise.all(running.map((r) => r.exited));
    clearTimeout(grace);
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const env = {
      DISCORD_TOKEN: options.token,
      DISCORD_PUBLIC_KEY: options.publicKey,
      DATABASE_URL: postgres.url,
      CORPUS_DIR: options.corpusDir,
      CACHE_DIR: join(dir, 'cache'),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...(options.apiUrl ? { DISCORD_API_URL: options.apiUrl } : {}),
      ...options.env,
    };
    // The first process applies the migrations; the rest find them applied (an advisory lock orders them anyway).
    const replicas: Replica[] = [];
    for (let i = 1; i <= (options.replicas ?? 2); i++) {
      const port = await freePort();
      const m = member(`serve${i}`, ['serve'], { ...env, PORT: String(port) });
      all.push(m);
      replicas.push({ ...m, url: `http://127.0.0.1:${port}` });
    }
    const workers: Member[] = [];
    for (let i = 1; i <= (options.workers ?? 2); i++) {
      const m = member(`worker${i}`, ['worker'], env);
      all.push(m);
      workers.push(m);
    }
    const port = await freePort();
    const config = join(dir, 'haproxy.cfg');
    writeFileSync(config, haproxyConfig(port, replicas));
    haproxy = spawn(HAPROXY as string, ['-f', config, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let haproxyOutput = '';
    haproxy.stdout?.on('data', (c) => (haproxyOutput += c));
    haproxy.stderr?.on('data', (c) => (haproxyOutput += c));
    const url = `http://127.0.0.1:${port}`;
    const describe = () => [...all.map((m) => `--- ${m.name}\n${m.output().slice(-2000)}`), `--- haproxy\n${haproxyOutput}`].join('\n');
    for (const r of replicas) await waitFor(r.name, () => healthy(r.url), 60_000, describe);
    for (const w of workers)
      await waitFor(w.name, () => /"msg":"(waiting to lead|leading: watching and announcing)"/.test(w.output()), 60_000, describe);
    await waitFor('haproxy', () => healthy(url), 20_000, describe);
    return {
      url,
      postgres,
      replicas,
      workers,
      leader: () =>
        workers.find(
          (w) =>
            w.child.exitCode === null && w.child.signalCode === null && w.output().includes('"msg":"leading: watching and announcing"'),
        ) ?? null,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

// By hand: start, print the URL, stop on Ctrl-C.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const token = process.env.DISCORD_TOKEN;
  const publicKey = process.env.DISCORD_PUBLIC_KEY;
  if (!token || !publicKey) {
    console.error('cluster: set DISCORD_TOKEN and DISCORD_PUBLIC_KEY (and DISCORD_API_URL for a local fake)');
    process.exit(2);
  }
  const cluster = await startCluster({
    token,
    publicKey,
    corpusDir: resolve(process.env.CORPUS_DIR ?? join(ROOT, 'corpus')),
    ...(process.env.DISCORD_API_URL ? { apiUrl: process.env.DISCORD_API_URL } : {}),
  });
  console.log(`Readout cluster: ${cluster.url}/interactions (PostgreSQL ${cluster.postgres.url}); Ctrl-C stops it`);
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await cluster.stop();
}
