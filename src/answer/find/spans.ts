/**
 * "Find in readouts", step one: what a chat message quotes and what it claims.
 *
 * A message is cleaned of what is never readout text (code, links, mentions,
 * emoji, Markdown marks), then read into spans:
 *
 * - quotes (rule `find-quotes`): text in straight or curly double quotes (two words or more),
 *   single-quoted spans of three words or more, `>` block-quote lines (and
 *   everything after `>>> `), each checked on its own;
 * - sentences: what is left once the quotes are cut out, one span per
 *   sentence. Without any quote the whole message is read this way, so a
 *   message that is all quote (a pasted sentence) is a sentence span that
 *   turns out verbatim; with quotes, a sentence around them is kept only when
 *   it makes a claim of its own (`makesClaim`, rule `find-framing-claim` in claimVerdicts.ts),
 *   so "Per the readout:" or "— big deal" are ignored rather than reported as
 *   misquotes.
 *
 * @example
 * spansOf('Per the readout: "we stand with Japan" — big deal').spans
 * // → [{ kind: 'quote', text: 'we stand with Japan' }]
 */
import { splitSentences } from '../../text/sentences.ts';
import { term, words } from '../../text/terms.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import { z } from 'zod';
import { dataFile } from '../../data.ts';
import { DISCORD_MARKUP } from '../../text/discordMarkup.ts';

export interface Span {
  /** `quote`: the message quotes it; `sentence`: the message says it in its own words. */
  kind: 'quote' | 'sentence';
  text: string;
}

export interface MessageSpans {
  /** The spans to check, quotes first, in the order written. */
  spans: Span[];
  /** Spans found but not checked, past the limits. */
  skipped: number;
  /** Sentences on their own beside the quotes that make no claim (rule `find-framing-claim`): not checked, but said. */
  framing: string[];
  /** True when the message was longer than MAX_FIND_TEXT and its end was not read. */
  cut: boolean;
}

/** Longest message read: Discord's own limit for a message (with Nitro). */
export const MAX_FIND_TEXT = 4000;
/** Spans checked at most; words a double- and a single-quoted span need (DEFAULTS.find says why). */
const { maxChecks, minDoubleQuotedWords, minSingleQuotedWords } = DEFAULTS.find;

/**
 * What is never readout text. Masked links keep their text; the rest becomes
 * a space so the words around it stay apart.
 */
export function cleanMessage(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // code blocks and inline code
      .replace(/```[\s\S]*?(?:```|$)/g, ' ')
      .replace(/`[^`\n]*`/g, ' ')
      // [text](https://…) → text
      .replace(/\[([^\]\n]*)\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)/g, '$1')
      .replace(/<?https?:\/\/[^\s>]+>?/g, ' ')
      // user, role, channel and slash-command mentions, custom emoji, timestamps
      .replace(DISCORD_MARKUP, ' ')
      .replace(/@(?:everyone|here)\b/g, ' ')
      // :shortcode: emoji and Unicode emoji (with their joiners and variation selectors)
      .replace(/:[a-z0-9_+-]+:/gi, ' ')
      .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu, ' ')
      // Markdown emphasis, strike-through, spoilers; heading and list marks
      .replace(/\*\*|__|~~|\|\||\*/g, '')
      .replace(/^[ \t]*(?:#{1,3}|[-•]|\d+\.)[ \t]+/gm, '')
  );
}

/** Straight or curly double quotes; an unclosed one runs to the end of its line. */
const DOUBLE_QUOTED = /["“”„«»]([^"“”„«»\n]+)(?:["“”„«»]|$)/gm;
/**
 * Single quotes: one opening after a space or bracket and before a non-space,
 * one closing before a space or punctuation — so "Beijing's" and "allies'"
 * inside a span are apostrophes, not quotes.
 */
const SINGLE_QUOTED = /(^|[\s([{])['‘]([^\s'‘’][^\n]*?[^\s'‘])['’](?=$|[\s.,;:!?)\]}—–-])/gm;

/** Read a message into the spans to check (see the module comment). */
export function spansOf(message: string, makesClaim: (sentence: string) => boolean = (s) => contentWords(s).length > 0): MessageSpans {
  const cut = message.length > MAX_FIND_TEXT;
  let text = cleanMessage(cut ? message.slice(0, MAX_FIND_TEXT) : message);

  const quotes: Span[] = [];
  const addQuote = (raw: string, minWords: number) => {
    const quoted = raw.replace(/\s+/g, ' ').trim();
    if (words(quoted).length >= minWords) {
      applied('find-quotes');
      quotes.push({ kind: 'quote', text: quoted });
    }
  };

  // `>>> ` quotes the rest of the message; `> ` lines quote themselves, and a
  // run of them is one quotation wrapped over several lines.
  const lines = text.split('\n');
  const rest: string[] = [];
  let block: string[] = [];
  const endBlock = () => {
    if (block.length) addQuote(block.join(' '), 1);
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const multi = /^\s*>>>\s?(.*)$/.exec(line);
    if (multi) {
      endBlock();
      addQuote([multi[1] as string, ...lines.slice(i + 1)].join(' '), 1);
      break;
    }
    const single = /^\s*>\s?(.*)$/.exec(line);
    if (single) block.push(single[1] as string);
    else {
      endBlock();
      rest.push(line);
    }
  }
  endBlock();
  text = rest.join('\n');

  // Quoted spans are cut out, leaving the message's own words, with "…"
  // where a quote was ("Esper said … in Tokyo" is read as one claim).
  text = text.replace(DOUBLE_QUOTED, (_all, inner: string) => {
    addQuote(inner, minDoubleQuotedWords);
    return ' … ';
  });
  text = text.replace(SINGLE_QUOTED, (all, before: string, inner: string) => {
    if (words(inner).length < minSingleQuotedWords) return all;
    addQuote(inner, minSingleQuotedWords);
    return `${before} … `;
  });

  const candidates = splitSentences(text)
    .map((s) => unframe(s.replace(/\s+/g, ' ')))
    .filter((s) => contentWords(s).length > 0);
  // A question is not a claim, unless the message is nothing but that question.
  const statements = candidates.filter((s) => !isQuestion(s));
  const own: string[] = [];
  const framing: string[] = [];
  let skipped = Math.max(0, quotes.length - maxChecks);
  for (const s of quotes.length || statements.length ? statements : candidates) {
    // Past the limit sentences are counted, not read (reading a claim costs a date parse).
    if (quotes.length + own.length >= maxChecks) skipped++;
    else if (quotes.length === 0) own.push(s);
    else {
      // Rule `find-framing-claim`: beside quotes, a sentence is checked only when it claims something.
      applied('find-framing-claim');
      if (makesClaim(s)) own.push(s);
      // A sentence around a quote ("Esper said …") is its frame; one on its own is said to be left unchecked.
      else if (!s.includes('…')) framing.push(s);
    }
  }
  const spans = [...quotes.slice(0, maxChecks), ...own.map((s): Span => ({ kind: 'sentence', text: s }))];
  return { spans, skipped, cut, framing };
}

/**
 * Chat filler that frames a claim but is no part of it ("I heard", "lol",
 * "apparently"), and reporting verbs a readout words its own way ("raised"
 * is "expressed concern", "discussed", "noted"): data/find/claim-filler.json.
 * Dropped before a sentence is read as a claim (rule `find-claim-filler`).
 */
const ClaimFillerFile = z.object({ words: z.array(z.string().regex(/^[a-z]+$/)).min(1) });
const claimFillerFile = dataFile('find/claim-filler.json', ClaimFillerFile);
let claimFillerWords: Set<string> | undefined;
export function claimFiller(): Set<string> {
  claimFillerWords ??= new Set(claimFillerFile().words);
  return claimFillerWords;
}

/** A sentence's words that could carry a claim: not stop words, not filler. */
export function contentWords(sentence: string): string[] {
  return words(sentence)
    .map((w) => w.word)
    .filter((w) => !claimFiller().has(w) && term(w) !== null);
}

export const isQuestion = (sentence: string) => /\?[\s"'”’)]*$/.test(sentence);

/**
 * Rule `find-framing`: how a message introduces what it reports ("Per the readout,", "I heard
 * that", "The readout says") and how it signs off ("— big deal", "lol"):
 * not part of what is checked.
 */
const LEAD_IN =
  /^(?:(?:so|well|anyway|also|and|but|plus|fyi|btw|lol|apparently|reportedly|supposedly|honestly|fun fact)[,:]?\s+)*(?:(?:i\s+(?:heard|read|saw|think|believe)|(?:per|according\s+to)\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:readouts?|pentagon|dod|statement)|the\s+readouts?\s+(?:says?|said|states?|notes?)|(?:it|they)\s+(?:says?|said))(?:\s+that)?[,:]?\s+)?/i;
const SIGN_OFF = /(?:[\s,;:—–-]+(?:big deal|lol|lmao|apparently|right|huh|wow|fwiw|iirc))+[\s.!]*$/i;

/** A sentence of the message without its framing. */
export function unframe(sentence: string): string {
  const bare = sentence.replace(LEAD_IN, '').replace(SIGN_OFF, '');
  if (bare !== sentence) applied('find-framing');
  return bare.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
}
