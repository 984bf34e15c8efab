import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvSchema, readConfig, type Purpose } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';

function problems(env: NodeJS.ProcessEnv, purpose: Purpose): string[] {
  try {
    readConfig(env, purpose);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('settings', () => {
  it('GIVEN nothing THEN the console needs nothing and defaults apply', () => {
    expect(readConfig({}, 'console')).toEqual({ LOG_LEVEL: 'info' });
  });

  it('GIVEN empty values from .env THEN they count as not set', () => {
    expect(readConfig({ CORPUS_DIR: '', DISCORD_GUILD_ID: '', LOG_LEVEL: '' }, 'console')).toEqual({ LOG_LEVEL: 'info' });
  });

  it('GIVEN every setting wrong THEN one clear line each', () => {
    expect(
      problems(
        {
          DISCORD_TOKEN: 'not a token',
          DISCORD_APPLICATION_ID: 'abc',
          DISCORD_GUILD_ID: '12',
          LOG_LEVEL: 'loud',
          DISCORD_API_URL: 'ftp://proxy',
          SHARDS: 'many',
        },
        'deploy',
      ),
    ).toEqual([
      'DISCORD_TOKEN does not look like a bot token (three parts separated by dots)',
      'DISCORD_APPLICATION_ID must be a Discord id (17 to 20 digits)',
      'DISCORD_GUILD_ID must be a Discord id (17 to 20 digits)',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      'DISCORD_API_URL must be an https URL (plain http only to localhost), such as https://discord.com/api',
      'SHARDS must be "auto" or a number of shards',
    ]);
  });

  it('GIVEN a plain-http API URL THEN only this machine is accepted: the token travels with every request', () => {
    expect(problems({ DISCORD_API_URL: 'http://proxy.example.com/api' }, 'console')).toEqual([
      'DISCORD_API_URL must be an https URL (plain http only to localhost), such as https://discord.com/api',
    ]);
    expect(readConfig({ DISCORD_API_URL: 'http://127.0.0.1:8080/api' }, 'console').DISCORD_API_URL).toBe('http://127.0.0.1:8080/api');
  });

  it('GIVEN the bot or deploy without what they need THEN the missing settings are named', () => {
    expect(problems({}, 'bot')).toEqual(['DISCORD_TOKEN is missing: the bot token from the Discord developer portal (Bot → Reset Token)']);
    expect(problems({ DISCORD_TOKEN: TOKEN }, 'deploy')).toEqual([
      'DISCORD_APPLICATION_ID is missing: the application id from the developer portal (General Information)',
    ]);
  });

  it('GIVEN serve THEN it needs the token and the public key; PORT, DISCORD_PUBLIC_KEY and DATABASE_URL are checked', () => {
    expect(problems({}, 'serve')).toEqual([
      'DISCORD_TOKEN is missing: the bot token from the Discord developer portal (Bot → Reset Token)',
      'DISCORD_PUBLIC_KEY is missing: the public key from the developer portal (General Information → Public Key)',
    ]);
    expect(problems({ DISCORD_TOKEN: TOKEN, PORT: '80000', DISCORD_PUBLIC_KEY: 'abc', DATABASE_URL: 'mysql://x' }, 'serve')).toEqual([
      'PORT must be a TCP port number (1 to 65535; 0 picks a free one)',
      'DISCORD_PUBLIC_KEY must be the 64 hex characters the developer portal shows (General Information → Public Key)',
      'DATABASE_URL must be a PostgreSQL URL, such as postgres://readout@127.0.0.1:5432/readout',
    ]);
    const key = 'a'.repeat(64);
    expect(
      readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_PUBLIC_KEY: key, PORT: '8080', DATABASE_URL: 'postgres://r@127.0.0.1/r' }, 'serve'),
    ).toMatchObject({
      PORT: 8080,
      DISCORD_PUBLIC_KEY: key,
      DATABASE_URL: 'postgres://r@127.0.0.1/r',
    });
  });

  it('GIVEN .env.example THEN it lists exactly the settings the schema reads', () => {
    const example = readFileSync(join(import.meta.dirname, '../../.env.example'), 'utf8');
    const keys = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(keys.sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });
});
