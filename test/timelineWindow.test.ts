import { describe, expect, it } from 'vitest';
import { renderTimeline } from '../src/discord/render.ts';
import { decodeState, encodeState } from '../src/discord/customId.ts';
import { bundledEngine } from './support/fixtures.ts';

const engine = bundledEngine();
const full = engine.answer({ command: 'timeline', input: 'Secretary' });

describe('a timeline window: only the page is cited', () => {
  it('GIVEN page k of 8 THEN exactly those 8 of the 32 readouts, the same as the full timeline, with the per-year counts of all', () => {
    for (let page = 0; page < 4; page++) {
      const answer = engine.answer({ command: 'timeline', input: 'Secretary', window: { page, perPage: 8 } });
      expect(answer.count).toBe(32);
      expect(answer.offset).toBe(page * 8);
      expect(answer.results).toEqual(full.results.slice(page * 8, page * 8 + 8));
      expect(answer.headline).toBe(full.headline);
    }
    expect(engine.answer({ command: 'timeline', input: 'Secretary', window: { page: 0, perPage: 8 } }).years).toEqual([
      { year: 2014, count: 2 },
      { year: 2015, count: 1 },
      { year: 2017, count: 11 },
      { year: 2018, count: 1 },
      { year: 2020, count: 4 },
      { year: 2021, count: 7 },
      { year: 2022, count: 5 },
      { year: 2024, count: 1 },
    ]);
  });

  it('GIVEN a page past the end THEN the last page; a year THEN the view starts at its first readout; a year with none THEN at the next year that has some', () => {
    expect(engine.answer({ command: 'timeline', input: 'Secretary', window: { page: 99, perPage: 8 } }).offset).toBe(24);
    // 2021's first readout is the 20th (19 before it): the view starts there, not at page 3's first (2017).
    const y2021 = engine.answer({ command: 'timeline', input: 'Secretary', window: { year: 2021, perPage: 8 } });
    expect(y2021.offset).toBe(19);
    expect(y2021.results[0]?.date).toBe('2021-01-23');
    // No 2019 readout: 2020's first is the 16th (15 before it).
    expect(engine.answer({ command: 'timeline', input: 'Secretary', window: { year: 2019, perPage: 8 } }).offset).toBe(15);
    // Any readout can start a view (page buttons carry it); past the end, the last readout.
    expect(engine.answer({ command: 'timeline', input: 'Secretary', window: { offset: 27, perPage: 8 } }).results).toHaveLength(5);
    expect(engine.answer({ command: 'timeline', input: 'Secretary', window: { offset: 99, perPage: 8 } }).offset).toBe(31);
    expect(engine.answer({ command: 'timeline', input: 'Secretary', window: { year: 1990, perPage: 8 } }).offset).toBe(0);
  });

  it('GIVEN a windowed answer THEN the rendered page equals the page rendered from the full answer', () => {
    const windowed = renderTimeline(
      engine.answer({ command: 'timeline', input: 'Secretary', window: { page: 2, perPage: 8 } }),
      { searched: 32, updated: '2024-03-27' },
      '1',
      0,
      {},
    );
    const sliced = renderTimeline(
      { ...full, years: engine.answer({ command: 'timeline', input: 'Secretary', window: { page: 0, perPage: 8 } }).years },
      { searched: 32, updated: '2024-03-27' },
      '1',
      2,
      {},
    );
    expect(windowed).toEqual(sliced);
  });

  it('GIVEN a "Jump to year" state THEN it survives the custom_id round trip within 100 characters', () => {
    const state = { kind: 'year', owner: '12345678901234567890', from: '2020-01-01', to: '2021-12-31', topic: 'x'.repeat(50) } as const;
    const id = encodeState(state);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeState(id)).toEqual(state);
    expect(decodeState('tly:abc:::x')).toBeNull();
  });
});
