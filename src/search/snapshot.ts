/**
 * Index snapshots: the built index saved as one binary file, so a restart
 * loads in a fraction of a second instead of re-reading and re-indexing every
 * readout.
 *
 * A snapshot is used only when its key matches: a hash of every corpus file's
 * path, size and modification time, aliases.json, the built-in alias table and
 * the engine's own source code. Any change to one of them rebuilds it. A
 * corrupt or partly written file fails its CRC-32 check and is rebuilt, never
 * trusted. Files are written to a temporary name and renamed, so readers
 * (other shards) never see half a snapshot.
 *
 * Layout: "RDTSNAP2", header length (u32), header JSON, the typed arrays
 * (each 4-byte aligned; 8, 16 or 32 bits wide as the header says), the
 * sentence texts (UTF-8, each ended by a NUL), CRC-32 (u32) of everything
 * before it. Loading reads the header and the arrays into memory and leaves
 * the texts in the file, read one sentence at a time (src/search/texts.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { fingerprint } from '../corpus/folder.ts';
import { BUILTIN_ALIASES } from './aliases.ts';
import { SentenceIndex, type IndexData, type ReadoutInfo } from './sentenceIndex.ts';
import { SnapshotError } from '../errors.ts';
import { FileTexts } from './texts.ts';

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

/** The arrays of an index by name (textOffsets from its texts). */
function arraysOf(data: IndexData): Record<ArrayName, Stored> {
  const { texts, readouts: _r, titleTerms: _t, vocab: _v, surface: _s, entityGroups: _e, wordVocab: _w, ...arrays } = data;
  return { ...arrays, textOffsets: texts.offsets };
}

export function writeSnapshot<Extra>(path: string, key: string, index: SentenceIndex, extra: Extra): void {
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
  const align = (n: number) => (n + 3) & ~3;
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
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, out);
  renameSync(temporary, path);
}

/**
 * Read a snapshot. Throws SnapshotError when the file is missing, damaged or
 * built from something else than `key`.
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
    const loaded = decode(fd, key, extra);
    kept = true;
    return loaded;
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    // A file that passes its checksum yet does not decode (written by a buggy
    // or foreign program): rebuild, never crash.
    throw new SnapshotError(`damaged (${(error as Error).message})`);
  } finally {
    // The index keeps the descriptor to read its texts (closed when it is garbage).
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

function decode<Extra>(fd: number, key: string, extra: z.ZodType<Extra>): { index: SentenceIndex; extra: Extra } {
  const size = fstatSync(fd).size;
  if (size < MAGIC.length + 8) throw new SnapshotError('not a snapshot file');
  const head = readRange(fd, 0, MAGIC.length + 4);
  if (head.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new SnapshotError('not a snapshot file');
  const headerLength = head.readUInt32LE(MAGIC.length);
  const align = (n: number) => (n + 3) & ~3;
  const arraysStart = align(MAGIC.length + 4 + headerLength);
  if (arraysStart > size - 4) throw new SnapshotError('damaged (checksum mismatch)');
  const headerBytes = readRange(fd, MAGIC.length + 4, MAGIC.length + 4 + headerLength);
  const json = parseJson(headerBytes);
  // The arrays' extent, as far as the header can be read before it is checked.
  const extent = z.object({ lengths: z.record(z.string(), z.number()), widths: z.record(z.string(), z.number()) }).safeParse(json);
  if (!extent.success) throw new SnapshotError('damaged (checksum mismatch)');
  const sized = extent.data;
  // The arrays' end is known from the header; the checksum covers all, so
  // it is checked before anything read here is trusted.
  let arraysEnd = arraysStart;
  for (const name of ARRAYS) arraysEnd = align(arraysEnd + (sized.lengths[name] ?? 0) * (sized.widths[name] ?? 1));
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
  // The key first: a snapshot from another engine version is stale, whatever its header holds.
  if (z.object({ key: z.string() }).safeParse(json).data?.key !== key) throw new SnapshotError('stale (the corpus or the engine changed)');
  const parsed = headerSchema(extra).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SnapshotError(`damaged (header ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unreadable'})`);
  }
  const header = parsed.data;

  let at = 0;
  const views = {} as Record<ArrayName, Stored>;
  for (const name of ARRAYS) {
    const Type = TYPES[header.widths[name]];
    views[name] = new Type(arrays.buffer as ArrayBuffer, arrays.byteOffset + at, header.lengths[name]);
    at = align(at + views[name].byteLength);
  }
  const textOffsets = views.textOffsets as Uint32Array;
  if (textOffsets.length !== header.count + 1 || textOffsets[header.count] !== size - 4 - arraysEnd) {
    throw new SnapshotError('damaged (sentence count mismatch)');
  }
  const { textOffsets: _offsets, ...rest } = views;
  const data: IndexData = {
    readouts: header.readouts,
    titleTerms: header.titleTerms,
    vocab: header.vocab,
    wordVocab: header.wordVocab,
    surface: header.surface,
    entityGroups: header.entityGroups,
    texts: new FileTexts(fd, arraysEnd, textOffsets),
    ...(rest as Omit<IndexData, 'texts' | 'readouts' | 'titleTerms' | 'vocab' | 'wordVocab' | 'surface' | 'entityGroups'>),
  };
  return { index: new SentenceIndex(data), extra: header.extra };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    // Bytes the checksum would reject: say so, as for any damage.
    throw new SnapshotError('damaged (checksum mismatch)');
  }
}
