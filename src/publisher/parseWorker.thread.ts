/**
 * The parse worker's side (see parseWorker.ts): read each job into a Draft
 * and post it back, or the error's class, code and message.
 */
import { parentPort } from 'node:worker_threads';
import { draftFromJob, type ParseOptions, type ReadJob } from './article.ts';
import { FetchError, NotAReadoutError, PublisherError } from '../errors.ts';

parentPort?.on('message', (message: { id: number; job: ReadJob; options: ParseOptions }) => {
  try {
    parentPort?.postMessage({ id: message.id, draft: draftFromJob(message.job, message.options) });
  } catch (error) {
    const kind =
      error instanceof NotAReadoutError
        ? 'not-a-readout'
        : error instanceof FetchError
          ? 'fetch'
          : error instanceof PublisherError
            ? 'publisher'
            : 'bug';
    parentPort?.postMessage({
      id: message.id,
      error: {
        kind,
        code: error instanceof PublisherError ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      },
    });
  }
});
