import { describe, expect, it } from 'vitest';
import { soak } from '../support/soak.ts';

describe('load (short; `npm run soak` runs the full 2,000 interactions over 60 s)', () => {
  it('GIVEN 150 interactions from 15 users in 5 s THEN each is answered once, in order per user, memory flat', async () => {
    // The soak's pace (about 33 a second), for a shorter time.
    const report = await soak({ interactions: 150, users: 15, seconds: 5 });
    expect(report).toMatchObject({ answered: 150, duplicates: 0, outOfOrderUsers: 0 });
    expect(report.p99ms).toBeLessThan(1000);
    expect(report.heapAfterMb - report.heapBeforeMb).toBeLessThan(10);
  }, 30_000);
});

describe('load with the watcher running', () => {
  it('GIVEN readouts arriving through the feed during the load THEN every interaction is answered once and each readout announced once', async () => {
    const report = await soak({ interactions: 150, users: 15, seconds: 5, watch: true });
    expect(report).toMatchObject({
      answered: 150,
      duplicates: 0,
      outOfOrderUsers: 0,
      watched: { released: 4, announced: 4, readoutsAfter: 36 },
    });
    expect(report.p99ms).toBeLessThan(1000);
  }, 60_000);
});
