/**
 * The `readout` command line: parses arguments (validated with zod) and hands
 * each command to its module under src/cli/. It is the program's entry point
 * (src/bin.js), so it is the one file in src/ that imports commands/: it hands
 * the command list to the bot's router and the definitions to the deploy step.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { z } from 'zod';
import { inspectPath } from './inspect.ts';
import { processIo, progressLine, readAll, type Io } from './io.ts';
import { splitSentences } from '../text/sentences.ts';
import { describeLoad } from '../corpus/folder.ts';
import { encodeSnapshot, snapshotKey } from '../search/snapshot.ts';
import { IsoDateInput, MAX_SPLIT_INPUT } from '../answer/types.ts';
import { writeChart } from './chartFile.ts';
import { wrap } from './wrap.ts';
import { checkInput, Engine } from '../engine/engine.ts';
import { renderAnswer, renderFind, renderSources } from './render.ts';
import { runBatch } from './batch.ts';
import { runConsole } from './console.ts';
import { readConfig, type Config, type Purpose } from '../config.ts';
import { BUNDLED_CORPUS } from '../paths.ts';
import { InputError, UsageError, ConfigError, CorpusFolderError, DeployError } from '../errors.ts';

const USAGE = `Usage: readout [command] [options]

With no command: the Discord bot when DISCORD_TOKEN is set (in the environment or .env),
otherwise the interactive console on the corpus.

Commands:
  ask QUESTION              the best sentences that answer QUESTION, each cited
  timeline TOPIC            every readout that mentions TOPIC, oldest first
  quote PHRASE              the verbatim sentences that contain PHRASE
  find TEXT                 what TEXT (a chat message) quotes or claims, checked against the readouts
  sources                   the readouts in the corpus, oldest first
  console                   the interactive console (/ask, /timeline, /quote, /sources, /help)
  bot                       run the Discord bot (needs DISCORD_TOKEN; see .env.example)
  serve                     answer Discord over HTTP: the interactions endpoint on $PORT (default 8080),
                            POST /interactions and GET /healthz (needs DISCORD_TOKEN, DISCORD_PUBLIC_KEY)
  worker                    the watcher and announcer for serve replicas (needs DISCORD_TOKEN; several
                            may run with DATABASE_URL: one leads, the others take over if it stops)
  deploy                    register the slash commands with Discord (npm run deploy)
  invite                    print the link that adds the bot to a server
  batch                     answer JSON lines {"command":"ask","input":"…"} from stdin, one JSON line each
  index                     build the corpus's index snapshot now (later starts load it in a second)
  inspect [FILE|DIR]        show how a readout file is parsed (or a corpus folder's load report)
  import FILE|LINK...       add readouts to the corpus as canonical .md files: saved pages (.html),
                            .txt/.md files, or war.gov/defense.gov links
  split                     split text on stdin into sentences, one per line
  watch                     poll the publisher's feed ($FEED_URL) and import new readouts until stopped
  backfill                  fill the corpus from the publisher's archive (its release listing, newest
                            first); a stopped run resumes where it stopped

Options:
  --corpus DIR              corpus folder (default: $CORPUS_DIR or the bundled corpus/)
  --json                    print JSON instead of text
  --explain                 ask, timeline, quote, find: also list the rules that decided the answer
                            (batch: for every line; a line may also say "explain": true)
  --from DATE, --to DATE    timeline: only readouts dated inside this range (YYYY-MM-DD)
  --chart FILE.png          timeline: also write a bar chart of its readouts per year (per month under two years)
  --date YYYY-MM-DD         import: date for a readout whose text states none
  --force                   import: take a page that is not a readout (never overwrites a file)
  --once                    watch: one pass, then print what was added, skipped and could not be fetched
  --status                  watch: print the watcher's state (feeds, articles needing a manual import)
  --stdout                  index: write the snapshot to stdout, not the cache (how the bot reloads)
  --since YYYY-MM-DD        backfill: stop at releases older than this date
  --pages N                 backfill: read at most N listing pages (from page 1)
  -h, --help                show this help
`;

/** The commands whose answers can list the rules that decided them. */
const EXPLAINED = new Set(['ask', 'timeline', 'quote', 'find', 'batch']);

const Options = z.object({
  corpus: z.string().min(1).optional(),
  json: z.boolean().default(false),
  explain: z.boolean().default(false),
  date: IsoDateInput.optional(),
  from: IsoDateInput.optional(),
  to: IsoDateInput.optional(),
  chart: z.string().min(1).optional(),
  force: z.boolean().default(false),
  once: z.boolean().default(false),
  status: z.boolean().default(false),
  stdout: z.boolean().default(false),
  since: IsoDateInput.optional(),
  pages: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, { error: 'must be a number of pages, such as 10' })
    .transform(Number)
    .optional(),
  help: z.boolean().default(false),
});
type Options = z.infer<typeof Options>;

function readArgv(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean' },
        explain: { type: 'boolean' },
        date: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        chart: { type: 'string' },
        force: { type: 'boolean' },
        once: { type: 'boolean' },
        status: { type: 'boolean' },
        stdout: { type: 'boolean' },
        since: { type: 'string' },
        pages: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node's messages are long and mention internals; keep the useful part.
    throw new UsageError(`${(error as Error).message.split('. ')[0] ?? 'bad arguments'} (see readout --help)`);
  }
}

function parse(argv: string[]): { command: string | undefined; args: string[]; options: Options } {
  const parsed = readArgv(argv);
  const options = Options.safeParse(parsed.values);
  if (!options.success) {
    const issue = options.error.issues[0];
    throw new UsageError(`--${issue?.path.join('.')} ${issue?.message}`);
  }
  const [command, ...args] = parsed.positionals;
  return { command, args, options: options.data };
}

async function runBotCommand(config: Config, dir: string, io: Io): Promise<number> {
  // discord.js takes a second to load: only the commands that talk to Discord load it.
  const [{ runBot }, { commands }] = await Promise.all([import('../discord/runtime.ts'), import('../../commands/index.ts')]);
  return runBot(config, dir, io.env, commands);
}

/**
 * `index --stdout`: build the index and write it as snapshot bytes, for the
 * bot's background reload (src/engine/background.ts), which reads them from
 * the pipe and so needs no writable cache.
 */
function indexToStdout(dir: string, io: Io): number {
  if (!io.outBytes) throw new UsageError('index --stdout writes binary data: pipe it to a program, not a terminal');
  // The key of the folder as it was before reading: an edit made meanwhile makes the snapshot stale.
  const key = snapshotKey(dir);
  const engine = Engine.load(dir);
  io.outBytes(encodeSnapshot(key, engine.index, engine.report));
  return 0;
}

/** Load the corpus (from its snapshot when current), reporting skipped files and warnings on stderr. */
function loadEngine(dir: string, config: Config, io: Io): Engine {
  const engine = Engine.loadOrBuild(dir, {
    ...(config.CACHE_DIR ? { cacheDir: config.CACHE_DIR } : {}),
    progress: progressLine(io, io.stdin === process.stdin && process.stderr.isTTY === true),
  });
  const { skipped, warnings } = engine.report;
  if (skipped.length || warnings.length) io.err(`${describeLoad(engine.report).join('\n')}\n`);
  return engine;
}

function corpusDir(options: Pick<Options, 'corpus'>, config: Config): string {
  return resolve(options.corpus || config.CORPUS_DIR || BUNDLED_CORPUS);
}

/** What ask, timeline and quote say when given nothing to look for. */
const NEEDS = {
  ask: 'a QUESTION, such as: readout ask "what about Mageshima?"',
  timeline: 'a TOPIC, such as: readout timeline "North Korea"',
  quote: 'a PHRASE, such as: readout quote "job number one"',
} as const;

/** A word after a command that takes none would otherwise be ignored without a word. */
function noArguments(command: string, args: string[]): void {
  if (args.length > 0) throw new UsageError(`${command} takes no arguments, got "${args.join(' ')}" (see readout --help)`);
}

/** The settings a command needs beyond the schema's: the bot and deploy need a token (src/config.ts). */
function purposeOf(command: string | undefined, env: NodeJS.ProcessEnv): Purpose {
  if (command === 'deploy') return 'deploy';
  if (command === 'serve') return 'serve';
  if (command === 'worker') return 'bot';
  return command === 'bot' || (command === undefined && env.DISCORD_TOKEN) ? 'bot' : 'console';
}

/** Run the command line; resolves to the process exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const { command, args, options } = parse(argv);
    if (options.help || command === 'help') {
      io.out(USAGE);
      return 0;
    }
    // Settings are read here, once, and passed down: a bad one is refused whatever the command.
    const config = readConfig(io.env, purposeOf(command, io.env));
    const dir = corpusDir(options, config);
    if (options.explain && !EXPLAINED.has(command ?? '')) {
      throw new UsageError('--explain applies to ask, timeline, quote, find and batch');
    }
    switch (command) {
      case 'inspect': {
        if (args.length > 1) throw new UsageError('inspect takes one FILE or DIR');
        return inspectPath(args[0] ?? dir, dir, options.json, io);
      }
      case 'import': {
        if (args.length === 0) throw new UsageError('import needs at least one FILE or LINK');
        // Loaded here: the page readers (linkedom, Readability) took a third of every other command's start-up.
        const { importFiles } = await import('./import.ts');
        return await importFiles(
          { files: args, corpusDir: dir, date: options.date, force: options.force, publisherHosts: config.PUBLISHER_HOSTS },
          io,
        );
      }
      case 'watch': {
        if (args.length > 0) throw new UsageError('watch takes no arguments (the feeds are FEED_URL; see .env.example)');
        if (options.once && options.status) throw new UsageError('watch takes --once or --status, not both');
        const { runWatch } = await import('./watch.ts');
        return await runWatch(
          { config, corpusDir: dir, once: options.once, status: options.status },
          io,
          io.stdin === process.stdin && process.stderr.isTTY === true,
        );
      }
      case 'backfill': {
        if (args.length > 0) throw new UsageError('backfill takes no arguments (the listing is LISTING_URL; see .env.example)');
        const { runBackfill } = await import('./backfill.ts');
        return await runBackfill(
          { config, corpusDir: dir, since: options.since ?? null, pages: options.pages ?? null },
          io,
          io.stdin === process.stdin && process.stderr.isTTY === true,
        );
      }
      case 'split': {
        if (args.length > 0) throw new UsageError('split reads its text from stdin and takes no arguments');
        const text = await readAll(io.stdin);
        if (!text.trim())
          throw new UsageError('split needs text on stdin, such as: echo "Mr. Smith met Gen. Lee. They spoke." | readout split');
        if (text.includes('\u0000')) throw new UsageError('split reads text, and stdin holds binary data');
        try {
          checkInput(text.trim(), MAX_SPLIT_INPUT);
        } catch (error) {
          if (error instanceof InputError) throw new UsageError(error.message);
          throw error;
        }
        const sentences = splitSentences(text);
        io.out(options.json ? `${JSON.stringify(sentences)}\n` : sentences.map((s) => `${s}\n`).join(''));
        return 0;
      }
      case 'ask':
      case 'timeline':
      case 'quote': {
        if (command !== 'timeline' && (options.from || options.to)) {
          throw new UsageError('--from and --to apply to timeline; put dates in the question ("… in 2020")');
        }
        if (command !== 'timeline' && options.chart) throw new UsageError('--chart applies to timeline');
        if (args.length === 0) throw new UsageError(`${command} needs ${NEEDS[command]}`);
        const engine = loadEngine(dir, config, io);
        const answer = asUsage(() =>
          engine.answer({ command, input: args.join(' '), from: options.from, to: options.to, explain: options.explain }),
        );
        io.out(options.json ? `${JSON.stringify(answer)}\n` : wrap(renderAnswer(answer), io.columns?.()));
        if (options.chart) return await writeChart(answer, options.chart, io);
        return 0;
      }
      case 'find': {
        if (options.from || options.to) throw new UsageError('--from and --to apply to timeline; put dates in the text ("… in 2020")');
        const engine = loadEngine(dir, config, io);
        const answer = asUsage(() => engine.find(args.join(' '), { explain: options.explain }));
        io.out(options.json ? `${JSON.stringify(answer)}\n` : wrap(renderFind(answer), io.columns?.()));
        return 0;
      }
      case 'sources': {
        noArguments(command, args);
        const sources = loadEngine(dir, config, io).sources();
        io.out(options.json ? `${JSON.stringify(sources)}\n` : renderSources(sources));
        return 0;
      }
      case 'batch':
        noArguments(command, args);
        return await runBatch(loadEngine(dir, config, io), io, { explain: options.explain });
      case 'index': {
        noArguments(command, args);
        if (options.stdout) return indexToStdout(dir, io);
        const engine = loadEngine(dir, config, io);
        if (engine.origin.unsaved) {
          io.err(`readout: could not save the index snapshot to ${engine.origin.path}: ${engine.origin.unsaved}\n`);
          return 1;
        }
        const { loaded, skipped } = engine.report;
        const how = engine.origin.from === 'snapshot' ? 'was current' : 'built';
        io.out(`Index ${how}: ${loaded} readouts, ${skipped.length} skipped, ${engine.index.size} sentences (${engine.origin.path})\n`);
        return 0;
      }
      case 'deploy': {
        // discord.js takes a second to load: only the commands that talk to Discord load it.
        const [{ deployCommands, describeDeploy }, { definitions }] = await Promise.all([
          import('../discord/deploy.ts'),
          import('../../commands/index.ts'),
        ]);
        io.out(describeDeploy(await deployCommands(config, definitions), config));
        return 0;
      }
      case 'invite': {
        if (!config.DISCORD_APPLICATION_ID) throw new UsageError('invite needs DISCORD_APPLICATION_ID (see .env.example)');
        const { inviteUrl } = await import('../discord/deploy.ts');
        io.out(`${inviteUrl(config.DISCORD_APPLICATION_ID)}\n`);
        return 0;
      }
      case 'bot':
        return await runBotCommand(config, dir, io);
      case 'serve': {
        noArguments(command, args);
        const [{ runServe }, { commands }] = await Promise.all([import('../discord/serve.ts'), import('../../commands/index.ts')]);
        return await runServe(config, dir, commands);
      }
      case 'worker': {
        noArguments(command, args);
        const { runWorker } = await import('../discord/worker.ts');
        return await runWorker(config, dir);
      }
      case undefined:
        if (config.DISCORD_TOKEN) return await runBotCommand(config, dir, io);
        return await runConsole(loadEngine(dir, config, io), io, io.stdin === process.stdin && process.stdin.isTTY === true);
      case 'console':
        return await runConsole(loadEngine(dir, config, io), io, io.stdin === process.stdin && process.stdin.isTTY === true);
      default:
        throw new UsageError(`unknown command "${command}" (see readout --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`readout: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.err(error.problems.map((p) => `readout: ${p}\n`).join(''));
      return 2;
    }
    if (error instanceof CorpusFolderError) {
      io.err(`readout: ${error.message}\n`);
      return 2;
    }
    if (error instanceof DeployError) {
      io.err(`readout: ${error.message}\n`);
      return 1;
    }
    io.err(`readout: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** An input the engine refuses is the command line's usage problem: one line, exit 2. */
function asUsage<T>(answer: () => T): T {
  try {
    return answer();
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}
