/**
 * Structured logs (pino, one JSON object per line on stdout). Secrets never
 * reach a log line: known secret values are replaced wherever they appear in
 * the final text — message, error stack or nested field — before it is written.
 */
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

export const REDACTED = '[redacted]';

/**
 * Errors as pino writes them, without what a failed Discord request carries
 * about users: the request body (their question, their id in a mention).
 */
function serializeError(error: unknown): unknown {
  const out = pino.stdSerializers.err(error as Error) as Record<string, unknown>;
  delete out.requestBody;
  delete out.rawError;
  return out;
}

export function createLogger(options: {
  level: string;
  /** Values that must never be written (the bot token). */
  secrets?: (string | undefined)[];
  destination?: DestinationStream;
}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  return pino(
    {
      level: options.level,
      base: undefined,
      // Field names that hold secrets in discord.js and HTTP objects.
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'], censor: REDACTED },
      serializers: { err: serializeError },
      hooks: {
        streamWrite: (line) =>
          secrets
            .reduce((text, secret) => text.split(secret).join(REDACTED), line)
            // An interaction's token lets anyone answer as the bot for 15 minutes.
            .replace(/(\/(?:interactions\/\d+|webhooks\/\d+)\/)[\w.-]{20,}/g, `$1${REDACTED}`),
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
