/**
 * Rule `closest-in-named` (src/answer/answering/closest.ts): after every reading found nothing sure, the
 * readout the question's names select may offer its closest sentence, said to be a partial match — and
 * never where the question names something the corpus lacks. Invented readouts, and test/corpus-lexicon.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { Engine } from '../src/engine/engine.ts';
import { explained } from '../src/answer/explain.ts';
import { readoutMd } from './support/tmp.ts';
import { readoutsEngine } from './support/fixtures.ts';

const ISLAMABAD = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Pakistani Prime Minister Omar Qadir",
  '2019-03-04',
  [
    'Secretary of Defense Pat Smithers met with Pakistani Prime Minister Omar Qadir in Islamabad today.',
    '',
    'Smithers also reiterated that Pakistan must redouble its efforts to confront militants and terrorists operating within the country.',
    '',
    "Qadir briefed the Secretary on Pakistan's plan to raise defense spending by 2026.",
    '',
    'The two leaders agreed to stay in close contact.',
  ].join('\n'),
);
const LISBON = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Call With Portuguese Minister of Defense Ana Lima",
  '2019-05-10',
  [
    'Secretary of Defense Pat Smithers spoke by phone with Portuguese Minister of Defense Ana Lima.',
    '',
    "The Secretary thanked Minister Lima for Portugal's contributions to maritime security in the Atlantic.",
    '',
    'The two leaders discussed the security situation in the Sahel and the training of U.S. forces on Portuguese soil.',
    '',
    'Minister Lima invited the Secretary to the summit Portugal will host in the fall.',
  ].join('\n'),
);
const engine = readoutsEngine(ISLAMABAD, LISBON);

function ask(input: string, over: Engine = engine) {
  const { value, rules } = explained(() => over.answer({ command: 'ask', input }));
  return { headline: value.headline, none: value.none, texts: value.results.map((r) => r.text), rules };
}

describe("closest-in-named: the named readout's closest sentence, said to be partial", () => {
  it('GIVEN a paraphrase no reading matches surely THEN the sentence that states part of it, as "Possibly", never "Yes"', () => {
    // Team words for the readout's thought: every sure reading refused it, though the one Qadir readout says it.
    const { headline, texts, rules } = ask('did smithers tell qadir it has to double down on going after militants on its own soil?');
    expect(headline).toBe('Possibly (a partial match) — on March 4, 2019.');
    expect(texts[0]).toBe(
      'Smithers also reiterated that Pakistan must redouble its efforts to confront militants and terrorists operating within the country.',
    );
    expect(rules).toContain('closest-in-named');
  });
});

describe('closest-in-named: silent where the question names what the corpus lacks', () => {
  it('GIVEN a name no readout has THEN nothing, however close the rest', () => {
    // "the missing ara san juan submarine", "retaking marawi": the none questions of every set are asked so.
    const { none, texts, rules } = ask('did smithers congratulate qadir on the army retaking marawi from the militants?');
    expect(none).toBe(true);
    expect(texts).toEqual([]);
    expect(rules).not.toContain('closest-in-named');
  });

  it('GIVEN a dropped word that leaves only a widened one THEN nothing: the dropped word was the topic', () => {
    const { headline, none, rules } = ask('did smithers and lima chat about whaling?');
    expect(headline).toBe('No. Nothing in 2 readouts mentions whaling.');
    expect(none).toBe(true);
    expect(rules).not.toContain('closest-in-named');
  });

  it('GIVEN a topic only another readout writes THEN nothing: the named readout states no part of it', () => {
    const { none, rules } = ask('did smithers and lima talk about militants?');
    expect(none).toBe(true);
    expect(rules).not.toContain('closest-in-named');
  });
});

describe('closest-in-named: only where the sentence is the answer', () => {
  it('GIVEN a who-question THEN no guess: its headline would state a person the sentence does not give for it', () => {
    const { none, rules } = ask('who will host the 2026 summit with qadir?');
    expect(none).toBe(true);
    expect(rules).not.toContain('closest-in-named');
  });
});

describe('closest-in-named: the refusals it leaves standing', () => {
  const lexicon = Engine.load(resolve(import.meta.dirname, 'corpus-lexicon'));
  it('GIVEN a topic word the named readout never writes beside a sentence stating only synonyms THEN absent-topic stands', () => {
    // "kenyan soldiers and cocaine": the Kenya readout praises Kenyan troops and never names cocaine.
    const { value, rules } = explained(() =>
      lexicon.answer({ command: 'ask', input: 'what did austin say about kenyan soldiers and cocaine?' }),
    );
    expect(value.headline).toBe('No readout naming Kenyan and Austin mentions cocaine.');
    expect(rules).not.toContain('closest-in-named');
  });
  it('GIVEN the verb typed after the subject as the only word the sentence states THEN nothing: it says what was done, not what about', () => {
    const { value, rules } = explained(() => lexicon.answer({ command: 'ask', input: 'did hicks work with aramane on bananas?' }));
    expect(value.headline).toBe('No. Nothing in 8 readouts mentions bananas.');
    expect(rules).not.toContain('closest-in-named');
  });
});
