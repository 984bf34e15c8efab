/**
 * `readout batch`: JSON lines in, JSON lines out, in order, each written as
 * soon as it is answered, with the corpus loaded once.
 *
 *   {"command":"ask","input":"what about Mageshima?"}
 *   {"command":"timeline","input":"North Korea","from":"2017-01-01"}
 *   {"command":"split","input":"Mark T. Esper met Kono. They spoke."}
 *   {"command":"find","input":"Per the readout: \"deterrence and defense remain NATO's job number one\""}
 *
 * A bad line gets {"error": "…"} on its line and the batch goes on; so does a
 * line longer than MAX_BATCH_LINE_BYTES, which is never held in memory whole.
 */
import { checkInput, type Engine } from '../engine/engine.ts';
import { z } from 'zod';
import { AnswerSchema, MAX_SPLIT_INPUT, RequestSchema } from '../answer/types.ts';
import { FindAnswerSchema } from '../answer/find/types.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Io } from './io.ts';
import { InputError } from '../errors.ts';
import { systemReason } from '../corpus/folder.ts';

/** What each line gets back: an answer, the sentences of a split, or an error for that line. */
export const BatchReplySchema = z.union([
  AnswerSchema,
  FindAnswerSchema,
  z.object({ sentences: z.array(z.string()) }),
  z.object({ error: z.string() }),
]);
export type BatchReply = z.infer<typeof BatchReplySchema>;

const LINE_SHAPE = 'each line must be an object like {"command":"ask","input":"…"}';

/** One line per bad request, in words a batch author can act on (not zod's "expected string, received undefined"). */
function requestProblem(issue: z.core.$ZodIssue | undefined): string {
  const field = issue?.path.join('.') ?? '';
  if (!field) return `not an object: ${LINE_SHAPE}`;
  if (field === 'command') return 'unknown command: use ask, timeline, quote, find or split';
  if (field === 'input') return 'input: missing or not text: give the question, topic, phrase or text to split as a string';
  return `${field}: ${issue?.message}`;
}

export function answerLine(engine: Engine, line: string, options: { explain?: boolean } = {}): BatchReply {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: `not JSON: ${LINE_SHAPE}` };
  }
  const request = RequestSchema.safeParse(raw);
  if (!request.success) return { error: requestProblem(request.error.issues[0]) };
  try {
    const { data } = request;
    if (data.command === 'split') {
      checkInput(data.input.trim(), MAX_SPLIT_INPUT);
      return { sentences: splitSentences(data.input) };
    }
    const explain = data.explain ?? options.explain ?? false;
    if (data.command === 'find') return engine.find(data.input, { explain });
    return engine.answer({ ...data, command: data.command, explain });
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    // A bug met by one line is that line's error: the lines after it are still answered.
    return { error: `internal error (a bug in Readout, not in this line): ${(error as Error).message}` };
  }
}

/**
 * The longest line read: the longest input (split, 100,000 characters) as JSON,
 * each character escaped, is about 600 KB.
 */
export const MAX_BATCH_LINE_BYTES = 1024 * 1024;

/** A line of input, or the note that a line was too long (its bytes were passed over, not kept). */
type Line = { text: string } | { tooLong: number };

/**
 * The lines of `input`, read in bounded memory: a line's bytes are kept up to
 * `max`; past that they are counted and dropped until its end.
 */
export async function* boundedLines(input: AsyncIterable<Buffer | string>, max = MAX_BATCH_LINE_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const end = (): Line => {
    const line: Line = over ? { tooLong: size } : { text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    over = false;
    return line;
  };
  for await (const chunk of input) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (;;) {
      const at = bytes.indexOf(0x0a);
      const piece = at === -1 ? bytes : bytes.subarray(0, at);
      size += piece.length;
      if (!over && size > max) {
        over = true;
        parts = [];
      }
      if (!over) parts.push(Buffer.from(piece));
      if (at === -1) break;
      yield end();
      bytes = bytes.subarray(at + 1);
    }
  }
  if (size > 0 || over) yield end();
}

/**
 * Answer every line of stdin (with `explain`, every answer lists the rules
 * that decided it, as a line's own "explain": true does). A reader that stops reading (`| head`) ends the
 * batch quietly with exit 0; another write error is reported.
 */
export async function runBatch(engine: Engine, io: Io, options: { explain?: boolean } = {}): Promise<number> {
  for await (const line of boundedLines(io.stdin as AsyncIterable<Buffer | string>)) {
    if (io.outError?.()) break;
    if ('tooLong' in line) {
      const mb = (line.tooLong / (1024 * 1024)).toFixed(1);
      io.out(
        `${JSON.stringify({ error: `line too long (${mb} MB; at most 1 MB): the longest input, for split, is 100,000 characters` })}\n`,
      );
      continue;
    }
    if (!line.text.trim()) continue;
    io.out(`${JSON.stringify(answerLine(engine, line.text, options))}\n`);
  }
  const error = io.outError?.();
  if (error && error.code !== 'EPIPE') throw new Error(`could not write the answers: ${systemReason(error)}`);
  return 0;
}
