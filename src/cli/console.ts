/**
 * The interactive console: the same answers as the Discord bot, in a terminal.
 *
 *   readout> /ask what about Mageshima?
 *   readout> /timeline North Korea --from 2017-01-01
 *   readout> /quote field carrier landing practice
 *   readout> /find Per the readout: "deterrence and defense remain NATO job number one"
 *   readout> /explain      (the rules that decided the last answer)
 *   readout> /sources      /help      Ctrl-D to quit
 *
 * A line without a slash is asked as a question. Up/down arrows recall earlier
 * lines (readline's history).
 */
import { createInterface } from 'node:readline';
import type { Engine } from '../engine/engine.ts';
import { renderAnswer, renderExplain, renderFind, renderSources } from './render.ts';
import { wrap } from './wrap.ts';
import { writeChart } from './chartFile.ts';
import { IsoDateInput, type Explain } from '../answer/types.ts';
import type { Io } from './io.ts';
import { InputError, UsageError } from '../errors.ts';

export const CONSOLE_HELP = `Commands:
  /ask QUESTION                     the best sentences that answer it, cited
  /timeline TOPIC [--from DATE] [--to DATE] [--chart FILE.png]
                                    every readout that mentions TOPIC, oldest first
                                    (--chart also writes its readouts per year as a chart)
  /quote PHRASE                     the verbatim sentences that contain PHRASE
  /find TEXT                        what TEXT quotes or claims, checked against the readouts
  /explain                          the rules that decided the last answer
  /sources                          the readouts in the corpus
  /help                             this help
A line without a command is asked as a question. Ctrl-D (or /quit) quits.
`;

type ConsoleLine =
  | { kind: 'answer'; command: 'ask' | 'timeline' | 'quote'; input: string; from?: string; to?: string; chart?: string }
  | { kind: 'find'; input: string }
  | { kind: 'sources' | 'help' | 'quit' | 'explain' | 'empty' };

/** Read one console line. Throws InputError with a short message on bad input. */
export function parseConsoleLine(line: string): ConsoleLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
  if (!match) return { kind: 'answer', command: 'ask', input: text };
  const name = (match[1] as string).toLowerCase();
  let rest = match[2] as string;
  switch (name) {
    case 'sources':
    case 'help':
    case 'quit':
    case 'explain':
      return { kind: name };
    case 'exit':
      return { kind: 'quit' };
    case 'ask':
    case 'quote':
      return { kind: 'answer', command: name, input: rest };
    case 'find':
      return { kind: 'find', input: rest };
    case 'timeline': {
      const range: { from?: string; to?: string; chart?: string } = {};
      rest = rest.replace(/--chart(?:=|\s+)(?!--)(\S+)/g, (_all, file: string) => {
        range.chart = file;
        return ' ';
      });
      if (/(?:^|\s)--chart(?:=|\s|$)/.test(rest)) throw new InputError('--chart needs a file name, like --chart korea.png');
      rest = rest.replace(/--(from|to)(?:=|\s+)(?!--)(\S+)/g, (_all, key: 'from' | 'to', value: string) => {
        const parsed = IsoDateInput.safeParse(value);
        if (!parsed.success) throw new InputError(`--${key} ${parsed.error.issues[0]?.message}`);
        range[key] = parsed.data;
        return ' ';
      });
      // A flag left without its date would otherwise be searched as part of the topic.
      const bare = /(?:^|\s)--(from|to)(?:=|\s|$)/.exec(rest);
      if (bare) throw new InputError(`--${bare[1]} needs a date written YYYY-MM-DD, like 2020-08-29`);
      return { kind: 'answer', command: 'timeline', input: rest.trim(), ...range };
    }
    default:
      throw new InputError(`Unknown command /${name}. Type /help for the list.`);
  }
}

/** Run the console until Ctrl-D or /quit. Resolves to the exit code. */
export async function runConsole(engine: Engine, io: Io, terminal: boolean): Promise<number> {
  const rl = createInterface({ input: io.stdin, output: terminal ? process.stdout : undefined, terminal, historySize: 200 });
  const write = (text: string) => io.out(text);
  write(`Readout — ${engine.report.loaded} readouts (corpus ${engine.report.version}). Type /help for commands, Ctrl-D to quit.\n`);
  const prompt = () => {
    if (terminal) rl.prompt();
    else write('readout> ');
  };
  rl.setPrompt('readout> ');
  prompt();
  // Every answer is made with its rules (a few set insertions), so /explain needs no second answer.
  let last: Explain | undefined;
  for await (const line of rl) {
    let parsed: ConsoleLine;
    try {
      parsed = parseConsoleLine(line);
      if (parsed.kind === 'quit') break;
      if (parsed.kind === 'help') write(CONSOLE_HELP);
      if (parsed.kind === 'sources') write(renderSources(engine.sources()));
      if (parsed.kind === 'explain')
        write(last ? wrap(renderExplain(last), io.columns?.()) : 'No answer yet: ask something, then /explain.\n');
      if (parsed.kind === 'find') {
        const { explain, ...answer } = engine.find(parsed.input, { explain: true });
        last = explain;
        write(wrap(renderFind(answer), io.columns?.()));
      }
      if (parsed.kind === 'answer') {
        const { command, input, from, to, chart } = parsed;
        const { explain, ...answer } = engine.answer({ command, input, from, to, explain: true });
        last = explain;
        write(wrap(renderAnswer(answer), io.columns?.()));
        if (chart) await writeChart(answer, chart, io);
      }
    } catch (error) {
      // Bad input costs one line of explanation; the console keeps going.
      // A chart that cannot be written (UsageError) is a line too, and so is a
      // bug met by one question: the session and its history stay.
      if (error instanceof InputError || error instanceof UsageError) write(`${error.message}\n`);
      else write(`Something went wrong answering that (a bug in Readout, not in what you typed): ${(error as Error).message}\n`);
    }
    prompt();
  }
  rl.close();
  if (!terminal) write('\n');
  return 0;
}
