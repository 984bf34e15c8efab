import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readScraped } from '../src/corpus/scraped.ts';
import { parseReadout } from '../src/corpus/readout.ts';

const TITLE = "Readout of Secretary of Defense Mark T. Esper's Meeting With Japanese Defense Minister Taro Kono";

describe('scraper debris', () => {
  it('GIVEN a stray "date … Log in" line THEN it is stripped and gives the date', () => {
    const r = readScraped(` date 2020-08-29 Log in\n${TITLE}\n\nOn August 29, they met in Guam.`);
    expect(r.title).toBe(TITLE);
    expect(r.date).toBe('2020-08-29');
    expect(r.dateSource).toBe('date line');
    expect(r.stripped).toEqual([{ kind: 'scraper line', text: 'date 2020-08-29 Log in' }]);
    expect(r.body).toBe('On August 29, they met in Guam.');
  });

  it('GIVEN a wire dateline line THEN it is stripped and gives the date', () => {
    const r = readScraped(`${TITLE}\n\n08/29/2020 | 06:05am EDT\n\nOn August 29, they met.`);
    expect(r.stripped).toEqual([{ kind: 'dateline', text: '08/29/2020 | 06:05am EDT' }]);
    expect([r.date, r.dateSource]).toEqual(['2020-08-29', 'dateline']);
    expect(r.body).toBe('On August 29, they met.');
  });

  it('GIVEN other dateline shapes THEN each is recognised', () => {
    for (const [line, date] of [
      ['Sept. 17, 2020', '2020-09-17'],
      ['Release No: NR-114-15 / April 08, 2015', '2015-04-08'],
      ['WASHINGTON, April 10, 2014', '2014-04-10'],
      ['Washington, July 11, 2022.-', '2022-07-11'],
    ] as const) {
      const r = readScraped(`Title\n${line}\nThe Secretary spoke today.`);
      expect([r.date, r.stripped[0]?.kind, r.body]).toEqual([date, 'dateline', 'The Secretary spoke today.']);
    }
  });

  it('GIVEN a body line that merely mentions a date THEN it is not a dateline', () => {
    const r = readScraped('Title\nThe alliance decided on July 7, 2016 to deploy THAAD.');
    expect(r.stripped).toEqual([]);
    expect(r.body).toBe('The alliance decided on July 7, 2016 to deploy THAAD.');
  });

  it('GIVEN a dateline opening the first paragraph THEN the prefix is stripped', () => {
    const r = readScraped('Title\n\nWASHINGTON, April 10, 2014 — Defense Secretary Chuck Hagel placed a call.');
    expect(r.body).toBe('Defense Secretary Chuck Hagel placed a call.');
    expect(r.stripped).toEqual([{ kind: 'dateline', text: 'WASHINGTON, April 10, 2014 —' }]);
    expect(r.date).toBe('2014-04-10');
  });

  it('GIVEN a photo caption and the title repeated above it THEN both are stripped', () => {
    const caption =
      'U.S. Secretary of Defense Mark T. Esper and Japanese Defense Minister Taro Kono at the Pentagon (Picture source: U.S. DoD/ Navy Petty Officer 2nd Class James K. Lee)';
    const r = readScraped(
      `U.S. and Japan reinforce defense links\n\nOn January 14, they met.\n\n\nU.S. and Japan reinforce defense links\n${caption}\n\n\nThey spoke.`,
    );
    expect(r.title).toBe('U.S. and Japan reinforce defense links');
    expect(r.stripped).toEqual([
      { kind: 'caption', text: caption },
      { kind: 'repeated title', text: 'U.S. and Japan reinforce defense links' },
    ]);
    expect(r.body).toBe('On January 14, they met.\n\nThey spoke.');
  });

  it('GIVEN a sentence that ends before a parenthesis THEN it is not taken for a caption', () => {
    const r = readScraped('Title\nThe two leaders met. (Photo by Sgt. Lee)\nThey spoke.');
    expect(r.stripped).toEqual([]);
  });

  it('GIVEN the distributor disclaimer THEN it and what follows are stripped, and it can date the text', () => {
    const r = readScraped(
      'Title\n\nThey met.\n\nDisclaimer\n\nU.S. Department of Defense published this content on 29 August 2020 and is solely responsible for the information contained therein. Distributed by Public, unedited and unaltered, on 29 August 2020 10:04:01 UTC\n',
    );
    expect(r.body).toBe('They met.');
    expect(r.stripped.map((s) => s.kind)).toEqual(['disclaimer']);
    expect(r.stripped[0]?.text.startsWith('Disclaimer\n\nU.S. Department of Defense published')).toBe(true);
    expect([r.date, r.dateSource]).toEqual(['2020-08-29', 'published line']);
  });
});

describe('date sources, in order of trust', () => {
  const opening = 'On August 29, Secretary Esper hosted Minister Kono in Guam.';

  it('GIVEN front matter in a .txt THEN it wins over everything in the text', () => {
    const r = parseReadout('x.txt', `---\ndate: 2020-08-30\n---\n date 2020-08-29 Log in\nTitle\n${opening}`);
    expect([r.date, r.dateSource, r.title]).toEqual(['2020-08-30', 'front matter', 'Title']);
  });

  it('GIVEN a date line and a dateline THEN the date line wins', () => {
    const r = readScraped(` date 2020-08-29 Log in\nTitle\n08/30/2020 | 06:05am EDT\n${opening}`);
    expect([r.date, r.dateSource]).toEqual(['2020-08-29', 'date line']);
  });

  it('GIVEN a dateline and a published line THEN the dateline wins', () => {
    const r = readScraped(
      `Title\n08/28/2020\n${opening}\nDisclaimer\nDoD published this content on 29 August 2020 and is solely responsible.`,
    );
    expect([r.date, r.dateSource]).toEqual(['2020-08-28', 'dateline']);
  });

  it('GIVEN only an "On August 29," opening and one year in the file THEN that year is used', () => {
    const r = readScraped(`Title\n${opening} It followed their talks of Jan. 14, 2020.`);
    expect([r.date, r.dateSource]).toEqual(['2020-08-29', 'opening and year']);
    expect(readScraped(`Readout (Release No: NR-099-17)\nOn March 21, they met.`).date).toBe('2017-03-21');
  });

  it('GIVEN an opening and no year THEN the date is unknown with a warning, never guessed', () => {
    const r = readScraped(`Title\n${opening} It was their sixtieth anniversary year.`);
    expect(r.date).toBeNull();
    expect(r.warnings).toEqual(['date unknown: the text says "On August 29" but gives no year']);
  });

  it('GIVEN an opening and several years THEN the date is unknown', () => {
    const r = readScraped(`Title\n${opening} They recalled Jan. 14, 2020 and June 12, 2018.`);
    expect(r.date).toBeNull();
    expect(r.warnings).toEqual(['date unknown: the text says "On August 29" but names several years (2020, 2018)']);
  });

  it('GIVEN a bare year in prose THEN it is not taken as the year', () => {
    const r = readScraped(`Title\n${opening} They recalled the 2018 Singapore Summit.`);
    expect(r.date).toBeNull();
  });

  it('GIVEN no date at all THEN the readout still loads with the date unknown', () => {
    const r = parseReadout('nodate.txt', 'Title\nThe ministers met. They agreed.');
    expect([r.date, r.title, r.sentences.length]).toEqual([null, 'Title', 2]);
    expect(r.warnings).toEqual([
      'date unknown: no line giving only the date ("June 5, 2023"), no dateline ("WASHINGTON, June 5, 2023 — …") and no opening "On June 5, 2023, …" after the title, nor a date: in front matter; a date inside a sentence is not used',
    ]);
  });
});

describe('paragraphs of a scraped body', () => {
  it('GIVEN page furniture lines THEN each is stripped as a scraper line, and a line that only mentions them stays', () => {
    const r = readScraped(
      'Press release | Archived content\nTitle\nAttachments\n\nThe ministers met.\nPress Release\nThey discussed press releases and attachments.\nAttachments (2)\nShare • Print',
    );
    expect(r.title).toBe('Title');
    expect(r.stripped).toEqual([
      { kind: 'scraper line', text: 'Press release | Archived content' },
      { kind: 'scraper line', text: 'Attachments' },
      { kind: 'scraper line', text: 'Press Release' },
      { kind: 'scraper line', text: 'Attachments (2)' },
      { kind: 'scraper line', text: 'Share • Print' },
    ]);
    expect(r.body).toBe('The ministers met.\n\nThey discussed press releases and attachments.');
  });

  it('GIVEN one newline after a sentence end or a colon THEN it ends the paragraph; before a lowercase word it does not', () => {
    const r = readScraped(
      'Title\nThe spokesman provided the following readout:\nSecretary Esper met Minister Kono.\nThey discussed the\nregion and\nU.S. forces.',
    );
    expect(r.body).toBe(
      'The spokesman provided the following readout:\n\nSecretary Esper met Minister Kono.\n\nThey discussed the region and\n\nU.S. forces.',
    );
  });

  it('GIVEN text hard-wrapped at 64 columns THEN full lines join, short ones end the paragraph, a word split at its hyphen is whole again', () => {
    const text = [
      'Readout of Secretary of Defense Mark T. Esper Meeting With',
      'Japanese Defense Minister Taro Kono',
      '',
      'Secretary Esper and Minister Kono exchanged views on their',
      'shared vision for a free and open Indo-Pacific region. The U.S.-',
      'Japan Alliance remains the cornerstone of peace.',
      'They spoke for an hour.',
      'Secretary Esper thanked Japan for its strong leadership in the',
      'region.',
    ].join('\n');
    const r = readScraped(text);
    expect(r.title).toBe('Readout of Secretary of Defense Mark T. Esper Meeting With Japanese Defense Minister Taro Kono');
    expect(r.body).toBe(
      [
        'Secretary Esper and Minister Kono exchanged views on their shared vision for a free and open Indo-Pacific region. The U.S.-Japan Alliance remains the cornerstone of peace.',
        'They spoke for an hour.',
        'Secretary Esper thanked Japan for its strong leadership in the region.',
      ].join('\n\n'),
    );
  });
});

describe('three scraped layouts of one invented readout (issue 23)', () => {
  // An invented readout: a long headline, a colon line, a number a wrapper can
  // put first on a line ("… on August\n2. …"), a date that can stand alone on
  // a wrapped line, and a hyphenated compound.
  const clean = parseReadout(
    'invented.md',
    [
      '---',
      "title: Readout of Secretary of Defense Avery Quill's Meeting With Ilse Varga",
      'date: 2019-08-04',
      '---',
      'Pentagon Press Secretary Dana Orr provided the following readout:',
      '',
      'Secretary of Defense Avery Quill hosted Ruritanian Minister of Defense Ilse Varga at the Pentagon in Washington on August 2. The leaders reaffirmed the strength of the U.S.-Ruritania alliance and discussed the security environment in the Northern Sea.',
      '',
      "Secretary Quill thanked Minister Varga for Ruritania's contributions to coastal patrols. Both leaders welcomed the cold-weather training agreement that their ministries signed on July 7, 2016.",
      '',
      'The two leaders agreed to meet again in Vestria later this year.',
    ].join('\n'),
  );
  const sentences = clean.sentences.map((s) => s.text);

  const expectClean = (text: string) => {
    const r = parseReadout('invented.txt', text);
    expect({ title: r.title, date: r.date, sentences: r.sentences.map((s) => s.text), paragraphs: r.paragraphs.length }).toEqual({
      title: clean.title,
      date: '2019-08-04',
      sentences,
      paragraphs: clean.paragraphs.length,
    });
    return r;
  };

  it('GIVEN the text hard-wrapped at ~72 columns by a balancing wrapper, blank lines between paragraphs THEN single newlines are wraps', () => {
    // Lines a greedy wrapper would have filled further, so the width alone
    // cannot tell a wrap from a paragraph end: the blank lines do.
    expectClean(
      [
        "Readout of Secretary of Defense Avery Quill's Meeting With",
        'Ilse Varga',
        '',
        'August 4, 2019',
        '',
        'Pentagon Press Secretary Dana Orr provided the following readout:',
        '',
        'Secretary of Defense Avery Quill hosted Ruritanian Minister of',
        'Defense Ilse Varga at the Pentagon in Washington on August',
        '2. The leaders reaffirmed the strength of the U.S.-Ruritania',
        'alliance and discussed the security environment in the Northern',
        'Sea.',
        '',
        "Secretary Quill thanked Minister Varga for Ruritania's",
        'contributions to coastal patrols. Both leaders welcomed the cold-',
        'weather training agreement that their ministries signed on',
        'July 7, 2016.',
        '',
        'The two leaders agreed to meet again in Vestria later this year.',
        '',
      ].join('\n'),
    );
  });

  it("GIVEN a distributor's furniture lines before, inside and after the text THEN each is stripped and the first dates it", () => {
    const r = expectClean(
      [
        '08/04/2019 | Press release | Archived content',
        "Readout of Secretary of Defense Avery Quill's Meeting With Ilse Varga",
        '• Original document',
        '• Permalink',
        'Pentagon Press Secretary Dana Orr provided the following readout:',
        'Secretary of Defense Avery Quill hosted Ruritanian Minister of Defense Ilse Varga at the Pentagon in Washington on August 2. The leaders reaffirmed the strength of the U.S.-Ruritania alliance and discussed the security environment in the Northern Sea.',
        'Permalink',
        "Secretary Quill thanked Minister Varga for Ruritania's contributions to coastal patrols. Both leaders welcomed the cold-weather training agreement that their ministries signed on July 7, 2016.",
        'The two leaders agreed to meet again in Vestria later this year.',
        '• Original document',
        '• Permalink',
      ].join('\n'),
    );
    expect(r.stripped.map((s) => s.text)).toEqual([
      '08/04/2019 | Press release | Archived content',
      '• Original document',
      '• Permalink',
      'Permalink',
      '• Original document',
      '• Permalink',
    ]);
    expect(r.dateSource).toBe('published line');
  });

  it('GIVEN furniture inside a wrapped sentence THEN the sentence reads on across it', () => {
    expectClean(
      [
        "Readout of Secretary of Defense Avery Quill's Meeting With",
        'Ilse Varga',
        '08/04/2019 | Press release',
        '',
        'Pentagon Press Secretary Dana Orr provided the following readout:',
        '',
        'Secretary of Defense Avery Quill hosted Ruritanian Minister of Defense',
        'Ilse Varga at the Pentagon in Washington on August 2. The leaders',
        '• Permalink',
        'reaffirmed the strength of the U.S.-Ruritania alliance and discussed',
        'the security environment in the Northern Sea.',
        '',
        "Secretary Quill thanked Minister Varga for Ruritania's contributions to",
        'coastal patrols. Both leaders welcomed the cold-weather training',
        'agreement that their ministries signed on July 7, 2016.',
        '',
        'The two leaders agreed to meet again in Vestria later this year.',
      ].join('\n'),
    );
  });

  it('GIVEN the headline with the wire dateline on the next line and no blank lines THEN the headline ends there', () => {
    // The headline is as wide as the lines the body was wrapped to: read
    // alone, its break looks like a wrap, and it ran into "Pentagon Press …".
    const r = expectClean(
      [
        "Readout of Secretary of Defense Avery Quill's Meeting With Ilse Varga",
        '08/04/2019 | 06:05am EDT',
        'Pentagon Press Secretary Dana Orr provided the following readout:',
        'Secretary of Defense Avery Quill hosted Ruritanian Minister of Defense',
        'Ilse Varga at the Pentagon in Washington on August 2. The leaders',
        'reaffirmed the strength of the U.S.-Ruritania alliance and discussed',
        'the security environment in the Northern Sea.',
        "Secretary Quill thanked Minister Varga for Ruritania's contributions to",
        'coastal patrols. Both leaders welcomed the cold-weather training',
        'agreement that their ministries signed on July 7, 2016.',
        'The two leaders agreed to meet again in Vestria later this year.',
      ].join('\n'),
    );
    expect([r.dateSource, r.stripped]).toEqual(['dateline', [{ kind: 'dateline', text: '08/04/2019 | 06:05am EDT' }]]);
  });

  it('GIVEN short paragraphs one a line after a blank line THEN they are not taken for wrapped lines', () => {
    const r = readScraped('Title\n\nThey met.\nThey spoke about the region.\nThey agreed to meet again.');
    expect(r.body).toBe('They met.\n\nThey spoke about the region.\n\nThey agreed to meet again.');
  });

  it('GIVEN a furniture part that is not furniture THEN the line stays', () => {
    const r = readScraped('Title\n\n08/04/2019 | Secretary Quill met Minister Varga.');
    expect(r.stripped).toEqual([]);
  });
});

describe('scraped copies of a clean readout', () => {
  // Every bundled readout, as a site or a mail client would hand it over, must
  // give exactly the sentences of its clean .md file: sentence ids and citations stand on them.
  const dir = new URL('../corpus/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  const clean = files.map((file) => {
    const readout = parseReadout(file, readFileSync(new URL(file, dir), 'utf8'));
    return { file, title: readout.title, paragraphs: readout.paragraphs, sentences: readout.sentences.map((s) => s.text) };
  });

  /** Greedy wrapping at `width` columns, breaking at spaces only, as `fmt` and mail clients do. */
  const wrap = (text: string, width: number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines.join('\n');
  };

  /**
   * Wrapping as a balancing wrapper (GNU fmt, par) does: as few lines as greedy
   * wrapping at `width` gives, each as short as that allows, so lines stop well
   * before the width and only the blank lines tell paragraphs apart.
   */
  const balance = (text: string, width: number) => {
    const lines = wrap(text, width).split('\n').length;
    let narrow = width;
    while (narrow > 30 && wrap(text, narrow - 1).split('\n').length === lines) narrow--;
    return wrap(text, narrow);
  };

  const variants: [name: string, make: (r: (typeof clean)[number]) => string][] = [
    ['single newlines between paragraphs', (r) => [r.title, ...r.paragraphs].join('\n')],
    [
      '"Attachments" and "Press release | Archived content" debris lines',
      (r) =>
        ['Press release | Archived content', r.title, 'Attachments', '', r.paragraphs.join('\n\n'), '', 'Attachments (1)', 'Share'].join(
          '\n',
        ),
    ],
    ['hard-wrapped at 72 columns, title too', (r) => [r.title, ...r.paragraphs].map((p) => wrap(p, 72)).join('\n\n')],
    [
      'hard-wrapped at 72 columns with CRLF line ends',
      (r) =>
        [r.title, ...r.paragraphs]
          .map((p) => wrap(p, 72))
          .join('\r\n\r\n')
          .replace(/(?<!\r)\n/g, '\r\n'),
    ],
    [
      'balanced wrapping at 72 columns, blank lines between paragraphs',
      (r) => [r.title, ...r.paragraphs].map((p) => balance(p, 72)).join('\n\n'),
    ],
    [
      'the headline wrapped at 72 and a wire dateline under it, furniture lines around and inside, no blank lines',
      (r) =>
        [
          '08/04/2019 | Press release | Archived content',
          wrap(r.title, 72),
          '08/29/2020 | 06:05am EDT',
          ...r.paragraphs.flatMap((p, i) => (i === 1 ? ['• Permalink', wrap(p, 72)] : [wrap(p, 72)])),
          '• Original document',
          '• Permalink',
        ].join('\n'),
    ],
  ];

  it.each(variants)('GIVEN every bundled readout with %s THEN title and sentences are those of the clean file', (_name, make) => {
    expect(clean.length).toBeGreaterThanOrEqual(30);
    for (const r of clean) {
      const scraped = parseReadout(r.file.replace(/\.md$/, '.txt'), make(r));
      expect({ file: r.file, title: scraped.title, sentences: scraped.sentences.map((s) => s.text) }).toEqual({
        file: r.file,
        title: r.title,
        sentences: r.sentences,
      });
    }
  });
});
