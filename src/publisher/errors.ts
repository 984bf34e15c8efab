/**
 * The publisher module's errors. Each `message` is one line meant for the
 * person who asked (console or Discord): what happened and what to do next.
 */
import { join } from 'node:path';

/** Why a page, link or feed could not be read; `code` lets a front end word it its own way. */
export type PublisherErrorCode =
  | 'bad-link'
  | 'refused'
  | 'not-found'
  | 'rate-limited'
  | 'server-error'
  | 'timeout'
  | 'network'
  | 'too-large'
  | 'not-html'
  | 'redirect'
  | 'unreadable'
  | 'no-text'
  | 'no-date'
  | 'not-a-readout';

export class PublisherError extends Error {
  override name = 'PublisherError';
  constructor(
    readonly code: PublisherErrorCode,
    message: string,
    /** Seconds the server asked us to wait (429/503 with Retry-After). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** The page is readable but is not a meeting readout; `force` imports it anyway. */
export class NotAReadoutError extends PublisherError {
  override name = 'NotAReadoutError';
  constructor(message: string) {
    super('not-a-readout', message);
  }
}

/** The corpus already holds this readout (same article id or the same text). */
export class DuplicateReadoutError extends Error {
  override name = 'DuplicateReadoutError';
  constructor(
    /** The existing file, relative to the corpus folder, with forward slashes. */
    readonly existing: string,
    readonly why: 'article id' | 'text',
  ) {
    super(`already in the corpus as ${existing} (same ${why})`);
  }

  /** The name the new file would have had, and the existing file's full path (writeReadout sets both). */
  suggested: string | null = null;
  existingPath: string | null = null;
  place(corpusDir: string, suggested: string): this {
    this.suggested = suggested;
    this.existingPath = join(corpusDir, this.existing);
    return this;
  }
}
