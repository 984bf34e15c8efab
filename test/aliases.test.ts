import { describe, expect, it } from 'vitest';
import { AliasTable, BUILTIN_ALIASES, definedAcronyms, readAliasFile } from '../src/search/aliases.ts';
import { terms } from '../src/text/terms.ts';
import { describeLoad } from '../src/corpus/folder.ts';
import { Engine } from '../src/engine/engine.ts';
import { readoutMd, tempFolder } from './support/tmp.ts';

describe('acronyms defined in the text', () => {
  it('GIVEN "long form (ACRONYM)" THEN the pair is learned', () => {
    expect(
      definedAcronyms(
        'particularly for integrated air and missile defense (IAMD) and for intelligence, surveillance, and reconnaissance (ISR) functions.',
      ),
    ).toEqual([
      ['IAMD', 'integrated air and missile defense'],
      ['ISR', 'intelligence, surveillance, and reconnaissance'],
    ]);
    expect(definedAcronyms('members of Association of Southeast Asian Nations (ASEAN), India')).toEqual([
      ['ASEAN', 'Association of Southeast Asian Nations'],
    ]);
  });

  it('GIVEN a parenthesis that is not an acronym of the words before it THEN nothing is learned', () => {
    expect(definedAcronyms('They met in Tokyo (Japan) today.')).toEqual([]);
    expect(definedAcronyms('the meeting (see above)')).toEqual([]);
  });
});

describe('the alias table', () => {
  const table = new AliasTable([...BUILTIN_ALIASES, ['DPRK', "Democratic People's Republic of Korea"], ['Mageshima', 'Magejima']]);

  it('GIVEN any name of an entity THEN lookup finds the same entity', () => {
    const north = table.lookup('North Korea');
    expect(north?.name).toBe('North Korea');
    expect(table.lookup('dprk')).toBe(north);
    expect(table.lookup('Democratic People’s Republic of Korea')).toBe(north);
    expect(table.lookup('Magejima')?.name).toBe('Mageshima');
  });

  it('GIVEN the longer name contains a shorter one THEN the longest match wins', () => {
    const found = table.match(terms("the Democratic People's Republic of Korea and the Republic of Korea"));
    expect(found.map((m) => m.entity.name)).toEqual(['North Korea', 'South Korea']);
  });

  // Rule entity-prefix: a readout's "Mozambique's role on the UN Security Council" answers "did austin bring up
  // mozambique sitting on the security council at the un", which types the UN apart from its council.
  it("GIVEN a name that begins with another entity's name (entity-prefix) THEN the index records both, never a tail", () => {
    expect(table.named(terms('the UN Security Council met')).map((e) => e.name)).toEqual(['United Nations', 'UN Security Council']);
    expect(table.named(terms("the Democratic People's Republic of Korea")).map((e) => e.name)).toEqual(['North Korea']);
  });
});

describe('aliases.json', () => {
  it('GIVEN a valid file THEN its groups are read, canonical name first', () => {
    const dir = tempFolder({ 'aliases.json': JSON.stringify({ Mageshima: ['Magejima', 'Mage Island'] }) });
    expect(readAliasFile(dir)).toEqual({ groups: [['Mageshima', 'Magejima', 'Mage Island']], warning: null });
  });

  it('GIVEN no file THEN no groups and no warning', () => {
    expect(readAliasFile(tempFolder())).toEqual({ groups: [], warning: null });
  });

  it('GIVEN a bad file in a corpus THEN the load report names the file once', () => {
    const dir = tempFolder({ 'a.md': readoutMd('A', '2020-01-01', 'A happened.'), 'aliases.json': '["x"]' });
    const engine = Engine.load(dir);
    expect(describeLoad(engine.report)).toEqual([
      '1 loaded, 0 skipped',
      'warning aliases.json: must be an object mapping a name to a list of aliases; ignored',
    ]);
  });

  it('GIVEN a bad file THEN a one-line warning says why, and it is ignored', () => {
    expect(readAliasFile(tempFolder({ 'aliases.json': '{"a": [' })).warning).toMatch(/^not valid JSON \(.+\); ignored$/);
    expect(readAliasFile(tempFolder({ 'aliases.json': '{"Mageshima": "Magejima"}' })).warning).toBe(
      '"Mageshima" must be a list of names; ignored',
    );
    expect(readAliasFile(tempFolder({ 'aliases.json': '{"Mageshima": []}' })).warning).toBe(
      '"Mageshima" must list at least one alias; ignored',
    );
    expect(readAliasFile(tempFolder({ 'aliases.json': '["x"]' })).warning).toBe(
      'must be an object mapping a name to a list of aliases; ignored',
    );
  });
});
