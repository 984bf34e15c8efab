/**
 * "Find in readouts": what does a message quote or claim, and do the readouts
 * say it? The message is read into spans (src/answer/find/spans.ts); each gets
 * a verdict of its own:
 *
 * | span                      | verdict     | shown                                                        |
 * |---------------------------|-------------|--------------------------------------------------------------|
 * | quote, verbatim           | exact       | the whole sentence, the quoted part highlighted              |
 * | quote, words changed      | altered     | the readout's sentence and a word diff within the quoted part|
 * | quote, nothing close      | not-found   | words no readout uses, close terms                           |
 * | claim, readouts say it    | supported   | the closest readout wording (never called a quote)           |
 * | claim, they do not        | unsupported | "No readout in the corpus says this.", close terms           |
 * | negated claim, they do    | contradicted| the readout wording that says otherwise                      |
 * | claim of common words only| too-general | a note: its words are in too many readouts to tell           |
 *
 * A sentence of the message outside quotes is first tried as a quote (a
 * message that is all quote is a pasted sentence), then read as a claim.
 *
 * @example
 * findInText(index, 'Per the readout: "deterrence and defense remain NATO job number one" — big deal').checks[0]
 * // → { kind: 'quote', verdict: 'exact', sentences: [{ text: 'He stressed that deterrence and defense remain NATO’s job number one.', highlight: [17, 68], … }], … }
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { splitSentences } from '../../text/sentences.ts';
import { fold, term, words, type Word } from '../../text/terms.ts';
import { phraseMatches } from '../answering/quote.ts';
import { conceptsOf, credit, type Concept } from '../reading/concepts.ts';
import { readQuestionIn } from '../reading/reading.ts';
import { rank, type Ranked } from '../ranking/rank.ts';
import { citation, result } from '../answering/cite.ts';
import { suggestionsFor } from '../answering/suggest.ts';
import type { DateRange } from '../reading/dateFilter.ts';
import { alignSpan, tokens, withPossessive, type Alignment } from './diff.ts';
import { FILLER, MAX_CHECKS, MAX_FIND_TEXT, spansOf } from './spans.ts';
import type { Check, FindAnswer, FoundSentence, Verdict } from './types.ts';
import type { Result } from '../types.ts';

/** Rule ALTERED: the span shares this share of words with the part of the sentence it stands for… */
const ALTERED_MIN_SIMILARITY = 0.5;
/** …and at least this many words, two of them content words (not "of the … and"). */
const ALTERED_MIN_SAME = 3;
const ALTERED_MIN_CONTENT = 2;
/** Outside quotes the bar is higher: a sentence in the user's own words is a claim, not a misquote. */
const PASTED_MIN_WORDS = 5;
const PASTED_ALTERED_MIN_WORDS = 8;
const PASTED_ALTERED_MIN_SIMILARITY = 0.8;
/** A quote is checked on its first sentences (a span is one embed field). */
const MAX_QUOTE_SENTENCES = 3;
/** Other readouts listed under an exact quote. */
const MAX_ALSO = 3;

/**
 * Rule RARE_WORDS: a claim word is rare when at most this share of sentences
 * hold it. Support must cover the claim's rare words: sharing "Secretary",
 * "security" and "minister" with a sentence proves nothing.
 */
const RARE_SHARE = 0.1;
/** Rule SUPPORTED: share of the rare words' weight, and of all words' weight, the readout covers. */
const SUPPORT_MIN_RARE = 0.7;
const SUPPORT_MIN_COVERAGE = 0.6;
/** Readouts whose supporting sentence is shown. */
const SUPPORT_READOUTS = 2;
/** Credit of a paraphrase synonym (concepts.ts gives its own synonyms the same). */
const SYNONYM_CREDIT = 0.6;

export const NOT_SAID = 'No readout in the corpus says this.';

/** Check a message (see the module comment). */
export function findInText(index: SentenceIndex, message: string): FindAnswer {
  const { spans, skipped: spansLeft, cut, framing } = spansOf(message, (sentence) => makesClaim(index, sentence));
  // A long quote is checked on its first sentences; the rest count as left unchecked.
  const sentencesLeft = spans
    .filter((s) => s.kind === 'quote')
    .reduce((n, s) => n + Math.max(0, splitSentences(s.text).length - MAX_QUOTE_SENTENCES), 0);
  const skipped = spansLeft + sentencesLeft;
  const checks = spans.map((span) => (span.kind === 'quote' ? checkQuote(index, span.text) : checkSentence(index, span.text)));
  const results: Result[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    for (const s of check.sentences) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      const { highlight: _h, diff: _d, elided: _e, ...plain } = s;
      results.push(plain);
    }
  }
  return {
    command: 'find',
    input: message,
    intent: 'find',
    headline: headline(checks, skipped, cut, framing),
    none: results.length === 0,
    results,
    checks,
    skipped,
    ...(framing.length ? { framing } : {}),
    cut,
    searched: index.readouts.length,
  };
}

// ── quotes ─────────────────────────────────────────────────────────────────

interface PieceMatch {
  sentence: number;
  exact: boolean;
  highlight: [number, number];
  alignment?: Alignment;
  /** exact with an ellipsis: the parts of the highlight the quote leaves out. */
  elided?: [number, number][];
  /** exact: other sentences holding the same words. */
  others: number[];
}

/** A quote, sentence by sentence; consecutive readout sentences make one exact quote. */
function checkQuote(index: SentenceIndex, text: string): Check {
  const pieces = splitSentences(text).slice(0, MAX_QUOTE_SENTENCES);
  const matches: (PieceMatch | null)[] = [];
  let previous = -1;
  for (const piece of pieces) {
    const match = exactPiece(index, piece, previous) ?? elidedPiece(index, piece, previous) ?? alteredPiece(index, piece, 1);
    matches.push(match);
    if (match) previous = match.sentence;
  }
  const found = matches.filter((m): m is PieceMatch => m !== null);
  const unmatched = pieces.filter((_p, k) => matches[k] === null);
  if (found.length === 0) return notFound(index, text);
  const consecutive = found.every((m, k) => k === 0 || m.sentence === (found[k - 1] as PieceMatch).sentence + 1);
  const exact = unmatched.length === 0 && consecutive && found.every((m) => m.exact);
  const lead = found[0] as PieceMatch;
  const others = exact && found.length === 1 ? otherReadouts(index, lead.sentence, lead.others) : [];
  return {
    kind: 'quote',
    text,
    verdict: exact ? 'exact' : 'altered',
    sentences: found.map((m) => foundSentence(index, m)),
    ...(others.length ? { also: others.map((n) => citation(index, n)) } : {}),
    ...(unmatched.length ? { unmatched } : {}),
  };
}

/** A sentence of the message in its own words: a pasted readout sentence, else a claim. */
function checkSentence(index: SentenceIndex, text: string): Check {
  const count = words(text).length;
  if (count >= PASTED_MIN_WORDS) {
    const match =
      exactPiece(index, text, -1) ??
      (count >= PASTED_ALTERED_MIN_WORDS ? alteredPiece(index, text, PASTED_ALTERED_MIN_SIMILARITY / ALTERED_MIN_SIMILARITY) : null);
    if (match && !match.exact) {
      // Words of the message's own around a verbatim stretch ("check this: …")
      // are framing, not a misquote: the stretch is the quote.
      const inner = innerStretch(match.alignment);
      const exact = inner && words(inner).length >= PASTED_MIN_WORDS ? exactPiece(index, inner, -1) : null;
      if (exact) return checkSentence(index, inner as string);
    }
    if (match) {
      const others = match.exact ? otherReadouts(index, match.sentence, match.others) : [];
      return {
        kind: 'quote',
        text,
        verdict: match.exact ? 'exact' : 'altered',
        sentences: [foundSentence(index, match)],
        ...(others.length ? { also: others.map((n) => citation(index, n)) } : {}),
      };
    }
  }
  return checkClaim(index, text);
}

/** The message's words from the first word it shares with the readout to the last. */
function innerStretch(alignment: Alignment | undefined): string | null {
  if (!alignment) return null;
  const { parts } = alignment;
  const first = parts.findIndex((p) => p.kind === 'same');
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => p.kind === 'same');
  if (first < 0 || (first === 0 && last === parts.length - 1)) return null;
  return parts
    .slice(first, last + 1)
    .filter((p) => p.kind !== 'corpus')
    .map((p) => p.words)
    .join(' ');
}

/** The sentence holding the words verbatim; the one after `previous` when it does. */
function exactPiece(index: SentenceIndex, piece: string, previous: number): PieceMatch | null {
  if (words(piece).length === 0) return null;
  const hits = phraseMatches(index, piece, 50);
  if (hits.length === 0) return null;
  const sentence = hits.includes(previous + 1) ? previous + 1 : (hits[0] as number);
  return { sentence, exact: true, highlight: runIn(index.text(sentence), piece), others: hits.filter((h) => h !== sentence) };
}

/** Where a verbatim piece lies in a sentence, as character offsets. */
function runIn(sentence: string, piece: string): [number, number] {
  return runsInOrder(sentence, [piece])?.[0] ?? [0, sentence.length];
}

/** Where each fragment lies in a sentence, each after the one before; null when one does not. */
function runsInOrder(sentence: string, fragments: string[]): [number, number][] | null {
  const toks = tokens(sentence);
  const out: [number, number][] = [];
  let from = 0;
  for (const fragment of fragments) {
    const run = words(fragment).map((w) => w.word);
    let at = -1;
    for (let start = from; start + run.length <= toks.length && at < 0; start++) {
      if (run.every((w, k) => toks[start + k]?.key === w)) at = start;
    }
    if (at < 0 || run.length === 0) return null;
    const last = toks[at + run.length - 1] as (typeof toks)[number];
    out.push([(toks[at] as (typeof toks)[number]).start, withPossessive(sentence, last.end)]);
    from = at + run.length;
  }
  return out;
}

/** "…", "...", "[…]" inside a quote: words left out. */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.{3})\s*\]|…|\.{3,})\s*/g;

/**
 * Rule ELIDED: a quote that leaves words out with an ellipsis ("expressed
 * serious concern … in Hong Kong") is exact when one sentence holds each part
 * verbatim, in order; the parts left out are marked.
 */
function elidedPiece(index: SentenceIndex, piece: string, previous: number): PieceMatch | null {
  const fragments = piece.split(ELLIPSIS).filter((f) => words(f).length > 0);
  if (fragments.length < 2) return null;
  const longest = fragments.reduce((a, b) => (words(b).length > words(a).length ? b : a));
  const hits = phraseMatches(index, longest, 200);
  const ordered = hits.includes(previous + 1) ? [previous + 1, ...hits.filter((h) => h !== previous + 1)] : hits;
  for (const sentence of ordered) {
    const runs = runsInOrder(index.text(sentence), fragments);
    if (!runs) continue;
    const elided = runs.slice(1).map((r, k): [number, number] => [(runs[k] as [number, number])[1], r[0]]);
    return {
      sentence,
      exact: true,
      highlight: [(runs[0] as [number, number])[0], (runs[runs.length - 1] as [number, number])[1]],
      elided,
      others: [],
    };
  }
  return null;
}

/**
 * Rule ALTERED: the sentence among the closest whose words best cover the
 * piece, when it shares enough of them. `strictness` raises the similarity
 * bar (sentences outside quotes).
 */
function alteredPiece(index: SentenceIndex, piece: string, strictness: number): PieceMatch | null {
  const span = words(piece);
  if (span.length < ALTERED_MIN_SAME) return null;
  const concepts = conceptsOf(index, piece);
  const content = new Set(concepts.filter((c) => c.kind === 'term').map((c) => c.label.toLowerCase()));
  const judge = (sentences: Iterable<number>): PieceMatch | null => {
    let best: { sentence: number; alignment: Alignment } | null = null;
    for (const sentence of sentences) {
      const alignment = alignSpan(piece, index.text(sentence));
      if (!best || alignment.similarity > best.alignment.similarity) best = { sentence, alignment };
    }
    if (!best) return null;
    const { alignment } = best;
    const sharedContent = alignment.parts
      .filter((p) => p.kind === 'same')
      .flatMap((p) => words(p.words))
      .filter((w) => content.has(w.raw.toLowerCase()) || content.has(w.word)).length;
    const ok =
      alignment.similarity >= Math.min(1, ALTERED_MIN_SIMILARITY * strictness) &&
      alignment.same >= ALTERED_MIN_SAME &&
      sharedContent >= Math.min(ALTERED_MIN_CONTENT, content.size);
    return ok ? { sentence: best.sentence, exact: false, highlight: alignment.window, alignment, others: [] } : null;
  };
  // Cheap first: an altered quote keeps runs of its words as they were, and the
  // sentences holding one are where it comes from; ranking (tens of ms at
  // 10,000 readouts) only when no run is left intact.
  return judge(runCandidates(index, span)) ?? judge(rank(index, concepts, { limit: 10 }).map((r) => r.sentence));
}

/** Words in a row that an altered quote likely keeps, and how many such runs are looked up. */
const RUN_WORDS = 4;
const MAX_RUNS = 8;

/** Sentences holding some run of RUN_WORDS of the span's words verbatim (runs of stop words alone skipped). */
function runCandidates(index: SentenceIndex, span: Word[]): Set<number> {
  const out = new Set<number>();
  let runs = 0;
  for (let start = 0; start + RUN_WORDS <= span.length && runs < MAX_RUNS; start += RUN_WORDS) {
    const run = span.slice(start, start + RUN_WORDS);
    if (run.every((w) => term(w.word) === null)) continue;
    runs++;
    for (const hit of phraseMatches(index, run.map((w) => w.raw).join(' '), 20)) out.add(hit);
  }
  return out;
}

/** The first sentence of each other readout holding the same words. */
function otherReadouts(index: SentenceIndex, lead: number, others: number[]): number[] {
  const readouts = new Set([index.readout(lead).first]);
  const out: number[] = [];
  for (const n of others) {
    const r = index.readout(n).first;
    if (readouts.has(r)) continue;
    readouts.add(r);
    out.push(n);
    if (out.length >= MAX_ALSO) break;
  }
  return out;
}

function foundSentence(index: SentenceIndex, m: PieceMatch): FoundSentence {
  return {
    ...result(index, m.sentence, m.exact ? 1 : Math.round((m.alignment?.similarity ?? 0) * 1000) / 1000),
    highlight: m.highlight,
    ...(m.elided?.length ? { elided: m.elided } : {}),
    ...(m.alignment ? { diff: m.alignment.parts } : {}),
  };
}

function notFound(index: SentenceIndex, text: string): Check {
  const missing = unknownWords(index, text);
  const suggestions = suggestionsFor(index, text);
  return {
    kind: 'quote',
    text,
    verdict: 'not-found',
    sentences: [],
    ...(missing.length ? { missing } : {}),
    ...(suggestions.length ? { suggestions } : {}),
  };
}

/** Words of a text no readout uses, as written. */
function unknownWords(index: SentenceIndex, text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (index.wordId(w.word) === undefined && !out.includes(w.raw)) out.push(w.raw);
  return out;
}

// ── claims ─────────────────────────────────────────────────────────────────

interface ClaimReading {
  concepts: Concept[];
  range: DateRange | null;
  /** Readouts that may support the claim (those naming all its names); null: any. */
  allowed: Uint8Array | null;
  /** Credit readout n's title or opening gives a concept (1: named there). */
  context: (readout: number, concept: Concept) => number;
  /** Names and numbers of the claim no readout has: nothing can support it. */
  missing: Concept[];
}

/**
 * A claim read the way /ask reads a question: its date filter, then the
 * concepts of the rest (question words and chat filler dropped). The one
 * place the claim check depends on /ask's reading of a question.
 */
export function readClaim(index: SentenceIndex, text: string): ClaimReading {
  // Filler goes before reading, so it is never fuzzily "corrected" into a word ("heard" → "heads").
  // A claim is a finished sentence: its last word is not one still being typed (no completions).
  const claim = withoutFiller(text);
  const reading = readQuestionIn(index, /[.!?]\s*$/.test(claim) ? claim : `${claim}.`);
  // Dates read as words are /ask's bonus; here the date filter says it.
  const concepts = reading.concepts.filter((c) => !c.bonus);
  for (const c of concepts) addClaimSynonyms(index, c);
  return { concepts, range: reading.question.range, allowed: reading.allowed, context: reading.context, missing: reading.missing };
}

/** The text (folded, as words() reads it) with FILLER words blanked out. */
function withoutFiller(text: string): string {
  let out = fold(text);
  for (const w of words(text)) if (FILLER.has(w.word)) out = out.slice(0, w.start) + ' '.repeat(w.end - w.start) + out.slice(w.end);
  return out;
}

/**
 * How readouts word what a message paraphrases ("keep supporting" → "continued
 * … support", "promised" → "pledged"), by search term. Kept small and literal,
 * as concepts.ts's synonyms are; these apply to claims only, where the user
 * retells rather than quotes.
 */
const CLAIM_SYNONYMS: Record<string, string[]> = {
  keep: ['continu', 'maintain', 'sustain'],
  promis: ['pledg', 'commit'],
  pledg: ['commit'],
  prais: ['applaud', 'commend', 'welcom'],
  warn: ['concern', 'caution'],
  worri: ['concern'],
  criticis: ['condemn', 'concern'],
  critic: ['condemn', 'concern'],
  back: ['support'],
  talk: ['discuss', 'exchang'],
  chat: ['discuss', 'speak'],
};

function addClaimSynonyms(index: SentenceIndex, concept: Concept): void {
  if (concept.kind !== 'term') return;
  const t = term(concept.label.toLowerCase());
  for (const synonym of (t && CLAIM_SYNONYMS[t]) || []) {
    const id = index.df(synonym) > 0 ? index.termId(synonym) : undefined;
    if (id !== undefined && !concept.alternatives.has(id)) concept.alternatives.set(id, SYNONYM_CREDIT);
  }
  if (concept.alternatives.size > 0) concept.known = true;
}

/**
 * Rule FRAMING_CLAIM: beside quotes, the message's own sentence is checked as
 * a claim when its reading names two things the readouts know, one of them
 * rare ("Esper raised it with Kono in Guam"), or denies one rare thing ("He
 * never mentioned the South China Sea": a denial is a claim about the
 * readouts), dates aside; "Two lines from June 2021:" introduces the quotes
 * and claims nothing. A sentence not checked is named in the headline.
 */
function makesClaim(index: SentenceIndex, sentence: string): boolean {
  // Known as written: a fuzzy correction ("lines" → "like") is not a thing the sentence names.
  const known = readClaim(index, sentence).concepts.filter((c) => [...c.alternatives.values()].includes(1) && !DATE_WORD.test(c.label));
  const rareIdf = rareIdfOf(index);
  const rare = known.some((c) => c.weight >= rareIdf - 1e-9);
  return rare && (known.length >= 2 || NEGATION.test(sentence));
}

const DATE_WORD =
  /^(?:\d+|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/** The IDF (SentenceIndex.idf's formula) of a word in RARE_SHARE of the sentences. */
function rareIdfOf(index: SentenceIndex): number {
  const rareDf = Math.max(1, Math.floor(RARE_SHARE * index.size));
  return Math.log(1 + (index.size - rareDf + 0.5) / (rareDf + 0.5));
}

interface Support {
  sentences: Ranked[];
  coverage: number;
  rareCoverage: number;
  leadHasRare: boolean;
}

/** Rules RARE_WORDS and SUPPORTED (above): the readouts that say what the claim says, if any. */
function checkClaim(index: SentenceIndex, text: string): Check {
  // Rule NEGATION: "Esper did not raise Hong Kong" is checked as its positive;
  // readouts that say the positive say otherwise.
  const negated = NEGATION.test(text);
  const {
    concepts,
    range,
    allowed,
    context,
    missing: vetoes,
  } = readClaim(index, negated ? text.replace(new RegExp(NEGATION.source, 'gi'), ' ') : text);
  const rareIdf = rareIdfOf(index);
  const isRare = (c: Concept) => !c.known || c.weight >= rareIdf - 1e-9;
  const rare = concepts.filter(isRare);
  const base = { kind: 'claim' as const, text };
  if (rare.length === 0) {
    return { ...base, verdict: 'too-general', sentences: [] };
  }

  const ranked = rank(index, concepts, { range, limit: 60, allowed, context });
  const byReadout = new Map<number, Ranked[]>();
  for (const r of ranked) {
    const key = index.readout(r.sentence).first;
    const list = byReadout.get(key) ?? [];
    list.push(r);
    byReadout.set(key, list);
  }
  const weightOf = (cs: Iterable<Concept>) => [...cs].reduce((n, c) => n + c.weight, 0);
  const total = weightOf(concepts);
  const rareTotal = weightOf(rare);
  const supports: Support[] = [];
  for (const list of byReadout.values()) {
    // Names select readouts: a concept the title names is covered for all its
    // sentences; the rest must be in one sentence (words gathered from several
    // would support claims no sentence makes).
    const n = index.data.readoutOf[(list[0] as Ranked).sentence] as number;
    // A readout that does not name every name of the claim cannot support it.
    if (allowed && !allowed[n]) continue;
    const title = index.readout((list[0] as Ranked).sentence).titleTerms;
    const named = concepts.filter((c) => context(n, c) > 0 || credit(c, (k) => title.has(k)) > 0);
    let best: Support | null = null;
    for (const r of list) {
      const covered = new Set([...named, ...r.matched]);
      const support: Support = {
        sentences: [r],
        coverage: weightOf(covered) / total,
        rareCoverage: weightOf(rare.filter((c) => covered.has(c))) / rareTotal,
        leadHasRare: r.matched.some(isRare),
      };
      if (
        !best ||
        support.rareCoverage > best.rareCoverage + 1e-9 ||
        (Math.abs(support.rareCoverage - best.rareCoverage) <= 1e-9 && support.coverage > best.coverage + 1e-9)
      ) {
        best = support;
      }
    }
    if (best) supports.push(best);
  }
  const says = (s: Support) => s.leadHasRare && s.rareCoverage >= SUPPORT_MIN_RARE && s.coverage >= SUPPORT_MIN_COVERAGE;
  const order = (s: Support) => s.rareCoverage * 2 + s.coverage + ((s.sentences[0] as Ranked).score > 0 ? 0 : -1);
  // Rule VETO (/ask's reading): a name or number of the claim no readout has
  // ("in Paris", "the 2024 summit") means no readout says it.
  const supporting = (vetoes.length ? [] : supports)
    .filter(says)
    .sort((a, b) => order(b) - order(a) || (b.sentences[0] as Ranked).score - (a.sentences[0] as Ranked).score);

  if (supporting.length === 0) {
    const missing = [...new Set([...vetoes, ...concepts.filter((c) => !c.known)].map((c) => c.raw))];
    const suggestions = suggestionsFor(index, text);
    return {
      ...base,
      verdict: 'unsupported',
      sentences: [],
      ...(missing.length ? { missing } : {}),
      ...(suggestions.length ? { suggestions } : {}),
    };
  }
  const [first, ...rest] = supporting as [Support, ...Support[]];
  const shown = [...first.sentences, ...rest.slice(0, SUPPORT_READOUTS - 1).map((s) => s.sentences[0] as Ranked)];
  return {
    ...base,
    verdict: negated ? 'contradicted' : 'supported',
    sentences: shown.map((r) => result(index, r.sentence, r.score)),
  };
}

/** Words that turn a claim around. */
const NEGATION =
  /\b(?:not|never|no longer|(?:did|does|do|was|were|is|are|has|have|had|wo|ca|could|would|should)n['’]?t|cannot|neither|nor)\b/i;

// ── headline ───────────────────────────────────────────────────────────────

/** A framing sentence named in the headline is cut to this many characters. */
const FRAMING_SHOWN = 80;

const VERDICT_WORDS: Record<Verdict, string> = {
  exact: 'exact',
  altered: 'altered',
  'not-found': 'not found',
  supported: 'supported',
  contradicted: 'contradicted',
  unsupported: 'not supported',
  'too-general': 'too general to check',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "Checked 2 quotes and 1 claim: 1 exact, 1 altered, 1 supported." */
function headline(checks: Check[], skipped: number, cut: boolean, framing: string[]): string {
  if (checks.length === 0) return 'This message has no words to check against the readouts.';
  const quotes = checks.filter((c) => c.kind === 'quote').length;
  const claims = checks.length - quotes;
  const what = [quotes ? plural(quotes, 'quote') : '', claims ? plural(claims, 'claim') : ''].filter(Boolean).join(' and ');
  const counts = new Map<Verdict, number>();
  for (const c of checks) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  const tally = [...counts].map(([v, n]) => `${n} ${VERDICT_WORDS[v]}`).join(', ');
  const limits = [
    skipped
      ? ` ${skipped} more ${skipped === 1 ? 'quote or sentence was' : 'quotes or sentences were'} not checked (at most ${MAX_CHECKS} are, and ${MAX_QUOTE_SENTENCES} sentences of a quote).`
      : '',
    cut ? ` Only the first ${MAX_FIND_TEXT.toLocaleString('en-US')} characters were read.` : '',
    framing.length
      ? ` Not checked, as ${framing.length === 1 ? 'it claims' : 'they claim'} nothing the readouts could say: ${framing.map((f) => `“${f.length > FRAMING_SHOWN ? `${f.slice(0, FRAMING_SHOWN - 1).trimEnd()}…` : f}”`).join(' ')}.`
      : '',
  ].join('');
  return `Checked ${what}: ${tally}.${limits}`;
}
