/**
 * writeReadout: a Draft into the corpus folder, whole or not at all. The text
 * goes to a hidden temporary file in the same folder (the corpus loader and
 * hot reload skip dot-files), is flushed, then linked to its final name, which
 * fails rather than overwrite a file that appeared meanwhile; so hot reload
 * never sees half a readout and two writers never clobber each other.
 *
 * A readout already in the corpus — the same article id (whatever the host or
 * slug of its link) or the same text — is refused with DuplicateReadoutError.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { listCorpusFiles } from '../corpus/folder.ts';
import { splitFrontMatter, type SplitFile } from '../corpus/frontMatter.ts';
import { splitParagraphs } from '../text/sentences.ts';
import type { Draft } from './article.ts';
import { DuplicateReadoutError } from '../errors.ts';
import { articleId } from './links.ts';

/** What the corpus already holds, keyed for duplicate checks. */
export interface CorpusKeys {
  /** Article id → file (relative to the corpus folder). */
  ids: Map<string, string>;
  /** Body text with whitespace folded → file. */
  texts: Map<string, string>;
}

function textKey(paragraphs: string[]): string {
  return paragraphs.join(' ').replace(/\s+/g, ' ').trim();
}

/** Read the article ids and texts of every corpus file (unreadable files are passed over). */
export async function readCorpusKeys(corpusDir: string): Promise<CorpusKeys> {
  const keys: CorpusKeys = { ids: new Map(), texts: new Map() };
  let files: string[];
  try {
    files = listCorpusFiles(corpusDir);
  } catch {
    return keys;
  }
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(join(corpusDir, file), 'utf8');
    } catch {
      continue;
    }
    let split: SplitFile;
    try {
      split = splitFrontMatter(text);
    } catch {
      continue;
    }
    const id = articleId(split.fields?.source);
    if (id && !keys.ids.has(id)) keys.ids.set(id, file);
    const body = textKey(splitParagraphs(split.body));
    if (body && !keys.texts.has(body)) keys.texts.set(body, file);
  }
  return keys;
}

/** The file already holding this draft, and why, or null. */
export function findDuplicate(keys: CorpusKeys, draft: Pick<Draft, 'articleId' | 'paragraphs'>): DuplicateReadoutError | null {
  const byId = draft.articleId ? keys.ids.get(draft.articleId) : undefined;
  if (byId) return new DuplicateReadoutError(byId, 'article id');
  const byText = keys.texts.get(textKey(draft.paragraphs));
  return byText ? new DuplicateReadoutError(byText, 'text') : null;
}

export interface WriteOptions {
  /** Overwrite a file of the same name and skip the duplicate check. */
  force?: boolean;
  /** Keys read once for many writes (the watcher); updated with each file written. */
  keys?: CorpusKeys;
}

/**
 * Write `draft` into `corpusDir` as `draft.fileName` (or `…-2.md` when another
 * readout has that name). Resolves with the file's path.
 */
export async function writeReadout(corpusDir: string, draft: Draft, options: WriteOptions = {}): Promise<{ path: string; file: string }> {
  await mkdir(corpusDir, { recursive: true });
  const keys = options.keys ?? (options.force ? null : await readCorpusKeys(corpusDir));
  if (!options.force && keys) {
    const duplicate = findDuplicate(keys, draft);
    if (duplicate) throw duplicate.place(corpusDir, draft.fileName);
  }
  const temp = join(corpusDir, `.${draft.fileName}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(draft.markdown, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    const file = options.force ? await replace(corpusDir, temp, draft.fileName) : await placeNew(corpusDir, temp, draft.fileName);
    if (keys) {
      if (draft.articleId) keys.ids.set(draft.articleId, file);
      keys.texts.set(textKey(draft.paragraphs), file);
    }
    return { path: join(corpusDir, file), file };
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function replace(dir: string, temp: string, name: string): Promise<string> {
  await rename(temp, join(dir, name));
  return name;
}

/** Link the temporary file to the first free name: name.md, name-2.md, … */
async function placeNew(dir: string, temp: string, name: string): Promise<string> {
  const stem = name.replace(/\.md$/i, '');
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}.md`;
    try {
      await link(temp, join(dir, candidate));
      return candidate;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      // A file system without hard links: rename, after checking the name is free.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
        const exists = await open(join(dir, candidate), 'r').then(
          (h) => h.close().then(() => true),
          () => false,
        );
        if (exists) continue;
        await rename(temp, join(dir, candidate));
        return candidate;
      }
      throw error;
    }
  }
  throw new Error(`${name}: 99 files of that name already exist`);
}

/** A temporary file of writeReadout: `.<name>.<pid>.<8 hex>.tmp`. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Remove temporary files left by a writer that was killed mid-write (its
 * process is gone). They are hidden from the corpus loader, but would pile up.
 */
export async function sweepTempFiles(corpusDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(corpusDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP_FILE.exec(name)?.[1]);
    if (!pid || isAlive(pid)) continue;
    await unlink(join(corpusDir, name)).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
