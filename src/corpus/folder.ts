/**
 * Load a corpus folder: every .md and .txt file under it (README.md and
 * dot-files aside), symbolic links followed. A bad file, a subfolder that
 * cannot be read or a broken link is reported with its path and reason and
 * skipped; it never stops the good ones from loading.
 */
import { createHash } from 'node:crypto';
import { opendirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dir, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseReadout, readoutKeys, type Readout } from './readout.ts';
import { CorpusFolderError, ReadoutFileError } from '../errors.ts';

export interface Skipped {
  file: string;
  reason: string;
}

export interface FileWarning {
  file: string;
  message: string;
}

export interface Corpus {
  dir: string;
  /** Sorted by date (unknown dates last), then file. */
  readouts: Readout[];
  skipped: Skipped[];
  warnings: FileWarning[];
}

/** Corpus files are Markdown readouts or scraped text. */
export function isCorpusFile(name: string): boolean {
  return /\.(md|txt)$/i.test(name) && !/^readme\.md$/i.test(name) && !name.startsWith('.');
}

/** What a walk of a corpus folder found: the files to read, and what it could not walk into. */
export interface CorpusScan {
  /** Sorted paths relative to the folder, with forward slashes. */
  files: string[];
  /** Subfolders that could not be read, broken links, link loops (folders end with "/"). */
  skipped: Skipped[];
}

/**
 * Every corpus file under `dir`. Symbolic links are followed, to files and
 * folders alike; a folder already read (a link loop, or two links to one
 * place) is read once and the later link reported. Throws CorpusFolderError
 * when `dir` itself is missing or unreadable.
 */
export function scanCorpus(dir: string): CorpusScan {
  return sortScan(walkCorpus(dir));
}

/**
 * The corpus files in walk order: subfolders in name order, each folder's
 * files in name order. Deterministic, so the fingerprints hash in this
 * order, and the running bot's poll need not sort 40,000 paths in one turn.
 */
function walkCorpus(dir: string): CorpusScan {
  const scan: CorpusScan = { files: [], skipped: [] };
  for (const _folder of scanSteps(dir, scan));
  return scan;
}

/** walkCorpus, a batch of folder entries per turn of the event loop (for the running bot's corpus poll). */
async function walkCorpusInTurns(dir: string): Promise<CorpusScan> {
  const scan: CorpusScan = { files: [], skipped: [] };
  for (const _folder of scanSteps(dir, scan)) await nextTurn();
  return scan;
}

/** Paths in order (files and skipped entries), for the listing callers read. */
function sortScan(scan: CorpusScan): CorpusScan {
  return { files: scan.files.sort(), skipped: scan.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

/** Entries of one folder read per step of the walk: a folder of 40,000 readouts is many steps. */
const SCAN_BATCH = 100;

/**
 * The walk, in steps of at most SCAN_BATCH entries, depth first, each folder's
 * subfolders in name order (an explicit stack: the same order as recursion,
 * so the same link is "first"). A folder is read through a directory handle,
 * a batch at a time, not listed whole: listing 2,500 entries at once held a
 * running bot's event loop for 10–30 ms.
 */
function* scanSteps(dir: string, scan: CorpusScan): Generator<string> {
  const { files, skipped } = scan;
  const rel = (path: string) => relative(dir, path).split(sep).join('/');
  /** Real path of each folder read → its path in the corpus. */
  const read = new Map<string, string>();
  const stack = [dir];
  for (let folder = stack.pop(); folder !== undefined; folder = stack.pop()) {
    let handle: Dir;
    try {
      const real = realpathSync(folder);
      const first = read.get(real);
      if (first !== undefined) {
        skipped.push({
          file: `${rel(folder)}/`,
          reason: `link to a folder already read (${first ? `${first}/` : 'the corpus folder itself'})`,
        });
        continue;
      }
      read.set(real, rel(folder));
      handle = opendirSync(folder);
    } catch (error) {
      if (folder === dir) throw folderError(dir, error);
      skipped.push({ file: `${rel(folder)}/`, reason: `folder could not be read: ${systemReason(error)}` });
      continue;
    }
    const subfolders: string[] = [];
    const here: string[] = [];
    try {
      for (let entry = handle.readSync(), n = 1; entry !== null; entry = handle.readSync(), n++) {
        visit(folder, entry, subfolders, here);
        if (n % SCAN_BATCH === 0) yield folder;
      }
    } finally {
      handle.closeSync();
    }
    // A loop, not push(...here): a flat corpus of 100,000 files is too many arguments for one call.
    for (const file of here.sort()) files.push(file);
    // Name order (as a listing gives it; byte order, like strcmp), reversed onto the
    // stack so the first subfolder is walked next, as recursion would.
    subfolders.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (let k = subfolders.length - 1; k >= 0; k--) stack.push(subfolders[k] as string);
    yield folder;
  }

  /** One folder entry: a subfolder to walk, a corpus file, or something skipped. */
  function visit(folder: string, entry: Dirent, subfolders: string[], here: string[]): void {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return;
    const path = join(folder, entry.name);
    let target: Stats | Dirent = entry;
    if (entry.isSymbolicLink()) {
      try {
        target = statSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason =
          code === 'ENOENT'
            ? `broken symbolic link: ${resolve(folder, readlinkSync(path))} does not exist`
            : `symbolic link could not be followed: ${systemReason(error)}`;
        skipped.push({ file: rel(path), reason });
        return;
      }
    }
    if (target.isDirectory()) subfolders.push(path);
    else if (isCorpusFile(entry.name)) {
      if (target.isFile()) here.push(rel(path));
      else skipped.push({ file: rel(path), reason: 'not a regular file' });
    }
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** All corpus files under `dir`, as sorted paths relative to it with forward slashes. */
export function listCorpusFiles(dir: string): string[] {
  return scanCorpus(dir).files;
}

function folderError(dir: string, error: unknown): CorpusFolderError {
  const code = (error as NodeJS.ErrnoException).code;
  // A file given where the folder goes (--corpus corpus/one.md) is there, just not a folder.
  if (code === 'ENOTDIR' && isFile(dir))
    return new CorpusFolderError(`the corpus is a folder, not a file: ${dir} (inspect FILE reads one file)`);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CorpusFolderError(`corpus folder not found: ${dir}`);
  return new CorpusFolderError(`corpus folder could not be read: ${dir}: ${systemReason(error)}`);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** "permission denied (EACCES)" from a Node system error, without the path it repeats. */
export function systemReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
  return code && match ? `${match[1]} (${code})` : error.message;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode a file's bytes, refusing binary data and text in another encoding. */
export function decodeCorpusText(bytes: Uint8Array): string {
  // Windows editors' "Unicode": a byte-order mark, and a NUL in every other byte of English text.
  if (isUtf16(bytes)) throw new Error('not UTF-8 text (it is UTF-16; save the file as UTF-8)');
  if (bytes.includes(0)) throw new Error('binary data, not text');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('not UTF-8 text (save the file as UTF-8)');
  }
}

function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

/**
 * The most a readout file may hold. A readout is tens of KB; a file over 5 MB
 * is something else, and reading it would slow every load. Fetched pages,
 * `/readout add` and `import FILE` stop at the same size.
 */
export const MAX_READOUT_BYTES = 5 * 1024 * 1024;
export const TOO_LARGE = 'larger than 5 MB';

/** Read one file relative to the corpus folder, its sentence ids prefixed by `key`. Throws ReadoutFileError. */
export function readCorpusFile(dir: string, file: string, key?: string): Readout {
  let text: string;
  try {
    // Checked before reading: the point is not to read it.
    if (statSync(join(dir, file)).size > MAX_READOUT_BYTES) throw new Error(TOO_LARGE);
    text = decodeCorpusText(readFileSync(join(dir, file)));
  } catch (error) {
    throw new ReadoutFileError(file, [
      (error as NodeJS.ErrnoException).code ? `could not be read: ${systemReason(error)}` : systemReason(error),
    ]);
  }
  return parseReadout(file, text, key);
}

/** Progress while loading: files read so far and in all. */
export type LoadProgress = (done: number, total: number) => void;

/** Throws CorpusFolderError when `dir` is missing or cannot be read. */
export function loadCorpus(dir: string, progress?: LoadProgress): Corpus {
  const readouts: Readout[] = [];
  const warnings: FileWarning[] = [];
  const bodies = new Map<string, string>();
  const { files, skipped } = scanCorpus(dir);
  const keys = readoutKeys(files);
  for (const [n, file] of files.entries()) {
    if (progress && n % 500 === 0) progress(n, files.length);
    try {
      const readout = readCorpusFile(dir, file, keys.get(file));
      // The same readout saved twice (say, as .txt and as imported .md) would
      // double every count and timeline entry.
      const body = readout.paragraphs.join('\n');
      const twin = bodies.get(body);
      if (twin) {
        skipped.push({ file, reason: `duplicate of ${twin} (same body text)` });
        continue;
      }
      bodies.set(body, file);
      readouts.push(readout);
      for (const message of readout.warnings) warnings.push({ file, message });
    } catch (error) {
      if (!(error instanceof ReadoutFileError)) throw error;
      skipped.push({ file, reason: error.reasons.join('; ') });
    }
  }
  readouts.sort(compareReadouts);
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { dir, readouts, skipped, warnings };
}

/** Oldest first; undated readouts last; ties by file name. */
export function compareReadouts(a: Readout, b: Readout): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** "32 loaded, 1 skipped" plus one line per skipped file and warning. */
export function describeLoad(load: { loaded: number; skipped: Skipped[]; warnings: FileWarning[] }): string[] {
  return [
    `${load.loaded} loaded, ${load.skipped.length} skipped`,
    ...load.skipped.map((s) => `skipped ${s.file}: ${s.reason}`),
    ...load.warnings.map((w) => `warning ${w.file}: ${w.message}`),
  ];
}

/**
 * A cheap summary of a corpus folder's state: paths, sizes and modification
 * times of its corpus files and aliases.json, and what could not be read. It
 * changes when any of them does, without reading them. "missing" when the
 * folder is gone or unreadable (loading it says which).
 */
export function fingerprint(dir: string): string {
  const hash = createHash('sha1');
  let files: string[];
  try {
    const scan = walkCorpus(dir);
    files = [...scan.files, 'aliases.json'];
    for (const s of scan.skipped) hash.update(`skipped ${s.file}\0${s.reason}\n`);
  } catch {
    return 'missing';
  }
  for (const file of files) {
    const stat = statSync(join(dir, file), { throwIfNoEntry: false });
    if (stat) hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Files stat'ed per turn of the event loop by fingerprintAsync. */
const STAT_BATCH = 20;

/**
 * fingerprint(), the same hash, in short turns: a running bot polls its
 * corpus, and at 40,000 files one synchronous walk and stat held the event
 * loop for hundreds of milliseconds, so an interaction arriving meanwhile
 * waited that long. Here each batch of 100 folder entries and each batch of 20
 * stats is one turn (a few milliseconds), and interactions are answered in between.
 * Synchronous calls in turns, not fs.promises: a promise per file costs
 * several times the CPU of statSync, and the poll runs every few seconds.
 */
export async function fingerprintAsync(dir: string): Promise<string> {
  const hash = createHash('sha1');
  let files: string[];
  try {
    const scan = await walkCorpusInTurns(dir);
    files = [...scan.files, 'aliases.json'];
    for (const s of scan.skipped) hash.update(`skipped ${s.file}\0${s.reason}\n`);
  } catch {
    return 'missing';
  }
  for (let at = 0; at < files.length; at += STAT_BATCH) {
    if (at > 0) await nextTurn();
    for (const file of files.slice(at, at + STAT_BATCH)) {
      const stat = statSync(join(dir, file), { throwIfNoEntry: false });
      if (stat) hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}
