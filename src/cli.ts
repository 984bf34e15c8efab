/**
 * The `readout` command line: parses arguments (validated with zod) and hands
 * each command to its module under src/cli/.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { z } from 'zod';
import { importFiles } from './cli/import.ts';
import { inspectPath } from './cli/inspect.ts';
import { processIo, readAll, UsageError, type Io } from './cli/io.ts';
import { splitSentences } from './text/sentences.ts';

/** The corpus bundled with Readout, wherever the command is run from. */
export const BUNDLED_CORPUS = resolve(import.meta.dirname, '../corpus');

const USAGE = `Usage: readout <command> [options]

Commands:
  inspect [FILE|DIR]        show how a readout file is parsed (or a corpus folder's load report)
  import FILE...            convert scraped readouts into canonical .md files in the corpus
  split                     split text on stdin into sentences, one per line

Options:
  --corpus DIR              corpus folder (default: $CORPUS_DIR or the bundled corpus/)
  --json                    print JSON instead of text
  --date YYYY-MM-DD         import: date for a readout whose text states none
  --force                   import: overwrite an existing .md file
  -h, --help                show this help
`;

const IsoDateArg = z.iso.date({ error: (i) => `must be a date written YYYY-MM-DD, got "${String(i.input)}"` });

const Options = z.object({
  corpus: z.string().min(1).optional(),
  json: z.boolean().default(false),
  date: IsoDateArg.optional(),
  force: z.boolean().default(false),
  help: z.boolean().default(false),
});
type Options = z.infer<typeof Options>;

function parse(argv: string[]): { command: string | undefined; args: string[]; options: Options } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean' },
        date: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node's messages are long and mention internals; keep the useful part.
    throw new UsageError((error as Error).message.split('. ')[0] ?? 'bad arguments');
  }
  const options = Options.safeParse(parsed.values);
  if (!options.success) {
    const issue = options.error.issues[0];
    throw new UsageError(`--${issue?.path.join('.')} ${issue?.message}`);
  }
  const [command, ...args] = parsed.positionals;
  return { command, args, options: options.data };
}

export function corpusDir(options: Pick<Options, 'corpus'>, env: NodeJS.ProcessEnv): string {
  return resolve(options.corpus ?? env.CORPUS_DIR ?? BUNDLED_CORPUS);
}

/** Run the command line; resolves to the process exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const { command, args, options } = parse(argv);
    if (options.help || command === 'help') {
      io.out(USAGE);
      return 0;
    }
    switch (command) {
      case 'inspect': {
        if (args.length > 1) throw new UsageError('inspect takes one FILE or DIR');
        const dir = corpusDir(options, io.env);
        return inspectPath(args[0] ?? dir, dir, options.json, io);
      }
      case 'import': {
        if (args.length === 0) throw new UsageError('import needs at least one FILE');
        return importFiles(
          { files: args, corpusDir: corpusDir(options, io.env), date: options.date, force: options.force },
          io,
        );
      }
      case 'split': {
        if (args.length > 0) throw new UsageError('split reads its text from stdin and takes no arguments');
        const sentences = splitSentences(await readAll(io.stdin));
        io.out(options.json ? `${JSON.stringify(sentences)}\n` : sentences.map((s) => `${s}\n`).join(''));
        return 0;
      }
      case undefined:
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}" (see readout --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`readout: ${error.message}\n`);
      return 2;
    }
    io.err(`readout: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
