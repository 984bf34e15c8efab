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
  if (PLAIN.test(text)) return plainKey(text);
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

/** Plain ASCII with no dotted initialisms: the common case, keyed without regexes. */
const PLAIN = /^[\x20-\x7e]*$/;

function plainKey(text: string): string {
  let out = ' ';
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // "U.S." → "us": a period between two single letters joins them.
    if (c === 46 && i > 0 && i + 1 < text.length && isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1)) &&
      (i < 2 || !isAlnum(text.charCodeAt(i - 2))) && (i + 2 >= text.length || !isAlnum(text.charCodeAt(i + 2)))) continue;
    if (isAlnum(c) || c === 37) {
      if (pending && out.length > 1) out += ' ';
      pending = false;
      if (c >= 65 && c <= 90) c += 32;
      out += String.fromCharCode(c);
    } else pending = true;
  }
  return out.length > 1 ? `${out} ` : ' ';
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlnum(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57);
}
