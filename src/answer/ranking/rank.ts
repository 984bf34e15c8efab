/**
 * Ranking sentences for a set of concepts.
 *
 * BM25+ over the index finds the candidates (any concept matches); the best
 * few hundred are rescored.
 * Each candidate is then scored by *coverage*: the share of the question's
 * concepts, weighted by rarity (IDF), that the sentence mentions. A concept
 * named only in the readout's title (the Secretary in "Readout of Secretary
 * Mattis' Call…" when the sentence says "the Secretary") earns half credit.
 *
 *   score = coverage² × (0.5 + bm25 / best bm25)
 *
 * Coverage dominates, so a sentence that answers the whole question beats one
 * that repeats a single word; BM25 orders sentences of equal coverage. The
 * rules, by id (src/answer/rules.ts): `rank-coverage` (this score),
 * `title-half-credit`, `answers-refer-back`, `required-in-sentence`,
 * `focus-verb-coverage` (coverage alone), and, for what counts as an answer
 * (`answersAmong`), `min-coverage` and `focus-in-sentence`.
 */
import { hasDateline, isSubheading, SUBHEADING_WORDS } from '../reading/extract.ts';
import { dateTest, type DateRange } from '../reading/dateFilter.ts';
import type { Concept } from '../reading/concepts.ts';
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

export interface Ranked {
  sentence: number;
  score: number;
  /** Share (0..1) of the concepts' weight the sentence covers. */
  coverage: number;
  /** Concepts the sentence itself (not its title) mentions. */
  matched: Concept[];
  /**
   * Share (0..1) of the weight of the concepts the sentence must state itself
   * — all but the names its readout's title or opening gives it — that it
   * states: the focus. 1 when every concept is such a name.
   */
  focus: number;
}

export interface RankOptions {
  range?: DateRange | null;
  /** Keep at most this many, best first. */
  limit?: number;
  /** Per readout, 1 when its sentences may answer (src/answer/reading/reading.ts: every name named). */
  allowed?: Uint8Array | null;
  /** Credit a sentence's readout gives a concept beyond the sentence itself (a name in its title or opening). */
  context?: (readout: number, concept: Concept) => number;
  /**
   * Concepts the sentence before states count at half: "Moriarty conveyed the
   * decision to provide aid to Ukraine. Hicks welcomed the announcement." — a
   * response or a thanks refers back to what it answers.
   */
  anaphora?: boolean;
  /**
   * Order by coverage alone, BM25 only finding candidates: in "what did Mattis
   * and Payne discuss?" the names select the readout, and the sentence that
   * says "discussed" must not lose to one that repeats the names or uses a
   * rarer word of the family ("address").
   */
  coverageOnly?: boolean;
}

/** The index's TermMarks slot (SentenceIndex.termMarks) ranking uses; BM25 has slot 0. */
const MARKS_RANK = 1;

/**
 * The ranked sentences that answer (best first, as ranked): rule `min-coverage`, those covering at least
 * `minCoverage` of the question's weight and `relativeCoverage` of the best one's (DEFAULTS.ranking); rule
 * `focus-in-sentence`, those stating `minCoverage` of their focus themselves (names select readouts; the rest of the question must be
 * in the sentence).
 */
export function answersAmong(all: Ranked[]): Ranked[] {
  const bestCoverage = all.reduce((best, r) => Math.max(best, r.coverage), 0);
  const { minCoverage, relativeCoverage } = DEFAULTS.ranking;
  const floor = Math.max(minCoverage, relativeCoverage * bestCoverage);
  const out = all.filter((r) => r.coverage >= floor && r.focus >= minCoverage);
  if (out.length < all.length) {
    if (all.some((r) => r.coverage < floor)) applied('min-coverage');
    if (all.some((r) => r.coverage >= floor && r.focus < minCoverage)) applied('focus-in-sentence');
  }
  return out;
}

export function rank(index: SentenceIndex, concepts: Concept[], options: RankOptions = {}): Ranked[] {
  const weights = new Map<number, number>();
  for (const c of concepts) {
    for (const [alt, w] of c.alternatives) weights.set(alt, Math.max(w, weights.get(alt) ?? 0));
  }
  if (weights.size === 0) return [];
  // Bonus concepts (a date read as words) add when present and cost nothing when absent.
  const total = concepts.reduce((sum, c) => sum + (c.bonus ? 0 : c.weight), 0);
  const inDates = dateTest(options.range);
  const allowed = options.allowed ?? null;
  const readoutOf = index.data.readoutOf;
  const keep =
    inDates && allowed
      ? (i: number) => allowed[readoutOf[i] as number] === 1 && inDates(index.dateOf(i))
      : inDates
        ? (i: number) => inDates(index.dateOf(i))
        : allowed
          ? (i: number) => allowed[readoutOf[i] as number] === 1
          : null;
  const context = options.context;
  // A caller that wants a few (quote's closest, an event's date) rescores fewer.
  const { candidates, fewCandidatesPer, fewCandidatesMin, bm25Floor, titleCredit, anaphoraCredit } = DEFAULTS.ranking;
  const hits = index.bm25(
    weights,
    keep,
    options.limit ? Math.min(candidates, Math.max(options.limit * fewCandidatesPer, fewCandidatesMin)) : candidates,
  );
  const best = hits[0]?.score ?? 1;
  const ranked: Ranked[] = [];
  // Each concept's alternatives as plain arrays, read once: iterating the Maps
  // for every concept of every candidate allocated an entry per step.
  const alternatives = concepts.map((c) => ({ ids: [...c.alternatives.keys()], weights: [...c.alternatives.values()] }));
  const creditOf = (k: number, present: (id: number) => boolean): number => {
    const { ids, weights } = alternatives[k] as { ids: number[]; weights: number[] };
    let best = 0;
    for (let a = 0; a < ids.length; a++) {
      const w = weights[a] as number;
      if (w > best && present(ids[a] as number)) best = w;
    }
    return best;
  };
  const marks = index.termMarks(MARKS_RANK);
  const datedAsked = concepts.some((c) => c.dated);
  const DATELINE_SHARE = DEFAULTS.ranking.datelineShare;
  const SUBHEADING_SHARE = DEFAULTS.ranking.subheadingShare;
  let subheadings = false;
  // One test of each kind, not one closure per concept and sentence: this loop
  // runs for every concept of every candidate.
  const inSentenceHas = (k: number) => marks.has(k);
  let title: Set<number> = new Set();
  const inTitleHas = (k: number) => title.has(k);
  let id = 0;
  const beforeHas = (k: number) => index.has(id - 1, k);
  // Which rules changed some score, recorded once after the loop (it runs for every concept of every candidate).
  let titleCredited = false;
  let referredBack = false;
  let lacked = false;
  for (const hit of hits) {
    id = hit.sentence;
    marks.load(id);
    title = index.readout(id).titleTerms;
    const readout = readoutOf[id] as number;
    let covered = 0;
    let focusCovered = 0;
    let focusTotal = 0;
    let lacks = false;
    const matched: Concept[] = [];
    // Rule `dateline-not-date`: a story's dateline ("WASHINGTON, Jan. 15, 2014 –") repeats the readout's date; a
    // date asked as words ("on that january 2014 call, did …") credits it a share (DEFAULTS): a sentence that states the date
    // says more, and the opening that says only who met whom must not win on its dateline.
    const dateline = datedAsked && id === index.readout(id).first && hasDateline(index.text(id));
    if (dateline) applied('dateline-not-date');
    for (let k = 0; k < concepts.length; k++) {
      const c = concepts[k] as Concept;
      const inSentence = creditOf(k, inSentenceHas) * (dateline && c.dated ? DATELINE_SHARE : 1);
      if (inSentence > 0) matched.push(c);
      const inTitle = creditOf(k, inTitleHas) * titleCredit;
      const around = context ? context(readout, c) : 0;
      const before = options.anaphora && inSentence === 0 && id > index.readout(id).first ? creditOf(k, beforeHas) * anaphoraCredit : 0;
      // Rule `required-in-sentence`: a focus verb, a counted thing or a number must be in the sentence (a number may be in the one it answers,
      // or in the title, when it names the meeting: "the India 2+2", src/answer/reading/reading.ts).
      if (c.required && !c.name && inSentence === 0 && around < 1 && !(before > 0 && /^\d+$/.test(c.raw))) lacks = true;
      const got = Math.max(inSentence, inTitle, around, before);
      if (got > 0 && got === inTitle && got > Math.max(inSentence, around, before)) titleCredited = true;
      if (before > 0 && before > Math.max(inSentence, inTitle, around)) referredBack = true;
      covered += c.weight * got;
      // A name the readout's head gives is selection, not focus; the focus is what
      // the sentence states (or, for an answer that refers back, the one before).
      if (around < 1) {
        if (!c.bonus) focusTotal += c.weight;
        focusCovered += c.weight * Math.max(inSentence, before);
      }
    }
    if (lacks) {
      lacked = true;
      continue;
    }
    const coverage = total > 0 ? covered / total : 0;
    const focus = focusTotal > 0 ? focusCovered / focusTotal : 1;
    const bm25 = options.coverageOnly ? 1 : bm25Floor + hit.score / best;
    // Rule `subheading-not-sentence`: a story's subheading ("Alliance Talks: From Space to Cyber Space") is an
    // editor's label, not a statement; only short sentences are decoded to tell.
    const subheading = id !== index.readout(id).first && index.termsOf(id).length <= SUBHEADING_WORDS && isSubheading(index.text(id));
    if (subheading) subheadings = true;
    ranked.push({ sentence: id, coverage, matched, focus, score: coverage * coverage * bm25 * (subheading ? SUBHEADING_SHARE : 1) });
  }
  ranked.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  if (ranked.length && options.coverageOnly) applied('focus-verb-coverage');
  else if (ranked.length) applied('rank-coverage');
  if (titleCredited) applied('title-half-credit');
  if (referredBack) applied('answers-refer-back');
  if (lacked) applied('required-in-sentence');
  if (subheadings) applied('subheading-not-sentence');
  return options.limit ? ranked.slice(0, options.limit) : ranked;
}
