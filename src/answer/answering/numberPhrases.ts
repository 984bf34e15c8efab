/**
 * Numbers a sentence states, as readouts write them (data/answering/numbers.json): the number of a counted thing,
 * a span of years, an ordinal, an amount of money — read for the headlines of src/answer/answering/headlines.ts.
 *
 * @example
 * durationPhrase('the 185-year-old alliance', null)   // → '185 years (185-year-old)'
 * ordinalPhrase('They held the third round of talks.', 'round')   // → 'the third round'
 */
import { z } from 'zod';
import { dataFile } from '../../data.ts';
import { term, words } from '../../text/terms.ts';
import { applied } from '../explain.ts';
import { acronymReadings } from '../reading/vocabulary.ts';

/** Numbers and ordinals as readouts write them in words (data/answering/numbers.json). */
const NumbersFile = z.object({
  numberWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  ordinalWords: z.array(z.string().regex(/^[a-z]+(?:-[a-z]+)?$/)).min(1),
  ordinalNumbers: z.record(z.string(), z.number().int().positive()),
});
const numbersFile = dataFile('answering/numbers.json', NumbersFile);
interface Numbers {
  /** Number words as a regex alternation, and as a set. */
  numberWords: string;
  numberSet: Set<string>;
  /** A number as readouts write it ("$1 billion", "two percent", "over seventy"), then up to three words. */
  numberPhrase: RegExp;
  /** Ordinal words as a regex alternation, and the value of the first few ("eighth" → 8). */
  ordinalWords: string;
  ordinalNumbers: Readonly<Record<string, number>>;
}
let numbersRead: Numbers | undefined;
export function numbers(): Numbers {
  if (numbersRead) return numbersRead;
  const file = numbersFile();
  const numberWords = file.numberWords.join('|');
  numbersRead = {
    numberWords,
    numberSet: new Set(file.numberWords),
    numberPhrase: new RegExp(
      String.raw`(?<![\w$.-])(?:(?:over|about|nearly|almost|some|more than|at least|up to)\s+)?(?:\$?\d[\d,.]*(?:st|nd|rd|th|\s*%)?|(?:${numberWords})\b)(?:\s+[\w'’-]+(?:\.[\w'’-]+)*\.?){0,3}`,
      'gi',
    ),
    ordinalWords: file.ordinalWords.join('|'),
    ordinalNumbers: file.ordinalNumbers,
  };
  return numbersRead;
}

/** "how much money/funding …", "how much is it worth / does it cost": an amount of money is asked. */
export const MONEY_ASKED = /^how\s+much\b.*\b(?:money|funding|funds|cash|dollars|worth|cost|costs|budget|spend|spent|pay|paid)\b/i;

/**
 * The words that state a number in a sentence: the first number phrase that
 * names the counted thing ("three Marines"), else the first one ("two percent
 * of GDP"). "MV-22" is a name, not a number.
 */
export function numberPhrase(text: string, unit: Set<string>, of: readonly string[] = []): string | null {
  const matches = [...text.matchAll(numbers().numberPhrase)];
  // An ordinal is a rank, said with what it ranks: "the 32nd member of the NATO Alliance" → "32nd member".
  const phrases = matches.map((m) =>
    m[0].replace(/[,.;:]+$/, '').replace(/^(\d+(?:st|nd|rd|th)(?:\s+(?!(?:of|in|to|the|and|for)\b)[\w-]+)?)\b.*$/i, '$1'),
  );
  // Rule `quantity-share-of`: "what share of gdp …": the number right before "of [gross domestic product]", not the
  // first percentage ("20 percent of the defense budget").
  for (let k = 0; k < matches.length && of.length; k++) {
    const m = matches[k] as RegExpMatchArray;
    const start = m.index ?? 0;
    const after = text.slice(start, start + m[0].length + 40).toLowerCase();
    if (of.some((o) => after.includes(o.toLowerCase()))) {
      applied('quantity-share-of');
      return (phrases[k] as string).replace(/\s+(?:of|to|for|in|on|and)(?:\s+the)?$/i, '');
    }
  }
  for (const p of unit.size ? phrases : []) {
    // "three Marines off the" → "three Marines": up to the counted thing.
    const upTo = words(p).findIndex((w) => unit.has(term(w.word) ?? ''));
    if (upTo >= 0) return p.slice(0, (words(p)[upTo] as { end: number }).end);
  }
  // Else a number written right before the counted thing, further on ("troops from ten nations"). Rule
  // `quantity-not-year`: a bare year ("by the end of 2014") counts nothing; a sentence with only that states no number.
  const counts = phrases.filter((p) => !/^(?:19|20)\d{2}$/.test(p.trim()));
  if (counts.length < phrases.length) applied('quantity-not-year');
  return numberBeforeUnit(text, unit) ?? counts[0] ?? null;
}

/** A number written right before the counted thing ("troops from ten nations" → "ten nations"), or null. */
export function numberBeforeUnit(text: string, unit: ReadonlySet<string>): string | null {
  if (!unit.size) return null;
  const ws = words(text);
  const { numberSet } = numbers();
  for (let k = 1; k < ws.length; k++) {
    const n = ws[k - 1] as { word: string; start: number };
    if (!unit.has(term((ws[k] as { word: string }).word) ?? '') || !(/^\d[\d,.]*$/.test(n.word) || numberSet.has(n.word))) continue;
    // "2,500-Marine": the number whole, its thousands too.
    let from = n.start;
    while (from > 0 && /[\d,.]/.test(text[from - 1] as string)) from--;
    return text.slice(from, (ws[k] as { end: number }).end);
  }
  return null;
}

/**
 * Rule `fact-duration`: the span of years a sentence states — "the 65th anniversary" → "65 years (the 65th
 * anniversary)", "now in its eighth decade" → "over 70 years (in its eighth decade)", "70 years", "since 1951"
 * (with the years to the readout's date when it has one). Null when it states none.
 */
export function durationPhrase(text: string, date: string | null): string | null {
  const anniversary = /\b(\d+)(?:st|nd|rd|th)\s+anniversary\b/i.exec(text);
  if (anniversary) return `${anniversary[1]} years (the ${anniversary[0]})`;
  // "the 185-year-old U.S.-Thai alliance".
  const old = /\b(\d+)-year-old\b/i.exec(text);
  if (old) return `${old[1]} years (${old[0]})`;
  const { ordinalWords, ordinalNumbers, numberSet } = numbers();
  // "a 10-year Roadmap for Defense Cooperation", "a five-year plan", "the next 10 Year Defense Framework": the span
  // of the thing signed (a number word only hyphened: "the first year of" is no span).
  const span = new RegExp(String.raw`\b(?:(\d+)[-\s]|(${numbers().numberWords})-)year\b(?!-old)(?:\s+[“"]?[\p{L}-]+){0,1}`, 'iu').exec(
    text,
  );
  if (span) return `${span[1] ?? span[2]} years (a ${span[0].replace(/[“"]/g, '')})`;
  const decade = new RegExp(String.raw`\b(?:its|their|the)\s+(${ordinalWords})\s+decade\b`, 'i').exec(text);
  if (decade) {
    const n = ordinalNumbers[(decade[1] as string).toLowerCase()];
    return n ? `over ${(n - 1) * 10} years (${decade[0]})` : decade[0];
  }
  // "seventy years", "for thirteen years", "four years of partnership": any number word (rule `fact-duration`).
  const years = new RegExp(
    String.raw`\b((?:over|more than|nearly|almost|some)\s+)?(\d+|[a-z]+ty(?:-[a-z]+)?|${numbers().numberWords})\s+years\b`,
    'i',
  ).exec(text);
  if (years && (/^\d+$/.test(years[2] as string) || numberSet.has((years[2] as string).toLowerCase()))) return years[0];
  const since = /\bsince\s+((?:1[6-9]|20)\d\d)\b/.exec(text);
  if (since) {
    const from = Number(since[1]);
    return date ? `${Number(date.slice(0, 4)) - from} years (since ${from})` : `since ${from}`;
  }
  return null;
}

/** Rule `fact-ordinal`: "the third round", "the 5th annual … Forum": the ordinal before the asked noun (or its name). */
export function ordinalPhrase(text: string, noun: string): string | null {
  const { ordinalWords } = numbers();
  const re = new RegExp(
    String.raw`\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|${ordinalWords})\s+(?:(?:annual|regular|bilateral)\s+)?(?:[A-Z][\w.-]*\s+){0,4}${noun === 'annual' ? '' : noun}\w*`,
    'i',
  );
  const m = re.exec(text);
  if (m) return m[0];
  const any = new RegExp(
    String.raw`\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|${ordinalWords})\s+(?:annual\s+)?(?:[\w'’–—-]+\s+){0,6}?(?:round|iteration|installment|forum|dialogue|meeting|summit|session|edition|conference|ministerial|committee|commission|council|board|group|talks|consultations|review)\b`,
    'i',
  ).exec(text);
  if (any) return any[0];
  // "The visit was Dr. Carter's second to India …": an ordinal with no noun after it ranks what the question names.
  const bare = new RegExp(String.raw`\b(?:\d+(?:st|nd|rd|th)|${ordinalWords})\b(?:\s+(?:to|in|of|at)\s+[\w'’-]+)?`, 'i').exec(text);
  return bare ? bare[0] : null;
}

/**
 * Rule `fact-which-name`: the name with the ordinal the sentence writes right before it ("the 49th U.S.-ROK
 * Security Consultative Committee", "the 5th annual Djiboutian Bi-National Forum"): which one it was is part of it.
 */
export function withOrdinal(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at <= 0) return name;
  const { ordinalWords } = numbers();
  const before = new RegExp(String.raw`\b(?:\d+(?:st|nd|rd|th)|${ordinalWords})\s+(?:annual\s+)?$`, 'i').exec(text.slice(0, at));
  return before ? `${before[0]}${name}` : name;
}

/** "what share/percentage/proportion of gdp …": the words that thing is written with (GDP, gross domestic product). */
export function shareOf(focus: string): string[] {
  const of = /^what\s+(?:percentage|percent|share|proportion|portion|fraction)\s+of\s+(?:the\s+|their\s+|its\s+)?([\p{L}-]+)/iu.exec(
    focus,
  )?.[1];
  return of ? [of, ...acronymReadings(of.toLowerCase())] : [];
}
