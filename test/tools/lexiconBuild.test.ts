/**
 * The lexicon's generated files (data/lexicon/countries.json, wordnet.txt)
 * are what tools/build-lexicon.ts makes from its inputs. Rebuilding WordNet
 * takes ~15 s, so the check is by hash: build.json records the hash of every
 * input (package files, the script, the reviewed lists) and every output at
 * build time. A changed input or a hand-edited output fails here until
 * `npm run build:lexicon` is run and its output committed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_DIR, inputHashes } from '../../tools/build-lexicon.ts';
import { buildCountries } from '../../tools/lexicon/countries.ts';
import { parseWordNet } from '../../src/lexicon/wordnet.ts';

const manifest = JSON.parse(readFileSync(resolve(LEXICON_DIR, 'build.json'), 'utf8')) as {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
};

describe('build-lexicon', () => {
  it('GIVEN the inputs of the committed build THEN they are the inputs installed and checked in now (else: npm run build:lexicon)', () => {
    expect(inputHashes()).toEqual(manifest.inputs);
  });

  it('GIVEN the committed generated files THEN they are byte for byte what the build wrote', () => {
    for (const [name, hash] of Object.entries(manifest.outputs)) {
      expect(
        createHash('sha256')
          .update(readFileSync(resolve(LEXICON_DIR, name)))
          .digest('hex'),
        name,
      ).toBe(hash);
    }
  });

  it('GIVEN the country packages THEN countries.json is rebuilt identically (cheap enough to run)', () => {
    expect(`${JSON.stringify(buildCountries(), null, 1)}\n`).toBe(readFileSync(resolve(LEXICON_DIR, 'countries.json'), 'utf8'));
  });
});

describe('parseWordNet (the compact format)', () => {
  const wn = parseWordNet(
    [
      '# a header line',
      'jet\tn s1:jet_plane h:airplane h2:aircraft',
      'plan\tnv d:planner',
      'planned\t!i:plan',
      'th\tn s1:thursday',
      'thing\tn',
    ].join('\n'),
  );

  it('GIVEN lemmas and an irregular form THEN only the lemmas count as lemmas', () => {
    expect(wn.lemmaCount).toBe(4);
    expect(wn.isLemma('jet')).toBe(true);
    expect(wn.isLemma('planned')).toBe(false);
    expect(wn.lemmasOf('planned')).toEqual(['plan']);
  });

  it('GIVEN a plural THEN the noun rule finds its base; GIVEN "thing" THEN no verb rule makes it "th" (th is a noun only)', () => {
    expect(wn.lemmasOf('jets')).toEqual(['jet']);
    expect(wn.lemmasOf('thing')).toEqual([]);
  });

  it('GIVEN a plural THEN the base (0.95), then its relations scaled by 0.95, spaces restored', () => {
    expect(wn.related('jets')).toEqual([
      { word: 'jet', relation: 'inflection', weight: 0.95 },
      { word: 'jet plane', relation: 'synonym', weight: 0.76 },
      { word: 'airplane', relation: 'hypernym', weight: 0.475 },
      { word: 'aircraft', relation: 'hypernym', weight: 0.38 },
    ]);
  });
});
