/**
 * What a sentence states for a question that asks for one thing (DESIGN.md, "Intents"): the year ("by
 * 2018", rule `when-year`), a name ("the Baltic Air Policing mission", rule `fact-which-name`), the
 * countries it names, or the part of a place ("northern Australia", rule `fact-which-part`). Read from
 * the sentence's text alone; headlines.ts and prefer.ts decide when to ask.
 */
import { baseForms, countryNamed, isEnglish, isOfficeWord } from '../reading/vocabulary.ts';
import { isProperNoun } from '../../lexicon/index.ts';
import { applied } from '../explain.ts';
import { peopleWithRoles } from '../reading/extract.ts';
import { fold, STOP_WORDS, words } from '../../text/terms.ts';

/** A month, a day and a year: a date, whose year is not the one asked. */
const FULL_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b/gi;

/**
 * The year a sentence states for something ("by 2018", "in 2030"; else a lone year), or null. With the
 * question's words, several years are told apart by the one written right before one of them: "the 2017
 * Memorandum of Understanding and the 2022 Joint Statement" asked about the memorandum is 2017.
 */
export function yearIn(text: string, asked: readonly string[] = []): string | null {
  // A full date ("WASHINGTON, Dec. 29, 2017 —") is when the readout was written, not a year it states.
  const stated = text.replace(FULL_DATE, (date) => ' '.repeat(date.length));
  const years = [...stated.matchAll(/\b(?:1[6-9]|20)\d{2}\b/g)];
  if (years.length === 1) return (years[0] as RegExpMatchArray)[0];
  // Several: the one nearest a typed word, within the clause — "the 2017 Memorandum …", "… host the Conference
  // of Defense Ministers of the Americas in 2018".
  if (years.length > 1 && asked.length) {
    const typed = (w: string) => asked.some((a) => w.startsWith(a.slice(0, Math.max(4, a.length - 2))));
    let best: { year: string; gap: number } | null = null;
    for (const m of years) {
      const at = m.index ?? 0;
      const before = text
        .slice(Math.max(0, text.lastIndexOf(',', at) + 1), at)
        .toLowerCase()
        .split(/[^\p{L}'’-]+/u)
        .filter(Boolean);
      const after = text
        .slice(at + 4)
        .toLowerCase()
        .split(/[^\p{L}'’-]+/u)
        .filter(Boolean)
        .slice(0, 3);
      const back = before.reverse().findIndex(typed);
      const ahead = after.findIndex(typed);
      const gap = Math.min(back < 0 ? 99 : back, ahead < 0 ? 99 : ahead);
      if (gap < 99 && (!best || gap < best.gap)) best = { year: m[0], gap };
    }
    if (best) return best.year;
  }
  const after = /\b(?:by|in|until|before|after|from|since|through|starting)\s+((?:1[6-9]|20)\d{2})\b/i.exec(text);
  return after ? (after[1] as string) : null;
}

/**
 * Rule `fact-which-event`: the occasion a sentence says a meeting was at ("today at the NATO Defense Ministerial",
 * "on the margins of the Munich Security Conference", "during the 2018 … Defense Ministers' Meeting (ADMM-Plus)").
 */
export function eventIn(text: string): string | null {
  const m =
    /\b(?:at|during|attending|on\s+the\s+(?:margins|sidelines)\s+of)\s+(?:the\s+)?((?:\d{4}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|the|on|\d{4}|\p{Lu}[\p{L}'’.-]*|\(\p{Lu}[\p{L}\p{N}+-]*\)))*)/u.exec(
      text,
    );
  const name = m?.[1]?.replace(/\s+(?:of|for|and|the|on)$/, '');
  // One capitalised word is a place ("at the Pentagon"), not an occasion.
  return name && /\s/.test(name) ? placeAfter(text, name) : null;
}

/** Rule `fact-weekday`: the weekday a sentence states, with its part of the day ("Wednesday evening"), or null. */
export function weekdayIn(text: string): string | null {
  return (
    /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b/.exec(text)?.[0] ?? null
  );
}

/** Month names, capitalised, for the phrases below. */
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Rule `fact-when-stated`: "when was Mexico set to host the conference?" — a month the sentence gives an event
 * ("the conference in July", "in May of this year", "in early March 2018"), with its year when stated; null
 * when it gives none.
 */
export function monthIn(text: string): string | null {
  const m = new RegExp(
    String.raw`\b(?:in|by|until|from|since|during|before|after)\s+(?:(?:early|mid|late)[\s-]+)?(${MONTH})(?:\s+(?:of\s+)?((?:1[6-9]|20)\d{2}))?\b`,
  ).exec(text);
  if (!m) return null;
  return m[2] ? `${m[1]} ${m[2]}` : (m[1] as string);
}

/**
 * The office's words as one pattern, in any case, with up to two words between them. Compiled once per office:
 * this runs for every candidate sentence of a who-question (hundreds at 10,000 readouts), and compiling a
 * Unicode regex per sentence was most of "who is the Indian defense minister?"'s time.
 */
function officePattern(ws: string[]): RegExp {
  const key = ws.join(' ');
  let re = officePatterns.get(key);
  if (!re) {
    const pattern = ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(String.raw`(?:\s+[\p{L}.'’-]+){0,2}?\s+`);
    // The office in any case, the name after it capitalised (under the i flag \p{Lu} would match "in" too).
    re = new RegExp(String.raw`\b${pattern}\b\s*`, 'iu');
    if (officePatterns.size >= 64) officePatterns.delete(officePatterns.keys().next().value as string);
    officePatterns.set(key, re);
  }
  return re;
}
const officePatterns = new Map<string, RegExp>();

/**
 * Rule `fact-who-office`: "who was the slovak prime minister …?" — the name the sentence writes right after
 * the office as typed ("Slovak Prime Minister Robert Fico"), not another person it names first.
 */
export function nameAfterOffice(scraped: string, office: string, minWords = 2): string | null {
  // Scraped text glues an acronym to the office ("ROKNational Security Advisor"): read apart, as terms.ts does.
  const text = scraped.replace(/\b([A-Z]{2,})(?=[A-Z][a-z]{2,})/g, '$1 ');
  // "bahrain's defense force" is the readout's "the Bahrain Defense Force".
  const typed = office
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter(Boolean);
  if (typed.length < minWords) return null;
  // The office as typed, or with a word or two the teammate left out ("deputy assistant secretary for …" is the
  // readout's "Deputy Assistant Secretary of Defense for …").
  const officeAt = (ws: string[]) => officePattern(ws).exec(text);
  // "the south korean national security advisor": the readout may write the country otherwise ("ROK").
  const country = countryNamed(typed[0] ?? '') ? 1 : countryNamed(typed.slice(0, 2).join(' ')) ? 2 : 0;
  const at = officeAt(typed) ?? (country && typed.length - country >= minWords ? officeAt(typed.slice(country)) : null);
  if (!at) return null;
  // Set off after the name: "Mr. Daniel Erikson, Deputy Assistant Secretary of Defense for …".
  const before =
    /(?:^|[;,]\s+|\b(?:included|including|and)\s+)(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:the\s+)?$/u.exec(
      text.slice(0, at.index),
    );
  if (before && typed.length >= 2) return before[1] as string;
  // After the office: an acronym in brackets, a comma and a rank may stand before the name ("Commander in Chief of
  // the Bahrain Defense Force (BDF), Field Marshall Khalifa bin Ahmad Al Khalifa").
  const rest = text
    .slice(at.index + at[0].length)
    .replace(/^\([^)]*\)\s*/, '')
    .replace(/^,\s*/, '')
    .replace(
      /^(?:(?:Field\s+Marshall?|Lt\.?\s+Gen\.?|Maj\.?\s+Gen\.?|Gen\.?|General|Adm\.?|Admiral|Dr\.?|His\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)|Sheikh|Prince)\s+)+/,
      '',
    );
  const m = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:bin|bint|al|el|de|da|van|von)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}/u.exec(rest);
  const name = m?.[0]?.trim().replace(/[.,;:]+$/, '');
  // The words after it must be a name: capitalised, not more office ("Minister of Defense").
  return name && /^\p{Lu}/u.test(name) && !/^(?:Minister|Secretary|Chief|General|Deputy|Defense|Defence)\b/.test(name) ? name : null;
}

/**
 * Rule `fact-who-agent`: "who was holding the hostages?" — the one the sentence says did it, in a passive
 * ("hostages being held by Hamas"): the capitalised name after "<the asked verb> by".
 */
export function agentOf(text: string, asked: (participle: string) => boolean): string | null {
  for (const m of text.matchAll(/\b([\p{L}-]+)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu)) {
    const participle = (m[1] as string).toLowerCase();
    if (asked(participle)) return (m[2] as string).replace(/^the\s+/, '');
  }
  return null;
}

/**
 * A capitalised name in the sentence ("Baltic Air Policing mission", "Partnership for Atlantic Cooperation")
 * that holds the asked noun or a word typed before it; null when none does.
 */
/** Navies' ship prefixes: "USS Gerald R. Ford", "HMS QUEEN ELIZABETH", "JS Izumo", "BRP Sierra Madre". */
const SHIP_PREFIX = '(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|INS|JS|ROKS|KRI|BRP|ARA|TCG|FS|ITS|HNLMS|KDM)';
/** Nouns of a gathering, whose name a team tells apart by where it was: "the NATO Summit in Wales". */
const GATHERING = /^(?:summit|conference|ministerial|forum|dialogue|meeting)$/;

/** A gathering's name with the place the sentence gives right after it ("NATO Summit" → "NATO Summit in Wales"). */
function withPlace(text: string, name: string, noun: string): string {
  return GATHERING.test(noun) ? placeAfter(text, name) : name;
}

/** A name with the place the sentence gives right after it ("in Wales"), when it gives one. */
function placeAfter(text: string, name: string): string {
  const at = text.indexOf(name);
  const place = /^\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(text.slice(at + name.length));
  // "Munich Security Conference in Munich": a place the name already holds adds nothing.
  return at >= 0 && place && !name.includes(place[1] as string) ? `${name} in ${place[1]}` : name;
}

/** A capitalised word of a name, a period inside it too ("U.S.-ROK"), not one that ends the sentence. */
const TOKEN = String.raw`\p{Lu}(?:[\p{L}\d'’-]|\.(?=[\p{L}-]))*`;

export function nameIn(text: string, typedAsked: { words: string[]; noun: string; typedNoun?: string }): string | null {
  // "center" asked, "Centre" written, and the reverse: the noun as the sentence spells it.
  const spelled = [typedAsked.noun, typedAsked.noun.replace(/er$/, 're'), typedAsked.noun.replace(/re$/, 'er')].find((n) =>
    new RegExp(String.raw`\b${n}`, 'i').test(text),
  );
  const asked = spelled ? { ...typedAsked, noun: spelled } : typedAsked;
  const typed = new Set(asked.words.map((w) => w.toLowerCase()));
  const runs =
    text.match(
      new RegExp(
        // A number of up to three digits ends a unit's name ("Combined Task Force 153"); a year does not.
        String.raw`\b${TOKEN}(?:\s+(?:of|for|and|the|on|al|bin|bint|de|del|da|van|von|${TOKEN}))*\s+${TOKEN}(?:\s+${asked.noun}s?\b)?(?:\s+\d{1,3}\b(?![.,]\d))?`,
        'gu',
      ),
    ) ?? [];
  // A run cut inside an abbreviation ("The U" of "The U.S.-Omani partnership") is no name.
  const names = runs.filter((name) => !/\s\p{Lu}$/u.test(name));
  // "which ship …?": a ship is named by its navy's prefix ("embarked onboard HMS QUEEN ELIZABETH").
  if (/^(?:ship|vessel|carrier|destroyer|frigate|submarine|flagship|cutter)$/.test(asked.noun)) {
    const ship = new RegExp(String.raw`\b${SHIP_PREFIX}\s+${TOKEN}(?:\s+${TOKEN}){0,3}`, 'u').exec(text);
    if (ship) return ship[0];
  }
  const lower = names.map((name) => name.toLowerCase().split(/\s+/));
  const withNoun = names.find((_, k) => (lower[k] as string[]).some((w) => w.startsWith(asked.noun)));
  // The noun capitalised heads a name: "World War II", not the "II" after "War", nor "Prisoner of War" (the noun
  // after "of" completes another name's head, as in "Department of War").
  const capital = new RegExp(String.raw`(?<!\bof\s)\b${asked.noun[0]?.toUpperCase()}${asked.noun.slice(1)}`);
  // Of names joined by "and the" ("Latvia and the Michigan National Guard"), the one the noun heads; "and" alone
  // may be inside one name ("Defense Technology Strategy and Cooperation Group").
  const headed = names.flatMap((name) => name.split(/\s+and\s+the\s+/)).find((name) => capital.test(name));
  if (headed) return withPlace(text, headed, asked.noun);
  // "the exercise African Lion", "Operation Inherent Resolve": the name right after the noun.
  const noun = `[${asked.noun[0]?.toUpperCase()}${asked.noun[0]}]${asked.noun.slice(1)}`;
  const after = new RegExp(String.raw`\b${noun}s?\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,4})`, 'u').exec(text);
  if (after) return (after[1] as string).trim();
  // A name with the noun ("Lask Air Base") before one with only a typed word ("Air Force").
  if (withNoun) return withNoun;
  // "… the Permanent Structure Cooperation (PESCO) military mobility project": the name shortly before the noun.
  const at = text.toLowerCase().search(new RegExp(String.raw`\b${asked.noun}`));
  if (at > 0) {
    const before = text.slice(Math.max(0, at - 60), at);
    // A number may be part of the name ("Sweden's Aurora 17 exercise").
    const near = [
      // A hyphen may join a number to the name ("TPY-2", "MQ-9"): the number is part of it.
      ...before.matchAll(
        /\b\p{Lu}[\p{L}'’-]*(?:(?<=-)\d+)?(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*(?:(?<=-)\d+)?|\d{1,4}\b))*(?:\s+\([A-Z]{2,}\))?/gu,
      ),
    ].pop();
    const gap = near ? before.slice((near.index ?? 0) + near[0].length) : '';
    if (near && gap.split(/\s+/).filter(Boolean).length <= 3) {
      // Asked in other words ("which deal …?"), the name is shown with the sentence's noun: "Minsk agreements".
      const written = /^\s*$/.test(gap) && asked.typedNoun !== undefined && asked.typedNoun !== asked.noun;
      return written ? `${near[0]}${gap}${/^[\p{L}]+/u.exec(text.slice(at))?.[0] ?? ''}` : near[0];
    }
  }
  return names.find((_, k) => (lower[k] as string[]).some((w) => typed.has(w))) ?? null;
}

/** Words for a part of a place: "northern Australia", "western Mosul". */
export const PARTS =
  'north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|upper|lower|inner|outer';

/** Countries a sentence names by their name ("Georgia is the largest …"), in order. */
export function countriesIn(text: string): string[] {
  return countriesWritten(text).map((c) => c.country);
}

/** The countries a text names, each once, with the name as the text writes it ("Turkiye", not Türkiye). */
export function countriesWritten(text: string): { country: string; written: string }[] {
  const out: { country: string; written: string }[] = [];
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/gu)) {
    // "Portugal’s productive term": the country, without its possessive.
    const found = m[0].replace(/['’]s\b/gu, '');
    const whole = countryNamed(found.toLowerCase())?.country;
    const first = found.split(/\s+/)[0] ?? '';
    const country = whole ?? countryNamed(first.toLowerCase())?.country;
    if (country && !out.some((c) => c.country === country)) out.push({ country, written: whole ? found : first });
  }
  return out;
}

/** "which (two) countries …", "what nations …": the answer is the countries a sentence names. */
export const WHICH_COUNTRIES = /^(?:which|what)\s+(?:(?:two|three|four|five|\d+)\s+)?(?:countries|nations|allies)\b/i;

/** "who is/was the <office> (that …)?": the office typed. */
export const WHO_OFFICE =
  /^who\s+(?:is|was|are|were)\s+(?:the\s+)?((?:[\p{L}.'’-]+\s+){1,6}?[\p{L}.'’-]+)\s*(?:\b(?:that|who|whom|which|when|whose|during|at|in)\b|[?,]|$)/iu;

/** Verbs that say nothing of who did it ("who was…", "who has…"). */
const EMPTY_VERBS = new Set(['be', 'have', 'do', 'say', 'tell']);

/** True for a participle of a verb the question typed ("held" for "who was holding …"). */
export function askedVerb(focus: string): (participle: string) => boolean {
  const typed = new Set(words(focus).flatMap((w) => baseForms(w.word)));
  for (const v of EMPTY_VERBS) typed.delete(v);
  return (participle) => /(?:ed|en|wn|ld|ght|ne)$/.test(participle) && baseForms(participle).some((b) => b !== participle && typed.has(b));
}

/** The question's own topic words, lower case: what a stated year or name is told apart by. */
export function typedWords(focus: string): string[] {
  // From the focus as typed: a thing named with capitals ("Memorandum of Understanding") reads as a name.
  return words(focus)
    .map((w) => w.word)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

/** "national security advisor mattis saw": the office up to its last office word (as typed when it has none). */
function toLastOfficeWord(office: string): string {
  const ws = office.split(/\s+/);
  const last = ws.map((w) => isOfficeWord(w.toLowerCase())).lastIndexOf(true);
  return last >= 0 ? ws.slice(0, last + 1).join(' ') : office;
}

/**
 * Rules `fact-who-office`, `fact-who-agent`: "who was the slovak prime minister …?" is the name after that office;
 * "who was holding the hostages?" the one the sentence says held them. Null when the sentence states neither.
 */
export function whoStated(text: string, focus: string): string | null {
  const office = WHO_OFFICE.exec(focus)?.[1];
  // "which journalist's killing …?": the name the sentence writes after that noun ("journalist Steven Sotloff").
  const noun = WHICH_PERSON.exec(focus)?.[1];
  const named =
    (office && (nameAfterOffice(text, office) || nameAfterOffice(text, toLastOfficeWord(office)))) ||
    (noun && nameAfterOffice(text, noun, 1)) ||
    null;
  if (named) {
    applied('fact-who-office');
    return named;
  }
  const agent = agentOf(text, askedVerb(focus)) ?? (WHO_DID.test(focus) ? subjectOf(text, askedVerb(focus), focus) : null);
  if (agent) applied('fact-who-agent');
  return agent;
}

/** "which journalist …", "which envoy …": a person asked for by what they are. */
const WHICH_PERSON = /^which\s+(journalist|reporter|envoy|commander|ambassador|general|admiral)(?:s|['’]s)?\b/i;

/** "who hosted the colombian ministers?": "who" is the subject (not "who did Austin host?"). */
const WHO_DID = /^who\s+(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\b)[a-z]+/i;

/** The capitalised name right before the asked verb ("Ms. Rebecca Zimmerman, hosted …"), not one the question typed. */
function subjectOf(text: string, asked: (verb: string) => boolean, focus: string): string | null {
  const typed = new Set(words(focus).map((w) => w.word));
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:of|for|the)\s+)?){0,5}\p{Lu}[\p{L}.'’-]*),?\s+([a-z]+)\b/gu)) {
    if (!asked(m[2] as string)) continue;
    const run = (m[1] as string).trim();
    // "Pentagon Press Secretary Jane Doherty provided …": the person, without the office.
    const name = peopleWithRoles(`${run} x`)[0]?.name ?? run;
    if (!words(name).some((w) => typed.has(w.word))) return name;
  }
  return null;
}

/** Words inside an office's name ("Minister *of* Foreign Affairs", "Under Secretary of Defense *for* Policy"). */
const OFFICE_JOINS = new Set(['of', 'for', 'and', 'the', 'on']);
/** Courtesy titles and given-name initials between an office and a surname ("Dr. Colin Kahl", "James N. Mattis"). */
const COURTESY = /^(?:Dr|Mr|Mrs|Ms|Hon|\p{Lu})\.$/u;

/**
 * Rule `fact-office`: the office a sentence gives the person named `surname` — written before the name
 * ("Ukrainian Minister of Foreign Affairs Pavlo Klimkin" → Minister of Foreign Affairs; "Under Secretary of
 * Defense for Policy Dr. Colin Kahl") or after it ("Mr. Daniel Erikson, Deputy Assistant Secretary of Defense for
 * Western Hemisphere Affairs"); the country's word is no part of it. Null when the sentence gives none.
 */
export function officeOf(text: string, surname: string): string | null {
  const want = fold(surname).toLowerCase();
  const tokens = text.split(/\s+/);
  const at = tokens.findIndex(
    (t) =>
      fold(t)
        .toLowerCase()
        .replace(/[^\p{L}'’-]/gu, '') === want,
  );
  if (at < 0) return null;
  // After the name, set off by a comma: the office up to the next comma or semicolon.
  // An office in lower case begins with its office word ("Philip Dunne, minister for equipment, support and
  // technology for …"), and keeps a list of what it is for.
  const after =
    /^[^,;]*?,\s+((?:the\s+)?(?:\p{Lu}[^,;]*|(\p{Ll}+)\b[^,;]*(?:,\s+(?!and\b)\p{Ll}[\p{L}-]*(?:\s+(?!and\b)\p{Ll}[\p{L}-]*)?)*(?:,?\s+and\s+\p{Ll}[\p{L}-]*)?))/u.exec(
      tokens.slice(at).join(' '),
    );
  const lowerHead = after?.[2];
  const afterOffice =
    after && (lowerHead ? isOfficeWord(lowerHead) : (after[1] as string).split(/\s+/).some((w) => isOfficeWord(w.toLowerCase())))
      ? after[1]
      : null;
  // Before it: back over given names and courtesy titles (three words at most: "Dr. Colin", "Marta Lucia"), then
  // the run of capitalised words. A given name is no English word, or one WordNet knows only as a name (Daniel).
  let k = at - 1;
  for (let skipped = 0; k >= 0 && skipped < 3; k--, skipped++) {
    const t = tokens[k] as string;
    const lower = t.toLowerCase();
    const given = /^\p{Lu}[\p{L}'’-]*$/u.test(t) && !isOfficeWord(lower) && (!isEnglish(lower) || isProperNoun(lower));
    if (!given && !COURTESY.test(t)) break;
  }
  const run: string[] = [];
  for (; k >= 0; k--) {
    const t = tokens[k] as string;
    const bare = t.replace(/[^\p{L}'’.-]/gu, '');
    // A comma ends the office, but for the one that sets the name off ("Minister of External Affairs, Dr. S. Jaishankar").
    if ((/[,;:]$/.test(t) && (run.length > 0 || /[;:]$/.test(t))) || countryNamed(bare.toLowerCase().replace(/['’]s$/, '')) !== undefined)
      break;
    if (!/^\p{Lu}/u.test(bare) && !OFFICE_JOINS.has(bare)) break;
    run.unshift(bare);
  }
  // "Secretary Austin and Minister Jaishankar": of offices joined by "and", the one that names this person.
  const and = run.lastIndexOf('and');
  if (and >= 0 && run.slice(and + 1).some((w) => isOfficeWord(w.toLowerCase()))) run.splice(0, and + 1);
  while (run.length && OFFICE_JOINS.has(run[0] as string)) run.shift();
  const before = run.some((w) => isOfficeWord(w.toLowerCase())) ? run.join(' ') : null;
  return before ?? (afterOffice ? afterOffice.trim().replace(/[.]$/, '') : null);
}
