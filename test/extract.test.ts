import { describe, expect, it } from 'vitest';
import { dateIn, peopleIn, peopleWithRoles, placesIn } from '../src/answer/reading/extract.ts';

describe('people, places and dates in a sentence', () => {
  it('GIVEN titles before names THEN the names come out without the titles', () => {
    expect(
      peopleIn('On August 29, Secretary of Defense Mark T. Esper hosted Japanese Defense Minister Taro Kono in Guam, where they met.'),
    ).toEqual(['Mark T. Esper', 'Taro Kono']);
    expect(
      peopleIn(
        'He met with Minister of Defense Prabowo Subianto, Chief of Defense Air Chief Marshal Hadi Tjahjanto, and Coordinating Minister for Maritime Affairs and Investment Luhut Pandjaitan.',
      ),
    ).toEqual(['Prabowo Subianto', 'Hadi Tjahjanto', 'Luhut Pandjaitan']);
    expect(peopleIn('Secretary Austin and Philippine Secretary of National Defense Gilberto Teodoro Jr. spoke by phone today.')).toEqual([
      'Austin',
      'Gilberto Teodoro Jr.',
    ]);
    expect(peopleIn('The murder of former Prime Minister ABE Shinzo.')).toEqual(['ABE Shinzo']);
  });

  it('GIVEN a name followed by "for the fifth time" THEN the name ends before "for"', () => {
    expect(peopleWithRoles('Mattis met with Vietnam Minister of National Defense Ngo Xuan Lich for the fifth time.')).toEqual([
      { name: 'Ngo Xuan Lich', role: 'Vietnam Minister of National Defense' },
    ]);
  });

  it('GIVEN "in" or "at" before a capitalised place THEN the place comes out', () => {
    expect(placesIn('Esper hosted Kono in Guam, where they reaffirmed the strength of the Alliance.')).toEqual(['Guam']);
    expect(placesIn('Esper hosted Kono at the Pentagon, where they met.')).toEqual(['the Pentagon']);
    expect(placesIn('They met in August in the region.')).toEqual([]);
  });

  it('GIVEN a full or partial date THEN the most specific date comes out', () => {
    expect(dateIn('The alliance decided to deploy THAAD on July 7, 2016.', '2017-02-28')).toBe('2016-07-07');
    expect(dateIn('Mattis met June 2 with Turnbull.', '2017-06-02')).toBe('2017-06-02');
    expect(dateIn('They met.', '2017-06-02')).toBeNull();
    // The day first, as British and Japanese releases write it: "which evening did they talk?" answered with the
    // readout's date, the day after the call.
    expect(dateIn('Mattis spoke with Onodera on the evening of 14 September following the launch.', '2017-09-15')).toBe('2017-09-14');
    expect(dateIn('The 10 Marines arrived.', '2017-09-15')).toBeNull();
  });
});
