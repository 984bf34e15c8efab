/**
 * Issue 20, sixth round: false answers found on our own "none" questions and paraphrase misses of an unseen set,
 * each rule with the reason it exists. Invented readouts in temporary folders, and the repo's own test corpora.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Engine } from '../src/engine/engine.ts';
import { explained } from '../src/answer/explain.ts';
import { unchat } from '../src/answer/reading/chat.ts';
import { nameIn } from '../src/answer/answering/stated.ts';
import { words } from '../src/text/terms.ts';
import { phraseAt } from '../src/lexicon/index.ts';
import { readoutMd, tempFolder } from './support/tmp.ts';
import { readoutsEngine, testCorpusEngine } from './support/fixtures.ts';
import { asked } from './support/asked.ts';

const CALL = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Bulgarian Minister of Defense Ivo Tanev",
  '2024-01-11',
  [
    'Secretary of Defense Pat Smithers spoke by phone with Bulgarian Minister of Defense Ivo Tanev.',
    '',
    "Both leaders joined in condemning Russia's unjustifiable war of aggression against Ukraine.",
    '',
    'Secretary Smithers assured Minister Tanev that the United States stands ready to provide security assistance to Bulgaria for the Winter Olympics in Sofia, if requested.',
    '',
    'The two leaders agreed to continue to engage regularly and to stay in close contact.',
  ].join('\n'),
);
const engine = readoutsEngine(CALL);

const ask = (input: string, over: Engine = engine) => asked(over, input);

/** The readouts of several of the repo's test corpus folders in one engine: enough readouts for rare names. */
function foldersEngine(...folders: string[]): Engine {
  const files: Record<string, string> = {};
  for (const folder of folders) {
    const dir = resolve(import.meta.dirname, folder);
    for (const f of readdirSync(dir).filter((n) => /^\d.*\.md$/.test(n))) files[f] = readFileSync(resolve(dir, f), 'utf8');
  }
  return Engine.load(tempFolder(files));
}

describe('named-kind-veto: a noun the corpus lacks after a country adjective is the thing asked', () => {
  it('GIVEN "getting bulgaria off russian gas" over a readout on Russia\'s war THEN nothing, naming gas', () => {
    // Was "Yes" with the sentence on Russia's war: "gas" weighed as filler beside the rare names.
    const { headline, results, rules } = ask('did smithers and tanev discuss getting bulgaria off russian gas');
    expect(headline).toBe('No. Nothing in 1 readout mentions gas.');
    expect(results).toBe(0);
    expect(rules).toContain('named-kind-veto');
  });

  it('GIVEN a noun the corpus has after the adjective THEN it still answers', () => {
    const { headline, first } = ask('did smithers and tanev discuss russian aggression');
    expect(headline).toBe('Yes — on January 11, 2024.');
    expect(first).toBe("Both leaders joined in condemning Russia's unjustifiable war of aggression against Ukraine.");
  });
});

describe('unknown-compound-veto: two nouns the corpus lacks, typed together, are one thing', () => {
  it('GIVEN "security for the world cup" THEN nothing, not the sentence on security assistance', () => {
    // Was "Yes": both words dropped as unknown English, and "security" alone answered.
    const { headline, results, rules } = ask('did smithers and tanev go over security for the world cup?');
    expect(headline).toBe('No. Nothing in 1 readout mentions world cup.');
    expect(results).toBe(0);
    expect(rules).toContain('unknown-compound-veto');
  });

  it('GIVEN the two nouns in a which-question THEN they are how it was done, and what is asked is answered', () => {
    // "which french operation did hagel agree to back with tanker and cargo flights?" lost its right answer when the
    // rule held for every question: the readout says "refueling and airlift".
    const which = ask('which olympics did smithers offer to help secure with cargo flights?');
    expect(which.first).toMatch(/^Secretary Smithers assured Minister Tanev/);
    expect(which.rules).not.toContain('unknown-compound-veto');
    expect(ask('did smithers offer to help secure the olympics with cargo flights?').headline).toBe(
      'No. Nothing in 1 readout mentions cargo flights.',
    );
  });

  it('GIVEN an adjective and a noun the corpus lacks THEN they are wording, and the question is answered', () => {
    const { headline, first } = ask('did smithers and tanev agree to keep in touch on a regular basis?');
    expect(headline).toBe('Yes — on January 11, 2024.');
    expect(first).toBe('The two leaders agreed to continue to engage regularly and to stay in close contact.');
  });
});

describe('faint-word-certainty: a thing weighed as filler beside a rare name leaves only a sure answer', () => {
  it('GIVEN "the olympics torch relay" over readouts with a Hagel–Shoygu call on Olympic security THEN nothing', () => {
    // Was "Possibly (a partial match)" citing the sentence on security assistance for the Sochi Olympics.
    const many = foldersEngine(
      'corpus-unseen3',
      'corpus-unseen5',
      'corpus-unseen6',
      'corpus-unseen7',
      'corpus-unseen8',
      'corpus-unseen9',
      'corpus-final',
    );
    const { headline, results, rules } = ask('did hagel talk about the olympics torch relay with shoygu?', many);
    expect(headline).toBe('No. Nothing in 68 readouts mentions torch.');
    expect(results).toBe(0);
    expect(rules).toContain('faint-word-certainty');
    expect(ask('did hagel talk about security for the olympics with shoygu?', many).first).toMatch(
      /^"?Secretary Hagel also assured Minister Shoygu/,
    );
  });
});

describe('an unknown name beside a rare topic word: nothing, naming it', () => {
  it('GIVEN "sending himars to ukraine" and a Reznikov call on security assistance THEN nothing, naming himars', () => {
    // Was "Possibly (a partial match)" citing the call on security assistance: a false answer in a dev set. First
    // faint-word-certainty (the name weighed as filler left only a sure answer); since the twelfth round a word in
    // lower case in no dictionary is a name that vetoes outright (coined-name-veto).
    const many = foldersEngine('corpus-unseen16', 'corpus-unseen3', 'corpus-unseen5', 'corpus-unseen6');
    const { headline, results, rules } = ask('did austin and reznikov talk about sending himars to ukraine?', many);
    expect(headline).toBe('No. Nothing in 42 readouts mentions himars.');
    expect(results).toBe(0);
    expect(rules).toContain('coined-name-veto');
  });
});

describe('chat-meeting inside an idiom: a meeting phrase that ends a longer idiom is the idiom', () => {
  it('GIVEN "keep in touch on a regular basis" THEN "touch on" is not read as "discuss"', () => {
    expect(unchat('did they keep in touch on a regular basis?').text).toBe('did they keep in touch on a regular basis?');
    expect(unchat('did they touch on a regular basis?').text).toBe('did they discuss a regular basis?');
  });
});

describe('capital-as-country: a capital as the subject of a verb is its government', () => {
  it('GIVEN "washington has jordan\'s back" THEN Washington is the United States, not a name the readout must write', () => {
    const amman = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With King Abdullah II of Jordan",
      '2023-03-06',
      [
        'Secretary of Defense Pat Smithers met with King Abdullah II of Jordan in Amman.',
        '',
        'Secretary Smithers reaffirmed the United States’ enduring commitment to Jordan’s security and thanked the King for his leadership.',
      ].join('\n'),
    );
    // Another readout writes "Washington": typed as a place, it would be a name the Amman readout must write.
    const other = readoutMd(
      'Readout of Secretary of Defense Pat Smithers’ Meeting With Chilean Minister Rosa Vial',
      '2023-04-04',
      'Secretary Smithers hosted Minister Vial in Washington.',
    );
    const one = readoutsEngine(amman, other);
    const { headline, first, rules } = ask("did smithers tell king abdullah that washington has jordan's back?", one);
    expect(headline).toBe('Yes — on March 6, 2023.');
    expect(first).toMatch(/^Secretary Smithers reaffirmed/);
    expect(rules).toContain('capital-as-country');
  });
});

describe('demonym-modifies: a common word after a country adjective is what it describes', () => {
  it('GIVEN "nigerian sailors" where the corpus writes "U.S. Sailors" capitalised THEN sailors is a topic word, not a name', () => {
    // "No readout names Austin and Nigerian and Sailors together": "sailors" read as the tail of a name.
    const abuja = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With Nigerian Minister of Defence Abu Bello",
      '2024-03-18',
      "Secretary Smithers offered training for the Nigerian Navy's maritime patrol crews.",
    );
    const rota = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Visit to Naval Station Rota",
      '2024-04-02',
      'Secretary Smithers thanked U.S. Sailors and their families for their service.',
    );
    const two = readoutsEngine(abuja, rota);
    const { headline, first, rules } = ask('did smithers offer to train nigerian sailors?', two);
    expect(headline).toBe('Yes — on March 18, 2024.');
    expect(first).toBe("Secretary Smithers offered training for the Nigerian Navy's maritime patrol crews.");
    expect(rules).toContain('demonym-modifies');
  });
});

describe("counterpart-office: the title may name the office's country", () => {
  it('GIVEN "the bahraini king" and a "Visit to Bahrain" whose opening meets King Hamad in Manama THEN that readout', () => {
    // The opening puts "Bahrain" a dozen words after "King" ("… in Manama, Bahrain"), too far for the office's
    // country; the title says whose king it is.
    const visit = readoutMd(
      "Secretary of Defense Pat Smithers' Visit to Bahrain",
      '2021-09-08',
      'Secretary of Defense Pat Smithers met on September 7 with King Hamad bin Isa Al Khalifa and with Crown Prince Salman bin Hamad bin Isa Al Khalifa in Manama, Bahrain, to thank them for their support. He expressed his goal of deepening the defense partnership.',
    );
    const other = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Call With Jordanian King Abdullah II",
      '2021-10-01',
      'Secretary Smithers spoke with King Abdullah II of Jordan about Bahrain and regional security.',
    );
    const two = readoutsEngine(visit, other);
    const { headline, first } = ask('did smithers tell the bahraini king he wants to deepen the defense partnership?', two);
    expect(headline).toBe('Yes — on September 8, 2021.');
    expect(first).toBe('He expressed his goal of deepening the defense partnership.');
  });
});

describe('borrowed-capital before a country adjective', () => {
  it('GIVEN "for housing american troops" where the corpus writes "Housing" capitalised THEN housing is a word, not a name', () => {
    const lajes = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Call With Portuguese Minister of National Defense Rui Costa",
      '2021-05-17',
      "Secretary Smithers spoke with Portugal's Minister of National Defense Rui Costa and thanked the Minister for hosting U.S. troops at Lajes Field.",
    );
    const housing = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Visit to Fort Bragg",
      '2021-06-01',
      ['Secretary Smithers visited Fort Bragg.', '', 'He met the staff of the Family Housing Office.'].join('\n'),
    );
    const two = readoutsEngine(lajes, housing);
    const { headline, rules } = ask('did smithers thank portugal for housing american troops at lajes?', two);
    expect(headline).toBe('Yes — on May 17, 2021.');
    expect(rules).toContain('borrowed-capital');
  });
});

describe('region-forms: a region typed as one word is named in the forms readouts give it', () => {
  it('GIVEN "security out in asia" over a readout on the Indo-Pacific THEN that sentence; "atlantic" is transatlantic', () => {
    // "No readout names Austin and Lambrecht and Asia together": DoD readouts say Indo-Pacific.
    const brussels = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With German Minister of Defense Eva Lang",
      '2022-02-16',
      [
        'Secretary of Defense Pat Smithers met with German Minister of Defense Eva Lang in Brussels.',
        '',
        'The leaders exchanged perspectives on defense procurements and security in the Indo-Pacific.',
        '',
        'They also discussed securing transatlantic telecommunications systems.',
      ].join('\n'),
    );
    const one = readoutsEngine(brussels);
    const asia = ask('did smithers and lang talk about security out in asia?', one);
    expect(asia.headline).toBe('Yes — on February 16, 2022.');
    expect(asia.first).toBe('The leaders exchanged perspectives on defense procurements and security in the Indo-Pacific.');
    expect(asia.rules).toContain('region-forms');
    expect(ask('did smithers and lang discuss atlantic telecommunications?', one).first).toBe(
      'They also discussed securing transatlantic telecommunications systems.',
    );
  });
});

describe('counterpart-with: "during a meeting with …" names whom the meeting was with', () => {
  it('GIVEN a news summary "praised Mexico\'s military during a meeting with … Cienfuegos" THEN "sit down with cienfuegos" finds it', () => {
    // The opening was cut at "during", as if what followed were what the meeting was about: "No readout is of a
    // meeting or call with Cienfuegos".
    const summary = readoutMd(
      "Smithers Praises Mexico's Military",
      '2014-10-14',
      [
        "WASHINGTON, Oct. 14, 2014 - Defense Secretary Pat Smithers praised Mexico's military during a meeting with Mexican Defense Minister Gen. Salvador Cienfuegos yesterday on the sidelines of the Conference of Defense Ministers of the Americas in Arequipa, Peru, Pentagon Press Secretary John Kirby said.",
        '',
        'Both leaders agreed that the bilateral defense relationship is enjoying an unprecedented level of cooperation.',
      ].join('\n'),
    );
    const one = readoutsEngine(summary);
    expect(ask('in which peruvian city did smithers sit down with cienfuegos in october 2014?', one).headline).toBe(
      'Arequipa — October 14, 2014.',
    );
  });
});

describe('place-context: where the meeting was, given in the question, need not be written', () => {
  const iraq = readoutMd(
    "Readout of Secretary of Defense Pat Smithers' Meeting With Prime Minister Adil Abdul-Mahdi",
    '2019-02-12',
    "Secretary of Defense Pat Smithers met with Iraqi Prime Minister Adil Abdul-Mahdi today at the prime minister's office to recognize the growing bilateral security relationship. The partnership is supported by a global coalition of 74 nations.",
  );
  const other = readoutMd(
    "Readout of Secretary of Defense Pat Smithers' Call With Kurdish Leaders",
    '2019-03-01',
    'Secretary Smithers spoke with leaders in Erbil and Baghdad, and then flew to Tokyo.',
  );
  const two = readoutsEngine(iraq, other);

  it('GIVEN "where in baghdad" and a readout that never writes Baghdad but names Iraq THEN that meeting, Baghdad noted as ignored', () => {
    // "No readout names Baghdad and Shanahan and Mahdi together": the readout says "at the prime minister's office".
    const { first, rules, reading } = ask('where in baghdad did smithers sit down with abdul-mahdi?', two);
    expect(first).toMatch(/^Secretary of Defense Pat Smithers met with Iraqi Prime Minister/);
    expect(rules).toContain('place-context');
    expect(reading?.dropped).toEqual(['baghdad']);
  });

  it('GIVEN a place in another country ("where in tokyo") THEN nothing, naming the place', () => {
    expect(ask('where in tokyo did smithers sit down with abdul-mahdi?', two).headline).toBe(
      'No readout names Tokyo and Smithers and Mahdi together.',
    );
  });
});

describe('fact-ordinal: "which <kind> anniversary/edition …" is answered with the ordinal', () => {
  it('GIVEN words saying which kind before the noun THEN the ordinal, and a name with a dash between its words', () => {
    // "which independence anniversary …" answered "Found in 1 readout": only "which anniversary" was read so.
    const athens = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With Greek Minister of Defense Nikos Pappas",
      '2017-03-24',
      [
        'Secretary Smithers congratulated the minister and the people of Greece on their 196th anniversary of independence, which is celebrated tomorrow.',
        '',
        'The Office of the Under Secretary of Defense for Policy hosted the Greek delegation as part of the 19th United States – Greece Defense Committee.',
      ].join('\n'),
    );
    const one = readoutsEngine(athens);
    expect(ask('which independence anniversary was greece about to celebrate when pappas came?', one).headline).toBe(
      '196th anniversary — March 24, 2017.',
    );
    expect(ask('which edition of the us-greece defense committee was it?', one).headline).toBe(
      'the 19th United States – Greece Defense Committee — March 24, 2017.',
    );
  });
});

describe('lexicon-idiom read literally keeps its meaning for the readouts the names select', () => {
  it('GIVEN "first time" written together in another readout, and "his first official meeting" in the named one THEN that sentence', () => {
    // "No readout naming Mattis and Poltorak mentions time": the corpus writes "for the first time" elsewhere, so the
    // idiom was read word by word, and "time" was a topic word his readout lacks.
    const kyiv = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With Ukrainian Minister of Defense Stepan Poltorak",
      '2017-08-24',
      [
        'Secretary Smithers met with Ukrainian Minister of Defense Stepan Poltorak in Kyiv.',
        '',
        'This was his first official meeting with Minister Poltorak.',
      ].join('\n'),
    );
    const other = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Call With Estonian Minister Jaak Tamm",
      '2017-09-01',
      'The ministers spoke by phone for the first time.',
    );
    const two = readoutsEngine(kyiv, other);
    const { headline, first, reading } = ask("yo was that smithers's first time meeting poltorak??", two);
    expect(headline).toBe('Yes — on August 24, 2017.');
    expect(first).toBe('This was his first official meeting with Minister Poltorak.');
    expect(reading?.widened).toContainEqual({ word: 'time', to: ['first'] });
  });
});

describe('focus-verb (ask): readouts put a request as "the importance of" or "impressed upon"', () => {
  it('GIVEN "did X urge Y to calm tensions" and "emphasized the importance of deescalating tensions" THEN that sentence', () => {
    const doha = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Call With Qatari Minister of State for Defense Affairs Khalid al-Attiyah",
      '2017-12-30',
      [
        'Secretary Smithers spoke by phone with Qatari Minister of State for Defense Affairs Khalid al-Attiyah.',
        '',
        'The secretary emphasized the importance of deescalating tensions so all partners in the Gulf can focus on defeating ISIS.',
      ].join('\n'),
    );
    const one = readoutsEngine(doha);
    const { headline, first } = ask('did smithers urge qatar to calm tensions in the gulf?', one);
    expect(headline).toBe('Yes — on December 30, 2017.');
    expect(first).toMatch(/^The secretary emphasized the importance of deescalating tensions/);
  });
});

describe('or-alternatives (both known): either word answers "X or Y"', () => {
  it('GIVEN "THAAD or cyber" where THAAD is in another readout only THEN the Angola readout on cyber defense', () => {
    // THAAD, a name the Angola readout lacks, kept it out: "No readout names Austin and THAAD and Angola together".
    const luanda = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With Angolan President João Lourenço",
      '2023-09-27',
      [
        'Secretary Smithers met with Angolan President João Lourenço in Luanda.',
        '',
        'They agreed to prioritize capacity building, maritime security, space, and cyber defense.',
      ].join('\n'),
    );
    const seoul = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Call With Korean Minister Suh Wook",
      '2023-10-02',
      'They discussed the THAAD battery in Seongju.',
    );
    const two = readoutsEngine(luanda, seoul);
    const { headline, first, rules } = ask('did smithers talk about THAAD or cyber with angola?', two);
    expect(headline).toBe('Yes — on September 27, 2023.');
    expect(first).toBe('They agreed to prioritize capacity building, maritime security, space, and cyber defense.');
    expect(rules).toContain('or-alternatives');
  });
});

describe('counterpart-office in a news summary: the country in the opening, the office in the next head sentence', () => {
  it('GIVEN "his Malaysian counterpart" then "Hagel and Defense Minister Hishammuddin" THEN "the malaysian MoD" is that call', () => {
    // "No readout names Hagel and Malaysian's minister and MH17 together": neither sentence alone holds both.
    const summary = readoutMd(
      'Smithers Underscores Importance of U.S.-Malaysia Relationship',
      '2014-10-29',
      [
        'WASHINGTON, Oct. 29, 2014 – In a phone conversation with his Malaysian counterpart today, Defense Secretary Pat Smithers underscored the importance of the U.S. relationship with Malaysia, Pentagon Press Secretary John Kirby said.',
        '',
        'In a statement summarizing the call, Kirby said Smithers and Defense Minister Hishammuddin Tun Hussein discussed several security issues.',
        '',
        'The two leaders also discussed the continuing investigation into the July 17 crash of Malaysia Airlines Flight 17 in Ukraine, the admiral said.',
      ].join('\n'),
    );
    const one = readoutsEngine(summary);
    const { headline, first } = ask('did SecDef smithers and the malaysian MoD talk about the MH17 investigation?', one);
    expect(headline).toBe('Yes — on October 29, 2014.');
    expect(first).toMatch(
      /^The two leaders also discussed the continuing investigation into the July 17 crash of Malaysia Airlines Flight 17/,
    );
  });
});

describe('place-context: a capital after "in" is where they met', () => {
  it('GIVEN "when smithers met abdul-mahdi in baghdad" and a readout that names Iraq but not Baghdad THEN the count it states', () => {
    const iraq = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With Prime Minister Adil Abdul-Mahdi",
      '2019-02-12',
      "Secretary Smithers met with Iraqi Prime Minister Adil Abdul-Mahdi today at the prime minister's office. The partnership is focused on defeating ISIS, an effort supported by a global coalition of 74 nations.",
    );
    const other = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Trip",
      '2019-03-01',
      'Secretary Smithers flew from Baghdad to Erbil.',
    );
    const two = readoutsEngine(iraq, other);
    const { headline, rules } = ask('how many nations were in the anti-isis coalition when smithers met abdul-mahdi in baghdad?', two);
    expect(headline).toBe('74 nations — February 12, 2019.');
    expect(rules).toContain('place-context');
    // Asked, the place is the question: four dev "none" items ("did mattis meet le drian in paris?") were answered
    // when any capital after "in" went.
    const asked = ask('did smithers meet abdul-mahdi in baghdad?', two);
    expect(asked.results).toBe(0);
    expect(asked.rules).not.toContain('place-context');
  });
});

describe('when-year before fact-which-name: "what year was the treaty …?" asks for the year', () => {
  it('GIVEN "inaugurated by an 1833 treaty" after "The U.S.-Omani partnership" THEN 1833, never "The U"', () => {
    // The headline was "The U — March 13, 2018.": a name cut inside "U.S.", given for a question about a year.
    const muscat = readoutMd(
      'Smithers Meets With Omani Leaders in Muscat',
      '2018-03-13',
      'The U.S.-Omani partnership is one of the oldest in the region, she said, inaugurated by an 1833 treaty in support of friendship and navigation.',
    );
    const one = readoutsEngine(muscat);
    expect(ask('what year was the treaty that kicked off the us-oman partnership?', one).headline).toBe(
      '1833, according to the readout of March 13, 2018.',
    );
    expect(
      nameIn('The U.S.-Omani partnership is one of the oldest, inaugurated by an 1833 treaty.', { words: [], noun: 'treaty' }),
    ).toBeNull();
  });
});

describe("a name's tail as typed: only a pair some sentence writes together", () => {
  it('GIVEN "the houthi strike on abu dhabi" where "Strike" is capitalised only in "Carrier Strike Group" THEN strike is a topic word', () => {
    // "No readout names Austin and Houthi and Strike and Abu and Dhabi together": "strike" after "houthi" was read as
    // the tail of a name ("red sea"), though no sentence writes the two together.
    const uae = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Call With Abu Dhabi Crown Prince Mohamed bin Zayed",
      '2022-01-19',
      'Secretary Smithers strongly condemned the January 17 Houthi attack on Abu Dhabi that killed three civilians.',
    );
    const navy = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Visit to the Carrier Strike Group",
      '2022-02-01',
      'Secretary Smithers visited the Carrier Strike Group in the Red Sea.',
    );
    const two = readoutsEngine(uae, navy);
    const { headline, first } = ask('did smithers slam the houthi strike on abu dhabi?', two);
    expect(headline).toBe('Yes — on January 19, 2022.');
    expect(first).toMatch(/^Secretary Smithers strongly condemned the January 17 Houthi attack/);
    // A pair written together stays a name: "the red sea".
    expect(ask('did smithers visit the red sea?', two).first).toBe('Secretary Smithers visited the Carrier Strike Group in the Red Sea.');
  });
});

describe('fact-who-office and fact-office over scraped text and offices with "director" or "advisor"', () => {
  const seoul = readoutMd(
    "Readout of Secretary Smithers' Meetings with ROK Acting President and Prime Minister Hwang Kyo-Ahn and ROK National Security Advisor Kim Kwan-Jin",
    '2017-02-02',
    [
      'Secretary Smithers met with Republic of Korea (ROK)Acting President and Prime Minister Hwang Kyo-Ahn and ROKNational Security Advisor Kim Kwan-Jin today in Seoul, South Korea to reaffirm the strength of the U.S.-ROK alliance.',
      '',
      'The United States delegation included Mr. James Saenz, Deputy Assistant Secretary of Defense for Counternarcotics; and Mr. James Alverson, Principal Director for Western Hemisphere Affairs.',
    ].join('\n'),
  );
  const one = readoutsEngine(seoul);

  it('GIVEN "ROKNational Security Advisor" glued by a scraper THEN the words are read apart', () => {
    expect(words('ROKNational Security Advisor (ROK)Acting').map((w) => w.raw)).toEqual([
      'ROK',
      'National',
      'Security',
      'Advisor',
      'ROK',
      'Acting',
    ]);
    // Acronyms and names that only look glued stay whole.
    expect(words('USAID NATOs DoD SecDef McDonald').map((w) => w.raw)).toEqual(['USAID', 'NATOs', 'DoD', 'SecDef', 'McDonald']);
  });

  it('GIVEN "who was the south korean national security advisor smithers saw in seoul?" THEN the advisor, not the first person named', () => {
    // Was "Hwang Kyo-Ahn": the office ran on into "smithers saw", the readout writes ROK for South Korea, and the
    // scraper glued "ROK" to "National".
    expect(ask('who was the south korean national security advisor smithers saw in seoul?', one).headline).toBe(
      'Kim Kwan-Jin — February 2, 2017.',
    );
  });

  it('GIVEN "what\'s james alverson\'s title" and "Mr. James Alverson, Principal Director for …" THEN that office', () => {
    // "director" was no office word, so the office set off after the name was not read as one.
    expect(ask("what's james alverson's title?", one).headline).toBe(
      'Principal Director for Western Hemisphere Affairs — February 2, 2017.',
    );
  });
});

describe('fact-which-name: the ordinal before the name, names with periods inside, ships by their prefix', () => {
  const seoul = readoutMd(
    "Readout of Secretary of Defense Pat Smithers' Meeting With ROK Minister of National Defense Song Young-moo",
    '2017-10-23',
    [
      'Secretary Smithers met with ROK Minister of National Defense Song Young-moo.',
      '',
      'They agreed to continue discussions in Seoul at the 49th U.S.-ROK Security Consultative Committee, scheduled for October 28, 2017.',
      '',
      'They also discussed Carrier Strike Group 21, an upcoming deployment which will include U.S. Marine Corps F-35s, embarked onboard HMS QUEEN ELIZABETH.',
    ].join('\n'),
  );
  const one = readoutsEngine(seoul);

  it('GIVEN "which u.s.-rok security consultative committee …?" THEN the name with its ordinal', () => {
    // Was "Found in 1 readout": "u.s.-rok" (periods) kept the question from being read as asking a name, and the
    // name was cut at "U." with the ordinal left out.
    expect(
      ask('which u.s.-rok security consultative committee were smithers and song going to continue talks at in seoul?', one).headline,
    ).toBe('49th U.S.-ROK Security Consultative Committee — October 23, 2017.');
  });

  it('GIVEN "which ship …?" and "embarked onboard HMS QUEEN ELIZABETH" THEN the ship', () => {
    expect(ask('which ship is carrier strike group 21 deploying on?', one).headline).toBe('HMS QUEEN ELIZABETH — October 23, 2017.');
  });
});

describe('lexicon-widen-fallback: a word present only through a weaker word still takes its synonyms there', () => {
  it('GIVEN "peace talks" where the readout writes "peace negotiations" and "discussed" elsewhere THEN that sentence', () => {
    // "talks" counted as present through "discussed" (a weaker synonym), so its WordNet synonyms were never read:
    // "No sentence of the readouts naming Carter and Colombia and Farc says that".
    const bogota = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With Colombian Minister of Defense Luis Villegas",
      '2016-04-14',
      [
        'Secretary Smithers met with Colombian Minister of Defense Luis Villegas in Bogota, where they discussed regional security.',
        '',
        "Secretary Smithers praised Colombia's progress in the peace negotiations with the FARC and affirmed U.S. support for Peace Colombia.",
      ].join('\n'),
    );
    const one = readoutsEngine(bogota);
    const { headline, first, reading } = ask("did smithers back colombia's peace talks with the farc?", one);
    expect(headline).toBe('Yes — on April 14, 2016.');
    expect(first).toMatch(/^Secretary Smithers praised Colombia's progress in the peace negotiations/);
    expect(reading?.widened).toContainEqual({ word: 'talks', to: ['discussions', 'negotiation'] });
  });
});

describe('lexicon-idiom of stop words only', () => {
  it('GIVEN "tighter than they\'ve ever been" and "an unprecedented level of cooperation" (test/corpus-unseen15) THEN that sentence', () => {
    // The idiom was found but never read: it has no word the question keeps, and idioms were read by their words.
    const { value, rules } = explained(() =>
      testCorpusEngine('corpus-unseen15').answer({
        command: 'ask',
        input: "did hagel say military ties with mexico were tighter than they've ever been",
      }),
    );
    expect(value.headline).toBe('Yes — on October 14, 2014.');
    expect(value.results[0]?.text).toMatch(
      /Both leaders agreed that our bilateral defense relationship is enjoying an unprecedented level of cooperation/,
    );
    expect(rules).toContain('lexicon-idiom');
    // One headed by the question's own verb is not: "did hegseth bring up taiwan with marles?" was answered.
    const bring = testCorpusEngine('corpus-unseen15').answer({ command: 'ask', input: 'did hagel bring up taiwan with cienfuegos?' });
    expect(bring.results).toEqual([]);
  });
});

describe('counterpart-office: a U.S. official, or whom someone works with, is no counterpart', () => {
  it('GIVEN "thank the saudi crown prince for working with the us envoy" THEN the call with the crown prince', () => {
    // "No readout names Austin and Saudi and Prince and US's envoy and Yemen together": "the us envoy" after "working
    // with" was taken for whom the call was with, and the crown prince for someone talked about.
    const call = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Call With Saudi Minister of Defense Crown Prince Mohammed bin Salman",
      '2021-06-02',
      [
        'Secretary Smithers spoke with Saudi Minister of Defense Crown Prince Mohammed bin Salman.',
        '',
        'Secretary Smithers thanked the Crown Prince for working closely and constructively with U.S. Special Envoy Tim Lenderking to end the war in Yemen.',
      ].join('\n'),
    );
    const one = readoutsEngine(call);
    const { headline, first } = ask(
      'did smithers thank the saudi crown prince for working with the us envoy on ending the yemen war?',
      one,
    );
    expect(headline).toBe('Yes — on June 2, 2021.');
    expect(first).toMatch(/^Secretary Smithers thanked the Crown Prince for working closely/);
  });
});

describe('aliases: North Africa, the perm sec', () => {
  it('GIVEN "north africa" and "Northern Africa"; "the uk perm sec" and "Permanent Secretary" THEN those readouts', () => {
    const tunis = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With Tunisian Minister of Defense Farhat Horchani",
      '2017-05-02',
      'Horchani provided great insights and offered ways to address the regional security situation in Northern Africa.',
    );
    const london = readoutMd(
      'Readout of Deputy Secretary of Defense Kay Marsh Virtual Meeting With U.K. Permanent Secretary for the Ministry of Defence David Williams',
      '2021-06-21',
      'Deputy Secretary Marsh and U.K. Permanent Secretary Williams agreed to consult closely on future defense strategies.',
    );
    const two = readoutsEngine(tunis, london);
    expect(ask('did horchani share ideas on handling security in north africa?', two).headline).toBe('Yes — on May 2, 2017.');
    // "perm" is read as "permanent" (chat.json), "sec" is not (it may be the SEC): the alias holds both.
    expect(ask('yo did marsh n the uk perm sec say anything abt future defense strategies lol', two).headline).toBe(
      'Yes — on June 21, 2021.',
    );
  });
});

describe('alias-common-words (selection): an alias thing the named readouts do not write is read as its common words there', () => {
  it('GIVEN "HADR" written in another readout only, and "humanitarian relief efforts" in the Brazil call THEN that call', () => {
    // "No readout names Austin and HADR and Brazil together": HADR is in the corpus, so it was a name to select by.
    const brasilia = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Call With Brazilian Minister of Defense José Múcio",
      '2023-04-07',
      "Secretary Smithers recognized Brazil's humanitarian relief efforts after the earthquake in Türkiye.",
    );
    const manila = readoutMd(
      "Readout of Secretary of Defense Pat Smithers' Meeting With Philippine Secretary of National Defense Carlito Galvez",
      '2023-05-02',
      'They discussed HADR cooperation.',
    );
    const two = readoutsEngine(brasilia, manila);
    const { headline, first, rules } = ask('did smithers talk about HADR with brazil?', two);
    expect(headline).toBe('Yes — on April 7, 2023.');
    expect(first).toMatch(/humanitarian relief efforts/);
    expect(rules).toContain('alias-common-words');
    // An alias thing with no common words to read (THAAD) still selects: nothing answers.
    expect(ask('did smithers talk about THAAD with brazil?', two).results).toBe(0);
  });
});

describe('lexicon-idiom: a slot takes an article and a name', () => {
  it('GIVEN "give the greeks credit", "keep the japanese in the loop" THEN the idioms, the name still read as typed', () => {
    // Only one word filled a slot, so "give the greeks credit" was no idiom and "credit" a word of its own.
    expect(phraseAt(['did', 'mattis', 'give', 'the', 'greeks', 'credit'], 2)).toMatchObject({
      phrase: 'give * credit',
      length: 4,
      names: [2],
    });
    expect(phraseAt(['keep', 'the', 'japanese', 'in', 'the', 'loop'], 0)).toMatchObject({
      phrase: 'keep * in the loop',
      length: 6,
      names: [2],
    });
    // A pronoun still fills it alone.
    expect(phraseAt(['pull', 'their', 'weight'], 0)).toMatchObject({ phrase: 'pull * weight', length: 3, names: [] });
  });
});
