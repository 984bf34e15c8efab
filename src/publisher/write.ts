/**
 * writeReadout: a Draft into the corpus folder, whole or not at all. The text
 * goes to a hidden temporary file in the same folder (the corpus loader and
 * hot reload skip dot-files), is flushed, then linked to its final name, which
 * fails rather than overwrite a file that appeared meanwhile; so hot reload
 * never sees half a readout and two writers never clobber each other. One
 * writer decides per article (claim.ts), so none writes it twice.
 *
 * A readout already in the corpus — the same article id (whatever the host or
 * slug of its link) or the same text — is refused with DuplicateReadoutError.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isCorpusFile, listCorpusFiles } from '../corpus/folder.ts';
import { splitFrontMatter, type SplitFile } from '../corpus/frontMatter.ts';
import { splitParagraphs } from '../text/sentences.ts';
import type { Draft } from './article.ts';
import { ArticleBusyError, DuplicateReadoutError } from '../errors.ts';
import { claimKey, isAlive, linkOrExcl, takeClaim } from './claim.ts';
import { articleId } from './links.ts';

/** What the corpus already holds, keyed for duplicate checks. */
export interface CorpusKeys {
  /** Every file read (relative to the corpus folder). */
  files: Set<string>;
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
  const keys: CorpusKeys = { files: new Set(), ids: new Map(), texts: new Map() };
  let files: string[];
  try {
    files = listCorpusFiles(corpusDir);
  } catch {
    return keys;
  }
  for (const file of files) {
    keys.files.add(file);
    await addKeys(corpusDir, file, keys);
  }
  return keys;
}

async function addKeys(corpusDir: string, file: string, keys: CorpusKeys): Promise<void> {
  let text: string;
  try {
    text = await readFile(join(corpusDir, file), 'utf8');
  } catch {
    return;
  }
  let split: SplitFile;
  try {
    split = splitFrontMatter(text);
  } catch {
    return;
  }
  const id = articleId(split.fields?.source);
  if (id && !keys.ids.has(id)) keys.ids.set(id, file);
  const body = textKey(splitParagraphs(split.body));
  if (body && !keys.texts.has(body)) keys.texts.set(body, file);
}

/** The file already holding this draft, and why, or null. */
export function findDuplicate(keys: CorpusKeys, draft: Pick<Draft, 'articleId' | 'paragraphs'>): DuplicateReadoutError | null {
  const byId = draft.articleId ? keys.ids.get(draft.articleId) : undefined;
  if (byId) return new DuplicateReadoutError(byId, 'article id');
  const byText = keys.texts.get(textKey(draft.paragraphs));
  return byText ? new DuplicateReadoutError(byText, 'text') : null;
}

export interface WriteOptions {
  /** Keys read once for many writes (the watcher); updated with each file written. */
  keys?: CorpusKeys;
  /** How long to wait for another writer at work on the same article (default 5 s). */
  claimWaitMs?: number;
}

/**
 * Write `draft` into `corpusDir` as `draft.fileName`, or `…-2.md` when another
 * readout has that name: an existing file is never touched. One writer per
 * article (claim.ts): the article's claim is taken before the file is linked
 * in and checked again just before, so two watchers, or the watcher and
 * `/readout add`, never both write the same article. Resolves with the
 * file's path; throws DuplicateReadoutError when the corpus (or another
 * writer's claim) holds it already, ArticleBusyError when another writer is
 * still at work on it.
 */
export async function writeReadout(corpusDir: string, draft: Draft, options: WriteOptions = {}): Promise<{ path: string; file: string }> {
  await mkdir(corpusDir, { recursive: true });
  const keys = options.keys ?? (await readCorpusKeys(corpusDir));
  const duplicate = findDuplicate(keys, draft);
  if (duplicate) throw duplicate.place(corpusDir, draft.fileName);
  const outcome = await takeClaim(corpusDir, claimKey(draft.articleId, textKey(draft.paragraphs)), options.claimWaitMs);
  if (outcome.kind === 'busy') throw new ArticleBusyError(draft.title);
  const { claim } = outcome;
  let file: string | null = null;
  const temp = join(corpusDir, `.${draft.fileName}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(draft.markdown, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Checked again under the claim, just before the file is linked in: files
    // another writer placed since `keys` were read (it held the claim before us).
    await readNewFiles(corpusDir, keys);
    const again = findDuplicate(keys, draft);
    if (again) throw again.place(corpusDir, draft.fileName);
    // A writer that stalled past a minute may have lost its claim to another.
    if (!(await claim.held())) throw new ArticleBusyError(draft.title);
    file = await placeNew(corpusDir, temp, draft.fileName);
    remember(keys, draft, file);
    return { path: join(corpusDir, file), file };
  } finally {
    await unlink(temp).catch(() => undefined);
    await claim.release();
  }
}

function remember(keys: CorpusKeys, draft: Pick<Draft, 'articleId' | 'paragraphs'>, file: string): void {
  keys.files.add(file);
  if (draft.articleId && !keys.ids.has(draft.articleId)) keys.ids.set(draft.articleId, file);
  const text = textKey(draft.paragraphs);
  if (!keys.texts.has(text)) keys.texts.set(text, file);
}

/**
 * Add to `keys` the readout files at the top of `corpusDir` that they do not
 * know yet (writers place files there): one listing, and only new files read.
 */
async function readNewFiles(corpusDir: string, keys: CorpusKeys): Promise<void> {
  let names: string[];
  try {
    names = await readdir(corpusDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (keys.files.has(name) || !isCorpusFile(name)) continue;
    keys.files.add(name);
    await addKeys(corpusDir, name, keys);
  }
}

/** Link the temporary file to the first free name: name.md, name-2.md, … (never over an existing file). */
async function placeNew(dir: string, temp: string, name: string): Promise<string> {
  const stem = name.replace(/\.md$/i, '');
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}.md`;
    try {
      await linkOrExcl(temp, join(dir, candidate));
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
  }
  throw new Error(`${name}: 99 files of that name already exist`);
}

/** A temporary file of writeReadout or of a claim: `.<name>.<pid>.<8 hex>.tmp`. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** An article's claim (claim.ts); one left by a killed writer is removed once an hour old. */
const CLAIM_FILE = /^\.readout-claim-[\w-]+\.lock$/;
const OLD_CLAIM_MS = 3600_000;

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
    if (CLAIM_FILE.test(name)) {
      const old = await stat(join(corpusDir, name)).then(
        (info) => Date.now() - info.mtimeMs > OLD_CLAIM_MS,
        () => false,
      );
      if (old)
        await unlink(join(corpusDir, name)).then(
          () => removed.push(name),
          () => undefined,
        );
      continue;
    }
    const pid = Number(TEMP_FILE.exec(name)?.[1]);
    if (!pid || isAlive(pid)) continue;
    await unlink(join(corpusDir, name)).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
