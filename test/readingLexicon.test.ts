/**
 * Issue 20's reading rules, one block per rule id (DESIGN.md "Reading a team's own words"), each case
 * with the reason it must hold. Over test/corpus-lexicon (eight invented readouts, see its README) and
 * the bundled corpus; the questions are our own, not the eval sets'.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Engine } from '../src/engine/engine.ts';
import { oneReadout, testCorpusEngine } from './support/fixtures.ts';
import { unchat } from '../src/answer/reading/chat.ts';
import { singularAcronyms } from '../src/answer/reading/lexical.ts';
import { talksParty } from '../src/answer/reading/counterpart.ts';
import { readQuestion } from '../src/answer/reading/question.ts';
import { readingLine } from '../src/answer/reading/notes.ts';
import { durationPhrase, ordinalPhrase } from '../src/answer/answering/numberPhrases.ts';
import { listed } from '../src/answer/answering/cite.ts';
import { renderAnswer } from '../src/cli/render.ts';
import type { Answer } from '../src/answer/types.ts';
import { readoutMd, tempFolder } from './support/tmp.ts';
import { acronymReadings, isTurning } from '../src/answer/reading/vocabulary.ts';
import { explained } from '../src/answer/explain.ts';
import { widenTarget } from '../src/answer/reading/widenTarget.ts';
import { fold, term, words } from '../src/text/terms.ts';

const lexicon = Engine.load(resolve(import.meta.dirname, 'corpus-lexicon'));

function ask(question: string): Answer {
  return lexicon.answer({ command: 'ask', input: question });
}
const top = (question: string) => ask(question).results[0]?.text ?? '(none)';

describe('chat-words: chat around a question is never its topic', () => {
  it.each([
    // Openers and closers go whole, and the texting "n" and "re" are read as words.
    [
      'hey bot quick q what did hegseth n abrego agree on re the canal??',
      'what did hegseth and abrego agree on regarding the canal?',
      ['hey bot quick q'],
    ],
    // A lone lower-case "w" between words is "with" too; "George W Bush" keeps his initial.
    ['was the secdef negotiating a DCA w denmark in 2022?', 'was the secdef negotiating a DCA with denmark in 2022?', []],
    ['did George W Bush meet him?', 'did George W Bush meet him?', []],
    // "w/" is "with": a question typed with it is the question typed without it.
    ['quick q - who did work meet w/ from ukraine?', 'who did work meet with from ukraine?', ['quick q']],
    // A chat clause before the question ("idk if u know but") goes with the conjunction it leaves.
    [
      'hi! idk if u know but what did hegseth say abt illegal migration lol',
      'what did hegseth say about illegal migration',
      ['hi idk if u know', 'lol'],
    ],
    // "thank" inside the question is the question's word; "thanks!" at its end is chat.
    ['what did austin thank kishi for? thanks!', 'what did austin thank kishi for?', ['thanks']],
  ])('GIVEN %j THEN it reads %j and ignores %j', (input, text, dropped) => {
    expect(unchat(input)).toEqual({ text, dropped });
  });

  it('GIVEN "w/?" at the end THEN "with?" (the question mark is no part of the texting form)', () => {
    expect(unchat('who did kahl have a vtc w/?').text).toBe('who did kahl have a vtc with?');
  });

  it('GIVEN "2+2" or a capital N THEN they stay: "+" between digits and an initial are no texting', () => {
    expect(unchat('what happened at the India 2+2').text).toBe('what happened at the India 2+2');
    expect(unchat('when did James N Mattis meet kono').text).toBe('when did James N Mattis meet kono');
  });

  it('GIVEN a chatty question THEN it gets the plain question’s answer and says what it ignored', () => {
    const plain = ask('what did hagel thank coleman for?');
    const chatty = ask('hey bot can u tell me what hagel thanked coleman for? thx');
    expect(chatty.results[0]?.text).toBe(plain.results[0]?.text);
    expect(chatty.reading?.dropped).toEqual(['hey bot can u tell me', 'thx']);
  });
});

describe('chat-shouting, chat-preamble, chat-embedded', () => {
  it('GIVEN a question in capitals THEN it is read in lower case (capitals mid-question would mark names)', () => {
    expect(top('YO WHAT DID HAGEL THANK COLEMAN FOR??')).toBe(top('what did hagel thank coleman for?'));
  });
  it('GIVEN "find what X said" THEN the words before the question word go', () => {
    expect(unchat('can u find what shanahan said re al-shabaab?? thx').text).toBe('what did shanahan say regarding al-shabaab?');
  });
  it('GIVEN a statement after "what" THEN it is read as the question ("what Hagel thanked" → "what did Hagel thank")', () => {
    expect(unchat('tell me what hagel thanked coleman for').text).toBe('what did hagel thank coleman for');
  });
});

describe('unknown-word-name / unknown-word-drop: an unknown word vetoes only when it reads as a name', () => {
  it('GIVEN a word that is neither English nor chat THEN nothing answers (it names something the corpus lacks)', () => {
    const answer = ask('did austin mention the zorblat?');
    expect(answer.none).toBe(true);
    expect(answer.headline).toBe('No. Nothing in 8 readouts mentions zorblat.');
  });
  it('GIVEN an English word no readout uses beside a topic word the corpus has THEN it is dropped, and said so', () => {
    const answer = ask('what did austin say about kenyan troops and their gallantry?');
    expect(answer.results[0]?.text).toBe(
      'Secretary Austin praised the sacrifices of Kenyan troops serving with the African Union Transition Mission in Somalia against al-Shabaab.',
    );
    expect(answer.reading?.dropped).toEqual(['gallantry']);
  });
  it('GIVEN an unknown word right before a topic word THEN it narrows it and still vetoes ("hypersonic troops")', () => {
    expect(ask('did austin talk about hypersonic troops?').none).toBe(true);
  });
});

describe('lexicon-widen: an English word the corpus lacks is read as the words readouts use', () => {
  it('GIVEN "a pact" THEN it reads as the words readouts use (an arrangement), weighing less than a word typed', () => {
    const answer = ask('did austin sign a pact with kenya?');
    expect(answer.results[0]?.text).toContain('signed a five-year framework');
    expect(answer.reading?.widened).toEqual([{ word: 'pact', to: ['arrangement'] }]);
  });
  it('GIVEN a broad hypernym only ("fighter" → aircraft, weight 0.5) THEN no widening: "fighter jets" is not any aircraft', () => {
    expect(ask('what did mattis discuss about fighter jets for the emiratis?').none).toBe(true);
  });
});

describe('lexicon-demonym: a demonym selects its country’s readouts', () => {
  it('GIVEN "the kiwis" THEN the New Zealand readout answers, read as New Zealand', () => {
    const answer = ask('what did hagel and the kiwis talk about?');
    expect(answer.results[0]?.doc).toBe('401-hagel-coleman-call.md');
    expect(answer.reading?.resolved).toEqual([{ from: 'kiwis', to: 'New Zealand' }]);
  });
  it('GIVEN a people no readout names THEN nothing answers (a country word is a name)', () => {
    expect(ask('what did esper discuss with the moroccans?').none).toBe(true);
  });
  it('GIVEN a demonym timeline THEN the readouts naming the country in any form ("Kenyan", "Kenya")', () => {
    const answer = lexicon.answer({ command: 'timeline', input: 'the kenyans' });
    expect(answer.results.map((r) => r.doc)).toEqual(['406-austin-duale-nairobi.md']);
  });
});

describe('us-pronoun: "us" in lower case is the pronoun, not the United States', () => {
  it('GIVEN "what did hagel and coleman say about us?" THEN their readout, "us" no topic; "the US" stays the country', () => {
    const pronoun = lexicon.answer({ command: 'ask', input: 'what did hagel and coleman say about us?', explain: true });
    expect([pronoun.headline, pronoun.explain?.map((r) => r.id)]).toEqual([
      'What Hagel and Coleman said: 1 readout (2014-09-18).',
      expect.arrayContaining(['us-pronoun']),
    ]);
    const country = lexicon.answer({ command: 'ask', input: 'what did the kenyans thank the US for?', explain: true });
    expect([country.headline, country.explain?.map((r) => r.id)]).toEqual([
      'What Kenyans thanked US for: 1 readout (2023-09-25).',
      expect.not.arrayContaining(['us-pronoun']),
    ]);
  });
});

describe('lexicon-nickname: a given name is matched through nicknames, a different one is someone else', () => {
  it('GIVEN "charles hagel" where readouts say "Chuck Hagel" THEN Hagel’s readout, resolved to the written name', () => {
    const answer = ask('what did charles hagel thank coleman for');
    expect(answer.results[0]?.text).toContain('naval frigate');
    expect(answer.reading?.resolved).toEqual([{ from: 'charles hagel', to: 'Chuck Hagel' }]);
  });
  it('GIVEN "bob work" where readouts say "Robert O. Work" THEN his readout', () => {
    expect(ask('what did bob work announce in manila?').results.map((r) => r.doc)).toContain('402-work-gazmin-manila.md');
  });
  it('GIVEN "john mattis" THEN nothing answers: John is not the Mattis of these readouts', () => {
    expect(ask('what did john mattis say?').none).toBe(true);
  });
});

describe('lexicon-acronym: acronyms the readouts spell out', () => {
  it('GIVEN "CENTCOM" THEN the readout that says "U.S. Central Command"', () => {
    const answer = ask('what did the secwar say about CENTCOM?');
    expect(answer.results[0]?.text).toContain('U.S. Central Command');
    expect(answer.reading?.resolved).toEqual([{ from: 'CENTCOM', to: 'U.S. Central Command' }]);
  });
  it('GIVEN "SD" THEN the Secretary of Defense (data/lexicon/acronyms.json, no longer a reading supplement)', () => {
    expect(ask('what did the SD tell the kenyans?').reading?.resolved).toContainEqual({ from: 'SD', to: 'Secretary of Defense' });
  });
  it('GIVEN "the Kenyan MoD" THEN MoD is the minister (an office acronym as chat uses it)', () => {
    expect(ask('what did austin sign with the kenyan MoD?').none).toBe(true);
    expect(ask('what did austin sign with the kenyan cabinet secretary?').results[0]?.text).toContain('five-year framework');
  });
});

describe('acronym-plural: an acronym with a plural s is read as its singular', () => {
  it('GIVEN "the kenyan MoDs" THEN MoD, read as the minister like "the kenyan MoD" (it was a name the corpus lacks: "MODS")', () => {
    const answer = ask('what did austin sign with the kenyan MoDs?');
    expect(answer.reading?.resolved).toContainEqual({ from: 'MoD', to: 'Minister of Defense' });
    expect(answer.none).toBe(ask('what did austin sign with the kenyan MoD?').none);
  });
  it.each([
    ['the Baltic MoDs and ICBMs', 'the Baltic MoD and ICBM'],
    // Lower case is a word ("mods" are a channel's moderators); one capital is a word or a name ("Ms", "Poles").
    ['the mods and the Poles, Ms Ng', 'the mods and the Poles, Ms Ng'],
  ])('GIVEN %j THEN %j', (typed, read) => {
    expect(singularAcronyms(typed)).toBe(read);
  });
});

describe('function-verb-drop: a grammar verb the corpus never writes never vetoes', () => {
  it('GIVEN "did the emiratis let us host aircraft" THEN the Al Dhafra sentence ("let" vetoed: "Nothing mentions let")', () => {
    const answer = ask('did the emiratis let us host aircraft at al dhafra?');
    expect(answer.results[0]?.text).toContain('hosting U.S. aircraft at Al Dhafra Air Base');
    expect(answer.reading?.dropped).toEqual(['let']);
  });
  it('GIVEN the verb is all the question asks beside names THEN it stays, and nothing answers', () => {
    expect(ask('did the emiratis let us?').none).toBe(true);
  });
});

describe('lexicon-verb-forms: a verb the corpus lacks is read as the noun readouts write', () => {
  // Two invented readouts: readouts write nouns (membership, repatriation) where a team types verbs.
  const dir = tempFolder({
    '001-austin-finland.md': readoutMd(
      "Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Finnish Minister of Defence Antti Kaikkonen",
      '2023-04-04',
      'Secretary of Defense Lloyd J. Austin III met with Finnish Minister of Defence Antti Kaikkonen at the Pentagon today.\n\nSecretary Austin welcomed the membership of Finland in NATO and the strength it brings to the Alliance.\n\nThe two leaders discussed support to Ukraine.',
    ),
    '002-austin-panama.md': readoutMd(
      "Readout of Secretary of Defense Lloyd J. Austin III's Call With Panamanian Minister of Public Security Juan Pino",
      '2023-06-01',
      'Secretary of Defense Lloyd J. Austin III spoke today with Panamanian Minister of Public Security Juan Pino.\n\nSecretary Austin thanked Minister Pino for the repatriation of migrants to their home countries.\n\nThe two leaders discussed security of the Panama Canal.',
    ),
  });
  const verbs = Engine.load(dir);
  const askVerbs = (q: string) => verbs.answer({ command: 'ask', input: q });
  it('GIVEN "joining NATO" THEN the membership sentence ("joining" vetoed: "Nothing mentions joining")', () => {
    const answer = askVerbs('what did austin tell finland about joining nato?');
    expect(answer.results[0]?.text).toContain('membership of Finland in NATO');
    expect(answer.reading?.widened).toContainEqual({ word: 'joining', to: ['membership'] });
  });
  it('GIVEN "sent back home" THEN "sent back" is one verb read as repatriation ("back" vetoed)', () => {
    const answer = askVerbs('did austin talk about migrants sent back home with panama?');
    expect(answer.results[0]?.text).toContain('repatriation of migrants');
    expect(answer.reading?.widened).toContainEqual({ word: 'sent back', to: ['repatriation'] });
  });
  it('GIVEN a verb no noun of the readouts stands for ("leaving NATO") THEN still nothing', () => {
    expect(askVerbs('did austin talk about finland leaving nato?').none).toBe(true);
  });
});

describe('talks-with-party: "the talks with X" names a party of the talks, not the counterpart', () => {
  it('GIVEN an unknown party ("the ELN", a word WordNet knows) THEN nothing: it was dropped and the Colombia dialogue answered', () => {
    const answer = ask('what did esper say about the talks with the eln?');
    expect(answer.none).toBe(true);
    expect(answer.headline).toBe('Nothing in 8 readouts mentions eln.');
  });
  it('GIVEN a known party the readout names on something else ("the border with Venezuela") THEN nothing: the talks must be said', () => {
    expect(ask('what did esper say about talks with venezuela?').none).toBe(true);
  });
  it('GIVEN "the dialogue with" a party the readout names beside the dialogue THEN that sentence, though the counterpart is Colombia', () => {
    expect(top('what did esper say about the dialogue with colombia?')).toContain('Bilateral Defense Dialogue');
  });
  it('GIVEN "held talks with X" THEN X is still the counterpart: the readout must be with X', () => {
    expect(ask('did esper hold talks with venezuela?').none).toBe(true);
    const at = (q: string) => q.indexOf('talks with');
    const held = 'did esper hold talks with venezuela';
    const peace = 'what about the peace talks with the farc';
    expect(talksParty(held, at(held), 'talks with ')).toBe(false);
    expect(talksParty(peace, at(peace), 'talks with ')).toBe(true);
  });
  it('GIVEN a meeting offered ("an offer to sit down with X") THEN X is a party the readout reports on, not the counterpart', () => {
    // "did mattis back ghani's offer to sit down with the taliban?" answered "No readout names Mattis and Ghani and
    // Taliban together": the Taliban were read as whom Mattis met.
    const offered = "did mattis back ghani's offer to meet with the taliban";
    expect(talksParty(offered, offered.indexOf('meet with'), 'meet with ')).toBe(true);
    const met = 'did mattis meet with ghani';
    expect(talksParty(met, met.indexOf('meet with'), 'meet with ')).toBe(false);
    const kabul = oneReadout(
      'Readout of Secretary Mattis Meeting With President Ghani',
      '2018-03-13',
      'Secretary Mattis met with President Ashraf Ghani in Kabul.\n\nSecretary Mattis praised Ghani’s recent offer to negotiate with the Taliban without preconditions.',
    );
    expect(
      kabul.answer({ command: 'ask', input: "did mattis back ghani's offer to sit down with the taliban, no strings attached?" }).results[0]
        ?.text,
    ).toBe('Secretary Mattis praised Ghani’s recent offer to negotiate with the Taliban without preconditions.');
  });
});

describe('or-alternatives: in "X or Y" a part the corpus lacks does not veto the part it has', () => {
  it('GIVEN "THAAD or cocaine" THEN the cocaine sentence, and the answer says THAAD was ignored ("Nothing mentions THAAD" before)', () => {
    const answer = ask('did esper discuss THAAD or cocaine with colombia?');
    expect(answer.results[0]?.text).toContain('record seizures of cocaine');
    expect(answer.reading?.dropped).toEqual(['THAAD']);
  });
  it('GIVEN both parts unknown THEN nothing, as each vetoes by its own rules', () => {
    expect(ask('did esper discuss THAAD or hypersonics with colombia?').none).toBe(true);
  });
});

describe('name-run-typed: names are one person only when typed together', () => {
  it('GIVEN "austin talk about maritime security with kenya" THEN maritime security stays the topic (it went as office words before Kenya)', () => {
    const answer = ask('did austin talk about maritime security with kenya?');
    expect(answer.results[0]?.text).toContain('maritime security');
    expect(answer.results[0]?.text).toContain('five-year framework');
  });
  it('GIVEN an office before a person typed together ("secretary austin") THEN it still goes: a person is one topic', () => {
    expect(ask('what did secretary austin praise kenya for?').results[0]?.text).toContain('sacrifices of Kenyan troops');
  });
});

describe('alias-common-words: an alias in common nouns (HADR) is a topic where no readout names it so', () => {
  // Two invented readouts: one says "humanitarian relief … disasters", none "humanitarian assistance and disaster relief";
  // "assistance" is in three sentences, more than the small-corpus floor (DEFAULTS.reading.aliasWordsFloor).
  const dir = tempFolder({
    '001-austin-brazil.md': readoutMd(
      "Readout of Secretary of Defense Lloyd J. Austin III's Call With Brazilian Minister of Defense Jose Mucio",
      '2023-04-05',
      'Secretary of Defense Lloyd J. Austin III spoke by phone with Brazilian Minister of Defense Jose Mucio.\n\nSecretary Austin recognized the role of Brazilian military forces in humanitarian relief efforts after recent disasters in Turkiye and Chile.\n\nThe two leaders discussed security assistance and training.',
    ),
    '002-austin-angola.md': readoutMd(
      "Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Angolan President Joao Lourenco",
      '2023-09-27',
      'Secretary of Defense Lloyd J. Austin III met with Angolan President Joao Lourenco in Luanda today.\n\nThey agreed to prioritize security assistance, maritime security and cyber defense.\n\nSecretary Austin highlighted U.S. assistance to the Angolan Navy.',
    ),
  });
  const hadr = Engine.load(dir);
  const askHadr = (q: string) => hadr.answer({ command: 'ask', input: q });
  it('GIVEN "HADR" where the readout says "humanitarian relief … disasters" THEN that sentence ("Nothing mentions HADR" before)', () => {
    const answer = askHadr('did austin talk about HADR with brazil?');
    expect(answer.results[0]?.text).toContain('humanitarian relief efforts');
    // Its shortest spelling, "disaster relief" (acronyms.json), is what the sentence writes in other words.
    expect(answer.reading?.resolved).toContainEqual({ from: 'HADR', to: 'disaster relief' });
  });
  it('GIVEN a readout with only the generic word ("security assistance") THEN nothing: assistance alone is no HADR', () => {
    expect(askHadr('did austin talk about HADR with angola?').none).toBe(true);
  });
});

describe('lexicon-widen-fallback: a word the corpus has, but not the named readouts, is read through its close synonyms', () => {
  it('GIVEN "boats" where the Philippines readout says "vessels" THEN that sentence, and the answer says it widened', () => {
    // "boats" is in the corpus (the UAE readout's "explosive boats"), so the unknown-word widening never ran;
    // Work's readout writes "patrol vessels" and a teammate types "boats".
    const answer = ask('did work talk about boats for the philippine navy?');
    expect(answer.results[0]?.text).toContain('two refurbished patrol vessels');
    // Only what the named readout writes is noted: a synonym written elsewhere could not make it answer.
    expect(answer.reading?.widened).toEqual([{ word: 'boats', to: ['vessel'] }]);
  });
  it('GIVEN the named readout writes the word as typed THEN no widening: the typed word is read as it is', () => {
    const answer = ask('what did mattis say about the houthi boats?');
    expect(answer.results[0]?.text).toContain('explosive boats');
    expect(answer.reading).toBeUndefined();
  });
  it('GIVEN only distant relations (a hypernym, a derivation) THEN no widening: "budgets" is not any plan', () => {
    expect(ask('did work discuss budgets with the philippines?').reading?.widened ?? []).toEqual([]);
  });
});

describe('absent-topic: a word the named readouts never write is not answered by a sentence on something else', () => {
  it('GIVEN "Kenyan soldiers and cocaine" THEN nothing: the Kenya readout has troops, never cocaine (a false answer before)', () => {
    const answer = ask('what did austin say about kenyan soldiers and cocaine?');
    expect(answer.none).toBe(true);
    expect(answer.headline).toBe('No readout naming Kenyan and Austin mentions cocaine.');
  });
  it('GIVEN the same question without the absent word THEN it answers from that readout', () => {
    expect(top('what did austin say about kenyan troops?')).toContain('sacrifices of Kenyan troops');
  });
});

describe('said-verb-bonus: "what did X and Y agree?" ranks the sentence that says they agreed', () => {
  const final = Engine.load(resolve(import.meta.dirname, 'corpus-final'));
  it('GIVEN a say-verb that tells the kind of thing said THEN it is kept (a bonus), a plain "say" is not', () => {
    expect(readQuestion('what did mattis and jungmann agree?').sayWord).toBe('agree');
    expect(readQuestion('what did mattis say about haiti?').sayWord).toBeUndefined();
  });
  it('GIVEN "agree" with only names left THEN the sentence that says "agreed", not the opening', () => {
    // Before, the verb was read as "say" and the opening (who met whom) came first.
    const answer = final.answer({ command: 'ask', input: 'what did mattis and jungmann agree?' });
    expect(answer.results[0]?.text).toContain('agreed to establish a bilateral working group');
  });
});

describe('counterpart-service: a service word is the office only when an office word ends its run', () => {
  it('GIVEN "the Indian army chief" where Hicks met the Defence Secretary THEN nothing (a false answer before)', () => {
    expect(ask('what did hicks discuss with the indian army chief?').none).toBe(true);
    expect(ask('what did hicks discuss with the indian navy chief?').none).toBe(true);
  });
  it('GIVEN "the Philippine Navy" with no office word after it THEN the navy is the topic, not an office', () => {
    expect(ask('did work talk about boats for the philippine navy?').none).toBe(false);
  });
});

describe('counterpart-office: a counterpart the question names must be named by the readout', () => {
  it('GIVEN "the Kenyan foreign minister" where the readout is with the Cabinet Secretary for Defence THEN nothing', () => {
    expect(ask('what did austin discuss with the kenyan foreign minister?').none).toBe(true);
  });
  it('GIVEN the office the readout names THEN it answers', () => {
    expect(ask('what did austin discuss with the kenyan cabinet secretary?').results[0]?.text).toContain('Haiti');
  });
});

describe('surname-common-word: a person whose surname is a common word', () => {
  it('GIVEN timeline "work" THEN Bob Work’s readout, not the one that says "agreed to work toward"', () => {
    expect(lexicon.answer({ command: 'timeline', input: 'work' }).results.map((r) => r.doc)).toEqual(['402-work-gazmin-manila.md']);
  });
});

describe('headline facts', () => {
  it('fact-duration: GIVEN "how long has X existed?" THEN the years the readout states', () => {
    expect(ask('how long has the anzus treaty existed?').headline).toBe('65 years (the 65th anniversary) — July 20, 2016.');
    expect(durationPhrase('now in its eighth decade', null)).toBe('over 70 years (its eighth decade)');
    expect(durationPhrase('an alliance formed in 1951; since 1951 it has held', '2021-01-01')).toBe('70 years (since 1951)');
  });
  it('fact-ordinal: GIVEN "which round was it?" THEN the ordinal', () => {
    expect(ask('which round of the colombia dialogue was it?').headline).toBe('the third round — August 14, 2020.');
    expect(ordinalPhrase('following the 5th annual Djiboutian Bi-National Forum, to', 'forum')).toBe(
      'the 5th annual Djiboutian Bi-National Forum',
    );
  });
  it('fact-who-met: GIVEN "who did X call in <month year>?" THEN the opening, which names who was called', () => {
    const answer = ask('who did hegseth call in november 2025?');
    expect(answer.results[0]?.text).toBe(
      "Secretary of War Pete Hegseth spoke today with Saudi Arabia's Minister of Defense, His Royal Highness Prince Khalid bin Salman.",
    );
  });
  it('fact-where-city: GIVEN a place THEN the city ("at the Presidential Residence in Algiers" gives both; here "in Bogota")', () => {
    expect(ask('where did esper meet trujillo?').headline).toBe('Bogota — August 14, 2020.');
  });
  it('one-pronoun: GIVEN "the Djiboutian one" THEN "one" is no number', () => {
    expect(readQuestion('which annual forum was it, the djiboutian one?').focus).not.toMatch(/\bone\b/);
  });
});

describe('said-not-opening, said-names-stated, when-clause', () => {
  it('said-not-opening: GIVEN "what did X promise Y?" THEN a sentence of what was said, not the opening that says they spoke', () => {
    expect(top('what did esper promise colombia?')).toContain('pledged continued support');
  });
  it('said-names-stated: GIVEN "what did X thank Y for?" THEN the sentence that names Y itself', () => {
    expect(top('what did the secdef thank the new zealand minister for?')).toContain('thanked Minister Coleman');
  });
  it('when-clause: GIVEN "what did X welcome when he talked to Y?" THEN the verb asked is "welcome", with Y', () => {
    expect(readQuestion('what did hegseth welcome when he talked to khalid?').focus).toBe('what did hegseth welcome with khalid?');
    expect(top('what did hegseth welcome when he talked to khalid?')).toContain('welcomed the Kingdom');
  });
});

describe('the answer says how it read the question', () => {
  it('GIVEN notes THEN one short line', () => {
    expect(
      readingLine({
        dropped: ['hey bot can u'],
        widened: [{ word: 'jets', to: ['aircraft', 'plane'] }],
        resolved: [{ from: 'Kiwis', to: 'New Zealand' }],
      }),
    ).toBe("Read 'Kiwis' as New Zealand; widened 'jets' to aircraft/plane; ignored 'hey bot can u'.");
    expect(readingLine({ dropped: [], widened: [], resolved: [] })).toBeNull();
  });
  it('GIVEN a question read as typed THEN no reading in the answer', () => {
    expect(ask('what did hagel thank coleman for?').reading).toBeUndefined();
  });
  it('GIVEN the console THEN the line stands under the headline', () => {
    const text = renderAnswer(ask('what did hagel and the kiwis talk about? thx'));
    expect(text.split('\n').slice(0, 2)).toEqual([
      'What Hagel and the New Zealand discussed: 1 readout (2014-09-18).',
      "Read 'kiwis' as New Zealand; ignored 'thx'.",
    ]);
  });
});

describe('proper-noun-name: a word WordNet writes only capitalised is a name, typed in lower case or not', () => {
  it('GIVEN "who did austin meet in tokyo?" and no readout of Tokyo THEN nothing answers, naming tokyo', () => {
    // Read as English, "tokyo" was dropped and the question became "who did Austin meet?": a false answer.
    const answer = ask('who did austin meet in tokyo?');
    expect(answer.none).toBe(true);
    expect(answer.results).toEqual([]);
    expect(answer.headline).toBe('Nothing in 8 readouts mentions tokyo.');
  });
  it('GIVEN a reviewed common word ("need", "one") THEN it is still English, never a name', () => {
    // The review keeps such words out of widening; it must not make them names that veto or stay as topics.
    expect(unchat('fyi need the kenya one - what did austin praise?').dropped).toEqual(['fyi need the', 'one']);
  });
});

describe('capital-as-country: a capital the corpus never writes stands for its government', () => {
  it('GIVEN "tehran\'s militias" THEN Iran is read, and the Iranian-backed militias sentence answers', () => {
    const answer = ask("what did hegseth say about tehran's militias?");
    expect(answer.results[0]?.text).toBe(
      'Secretary Hegseth and Prince Khalid discussed the threat posed by Iranian-backed militias to shipping in the Red Sea and coordination with U.S. Central Command.',
    );
    expect(answer.reading?.resolved).toContainEqual({ from: 'tehran', to: 'Iran' });
  });
  it('GIVEN the capital after "in" THEN it is the city: absent, it vetoes', () => {
    // "who did hegseth meet in tehran?" is not answered by his call with the Saudi minister about Iran.
    const answer = ask('who did hegseth meet in tehran?');
    expect(answer.none).toBe(true);
    expect(answer.headline).toBe('Nothing in 8 readouts mentions tehran.');
  });
  it('GIVEN a capital the corpus writes, typed as a government ("washington\'s ties", "washington and tokyo") THEN its country too', () => {
    // "washington's ties with asean" read Washington as the city: only a readout written in Washington answered.
    const dir = tempFolder({
      'a.md': readoutMd(
        "Readout of Secretary Austin's Meeting With Japanese Minister Kihara",
        '2024-07-29',
        'Secretary Austin met with Japanese Minister of Defense Kihara Minoru in Tokyo.\n\nBoth officials reaffirmed the strategic alignment between the United States and Japan.',
      ),
      'b.md': readoutMd(
        "Readout of Secretary Austin's Meeting With Indian Minister Jaishankar",
        '2021-05-28',
        'Secretary Austin met with Indian Minister of External Affairs Jaishankar in Washington, D.C. today.',
      ),
    });
    const capitals = Engine.load(dir);
    const { value: answer, rules } = explained(() =>
      capitals.answer({ command: 'ask', input: 'did austin and kihara say washington and tokyo are strategically aligned?' }),
    );
    expect(answer.results[0]?.text).toBe('Both officials reaffirmed the strategic alignment between the United States and Japan.');
    expect(rules).toContain('capital-as-country');
    // After "in" it is the city, as written.
    expect(capitals.answer({ command: 'ask', input: 'who did austin meet in washington?' }).results[0]?.doc).toBe('b.md');
  });
});

describe('chat-context-clause: a clause set off before the question keeps only its names', () => {
  it('GIVEN "need the kenya one - what did …" THEN "need" and "one" go and Kenya stays as context', () => {
    expect(unchat('fyi need the kenya one - what did austin praise?')).toEqual({
      text: 'kenya what did austin praise?',
      dropped: ['fyi need the', 'one'],
    });
    expect(top('fyi need the kenya one - what did austin praise?')).toBe(
      'Secretary Austin praised the sacrifices of Kenyan troops serving with the African Union Transition Mission in Somalia against al-Shabaab.',
    );
  });
});

describe('name-run-typed: the speaker moved behind the focus has no office before it', () => {
  it('GIVEN "… the colombian army for? esper" THEN "army" is read (as military), not taken for Esper\'s office', () => {
    const answer = ask('what did esper praise the colombian army for?');
    expect(answer.reading?.widened).toContainEqual({ word: 'army', to: ['military'] });
    expect(answer.results[0]?.text).toContain('commended the Colombian military for record seizures of cocaine');
  });
});

describe('name-run-typed: no name runs across the "?" behind which the speaker is moved', () => {
  // Two real readouts (public domain): Mattis in Tel Aviv (test/fixtures/readouts, a copy of corpus-2's 310)
  // and Hegseth's call with Israel Katz (test/corpus-unseen5); together they made "israel" + "hegseth" a name.
  const israel = Engine.load(
    tempFolder({
      '310.md': readFileSync(resolve(import.meta.dirname, 'fixtures/readouts/310-mattis-israeli-leaders-telaviv.md')),
      '711.md': readFileSync(resolve(import.meta.dirname, 'corpus-unseen5/711-hegseth-katz-call.md')),
    }),
  );
  it('GIVEN "what did hegseth promise the israelis?" THEN Hegseth\'s readout only: "Israel Hegseth" is no person', () => {
    // Read "the israelis? hegseth", the two made one name and Hegseth was dropped: Mattis's sentence came first.
    const answer = israel.answer({ command: 'ask', input: 'what did hegseth promise the israelis?' });
    expect(answer.results.map((r) => r.date)).toEqual(['2025-03-03']);
    expect(answer.results[0]?.text).toMatch(
      /^The Secretary reaffirmed that the United States remains 100 percent committed to Israel's security/,
    );
  });
});

describe('own-office: the U.S. secretary\'s office is the speaker of a readout "of Secretary Mattis"', () => {
  // test/corpus-unseen5: the Mexico call (703) never writes "Secretary of Defense"; the Senegal call (709) is
  // by an acting under secretary.
  const unseen = testCorpusEngine('corpus-unseen5');
  it('GIVEN "did SecDef talk about the IADB with mexico?" THEN Yes, from the Mexico call ("No readout names SecDef and Mexico" before)', () => {
    const answer = unseen.answer({ command: 'ask', input: 'did SecDef talk about the IADB with mexico?' });
    expect(answer.headline).toBe('Yes — on February 7, 2017.');
    expect(answer.results[0]?.text).toContain('assume the presidency of the Inter American Defense Board in 2017');
  });
  it('GIVEN a readout by an under secretary THEN it is no readout of the SecDef', () => {
    const answer = unseen.answer({ command: 'ask', input: 'did the secdef talk with senegal?' });
    expect(answer.none).toBe(true);
  });
});

describe('chat-preamble, chat-aside, chat-meeting: requests, asides and chat verbs around the question', () => {
  it.each([
    // An auxiliary request before the wh-word ("r u" is "are you").
    ['hey r u able to find what shanahan told the somali PM abt al-shabaab', 'what did shanahan tell the somali PM about al-shabaab'],
    ['would u be able to tell me when hagel met coleman', 'when did hagel meet coleman'],
    // An aside of plain English closed by "but".
    ['sorry if dumb q but did kath hicks talk about china?', 'did kath hicks talk about china?'],
    ['not sure this is covered but who did austin meet in kuwait city?', 'who did austin meet in kuwait city?'],
    // Chat behind an aside is read once more; an aside may close before a noun phrase; the bot greeted by name.
    [
      'sorry if dumb q but hey r u able to find what mattis told the greek guy abt souda bay',
      'what did mattis tell the greek guy about souda bay',
    ],
    ['sorry if dumb q but latest readout on israel?', 'latest readout on israel?'],
    ['hello readout, hey r u able to find what hagel said?', 'what did hagel say?'],
    // A request with no wh-word after it, or opening with its verb.
    ['r u able to look up most recent meeting with australia', 'most recent meeting with australia'],
    ['could you find anything on the Shangri-La Dialogue', 'Shangri-La Dialogue'],
    // A chat phrase for a meeting or a call is the plain verb.
    ['did austin sit down with the kuwaiti emir?', 'did austin meet with the kuwaiti emir?'],
    ['who did hegseth hop on a call with in january 2025?', 'who did hegseth call in january 2025?'],
  ])('GIVEN %j THEN it reads %j', (input, text) => {
    expect(unchat(input).text).toBe(text);
  });
  it('GIVEN names before "but" THEN they are no aside: "hagel met coleman but what did they discuss" stays whole', () => {
    expect(unchat('hagel met coleman but what did they discuss').text).toBe('hagel met coleman but what did they discuss');
  });
});

describe('spelling-variant and counterpart-office: offices as teams type them (test/corpus-unseen6)', () => {
  const unseen = testCorpusEngine('corpus-unseen6');
  const askUnseen = (input: string) => unseen.answer({ command: 'ask', input, explain: true });
  it('GIVEN "the kuwaiti emir" where the readout says "the Amir of Kuwait" THEN Yes (WordNet: emir = amir)', () => {
    const answer = askUnseen('did austin sit down with the kuwaiti emir?');
    expect(answer.headline).toBe('Yes — on September 8, 2021.');
    expect(answer.explain?.map((r) => r.id)).toEqual(expect.arrayContaining(['spelling-variant', 'chat-meeting']));
  });
  it('GIVEN an office after a country and another counterpart after "with" THEN the office is a topic, not the counterpart', () => {
    // Over corpus-2's MBS call "the yemen envoy austin brought up w/ mbs" asked a readout whose opening names
    // "the yemen envoy"; without it selection must still hold the names (here, Lithuania's FM is after "with").
    expect(askUnseen('did the DepSecDef talk about ISIS with the lithuanian FM?').results[0]?.text).toContain(
      'the global coalition to counter ISIS',
    );
  });
});

describe("lexicon data of session 3: words readouts write for a team's words (test/corpus-unseen6)", () => {
  const unseen = testCorpusEngine('corpus-unseen6');
  const askUnseen = (input: string) => unseen.answer({ command: 'ask', input });
  it.each([
    // "handled the virus" is the readouts' "response to the COVID-19 pandemic" (wordnet-review.json).
    ['did esper praise bangladesh for how it handled the virus?', 'commended the Prime Minister for Bangladesh'],
    // "meddling" is DoD's "malign activities".
    ['did mattis and karoblis talk about russian meddling?', 'Russian malign activities'],
    // FATA is an acronym the readout spells out (acronyms.json).
    ['did the SecDef talk about FATA with pakistan?', 'Federally Administered Tribal Areas'],
  ])('GIVEN %j THEN the sentence with %j', (input, part) => {
    const answer = askUnseen(input);
    expect(answer.none).toBe(false);
    expect(answer.results[0]?.text).toContain(part);
  });
});

describe('category-noun: "what issues did X and Y discuss?" asks what they discussed', () => {
  it.each([
    ['what issues did hagel and coleman discuss?', { intent: 'said', speaker: 'hagel and coleman' }],
    // "look at" is a chat verb for discuss (chat.json meetings); "defense" before the noun stays the topic.
    ['what defense areas did esper and trujillo look at?', { intent: 'said', speaker: 'esper and trujillo', focus: 'defense?' }],
  ])('GIVEN %j THEN %j', (input, expected) => {
    expect(readQuestion(input)).toMatchObject(expected);
  });
  it('GIVEN the category noun over test/corpus-lexicon THEN the answer of "what did X and Y discuss?"', () => {
    expect(top('which topics did hicks and aramane go over?')).toBe(top('what did hicks and aramane discuss?'));
  });
  it('GIVEN "working on" THEN read as cooperating ("what is the US working on with X?")', () => {
    expect(unchat('what is the us working on with the senegalese?').text).toBe('what is the us cooperating on with the senegalese?');
  });
});

describe('lexicon data of session 3: died ~ killed (test/corpus-unseen9)', () => {
  it('GIVEN "the troops who died in syria" THEN Shanahan\'s thoughts for "those killed … in Manbij, Syria"', () => {
    const answer = testCorpusEngine('corpus-unseen9').answer({
      command: 'ask',
      input: 'did shanahan mention the troops who died in syria?',
    });
    expect(answer.headline).toBe('Yes — on January 16, 2019.');
    // Read as the idiom "who died" (phrases.json: lives lost, killed, fallen, sacrifices), which holds "killed".
    expect(answer.reading?.widened).toContainEqual({ word: 'who died', to: ['killed'] });
  });
});

describe('counter-compound: only a compound the corpus writes (test/corpus-lexicon)', () => {
  it('GIVEN "red" (of "the red sea") THEN no "counterred": its stem is the term of "counter"; KBS is Khalid bin Salman', () => {
    const answer = ask('did hegseth talk to kbs about the red sea?');
    expect(answer.headline).toBe('Yes — on November 10, 2025.');
    expect(answer.reading?.widened ?? []).toEqual([]);
    expect(answer.reading?.resolved).toContainEqual({ from: 'kbs', to: 'Khalid bin Salman' });
  });
});

describe('counter-compound and lexicon data of session 3 (test/corpus-unseen5, test/corpus-unseen7)', () => {
  const five = testCorpusEngine('corpus-unseen5');
  const seven = testCorpusEngine('corpus-unseen7');
  it('GIVEN "terrorism" where the readout says "expanding counterterrorism cooperation" THEN that sentence', () => {
    const answer = five.answer({ command: 'ask', input: 'did austin and wamalwa talk about terrorism?' });
    expect(answer.headline).toBe('Yes — on November 20, 2021.');
    expect(answer.results[0]?.text).toContain('expanding counterterrorism cooperation');
    expect(answer.reading?.widened).toContainEqual({ word: 'terrorism', to: ['counterterrorism'] });
  });
  it.each([
    // "backing Ukraine" is the readouts' "support" (wordnet-review.json).
    ['did austin thank denmark for backing ukraine?', 'Yes — on March 17, 2022.'],
    // DPAA spelled as the joint statement writes it (acronyms.json lists both spellings).
    ['did SecDef sign anything about DPAA with the indonesian MoD?', 'Yes — on October 16, 2020.'],
  ])('GIVEN %j THEN %j', (input, headline) => {
    expect(seven.answer({ command: 'ask', input }).headline).toBe(headline);
  });
  it('GIVEN "at the end of their meeting" THEN a filler phrase (chat.json), not the topic "end"', () => {
    expect(unchat('what did esper n ciuca sign at the end of their meeting pls').text).toBe('what did esper and ciuca sign their meeting');
  });
});

describe('session 3, held-back round: contractions, offices as typed, possessive offices (test/corpus-unseen6)', () => {
  const unseen = testCorpusEngine('corpus-unseen6');
  const askUnseen = (input: string) => unseen.answer({ command: 'ask', input });
  it('GIVEN "what\'d" THEN "what did" (chat.json expand): it was the topic ("Nothing … mentions what\'d")', () => {
    expect(unchat("sup, what'd mattis n bajwa say abt militants").text).toBe('what did mattis and bajwa say about militants');
  });
  it('GIVEN "the jordanian general" where the readout writes "Lt. Gen. Freihat" THEN that readout (offices.json abbreviations)', () => {
    // Two invented readouts: "general" is a corpus word (the UN General Assembly), but the Jordan readout's head
    // writes only "Gen.": the office was not in its head, so "No readout names Jordanian's general …".
    const folder = tempFolder({
      'jordan.md': readoutMd(
        "Readout of Secretary Mattis' Meeting with Jordanian Chairman of the Joint Chiefs of Staff Lt. Gen. Mahmoud Freihat",
        '2017-08-21',
        'Secretary of Defense Jim Mattis met today with Jordanian Chairman of the Joint Chiefs of Staff Lt. Gen. Mahmoud Freihat.\n\nThey discussed border security and the campaign against ISIS.',
      ),
      'un.md': readoutMd(
        "Readout of Secretary Mattis' Meeting with Japanese Minister of Defense Itsunori Onodera",
        '2017-09-20',
        'Secretary of Defense Jim Mattis met with Minister Onodera on the margins of the UN General Assembly.',
      ),
    });
    const answer = Engine.load(folder).answer({
      command: 'ask',
      input: 'what did mattis and the jordanian general say about border security?',
    });
    expect(answer.results[0]?.text).toBe('They discussed border security and the campaign against ISIS.');
  });
  it("GIVEN \"somalia's president\" and only Djibouti's president met THEN nothing: the office's country must be the head's", () => {
    // Somalia is named further down ("the African Union Transition Mission in Somalia"): it answered "Yes" (false answer).
    const answer = askUnseen("did austin meet somalia's president in djibouti?");
    expect(answer.none).toBe(true);
    expect(askUnseen("did austin meet djibouti's president?").headline).toBe('Yes — on September 24, 2023.');
  });
  it('GIVEN "CT" where the readout writes "counter-terrorism" THEN Yes (counter-compound, both ways)', () => {
    const answer = askUnseen('did the SecDef discuss CT w/ sri lanka?');
    expect(answer.headline).toBe('Yes — on August 30, 2020.');
    expect(answer.results[0]?.text).toContain('counter-terrorism');
  });
  it('GIVEN "the NEO out of afghanistan" THEN the evacuation sentence (acronyms.json: NEO, looser spellings after the first)', () => {
    expect(askUnseen('did SecDef thank kuwait for the NEO out of afghanistan?').results[0]?.text).toContain('supporting the evacuation');
  });
});

describe('when-question nouns: "on what day …" asks when, "Day" is no name', () => {
  it.each([
    ['on what day did mattis call bajwa?', 'when did mattis call bajwa?', undefined],
    ['by what year will lithuania hit 2%?', 'when will lithuania hit 2%?', true],
  ])('GIVEN %j THEN the focus %j', (input, focus, year) => {
    const q = readQuestion(input);
    expect(q.intent).toBe('when');
    expect(q.focus).toBe(focus);
    expect(q.year).toBe(year);
  });
});

describe('counterpart-with (the meeting clause) and chat verbs: test/corpus-unseen8', () => {
  const unseen = testCorpusEngine('corpus-unseen8');
  const askUnseen = (input: string) => unseen.answer({ command: 'ask', input, explain: true });
  it('GIVEN "did austin ever speak with robert fico?" where the call with Kalinak was about the attempt on Fico THEN No', () => {
    // The opening names Fico after "to express his deep concern regarding": what the call was about, not with whom.
    // It answered "Yes — on May 15, 2024" (a false answer).
    const answer = askUnseen('did austin ever speak with robert fico?');
    expect(answer.none).toBe(true);
    expect(answer.headline).toBe('No. No readout is of a meeting or call with Fico.');
    expect(askUnseen('did austin speak with kalinak?').headline).toBe('Yes — on May 15, 2024.');
  });
  it('GIVEN "reach out to" and "got shot" THEN the call and its "assassination attempt" (chat.json, wordnet-review.json)', () => {
    const answer = askUnseen('omg did austin reach out to slovakia after fico got shot??');
    expect(answer.headline).toBe('Yes — on May 15, 2024.');
    expect(answer.results[0]?.text).toContain('heinous assassination attempt');
  });
  it('GIVEN "which round …?" where the readout says "the fourth iteration" THEN the fourth iteration', () => {
    expect(askUnseen('which round of the us-uk defense dialogue did hicks host?').headline).toBe('the fourth iteration — June 21, 2021.');
  });
});

describe('counterpart-office: the words of one office stand together (test/corpus-unseen6)', () => {
  const unseen = testCorpusEngine('corpus-unseen6');
  it('GIVEN "lithuania\'s defense minister" and Work\'s meeting with the Minister of Foreign Affairs THEN No', () => {
    // "Deputy Secretary of Defense Bob Work met with the Minister of Foreign Affairs of Lithuania": "defense" and
    // "minister" are both in the opening, but not as one office. It answered "Yes — on February 24, 2017".
    expect(unseen.answer({ command: 'ask', input: "did the depsecdef meet lithuania's defense minister?" }).none).toBe(true);
    expect(unseen.answer({ command: 'ask', input: "did the depsecdef meet lithuania's foreign minister?" }).headline).toBe(
      'Yes — on February 24, 2017.',
    );
  });
});

describe('visit-place: a place after "visit" is where the meeting was (test/corpus-unseen9, test/corpus-unseen5)', () => {
  it('GIVEN "did mattis visit baghdad?" THEN his Baghdad visit — Baghdad, a capital, is no person whose given name "visit" is', () => {
    // "visited Baghdad" in openings and "Prime Minister Abadi … Baghdad" made Baghdad read as a surname: "visit"
    // and "mattis" went as its given names, and Carter's Baghdad visits answered.
    const answer = testCorpusEngine('corpus-unseen9').answer({
      command: 'ask',
      input: 'did mattis visit baghdad?',
    });
    expect(answer.headline).toBe('Yes — on February 20, 2017.');
  });
  it('GIVEN "did hegseth visit panama?" where he only called Panama\'s minister THEN no visit', () => {
    // Two invented readouts: a call with Panama's minister, and a visit to Poland.
    const folder = tempFolder({
      'call.md': readoutMd(
        "Readout of Secretary of Defense Pete Hegseth's Call With Panamanian Minister of Public Security Frank Abrego",
        '2025-02-04',
        'Secretary of Defense Pete Hegseth spoke today with Panamanian Minister of Public Security Frank Abrego.\n\nThey discussed security of the Panama Canal.',
      ),
      'visit.md': readoutMd(
        "Readout of Secretary of Defense Pete Hegseth's Meeting With Polish Minister of National Defense Wladyslaw Kosiniak-Kamysz",
        '2025-02-14',
        'Secretary of Defense Pete Hegseth visited Warsaw today and met Polish Minister of National Defense Wladyslaw Kosiniak-Kamysz.',
      ),
    });
    const answer = Engine.load(folder).answer({ command: 'ask', input: 'did hegseth visit panama?', explain: true });
    expect(answer.headline).toBe('No. No readout is of a visit to Panama.');
    expect(answer.explain?.map((r) => r.id)).toContain('visit-place');
  });
});

describe('absent-verb-drop and session-3 paraphrase data (the ninety-six readouts of the unseen folders are not all in the repo: test/corpus-unseen8)', () => {
  const unseen = testCorpusEngine('corpus-unseen8');
  it('GIVEN a verb the named readout never writes beside a noun it does ("how worried he was about the shooting") THEN answered', () => {
    // "worried" is the readouts' "deep concern" (wordnet-review.json), "shooting" their "assassination attempt".
    const answer = unseen.answer({
      command: 'ask',
      input: 'did austin tell kalinak how worried he was about the shooting of the slovak pm?',
    });
    expect(answer.headline).toBe('Yes — on May 15, 2024.');
    expect(answer.results[0]?.text).toContain('deep concern regarding the heinous assassination attempt');
  });
  it('GIVEN "to upgrade austria\'s military" where the readout says "further modernize Austria\'s armed forces" THEN that sentence', () => {
    const answer = unseen.answer({ command: 'ask', input: "did shanahan and kunasek agree to upgrade austria's military?" });
    expect(answer.none).toBe(false);
    expect(answer.results.map((r) => r.text).join(' ')).toContain("further modernize Austria's armed forces");
  });
  it('GIVEN "looking forward to" (a verb other readouts write, not this one) beside "recovery" THEN the recovery sentence', () => {
    const answer = unseen.answer({
      command: 'ask',
      input: "did austin tell kalinak he was looking forward to the prime minister's recovery?",
      explain: true,
    });
    expect(answer.results[0]?.text).toBe(
      "Secretary Austin extended his sympathies and best wishes for the Prime Minister's full and speedy recovery.",
    );
    expect(answer.explain?.map((r) => r.id)).toContain('absent-verb-drop');
  });
  it('GIVEN a verb that turns the sentence ("cancelling", "withdrawing") THEN never dropped: it is what was asked', () => {
    // questions.json turningVerbs: "cancelling the recovery" is not answered by the recovery sentence.
    expect(
      unseen.answer({ command: 'ask', input: "did austin and kalinak talk about cancelling the prime minister's recovery?" }).none,
    ).toBe(true);
    expect(isTurning('withdrawing')).toBe(true);
    expect(isTurning('cancelled')).toBe(true);
    expect(isTurning('clearing')).toBe(false);
  });
  it('GIVEN a verb with nothing else to state THEN still nothing (the certainty check of unknown-word-drop)', () => {
    expect(unseen.answer({ command: 'ask', input: 'did austin and kalinak talk about juggling?' }).none).toBe(true);
  });
});

describe('lexicon-widen-fallback: a verb also finds the noun readouts make of it (test/corpus-unseen9)', () => {
  const unseen = testCorpusEngine('corpus-unseen9');
  it('GIVEN "helps move american army convoys" where the readout says "supporting the movement of U.S. military convoys" THEN that sentence', () => {
    // "move" is a corpus word the Czech readout never writes; its close synonyms are no help, its noun is.
    const answer = unseen.answer({ command: 'ask', input: 'did mattis say the czech republic helps move american army convoys?' });
    expect(answer.none).toBe(false);
    expect(answer.results[0]?.text).toContain('the movement of U.S. military convoys');
  });
  it('GIVEN "AFG" and "intel" THEN Afghanistan and intelligence (acronyms.json, chat.json)', () => {
    expect(unchat('any intel on that?').text).toBe('any intelligence on that?');
    const answer = unseen.answer({ command: 'ask', input: 'did the SecDef thank the czech MoD for their long-term commitment in AFG?' });
    expect(answer.results[0]?.text).toContain('long-term commitment in Afghanistan');
  });
});

describe('unknown-word-drop: never whom a meeting was with (test/corpus-lexicon)', () => {
  it('GIVEN "did the secdef meet the pope?" THEN nothing: the pope is the question, not a filler word', () => {
    // "pope" is English and no readout has it: it was dropped and "Yes" answered from any meeting (a false answer).
    const answer = ask('did the secdef meet the pope?');
    expect(answer.none).toBe(true);
    expect(answer.headline).toBe('No. Nothing in 8 readouts mentions pope.');
  });
});

describe('issue 20, fourth round: wording a team types that is no topic', () => {
  const unseen3 = testCorpusEngine('corpus-unseen3');
  const final = testCorpusEngine('corpus-final');
  const askOver = (engine: Engine, question: string) => explained(() => engine.answer({ command: 'ask', input: question }));
  const MUCIO_DISCUSSED =
    'The two leaders discussed the U.S.-Brazil bilateral defense agenda, including positive steps to deepen cooperation on regional and global issues, building on Brazil’s status as a major Non-NATO ally.';
  const LOUDIYI_PILOTS =
    "The two leaders discussed Morocco's purchase of F-16 fighter aircraft and the training of Royal Moroccan Armed Forces pilots.";

  it('rule chat-elongation: GIVEN "sooo … or nah" THEN the answer to the plain question, the stretched word noted as typed', () => {
    // "sooo" is "so" typed for emphasis: a word no dictionary knows, it was read as a name and vetoed.
    const { value: answer, rules } = askOver(unseen3, 'sooo what did austin n mucio discuss or nah');
    expect(answer.results[0]?.text).toBe(MUCIO_DISCUSSED);
    expect(answer.reading?.dropped).toEqual(['sooo', 'or nah']);
    expect(rules).toContain('chat-elongation');
    // A stretched English word is read as the word; cut to two letters when one makes no word ("cooool" is cool).
    expect(unchat('what did austin say about the deeeal').text).toBe('what did austin say about the deal');
    expect(unchat('what did austin say about the cooool drones').text).toBe('what did austin say about the cool drones');
  });

  it('rule chat-dropped-g: GIVEN "workin" and "vs" THEN working and against; a name in -in ("Putin", "Austin") stays', () => {
    // "workin" is no word, so it read as a name the corpus lacks and vetoed; "vs" likewise.
    expect(unchat('did austin n mucio keep workin together vs drug traffickers??').text).toBe(
      'did austin and mucio keep working together against drug traffickers?',
    );
    expect(unchat('what did austin say about putin').text).toBe('what did austin say about putin');
    const { value: answer, rules } = askOver(unseen3, 'did austin n mucio say they would keep workin together?');
    expect(answer.results[0]?.text).toMatch(/^The two leaders agreed to maintain an open dialogue and to work together/);
    expect(rules).toContain('chat-dropped-g');
  });

  it('rule manner-adverb-drop: GIVEN "sincerely reaffirm" THEN the sentence that reaffirms; the adverb is noted, never the missing topic', () => {
    // An -ly adverb says how it was said; absent from the corpus it vetoed as "Nothing mentions sincerely".
    const { value: answer, rules } = askOver(unseen3, 'did austin and mucio sincerely reaffirm their commitment?');
    expect(answer.headline).toBe('Yes — on April 7, 2023.');
    expect(answer.results[0]?.text).toMatch(/^During their conversation, the two leaders reaffirmed their mutual commitment/);
    expect(answer.reading?.dropped).toEqual(['sincerely']);
    expect(rules).toContain('manner-adverb-drop');
  });

  it('rule absent-verb-drop: GIVEN "keep" before a verb in -ing that the named readout lacks THEN it is grammar; "keep troops" is not', () => {
    // "keep working together" asks whether they will work together; the readout says "to work together".
    const { value: answer } = askOver(unseen3, 'did austin and mucio say they would keep working together?');
    expect(answer.results[0]?.text).toMatch(/^The two leaders agreed to maintain an open dialogue and to work together/);
    expect(answer.reading?.dropped).toEqual(['keep']);
  });

  it('rule lexicon-verb-forms: GIVEN "keep up" THEN the phrasal verb WordNet lists (continue, maintain), not "keep"', () => {
    const { value: answer } = askOver(unseen3, 'did austin and mucio keep up their mutual commitment to the defense relationship?');
    expect(answer.results[0]?.text).toMatch(/^During their conversation, the two leaders reaffirmed their mutual commitment/);
    expect(answer.reading?.widened).toEqual([{ word: 'keep up', to: ['continue', 'maintain', 'sustain'] }]);
  });

  it('GIVEN "uses" THEN the verb, never the U.S. (Porter stems "use" to "us", the joined initials of U.S.)', () => {
    expect([term('uses'), term('used'), term('using'), term('us'), term('American')]).toEqual(['use', 'use', 'use', 'us', 'us']);
    expect(words('U.S. forces').map((w) => term(w.word))).toEqual(['us', 'forc']);
  });

  it('rule name-run-typed: GIVEN "kosiniak-kamysz at the pentagon" THEN a person and a place, never one name run', () => {
    // The run took "Pentagon" for the surname (the opening writes the name shortly before it) and dropped the
    // person: "when did austin host kosiniak-kamysz?" was answered from Austin's other readouts.
    expect(askOver(final, 'when did austin host kosiniak-kamysz at the pentagon?').value.none).toBe(true);
    expect(askOver(final, 'when did hegseth host kosiniak-kamysz at the pentagon?').value.headline).toBe('On October 15, 2025.');
  });

  it('rule lexicon-verb-forms: GIVEN a phrasal verb whose particle is a stop word ("shoring up") THEN the verb WordNet lists it as', () => {
    // "up" is no search term, so "shoring" stood alone: a noun the corpus lacks, which vetoed.
    const { value: answer } = askOver(unseen3, 'did austin and lourenco talk about shoring up ties?');
    expect(answer.results[0]?.text).toMatch(/^The two sides agreed to establish an annual high-level defense dialogue/);
    expect(answer.reading?.widened).toContainEqual({ word: 'shoring up', to: ['strengthen'] });
  });

  it('rule unknown-word-drop: GIVEN a thing the corpus lacks and the meeting\'s own words ("on that phone call") THEN nothing', () => {
    // "phone call" says which meeting, not what it was about: it no longer counts as a topic the answer covers.
    expect(askOver(unseen3, 'did austin and mucio discuss bananas on that phone call?').value.headline).toBe(
      'No. Nothing in 11 readouts mentions bananas.',
    );
  });

  it('rule wording-drop: GIVEN only names beside an adjective the corpus lacks THEN the adjective goes; alone it stays', () => {
    // "upfront" is how China should be; the question is about Austin, Múcio and what they did.
    const { value: answer } = askOver(unseen3, 'did austin and mucio candidly reaffirm anything upfront?');
    expect(answer.reading?.dropped).toContain('upfront');
  });

  it('rule chat-meeting: GIVEN "when healey came to the pentagon" of a meeting in London THEN no readout is of that visit', () => {
    // A false answer in the blind set qa-unseen20 (found after scoring it): "came to" was no visit, so the
    // Pentagon of the spokesperson's line let the London readout answer.
    const london = testCorpusEngine('corpus-unseen13');
    expect(london.answer({ command: 'ask', input: 'what did austin and healey discuss when healey came to the pentagon?' }).none).toBe(
      true,
    );
    expect(unchat('did gantz come to the pentagon?').text).toBe('did gantz visit the pentagon?');
  });

  it('GIVEN a question without its "?" that ends in a whole English word ("up north") THEN the answer with it', () => {
    // A last word with no "?" after it was completed as unfinished ("north" → northern …), so the question mark
    // changed the answer.
    const unseen8 = testCorpusEngine('corpus-unseen8');
    const q = 'did mattis and the aussies recommit to the force posture initiatives up north';
    const flat = unseen8.answer({ command: 'ask', input: q });
    const marked = unseen8.answer({ command: 'ask', input: `${q}?` });
    expect([flat.headline, flat.none]).toEqual([marked.headline, marked.none]);
  });

  it('rule chat-words: GIVEN "on the margins of the SCC" THEN the occasion, not the word "margins"', () => {
    // "margins" is no topic; SCC is the Security Consultative Committee (data/lexicon/acronyms.json).
    expect(unchat('did mattis meet onodera on the margins of the SCC?').text).toBe('did mattis meet onodera the SCC?');
  });

  it('rule borrowed-capital: GIVEN "the sea border" where readouts write "Sea" only in "Red Sea" THEN the word; "the red sea" stays a name', () => {
    // "Sea" took its capital from names, so a lower-case "sea" was read as a name the meeting's readout lacks.
    const gantz = testCorpusEngine('corpus-unseen13');
    const { value: answer, rules } = explained(() =>
      gantz.answer({ command: 'ask', input: 'did austin and gantz talk about the sea border with lebanon?' }),
    );
    expect(answer.headline).toBe('Yes — on November 2, 2022.');
    expect(answer.results[0]?.text).toMatch(
      /^Secretary Austin congratulated Minister Gantz on the conclusion of an agreement resolving the maritime/,
    );
    expect(rules).toContain('borrowed-capital');
    expect(gantz.answer({ command: 'ask', input: 'did austin and gantz talk about the red sea?' }).none).toBe(true);
  });

  it('rule lexicon-acronym: GIVEN office acronyms of national defense (MND, SND) and "props" THEN the offices and praise', () => {
    // "the philippine SND" is its Secretary of National Defense; "give india props" is praise.
    expect(acronymReadings('snd')[0]).toBe('Secretary of National Defense');
    expect(acronymReadings('mnd')[0]).toBe('Minister of National Defense');
    expect(unchat('did austin give india props for its leadership').text).toBe('did austin give india praise for its leadership');
  });

  it('rule name-part-english: GIVEN an English word the corpus lacks before a demonym THEN it is dropped or widened, not a name part', () => {
    // "Scarborough Shoal" is a name before a name; "schooling moroccan pilots" is a verb before one.
    const { value: answer, rules } = askOver(final, 'did austin and loudiyi discuss schooling moroccan pilots?');
    expect(answer.headline).toBe('Yes — on June 20, 2022.');
    expect(answer.results[0]?.text).toBe(LOUDIYI_PILOTS);
    expect(rules).toContain('name-part-english');
    // A word that is no English word before the name still is one, and the corpus lacking it vetoes.
    expect(askOver(final, 'did austin and loudiyi talk about upskilling moroccan pilots?').value.headline).toBe(
      'No. Nothing in 6 readouts mentions upskilling.',
    );
  });

  it('rule chat-words: GIVEN a pronoun contraction ("they\'d") THEN it is read as its words, never a name', () => {
    // "theyd" is no word, so it read as a name the corpus lacks and vetoed the question.
    expect(unchat("did austin and mucio say they'd work together?").text).toBe('did austin and mucio say they would work together?');
    const { value: answer } = askOver(unseen3, "did austin and mucio say they'd work together?");
    expect(answer.results[0]?.text).toMatch(/^The two leaders agreed to maintain an open dialogue and to work together/);
  });

  it('rule lexicon-nickname: GIVEN a given name only the title writes ("Ine Eriksen Søreide") and ASCII for ø THEN the person', () => {
    // The readout's sentences say "Minister Søreide"; a teammate types "ine soreide". Both the ø (fold) and
    // the given name written only in the title used to veto.
    expect(fold('Søreide, Łukasz, Straße, Ærø')).toBe('Soreide, Lukasz, Strasse, Aero');
    const { value: answer } = askOver(unseen3, 'what did mattis and ine soreide discuss?');
    expect(answer.headline).toBe('What Mattis and Soreide discussed: 1 readout (2017-02-17).');
    expect(answer.results[0]?.doc).toBe('604-mattis-soreide-munich.md');
  });

  it('rule wording-drop: GIVEN an adjective the corpus lacks ("frank") THEN the sentence on the rest; a noun it lacks ("bananas") still answers nothing', () => {
    // "frank" is how the dialogue was described, not what was discussed: it used to answer "Nothing … mentions frank".
    const { value: answer, rules } = askOver(unseen3, 'did austin and mucio agree on a frank and regular dialogue?');
    expect(answer.headline).toBe('Yes — on April 7, 2023.');
    expect(answer.results[0]?.text).toMatch(/^The two leaders agreed to maintain an open dialogue/);
    // "regular" grades the dialogue as "frank" does; "nuclear talks" or "hypersonic missiles" name a kind (a pertainym).
    expect(answer.reading?.dropped).toEqual(['frank', 'regular']);
    expect(rules).toContain('wording-drop');
    // A thing the readouts never mention is the point of the question.
    expect(askOver(final, 'did austin and loudiyi talk about moroccan bananas?').value.headline).toBe(
      'No. Nothing in 6 readouts mentions bananas.',
    );
  });

  it('rule lexicon-widen-fallback: GIVEN a reviewed readout-register synonym the named readout writes THEN its sentence', () => {
    // "instructing pilots" is the readout's "training of … pilots" (data/lexicon/wordnet-review.json).
    const { value: answer } = askOver(final, 'did austin and loudiyi talk about instructing moroccan pilots?');
    expect(answer.results[0]?.text).toBe(LOUDIYI_PILOTS);
    expect(answer.reading?.widened).toEqual([{ word: 'instructing', to: ['train'] }]);
  });

  it('rule verb-after-subject: GIVEN a lower-case word after "did <name>" THEN it is the verb: never a name, never the topic', () => {
    // The corpus writes "Work" as Bob Work's surname, so "did hicks work with aramane …" read "work" as a name the
    // Hicks readout lacks; "did bob work meet gazmin" still is Bob Work.
    const { value: answer, rules } = explained(() =>
      lexicon.answer({ command: 'ask', input: 'did hicks work with aramane on jet engines?' }),
    );
    expect(answer.headline).toBe('Yes — on February 9, 2023.');
    expect(answer.results[0]?.text).toMatch(/^Deputy Secretary Hicks and Secretary Aramane discussed co-production of jet engines/);
    expect(rules).toContain('verb-after-subject');
    expect(lexicon.answer({ command: 'ask', input: 'did bob work meet gazmin in manila?' }).results[0]?.text).toBe(
      'Deputy Secretary of Defense Robert O. Work met with Philippine Secretary of National Defense Voltaire Gazmin in Manila today.',
    );
    // The verb says what was done, not what about: a sentence on working together is no "Yes" to bananas.
    expect(lexicon.answer({ command: 'ask', input: 'did hicks work with aramane on bananas?' }).headline).toBe(
      'No. Nothing in 8 readouts mentions bananas.',
    );
  });

  it('rule fact-which-name: GIVEN "which countries" THEN the countries as the sentence writes them, in an English list', () => {
    // The headline read "Türkiye, Chile": a spelling the readout does not use and a list no one writes.
    const { value: answer, rules } = askOver(unseen3, 'which countries did austin say brazilian forces helped after disasters?');
    expect(answer.headline).toBe('Turkiye and Chile — April 7, 2023.');
    expect(answer.results[0]?.doc).toBe('609-austin-mucio-call.md');
    expect(rules).toContain('fact-which-name');
    expect(listed(['Norway', 'Sweden', 'Finland'])).toBe('Norway, Sweden and Finland');
  });

  it("rule lexicon-idiom: GIVEN an everyday idiom THEN it is read whole as the readouts' words; one they lack is dropped; one they write is literal", () => {
    // "pat", "back", "loop" one by one were names or topics the corpus lacks, and vetoed the question.
    const idioms = oneReadout(
      "Readout of Secretary Austin's Call With Norwegian Minister Gram",
      '2023-05-02',
      "Secretary Austin commended Minister Gram for Norway's steadfast contributions to burden sharing in NATO.\n\nSecretary Austin said the United States will stand with Norway in the High North.\n\nThe two leaders discussed Arctic security.",
    );
    const q = (question: string) => explained(() => idioms.answer({ command: 'ask', input: question }));
    const { value: pat, rules } = q('did austin give norway a pat on the back for pulling its weight?');
    expect(pat.results[0]?.text).toBe(
      "Secretary Austin commended Minister Gram for Norway's steadfast contributions to burden sharing in NATO.",
    );
    expect(pat.reading?.widened).toEqual([
      { word: 'pat on the back', to: ['commend'] },
      { word: 'pulling its weight', to: ['burden sharing', 'contributions'] },
    ]);
    expect(rules).toContain('lexicon-idiom');
    // An idiom whose readings no readout writes is dropped and said, never a veto.
    const { value: loop } = q('did austin keep gram in the loop on arctic security?');
    expect(loop.results[0]?.text).toBe('The two leaders discussed Arctic security.');
    expect(loop.reading?.dropped).toEqual(['in the loop', 'keep']);
    // A content word the readouts write is read as typed, beside the register words: "stand with" is stand too.
    const { value: stand } = q('will the us stand with norway in the high north?');
    expect(stand.results[0]?.text).toBe('Secretary Austin said the United States will stand with Norway in the High North.');
    expect(stand.reading?.widened).toEqual([{ word: 'stand with', to: ['stand'] }]);
  });

  it('rule office-chat: GIVEN "defense chief" and a demonym of a country of two words THEN the Minister of Defence\'s readout', () => {
    // "the kiwi defense chief": "chief" is chat for the minister, and "kiwi" is New Zealand, whose name no term
    // list holds — both answered "No readout names Hagel and New Zealand's defense chief together".
    const { value: answer, rules } = explained(() => lexicon.answer({ command: 'ask', input: 'did hagel call the kiwi defense chief?' }));
    expect(answer.headline).toBe('Yes — on September 18, 2014.');
    expect(answer.results[0]?.doc).toBe('401-hagel-coleman-call.md');
    expect(rules).toContain('office-chat');
    // The office still selects: New Zealand's foreign minister is not the man Hagel called.
    expect(lexicon.answer({ command: 'ask', input: 'did hagel call the kiwi foreign minister?' }).headline).toBe(
      "No. No readout names Hagel and New Zealand's foreign minister together.",
    );
  });

  it('rule borrowed-capital: GIVEN a lower-case word the corpus capitalises only as a name\'s head ("United States") THEN a word', () => {
    // "keep the alliance united" read "united" as the name United, which the Gram call lacks: a veto. The
    // grammar verb before an adjective ("keep … united") is dropped as "keep talking" is (rule absent-verb-drop).
    const dir = tempFolder({
      'a.md': readoutMd(
        "Readout of Secretary Austin's Call With Norwegian Minister Gram",
        '2023-05-02',
        'Secretary Austin spoke with Norwegian Minister of Defence Bjørn Arild Gram today.\n\nThe two leaders agreed that the unity of the alliance is essential to deter Russia.',
      ),
      'b.md': readoutMd(
        "Readout of Secretary Austin's Meeting With Danish Minister Poulsen",
        '2023-06-02',
        'Secretary Austin met with Danish Minister of Defence Troels Lund Poulsen at the Pentagon.\n\nThe United States and Denmark reaffirmed their commitment to NATO.\n\nSecretary Austin thanked Minister Poulsen for hosting United States forces.',
      ),
    });
    const heads = Engine.load(dir);
    const { value: answer, rules } = explained(() =>
      heads.answer({ command: 'ask', input: 'did austin and gram say they would keep the alliance united?' }),
    );
    expect(answer.headline).toBe('Yes — on May 2, 2023.');
    expect(answer.results[0]?.text).toBe('The two leaders agreed that the unity of the alliance is essential to deter Russia.');
    expect(answer.reading?.widened).toEqual([{ word: 'united', to: ['unity'] }]);
    expect(rules).toContain('borrowed-capital');
    // Typed as the name, it is the name.
    expect(heads.answer({ command: 'ask', input: 'did austin and poulsen talk about the united states?' }).results[0]?.text).toBe(
      'Secretary Austin thanked Minister Poulsen for hosting United States forces.',
    );
  });

  it('rule filler-weight: GIVEN an unknown name right before a topic noun ("the rafah crossing") THEN it says which one: a veto', () => {
    // "did austin and gallant talk about the rafah crossing?" answered Yes from "cross-border attacks": the name
    // weighed as filler beside the rare "crossing". A place the lexicon knows still does ("the Kabul evacuation").
    const gallant = oneReadout(
      "Readout of Secretary Austin's Call With Israeli Minister Gallant",
      '2023-11-25',
      'Secretary Austin spoke with Israeli Minister of Defense Yoav Gallant.\n\nHe condemned the continued cross-border attacks from Lebanon into Israel.\n\nThey discussed the evacuation of civilians from the north.',
    );
    expect(gallant.answer({ command: 'ask', input: 'did austin and gallant talk about the rafah crossing?' }).headline).toBe(
      'No. Nothing in 1 readout mentions rafah.',
    );
    expect(gallant.answer({ command: 'ask', input: 'did austin and gallant talk about the beirut evacuation?' }).results[0]?.text).toBe(
      'They discussed the evacuation of civilians from the north.',
    );
  });

  it('rule unknown-key-veto: GIVEN an ordinal the corpus lacks ("the 100th birthday") THEN it vetoes as a number does', () => {
    // "did mattis congratulate luik on estonia's 100th birthday?" answered Yes from a thanks for defense spending:
    // "100th" was dropped as an unknown word and "birthday" with it.
    const luik = oneReadout(
      'Readout of Secretary Mattis Meeting With Estonian Minister Luik',
      '2018-03-07',
      "Secretary Mattis met with Estonian Minister of Defense Jüri Luik at the Pentagon.\n\nThe secretary thanked Luik for his country's commitment to defense spending.",
    );
    expect(luik.answer({ command: 'ask', input: "did mattis congratulate luik on estonia's 100th birthday as a country?" }).headline).toBe(
      'No. Nothing in 1 readout mentions 100th.',
    );
  });

  it('rule lexicon-acronym: GIVEN an acronym of several spellings THEN the one a sentence writes whole ("MDA")', () => {
    // MDA is the Missile Defense Agency and maritime domain awareness; every word of the first is somewhere in
    // a corpus, so it was chosen, and "expand MDA cooperation" answered nothing.
    const mda = oneReadout(
      'Readout of Secretary Mattis Meeting With Indonesian Minister Ryacudu',
      '2018-08-28',
      'Secretary Mattis met with Indonesian Minister of Defense Ryamizard Ryacudu.\n\nThey agreed to expand maritime domain awareness cooperation with regional partners.\n\nThey discussed the missile threat to the region.\n\nMattis praised the reforms of the defense agency.',
    );
    const answer = mda.answer({ command: 'ask', input: 'did mattis and ryacudu agree to expand MDA cooperation?' });
    expect(answer.results[0]?.text).toBe('They agreed to expand maritime domain awareness cooperation with regional partners.');
    expect(answer.reading?.resolved).toContainEqual({ from: 'MDA', to: 'maritime domain awareness' });
  });

  it('rule lexicon-widen: GIVEN a word whose synonym readouts write as two words ("ceasefire" → "cease fire") THEN that sentence', () => {
    // The reviewed synonym "cease-fire" is no single term and no alias, so "ceasefire" had nothing to widen to.
    const dir = tempFolder({
      'a.md': readoutMd(
        "Readout of Secretary Hagel's Call With Egyptian Minister Sobhy",
        '2014-09-20',
        "Secretary Hagel spoke with Egyptian Minister of Defense Sedki Sobhy.\n\nHagel thanked Sobhy for Egypt's role in brokering a cease fire to end the Gaza crisis.",
      ),
    });
    const { index } = Engine.load(dir);
    expect(index.surface(widenTarget(index, 'cease-fire', { phrases: true }) ?? -1)).toBe('cease');
    // Only a spelling one sentence writes whole: "fire minister" is in no sentence of the readout.
    expect(widenTarget(index, 'fire minister', { phrases: true })).toBeUndefined();
    expect(widenTarget(index, 'cease-fire')).toBeUndefined();
  });

  it('rule absent-verb-drop: GIVEN the verb after the subject leading to another ("plan to consult") THEN it goes; "go to X" stays', () => {
    // "did mattis and pinotti plan to …" answered "No readout … mentions plan": the readout says "pledged".
    const pinotti = oneReadout(
      "Readout of Secretary Mattis's Call With Italian Minister Pinotti",
      '2017-01-30',
      'Secretary Mattis spoke by phone with Italian Minister of Defense Roberta Pinotti.\n\nBoth he and the minister pledged to consult further at the upcoming NATO defense ministerial in February.',
    );
    const answer = pinotti.answer({ command: 'ask', input: 'did mattis and pinotti plan to consult at the nato ministerial?' });
    expect(answer.results[0]?.text).toBe(
      'Both he and the minister pledged to consult further at the upcoming NATO defense ministerial in February.',
    );
    expect(answer.reading?.dropped).toContain('plan');
    // Going somewhere is the question: no readout of this corpus has Mattis go to Italy.
    expect(pinotti.answer({ command: 'ask', input: 'did mattis go to italy to meet pinotti?' }).none).toBe(true);
  });

  it('rule counterpart-with: GIVEN a news summary whose opening says only "his Malaysian counterpart" THEN the next sentence names him', () => {
    // "…'s call with hishammuddin" answered "No readout names Hagel and Hishammuddin together": the summary names
    // him in its second sentence.
    const dir = tempFolder({
      'a.md': readoutMd(
        'Hagel Underscores Importance of U.S.-Malaysia Relationship',
        '2014-10-29',
        "WASHINGTON, Oct. 29, 2014 – In a phone conversation with his Malaysian counterpart today, Defense Secretary Chuck Hagel underscored the importance of the relationship.\n\nKirby said Hagel and Defense Minister Hishammuddin Tun Hussein discussed several security issues.\n\nThe two leaders also discussed Malaysia's upcoming chairmanship of ASEAN.",
      ),
      'b.md': readoutMd(
        "Readout of Secretary Hagel's Meeting With Japanese Minister Onodera",
        '2014-07-11',
        'Secretary Hagel met with his Japanese counterpart, Minister Itsunori Onodera, at the Pentagon.\n\nThe leaders discussed North Korea and the alliance.',
      ),
    });
    const news = Engine.load(dir);
    expect(news.answer({ command: 'ask', input: "what came up in hagel's call with hishammuddin about asean?" }).results[0]?.text).toBe(
      "The two leaders also discussed Malaysia's upcoming chairmanship of ASEAN.",
    );
    // A second sentence that names no one by office is no part of the head: North Korea is what they discussed.
    expect(news.answer({ command: 'ask', input: 'what did hagel discuss in his call with north korea?' }).none).toBe(true);
  });
});
