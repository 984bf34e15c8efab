/**
 * Issue 20, tenth round: readings found on new team questions over new readouts, each with the reason it exists.
 * Invented readouts; the questions are our own, not the eval sets'.
 */
import { readoutMd } from './support/tmp.ts';
import { readoutsEngine } from './support/fixtures.ts';
import { headlineCases } from './support/asked.ts';

const BERLIN = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With German Minister of Defense Eva Brandt",
  '2022-02-16',
  [
    'Secretary of Defense Pat Smithers met with German Minister of Defense Eva Brandt in Brussels today.',
    '',
    'The leaders discussed defense procurements and security in the Indo-Pacific.',
    '',
    'Smithers said the United States stands with the people of Ukraine.',
  ].join('\n'),
);
// A readout that defines an acronym spelled like a region.
const DELHI = readoutMd(
  "Readout of Secretary of Defense Pat Smithers' Meeting With Indian Minister of External Affairs Ravi Rao",
  '2025-07-01',
  [
    'Secretary of Defense Pat Smithers met with Indian Minister of External Affairs Ravi Rao at the Pentagon today.',
    '',
    'They welcomed the launch of the Autonomous Systems Industry Alliance (ASIA).',
  ].join('\n'),
);

const engine = readoutsEngine(BERLIN, DELHI);

headlineCases('issue 20, tenth round: readings', engine, [
  {
    question: 'did smithers and brandt talk about arms buying and security out in asia?',
    headline: 'Yes — on February 16, 2022.',
    rule: 'place-not-acronym',
    why: 'one readout defines "Autonomous Systems Industry Alliance (ASIA)": before, "asia" was read as that acronym only, "No readout names Smithers and Brandt and ASIA together"',
  },
  {
    question: 'what did smithers and rao say about ASIA?',
    headline: 'Smithers and Rao on ASIA: 1 readout (2025-07-01).',
    ruleAbsent: 'place-not-acronym',
    why: 'typed in capitals it is the acronym the readout defines',
  },
  {
    question: 'did smithers tell brandt the us stands with the ukrainian people?',
    headline: 'Yes — on February 16, 2022.',
    ruleAbsent: 'place-not-acronym',
    why: 'an acronym of the place itself ("us", the United States) is that place already: read as the pronoun "us" it would name nothing',
  },
]);
