/**
 * "Find in readouts", the claim verdicts: does some readout say what a
 * sentence of the message says in its own words (supported), the opposite of
 * what it denies (contradicted), nothing of it (unsupported), or is it too
 * general to tell? A claim is read as /ask reads a question (`readClaim`).
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { fold, term, words } from '../../text/terms.ts';
import { credit, type Concept } from '../reading/concepts.ts';
import { readQuestionIn } from '../reading/reading.ts';
import { rank, type Ranked } from '../ranking/rank.ts';
import { result } from '../answering/cite.ts';
import { suggestionsFor } from '../answering/suggest.ts';
import type { DateRange } from '../reading/dateFilter.ts';
import { claimFiller } from './spans.ts';
import type { Check } from './types.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import { z } from 'zod';
import { dataFile } from '../../data.ts';

/**
 * Rule `find-rare-words`: a claim word is rare when at most this share of sentences
 * hold it. Support must cover the claim's rare words: sharing "Secretary",
 * "security" and "minister" with a sentence proves nothing.
 */
const { rareShare, supportMinRare, supportMinCoverage, supportReadouts, synonymCredit, claimRanked } = DEFAULTS.find;

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
  const reading = readQuestionIn(index, /[.!?]\s*$/.test(claim) ? claim : `${claim}.`, {}, { claim: true });
  // Dates read as words are /ask's bonus; here the date filter says it.
  const concepts = reading.concepts.filter((c) => !c.bonus);
  for (const c of concepts) addClaimSynonyms(index, c);
  return { concepts, range: reading.question.range, allowed: reading.allowed, context: reading.context, missing: reading.missing };
}

/** The text (folded, as words() reads it) with claim filler (data/find/claim-filler.json) blanked out. */
function withoutFiller(text: string): string {
  let out = fold(text);
  for (const w of words(text)) {
    if (!claimFiller().has(w.word)) continue;
    applied('find-claim-filler');
    out = out.slice(0, w.start) + ' '.repeat(w.end - w.start) + out.slice(w.end);
  }
  return out;
}

/**
 * How readouts word what a message paraphrases ("keep supporting" → "continued
 * … support", "promised" → "pledged"), by search term. Kept small and literal,
 * as concepts.ts's synonyms are; these apply to claims only, where the user
 * retells rather than quotes (data/find/claim-synonyms.json).
 */
const ClaimSynonymsFile = z.object({ synonyms: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z]+$/)).min(1)) });
const claimSynonymsFile = dataFile('find/claim-synonyms.json', ClaimSynonymsFile);
let claimSynonyms: Map<string, string[]> | undefined;

function addClaimSynonyms(index: SentenceIndex, concept: Concept): void {
  if (concept.kind !== 'term') return;
  const t = term(concept.label.toLowerCase());
  claimSynonyms ??= new Map(Object.entries(claimSynonymsFile().synonyms));
  for (const synonym of (t && claimSynonyms.get(t)) || []) {
    const id = index.df(synonym) > 0 ? index.termId(synonym) : undefined;
    if (id !== undefined && !concept.alternatives.has(id)) {
      applied('find-claim-synonyms');
      concept.alternatives.set(id, synonymCredit);
    }
  }
  if (concept.alternatives.size > 0) concept.known = true;
}

/**
 * Rule `find-framing-claim`: beside quotes, the message's own sentence is checked as
 * a claim when its reading names two things the readouts know, one of them
 * rare ("Esper raised it with Kono in Guam"), or denies one rare thing ("He
 * never mentioned the South China Sea": a denial is a claim about the
 * readouts), dates aside; "Two lines from June 2021:" introduces the quotes
 * and claims nothing. A sentence not checked is named in the headline.
 */
export function makesClaim(index: SentenceIndex, sentence: string): boolean {
  // Known as written: a fuzzy correction ("lines" → "like") is not a thing the sentence names.
  const known = readClaim(index, sentence).concepts.filter((c) => [...c.alternatives.values()].includes(1) && !DATE_WORD.test(c.label));
  const rareIdf = rareIdfOf(index);
  const rare = known.some((c) => c.weight >= rareIdf - 1e-9);
  return rare && (known.length >= 2 || negationPattern().test(sentence));
}

const DATE_WORD =
  /^(?:\d+|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/** The IDF (SentenceIndex.idf's formula) of a word in rareShare of the sentences. */
function rareIdfOf(index: SentenceIndex): number {
  const rareDf = Math.max(1, Math.floor(rareShare * index.size));
  return Math.log(1 + (index.size - rareDf + 0.5) / (rareDf + 0.5));
}

interface Support {
  sentences: Ranked[];
  coverage: number;
  rareCoverage: number;
  leadHasRare: boolean;
}

/** Rules `find-rare-words`, `find-too-general`, `find-supported`, `find-veto` and `find-negation`: the readouts that say what the claim says, if any. */
export function checkClaim(index: SentenceIndex, text: string): Check {
  // Rule `find-negation`: "Esper did not raise Hong Kong" is checked as its positive;
  // readouts that say the positive say otherwise.
  const negated = negationPattern().test(text);
  const {
    concepts,
    range,
    allowed,
    context,
    missing: vetoes,
  } = readClaim(index, negated ? text.replace(new RegExp(negationPattern().source, 'gi'), ' ') : text);
  const rareIdf = rareIdfOf(index);
  const isRare = (c: Concept) => !c.known || c.weight >= rareIdf - 1e-9;
  const rare = concepts.filter(isRare);
  const base = { kind: 'claim' as const, text };
  if (rare.length < concepts.length) applied('find-rare-words');
  if (rare.length === 0) {
    applied('find-too-general');
    return { ...base, verdict: 'too-general', sentences: [] };
  }

  const ranked = rank(index, concepts, { range, limit: claimRanked, allowed, context });
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
  const says = (s: Support) => s.leadHasRare && s.rareCoverage >= supportMinRare && s.coverage >= supportMinCoverage;
  const order = (s: Support) => s.rareCoverage * 2 + s.coverage + ((s.sentences[0] as Ranked).score > 0 ? 0 : -1);
  // Rule `find-veto` (/ask's reading): a name or number of the claim no readout has
  // ("in Paris", "the 2024 summit") means no readout says it.
  if (vetoes.length) applied('find-veto');
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
  applied('find-supported');
  if (negated) applied('find-negation');
  const [first, ...rest] = supporting as [Support, ...Support[]];
  const shown = [...first.sentences, ...rest.slice(0, supportReadouts - 1).map((s) => s.sentences[0] as Ranked)];
  return {
    ...base,
    verdict: negated ? 'contradicted' : 'supported',
    sentences: shown.map((r) => result(index, r.sentence, r.score)),
  };
}

/** Words that turn a claim around (data/find/negation.json). */
const NegationFile = z.object({
  words: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
  auxiliaries: z.array(z.string().regex(/^[a-z]+$/)).min(1),
});
const negationFile = dataFile('find/negation.json', NegationFile);
let negation: RegExp | undefined;
function negationPattern(): RegExp {
  const { words, auxiliaries } = negationFile();
  negation ??= new RegExp(String.raw`\b(?:${words.join('|')}|(?:${auxiliaries.join('|')})n['’]?t)\b`, 'i');
  return negation;
}
