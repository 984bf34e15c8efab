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
 * Layout: "RDTSNAP2", header length (u32), header JSON, the typed arrays
 * (each 4-byte aligned; 8, 16 or 32 bits wide as the header says), the
 * sentence texts (UTF-8, each ended by a NUL), CRC-32 (u32) of everything
 * before it. Loading a file reads the header and the arrays into memory and
 * leaves the texts in the file, read one sentence at a time
 * (src/search/texts.ts); snapshot bytes handed over whole (a background
 * build's) keep their texts in those bytes.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { fingerprint, systemReason } from '../corpus/folder.ts';
import { BUILTIN_ALIASES } from './aliases.ts';
import { SentenceIndex, type IndexData, type ReadoutInfo } from './sentenceIndex.ts';
import { SnapshotError, SnapshotWriteError } from '../errors.ts';
import { FileTexts, MemoryTexts, type SentenceTexts } from './texts.ts';

const MAGIC = 'RDTSNAP2';

/** The typed arrays of IndexData, in file order (their widths are in the header). */
const ARRAYS = [
  'textOffsets',
  'paragraph',
  'position',
  'readoutOf',
  'docOffsets',
  'docTerms',
  'wordOffsets',
  'docWords',
  'entOffsets',
  'docEntities',
  'postOffsets',
  'postDocs',
  'postTf',
] as const;
type ArrayName = (typeof ARRAYS)[number];
type Stored = Uint8Array | Uint16Array | Uint32Array;
const TYPES = { 1: Uint8Array, 2: Uint16Array, 4: Uint32Array } as const;

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
    lengths: z.record(z.enum(ARRAYS), z.number().int().nonnegative()),
    widths: z.record(z.enum(ARRAYS), z.union([z.literal(1), z.literal(2), z.literal(4)])),
    count: z.number().int().nonnegative(),
    readouts: z.array(ReadoutRecord),
    titleTerms: z.array(z.array(z.number())),
    vocab: z.array(z.string()),
    wordVocab: z.array(z.string()),
    surface: z.array(z.string()),
    entityGroups: z.array(z.array(z.string())),
  });

/**
 * Folders whose code or data decides what an index holds: a change there invalidates snapshots. data/text holds
 * the stop words and spellings the terms are made with: adding a stop word ("whose") changes every index.
 */
const ENGINE_FOLDERS = [
  ...['text', 'search', 'corpus'].map((f) => resolve(import.meta.dirname, '..', f)),
  resolve(import.meta.dirname, '..', '..', 'data', 'text'),
];

/** The folders a snapshot's key reads (for the test that the stop words are among them). */
export function snapshotInputs(): readonly string[] {
  return ENGINE_FOLDERS;
}

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
  return createHash('sha1').update(engineVersion()).update(JSON.stringify(BUILTIN_ALIASES)).update(fingerprint(dir)).digest('hex');
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
/** The arrays of an index by name (textOffsets from its texts). */
function arraysOf(data: IndexData): Record<ArrayName, Stored> {
  const { texts, readouts: _r, titleTerms: _t, vocab: _v, surface: _s, entityGroups: _e, wordVocab: _w, ...arrays } = data;
  return { ...arrays, textOffsets: texts.offsets };
}

const align = (n: number) => (n + 3) & ~3;

export function encodeSnapshot<Extra>(key: string, index: SentenceIndex, extra: Extra): Buffer {
  const data = index.data;
  const arrays = arraysOf(data);
  const sections = ARRAYS.map((name) => new Uint8Array(arrays[name].buffer, arrays[name].byteOffset, arrays[name].byteLength));
  const texts = data.texts.bytes();
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
      lengths: Object.fromEntries(ARRAYS.map((name) => [name, arrays[name].length])),
      widths: Object.fromEntries(ARRAYS.map((name) => [name, arrays[name].BYTES_PER_ELEMENT])),
      count: data.texts.count,
    }),
    'utf8',
  );
  let size = align(MAGIC.length + 4 + header.length);
  for (const bytes of sections) size = align(size + bytes.length);
  size += texts.length + 4;
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  let at = align(MAGIC.length + 4 + header.length);
  for (const bytes of sections) {
    out.set(bytes, at);
    at = align(at + bytes.length);
  }
  texts.copy(out, at);
  out.writeUInt32LE(crc32(out.subarray(0, size - 4)), size - 4);
  return out;
}

/**
 * Read a snapshot file: its header and arrays into memory, its texts left in
 * the file (read through the open descriptor when cited, so a snapshot renamed
 * over it by a reload does not matter; closed when the index is garbage).
 * Throws SnapshotError when the file is missing, damaged or built from
 * something else than `key`.
 */
export function readSnapshot<Extra>(path: string, key: string, extra: z.ZodType<Extra>): { index: SentenceIndex; extra: Extra } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new SnapshotError('no snapshot');
  }
  let kept = false;
  try {
    const loaded = readFromFile(fd, key, extra);
    kept = true;
    return loaded;
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    // A file that passes its checksum yet does not decode (written by a buggy
    // or foreign program): rebuild, never crash.
    throw new SnapshotError(`damaged (${(error as Error).message})`);
  } finally {
    if (!kept) closeSync(fd);
  }
}

/** Bytes `from` … `to` of the file, into a buffer of their own (so typed arrays on it are aligned). */
function readRange(fd: number, from: number, to: number): Buffer {
  const out = Buffer.allocUnsafeSlow(Math.max(0, to - from));
  let done = 0;
  while (done < out.length) {
    const n = readSync(fd, out, done, out.length - done, from + done);
    if (n === 0) throw new SnapshotError('damaged (shorter than it says)');
    done += n;
  }
  return out;
}

const CHUNK = 1 << 20;

function readFromFile<Extra>(fd: number, key: string, extra: z.ZodType<Extra>): { index: SentenceIndex; extra: Extra } {
  const size = fstatSync(fd).size;
  if (size < MAGIC.length + 8) throw new SnapshotError('not a snapshot file');
  const head = readRange(fd, 0, MAGIC.length + 4);
  if (head.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new SnapshotError('not a snapshot file');
  const headerLength = head.readUInt32LE(MAGIC.length);
  const arraysStart = align(MAGIC.length + 4 + headerLength);
  if (arraysStart > size - 4) throw new SnapshotError('damaged (checksum mismatch)');
  const headerBytes = readRange(fd, MAGIC.length + 4, MAGIC.length + 4 + headerLength);
  const json = parseJson(headerBytes);
  const arraysEnd = arraysStart + arraysLength(json);
  if (arraysEnd > size - 4) throw new SnapshotError('damaged (checksum mismatch)');
  const arrays = readRange(fd, arraysStart, arraysEnd);
  let crc = crc32(head);
  crc = crc32(headerBytes, crc);
  crc = crc32(readRange(fd, MAGIC.length + 4 + headerLength, arraysStart), crc);
  crc = crc32(arrays, crc);
  // The texts stay in the file: checked in chunks, read when cited.
  const chunk = Buffer.allocUnsafeSlow(CHUNK);
  for (let at = arraysEnd; at < size - 4; at += CHUNK) {
    const n = readSync(fd, chunk, 0, Math.min(CHUNK, size - 4 - at), at);
    crc = crc32(chunk.subarray(0, n), crc);
  }
  if (crc !== readRange(fd, size - 4, size).readUInt32LE(0)) throw new SnapshotError('damaged (checksum mismatch)');
  const header = checkHeader(json, key, extra);
  return build(header, arrays, size - 4 - arraysEnd, (offsets) => new FileTexts(fd, arraysEnd, offsets));
}

/**
 * Decode snapshot bytes held whole (a background build's, handed over on a
 * pipe): their texts stay in these bytes. `key` null accepts whatever the
 * snapshot was built from (a background build's, which names its key).
 * Throws SnapshotError.
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
    const headerLength = file.readUInt32LE(MAGIC.length);
    const json = parseJson(file.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength));
    const header = checkHeader(json, key, extra);
    // Typed arrays need 4-byte alignment: bytes off a pipe may start anywhere.
    const aligned = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
    const arraysStart = align(MAGIC.length + 4 + headerLength);
    const arraysEnd = arraysStart + arraysLength(json);
    if (arraysEnd > aligned.length - 4) throw new SnapshotError('damaged (arrays longer than the file)');
    const texts = aligned.subarray(arraysEnd, aligned.length - 4);
    const { index } = build(header, aligned.subarray(arraysStart, arraysEnd), texts.length, (offsets) => new MemoryTexts(texts, offsets));
    return { index, extra: header.extra, key: header.key };
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    throw new SnapshotError(`damaged (${(error as Error).message})`);
  }
}

type Header<Extra> = z.infer<ReturnType<typeof headerSchema<Extra>>>;

/** The header JSON, or the damage a checksum would find. */
function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    throw new SnapshotError('damaged (checksum mismatch)');
  }
}

/** How many bytes the arrays take, as far as the header can say before it is checked. */
function arraysLength(json: unknown): number {
  const sized = z.object({ lengths: z.record(z.string(), z.number()), widths: z.record(z.string(), z.number()) }).safeParse(json);
  if (!sized.success) throw new SnapshotError('damaged (checksum mismatch)');
  let length = 0;
  for (const name of ARRAYS) length = align(length + (sized.data.lengths[name] ?? 0) * (sized.data.widths[name] ?? 1));
  return length;
}

function checkHeader<Extra>(json: unknown, key: string | null, extra: z.ZodType<Extra>): Header<Extra> {
  // The key first: a snapshot from another engine version is stale, whatever its header holds.
  if (key !== null && z.object({ key: z.string() }).safeParse(json).data?.key !== key) {
    throw new SnapshotError('stale (the corpus or the engine changed)');
  }
  const parsed = headerSchema(extra).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SnapshotError(`damaged (header ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unreadable'})`);
  }
  return parsed.data;
}

/** The index from its checked header, its arrays' bytes (own buffer, aligned) and its texts. */
function build<Extra>(
  header: Header<Extra>,
  arrays: Buffer,
  textBytes: number,
  texts: (offsets: Uint32Array) => SentenceTexts,
): { index: SentenceIndex; extra: Extra } {
  let at = 0;
  const views = {} as Record<ArrayName, Stored>;
  for (const name of ARRAYS) {
    const Type = TYPES[header.widths[name]];
    views[name] = new Type(arrays.buffer as ArrayBuffer, arrays.byteOffset + at, header.lengths[name]);
    at = align(at + views[name].byteLength);
  }
  const offsets = views.textOffsets as Uint32Array;
  if (offsets.length !== header.count + 1 || offsets[header.count] !== textBytes)
    throw new SnapshotError('damaged (sentence count mismatch)');
  const { textOffsets: _offsets, ...rest } = views;
  const data: IndexData = {
    readouts: header.readouts,
    titleTerms: header.titleTerms,
    vocab: header.vocab,
    wordVocab: header.wordVocab,
    surface: header.surface,
    entityGroups: header.entityGroups,
    texts: texts(offsets),
    ...(rest as Omit<IndexData, 'texts' | 'readouts' | 'titleTerms' | 'vocab' | 'wordVocab' | 'surface' | 'entityGroups'>),
  };
  return { index: new SentenceIndex(data), extra: header.extra };
}
