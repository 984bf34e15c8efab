/**
 * Which sentence a timeline cites for each readout (src/answer/ranking/timelinePick.ts):
 * the first mention of the topic, unless it names the topic without being
 * about it. Invented readouts, so each rule is seen on its own.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { explained } from '../src/answer/explain.ts';
import { readoutMd, tempFolder } from './support/tmp.ts';

const dir = tempFolder({
  'a-scope.md': readoutMd(
    'Readout of Secretary Smith Call With Philippine Secretary Cruz',
    '2024-01-10',
    [
      'Secretary Smith and Philippine Secretary of National Defense Ana Cruz spoke by phone today.',
      'Secretary Smith reiterated that the treaty covers both countries’ public vessels and aircraft anywhere in the Pacific, to include the South China Sea.',
      'They agreed to expand joint patrols in the South China Sea this year.',
    ].join(' '),
  ),
  'b-including-mid.md': readoutMd(
    'Readout of Secretary Smith Meeting With Korean Minister Park',
    '2024-02-10',
    [
      'Secretary Smith met with Republic of Korea Minister of National Defense Park Min today.',
      'They discussed the regional security environment, including North Korea’s latest missile launch, and agreed to consult closely.',
      'Secretary Smith condemned North Korea’s provocations.',
    ].join(' '),
  ),
  'c-purpose.md': readoutMd(
    'Readout of Secretary Smith Call With Japanese Minister Sato',
    '2024-03-10',
    [
      'Secretary Smith spoke today with Japanese Minister of Defense Ken Sato to discuss North Korea’s missile launch on March 9.',
      'Both condemned the launch.',
      'Secretary Smith reaffirmed that the commitment to defend Japan remains ironclad.',
    ].join(' '),
  ),
  'd-counterpart.md': readoutMd(
    'Readout of Secretary Smith Meeting With Japanese Minister Sato',
    '2024-04-10',
    [
      'Secretary Smith hosted Japanese Minister of Defense Ken Sato at the Pentagon to discuss the defense relationship.',
      'They reaffirmed the strength of the U.S.-Japan Alliance.',
    ].join(' '),
  ),
  'e-occasion.md': readoutMd(
    'Readout of Secretary Smith Meeting With Norwegian Minister Berg',
    '2024-05-10',
    [
      'Secretary Smith met with Norwegian Minister of Defence Ola Berg on the margins of the NATO Defence Ministerial to discuss security in the High North.',
      'Secretary Smith thanked Minister Berg for Norway’s donation of air defense systems.',
    ].join(' '),
  ),
  'f-only.md': readoutMd(
    'Readout of Secretary Smith Call With Japanese Minister Sato',
    '2024-06-10',
    'Secretary Smith spoke today with Japanese Minister of Defense Ken Sato to discuss North Korea’s nuclear test. Both condemned the test.',
  ),
});
const engine = Engine.load(dir);

function cited(topic: string): Record<string, string> {
  const answer = engine.answer({ command: 'timeline', input: topic });
  return Object.fromEntries(answer.results.map((r) => [r.doc, r.text]));
}

/** The ids of the rules that decided a timeline (what `--explain` lists). */
function rulesOf(topic: string): string[] {
  return explained(() => engine.answer({ command: 'timeline', input: topic })).rules;
}

describe('timeline: which mention each readout is cited by', () => {
  it('rule timeline-scope-list: GIVEN a first mention that only closes a scope list ("…, to include the South China Sea.") THEN the readout’s next mention: the topic as the place of what was done', () => {
    expect(cited('South China Sea')['a-scope.md']).toBe('They agreed to expand joint patrols in the South China Sea this year.');
    expect(rulesOf('South China Sea')).toEqual(['timeline-scope-list']);
  });

  it('rule timeline-scope-list: GIVEN "including X" in the middle of the sentence, as what was discussed THEN it stays the citation', () => {
    expect(cited('North Korea')['b-including-mid.md']).toBe(
      'They discussed the regional security environment, including North Korea’s latest missile launch, and agreed to consult closely.',
    );
  });

  it('rule timeline-counterpart-nationality: GIVEN an opening naming the topic only as the counterpart’s nationality, the call being "to discuss" another country THEN the sentence about the topic itself; for that other country the opening', () => {
    expect(cited('Japan')['c-purpose.md']).toBe('Secretary Smith reaffirmed that the commitment to defend Japan remains ironclad.');
    expect(rulesOf('Japan')).toEqual(['lexicon-demonym', 'timeline-counterpart-nationality']);
    expect(cited('North Korea')['c-purpose.md']).toBe(
      'Secretary Smith spoke today with Japanese Minister of Defense Ken Sato to discuss North Korea’s missile launch on March 9.',
    );
  });

  it('rule timeline-counterpart-nationality: GIVEN a word that reaches the topic by another table ("spoke" for a call), not a nationality before an office THEN the opening stays', () => {
    expect(cited('call')['c-purpose.md']).toBe(
      'Secretary Smith spoke today with Japanese Minister of Defense Ken Sato to discuss North Korea’s missile launch on March 9.',
    );
  });

  it('rule timeline-counterpart-nationality: GIVEN the counterpart’s nationality in an opening whose purpose names nothing else THEN the opening: the meeting is with that country', () => {
    expect(cited('Japan')['d-counterpart.md']).toBe(
      'Secretary Smith hosted Japanese Minister of Defense Ken Sato at the Pentagon to discuss the defense relationship.',
    );
  });

  it('rule timeline-counterpart-nationality: GIVEN another body named only as the occasion ("on the margins of the NATO Ministerial") THEN the opening stays', () => {
    expect(cited('Norway')['e-occasion.md']).toBe(
      'Secretary Smith met with Norwegian Minister of Defence Ola Berg on the margins of the NATO Defence Ministerial to discuss security in the High North.',
    );
  });

  it('rule timeline-counterpart-nationality: GIVEN a weak first mention and no other mention in the readout THEN the first mention stays: every listed readout keeps a citation', () => {
    expect(cited('Japan')['f-only.md']).toBe(
      'Secretary Smith spoke today with Japanese Minister of Defense Ken Sato to discuss North Korea’s nuclear test.',
    );
  });

  it('GIVEN a page of the timeline THEN its entries cite the same sentences as the whole timeline', () => {
    const whole = engine.answer({ command: 'timeline', input: 'Japan' });
    const page = engine.answer({ command: 'timeline', input: 'Japan', window: { page: 0, perPage: 2 } });
    expect(page.results).toEqual(whole.results.slice(0, 2));
    expect(page.results.map((r) => r.doc)).toEqual(['c-purpose.md', 'd-counterpart.md']);
  });
});
