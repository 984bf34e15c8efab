/**
 * Reviewed lexicon entries of the third unseen round (issue 20): each is a
 * general fact about how readouts word things, found on readouts no one had
 * tuned on (test/corpus-unseen3/). These guard the data, not a rule: if an
 * entry is removed or a rebuild drops it, the reading it gives is lost.
 */
import { describe, expect, it } from 'vitest';
import { acronym, chatWord, countryOf, related } from '../src/lexicon/index.ts';

const to = (from: string) => related(from).map((r) => r.word);
const widening = (from: string, word: string) => related(from).find((r) => r.word === word)?.weight ?? 0;

describe('wordnet-review: what readouts write for a team word', () => {
  it('GIVEN soldiers THEN forces, in one step (readouts: "Norway\'s highly trained armed forces")', () => {
    expect(widening('soldiers', 'forces')).toBeGreaterThanOrEqual(0.6);
  });

  it('GIVEN an earthquake, a hurricane or a flood THEN disaster ("recent disasters in Turkiye and Chile")', () => {
    for (const w of ['earthquake', 'hurricane', 'flood']) expect(widening(w, 'disaster'), w).toBeGreaterThanOrEqual(0.6);
  });

  it('GIVEN budgets, nukes, hackers, detainees THEN spending, nuclear, cyber, detention', () => {
    expect(widening('budgets', 'spending')).toBeGreaterThanOrEqual(0.6);
    expect(widening('nukes', 'nuclear')).toBeGreaterThanOrEqual(0.6);
    expect(widening('hackers', 'cyber')).toBeGreaterThanOrEqual(0.6);
    expect(widening('detainees', 'detention')).toBeGreaterThanOrEqual(0.6);
  });

  it('GIVEN a word whose WordNet sense is another readout word THEN that sense is gone', () => {
    expect(to('cartels')).not.toContain('trust');
    expect(to('rebels')).not.toContain('rise');
    expect(to('ships')).not.toContain('send');
    expect(to('trade')).not.toContain('craft');
    expect(to('deal')).not.toContain('consider');
    expect(to('civil')).not.toContain('polite');
    expect(to('forest')).not.toContain('stem');
  });
});

describe('acronyms, demonyms and chat of the round', () => {
  it('GIVEN MNNA, FOIP, KDF, CDMA THEN their spellings, each with a source', () => {
    expect(acronym('mnna')[0]).toMatchObject({ expansion: 'major non-NATO ally', source: 'us-law' });
    expect(acronym('foip')[0]?.expansion).toBe('free and open Indo-Pacific');
    expect(acronym('kdf')[0]?.expansion).toBe('Kenya Defence Forces');
    expect(acronym('cdma')[0]?.expansion).toBe('Conference of Defense Ministers of the Americas');
  });

  it('GIVEN demonyms the packages lack THEN their country', () => {
    expect(countryOf('djiboutians')?.country).toBe('Djibouti');
    expect(countryOf('azeri')?.country).toBe('Azerbaijan');
    expect(countryOf('turkiye')?.country).toBe('Türkiye');
    expect(countryOf('norks')?.country).toBe('North Korea');
  });

  it('GIVEN sry, soz, icymi THEN dropped; prolly THEN probably', () => {
    for (const w of ['sry', 'soz', 'icymi']) expect(chatWord(w), w).toEqual({ kind: 'drop' });
    expect(chatWord('prolly')).toEqual({ kind: 'expand', to: 'probably' });
  });
});
