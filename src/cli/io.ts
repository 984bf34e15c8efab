/**
 * What a CLI command may touch: its output streams, standard input and the
 * environment. Passing it in keeps commands testable in-process.
 */
import { once } from 'node:events';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Binary output (index --stdout); absent when stdout is a terminal or in tests that capture text. */
  outBytes?(bytes: Uint8Array): void;
  /** Why output can no longer be written (EPIPE: the reader, say `head`, has gone), once it cannot. */
  outError?(): NodeJS.ErrnoException | undefined;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** The terminal's width when stdout is one (text is wrapped to it: src/cli/wrap.ts); absent when piped. */
  columns?(): number | undefined;
}

export function processIo(): Io {
  // Without a listener, a reader closing the pipe (`readout batch | head`) is an
  // uncaught EPIPE with a stack trace; with it, writing stops and the command ends.
  let failed: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => (failed ??= error));
  const write = (data: string | Uint8Array) => void (failed || process.stdout.write(data));
  return {
    out: write,
    err: (text) => void process.stderr.write(text),
    ...(process.stdout.isTTY ? {} : { outBytes: write }),
    outError: () => failed,
    stdin: process.stdin,
    env: process.env,
    // Read at each answer: the terminal may have been resized since.
    columns: () => (process.stdout.isTTY ? process.stdout.columns : undefined),
  };
}

/** Read all of standard input as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer | string) => chunks.push(Buffer.from(chunk)));
  await once(stream, 'end');
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A progress reporter for long builds: silent for the first second (small
 * corpora load in less), then one line on stderr, rewritten in place on a
 * terminal.
 */
export function progressLine(io: Io, interactive: boolean): (stage: string, done: number, total: number) => void {
  const started = Date.now();
  let shown = false;
  let last = 0;
  return (stage, done, total) => {
    const now = Date.now();
    if (now - started < 1000 && done < total) return;
    if (!shown && done >= total) return;
    // A terminal line is rewritten freely; a log gets a line a second at most.
    if (!interactive && now - last < 1000 && done < total) return;
    shown = true;
    last = now;
    const what = stage === 'reading' ? 'files read' : 'sentences indexed';
    const line = `Building the index: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${what}`;
    io.err(interactive ? `\r${line}${done >= total ? '\n' : ''}` : `${line}\n`);
  };
}
