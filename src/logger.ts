/**
 * Structured logs (pino, one JSON object per line on stdout). Secrets never
 * reach a log line: known secret values are replaced wherever they appear in
 * the final text — message, error stack or nested field — before it is written.
 */
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

export const REDACTED = '[redacted]';

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
      hooks: {
        streamWrite: (line) => secrets.reduce((text, secret) => text.split(secret).join(REDACTED), line),
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
