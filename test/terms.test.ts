import { describe, expect, it } from 'vitest';
import { fold, terms, words } from '../src/text/terms.ts';

describe('terms', () => {
  it('GIVEN curly and straight apostrophes THEN the possessive goes either way', () => {
    expect(terms('Japan’s steps')).toEqual(terms("Japan's steps"));
    expect(terms("Japan's steps")).toEqual(['japan', 'step']);
  });

  it('GIVEN accents and case THEN they fold away', () => {
    expect(fold('vis-à-vis “Mateship” — ok')).toBe('vis-a-vis "Mateship" - ok');
    expect(terms('VIS-À-VIS')).toEqual(terms('vis-a-vis'));
  });

  it('GIVEN hyphenated words THEN each part is a term', () => {
    expect(terms('ship-to-ship transfers in the Indo-Pacific')).toEqual(['ship', 'ship', 'transfer', 'indo', 'pacif']);
  });

  it('GIVEN dotted initialisms THEN they join up; demonyms and irregular verbs map to one term', () => {
    expect(words('the U.S. and U.K.').map((w) => w.word)).toEqual(['the', 'us', 'and', 'uk']);
    expect(terms('Japanese Ukrainian Australian')).toEqual(['japan', 'ukrain', 'australia']);
    expect(terms('Japan Ukraine Australia')).toEqual(['japan', 'ukrain', 'australia']);
    expect(terms('met spoke Defence')).toEqual(terms('meet speak defense'));
  });

  it('GIVEN stop words THEN they are dropped, numbers kept as written', () => {
    expect(terms('what did they say about the Carrier Strike Group 21')).toEqual(['sai', 'carrier', 'strike', 'group', '21']);
  });
});
