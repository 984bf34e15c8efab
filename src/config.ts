/**
 * Settings, from the environment (dotenv reads `.env` first). Parsed once at
 * start-up with zod; every missing or bad setting is reported on a line of its
 * own, so one run shows everything to fix. `.env.example` is this schema's
 * human twin (a test keeps the two in step).
 */
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { isPublisherUrl, parsePublisherHosts } from './publisher/links.ts';

const snowflake = (name: string) => z.string().regex(/^\d{17,20}$/, { error: `${name} must be a Discord id (17 to 20 digits)` });

/** Empty values in .env ("CORPUS_DIR=") mean "not set". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const EnvSchema = z.object({
  DISCORD_TOKEN: optional(
    z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, {
      error: 'DISCORD_TOKEN does not look like a bot token (three parts separated by dots)',
    }),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake('DISCORD_APPLICATION_ID')),
  DISCORD_GUILD_ID: optional(snowflake('DISCORD_GUILD_ID')),
  CORPUS_DIR: optional(z.string()),
  CACHE_DIR: optional(z.string()),
  STATE_DIR: optional(z.string()),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })).transform((v) => v ?? 'info'),
  DISCORD_API_URL: optional(
    z.string().refine(isSafeApiUrl, {
      error: 'DISCORD_API_URL must be an https URL (plain http only to localhost), such as https://discord.com/api',
    }),
  ),
  SHARDS: optional(z.string().regex(/^(?:auto|[1-9]\d{0,3})$/, { error: 'SHARDS must be "auto" or a number of shards' })),
  // The watcher (src/publisher/watch.ts); defaults in src/publisher/settings.ts.
  WATCH: optional(z.enum(['on', 'off'], { error: 'WATCH must be "on" or "off"' })),
  FEED_URL: optional(
    z.string().refine((value) => value.split(',').every((url) => isSafeApiUrl(url.trim())), {
      error: 'FEED_URL must be https URLs separated by commas (plain http only to localhost)',
    }),
  ),
  // Trust boundary (issue 25): what the publisher import may fetch, beside war.gov and defense.gov.
  PUBLISHER_HOSTS: optional(
    z
      .string()
      .refine((value) => parsePublisherHosts(value).bad.length === 0, {
        error: 'PUBLISHER_HOSTS must be host or host:port entries separated by commas, such as 127.0.0.1:8080',
      })
      .transform((value) => parsePublisherHosts(value).hosts),
  ),
  // Trust boundary (issue 25): the servers whose moderators may add readouts to the shared corpus.
  ADD_GUILDS: optional(
    z
      .string()
      .refine((value) => guildIds(value).every((id) => /^\d{17,20}$/.test(id)), {
        error: 'ADD_GUILDS must be server (guild) ids separated by commas, each 17 to 20 digits',
      })
      .transform(guildIds),
  ),
  WATCH_INTERVAL_MINUTES: optional(
    z.coerce
      .number({ error: 'WATCH_INTERVAL_MINUTES must be a number of minutes from 1 to 1440' })
      .min(1, {
        error: 'WATCH_INTERVAL_MINUTES must be a number of minutes from 1 to 1440',
      })
      .max(1440, { error: 'WATCH_INTERVAL_MINUTES must be a number of minutes from 1 to 1440' }),
  ),
  WATCH_TITLE_FILTER: optional(
    z.string().refine(isRegExp, { error: 'WATCH_TITLE_FILTER must be a regular expression, such as ^Readout\\b' }),
  ),
  FETCH_PAUSE_MS: optional(
    z.coerce
      .number({ error: 'FETCH_PAUSE_MS must be a whole number of milliseconds' })
      .int({
        error: 'FETCH_PAUSE_MS must be a whole number of milliseconds',
      })
      .min(0, { error: 'FETCH_PAUSE_MS must be a whole number of milliseconds' }),
  ),
  // Past one machine (src/discord/serve.ts, src/store/): the HTTP interactions endpoint and shared state.
  PORT: optional(
    z.coerce
      .number({ error: 'PORT must be a TCP port number (1 to 65535; 0 picks a free one)' })
      .int({ error: 'PORT must be a TCP port number (1 to 65535; 0 picks a free one)' })
      .min(0, { error: 'PORT must be a TCP port number (1 to 65535; 0 picks a free one)' })
      .max(65535, { error: 'PORT must be a TCP port number (1 to 65535; 0 picks a free one)' }),
  ),
  HOST: optional(z.string()),
  DISCORD_PUBLIC_KEY: optional(
    z.string().regex(/^[0-9a-fA-F]{64}$/, {
      error: 'DISCORD_PUBLIC_KEY must be the 64 hex characters the developer portal shows (General Information → Public Key)',
    }),
  ),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(?:ql)?:\/\/\S+$/, {
      error: 'DATABASE_URL must be a PostgreSQL URL, such as postgres://readout@127.0.0.1:5432/readout',
    }),
  ),
  // The backfill (src/publisher/backfill.ts, issue 23); defaults in src/publisher/settings.ts.
  LISTING_URL: optional(
    z.string().refine((value) => value.includes('{page}') && isSafeApiUrl(value.replaceAll('{page}', '1')), {
      error: 'LISTING_URL must be an https URL with {page} where the page number goes (plain http only to localhost)',
    }),
  ),
  ARCHIVE_FALLBACK: optional(z.enum(['on', 'off'], { error: 'ARCHIVE_FALLBACK must be "on" or "off"' })),
  ARCHIVE_URL: optional(
    z.string().refine(isSafeApiUrl, {
      error: 'ARCHIVE_URL must be an https URL, such as https://web.archive.org (plain http only to localhost)',
    }),
  ),
});
export type Config = z.infer<typeof EnvSchema>;

function guildIds(value: string): string[] {
  return value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

/**
 * The servers where /readout add may write the corpus every server reads:
 * ADD_GUILDS, else DISCORD_GUILD_ID (the operator's own server), else none.
 */
export function addGuilds(config: Pick<Config, 'ADD_GUILDS' | 'DISCORD_GUILD_ID'>): string[] {
  return config.ADD_GUILDS ?? (config.DISCORD_GUILD_ID ? [config.DISCORD_GUILD_ID] : []);
}

/** The token travels with every request: https, or plain http to this machine only. */
function isSafeApiUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname);
}

function isRegExp(value: string): boolean {
  try {
    new RegExp(value, 'i');
    return true;
  } catch {
    return false;
  }
}

/** What a command needs beyond the schema: the bot and deploy need a token, deploy an application id. */
export type Purpose = 'console' | 'bot' | 'deploy' | 'serve';

export function readConfig(env: NodeJS.ProcessEnv, purpose: Purpose = 'console'): Config {
  // In a shard process, discord.js's ShardingManager sets SHARDS to this
  // shard's id: that is discord.js's business, not a setting to check.
  const parsed = EnvSchema.safeParse(env.SHARDING_MANAGER ? { ...env, SHARDS: undefined } : env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  const config = parsed.success ? parsed.data : undefined;
  if (purpose !== 'console' && !env.DISCORD_TOKEN) {
    problems.push('DISCORD_TOKEN is missing: the bot token from the Discord developer portal (Bot → Reset Token)');
  }
  if (purpose === 'deploy' && !env.DISCORD_APPLICATION_ID) {
    problems.push('DISCORD_APPLICATION_ID is missing: the application id from the developer portal (General Information)');
  }
  if (purpose === 'serve' && !env.DISCORD_PUBLIC_KEY) {
    problems.push('DISCORD_PUBLIC_KEY is missing: the public key from the developer portal (General Information → Public Key)');
  }
  // Feeds are fetched under the same rule as pages (src/publisher/links.ts).
  for (const feed of config?.FEED_URL?.split(',') ?? []) {
    const url = feed.trim();
    if (url && !isPublisherUrl(url, config?.PUBLISHER_HOSTS)) {
      problems.push(
        `FEED_URL ${url} is not on the publisher's site (war.gov, defense.gov over https): name its host in PUBLISHER_HOSTS to poll it`,
      );
    }
  }
  // The backfill's listing, likewise (issue 23).
  if (config?.LISTING_URL && !isPublisherUrl(config.LISTING_URL.replaceAll('{page}', '1'), config.PUBLISHER_HOSTS)) {
    problems.push(
      `LISTING_URL ${config.LISTING_URL} is not on the publisher's site (war.gov, defense.gov over https): name its host in PUBLISHER_HOSTS to read it`,
    );
  }
  if (problems.length || !config) throw new ConfigError(problems);
  return config;
}
