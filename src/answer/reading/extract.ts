/**
 * Short answers read out of a sentence: the place ("Guam"), the people
 * ("Taro Kono") and any date it states ("July 7, 2016"). Readouts follow a
 * house style — "hosted <title> <Name> in <Place>", "met with Minister of
 * Defense <Name>" — and these rules follow it.
 */
import { findFullDates, longDate, monthNumber, isoDate, type IsoDate } from '../../text/dates.ts';

/** Capitalised words of titles and offices: never part of a person's name. */
export const ROLE_WORDS = new Set(
  `Secretary Minister Ministers Prime President Vice Deputy Under Assistant Acting Chairman Chairwoman Chair
  General Gen Admiral Adm Lieutenant Lt Colonel Col Major Maj Captain Capt Commander Cmdr Marshal Air Chief Chiefs
  Director Ambassador Spokesman Spokesperson Press Counselor Senator Sen Representative Rep Governor Dr Mr Ms Mrs
  Defense Defence Foreign Affairs National State Policy Staff Joint Forces Force Army Navy Marine Corps Department
  Ministry Office Federal Permanent Strategy International Relations Director-General Secretary-General
  Coordinating Maritime Political Economic Security Home Interior Finance Trade Veterans Operations Plans
  Investment Economy Energy Justice Health Education Transport Industry Commerce Agriculture Environment Labor
  Culture Science Technology Communications Information Intelligence Homeland Development Cooperation Planning
  Budget Logistics Acquisition Sustainment Personnel Readiness Research Engineering Space Cyber Special Allied
  Supreme Transformation Europe Pacific Indo-Pacific Central Command Headquarters Mission
  Readout Meeting Meetings Call Calls Statement The His Her Their Both Today Yesterday`.split(/\s+/),
);

/** Nationalities and countries that sit between a title and a name ("Japanese Defense Minister"). */
// biome-ignore format: a packed table reads better than one entry a line
const NATIONALITY = new RegExp(
  `^(?:${[
    'Japanese', 'Korean', 'Australian', 'Indian', 'Indonesian', 'Ukrainian', 'Philippine', 'Filipino', 'German',
    'French', 'British', 'Vietnamese', 'Chinese', 'Russian', 'American', 'Canadian', 'Italian', 'Polish', 'Danish',
    'Dutch', 'Norwegian', 'Swedish', 'Finnish', 'Estonian', 'Latvian', 'Lithuanian', 'Romanian', 'Turkish',
    'Israeli', 'Saudi', 'Emirati', 'Qatari', 'Iraqi', 'Afghan', 'Pakistani', 'Thai', 'Malaysian', 'Singaporean',
    'Mongolian', 'Georgian', 'Spanish', 'Greek', 'Czech', 'Slovak', 'Hungarian', 'Bulgarian', 'Croatian',
    'U\\.?S\\.?', 'U\\.?K\\.?', 'ROK', 'NATO', 'New', 'Zealand', 'Japan', 'Korea', 'Republic', 'United', 'Kingdom',
    'States', 'Australia', 'Germany', 'France', 'India', 'Indonesia', 'Vietnam', 'Philippines', 'Singapore',
    'Denmark', 'Ukraine', 'Canada', 'Israel', 'Italy', 'Poland',
  ].join('|')})(?:['’]s)?$`,
);

/** Words that introduce a person in readouts. */
const TITLE_BEFORE_NAME =
  /\b(?:Minister|Secretary|President|Chairman|Chairwoman|Marshal|General|Gen\.|Admiral|Adm\.|Ambassador|Director(?:[- ]General)?|Spokesman|Spokesperson|Counselor|Dr\.|Mr\.|Ms\.|Mrs\.|Sen\.|Rep\.|Governor|Commander|Chief|Premier|Chancellor|King|Queen|Prince|Sultan|counterpart,)\s+/g;

const CAPITALISED = /^(?:\p{Lu}[\p{L}'’-]*\.?|III|II|IV)$/u;
const CONNECTOR = /^(?:of|for|the|and)$/;

export interface Person {
  name: string;
  /** The office as the sentence gives it: "Japanese Defense Minister". */
  role: string;
}

/**
 * People named in a sentence, in order: the capitalised words after a title
 * ("Defense Minister Taro Kono", "Minister for Maritime Affairs Luhut
 * Pandjaitan"), minus the office words, up to the first lowercase word or comma.
 */
export function peopleIn(sentence: string): string[] {
  return peopleWithRoles(sentence).map((p) => p.name);
}

export function peopleWithRoles(sentence: string): Person[] {
  const out: Person[] = [];
  for (const match of sentence.matchAll(TITLE_BEFORE_NAME)) {
    // Up to three capitalised words before the title belong to the office.
    const before = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})$/u.exec(sentence.slice(0, match.index))?.[1] ?? '';
    const tokens = sentence.slice((match.index ?? 0) + match[0].length).split(/\s+/);
    const run: string[] = [];
    for (const raw of tokens) {
      const token = raw.replace(/^[("“‘]+/, '');
      const word = token.replace(/[),;:”"]+$/, '');
      const isInitial = /^\p{Lu}\.$/u.test(word) || /^(?:Jr|Sr)\.$/.test(word);
      const bare = isInitial ? word : word.replace(/\.$/, '');
      if (!CAPITALISED.test(bare) && !CONNECTOR.test(bare)) break;
      // "Secretary Austin and Philippine Secretary …": "and" after a name ends it.
      if (bare === 'and' && run.some((w) => !ROLE_WORDS.has(w) && !CONNECTOR.test(w) && !NATIONALITY.test(w))) break;
      run.push(bare);
      // A comma, or a period that ends the sentence, ends the name.
      if (/[,;:)”"]$/.test(token) || (/\.$/.test(word) && !isInitial)) break;
    }
    // "… Ngo Xuan Lich for the fifth time": connectors after the name are not part of it.
    while (run.length && CONNECTOR.test(run[run.length - 1] as string)) run.pop();
    // The name is what follows the last office word or connector.
    let from = 0;
    run.forEach((w, i) => {
      if (ROLE_WORDS.has(w) || CONNECTOR.test(w) || NATIONALITY.test(w)) from = i + 1;
    });
    const name = run
      .slice(from)
      .map((w) => w.replace(/['’]s$/, ''))
      .join(' ');
    const role = `${before}${match[0]}${run.slice(0, from).join(' ')}`.replace(/\s+/g, ' ').trim();
    if (name && !out.some((o) => o.name === name || o.name.endsWith(` ${name}`))) out.push({ name, role });
  }
  return out;
}

/** Known places a readout meeting happens in, beyond "in <Capitalised>". */
const PLACE_PREPOSITION = /\b(in|at)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|and)){0,4})/gu;

/** Capitalised words after "in"/"at" that are not places. */
const NOT_PLACE = new Set(
  `January February March April May June July August September October November December Jan Feb Aug Sept Oct Nov Dec
  Article Minister Secretary Ministers Secretaries Prime President General Admiral Director Ambassador Washington's
  Both Their His Her The It Its This These Those Alliance Council Treaty Summit Resolutions`.split(/\s+/),
);

/**
 * Places named in a sentence with "in" or "at": "in Guam", "at the Pentagon",
 * "in Copenhagen today". Regions of a sentence's topic ("in the region") are
 * left out by requiring a capital letter.
 */
export function placesIn(sentence: string): string[] {
  const out: string[] = [];
  for (const match of sentence.matchAll(PLACE_PREPOSITION)) {
    const place = (match[2] as string)
      .replace(/[.,;:]+$/, '')
      .replace(/['’]s$/, '')
      .replace(/\s+(?:and|of|de)$/, '');
    const first = place.replace(/^the\s+/, '').split(/\s+/)[0] ?? '';
    if (NOT_PLACE.has(first) || ROLE_WORDS.has(first)) continue;
    if (!out.includes(place)) out.push(place);
  }
  return out;
}

/**
 * The most specific date a sentence states: a full date ("July 7, 2016"), or
 * a month and day ("met June 2") completed with the readout's year.
 */
export function dateIn(sentence: string, readoutDate: IsoDate | null): IsoDate | null {
  // Most sentences name no month: skip the date parser for them.
  if (!MONTH_WORD.test(sentence) && !/\d{1,2}\/\d{1,2}\/\d{4}/.test(sentence)) return null;
  const full = findFullDates(sentence)[0];
  if (full) return full.date;
  const partial =
    /\b(?:on\s+|met\s+|held\s+)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+(\d{1,2})\b(?!,?\s*\d{4})/.exec(
      sentence,
    );
  if (partial && readoutDate) {
    const month = monthNumber(partial[1] as string);
    if (month) return isoDate(Number(readoutDate.slice(0, 4)), month, Number(partial[2]));
  }
  return null;
}

const MONTH_WORD =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** "January 14, 2020": a headline's date, once (the citation below has it too). */
export function describeDate(date: IsoDate): string {
  return longDate(date);
}
