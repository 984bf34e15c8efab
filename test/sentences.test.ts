import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../src/text/sentences.ts';

// Each case is one rule of the splitter (DESIGN.md explains them), in readout prose.
const cases: [rule: string, input: string, expected: string[]][] = [
  [
    'a middle initial is not a sentence end',
    'Secretary of Defense Lloyd J. Austin III met Minister Marles. They spoke at length.',
    ['Secretary of Defense Lloyd J. Austin III met Minister Marles.', 'They spoke at length.'],
  ],
  [
    'U.S. and U.N. before a name or noun continue the sentence',
    'He thanked the U.N. Command and U.S. Forces Korea for their work. Both agreed.',
    ['He thanked the U.N. Command and U.S. Forces Korea for their work.', 'Both agreed.'],
  ],
  [
    'U.S. before a sentence opener ends the sentence',
    'The ministers met in the U.S. The talks lasted two hours.',
    ['The ministers met in the U.S.', 'The talks lasted two hours.'],
  ],
  [
    'hyphenated U.S.-Japan has no space after the period',
    'They praised the U.S.-Japan Alliance. It is strong.',
    ['They praised the U.S.-Japan Alliance.', 'It is strong.'],
  ],
  [
    'ranks and titles always precede a name',
    'Lt. Gen. Kevin Schneider and Adm. John Aquilino briefed Dr. Kathleen Hicks. Sen. Reed attended.',
    ['Lt. Gen. Kevin Schneider and Adm. John Aquilino briefed Dr. Kathleen Hicks.', 'Sen. Reed attended.'],
  ],
  [
    'Jr. closes a name: a capital after it starts a new sentence',
    'Gilberto Teodoro Jr. spoke first. The call ended with Gilberto Teodoro Jr. Secretary Austin thanked him.',
    ['Gilberto Teodoro Jr. spoke first.', 'The call ended with Gilberto Teodoro Jr.', 'Secretary Austin thanked him.'],
  ],
  [
    'a hyphenated initialism before a capital continues the sentence',
    'They praised the India-U.S. Major Defense Partnership. It grows.',
    ['They praised the India-U.S. Major Defense Partnership.', 'It grows.'],
  ],
  [
    'a name that looks like a month ends its sentence',
    'Austin met Chinese Minister of National Defense Dong Jun. Secretary Austin raised Taiwan.',
    ['Austin met Chinese Minister of National Defense Dong Jun.', 'Secretary Austin raised Taiwan.'],
  ],
  [
    'No. before a number is an abbreviation',
    'Release No. 114 was issued. No. 2 followed. No decision was made.',
    ['Release No. 114 was issued.', 'No. 2 followed.', 'No decision was made.'],
  ],
  [
    'abbreviated months before a day',
    'They met on Sept. 5 and again on Dec. 4, 2017. Nothing else was said.',
    ['They met on Sept. 5 and again on Dec. 4, 2017.', 'Nothing else was said.'],
  ],
  [
    'a.m. and p.m. before a name continue, before an opener end',
    'At 9 a.m. Secretary Austin arrived. He left at 5 p.m. The visit was short.',
    ['At 9 a.m. Secretary Austin arrived.', 'He left at 5 p.m.', 'The visit was short.'],
  ],
  [
    'decimals and money do not split',
    'The package is worth $1.5 billion. It includes 2.75 million rounds.',
    ['The package is worth $1.5 billion.', 'It includes 2.75 million rounds.'],
  ],
  [
    'a quotation ending a sentence keeps its closing quote',
    '“Our alliance is ironclad.” The ministers agreed. He said, "We stand together." They parted.',
    ['“Our alliance is ironclad.”', 'The ministers agreed.', 'He said, "We stand together."', 'They parted.'],
  ],
  [
    'a question or exclamation before a capital ends a sentence',
    'What comes next? The ministers will meet again!  Nothing is settled.',
    ['What comes next?', 'The ministers will meet again!', 'Nothing is settled.'],
  ],
  [
    'periods inside parentheses that close later do not split',
    'Esper and Kono (Photo by Lt. Col. A. Smith. U.S. Army) met. They talked.',
    ['Esper and Kono (Photo by Lt. Col. A. Smith. U.S. Army) met.', 'They talked.'],
  ],
  [
    'a whole parenthesized sentence ends at its closing bracket',
    'The talks went well. (The readout was issued late.) Both sides agreed.',
    ['The talks went well.', '(The readout was issued late.)', 'Both sides agreed.'],
  ],
  [
    'an ellipsis before a capital ends a sentence; before lowercase it does not',
    'The talks were productive... He then left. They said the goal was... unclear.',
    ['The talks were productive...', 'He then left.', 'They said the goal was... unclear.'],
  ],
  [
    'e.g. and i.e. never end a sentence',
    'They discussed new domains, e.g. Space and cyber. Both agreed.',
    ['They discussed new domains, e.g. Space and cyber.', 'Both agreed.'],
  ],
  [
    'original characters are kept verbatim',
    'Coercive actions vis-à-vis Taiwan concern Japan’s minister. “Mateship” endures.',
    ['Coercive actions vis-à-vis Taiwan concern Japan’s minister.', '“Mateship” endures.'],
  ],
  [
    'a stray opening parenthesis does not glue the paragraph together',
    'The minister (acting spoke briefly. The Secretary agreed.',
    ['The minister (acting spoke briefly.', 'The Secretary agreed.'],
  ],
  [
    'a.m. or p.m. that closes a clause ends the sentence before a capital',
    'The call ended at 6 P.M. Secretary Austin then spoke with Minister Marles. At 10 a.m. Secretary Esper met Prime Minister Abe.',
    ['The call ended at 6 P.M.', 'Secretary Austin then spoke with Minister Marles.', 'At 10 a.m. Secretary Esper met Prime Minister Abe.'],
  ],
  [
    'a time zone or weekday after a.m. continues the sentence',
    'The briefing begins at 10 a.m. Eastern Time. It resumes at 9 a.m. Monday. They land at 8 a.m. Hawaii time.',
    ['The briefing begins at 10 a.m. Eastern Time.', 'It resumes at 9 a.m. Monday.', 'They land at 8 a.m. Hawaii time.'],
  ],
  [
    'U.S. and E.U. before a question word end the sentence',
    'The ministers met in the U.S. What comes next? Both visited the E.U. How long they stayed is unclear.',
    ['The ministers met in the U.S.', 'What comes next?', 'Both visited the E.U.', 'How long they stayed is unclear.'],
  ],
  [
    'an initial before a question word ends the sentence, before a name it does not',
    'We make a good team, you and I. Did Mark T. Esper agree? They met Albert I. Jones.',
    ['We make a good team, you and I.', 'Did Mark T. Esper agree?', 'They met Albert I. Jones.'],
  ],
  [
    'a numbered list: each item is a sentence, its number is not a sentence end',
    'The ministers agreed on three steps: 1. Expand joint exercises. 2. Deepen intelligence sharing 3. Increase port visits.',
    ['The ministers agreed on three steps:', '1. Expand joint exercises.', '2. Deepen intelligence sharing', '3. Increase port visits.'],
  ],
  [
    'a lettered list with parentheses',
    'They committed to: a) Strengthen deterrence b) Expand training. c) Meet again in June.',
    ['They committed to:', 'a) Strengthen deterrence', 'b) Expand training.', 'c) Meet again in June.'],
  ],
  [
    'an enumeration inside a sentence stays one sentence',
    'They agreed to (1) expand training and (2) deepen ties. They agreed to 1) expand training and 2) deepen ties.',
    ['They agreed to (1) expand training and (2) deepen ties.', 'They agreed to 1) expand training and 2) deepen ties.'],
  ],
  [
    'a number after a capitalised word is a name, not a list item',
    'The allies invoked Article 1. The Secretary noted Phase 2. They agreed.',
    ['The allies invoked Article 1.', 'The Secretary noted Phase 2.', 'They agreed.'],
  ],
  [
    'an item number opening a paragraph is not a sentence of its own',
    '2. The Secretary welcomed the agreement. It takes effect in 2025.',
    ['2. The Secretary welcomed the agreement.', 'It takes effect in 2025.'],
  ],
  [
    'spaced dots between words mark an omission, not a sentence end',
    'The statement read, "We will stand with Ukraine . . . Russia must withdraw." The call ended.',
    ['The statement read, "We will stand with Ukraine . . . Russia must withdraw."', 'The call ended.'],
  ],
  [
    'four spaced dots, or three after a word, end the sentence',
    'The readout was cut short . . . . The ministers left. The talks were productive. . . The two agreed.',
    ['The readout was cut short . . . .', 'The ministers left.', 'The talks were productive. . .', 'The two agreed.'],
  ],
  [
    'a parenthetical citation after a quotation belongs to its sentence',
    'Austin called the alliance "the cornerstone of peace." (Joint Statement, Aug. 29, 2020). The ministers agreed.',
    ['Austin called the alliance "the cornerstone of peace." (Joint Statement, Aug. 29, 2020).', 'The ministers agreed.'],
  ],
];

describe('splitSentences', () => {
  it.each(cases)('GIVEN %s THEN it splits as expected', (_rule, input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  it('GIVEN blank lines THEN each paragraph is split on its own, soft line breaks joined', () => {
    const text = 'The spokesman provided the following readout:\n\nSecretary Austin met\nMinister Kishi. They spoke.';
    expect(splitSentences(text)).toEqual([
      'The spokesman provided the following readout:',
      'Secretary Austin met Minister Kishi.',
      'They spoke.',
    ]);
    expect(splitParagraphs('a\r\n\r\n\r\nb\n  \nc')).toEqual(['a', 'b', 'c']);
  });

  it('GIVEN 10,000 characters of periods and initials THEN it finishes quickly', () => {
    const text = 'A. B. C. '.repeat(1200);
    const started = performance.now();
    expect(splitSentences(text).length).toBeGreaterThan(0);
    // A generous bound: this guards against quadratic scanning, not speed.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('GIVEN one paragraph of 40,000 short sentences (1.1 MB) THEN every one is found, quickly', () => {
    const text = 'They discussed many things. '.repeat(40_000);
    const started = performance.now();
    const sentences = splitSentences(text);
    // Quadratic scanning (a search back to the paragraph's start at every period) took over 10 s here.
    expect(performance.now() - started).toBeLessThan(3000);
    expect([sentences.length, sentences[0], sentences.at(-1)]).toEqual([
      40_000,
      'They discussed many things.',
      'They discussed many things.',
    ]);
  });
});
