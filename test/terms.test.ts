import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, terms, words } from '../src/text/terms.ts';
import { phraseKey, containsPhrase } from '../src/text/phrase.ts';

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

describe('phrase matching for quotes', () => {
  it('GIVEN case, quote style, dashes and spacing differences THEN the phrase still matches', () => {
    const key = phraseKey('Secretary Esper noted the importance of Japan’s steps — towards completing the purchase.');
    expect(containsPhrase(key, phraseKey("JAPAN'S  steps towards"))).toBe(true);
    expect(containsPhrase(key, phraseKey('steps-towards completing'))).toBe(true);
  });

  it('GIVEN a phrase that only matches inside a word THEN it does not match', () => {
    expect(containsPhrase(phraseKey('the Secretary noted'), phraseKey('ecretary'))).toBe(false);
    expect(containsPhrase(phraseKey('anything'), phraseKey('  '))).toBe(false);
  });
});

describe('the fast path of phraseKey', () => {
  // The regular-expression definition the fast path must match exactly.
  const reference = (text: string) => {
    const flat = fold(text)
      .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}%]+/gu, ' ')
      .trim();
    return flat ? ` ${flat} ` : ' ';
  };

  it('GIVEN any printable ASCII text THEN it keys exactly as the definition', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'aB.Z-9 %\'"U.S.e.g.(),:;x'.split('')), maxLength: 60 });
    fc.assert(fc.property(fc.oneof(ascii, fc.string({ maxLength: 60 })), (text) => phraseKey(text) === reference(text)), {
      numRuns: 2000,
      seed: 11,
    });
  });
});
