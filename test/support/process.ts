/** A child process whose output a test reads as it comes: one place for the spawn-and-collect the process tests share. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface Ended {
  code: number | null;
  signal: string | null;
  out: string;
  err: string;
}

export interface Collected {
  child: ChildProcess;
  /** What it has printed so far. */
  output(): { out: string; err: string };
  /** Its exit, with everything it printed. */
  done: Promise<Ended>;
}

/** Starts `command args` with stdin closed and collects stdout and stderr. */
export function spawnCollecting(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Collected {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => void (out += chunk));
  child.stderr?.on('data', (chunk: Buffer) => void (err += chunk));
  const done = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as string | null, out, err }));
  return { child, output: () => ({ out, err }), done };
}
