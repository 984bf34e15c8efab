/**
 * Every error Readout throws on purpose, in one place: each says who reads it
 * and how it is shown. Anything else that reaches a front end is a bug: logged,
 * and answered with a short apology (src/discord/router.ts) or printed as
 * `readout: message` with exit code 1 (src/cli/main.ts).
 */
import { join } from 'node:path';

/** A request the engine will not answer (empty, too long), with a message for the user. */
export class InputError extends Error {
  override name = 'InputError';
}

/** An expected miss the Discord user should read about ("that sentence is gone"); shown only to them. */
export class UserError extends Error {
  override name = 'UserError';
}

/** A command-line usage or input error: printed as one short line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Bad or missing settings, one problem per line (src/config.ts); exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Discord refused or could not be reached during `npm run deploy`; the message says what to fix. Exit code 1. */
export class DeployError extends Error {
  override name = 'DeployError';
}

/** A snapshot that cannot be used (missing, damaged, built from something else): the index is rebuilt. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/** The cache could not take a snapshot (read-only, full, a file in the way): costs restart speed, never answers. */
export class SnapshotWriteError extends Error {
  override name = 'SnapshotWriteError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`could not save the index snapshot to ${path}: ${reason}`);
  }
}

/** A corpus folder that is missing or cannot be read at all: nothing to load. One line, exit code 2. */
export class CorpusFolderError extends Error {
  override name = 'CorpusFolderError';
}

/** A background build given up because Readout is shutting down; nothing to report. */
export class StoppedError extends Error {
  override name = 'StoppedError';
  constructor() {
    super('stopped: Readout is shutting down');
  }
}

/** A failure to read front matter; `message` is short and names no file. */
export class FrontMatterError extends Error {
  override name = 'FrontMatterError';
}

/** Why a file could not be read as a readout. Reasons are short and name no file. */
export class ReadoutFileError extends Error {
  override name = 'ReadoutFileError';
  constructor(
    readonly file: string,
    readonly reasons: string[],
  ) {
    super(`${file}: ${reasons.join('; ')}`);
  }
}

/** Why a page, link or feed could not be read; `code` lets a front end word it its own way. */
export type PublisherErrorCode = FetchErrorCode | 'unreadable' | 'no-text' | 'no-date' | 'not-a-readout';

/**
 * Why a link could not be fetched (FetchError): the link itself was refused
 * before any request ('bad-link': not https, not the publisher), or the site
 * did not hand over the article ('blocked': a firewall or CAPTCHA page served
 * instead of it, with 200 or 403 alike).
 */
export type FetchErrorCode =
  | 'bad-link'
  | 'refused'
  | 'blocked'
  | 'not-found'
  | 'rate-limited'
  | 'server-error'
  | 'timeout'
  | 'network'
  | 'too-large'
  | 'not-html'
  | 'redirect'
  | 'bad-status';

/**
 * A page, link or feed that could not be read (src/publisher/): `message` is one line for whoever
 * asked, ending in what to do; the CLI prints it, `/readout add` shows it, the watcher records it.
 * Two kinds a caller tells apart: FetchError (could not fetch: record, retry, list for a manual
 * import) and NotAReadoutError (fetched and read, and it is not a readout).
 */
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

/**
 * Could not fetch: the link was refused, the site failed or refused, or it
 * served a block page instead of the article. Never "not a readout": the
 * watcher records it with the link and tries, retries it with backoff, and
 * `watch --status` lists it as needing a manual import.
 */
export class FetchError extends PublisherError {
  override name = 'FetchError';
  declare readonly code: FetchErrorCode;
  constructor(code: FetchErrorCode, message: string, retryAfterSeconds: number | null = null) {
    super(code, message, retryAfterSeconds);
  }
}

/** The page is readable but is not a meeting readout; `force` (`--force`) imports it anyway. */
export class NotAReadoutError extends PublisherError {
  override name = 'NotAReadoutError';
  constructor(message: string) {
    super('not-a-readout', message);
  }
}

/** Another writer (a second watcher, /readout add) is writing this article right now; try again shortly. */
export class ArticleBusyError extends Error {
  override name = 'ArticleBusyError';
  constructor(readonly title: string) {
    super('another writer is adding this readout right now; try again in a minute');
  }
}

/** The corpus already holds this readout (same article id or the same text); `existing` names its file. */
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
