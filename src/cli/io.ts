/**
 * What a CLI command may touch: its output streams, standard input and the
 * environment. Passing it in keeps commands testable in-process.
 */
import { once } from 'node:events';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** A usage or input error: printed as one short line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    env: process.env,
  };
}

/** Read all of standard input as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer | string) => chunks.push(Buffer.from(chunk)));
  await once(stream, 'end');
  return Buffer.concat(chunks).toString('utf8');
}
