/**
 * Index snapshots: the built index saved as one binary file, so a restart
 * loads in a fraction of a second instead of re-reading and re-indexing every
 * readout.
 *
 * A snapshot is used only when its key matches: a hash of every corpus file's
 * path, size and modification time, aliases.json, the built-in alias table and
 * the engine's own source code. Any change to one of them rebuilds it. A
 * corrupt or partly written file fails its CRC-32 check and is rebuilt, never
 * trusted. Files are written to a temporary name (`<name>.snap.<pid>.tmp`)
 * and renamed, so readers (other shards) never see half a snapshot; a failed
 * write removes its temp file, and temp files left by a killed writer are
 * swept on the next start.
 *
 * Layout: "RDTSNAP1", header length (u32), header JSON, the typed arrays
 * (4-byte aligned), the sentence texts (UTF-8, each ended by a NUL), CRC-32 (u32)
 * of everything before it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { fingerprint, systemReason } from '../corpus/folder.ts';
import { BUILTIN_ALIASES } from './aliases.ts';
import { SentenceIndex, type IndexData, type ReadoutInfo } from './sentenceIndex.ts';
import { SnapshotError, SnapshotWriteError } from '../errors.ts';

const MAGIC = 'RDTSNAP1';

/** The typed arrays of IndexData, in file order, with their element types. */
const ARRAYS = [
  ['paragraph', Uint32Array],
  ['position', Uint32Array],
  ['readoutOf', Uint32Array],
  ['docOffsets', Uint32Array],
  ['docTerms', Uint32Array],
  ['wordOffsets', Uint32Array],
  ['docWords', Uint32Array],
  ['entOffsets', Uint32Array],
  ['docEntities', Uint32Array],
  ['postOffsets', Uint32Array],
  ['postDocs', Uint32Array],
  ['postTf', Uint8Array],
] as const;
type ArrayName = (typeof ARRAYS)[number][0];
const ARRAY_NAMES = ARRAYS.map(([name]) => name);

/**
 * The header, parsed with zod: a file that passes its checksum was still
 * written by some program, and what it holds becomes citations. (Checking
 * every element costs a few per cent of a load: ~60 ms at 40,000 readouts.)
 */
const ReadoutRecord = z.object({
  file: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  key: z.string(),
  first: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
}) satisfies z.ZodType<Omit<ReadoutInfo, 'titleTerms'>>;

const headerSchema = <Extra>(extra: z.ZodType<Extra>) =>
  z.object({
    key: z.string(),
    extra,
    lengths: z.record(z.enum(ARRAY_NAMES), z.number().int().nonnegative()),
    count: z.number().int().nonnegative(),
    readouts: z.array(ReadoutRecord),
    titleTerms: z.array(z.array(z.number())),
    vocab: z.array(z.string()),
    wordVocab: z.array(z.string()),
    surface: z.array(z.string()),
    entityGroups: z.array(z.array(z.string())),
  });

/** Folders whose code decides what an index holds: a change there invalidates snapshots. */
const ENGINE_FOLDERS = ['text', 'search', 'corpus'].map((f) => resolve(import.meta.dirname, '..', f));

let engineHash: string | undefined;
function engineVersion(): string {
  if (engineHash) return engineHash;
  const hash = createHash('sha1');
  for (const folder of ENGINE_FOLDERS) {
    for (const file of readdirSync(folder).sort()) hash.update(file).update(readFileSync(join(folder, file)));
  }
  return (engineHash = hash.digest('hex'));
}

/** What a snapshot of `dir` must have been built from to be used. */
export function snapshotKey(dir: string): string {
  return createHash('sha1')
    .update(engineVersion())
    .update(JSON.stringify(BUILTIN_ALIASES))
    .update(fingerprint(dir))
    .digest('hex');
}

/** Where the snapshot of a corpus folder is kept. */
export function snapshotPath(cacheDir: string, dir: string): string {
  return join(cacheDir, `${createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 16)}.snap`);
}

export interface SnapshotHeader<Extra> {
  key: string;
  /** Anything else the caller keeps with the index (the load report). */
  extra: Extra;
}

/** Save a snapshot file. Throws SnapshotWriteError (no temp file left behind). */
export function writeSnapshot<Extra>(path: string, key: string, index: SentenceIndex, extra: Extra): void {
  saveSnapshot(path, encodeSnapshot(key, index, extra));
}

/** The temp file a process writes before renaming it into place. */
const TEMPORARY = /^[0-9a-f]{16}\.snap\.(\d+)\.tmp$/;

/**
 * Write snapshot bytes under `path`, atomically: a temp file renamed into
 * place. `write` is the file writer (tests pass one that fills the disk).
 */
export function saveSnapshot(path: string, bytes: Uint8Array, write: (file: string, bytes: Uint8Array) => void = writeFileSync): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new SnapshotWriteError(path, folderReason(dirname(path), error));
  }
  try {
    write(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw new SnapshotWriteError(path, systemReason(error));
  }
}

/** saveSnapshot without blocking: for the bot, which keeps answering while it writes. */
export async function saveSnapshotAsync(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw new SnapshotWriteError(path, folderReason(dirname(path), error));
  }
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw new SnapshotWriteError(path, systemReason(error));
  }
}

/** Why the cache folder could not be made: a file in its way reads better than EEXIST. */
function folderReason(folder: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EEXIST' || code === 'ENOTDIR' ? `cannot make the folder ${folder}: a file is in the way` : systemReason(error);
}

/** Remove a temp file if it is there (a folder in the way of the path is the caller's error). */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing was written there either.
  }
}

/**
 * Remove temp files that no writer will finish: their process is gone (a
 * build killed mid-write), or they have not changed for an hour (a pid since
 * reused, or a writer on another machine sharing the folder). A live writer's
 * file is left alone.
 */
export function sweepTemporaries(cacheDir: string): void {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (!pid) continue;
    const file = join(cacheDir, name);
    const stale = !isRunning(Number(pid)) || Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 3_600_000;
    if (stale) removeQuietly(file);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A snapshot as bytes: what writeSnapshot saves, and what a background build hands its parent. */
export function encodeSnapshot<Extra>(key: string, index: SentenceIndex, extra: Extra): Buffer {
  const data = index.data;
  const sections: { name: ArrayName; bytes: Uint8Array }[] = ARRAYS.map(([name]) => ({
    name,
    bytes: new Uint8Array(data[name].buffer, data[name].byteOffset, data[name].byteLength),
  }));
  const texts = Buffer.from(data.texts, 'utf8');
  const header = Buffer.from(
    JSON.stringify({
      key,
      extra,
      readouts: data.readouts,
      titleTerms: data.titleTerms,
      vocab: data.vocab,
      wordVocab: data.wordVocab,
      surface: data.surface,
      entityGroups: data.entityGroups,
      lengths: Object.fromEntries(ARRAYS.map(([name]) => [name, data[name].length])),
      count: data.textOffsets.length - 1,
    }),
    'utf8',
  );
  const align = (n: number) => (n + 3) & ~3;
  let size = align(MAGIC.length + 4 + header.length);
  for (const s of sections) size = align(size + s.bytes.length);
  size += texts.length + 4;
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  let at = align(MAGIC.length + 4 + header.length);
  for (const s of sections) {
    out.set(s.bytes, at);
    at = align(at + s.bytes.length);
  }
  texts.copy(out, at);
  out.writeUInt32LE(crc32(out.subarray(0, size - 4)), size - 4);
  return out;
}

/**
 * Read a snapshot. Throws SnapshotError when the file is missing, damaged or
 * built from something else than `key`.
 */
export function readSnapshot<Extra>(path: string, key: string, extra: z.ZodType<Extra>): { index: SentenceIndex; extra: Extra } {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    throw new SnapshotError('no snapshot');
  }
  return decodeSnapshot(file, key, extra);
}

/**
 * Decode snapshot bytes. `key` null accepts whatever the snapshot was built
 * from (a background build's, which names its key). Throws SnapshotError.
 */
export function decodeSnapshot<Extra>(
  file: Buffer,
  key: string | null,
  extra: z.ZodType<Extra>,
): { index: SentenceIndex; extra: Extra; key: string } {
  if (file.length < MAGIC.length + 8 || file.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new SnapshotError('not a snapshot file');
  }
  if (crc32(file.subarray(0, file.length - 4)) !== file.readUInt32LE(file.length - 4)) {
    throw new SnapshotError('damaged (checksum mismatch)');
  }
  try {
    return decode(file, key, extra);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    // A file that passes its checksum yet does not decode (written by a buggy
    // or foreign program): rebuild, never crash.
    throw new SnapshotError(`damaged (${(error as Error).message})`);
  }
}

function decode<Extra>(file: Buffer, key: string | null, extra: z.ZodType<Extra>): { index: SentenceIndex; extra: Extra; key: string } {
  const headerLength = file.readUInt32LE(MAGIC.length);
  const json: unknown = JSON.parse(file.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength));
  // The key first: a snapshot from another engine version is stale, whatever its header holds.
  if (key !== null && z.object({ key: z.string() }).safeParse(json).data?.key !== key) {
    throw new SnapshotError('stale (the corpus or the engine changed)');
  }
  const parsed = headerSchema(extra).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SnapshotError(`damaged (header ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unreadable'})`);
  }
  const header = parsed.data;

  // readFileSync gives the file its own buffer, so offsets from 0 are aligned.
  const base = file.byteOffset;
  const aligned = base % 4 === 0 ? file : Buffer.from(file);
  const align = (n: number) => (n + 3) & ~3;
  let at = align(MAGIC.length + 4 + headerLength);
  const arrays = {} as Record<ArrayName, Uint8Array | Uint16Array | Uint32Array>;
  for (const [name, Type] of ARRAYS) {
    const length = header.lengths[name];
    arrays[name] = new Type(aligned.buffer as ArrayBuffer, aligned.byteOffset + at, length);
    at = align(at + length * Type.BYTES_PER_ELEMENT);
  }
  const texts = aligned.toString('utf8', at, aligned.length - 4);
  // Where each sentence starts: after the NUL that ends the one before.
  const textOffsets = new Uint32Array(header.count + 1);
  let n = 0;
  for (let end = texts.indexOf('\u0000'); end >= 0 && n < header.count; end = texts.indexOf('\u0000', end + 1)) {
    textOffsets[++n] = end + 1;
  }
  if (n !== header.count || textOffsets[n] !== texts.length) throw new SnapshotError('damaged (sentence count mismatch)');
  const data: IndexData = {
    readouts: header.readouts,
    titleTerms: header.titleTerms,
    vocab: header.vocab,
    wordVocab: header.wordVocab,
    surface: header.surface,
    entityGroups: header.entityGroups,
    texts,
    textOffsets,
    ...(arrays as Pick<IndexData, ArrayName>),
  };
  return { index: new SentenceIndex(data), extra: header.extra, key: header.key };
}
