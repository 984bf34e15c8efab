/**
 * `readout batch`: JSON lines in, JSON lines out, in order, each written as
 * soon as it is answered, with the corpus loaded once.
 *
 *   {"command":"ask","input":"what about Mageshima?"}
 *   {"command":"timeline","input":"North Korea","from":"2017-01-01"}
 *   {"command":"split","input":"Mark T. Esper met Kono. They spoke."}
 *   {"command":"find","input":"Per the readout: \"deterrence and defense remain NATO's job number one\""}
 *
 * A bad line gets {"error": "…"} on its line and the batch goes on.
 */
import { createInterface } from 'node:readline';
import { checkInput, type Engine } from '../engine/engine.ts';
import { z } from 'zod';
import { AnswerSchema, MAX_SPLIT_INPUT, RequestSchema } from '../answer/types.ts';
import { FindAnswerSchema } from '../answer/findTypes.ts';
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

export function answerLine(engine: Engine, line: string): BatchReply {
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
    if (data.command === 'find') return engine.find(data.input);
    return engine.answer({ ...data, command: data.command });
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

/**
 * Answer every line of stdin. A reader that stops reading (`| head`) ends the
 * batch quietly with exit 0; another write error is reported.
 */
export async function runBatch(engine: Engine, io: Io): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of rl) {
    if (io.outError?.()) break;
    if (!line.trim()) continue;
    io.out(`${JSON.stringify(answerLine(engine, line))}\n`);
  }
  rl.close();
  const error = io.outError?.();
  if (error && error.code !== 'EPIPE') throw new Error(`could not write the answers: ${systemReason(error)}`);
  return 0;
}
