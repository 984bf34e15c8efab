/**
 * What a sentence states for a question that asks for one thing (DESIGN.md, "Intents"): the year ("by
 * 2018", rule `when-year`), a name ("the Baltic Air Policing mission", rule `fact-which-name`), the
 * countries it names, or the part of a place ("northern Australia", rule `fact-which-part`). Read from
 * the sentence's text alone; headlines.ts and prefer.ts decide when to ask.
 */
import { countryNamed } from '../reading/vocabulary.ts';

/** The year a sentence states for something ("by 2018", "in 2030"; else a lone year), or null. */
export function yearIn(text: string): string | null {
  const after = /\b(?:by|in|until|before|after|from|since|through|starting)\s+((?:1[6-9]|20)\d{2})\b/i.exec(text);
  if (after) return after[1] as string;
  const years = text.match(/\b(?:1[6-9]|20)\d{2}\b/g) ?? [];
  return years.length === 1 ? (years[0] as string) : null;
}

/**
 * A capitalised name in the sentence ("Baltic Air Policing mission", "Partnership for Atlantic Cooperation")
 * that holds the asked noun or a word typed before it; null when none does.
 */
export function nameIn(text: string, asked: { words: string[]; noun: string }): string | null {
  // "the exercise African Lion", "Operation Inherent Resolve": the name right after the noun.
  const noun = `[${asked.noun[0]?.toUpperCase()}${asked.noun[0]}]${asked.noun.slice(1)}`;
  const after = new RegExp(String.raw`\b${noun}s?\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,4})`, 'u').exec(text);
  if (after) return (after[1] as string).trim();
  const typed = new Set(asked.words.map((w) => w.toLowerCase()));
  const names =
    text.match(
      new RegExp(
        String.raw`\b\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|on|\p{Lu}[\p{L}'’-]*))*\s+\p{Lu}[\p{L}'’-]*(?:\s+${asked.noun}s?\b)?`,
        'gu',
      ),
    ) ?? [];
  // A name with the noun ("Lask Air Base") before one with only a typed word ("Air Force").
  const lower = names.map((name) => name.toLowerCase().split(/\s+/));
  const withNoun = names.find((_, k) => (lower[k] as string[]).some((w) => w.startsWith(asked.noun)));
  if (withNoun) return withNoun;
  // "… the Permanent Structure Cooperation (PESCO) military mobility project": the name shortly before the noun.
  const at = text.toLowerCase().search(new RegExp(String.raw`\b${asked.noun}`));
  if (at > 0) {
    const before = text.slice(Math.max(0, at - 60), at);
    const near = [...before.matchAll(/\b\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*))*(?:\s+\([A-Z]{2,}\))?/gu)].pop();
    if (
      near &&
      before
        .slice((near.index ?? 0) + near[0].length)
        .split(/\s+/)
        .filter(Boolean).length <= 3
    )
      return near[0];
  }
  return names.find((_, k) => (lower[k] as string[]).some((w) => typed.has(w))) ?? null;
}

/** Words for a part of a place: "northern Australia", "western Mosul". */
export const PARTS =
  'north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|upper|lower|inner|outer';

/** Countries a sentence names by their name ("Georgia is the largest …"), in order. */
export function countriesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/gu)) {
    const country = countryNamed(m[0].toLowerCase())?.country ?? countryNamed((m[0].split(/\s+/)[0] ?? '').toLowerCase())?.country;
    if (country && !out.includes(country)) out.push(country);
  }
  return out;
}

/** "which (two) countries …", "what nations …": the answer is the countries a sentence names. */
export const WHICH_COUNTRIES = /^(?:which|what)\s+(?:(?:two|three|four|five|\d+)\s+)?(?:countries|nations|allies)\b/i;
