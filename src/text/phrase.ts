/**
 * Verbatim phrase matching for `quote`: case, accents, quote style, dashes,
 * punctuation and spacing are ignored; the words and their order are not.
 *
 * @example
 * phraseKey('Japan’s steps — towards') // → ' japan s steps towards '
 * containsPhrase(phraseKey("Japan's steps towards completing"), phraseKey('japan’s STEPS')) // → true
 */
import { fold } from './terms.ts';

/**
 * Words only, lowercased, single-spaced, padded with a space on each side.
 * Dotted initialisms are one word, as in search terms: "U.S." → "us".
 */
export function phraseKey(text: string): string {
  const flat = fold(text)
    .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
  return flat ? ` ${flat} ` : ' ';
}

/** True when `key` holds `phrase` as whole words (both from phraseKey). */
export function containsPhrase(key: string, phrase: string): boolean {
  return phrase.trim() !== '' && key.includes(phrase);
}
