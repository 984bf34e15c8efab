/**
 * The lexicon's lookups, on the committed data (data/lexicon/). Each
 * expectation is a reading the question reader relies on (issue 20).
 */
import { describe, expect, it } from 'vitest';
import {
  acronym,
  chatPhrases,
  chatWord,
  countryOf,
  commonestPos,
  givenNames,
  inWordNet,
  isEnglishWord,
  lexiconStats,
  nicknamesOf,
  phraseAt,
  related,
  type Related,
} from '../src/lexicon/index.ts';

const words = (list: readonly Related[]) => list.map((r) => r.word);
const find = (from: string, to: string) => related(from).find((r) => r.word === to);

describe('chatWord', () => {
  it('GIVEN greetings, fillers and texting noise THEN they are dropped', () => {
    for (const w of ['hi', 'hey', 'yo', 'bot', 'pls', 'plz', 'thx', 'ty', 'btw', 'fyi', 'idk', 'lol', 'qq', 'lmk', 'tbh', '@here']) {
      expect(chatWord(w), w).toEqual({ kind: 'drop' });
    }
  });

  it('GIVEN texting forms of plain words THEN each reads as the word', () => {
    const expected: Record<string, string> = {
      u: 'you',
      ur: 'your',
      r: 'are',
      'w/': 'with',
      'w/o': 'without',
      abt: 'about',
      n: 'and',
      re: 'regarding',
      b4: 'before',
      govt: 'government',
      mtg: 'meeting',
    };
    for (const [w, to] of Object.entries(expected)) expect(chatWord(w), w).toEqual({ kind: 'expand', to });
  });

  it('GIVEN words that can be a readout topic THEN they are not chat (Nice the city, Great Britain, a survey team, Q3, George W.)', () => {
    for (const w of ['nice', 'great', 'team', 'q', 'w', 'taiwan', 'deal', 'assistant', 'sec', 'gen', 'hr'])
      expect(chatWord(w), w).toBeUndefined();
  });

  it('GIVEN chat openers THEN they are phrases, longest first', () => {
    const phrases = chatPhrases();
    for (const p of ['can u tell me', 'could you tell me', 'quick q', 'by the way', 'hey bot', 'what is the deal with'])
      expect(phrases, p).toContain(p);
    expect(phrases.indexOf('can u tell me')).toBeLessThan(phrases.indexOf('can u'));
    expect(phrases.every((p) => p === p.toLowerCase() && p.includes(' '))).toBe(true);
  });
});

describe('countryOf', () => {
  it('GIVEN chat forms, demonyms, plurals and names THEN the country (issue 20 examples)', () => {
    const expected: Record<string, string> = {
      kiwis: 'New Zealand',
      kiwi: 'New Zealand',
      aussie: 'Australia',
      aussies: 'Australia',
      australian: 'Australia',
      saudis: 'Saudi Arabia',
      filipino: 'Philippines',
      'the philippines': 'Philippines',
      emirati: 'United Arab Emirates',
      emiratis: 'United Arab Emirates',
      uae: 'United Arab Emirates',
      french: 'France',
      israelis: 'Israel',
      egyptians: 'Egypt',
      poles: 'Poland',
      uzbeks: 'Uzbekistan',
      brits: 'United Kingdom',
      yanks: 'United States',
      'u.s.': 'United States',
      'new zealand': 'New Zealand',
      dprk: 'North Korea',
      rok: 'South Korea',
      turkey: 'Türkiye',
    };
    for (const [w, country] of Object.entries(expected)) expect(countryOf(w)?.country, w).toBe(country);
  });

  it('GIVEN Emirati THEN the forms include UAE and Emirates, the name first', () => {
    const uae = countryOf('emirati');
    expect(uae?.forms[0]).toBe('United Arab Emirates');
    expect(uae?.forms).toEqual(expect.arrayContaining(['UAE', 'Emirates', 'Emirati', 'Emiratis']));
    expect(uae?.code).toBe('AE');
  });

  it('GIVEN a form several countries share, a bare ISO code or a package error THEN no country', () => {
    for (const w of ['korea', 'congo', 'congolese', 'in', 'it', 'no', 'is']) expect(countryOf(w), w).toBeUndefined();
    // i18n-nationality calls Wallis and Futuna "Welsh" and the UAE's people "Emirian": removed by the overrides.
    expect(countryOf('welsh')).toBeUndefined();
    expect(countryOf('emirian')).toBeUndefined();
  });
});

describe('givenNames and nicknamesOf', () => {
  it('GIVEN words whose commonest sense is an adjective, a noun or a verb THEN commonestPos says so (rule wording-drop)', () => {
    // The build writes the part of speech of the commonest tagged sense first; an inflection reads its base's.
    expect(['regular', 'credit', 'ready', 'behind', 'gas', 'wrap', 'credits'].map(commonestPos)).toEqual([
      'a',
      'n',
      'a',
      'r',
      'n',
      'v',
      'n',
    ]);
  });

  it('GIVEN the nicknames of secretaries of defense THEN their formal given names', () => {
    expect(givenNames('chuck')).toContain('charles');
    expect(givenNames('ash')).toEqual(['ashton']);
    expect(givenNames('jim')).toEqual(['james']);
    expect(givenNames('bob')).toEqual(['robert']);
    // Pete is also the short form a team types for Piotr and Pyotr (the European forms the table lists).
    expect(givenNames('pete')).toEqual(['peter', 'piotr', 'pyotr']);
    expect(givenNames('dick')).toEqual(['richard']);
    expect(givenNames('kathy')).toEqual(expect.arrayContaining(['kathleen', 'katherine']));
    expect(givenNames('kath')).toEqual(['kathleen']); // Kath Hicks
    expect(givenNames('cap')).toEqual(['caspar']); // Caspar Weinberger
    expect(givenNames('bibi')).toEqual(['benjamin']); // Benjamin Netanyahu
  });

  it('GIVEN a formal name with no usual short form or an excluded pair THEN nothing', () => {
    expect(givenNames('lloyd')).toEqual([]);
    expect(givenNames('mark')).toEqual([]); // Mark Esper: excluded as a short form of Marcus
    // Reviewed exclusions: Nathan is a name of its own, Bert is mostly Albert or Herbert.
    expect(givenNames('nathan')).toEqual([]);
    expect(givenNames('bert')).not.toContain('robert');
  });

  it('GIVEN a formal name THEN its nicknames, the reverse table', () => {
    expect(nicknamesOf('charles')).toEqual(expect.arrayContaining(['charlie', 'chuck']));
    expect(nicknamesOf('william')).toEqual(expect.arrayContaining(['bill', 'will']));
    expect(nicknamesOf('lloyd')).toEqual([]);
  });
});

describe('acronym', () => {
  it('GIVEN domain acronyms the readouts never define THEN their expansions and sources', () => {
    expect(acronym('secdef')).toEqual([{ expansion: 'Secretary of Defense', source: 'dod-dictionary' }]);
    expect(acronym('secwar')).toEqual([{ expansion: 'Secretary of War', source: 'common-usage' }]);
    expect(acronym('cjcs')[0]?.expansion).toBe('Chairman of the Joint Chiefs of Staff');
    expect(acronym('fms')[0]?.expansion).toBe('Foreign Military Sales');
    expect(acronym('ndaa')).toEqual([{ expansion: 'National Defense Authorization Act', source: 'us-law' }]);
    expect(acronym('indopacom')[0]?.expansion).toBe('U.S. Indo-Pacific Command');
    expect(acronym('mbs')[0]?.expansion).toBe('Mohammed bin Salman');
  });

  it('GIVEN one key written two ways (MoD, MOD) THEN one merged list; an acronym with two readings THEN both', () => {
    // MoD is also the minister in chat ("the Tunisian MoD"), after the ministry it abbreviates.
    expect(acronym('mod').map((a) => a.expansion)).toEqual([
      'Ministry of Defense',
      'Ministry of Defence',
      'Minister of Defense',
      'Defense Minister',
    ]);
    expect(acronym('sdf').map((a) => a.expansion)).toEqual(['Self-Defense Forces', 'Syrian Democratic Forces']);
    expect(acronym('taiwan')).toEqual([]);
    // Added in issue 20b (were a supplement in data/reading/offices.json): chat writes both.
    expect(acronym('gdp').map((a) => a.expansion)).toEqual(['gross domestic product']);
    expect(acronym('sd').map((a) => a.expansion)).toEqual(['Secretary of Defense']);
  });

  it('GIVEN the issue list THEN every one is there', () => {
    const issue =
      'mod secdef secwar depsecdef cjcs fms ndaa edca sofa hadr indopacom centcom eucom africom southcom northcom spacecom nato aukus isf amisom prc dprk rok uae ksa mbs mbz isis isil iamd isr';
    for (const a of issue.split(' ')) expect(acronym(a).length, a).toBeGreaterThan(0);
  });
});

describe('related (WordNet and the reviewed relations)', () => {
  it('GIVEN the pairs the issue lists THEN each widens to the other', () => {
    const pairs: [string, string][] = [
      ['vow', 'pledge'],
      ['pledge', 'vow'],
      ['create', 'establish'],
      ['soldiers', 'troops'],
      ['troops', 'soldier'],
      ['soldiers', 'service member'],
      ['troops', 'forces'],
      ['jets', 'aircraft'],
      ['plane', 'aircraft'],
      ['boats', 'vessel'],
      ['vessels', 'boat'],
      ['talks', 'discussions'],
      ['deal', 'agreement'],
      ['talked', 'discuss'],
      ['talked', 'speak'],
      ['promise', 'pledge'],
      ['promise', 'commit'],
      ['sent back', 'repatriation'],
      ['repatriation', 'return'],
    ];
    for (const [from, to] of pairs) expect(words(related(from)), `${from} → ${to}`).toContain(to);
  });

  it('GIVEN an inflected or irregular form THEN its base form first, as an inflection', () => {
    expect(related('went')[0]).toEqual({ word: 'go', relation: 'inflection', weight: 0.95 });
    expect(related('jets')[0]).toEqual({ word: 'jet', relation: 'inflection', weight: 0.95 });
    expect(find('spoke', 'speak')?.relation).toBe('inflection');
  });

  it('GIVEN a demonym adjective THEN its country as a pertainym (australian → australia)', () => {
    expect(find('australian', 'australia')?.relation).toBe('pertainym');
  });

  it('GIVEN a noun THEN a broader word through its hypernyms (boat → watercraft), weighing less than a synonym', () => {
    expect(find('soldiers', 'enlisted person')?.relation).toBe('hypernym');
    expect(find('helicopter', 'aircraft')?.relation).toBe('hypernym');
    expect(find('boats', 'watercraft')?.relation).toBe('hypernym');
    expect((find('boats', 'watercraft')?.weight ?? 1) < (find('boats', 'vessel')?.weight ?? 0)).toBe(true);
  });

  it('GIVEN any word THEN every related word weighs less than the typed word, best first, without the word itself', () => {
    for (const w of ['jets', 'soldiers', 'talks', 'deal', 'vessel', 'australian']) {
      const list = related(w);
      expect(list.length, w).toBeGreaterThan(0);
      expect(
        list.every((r) => r.weight > 0 && r.weight < 1 && r.word !== w),
        w,
      ).toBe(true);
      expect(list.map((r) => r.weight)).toEqual([...list.map((r) => r.weight)].sort((a, b) => b - a));
    }
  });

  it('GIVEN function-like words and bad senses found in testing THEN they are not widened (reviewed list)', () => {
    for (const w of ['the', 'make', 'have', 'be', 'get', 'thing']) expect(related(w), w).toEqual([]);
    expect(words(related('vessel'))).not.toContain('vas'); // blood vessels
    expect(words(related('spoke'))).not.toContain('radius'); // a wheel's spokes
    expect(words(related('deal'))).not.toContain('cover'); // "deal with"
    expect(words(related('return'))).not.toContain('tax return');
  });

  it('GIVEN a name or an unknown word THEN no relations', () => {
    expect(related('mattis')).toEqual([]);
    expect(related('mageshima')).toEqual([]);
  });
});

describe('isEnglishWord', () => {
  it('GIVEN WordNet lemmas, their inflections and irregular forms THEN English; names and typos THEN not', () => {
    for (const w of ['vessel', 'vessels', 'went', 'discussed', 'repatriation', 'readouts', 'aircraft'])
      expect(isEnglishWord(w), w).toBe(true);
    for (const w of ['mattis', 'okinowa', 'mageshima', 'xyzzy']) expect(isEnglishWord(w), w).toBe(false);
  });

  it('GIVEN inWordNet THEN WordNet alone decides: the big list is not consulted', () => {
    expect(inWordNet('vessels')).toBe(true);
    expect(inWordNet('went')).toBe(true);
    expect(inWordNet('mattis')).toBe(false);
    // In the 275,000-word list, not in WordNet: only isEnglishWord knows it.
    expect(inWordNet('abandonware')).toBe(false);
    expect(isEnglishWord('abandonware')).toBe(true);
  });
});

describe('lexiconStats', () => {
  it('GIVEN the committed data THEN each table has the size DESIGN.md states, roughly', () => {
    const s = lexiconStats();
    expect(s.chatWords).toBeGreaterThan(300);
    expect(s.chatPhrases).toBeGreaterThan(200);
    expect(s.acronyms).toBeGreaterThan(200);
    expect(s.countries).toBe(250);
    expect(s.nicknames).toBeGreaterThan(200);
    expect(s.englishLemmas).toBeGreaterThan(80_000);
    expect(s.idioms).toBeGreaterThan(80);
  });
});

describe('phraseAt: idioms read whole (rule lexicon-idiom)', () => {
  it('GIVEN an idiom typed with an inflection and a pronoun THEN the pattern, what readouts write, and its length', () => {
    // "pulling their weight" is "pull * weight": the base form through WordNet, the slot a possessive.
    const words = ['are', 'they', 'pulling', 'their', 'weight'];
    expect(phraseAt(words, 2)).toEqual({
      phrase: 'pull * weight',
      words: ['pull', '*', 'weight'],
      means: ['burden sharing', 'contributions'],
      length: 3,
      names: [],
    });
  });
  it('GIVEN a name in the slot ("keep japan in the loop", "fill austin in") THEN the idiom, and where the name is', () => {
    // The name stays the question's: the reader reads it as typed beside the idiom.
    expect(phraseAt(['keep', 'japan', 'in', 'the', 'loop'], 0)).toMatchObject({ phrase: 'keep * in the loop', names: [1] });
    expect(phraseAt(['fill', 'zorblat', 'in'], 0)).toMatchObject({ phrase: 'fill * in', names: [1] });
    // An English word is no slot: "keep troops in the loop" is only "in the loop".
    expect(phraseAt(['keep', 'troops', 'in', 'the', 'loop'], 0)).toBeUndefined();
    expect(phraseAt(['keep', 'troops', 'in', 'the', 'loop'], 2)?.phrase).toBe('in the loop');
  });
});

describe('related: defense senses over WordNet’s commonest ones (wordnet-review.json)', () => {
  it('GIVEN words whose commonest WordNet sense is not the readouts’ one THEN that sense is not offered', () => {
    const wrong: [string, string][] = [
      ['minister', 'pastor'], // clergy
      ['secretary', 'assistant'],
      ['exercise', 'workout'],
      ['summit', 'peak'],
      ['call', 'name'],
      ['port', 'port wine'],
      ['navy', 'navy blue'],
      ['launch', 'establish'], // a missile launch
      ['found', 'establish'], // the past of find
      ['discuss', 'discus'], // not a plural
    ];
    for (const [from, to] of wrong) expect(words(related(from)), `${from} → ${to}`).not.toContain(to);
  });

  it('GIVEN those words THEN the readouts’ sense is offered instead', () => {
    expect(words(related('exercise'))).toContain('drill');
    expect(words(related('summit'))).toContain('meeting');
    expect(words(related('call'))).toContain('phone call');
    expect(words(related('port'))).toContain('harbor');
    expect(words(related('found'))).toContain('find');
  });
});
