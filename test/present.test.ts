/**
 * How answers are presented to people (src/answer/answering/present.ts, src/cli/wrap.ts,
 * src/chart/readoutsChart.ts, the headline's typo note and the splitter's
 * repair of scraped words): exact strings, with the reason each rule exists.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { alsoIn, byReadout, copyNote, shortDate, shortTitle, sourceSite } from '../src/answer/answering/present.ts';
import { wrap } from '../src/cli/wrap.ts';
import { CHART, chartBins, readoutsChart } from '../src/chart/readoutsChart.ts';
import { joinBrokenWords } from '../src/text/sentences.ts';
import { bundledEngine } from './support/fixtures.ts';
import type { Result } from '../src/answer/types.ts';

const engine = bundledEngine();

describe('dates and titles as people read them', () => {
  it('GIVEN an ISO date THEN "Aug 29, 2020"; none THEN "undated"', () => {
    expect(shortDate('2020-08-29')).toBe('Aug 29, 2020');
    expect(shortDate('2017-09-05')).toBe('Sep 5, 2017');
    expect(shortDate(null)).toBe('undated');
  });

  it('GIVEN a long title THEN "Readout of" goes, then words from the middle; the office and the counterpart stay, no word is cut, no part ends on "of"', () => {
    expect(shortTitle("Readout of Secretary Mattis' Meeting with Australian Minister of Defense Marise Payne", 50)).toBe(
      "Secretary Mattis' Meeting … Marise Payne",
    );
    expect(
      shortTitle("Readout of Secretary of Defense Lloyd Austin's Call With Republic of Korea Minister of National Defense Suh Wook", 90),
    ).toBe("Secretary of Defense Lloyd Austin's Call With Republic … National Defense Suh Wook");
    // A title that fits is whole (less "Readout of", which every title has).
    expect(shortTitle('U.S. and Japan reinforce defense links', 90)).toBe('U.S. and Japan reinforce defense links');
    for (const r of engine.index.readouts) {
      const short = shortTitle(r.title, 60);
      expect(short.length).toBeLessThanOrEqual(60);
      // Every word shown is a whole word of the title.
      for (const w of short.split(' ')) if (w !== '…') expect(r.title.split(/\s+/)).toContain(w);
    }
  });
});

describe('where a link goes', () => {
  it('GIVEN a copy on another site THEN it is named; the official page (defense.gov, war.gov, .mil) THEN nothing to say', () => {
    expect(copyNote('https://www.globalsecurity.org/military/library/news/2014/06/mil-140620-dod02.htm')).toBe(
      'copy on globalsecurity.org',
    );
    expect(copyNote('https://military-online.blogspot.com/2021/05/x.html?m=1')).toBe('copy on military-online.blogspot.com');
    expect(copyNote('https://www.defense.gov/News/Releases/Release/Article/3236678/x/')).toBe('');
    expect(copyNote('https://www.war.gov/News/Releases/Release/Article/1/')).toBe('');
    expect(copyNote('https://www.pacom.mil/Media/News/News-Article-View/Article/2331004/x/')).toBe('');
    expect(copyNote(null)).toBe('');
    expect(sourceSite('not a link')).toBeNull();
  });

  it('GIVEN the bundled corpus THEN the readouts ../shared/official-urls.tsv names link their official page, and the seeds have a link', () => {
    const source = (file: string) => engine.index.readouts.find((r) => r.file === file)?.source;
    expect(source('102-hagel-key-pentagon.md')).toBe('http://www.defense.gov/releases/release.aspx?releaseid=16785');
    expect(source('129-austin-marles-pentagon.md')).toBe(
      'https://www.defense.gov/News/Releases/Release/Article/3236678/readout-of-secretary-of-defense-lloyd-j-austin-iiis-meeting-with-australian-min/',
    );
    expect(copyNote(source('001-esper-kono-guam.md') ?? null)).toBe('');
    expect(copyNote(source('000-esper-kono-pentagon.md') ?? null)).toBe('copy on armyrecognition.com');
  });
});

describe('sentences grouped by readout', () => {
  it('GIVEN an answer with several sentences of one readout THEN one group, its sentences numbered as in the answer; near-identical sentences elsewhere listed once', () => {
    const answer = engine.answer({ command: 'ask', input: 'what did Austin and Kishi discuss?' });
    const groups = byReadout(answer.results);
    expect(groups.map((g) => [g.readout.date, g.numbers])).toEqual([
      ['2021-01-23', [1, 2]],
      ['2022-05-26', [3, 5]],
      ['2022-07-11', [4]],
    ]);
    const mageshima = engine.answer({ command: 'ask', input: 'what about Mageshima?' }).results as Result[];
    expect(alsoIn(mageshima).map((a) => a.doc)).toEqual(['000-esper-kono-pentagon.md']);
  });
});

describe('the console wraps to the terminal', () => {
  it('GIVEN a width THEN lines break at spaces, continuation lines indent under the text, and a link is never broken', () => {
    const link = 'https://www.defense.gov/News/Releases/Release/Article/2480919/readout-of-secretary-of-defense-lloyd-austins-call/';
    expect(wrap('  1. Secretary Austin and Minister Kishi discussed a broad range of security issues.', 40)).toBe(
      ['  1. Secretary Austin and Minister Kishi', '     discussed a broad range of security', '     issues.'].join('\n'),
    );
    expect(wrap(`See ${link} (copy on x.org)`, 40)).toBe(['See', link, '(copy on x.org)'].join('\n'));
    for (const line of wrap(
      engine
        .answer({ command: 'ask', input: 'what did Austin and Kishi discuss?' })
        .results.map((r) => r.text)
        .join('\n'),
      80,
    ).split('\n')) {
      expect(line.length).toBeLessThanOrEqual(80);
    }
  });

  it('GIVEN no width (output piped) or a silly one THEN whole lines', () => {
    const text = 'a '.repeat(100).trim();
    expect(wrap(text, undefined)).toBe(text);
    expect(wrap(text, 5)).toBe(text);
  });
});

describe('the typo a headline corrected is shown', () => {
  it('GIVEN "phillipines" THEN "Showing results for Philippines."; a name typed another way THEN no note', () => {
    expect(engine.answer({ command: 'ask', input: 'what about phillipines?' }).headline).toBe(
      'Showing results for Philippines. Philippine came up in 1 readout (2024-03-27).',
    );
    expect(engine.answer({ command: 'ask', input: 'what about nort korea?' }).headline).toMatch(/^Showing results for North Korea\. /);
    for (const input of ['what about north korea?', 'what about DPRK?', 'what about COVID 19?']) {
      expect(engine.answer({ command: 'ask', input }).headline).not.toMatch(/Showing results/);
    }
  });
});

describe('scraping debris inside words', () => {
  it('GIVEN hyphens a scraped copy left inside words THEN the words are whole again; real compounds stay', () => {
    expect(joinBrokenWords('Secr-etary Austin called Ja-pan to reaffirm the Allia-nce. Japan and the Alliance agreed.')).toBe(
      'Secretary Austin called Japan to reaffirm the Alliance. Japan and the Alliance agreed.',
    );
    // Not written elsewhere, but an English word while neither part is one.
    expect(joinBrokenWords('to share asse-ssments')).toBe('to share assessments');
    for (const kept of ['the Indo-Pacific', 'ship-to-ship transfers', 'a well-being program', 'long-term', 're-election']) {
      expect(joinBrokenWords(kept)).toBe(kept);
    }
    const secure = engine.index.readouts.find((r) => r.file === '127-austin-kishi-secure-call.md');
    const text = Array.from({ length: secure?.count ?? 0 }, (_, i) => engine.index.text((secure?.first ?? 0) + i)).join(' ');
    expect(text).not.toMatch(/asse-ssments|Secr-etary|Ja-pan|Allia-nce/);
    expect(text).toContain('share assessments');
  });
});

describe('the readouts-per-year chart', () => {
  it('GIVEN a timeline over years THEN a bar per year, 0 for a year without any; under two years THEN per month', () => {
    const all = engine.answer({ command: 'timeline', input: 'Secretary', window: { page: 0, perPage: 8 } });
    expect(chartBins(all).map((b) => `${b.label}:${b.count}`)).toEqual([
      '2014:2',
      '2015:1',
      '2016:0',
      '2017:11',
      '2018:1',
      '2019:0',
      '2020:4',
      '2021:7',
      '2022:5',
      '2023:0',
      '2024:1',
    ]);
    const recent = engine.answer({ command: 'timeline', input: 'Japan since 2021' });
    expect(chartBins(recent).map((b) => b.label)).toHaveLength(19);
    expect(chartBins(recent)[0]).toEqual({ label: 'Jan 2021', count: 1 });
  });

  it('GIVEN bins THEN a PNG of the chart size with an opaque background (a transparent PNG is unreadable on a dark theme)', async () => {
    const png = readoutsChart(
      [
        { label: '2020', count: 2 },
        { label: '2021', count: 5 },
      ],
      'Japan',
    );
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CHART.width, CHART.height]);
    const image = await loadImage(png);
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    // The corner, where no bar or label is drawn: the white background, fully opaque.
    expect([...ctx.getImageData(2, 2, 1, 1).data]).toEqual([255, 255, 255, 255]);
  });
});
