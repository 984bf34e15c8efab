/**
 * Every error Readout throws on purpose, in one place: each says who reads it
 * and how it is shown. Anything else that reaches a front end is a bug: logged,
 * and answered with a short apology (src/discord/router.ts) or printed as
 * `readout: message` with exit code 1 (src/cli/main.ts).
 */

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
