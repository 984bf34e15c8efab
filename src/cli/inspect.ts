/**
 * `readout inspect FILE` — the parsed document as Readout sees it: title, date
 * and where it came from, what was stripped, and the numbered sentences.
 * `readout inspect DIR` — every readout in a corpus folder, and what was skipped.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { describeLoad, loadCorpus, decodeCorpusText, scanCorpus, MAX_READOUT_BYTES, TOO_LARGE } from '../corpus/folder.ts';
import { parseReadout, readoutKeys, type Readout } from '../corpus/readout.ts';
import type { Io } from './io.ts';
import { sentencesIn } from './render.ts';
import { ReadoutFileError } from '../errors.ts';

/**
 * Inspect a file or folder. A file inside `corpusDir` is parsed under its path
 * relative to that folder, with the key that folder's files give it, so its
 * sentence ids are the ones answers cite.
 */
export function inspectPath(path: string, corpusDir: string, json: boolean, io: Io): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) {
    io.err(`readout: no such file or folder: ${path}\n`);
    // A path that is not there is a usage error, as a missing --corpus is for every command.
    return 2;
  }
  if (stat.isDirectory()) return inspectFolder(path, json, io);

  let readout: Readout;
  try {
    const inCorpus = relative(corpusDir, resolve(path));
    const outside = inCorpus.startsWith('..') || isAbsolute(inCorpus);
    const doc = outside ? path : inCorpus.split(sep).join('/');
    const key = outside ? undefined : readoutKeys(scanCorpus(corpusDir).files).get(doc);
    readout = { ...parseReadout(doc, decodeFile(path), key), file: path };
  } catch (error) {
    if (!(error instanceof ReadoutFileError)) throw error;
    if (json) io.out(`${JSON.stringify({ file: path, error: error.reasons.join('; ') })}\n`);
    io.err(`readout: ${error.message}\n`);
    return 1;
  }
  io.out(json ? `${JSON.stringify(readoutJson(readout), null, 2)}\n` : renderReadout(readout));
  return 0;
}

function decodeFile(path: string): string {
  try {
    // As loading the corpus would skip it.
    if (statSync(path).size > MAX_READOUT_BYTES) throw new Error(TOO_LARGE);
    return decodeCorpusText(readFileSync(path));
  } catch (error) {
    throw new ReadoutFileError(path, [error instanceof Error ? error.message : String(error)]);
  }
}

/** The JSON form of `inspect`: other tools read it, so its keys are stable. */
export function readoutJson(readout: Readout) {
  return {
    file: readout.file,
    format: readout.format,
    title: readout.title,
    date: readout.date,
    dateSource: readout.dateSource,
    source: readout.source,
    meta: readout.meta,
    stripped: readout.stripped,
    warnings: readout.warnings,
    sentences: readout.sentences.map(({ id, text, paragraph, position }) => ({ id, text, paragraph, position })),
  };
}

export function renderReadout(readout: Readout): string {
  const lines = [
    `File:     ${readout.file}`,
    `Title:    ${readout.title}`,
    `Date:     ${readout.date ? `${readout.date} (from ${readout.dateSource})` : 'unknown'}`,
    `Source:   ${readout.source ?? '(none)'}`,
  ];
  for (const [key, value] of Object.entries(readout.meta)) lines.push(`${`${key}:`.padEnd(10)}${value}`);
  if (readout.stripped.length === 0) lines.push('Stripped: nothing');
  else {
    lines.push('Stripped:');
    for (const s of readout.stripped) lines.push(`  - ${s.kind}: ${oneLine(s.text)}`);
  }
  for (const warning of readout.warnings) lines.push(`Warning:  ${warning}`);
  lines.push('', `${sentencesIn(readout.sentences.length, readout.paragraphs.length)} (paragraph.sentence):`);
  for (const s of readout.sentences) lines.push(`  ${`${s.paragraph}.${s.position}`.padStart(5)}  ${s.text}`);
  return `${lines.join('\n')}\n`;
}

function inspectFolder(dir: string, json: boolean, io: Io): number {
  const corpus = loadCorpus(dir);
  if (json) {
    io.out(
      `${JSON.stringify(
        {
          dir,
          loaded: corpus.readouts.length,
          skipped: corpus.skipped,
          warnings: corpus.warnings,
          readouts: corpus.readouts.map((r) => ({
            file: r.file,
            title: r.title,
            date: r.date,
            sentences: r.sentences.length,
          })),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const lines = corpus.readouts.map((r) => `${r.date ?? 'undated   '}  ${r.file}  ${r.title}`);
  io.out(`${[...lines, '', ...describeLoad({ ...corpus, loaded: corpus.readouts.length })].join('\n')}\n`);
  return 0;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
