/**
 * What a question is about, as a list of concepts. A concept is one thing the
 * user named: an entity from the alias table ("North Korea", matched by any of
 * its names) or a single word. Each concept carries the index terms that count
 * as a mention of it, with a weight: the word itself (1), a fuzzy correction of
 * a word the corpus never uses ("Mageshma" → mageshima, 0.8), the completions
 * of an unfinished last word (0.6), and a few domain synonyms (0.6).
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { term, terms, words } from '../../text/terms.ts';
import { applied } from '../explain.ts';
import { PLACE_WORDS, QUESTIONS } from './questionWords.ts';
import { z } from 'zod';
import { dataFile } from '../../data.ts';
import { acronymSpellings, countryNamed, isEnglish as isEnglishWord, spellingVariants, widenings } from './vocabulary.ts';
import { addForms, capitalCountry, governmentTyped } from './lexical.ts';
import { compoundParts, counterCompounds } from './compounds.ts';
import { derivationSiblings } from './widenKnown.ts';
import { DEFAULTS } from '../defaults.ts';
import { aliasWords, phraseVerb, readAs, verbNouns } from './verbForms.ts';
import { idiomReading, idiomsIn, idiomsLeft, writtenMostly } from './idioms.ts';
import { widenTarget } from './widenTarget.ts';
import { regionForms } from '../../lexicon/index.ts';
import { placeNotAcronym } from './placeNotAcronym.ts';
import { addRegionMembers } from './regionMembers.ts';
import { slips } from './typos.ts';

export interface Concept {
  /** How the user wrote it, corrected when it was a typo ("Mageshima"). */
  label: string;
  /** Where the user wrote it: offsets in fold(text), end exclusive. */
  start: number;
  end: number;
  /** Term or entity id (see SentenceIndex.id) → weight of a match on it. */
  alternatives: Map<number, number>;
  /** How much the concept matters: its rarest alternative's IDF. */
  weight: number;
  /** False when no alternative occurs anywhere in the corpus. */
  known: boolean;
  /** For multi-word entities and phrases: the terms in order. */
  kind: 'entity' | 'term';
  /** Position of the concept in the question's term sequence. */
  position: number;
  /** The word(s) as typed. */
  raw: string;
  /** For an entity: the name it is shown by ("North Korea"). */
  entity?: string;
  /** Names a person, country, place or body (set by src/answer/reading/reading.ts): names select readouts. */
  name?: boolean;
  /** The answer must mention it (a focus verb, a counted thing, a number, a name). */
  required?: boolean;
  /** Counts when a sentence has it, but its absence costs nothing (a date read as words: `dated`). */
  bonus?: boolean;
  dated?: boolean;
  /** A demonym or country word read as its country (rule `lexicon-demonym`): the country's name. */
  country?: string;
  /** An office word describing a counterpart ("the Chinese defense minister"; rule `counterpart-office`). */
  office?: boolean;
  /** A word the corpus never uses, widened through WordNet (rule `lexicon-widen`): the words it was read as. */
  widened?: string[];
  /** An alias thing read as the common words of its name (rule `alias-common-words`: HADR → humanitarian, relief). */
  spelled?: string[];
  /** A word of an idiom read literally: what the idiom means, for readouts that do not write its words. */
  idiom?: readonly string[];
  /** A year that names an event ("the 2012 ottawa trilateral"; rule `event-year`): its readout's date states it too. */
  eventYear?: string;
  /** The verb typed right after the question's subject ("did hicks *work* with …"; rule `verb-after-subject`). */
  predicate?: boolean;
}

/**
 * Words that shape a question but say nothing about its subject
 * (data/reading/questions.json, `questionWords`). They are dropped before
 * concepts are built ("what did they say about Taiwan" → Taiwan). Vague nouns
 * go too: "the D-ISIS stuff", "a Korean counterpart" (every readout has one)
 * are about D-ISIS and Korea, and must not veto or outweigh the name.
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(QUESTIONS.questionWords.words);

/**
 * Domain synonyms (data/reading/synonyms.json), by index term: the file is
 * written in words ("deployment"), read here as the stems the index keeps
 * ("deploy"), so no reader of the data needs to know the stemmer.
 */
const synonymsFile = dataFile(
  'reading/synonyms.json',
  z.object({ synonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)) }),
);
let synonymTerms: ReadonlyMap<string, readonly string[]> | undefined;

/** The synonyms' terms for an index term ("deploi" → station, deploy). */
export function synonymsOf(t: string): readonly string[] {
  if (!synonymTerms) {
    const out = new Map<string, string[]>();
    for (const [word, same] of Object.entries(synonymsFile().synonyms)) {
      const key = term(word);
      if (key)
        out.set(
          key,
          same.map((w) => term(w)).filter((x): x is string => x !== null),
        );
    }
    synonymTerms = out;
  }
  return synonymTerms.get(t) ?? [];
}

// Tuning, each with what it trades: src/answer/defaults.ts (DEFAULTS.reading).
const { weights: WEIGHT, widenMax: WIDEST, widenMin: MIN_WIDEN, widenedPerWord: WIDENED } = DEFAULTS.reading;

export interface ConceptOptions {
  /** Complete the last word as a prefix (the user may still be typing it). */
  prefixLast?: boolean;
  /** Drop question words ("what", "did", "say"); off for timeline topics and quotes. */
  dropQuestionWords?: boolean;
  /**
   * Read everyday idioms as the readout register's words (rule `lexicon-idiom`): a question's, not a claim's nor
   * a quote's. Called with each idiom whose register words no readout uses: it is dropped, never a veto.
   */
  idioms?: { dropped: (raw: string) => void };
  /**
   * Read a region typed as one word as any of its countries too ("the un mission in africa" is the readout's
   * "South Sudan"; rule `region-members`): a question's; a timeline's topic is the word itself.
   */
  regionMembers?: boolean;
}

/** The concepts of a question or topic, in the order they were written. */
export function conceptsOf(index: SentenceIndex, text: string, options: ConceptOptions = {}): Concept[] {
  const all = words(text);
  const kept = options.dropQuestionWords ? all.filter((w) => !QUESTION_WORDS.has(w.word)) : all;
  const seq: { term: string; raw: string; start: number; end: number; last: boolean; corrected?: boolean }[] = [];
  kept.forEach((w) => {
    const t = term(w.word);
    if (t) seq.push({ term: t, raw: w.raw, start: w.start, end: w.end, last: w === all[all.length - 1] });
  });

  const concepts: Concept[] = [];
  correctEntityTypos(index, seq);
  const entityMatches = index.aliases.match(seq.map((s) => s.term)).filter((m) => !placeNotAcronym(m, seq));
  const idioms = options.idioms
    ? idiomsIn(
        all,
        entityMatches.map((m) => [(seq[m.start] as (typeof seq)[number]).start, (seq[m.end - 1] as (typeof seq)[number]).end]),
      )
    : [];
  let next = 0;
  // Idioms read: their first word the question keeps ("for good": "for" is no term) reads them once.
  const read = new Set<(typeof idioms)[number]>();
  const addTerms = (until: number) => {
    for (; next < until; next++) {
      const s = seq[next] as (typeof seq)[number];
      // Rule `lexicon-idiom`: "a pat on the back" is commend or praise, read whole (src/lexicon phraseAt).
      // Read literally when some sentence writes the idiom's own words ("pat … on the back"); its one content word
      // the corpus writes ("stand with Turkey") counts beside the register words.
      // A name in its slot ("keep *japan* in the loop") is still the question's name: read as typed.
      const idiom = idioms.find((x) => s.start >= x.start && s.start < x.end);
      const readings = idiom && idiomReading(index, text.slice(idiom.start, idiom.end), idiom.means);
      if (idiom && readings && !read.has(idiom)) {
        read.add(idiom);
        const raw = text.slice(idiom.start, idiom.end);
        applied('lexicon-idiom');
        if (readings.length) concepts.push(readAs(index, raw, readings, next, idiom.start, idiom.end));
        else options.idioms?.dropped(raw);
      }
      if (idiom && readings && !idiom.names.includes(s.start)) continue;
      // A last word still being typed ("Mageshi") is completed; a whole English word ("road", "north") is not
      // unfinished just because the question has no "?".
      const typing = options.prefixLast === true && s.last && !/[\s?.!]$/.test(text) && !isEnglishWord(s.raw.toLowerCase());
      // Rule `lexicon-verb-forms`: "sent back" is one verb (src/answer/reading/verbForms.ts).
      const after = seq[next + 1];
      if (after && next + 1 < until && /^\s+$/.test(text.slice(s.end, after.start))) {
        const phrase = phraseVerb(index, s.raw, after.raw);
        if (phrase.length) {
          concepts.push(readAs(index, `${s.raw} ${after.raw}`, phrase, next, s.start, after.end));
          next++;
          continue;
        }
      }
      // A particle the term list drops ("shoring up", "beef up", "carry out") makes a phrasal verb too.
      const particle = /^\s+(up|out|off|down|over|away|into|back)\b/i.exec(text.slice(s.end));
      if (particle) {
        const phrase = phraseVerb(index, s.raw, particle[1] as string);
        if (phrase.length) {
          concepts.push(readAs(index, `${s.raw} ${particle[1]}`, phrase, next, s.start, s.end + particle[0].length));
          continue;
        }
      }
      const at = all.findIndex((w) => w.start === s.start);
      const before = all[at - 1];
      const place = before !== undefined && PLACE_WORDS.has(before.word);
      concepts.push({
        ...termConcept(index, s.term, s.raw, typing, next, place, governmentTyped(text, all, at, s.end)),
        start: s.start,
        end: s.end,
      });
    }
  };
  for (const match of entityMatches) {
    addTerms(match.start);
    const typed = seq
      .slice(match.start, match.end)
      .map((s) => s.raw)
      .join(' ');
    // "north korea" is shown as the entity writes it: "North Korea".
    const corrected = seq.slice(match.start, match.end).some((s) => s.corrected);
    const typedTerms = seq
      .slice(match.start, match.end)
      .map((s) => s.term)
      .join(' ');
    // As typed when that is one of its names ("submarines"); else the name typed another way ("COVID 19" → "COVID-19").
    const label = corrected
      ? match.entity.name
      : (match.entity.names.find((n) => n.toLowerCase() === typed.toLowerCase()) ??
        match.entity.names.find((n) => terms(n).join(' ') === typedTerms) ??
        typed);
    // Rule `alias-common-words`: "HADR" = humanitarian assistance and disaster relief, a topic in common nouns:
    // where no readout names it so, it is read as those words ("humanitarian relief efforts … disasters").
    const words = index.df(match.entity.id) === 0 ? aliasWords(index, match.entity.names) : [];
    if (words.length) {
      // Still the thing asked about, as the alias was: never a mere bonus as a widened word is (`spelled`, not `widened`).
      const first = seq[match.start] as (typeof seq)[number];
      const { widened: spelled, ...read } = readAs(
        index,
        typed,
        words,
        match.start,
        first.start,
        (seq[match.end - 1] as (typeof seq)[number]).end,
      );
      concepts.push({ ...read, ...(spelled ? { spelled } : {}) });
      next = match.end;
      continue;
    }
    const id = index.termId(match.entity.id);
    concepts.push({
      label,
      start: (seq[match.start] as (typeof seq)[number]).start,
      end: (seq[match.end - 1] as (typeof seq)[number]).end,
      alternatives: new Map(id === undefined ? [] : [[id, WEIGHT.exact]]),
      weight: index.idf(match.entity.id),
      known: index.df(match.entity.id) > 0,
      kind: 'entity',
      position: match.start,
      raw: typed,
      entity: match.entity.name,
    });
    next = match.end;
  }
  addTerms(seq.length);
  concepts.push(
    ...idiomsLeft(index, text, idioms, read, seq, concepts, (w) => options.dropQuestionWords === true && QUESTION_WORDS.has(w)),
  );
  if (options.regionMembers) addRegionMembers(index, concepts);
  // The same concept twice ("Japan … Japanese") counts once.
  const seen = new Set<string>();
  return concepts.filter((c) => {
    const key = c.alternatives.size ? [...c.alternatives.keys()].sort().join('|') : `?${c.label.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "Nort Korea": a word the corpus never uses, one edit from a word that makes
 * it part of a known name with its neighbours, is that word. Short words are
 * not corrected on their own ("Hong" must not become "Song"); inside a name
 * that otherwise matches, the correction is safe.
 */
function correctEntityTypos(index: SentenceIndex, seq: { term: string; raw: string; corrected?: boolean }[]): void {
  for (let i = 0; i < seq.length; i++) {
    const s = seq[i] as { term: string; raw: string; corrected?: boolean };
    if (s.term.length < 4 || /^\d+$/.test(s.term) || index.df(s.term) > 0 || isEnglishWord(s.raw)) continue;
    for (const [candidate] of index.near(s.term, 1).slice(0, 5)) {
      const window = seq.slice(Math.max(0, i - 3), i + 4).map((x, k) => (k === Math.min(i, 3) ? candidate : x.term));
      const at = Math.min(i, 3);
      const found = index.aliases
        .match(window)
        .some((m) => m.start <= at && m.end > at && m.end - m.start > 1 && index.df(m.entity.id) > 0);
      if (found) {
        s.term = candidate;
        s.corrected = true;
        break;
      }
    }
  }
}

/**
 * `place`: the word follows a place word ("in", "visit to"), so a capital there is the city itself;
 * `government`: it is typed as a government ("washington's ties"), so a capital there is its country too
 * (rule `capital-as-country`).
 */
function termConcept(
  index: SentenceIndex,
  t: string,
  raw: string,
  typing: boolean,
  position: number,
  place = false,
  government = false,
): Omit<Concept, 'start' | 'end'> {
  const alternatives = new Map<number, number>();
  /** The id of a term the corpus uses, else undefined. */
  const used = (x: string) => (index.df(x) > 0 ? index.termId(x) : undefined);
  const add = (x: string, weight: number) => {
    const id = used(x);
    if (id !== undefined && !alternatives.has(id)) alternatives.set(id, weight);
  };
  const known = used(t) !== undefined;
  let label = raw;
  // Rule `lexicon-demonym`: "Kiwis", "the egyptians", "Emirati" name their country, in every form
  // the readouts write it ("New Zealand", "Egypt", "Egyptian"). "us" in lower case is the pronoun.
  const country =
    /^\p{L}{3,}$/u.test(raw) && raw !== 'us'
      ? (countryNamed(raw.toLowerCase()) ?? capitalCountry(index, t, raw, place, government))
      : undefined;
  if (country) {
    addForms(index, country.forms, (x) => add(x, WEIGHT.exact));
    if (!known && alternatives.size) label = country.country;
    applied('lexicon-demonym');
  } else {
    // Rule `region-forms`: "security out in asia" is the readouts' "Indo-Pacific" (data/lexicon/country-overrides.json
    // `regions`): a region typed as one word is named in any of its forms, at the exact weight.
    const before = alternatives.size;
    addForms(index, regionForms(raw), (x) => add(x, WEIGHT.exact));
    if (alternatives.size > before) applied('region-forms');
  }
  if (known) {
    add(t, WEIGHT.exact);
    // "ukraine" is shown as the corpus writes it: "Ukraine".
    if (/^\p{Ll}/u.test(raw) && /^\p{Lu}/u.test(index.surface(t) ?? '')) {
      label = `${raw[0]?.toUpperCase()}${raw.slice(1)}`;
    }
  } else if (!/^\d+$/.test(t) && !isEnglishWord(raw) && !(country && alternatives.size)) {
    // (A demonym read as its country is no typo: "israelis" is not "Isa".)
    const slip = slips(index, t, raw);
    for (const candidate of slip.terms) add(candidate, WEIGHT.fuzzy);
    if (slip.label) label = slip.label;
  }
  // A compound the corpus writes as two words: "cleanup" → "clean up".
  if (alternatives.size === 0) {
    for (const part of compoundParts(index, raw.toLowerCase())) add(part, WEIGHT.fuzzy);
  }
  // Rule `spelling-variant`: "emir" where the readouts write "Amir" — another spelling of the word (capitalised
  // or not) is the word itself.
  if (alternatives.size === 0 && !country && isEnglishWord(raw.toLowerCase())) {
    for (const variant of spellingVariants(raw.toLowerCase())) {
      const before = alternatives.size;
      add(term(variant) ?? '', WEIGHT.exact);
      if (alternatives.size > before) applied('spelling-variant');
    }
  }
  // Rule `lexicon-widen`: an English word no readout uses is read as the words WordNet relates to it
  // that readouts do use ("jets" → aircraft, "deal" → agreement), each weighing less than the word typed.
  const widened: string[] = [];
  if (alternatives.size === 0 && !country && !/^\d+$/.test(t) && isEnglishWord(raw.toLowerCase())) {
    for (const r of widenings(raw.toLowerCase())) {
      if (widened.length >= WIDENED) break;
      // Distant senses and broad hypernyms ("story" → floor, "wrestling" → struggle) read the question as another one.
      if (r.weight < MIN_WIDEN) continue;
      const weight = Math.min(r.weight, WIDEST);
      const id = widenTarget(index, r.word, { phrases: true });
      if (id === undefined || alternatives.has(id)) continue;
      applied('lexicon-widen');
      alternatives.set(id, weight);
      widened.push(r.word);
      // "saw" read as "see" is that verb, domain synonyms and all ("see" → meet, visit).
      if (r.relation === 'inflection') for (const synonym of synonymsOf(term(r.word) ?? '')) add(synonym, WEIGHT.synonym);
    }
  }
  if (alternatives.size === 0 && !country && isEnglishWord(raw.toLowerCase())) {
    widened.push(...counterCompounds(index, raw.toLowerCase(), alternatives));
    // Rule `lexicon-verb-forms`: a verb no readout writes, read as the nouns readouts write for it ("joining" → membership).
    for (const n of alternatives.size === 0 ? verbNouns(index, raw) : []) {
      alternatives.set(n.id, n.weight);
      widened.push(n.word);
    }
    // Rule `derivation-sibling` (unknown word): "coercion" where readouts write "coercive" — coerce derives both.
    if (alternatives.size === 0) widened.push(...derivationSiblings(index, alternatives, raw.toLowerCase(), undefined, 1));
  }
  // Rule `lexicon-acronym` (spelled out): "GDP" also finds "gross domestic product" — its expansion's
  // alias entity, or else its rarest word when a sentence writes most of the expansion.
  if (/^\p{L}{2,6}$/u.test(raw) && !country) {
    for (const expansion of acronymSpellings(raw.toLowerCase())) {
      const entity = index.aliases.lookup(expansion);
      if (entity && index.df(entity.id) > 0) {
        add(entity.id, WEIGHT.exact);
        continue;
      }
      // Only where a sentence writes the expansion (mostly): its words scattered ("high … artillery … rocket
      // systems") are no HIMARS.
      const parts = terms(expansion);
      if (parts.length < 2 || !writtenMostly(index, expansion, DEFAULTS.reading.acronymMostly)) continue;
      const rarest = parts.filter((x) => index.df(x) > 0).reduce((a, b) => (index.df(a) <= index.df(b) ? a : b));
      add(rarest, WEIGHT.fuzzy);
    }
  }
  if (typing && t.length >= 3) {
    const completions = [...index.vocabulary.atPrefix(t)]
      .filter(([candidate]) => candidate !== t)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    for (const [candidate] of completions) add(candidate, WEIGHT.prefix);
  }
  for (const synonym of synonymsOf(t)) add(synonym, WEIGHT.synonym);
  // A word the corpus never uses weighs as much as the rarest word could: the
  // question is about it, and no sentence can answer that part.
  let weight = alternatives.size === 0 ? index.idf(t) : 0;
  for (const alt of alternatives.keys()) weight = Math.max(weight, index.idf(alt));
  return {
    label,
    alternatives,
    weight,
    known: alternatives.size > 0,
    kind: 'term',
    position,
    raw,
    ...(country ? { country: country.country } : {}),
    ...(widened.length ? { widened } : {}),
  };
}

/** Credit (0..1) a sentence's terms and entities give a concept. */
export function credit(concept: Concept, present: (id: number) => boolean): number {
  let best = 0;
  for (const [alt, w] of concept.alternatives) if (w > best && present(alt)) best = w;
  return best;
}
