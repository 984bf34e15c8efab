/**
 * Where sentence texts live. A built index keeps them in memory as UTF-8 bytes
 * (one Buffer, each sentence ended by a NUL); an index loaded from a snapshot
 * leaves them in the snapshot file and reads a sentence when it is cited. An
 * answer cites a few dozen sentences at most, so a read per sentence (a few
 * microseconds, from the page cache) is nothing, and a running bot does not
 * hold a hundred megabytes of text at 40,000 readouts (DESIGN.md, "Memory").
 */
import { closeSync, readSync } from 'node:fs';

export interface SentenceTexts {
  /** How many sentences. */
  readonly count: number;
  /** Byte offsets: sentence i is bytes offsets[i] … offsets[i + 1] - 1 (its NUL excluded). */
  readonly offsets: Uint32Array;
  text(i: number): string;
  /** Every sentence's bytes, NUL-ended: what a snapshot stores. */
  bytes(): Buffer;
}

/** UTF-8 bytes of sentences, NUL-ended, and where each starts. */
export function encodeTexts(texts: readonly string[]): { bytes: Buffer; offsets: Uint32Array } {
  const offsets = new Uint32Array(texts.length + 1);
  texts.forEach((t, i) => (offsets[i + 1] = (offsets[i] as number) + Buffer.byteLength(t) + 1));
  const bytes = Buffer.allocUnsafeSlow(offsets[texts.length] as number);
  texts.forEach((t, i) => {
    const at = offsets[i] as number;
    bytes.write(t, at, 'utf8');
    bytes[(offsets[i + 1] as number) - 1] = 0;
  });
  return { bytes, offsets };
}

export class MemoryTexts implements SentenceTexts {
  readonly count: number;
  constructor(
    private readonly data: Buffer,
    readonly offsets: Uint32Array,
  ) {
    this.count = offsets.length - 1;
  }
  text(i: number): string {
    return this.data.toString('utf8', this.offsets[i], (this.offsets[i + 1] as number) - 1);
  }
  bytes(): Buffer {
    return this.data;
  }
}

/** The descriptor closes when its index is garbage: a reload drops the old index whole. */
const closeWhenUnused = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
});

/**
 * Texts read from an open snapshot file. The descriptor, not the path: a
 * reload renames a new snapshot over the old file, and this index must keep
 * reading the file it was loaded from.
 */
export class FileTexts implements SentenceTexts {
  readonly count: number;
  private scratch = Buffer.allocUnsafeSlow(4096);

  constructor(
    private readonly fd: number,
    /** Where the texts start in the file. */
    private readonly start: number,
    readonly offsets: Uint32Array,
  ) {
    this.count = offsets.length - 1;
    closeWhenUnused.register(this, fd);
  }

  text(i: number): string {
    const from = this.offsets[i] as number;
    const length = (this.offsets[i + 1] as number) - 1 - from;
    if (length > this.scratch.length) this.scratch = Buffer.allocUnsafeSlow(length);
    const read = readSync(this.fd, this.scratch, 0, length, this.start + from);
    return this.scratch.toString('utf8', 0, read);
  }

  bytes(): Buffer {
    const all = Buffer.allocUnsafeSlow(this.offsets[this.count] as number);
    readSync(this.fd, all, 0, all.length, this.start);
    return all;
  }
}
