/**
 * Short answers read out of a sentence: the place ("Guam"), the people
 * ("Taro Kono") and any date it states ("July 7, 2016"). Readouts follow a
 * house style — "hosted <title> <Name> in <Place>", "met with Minister of
 * Defense <Name>" — and these rules follow it.
 */
import { z } from 'zod';
import { readDataFile } from '../../data.ts';
import { findFullDates, longDate, monthNumber, isoDate, type IsoDate } from '../../text/dates.ts';
import { capitalised, MONTH_ABBREVIATIONS, MONTHS, SEPTEMBER_SHORT } from '../../text/months.ts';
import { applied } from '../explain.ts';
import { countryOf } from '../../lexicon/index.ts';

const WordList = z.object({ why: z.string().min(1), words: z.array(z.string().min(1)).min(1) });
/** data/reading/extract.json: office words, nationalities before a name, capitalised words that are no place. */
const LISTS = readDataFile('reading/extract.json', z.object({ roleWords: WordList, nationalities: WordList, notPlaces: WordList }));

/** Capitalised words of titles and offices: never part of a person's name. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(LISTS.roleWords.words);

/** Nationalities and countries that sit between a title and a name ("Japanese Defense Minister"). */
const NATIONALITY = new RegExp(`^(?:${LISTS.nationalities.words.map(optionalDots).join('|')})(?:['’]s)?$`);

/** A word as a regex, its dots optional: "U.S." is also "US". */
function optionalDots(word: string): string {
  return word.replace(/[\\^$*+?()[\]{}|]/g, '\\$&').replace(/\./g, '\\.?');
}

/** Words that introduce a person in readouts. */
const TITLE_BEFORE_NAME =
  /\b(?:Honorable|Excellency|Minister|Secretary|President|Chairman|Chairwoman|Marshal|General|Gen\.|Admiral|Adm\.|Ambassador|Director(?:[- ]General)?|Spokesman|Spokesperson|Counselor|Dr\.|Mr\.|Ms\.|Mrs\.|Sen\.|Rep\.|Governor|Commander|Chief|Premier|Chancellor|King|Queen|Prince|Sultan|Emir|Amir|Sheikh|Sheikha|Envoy|counterpart,)\s+/g;

const CAPITALISED = /^(?:\p{Lu}[\p{L}'’-]*\.?|III|II|IV)$/u;
const CONNECTOR = /^(?:of|for|the|and)$/;
/**
 * Rule `name-particles`: lower-case particles inside a name ("King Hamad bin Isa Al Khalifa", "Abdul Fattah
 * el-Sisi") are part of it when a capitalised word follows; they are no office and no connector.
 */
const PARTICLE = /^(?:bin|bint|ibn|al|el|de|da|di|van|von|der|du|dos)$|^(?:al|el|ad|as|ar)-\p{Lu}[\p{L}'’-]*$/u;
/** "Bourhan June 13": a month before a day number ends a name. */
const MONTH_NAME = new RegExp(`^(?:${MONTHS.map(capitalised).join('|')})$`);

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

export function peopleWithRoles(sentence: string): readonly Person[] {
  // A who-question reads the people of every sentence it ranks, and the same sentences come back question after
  // question: read once each (bounded, as the term cache is).
  let known = peopleMemo.get(sentence);
  if (!known) {
    if (peopleMemo.size >= PEOPLE_MEMO) peopleMemo.clear();
    peopleMemo.set(sentence, (known = readPeople(sentence)));
  }
  return known;
}
const peopleMemo = new Map<string, readonly Person[]>();
const PEOPLE_MEMO = 20_000;

function readPeople(sentence: string): Person[] {
  const out: Person[] = [];
  for (const match of sentence.matchAll(TITLE_BEFORE_NAME)) {
    // Up to three capitalised words before the title belong to the office.
    const before = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})$/u.exec(sentence.slice(0, match.index))?.[1] ?? '';
    const tokens = sentence.slice((match.index ?? 0) + match[0].length).split(/\s+/);
    const run: string[] = [];
    // Positions in `run` that end a country named inside the office.
    const office = new Set<number>();
    let skip = 0;
    for (const [at, raw] of tokens.entries()) {
      if (skip > 0) {
        skip--;
        continue;
      }
      const token = raw.replace(/^[("“‘]+/, '');
      const word = token.replace(/[),;:”"]+$/, '');
      const isInitial = /^\p{Lu}\.$/u.test(word) || /^(?:Jr|Sr)\.$/.test(word);
      const bare = isInitial ? word : word.replace(/\.$/, '');
      // Rule `name-particles`: "Hamad bin Isa Al Khalifa", "Abdul Fattah el-Sisi"; "Bourhan June 13" ends at the month.
      const particle = run.length > 0 && PARTICLE.test(bare) && (bare.includes('-') || /^\p{Lu}/u.test(tokens[at + 1] ?? ''));
      if (MONTH_NAME.test(bare) && run.length && /^\d/.test(tokens[at + 1] ?? '')) {
        applied('name-particles');
        break;
      }
      if (particle) applied('name-particles');
      else if (!CAPITALISED.test(bare) && !CONNECTOR.test(bare)) break;
      // "Secretary Austin and Philippine Secretary …": "and" after a name ends it; so does "of" after a
      // given name and surname ("President Abdul Fattah el-Sisi of Egypt").
      if (bare === 'and' || bare === 'of') {
        const named = run.filter((w) => !ROLE_WORDS.has(w) && !CONNECTOR.test(w) && !NATIONALITY.test(w)).length;
        if (bare === 'and' && named) break;
        if (bare === 'of' && named >= 2 && !CONNECTOR.test(run[run.length - 1] as string)) break;
      }
      // "thanked the Cabinet Secretary for Kenya's critical support": a country's possessive starts a thing of
      // that country, no person's name.
      if (/['’]s$/.test(bare) && countryOf(bare.replace(/['’]s$/, '').toLowerCase())) break;
      run.push(bare);
      // "President of Angola João Lourenço", "for the Kingdom of Saudi Arabia Mohammed bin Salman": a country
      // after "of"/"for" belongs to the office (rule `name-particles`).
      if (/^(?:of|for)$/.test(run[run.length - 2] ?? '')) {
        const country = countryOf(bare.toLowerCase());
        const form = country?.forms.find(
          (f) =>
            tokens
              .slice(at, at + f.split(' ').length)
              .join(' ')
              .replace(/[,;:]$/, '') === f,
        );
        if (form) {
          const more = form.split(' ').length - 1;
          for (let k = 1; k <= more; k++) run.push((tokens[at + k] as string).replace(/[,;:]$/, ''));
          office.add(run.length - 1);
          applied('name-particles');
          if (/[,;:]$/.test(tokens[at + more] as string)) break;
          skip = more;
          continue;
        }
      }
      // A comma, or a period that ends the sentence, ends the name.
      if (/[,;:)”"]$/.test(token) || (/\.$/.test(word) && !isInitial && !ROLE_WORDS.has(bare))) break;
    }
    // "… Ngo Xuan Lich for the fifth time": connectors after the name are not part of it.
    while (run.length && CONNECTOR.test(run[run.length - 1] as string)) run.pop();
    // The name is what follows the last office word or connector.
    let from = 0;
    run.forEach((w, i) => {
      if (ROLE_WORDS.has(w) || CONNECTOR.test(w) || NATIONALITY.test(w) || office.has(i)) from = i + 1;
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

/**
 * Rule `who-skip-spokesperson`: the sentence without its "Pentagon Press Secretary John Kirby provided the
 * following readout:" line — the spokesperson tells what happened and is never who met whom.
 */
export function withoutAttribution(text: string): string {
  // Most sentences have no attribution: skip the pattern for them.
  const at = text.includes('following') ? ATTRIBUTION.exec(text) : null;
  if (!at) return text;
  applied('who-skip-spokesperson');
  return text.slice(at.index + at[0].length);
}
const ATTRIBUTION =
  /\b(?:provided|gave|issued) the following (?:readout|statement)\s*:?\s*["“]?|\bthe following is attributable to\b[^:]*:\s*["“]?/i;

/**
 * Rule `who-not-secretary`: the U.S. official whose readout it is, as its opening names them first
 * ("Secretary of Defense Lloyd J. Austin III met …", "Secretary Mattis hosted …") — their surname, lower-case;
 * null when the opening names no U.S. secretary.
 */
export function principalOf(opening: string): string | null {
  const first = peopleWithRoles(withoutAttribution(opening)).find(
    (p) =>
      /\bSecretary\b/.test(p.role) &&
      !/\b(?:Press|State|General)\b|Secretary-General/.test(p.role) &&
      !NATIONALITY.test(p.role.split(/\s+/)[0] ?? ''),
  );
  const surname = first?.name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !/^(?:jr|sr|iii|ii|iv)\.?$/.test(w))
    .pop();
  return surname ?? null;
}

/** Known places a readout meeting happens in, beyond "in <Capitalised>". */
// A building named by whose it is ends the place: "at the Jordanian ambassador’s residence", "at the Indian embassy".
const PLACE_PREPOSITION =
  /\b(in|at|visited|visiting|visits|traveled\s+to|travelled\s+to|arrived\s+in)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|and)){0,4}(?:(?:\s+\p{Ll}+['’]s)?\s+(?:residence|embassy|consulate|office|palace|headquarters|ministry|compound)\b)?)/gu;

/** Capitalised words after "in"/"at" that are not places. */
const NOT_PLACE: ReadonlySet<string> = new Set([...MONTHS.map(capitalised), ...LISTS.notPlaces.words]);

/**
 * Places named in a sentence with "in" or "at": "in Guam", "at the Pentagon",
 * "in Copenhagen today", or as what was visited ("visited Baghdad, Iraq"). Regions of a sentence's topic ("in the region") are
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
  // "the Tallinn-based … Center": where the thing is based is a place too.
  for (const match of sentence.matchAll(/\b((?:\p{Lu}[\p{L}.'’]*\s+){0,2}\p{Lu}[\p{L}'’]*)-based\b/gu)) {
    const place = match[1] as string;
    if (!out.includes(place)) out.push(place);
  }
  return out;
}

/**
 * The place of a news story's dateline ("BRASILIA, Brazil, April 24, 2012 – …" → Brasilia, Brazil), where the
 * reporter travelling with the secretary filed it; none for a sentence that opens otherwise.
 */
export function datelinePlaces(sentence: string): string[] {
  const m = DATELINE.exec(sentence);
  return m ? [m[1] as string, ...(m[2] ? [m[2]] : [])] : [];
}
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu}.'’ -]+?),\s+(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d/u;

/** Whether a sentence opens with a news story's dateline ("WASHINGTON, Jan. 15, 2014 – …"). */
export function hasDateline(sentence: string): boolean {
  return DATELINE.test(sentence);
}

/** Longest subheading (in words) a news story sets between its paragraphs ("Alliance Talks: From Space to Cyber Space"). */
export const SUBHEADING_WORDS = 12;

/**
 * Rule `subheading-not-sentence`: whether a sentence is a news story's subheading ("Praise for Macedonian Efforts",
 * "Alliance Talks: From Space to Cyber Space"): a short capitalised line with no closing punctuation. An editor's
 * label states nothing anyone said; a sentence that says the same comes first.
 */
export function isSubheading(sentence: string): boolean {
  const text = sentence.trim();
  return /^\p{Lu}/u.test(text) && !/[.?!:;,"”’')\]…]$/.test(text) && text.split(/\s+/).length <= SUBHEADING_WORDS;
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
  const partial = PARTIAL_DATE.exec(sentence);
  if (partial && readoutDate) {
    const month = monthNumber(partial[1] as string);
    if (month) return isoDate(Number(readoutDate.slice(0, 4)), month, Number(partial[2]));
  }
  // "on the evening of 14 September": the day before the month, as British and Japanese releases write it.
  const dayFirst = PARTIAL_DATE_DAY_FIRST.exec(sentence);
  if (dayFirst && readoutDate) {
    const month = monthNumber(dayFirst[2] as string);
    if (month) return isoDate(Number(readoutDate.slice(0, 4)), month, Number(dayFirst[1]));
  }
  return null;
}

/** A month abbreviation as readouts write it, capitalised: "Jan|Feb|…|Dec". */
const MONTH_START = MONTH_ABBREVIATIONS.map(capitalised).join('|');
/** A month word next to a number: the sentence may state a date. */
const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_START})[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:${MONTH_START})`);
/** "met June 2": a month and day without a year. */
const PARTIAL_DATE = new RegExp(
  String.raw`\b(?:on\s+|met\s+|held\s+)?((?:${MONTH_START}|${capitalised(SEPTEMBER_SHORT)})[a-z]*\.?)\s+(\d{1,2})\b(?!,?\s*\d{4})`,
);

/** "of 14 September": a day and month without a year, the day first. */
const PARTIAL_DATE_DAY_FIRST = new RegExp(
  String.raw`\b(\d{1,2})\s+((?:${MONTH_START}|${capitalised(SEPTEMBER_SHORT)})[a-z]*\.?)(?![a-z])(?!,?\s*\d{4})`,
);

/** "January 14, 2020": a headline's date, once (the citation below has it too). */
export function describeDate(date: IsoDate): string {
  return longDate(date);
}
