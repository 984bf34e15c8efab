/**
 * Is a word an English word? From the `an-array-of-english-words` list
 * (275,000 words), loaded on first use: only questions with a word the
 * corpus never uses ask. Typo correction uses it so that a real word is never
 * "corrected" into a different one the corpus has ("plane" → "places",
 * "office" → "officials"), while "Matis" and "Okinowa" still are.
 */
import { createRequire } from 'node:module';

let words: Set<string> | undefined;

function list(): Set<string> {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return words;
}

export function isEnglishWord(word: string): boolean {
  return list().has(word.toLowerCase());
}

/** Load the list now (~100 ms), so the first question with an unknown word does not wait for it. */
export function preloadEnglish(): void {
  list();
}
