/**
 * Reading a question's words through the lexicon (src/lexicon), against a
 * corpus: the words a team types that the readouts write another way.
 *
 * - **acronyms** (rule `lexicon-acronym`) — a word the corpus never uses that
 *   the lexicon's acronym table spells out ("CENTCOM" → Central Command,
 *   "MoD" → Minister of Defense) is read as the first spelling whose words
 *   the corpus has; an acronym the alias table already knows and the corpus
 *   names is left alone.
 * - **nicknames and given names** (rule `lexicon-nickname`) — a given name
 *   before a surname the corpus writes as a person's is read as the given
 *   name the corpus writes there, through the nickname table ("chuck hagel"
 *   → Charles, "dave norquist" → David L. Norquist, "ashton carter" → Ash);
 *   a given name the table knows that matches none of them names someone
 *   else ("john mattis"), so it is a name the corpus lacks.
 *
 * - **capitals** (rule `capital-as-country`) — a one-word capital the corpus
 *   never writes, not after a place word, is its country ("tehran's meddling").
 *
 * Demonyms and English word relations are read per concept
 * (src/answer/reading/concepts.ts), where a word keeps several alternatives.
 *
 * @example
 * resolveWords(index, 'what did charles hagel tell koval', PEOPLE).resolved
 * // → [{ from: 'charles hagel', to: 'Chuck Hagel' }]
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { fold, term, terms, words, type Word } from '../../text/terms.ts';
import { commonestPos, givenNames, nicknamesOf } from '../../lexicon/index.ts';
import { applied } from '../explain.ts';
import { ROLE_WORDS } from './extract.ts';
import { acronymReadings, capitalOf, countryNamed, isOfficeAcronym, isOfficeWord } from './vocabulary.ts';
import { writtenMostly, writtenTogether } from './idioms.ts';
import { DEFAULTS } from '../defaults.ts';
import { RECIPIENT_VERBS } from './questionWords.ts';

/** What the corpus says about people, from src/answer/reading/reading.ts (passed in: reading.ts calls this module). */
export interface People {
  /** True when openings write an office word before the term: a person's surname. */
  isPerson(index: SentenceIndex, id: number): boolean;
  /** The given names written before a surname, each with the full name as written. */
  givenNamesBefore(index: SentenceIndex, surname: number): ReadonlyMap<string, string>;
  /** True when an opening writes the given name's term shortly before the surname's (from postings, no text). */
  writtenBefore(index: SentenceIndex, given: number, surname: number): boolean;
}

export interface ResolvedWords {
  /** The text with acronyms spelled out and given names as the corpus writes them. */
  text: string;
  /** What was read as what, for the answer's `reading`. */
  resolved: { from: string; to: string }[];
  /** Words (lower-case) that are names although typed in lower case: a given name of someone else. */
  names: Set<string>;
}

/** Where the word after w starts (a stop word included), or -1. */
function nextWordStart(ws: Word[], w: Word): number {
  const at = ws.indexOf(w);
  return ws[at + 1]?.start ?? -1;
}

/** A term the corpus uses. */
const known = (index: SentenceIndex, t: string | null) => t !== null && index.df(t) > 0;
const MOSTLY = DEFAULTS.reading.acronymMostly;

/**
 * Rule `acronym-plural`: "MoDs", "ICBMs", "FMs" — an acronym (two capitals or more) with a lower-case
 * plural s is read as its singular, so the acronym tables and the office acronyms find it. Never an
 * all-lower-case word: in a Discord channel "mods" are moderators.
 */
export function singularAcronyms(input: string): string {
  return input.replace(/(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*[\p{Lu}\p{N}])s(?![\p{L}\p{N}])/gu, (whole, singular: string) => {
    if ((singular.match(/\p{Lu}/gu) ?? []).length < 2) return whole;
    applied('acronym-plural');
    return singular;
  });
}

export function resolveWords(index: SentenceIndex, input: string, people: People): ResolvedWords {
  const text = fold(singularAcronyms(input));
  const ws = words(text);
  const resolved: ResolvedWords['resolved'] = [];
  const names = new Set<string>();
  const edits: { start: number; end: number; by: string }[] = [];
  // Words inside a name the alias table matches and the corpus uses are read as that name.
  const seq: { w: Word; t: string }[] = [];
  for (const w of ws) {
    const t = term(w.word);
    if (t) seq.push({ w, t });
  }
  const inKnownEntity = new Set<number>();
  for (const m of index.aliases.match(seq.map((s) => s.t))) {
    if (index.df(m.entity.id) > 0) for (let k = m.start; k < m.end; k++) inKnownEntity.add(k);
  }
  seq.forEach(({ w, t }, k) => {
    // Rule `us-pronoun`: "did the Poles thank us for …" — "us" in lower case before no noun, and not after
    // "the", is the pronoun, not the United States.
    if (w.raw === 'us' && !/\bthe\s*$/i.test(text.slice(0, w.start)) && (!seq[k + 1] || seq[k + 1]?.w.start !== nextWordStart(ws, w))) {
      applied('us-pronoun');
      edits.push({ start: w.start, end: w.end, by: '' });
      return;
    }
    // Rule `lexicon-acronym` (stem): "ISI" shares its stem with the corpus's "ISIS" — a word the corpus writes
    // only as another word of its stem is not written there, and its acronym reading is tried.
    const ownForm = () => (index.surface(t) ?? '').toLowerCase() === w.word || acronymReadings(w.word).length === 0;
    if (inKnownEntity.has(k) && !isOfficeAcronym(w.word) && ownForm()) return;
    const next = seq[k + 1];
    // A given name before a person's surname.
    const surnameId = next && /^\s*$/.test(text.slice(w.end, next.w.start)) ? index.termId(next.t) : undefined;
    if (
      surnameId !== undefined &&
      index.df(next?.t ?? '') > 0 &&
      // A surname the corpus also writes as a common word ("Bob Work") is read when a given name stands before it.
      (/^\p{Lu}/u.test(index.surface(surnameId) ?? '') || givenNames(w.word).length > 0 || nicknamesOf(w.word).length > 0) &&
      !ROLE_WORDS.has(index.surface(surnameId) ?? '') &&
      !isOfficeWord(next?.w.word ?? '') &&
      !isOfficeWord(w.word) &&
      countryNamed(w.word) === undefined
    ) {
      // Cheap tests first (a long question has many capitalised pairs): a given name the corpus writes before
      // this surname (from postings) goes, the surname carries the person; only a word the nickname table
      // knows can be another form of a written one. Whether the surname is a person's is read last.
      const typedId = known(index, t) ? index.termId(t as string) : undefined;
      const written = typedId !== undefined && people.writtenBefore(index, typedId, surnameId);
      // A given name only a title writes ("Ine Eriksen Søreide", whose readout's sentences say "Minister Søreide")
      // is theirs too, though no sentence has the word.
      const nameLike =
        !written &&
        (givenNames(w.word).length > 0 || nicknamesOf(w.word).length > 0 || people.givenNamesBefore(index, surnameId).has(w.word));
      if ((written || nameLike) && people.isPerson(index, surnameId)) {
        // A surname that is also a common word ("Work") keeps its given name, as the corpus writes it: the
        // given name says it is the person (rule `surname-common-word`), not the word.
        const common = !/^\p{Lu}/u.test(index.surface(surnameId) ?? '');
        if (written) {
          if (common) return;
          applied('person-one-topic');
          edits.push({ start: w.start, end: w.end, by: '' });
          return;
        }
        const given = givenNameFor(index, w.word, surnameId, people);
        if (given) {
          applied('lexicon-nickname');
          // The surname carries the person once the given name is theirs (as dropGivenNames does for
          // the names it finds in openings); a given name the corpus writes only in titles would veto.
          edits.push({ start: w.start, end: w.end, by: common ? given.word : '' });
          if (given.word.toLowerCase() !== w.word) resolved.push({ from: `${w.raw} ${next?.w.raw ?? ''}`, to: given.full });
          return;
        }
        if (!known(index, t)) {
          applied('lexicon-nickname');
          names.add(w.word);
          return;
        }
      }
    }
    if (known(index, t) && !isOfficeAcronym(w.word) && ownForm()) return;
    // An acronym the corpus spells out.
    // An office acronym the alias table knows by the same name the corpus uses ("SecWar" where readouts
    // say "Secretary of War") is read as it is: nothing to resolve.
    const own = index.aliases.lookup(w.raw);
    if (own && index.df(own.id) > 0 && own.names.includes(acronymReadings(w.word)[0] ?? '')) return;
    // A spelling some sentence writes whole ("maritime domain awareness"), else mostly ("U.N Convention on the Law
    // of the Sea"). Not one whose words are only somewhere in the corpus: "himars" read as "High Mobility Artillery
    // Rocket System" in scattered words made a sentence on "multiple launch rocket systems" answer a question about
    // HIMARS (a false answer); it stays a name.
    const readings = acronymReadings(w.word);
    const spelled = (expansion: string, whole: boolean) => {
      const entity = index.aliases.lookup(expansion);
      if (entity) return index.df(entity.id) > 0;
      return terms(expansion).length > 0 && (whole ? writtenTogether(index, expansion) : writtenMostly(index, expansion, MOSTLY));
    };
    const expansion = readings.find((x) => spelled(x, true)) ?? readings.find((x) => spelled(x, false));
    if (expansion) {
      applied('lexicon-acronym');
      edits.push({ start: w.start, end: w.end, by: expansion });
      resolved.push({ from: w.raw, to: expansion });
    }
  });
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = `${out.slice(0, e.start)}${e.by}${out.slice(e.end)}`;
  return { text: out, resolved, names };
}

/**
 * The given name the corpus writes before this surname for what was typed:
 * the word itself, a formal name it is a nickname of, a nickname of it, or a
 * nickname of the same formal name ("kathy" → Kathleen → "kath").
 */
function givenNameFor(index: SentenceIndex, typed: string, surname: number, people: People): { word: string; full: string } | null {
  const written = people.givenNamesBefore(index, surname);
  if (written.size === 0) return null;
  const formal = givenNames(typed);
  const candidates = [typed, ...formal, ...nicknamesOf(typed), ...formal.flatMap((f) => nicknamesOf(f))];
  for (const c of candidates) {
    const full = written.get(c);
    if (full) return { word: (words(full)[0] as Word).raw, full };
  }
  return null;
}

/**
 * Rule `capital-as-country`: "Tehran's meddling", "what did Austin say about Beijing?" — a one-word
 * capital the corpus never writes stands for its country's government, read as the country in every
 * form readouts write it. After a place word ("met in Tokyo", "a visit to Kabul") it is the city: a
 * name the corpus lacks, which vetoes. A capital the corpus writes is read as written, unless typed as a
 * government: possessive ("washington's ties") or paired with a country or capital ("washington and tokyo"),
 * where it is the capital and its country.
 */
export function capitalCountry(index: SentenceIndex, t: string, raw: string, place: boolean, metonym = false) {
  // A capital the corpus writes is its country too where it is typed as a government: "washington's ties",
  // "washington and tokyo".
  if (place || (index.df(t) > 0 && !metonym)) return undefined;
  const country = capitalOf(raw.toLowerCase());
  if (country) applied('capital-as-country');
  return country;
}

/** An auxiliary after a capital makes it a subject: a government ("washington has", "seoul will"). */
const SUBJECT_AUXILIARY = /^(?:has|had|is|was|will|would|wants|wanted|does|did|can|could|should|may|might|must)$/;

/**
 * A word typed as a government (rule `capital-as-country`): possessive ("washington's ties"), a verb's subject,
 * a recipient ("sent kyiv"), a partner after "with", or paired by "and" with a country or a capital ("washington and tokyo").
 */
export function governmentTyped(text: string, all: readonly Word[], at: number, end: number): boolean {
  if (/^['’]s\b/.test(text.slice(end))) return true;
  // The subject of a verb ("washington has jordan's back", "how washington was reading events"): a government acts.
  const next = all[at + 1]?.word;
  if (next !== undefined && (SUBJECT_AUXILIARY.test(next) || (/(?:s|ed)$/.test(next) && commonestPos(next) === 'v'))) return true;
  // Whom something went to ("the help sweden sent kyiv", "arming taipei"): a government receives.
  if (RECIPIENT_VERBS.has(all[at - 1]?.word ?? '')) return true;
  // A partner after "with" ("the motto bahrain shares with washington", "start talking with kyiv"): a government
  // deals with another; a city is met *in*, not *with*.
  if (all[at - 1]?.word === 'with') return true;
  const state = (w: Word | undefined) => w !== undefined && (countryNamed(w.word) !== undefined || capitalOf(w.word) !== undefined);
  return (all[at + 1]?.word === 'and' && state(all[at + 2])) || (all[at - 1]?.word === 'and' && state(all[at - 2]));
}

/**
 * A country's or region's forms as a concept's alternatives: a one-word form as its term ("Egyptian"), a longer
 * one as the alias entity the corpus knows ("New Zealand", "Indo-Pacific"); `add` takes a term or an entity id.
 */
export function addForms(index: SentenceIndex, forms: readonly string[], add: (termOrEntity: string) => void): void {
  // Read once per index and list (the lexicon's lists are kept objects): a country's forms were tokenized for every
  // question that named it.
  let byIndex = formsRead.get(index);
  if (!byIndex) formsRead.set(index, (byIndex = new WeakMap()));
  let read = byIndex.get(forms);
  if (!read) byIndex.set(forms, (read = readForms(index, forms)));
  for (const x of read) add(x);
}
const formsRead = new WeakMap<SentenceIndex, WeakMap<readonly string[], string[]>>();

/** The terms and entity ids that stand for a list of forms in this index (see addForms). */
function readForms(index: SentenceIndex, forms: readonly string[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    const formTerms = terms(form);
    if (formTerms.length === 1) out.push(formTerms[0] as string);
    else {
      const entity = index.aliases.lookup(form);
      if (entity && index.df(entity.id) > 0) out.push(entity.id);
      // A name of several words the alias table lacks ("Marshall Islands"), written whole by a sentence: its rarest
      // word, as a spelling of several words is read (widenTarget.ts).
      // Not where that word is a country's own ("Republic of China" is no China).
      else if (writtenTogether(index, form)) {
        const rarest = formTerms.filter((t) => index.df(t) > 0).sort((a, b) => index.df(a) - index.df(b))[0];
        const surface = rarest === undefined ? undefined : (index.surface(rarest) ?? rarest);
        if (rarest && surface && countryNamed(surface.toLowerCase()) === undefined) out.push(rarest);
      }
    }
  }
  return out;
}
