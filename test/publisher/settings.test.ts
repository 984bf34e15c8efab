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
      PUBLISHER_HOSTS: '127.0.0.1:8080',
      WATCH_TITLE_FILTER: '^(Readout|Statement)\\b',
      WATCH_INTERVAL_MINUTES: '30',
      FETCH_PAUSE_MS: '0',
    });
    expect(watchSettings(config, '/c')).toMatchObject({
      feeds: ['https://www.war.gov/rss?a=1', 'http://127.0.0.1:8080/rss'],
      publisherHosts: ['127.0.0.1:8080'],
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

  it('GIVEN a loopback feed not named in PUBLISHER_HOSTS, or a bad PUBLISHER_HOSTS THEN one line each (issue 25, item 1)', () => {
    expect(problems({ FEED_URL: 'http://127.0.0.1:8080/rss' })).toEqual([
      "FEED_URL http://127.0.0.1:8080/rss is not on the publisher's site (war.gov, defense.gov over https): name its host in PUBLISHER_HOSTS to poll it",
    ]);
    // Another port of the same machine is another host.
    expect(problems({ FEED_URL: 'http://127.0.0.1:8081/rss', PUBLISHER_HOSTS: '127.0.0.1:8080' })).toHaveLength(1);
    expect(problems({ PUBLISHER_HOSTS: '127.0.0.1:8080, http://mirror/path' })).toEqual([
      'PUBLISHER_HOSTS must be host or host:port entries separated by commas, such as 127.0.0.1:8080',
    ]);
    expect(readConfig({ PUBLISHER_HOSTS: ' 127.0.0.1:8080 , Mirror.Example,[::1]:9' }).PUBLISHER_HOSTS).toEqual([
      '127.0.0.1:8080',
      'mirror.example',
      '[::1]:9',
    ]);
  });
});
