import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { DEFAULT_CACHE_DIR } from '../../src/paths.ts';
import { DEFAULT_FEED_URL, watcherEnabled, watchSettings } from '../../src/publisher/settings.ts';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    readConfig(env, 'console');
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('watcher settings', () => {
  it('GIVEN nothing THEN the war.gov releases feed, readouts only, every 15 minutes, 5 s between articles', () => {
    const settings = watchSettings(readConfig({}), '/srv/corpus');
    expect(settings).toMatchObject({
      feeds: [DEFAULT_FEED_URL],
      intervalMs: 900_000,
      jitter: 0.1,
      pauseMs: 5000,
      maxAttempts: 5,
      retryBaseMs: 1_800_000,
    });
    expect(settings.statePath).toMatch(new RegExp(`^${join(DEFAULT_CACHE_DIR, 'watch-')}[0-9a-f]{12}\\.json$`));
    expect(settings.titleFilter.test("READOUT of Secretary of War Pete Hegseth's Call")).toBe(true);
    expect(settings.titleFilter.test('Contracts For Oct. 3, 2025')).toBe(false);
  });

  it('GIVEN several feeds and a filter THEN each is used', () => {
    const config = readConfig({
      FEED_URL: 'https://www.war.gov/rss?a=1, http://127.0.0.1:8080/rss',
      WATCH_TITLE_FILTER: '^(Readout|Statement)\\b',
      WATCH_INTERVAL_MINUTES: '30',
      FETCH_PAUSE_MS: '0',
    });
    expect(watchSettings(config, '/c')).toMatchObject({
      feeds: ['https://www.war.gov/rss?a=1', 'http://127.0.0.1:8080/rss'],
      intervalMs: 1_800_000,
      pauseMs: 0,
    });
    expect(watchSettings(config, '/c').titleFilter.test('Statement by Chief Pentagon Spokesman')).toBe(true);
  });

  it('GIVEN WATCH and FEED_URL THEN the watcher runs beside the bot when asked', () => {
    expect(watcherEnabled(readConfig({}))).toBe(false);
    expect(watcherEnabled(readConfig({ WATCH: 'on' }))).toBe(true);
    expect(watcherEnabled(readConfig({ FEED_URL: 'https://www.war.gov/rss' }))).toBe(true);
    expect(watcherEnabled(readConfig({ FEED_URL: 'https://www.war.gov/rss', WATCH: 'off' }))).toBe(false);
  });

  it('GIVEN bad values THEN one line each', () => {
    expect(
      problems({
        WATCH: 'yes',
        FEED_URL: 'https://www.war.gov/rss,http://example.com/rss',
        WATCH_INTERVAL_MINUTES: '0',
        WATCH_TITLE_FILTER: '(Readout',
        FETCH_PAUSE_MS: 'soon',
      }),
    ).toEqual([
      'WATCH must be "on" or "off"',
      'FEED_URL must be https URLs separated by commas (plain http only to localhost)',
      'WATCH_INTERVAL_MINUTES must be a number of minutes from 1 to 1440',
      'WATCH_TITLE_FILTER must be a regular expression, such as ^Readout\\b',
      'FETCH_PAUSE_MS must be a whole number of milliseconds',
    ]);
  });
});
