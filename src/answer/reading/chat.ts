import { z } from 'zod';
import {
  acronym,
  chatPhrases,
  chatWord,
  givenNames,
  inWordNet,
  meetingPhrases,
  nicknamesOf,
  phraseAt as idiomAt,
  related,
} from '../../lexicon/index.ts';
import { countryNamed, isEnglish as isEnglishWord } from './vocabulary.ts';
import { dataFile } from '../../data.ts';
import { MONTHS } from '../../text/months.ts';
import { applied } from '../explain.ts';
import { QUESTIONS, questionStartPattern } from './questionWords.ts';
import { DEFAULTS } from '../defaults.ts';

/** data/reading/preamble.json: words typed before the question itself ("find what …", "need to know who …"). */
const PreambleFile = z.object({ words: z.array(z.string().regex(/^[a-z]+$/)).min(1) });
const preambleFile = dataFile('reading/preamble.json', PreambleFile);
let preamble: Set<string> | undefined;
function preambleWords(): Set<string> {
  preamble ??= new Set(preambleFile().words);
  return preamble;
}

/** A word that starts a question. */
const QUESTION_START = new RegExp(`^(?:whats|whose|${questionStartPattern()})$`, 'i');
/** A wh-word that starts a question, and an auxiliary that may start a request before it. */
const WH_START = new RegExp(`^(?:whats|whose|${QUESTIONS.whWords.words.join('|')})$`, 'i');
const AUXILIARY = new RegExp(`^(?:${QUESTIONS.auxiliaries.words.join('|')})$`, 'i');
/** Verbs of a request to the bot ("can you find / look up / tell me …"). */
const REQUEST_VERB = /^(?:find|look|lookup|tell|show|check|search|pull|get|give|confirm|explain|remind|help|figure)$/;
/** Preamble words read at most before the question word (DEFAULTS.reading). */
const PREAMBLE = DEFAULTS.reading.preambleWords;

/** "idk if u know but what did …": conjunctions left before the question word. */
const LEADING_CONJUNCTION = new RegExp(String.raw`^(?:(?:but|and|so|well|then|now|also|or)\s+)+(?=(?:${questionStartPattern()})\b)`, 'i');

export interface Unchatted {
  /** The question without its chat, texting forms read as words. */
  text: string;
  /** The chat taken out, one entry per run of adjacent words, as typed (without punctuation). */
  dropped: string[];
}

/** Phrases that say something a question needs: "what's the latest on" asks for the latest. */
const KEEPS_MEANING = /\b(?:latest|recent|first|last|earliest|new|newest)\b/;

interface Token {
  /** As typed, with its punctuation. */
  raw: string;
  /** The word inside, lower-cased, apostrophes straight; '' for punctuation alone. */
  key: string;
  /** What it becomes: the raw text, a replacement, or null when dropped. */
  out: string | null;
}

/** The chat phrases, each as its words, by first word and by last word (longest first within each). */
interface Phrases {
  list: readonly string[];
  byFirst: Map<string, string[][]>;
  byLast: Map<string, string[][]>;
}
let phraseCache: Phrases | undefined;

function phrases(): Phrases {
  const list = chatPhrases();
  if (phraseCache?.list !== list) {
    const byFirst = new Map<string, string[][]>();
    const byLast = new Map<string, string[][]>();
    for (const p of list) {
      if (KEEPS_MEANING.test(p)) continue;
      const ws = p.split(' ');
      byFirst.set(ws[0] as string, [...(byFirst.get(ws[0] as string) ?? []), ws]);
      byLast.set(ws[ws.length - 1] as string, [...(byLast.get(ws[ws.length - 1] as string) ?? []), ws]);
    }
    phraseCache = { list, byFirst, byLast };
  }
  return phraseCache;
}

/** A year ("2021") or a month's name ("march", "Sept.") typed next. */
function datedAfter(t: Token | undefined): boolean {
  if (!t) return false;
  return /^(?:1[89]|20)\d\d$/.test(t.key) || MONTHS.some((m) => t.key.length >= 3 && m.startsWith(t.key.replace(/\.$/, '')));
}

/** A preposition that begins a date ("in dec 2022", "since march"). */
const DATE_PREPOSITION = /^(?:in|on|since|during|before|after|from|until|by)$/;

/** The word inside a token: edge punctuation off, except the slash of "w/" and "b/c". */
function keyOf(raw: string): string {
  return raw
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[^\p{L}\p{N}&+']+/u, '')
    .replace(/[^\p{L}\p{N}/]+$/u, '')
    .toLowerCase();
}

/**
 * Rule `chat-elongation`: "sooo", "pleeease", "thxxx" — a word no dictionary knows, with a letter typed three
 * times or more, is read with that run cut to two letters ("cooool" → cool), or to one ("sooo" → so), when that is a chat or
 * English word.
 */
function unstretched(t: Token): Token {
  // Rule `chat-dropped-g`: "workin", "talkin" — an -in word no dictionary knows whose -ing form is English.
  // Not a name WordNet or the nickname table knows ("putin", "austin", "justin"): "puting" passes for a verb form.
  if (
    /^\p{L}{3,}in$/u.test(t.key) &&
    !chatWord(t.key) &&
    !inWordNet(t.key) &&
    givenNames(t.key).length === 0 &&
    nicknamesOf(t.key).length === 0 &&
    isEnglishWord(`${t.key}g`)
  ) {
    applied('chat-dropped-g');
    return { raw: t.raw, key: `${t.key}g`, out: t.raw.replace(/in(\W*)$/i, 'ing$1') };
  }
  if (!/(\p{L})\1\1/u.test(t.key) || chatWord(t.key) || isEnglishWord(t.key)) return t;
  for (const keep of ['$1$1', '$1']) {
    const key = t.key.replace(/(\p{L})\1{2,}/gu, keep);
    if (!chatWord(key) && !isEnglishWord(key)) continue;
    applied('chat-elongation');
    return { raw: t.raw, key, out: t.raw.replace(/(\p{L})\1{2,}/giu, keep) };
  }
  return t;
}

/** Length of the chat phrase starting at token i (0 when none). */
function phraseAt(tokens: Token[], i: number): number {
  for (const p of phrases().byFirst.get(tokens[i]?.key ?? '') ?? []) {
    if (i + p.length > tokens.length) continue;
    let k = 0;
    while (k < p.length && tokens[i + k]?.key === p[k]) k++;
    if (k === p.length) return k;
  }
  return 0;
}

/** Length of the chat phrase ending at token i (inclusive; 0 when none). */
function phraseEndingAt(tokens: Token[], i: number): number {
  for (const p of phrases().byLast.get(tokens[i]?.key ?? '') ?? []) {
    const start = i - p.length + 1;
    if (start < 0) continue;
    let k = 0;
    while (k < p.length && tokens[start + k]?.key === p[k]) k++;
    if (k === p.length) return k;
  }
  return 0;
}

/** A statement after a question word: "what Hagel thanked …", up to four words of subject, then a verb in the past. */
const EMBEDDED = /^(what|who|whom|when|where|how)\s+((?:the\s+)?[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,3}?)\s+([\p{L}]+)\b/iu;
/** Words that make "what X …" already a question, or no subject. */
const NOT_SUBJECT = new RegExp(`^(?:${QUESTIONS.auxiliaries.words.join('|')}|should|happened|about|of|kind|sort|type|else|exactly)$`, 'i');

/** "what Mattis said about Cairo" → "what did Mattis say about Cairo"; other text as it is. */
function asQuestion(text: string): string {
  const m = EMBEDDED.exec(text);
  if (!m) return text;
  const [whole, wh, subject, verb] = m as unknown as [string, string, string, string];
  if (NOT_SUBJECT.test(subject.split(/\s+/)[0] ?? '') || !/(?:ed|said|told|spoke|met|gave|sent|saw|made|took|held)$/i.test(verb))
    return text;
  const base = related(verb.toLowerCase()).find((r) => r.relation === 'inflection' && !/\s/.test(r.word))?.word;
  if (!base || base === verb.toLowerCase()) return text;
  applied('chat-embedded');
  return `${wh} did ${subject} ${base}${text.slice(whole.length)}`;
}

const isDrop = (key: string) => chatWord(key)?.kind === 'drop';
/** Letters of an acronym typed against a number: "fy2012". */
const GLUED = /^([a-z]{2,5})(\d{2,4})$/;

let meetingCache: { re: RegExp; verb: string }[] | undefined;
/** chat.json's meeting phrases as patterns, compiled once: building 58 of them for every question cost more than the rest of unchat. */
function meetingPatterns(): { re: RegExp; verb: string }[] {
  meetingCache ??= meetingPhrases().map(([phrase, verb]) => ({ re: new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'gi'), verb }));
  return meetingCache;
}

export function unchat(input: string, again = true): Unchatted {
  // Rule `chat-shouting`: "WHAT DID CARTER THANK ABADI FOR?!" is the question in lower case: capitals
  // all through say nothing about names (a capital mid-question otherwise marks a name).
  const letters = input.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length >= 8 && !/\p{Ll}/u.test(letters) && input.trim().split(/\s+/).length >= 3;
  const tokens: Token[] = (shouted ? input.toLowerCase() : input)
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => unstretched({ raw, key: keyOf(raw), out: raw }));
  if (shouted) applied('chat-shouting');
  const drop = (from: number, to: number) => {
    applied('chat-words');
    for (let k = from; k < to; k++) (tokens[k] as Token).out = null;
  };
  // Leading run: punctuation, chat words, chat phrases.
  let start = 0;
  for (;;) {
    const t = tokens[start];
    if (!t) break;
    const n = phraseAt(tokens, start);
    if (n) {
      drop(start, start + n);
      start += n;
    } else if (t.key === '' || isDrop(t.key)) {
      drop(start, start + 1);
      start++;
    } else break;
  }
  // Trailing run, the same from the end.
  let end = tokens.length - 1;
  while (end >= start) {
    const t = tokens[end] as Token;
    const n = phraseEndingAt(tokens, end);
    if (n && end - n + 1 >= start) {
      drop(end - n + 1, end + 1);
      end -= n;
    } else if (isDrop(t.key) || (t.key === '' && /^[^\p{L}\p{N}]*$/u.test(t.raw) && !/[?.!]/.test(t.raw))) {
      drop(end, end + 1);
      end--;
    } else break;
  }
  // Inside: chat phrases, chat words that are not English, texting forms.
  for (let i = start; i <= end; i++) {
    const t = tokens[i] as Token;
    if (t.out === null) continue;
    const n = phraseAt(tokens, i);
    // "at the end of 2021", "toward the end of march": before a date the phrase says when, which the date
    // reader reads ("at the end of the call" is filler).
    if (n && i + n - 1 <= end && !datedAfter(tokens[i + n])) {
      drop(i, i + n);
      i += n - 1;
      continue;
    }
    // "a DCA w denmark": a lone lower-case "w" between words is "with" (chat.json leaves "w" out, as a word alone
    // or a name's initial typed with its capital: "George W. Bush").
    if (t.raw === 'w' && i > start && i < end) {
      applied('chat-words');
      t.out = 'with';
      continue;
    }
    // Rule `acronym-glued-number`: "fy2012", "fy24", "ndaa2020": an acronym of the table typed against a number
    // is the acronym and the number ("FY 2012"); a fiscal year typed in two digits is this century's.
    const glued = GLUED.exec(t.key);
    if (glued && acronym(glued[1] as string).length && !isEnglishWord(t.key)) {
      applied('acronym-glued-number');
      const [, letters = '', digits = ''] = glued;
      t.out = `${letters.toUpperCase()} ${letters === 'fy' && digits.length === 2 ? `20${digits}` : digits}`;
      continue;
    }
    const chat = chatWord(t.key);
    if (!chat) continue;
    if (chat.kind === 'drop') {
      if (!isEnglishWord(t.key)) drop(i, i + 1);
      continue;
    }
    // "N", "R", "U" typed in capitals may be an initial or a name; "+" in "2+2" is no "and".
    const bare = t.raw.replace(/^[^\p{L}\p{N}&+'/]+|[^\p{L}\p{N}/]+$/gu, '');
    if (t.key.length === 1 && /\p{Lu}/u.test(bare)) continue;
    applied('chat-words');
    t.out = t.raw.replace(bare, chat.to);
  }
  // Rule `chat-preamble`: "find what Shanahan said", "need to know who Austin called": a few words before
  // the question word that only say "tell me" go (data/reading/preamble.json).
  const kept = tokens.filter((t) => t.out !== null);
  const q = kept.findIndex((t) => QUESTION_START.test(t.key));
  let cut = false;
  // "are you able to find what …", "would u be able to tell me when …": a request before the wh-word,
  // its auxiliary included, says only "tell me".
  // (Texting forms as read: "r u" is "are you".)
  const now = (t: Token) => keyOf(t.out ?? t.raw);
  const wh = kept.findIndex((t) => WH_START.test(now(t)));
  const request = (t: Token) => preambleWords().has(now(t)) || AUXILIARY.test(now(t));
  // Where a request to the bot ends ("can you look up", "r u able to find"): an auxiliary, "you", then
  // request words that hold a verb of finding or telling; 0 when there is none or nothing is left after it.
  let requestEnd = 0;
  const first = kept[0] ? now(kept[0]) : '';
  // "(could you) find anything on …", "look up …": the request verb may open what is left.
  const opens = AUXILIARY.test(first) && kept[1] !== undefined && now(kept[1]) === 'you' ? 2 : REQUEST_VERB.test(first) ? 0 : -1;
  if (opens >= 0) {
    let k = opens;
    while (k < kept.length && k <= PREAMBLE + 2 && preambleWords().has(now(kept[k] as Token))) k++;
    if (k < kept.length && kept.slice(opens, k).some((t) => REQUEST_VERB.test(now(t)))) requestEnd = k;
  }
  // Where an aside closed by "but" ends ("sorry if dumb q but what …", "… but latest readout on israel?").
  const aside = kept.findIndex((t, k) => k > 0 && k <= PREAMBLE + 2 && now(t) === 'but' && k < kept.length - 1);
  if (q > 0 && q <= PREAMBLE && kept.slice(0, q).every((t) => preambleWords().has(t.key))) {
    applied('chat-preamble');
    for (const t of kept.slice(0, q)) t.out = null;
  } else if (wh > 0 && wh <= PREAMBLE + 2 && AUXILIARY.test(now(kept[0] as Token)) && kept.slice(0, wh).every(request)) {
    applied('chat-preamble');
    for (const t of kept.slice(0, wh)) t.out = null;
  } else if (requestEnd > 0) {
    // "r u able to look up most recent meeting with australia": a request with no wh-word after it.
    applied('chat-preamble');
    cut = true;
    for (const t of kept.slice(0, requestEnd)) t.out = null;
  } else if (aside > 0 && kept.slice(0, aside).every((t) => t.key === '' || chatWord(t.key) !== undefined || isEnglishWord(now(t)))) {
    // Rule `chat-aside`: "sorry if dumb q but what did …", "not sure this is covered but did …": an aside of
    // plain English words (no name) closed by "but" before the question is no part of it.
    applied('chat-aside');
    cut = true;
    for (const t of kept.slice(0, aside + 1)) t.out = null;
  } else if (q > 0 && q <= PREAMBLE && /^[-–—:]$|[:,]$/.test((kept[q - 1] as Token).raw)) {
    // Rule `chat-context-clause`: "fyi need the kenya one - what did austin thank wamalwa for": a clause set
    // off before the question says which readout; its names (and numbers) stay as context, its other words
    // ("need", "one") are no part of what is asked.
    // Its date stays too ("at the pentagon in dec 2022, did …"): the date reader reads it.
    const context = kept.slice(0, q).filter(
      (t, k, all) =>
        t.key !== '' &&
        isEnglishWord(t.key) &&
        !/\d/.test(t.key) &&
        !datedAfter(t) &&
        !(DATE_PREPOSITION.test(t.key) && datedAfter(all[k + 1])) &&
        // A word of a place's name stays with it ("north korea, what did esper say?"): "north" is no filler.
        !countryNamed(`${t.key} ${all[k + 1]?.key ?? ''}`) &&
        !countryNamed(`${all[k - 1]?.key ?? ''} ${t.key}`),
    );
    if (context.length) applied('chat-context-clause');
    cut = true;
    for (const t of context) t.out = null;
    const mark = kept[q - 1] as Token;
    // A date kept before the question keeps its comma, which ends it for the date reader ("in dec 2022, did …").
    if (mark.out !== null && !datedAfter(mark)) mark.out = mark.key === '' ? null : mark.raw.replace(/[:,]$/, '');
  }
  const dropped: string[] = [];
  let run: string[] = [];
  for (const t of tokens) {
    if (t.out === null) {
      const word = t.raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}/]+$/gu, '');
      if (word) run.push(word);
    } else if (run.length) {
      dropped.push(run.join(' '));
      run = [];
    }
  }
  if (run.length) dropped.push(run.join(' '));
  // The question mark a closing "thx!!" or "??" carried stays.
  const asked = /\?/.test(
    tokens
      .slice(end + 1)
      .map((t) => t.raw)
      .join(''),
  );
  let text = tokens
    .filter((t) => t.out !== null)
    .map((t) => t.out)
    .join(' ')
    .replace(/([?!.])[?!.]+/g, (m) => (m.includes('?') ? '?' : (m[0] as string)))
    .replace(/^[\s,.;:!?\-–—]+/, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
  // "idk if u know but what did …": a conjunction left before the question word goes.
  text = text.replace(LEADING_CONJUNCTION, '');
  if (asked && text && !/[?]$/.test(text)) text = `${text.replace(/[,.;:!\-–—\s]+$/, '')}?`;
  // Rule `chat-embedded`: "(tell me) what Hagel thanked Coleman for", "where Esper met Tebboune": the
  // question as a question ("what did Hagel thank Coleman for"), the verb in its base form (the lexicon's
  // inflections: thanked → thank, met → meet).
  text = asQuestion(text);
  // Rule `chat-ask-whether`: "can u check if esper and wallace got into afghanistan" asks whether it happened: an
  // opener ending in "if" or "whether" leaves a statement, read as a yes/no question.
  const opening = (/^[\p{L}']+/u.exec(text)?.[0] ?? '').toLowerCase();
  const typedBefore = opening ? input.toLowerCase().slice(0, Math.max(0, input.toLowerCase().indexOf(opening))) : '';
  if (/\b(?:if|whether)\W*$/.test(typedBefore) && !QUESTION_START.test(opening)) {
    applied('chat-ask-whether');
    text = `did ${text}`;
  }
  // Rule `chat-meeting`: "did austin sit down with the emir?", "hopped on a call with" — a chat phrase for a
  // meeting or a call is read as the plain verb (data/lexicon/chat.json `meetings`), which the meeting rules know.
  for (const { re, verb } of meetingPatterns()) {
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    text = text.replace(re, (m, at: number, all: string) => {
      if (insideIdiom(all.slice(0, at), m)) return m;
      applied('chat-meeting');
      return verb;
    });
  }
  // An aside or a set-off clause can hide chat behind it ("sorry if dumb q but hey r u able to find what …"):
  // what is left is read once more.
  if (again && cut) {
    const more = unchat(text, false);
    return { text: more.text, dropped: [...dropped, ...more.dropped] };
  }
  return { text, dropped };
}

/**
 * Whether an idiom begun in `before` runs on into what follows ("keep in *touch on* a regular basis" is "keep in
 * touch", not "keep in discuss"): a meeting phrase inside a longer idiom is not read as a meeting.
 */
function insideIdiom(before: string, phrase: string): boolean {
  const wordsOf = (t: string) => t.toLowerCase().match(/[a-z’']+/g) ?? [];
  const head = wordsOf(before);
  const words = [...head, ...wordsOf(phrase)];
  for (let k = Math.max(0, head.length - 4); k < head.length; k++) {
    const idiom = idiomAt(words, k);
    if (idiom && k + idiom.length > head.length) return true;
  }
  return false;
}
