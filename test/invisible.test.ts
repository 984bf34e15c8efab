import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { loadCorpus } from '../src/corpus/folder.ts';
import { fold, terms } from '../src/text/terms.ts';
import { splitSentences } from '../src/text/sentences.ts';

// Text pasted from web pages carries invisible characters inside words: a soft
// hyphen (U+00AD) where the page may break a line, zero-width spaces (U+200B)
// and joiners (U+200C/D), word joiners (U+2060), a byte-order mark (U+FEFF).
// Every path that keys text goes through fold(), which drops them (Unicode's
// Default_Ignorable_Code_Point set), so these find what the plain word finds.
const INVISIBLE = {
  'soft hyphen': '\u00ad',
  'zero-width space': '\u200b',
  'zero-width joiner': '\u200d',
  'word joiner': '\u2060',
  BOM: '\ufeff',
};
const cases = Object.entries(INVISIBLE);

const seeds = Engine.fromCorpus({
  ...loadCorpus(BUNDLED_CORPUS),
  readouts: loadCorpus(BUNDLED_CORPUS).readouts.filter((r) => r.file.startsWith('00')),
});

const MAGESHIMA_GUAM =
  "The Secretary noted the importance of Japan's steps towards completing the purchase of Mageshima to support field carrier landing practice.";

describe('invisible characters inside words', () => {
  it.each(cases)('GIVEN a %s inside a word THEN fold drops it and the terms are the plain ones', (_name, ch) => {
    expect(fold(`Mage${ch}shima`)).toBe('Mageshima');
    expect(terms(`${ch}Mage${ch}shima and Guam${ch}`)).toEqual(terms('Mageshima and Guam'));
  });

  it.each(cases)('GIVEN a %s inside a word THEN ask answers as for the plain word', (_name, ch) => {
    const answer = seeds.answer({ command: 'ask', input: `what about Mage${ch}shima?` });
    expect(answer.headline).toBe('Mageshima came up in 2 readouts (2020-01-14, 2020-08-29).');
    expect(answer.results[0]?.text).toBe(MAGESHIMA_GUAM);
  });

  it.each(cases)('GIVEN a %s inside a word THEN quote finds the phrase', (_name, ch) => {
    const answer = seeds.answer({ command: 'quote', input: `purchase of Mage${ch}shima` });
    expect(answer.headline).toBe('“purchase of Mageshima” is in 2 sentences of 2 readouts.');
    expect(answer.results.map((r) => r.date)).toEqual(['2020-01-14', '2020-08-29']);
  });

  it.each(cases)('GIVEN a %s inside a word THEN topic and phrase autocomplete suggest as for the plain word', (_name, ch) => {
    expect(seeds.complete(`Mage${ch}sh`, 'topic')).toEqual(seeds.complete('Magesh', 'topic'));
    expect(seeds.complete('Magesh', 'topic').map((c) => c.value)).toContain('Mageshima');
    expect(seeds.complete(`field car${ch}rier lan`, 'phrase')).toEqual(seeds.complete('field carrier lan', 'phrase'));
    expect(seeds.complete('field carrier lan', 'phrase').map((c) => c.value)).toContain('field carrier landing practice');
  });

  it.each(cases)('GIVEN a %s inside a word THEN "Find in readouts" finds the quoted sentence exactly', (_name, ch) => {
    const found = seeds.find(`They said so. ${MAGESHIMA_GUAM.replace('Mageshima', `Mage${ch}shima`)}`);
    expect(found.checks.map((c) => [c.verdict, c.sentences[0]?.text, c.sentences[0]?.date])).toEqual([
      ['exact', MAGESHIMA_GUAM, '2020-08-29'],
    ]);
  });

  it('GIVEN a zero-width space after a sentence end THEN the sentences still split there', () => {
    expect(splitSentences('They met.\u200b They spoke.\u200bThe end.')).toEqual(['They met.', 'They spoke.', 'The end.']);
  });
});
