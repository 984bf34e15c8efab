/**
 * Which concepts of a question are *names* (people, countries, places,
 * bodies), and a person as one topic however named. Rules (DESIGN.md,
 * "Concepts and scoring"):
 *
 * - **names select readouts** — a name is an alias entity shown capitalised,
 *   or a word the corpus writes capitalised that is not an office word
 *   ("Secretary", "Defense"); a word the corpus never uses is a name when
 *   typed capitalised mid-question, before a name part, or when it is neither
 *   English nor chat (rule `unknown-word-name`).
 * - **a person is one topic however named** — a given name that opening
 *   sentences write just before the surname ("Jim Mattis", "James N. Mattis")
 *   is dropped, and so are office words before a person ("Secretary Austin").
 *
 * @example
 * const concepts = conceptsOf(index, 'jim mattis');
 * markNames(index, concepts, 'jim mattis');
 * dropGivenNames(index, concepts).map((c) => c.raw)   // → ['mattis']
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Concept } from './concepts.ts';
import { ROLE_WORDS } from './extract.ts';
import { MONTHS } from '../../text/dates.ts';
import { STOP_WORDS, term, words } from '../../text/terms.ts';
import { countryNamed, isEnglish } from './vocabulary.ts';
import { chatWord, givenNames, isProperNoun, nicknamesOf } from '../../lexicon/index.ts';
import { isPerson, writtenBefore } from './people.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import { FUNCTION_VERBS, MEETING_VERB } from './questionWords.ts';
import { writtenTogether } from './idioms.ts';
import { nameParticles } from './nameParticles.ts';

/** Month words, as index terms: a month is a date, never a name. */
export const MONTH_TERMS = new Set(MONTHS.map((m) => term(m)));

/** The term a concept's strongest alternative stands for. */
export function mainTerm(c: Concept): number | undefined {
  let best: number | undefined;
  let weight = 0;
  for (const [id, w] of c.alternatives) if (w > weight) [best, weight] = [id, w];
  return best;
}

function isName(index: SentenceIndex, c: Concept, next: Concept | undefined, first: boolean, afterWord = false): boolean {
  // A demonym or country word names its country, known to the corpus or not ("kenyan" vetoes where no readout names Kenya).
  if (c.country) return true;
  // A word widened through WordNet is an English word, whatever its widenings' case ("target" → mark, not Mark).
  if (c.widened) return false;
  if (c.kind === 'entity') return /^\p{Lu}/u.test(c.entity ?? c.label);
  const id = mainTerm(c);
  if (id !== undefined) {
    const surface = index.surface(id) ?? '';
    const t = index.data.vocab[id] ?? '';
    if (!/^\p{Lu}/u.test(surface) || ROLE_WORDS.has(surface) || MONTH_TERMS.has(t) || /^\d/.test(t)) return false;
    // Rule `borrowed-capital` (stem): "arms" typed in lower case, whose stem the corpus writes capitalised only as
    // another word ("Armed Forces"), is the English word: the capital is that other word's.
    const typed = c.raw.toLowerCase();
    if (c.raw === typed && !/\s/.test(typed) && surface.toLowerCase() !== typed && isEnglish(typed)) {
      applied('borrowed-capital');
      return false;
    }
    // Rule `written-lower`: "nato's eastern side" — an English word typed in lower case that the readouts too write
    // in lower case in a fair share of its uses ("NATO's eastern flank" beside "NATO's Eastern Flank") is that word,
    // not a name's part the others must be named with; a person's name ("work" for Bob Work) stays one.
    if (c.raw === typed && !/\s/.test(typed) && isEnglish(typed) && oftenLower(index, id) && !isPerson(index, id)) {
      applied('written-lower');
      return false;
    }
    // Rule `borrowed-capital`: "a sea border", "the day" — an English word typed in lower case whose capital in
    // the readouts is only borrowed (the tail of "Red Sea", "Independence Day", the head of "United States"; a
    // sentence's first word) is that word, not the name; a person's name ("work" for Bob Work) stays one, and so does a tail typed after its
    // head ("red sea", "scarborough shoal") or a head typed before a name ("southeast asia") — not before a
    // country's adjective, which begins a new phrase ("for housing american troops").
    const lower = c.raw.toLowerCase();
    if (
      !afterWord &&
      (next?.name !== true || adjectiveOfCountry(next)) &&
      c.raw === lower &&
      !/\s/.test(lower) &&
      isEnglish(lower) &&
      capitalBorrowed(index, id) &&
      !isPerson(index, id)
    ) {
      applied('borrowed-capital');
      return false;
    }
    return true;
  }
  // A word the corpus never uses: a name when typed with a capital (not as the
  // question's first word), or when it qualifies a name part ("scarborough shoal").
  if (/^\d+$/.test(c.raw)) return false;
  if (/^\p{Lu}/u.test(c.raw) && !first) return true;
  // Rule `name-part-english`: an English word before a name qualifies it, as a verb or an adjective does
  // ("guarding egypt's frontiers", "teaching moroccan aviators"): it is no part of the name.
  if (next?.known === true && next.name === true && next.kind === 'term') {
    if (!isEnglish(c.raw.toLowerCase())) return true;
    applied('name-part-english');
  }
  // Rule `unknown-word-name`: a word that is neither English nor chat reads as a name ("scarborough",
  // "mageshma" when no correction is near): the corpus lacking it vetoes. An English word does not.
  const lower = c.raw.toLowerCase();
  // A grammar verb ("let") is no name: rule `function-verb-drop` drops it (src/answer/reading/veto.ts).
  if (FUNCTION_VERBS.has(lower)) return false;
  const name = c.kind === 'term' && !/\s/.test(lower) && !isEnglish(lower) && chatWord(lower) === undefined;
  if (name) applied('unknown-word-name');
  return name;
}

/** A country's adjective or demonym as typed ("american", "nigerian"), not its name ("nigeria"). */
function adjectiveOfCountry(c: Concept): boolean {
  const country = c.country ?? countryNamed(c.raw.toLowerCase())?.country;
  return country !== undefined && c.raw.toLowerCase() !== country.toLowerCase();
}

/** Sets `name` on each concept (see isName). */
export function markNames(index: SentenceIndex, concepts: Concept[], text: string, forced?: ReadonlySet<string>): void {
  const firstStart = words(text)[0]?.start ?? 0;
  // Right to left, so "scarborough" can see that "shoal" is a name part.
  for (let k = concepts.length - 1; k >= 0; k--) {
    const c = concepts[k] as Concept;
    const next = concepts[k + 1];
    const adjacent = next !== undefined && /^\s*$/.test(text.slice(c.end, next.start));
    // A word typed right after another ("red sea", "scarborough shoal") may be a name's tail as typed.
    const prev = concepts[k - 1];
    // Only after a word that can head a name: one the corpus writes capitalised, or an unknown non-English word
    // ("scarborough shoal"); "stay united" is no name.
    const prevTerm = prev && mainTerm(prev);
    // A known head and this word must be written in one sentence somewhere ("red sea"): "houthi strikes" is no name.
    const afterWord =
      prev !== undefined &&
      /^[\s-]*$/.test(text.slice(prev.end, c.start)) &&
      (prev.known
        ? (prevTerm === undefined || /^\p{Lu}/u.test(index.surface(prevTerm) ?? '')) &&
          (!c.known || writtenTogether(index, `${prev.raw} ${c.raw}`))
        : !isEnglish(prev.raw.toLowerCase()));
    // A given name of someone the corpus does not know ("john mattis"; src/answer/reading/lexical.ts) is a name.
    // Rule `demonym-modifies`: "nigerian sailors", "american troops" — a common English word typed in lower case
    // right after a country's adjective is what the adjective describes, not the tail of a name the corpus writes
    // capitalised ("U.S. Sailors"): a topic word, which no readout must name together with the others.
    const lower = c.raw.toLowerCase();
    const described =
      prev !== undefined &&
      adjectiveOfCountry(prev) &&
      /^\s+$/.test(text.slice(prev.end, c.start)) &&
      c.kind === 'term' &&
      c.known &&
      !c.country &&
      c.raw === lower &&
      !/\s/.test(lower) &&
      isEnglish(lower) &&
      !isProperNoun(lower);
    if (described) applied('demonym-modifies');
    // Rule `determiner-noun`: "which bill did mattis tell poltorak …", "the work they did" — an English word typed
    // in lower case right after a determiner is the noun, even where the corpus capitalises it as someone's name.
    const determined =
      c.kind === 'term' &&
      c.raw === lower &&
      !c.country &&
      !/\s/.test(lower) &&
      DETERMINER_BEFORE.test(text.slice(0, c.start)) &&
      isEnglish(lower) &&
      personWord(index, c);
    if (determined) applied('determiner-noun');
    c.name =
      !described &&
      !determined &&
      ((!c.known && forced?.has(c.raw.toLowerCase()) === true) ||
        isName(index, c, adjacent ? next : undefined, c.start === firstStart, afterWord));
  }
  hyphenedNames(index, concepts, text);
  verbAfterSubject(index, concepts, text);
  subjectSurname(index, concepts, text);
  nameParticles(concepts, text);
}

/**
 * Rule `subject-surname`: "did work meet hwang in seoul?" — a word right after "did" and before a meeting verb is
 * who met: the person the corpus writes by that word capitalised (Bob Work), not the common word, so it names.
 */
function subjectSurname(index: SentenceIndex, concepts: Concept[], text: string): void {
  const c = concepts[0];
  if (!c || c.name || c.kind !== 'term' || !AUX_BEFORE.test(text.slice(0, c.start))) return;
  if (!MEETING_VERB.test(/^\s+(\p{L}+)/u.exec(text.slice(c.end))?.[1] ?? '')) return;
  const id = mainTerm(c);
  if (id === undefined || !isPerson(index, id)) return;
  applied('subject-surname');
  c.name = true;
}

/**
 * Rule `name-hyphen`: "kim seon-ho", "bakke-jensen" — a word hyphened to a person's name with no space is part of
 * that name when a sentence writes the two together ("Kim Seon-ho"): "ho" is no word the sentence must state.
 * Only a person's, and only a word that is no English word: "Self-Defense" stays two words.
 */
function hyphenedNames(index: SentenceIndex, concepts: Concept[], text: string): void {
  for (let k = 1; k < concepts.length; k++) {
    const a = concepts[k - 1] as Concept;
    const b = concepts[k] as Concept;
    if (a.name === b.name || text.slice(a.end, b.start) !== '-') continue;
    const other = a.name ? b : a;
    const id = mainTerm(other);
    const person = mainTerm(a.name ? a : b);
    if (other.kind !== 'term' || !other.known || id === undefined || isEnglish(other.raw.toLowerCase())) continue;
    if (person === undefined || !isPerson(index, person)) continue;
    if (!writtenTogether(index, `${a.raw} ${b.raw}`)) continue;
    applied('name-hyphen');
    other.name = true;
  }
}

/** A determiner right before a word: what follows is a noun phrase's head or modifier. */
const DETERMINER_BEFORE = /\b(?:which|what|the|a|an|this|that|these|those|any|another|whose)\s+$/i;

/**
 * A given name ("bill", "mark", "grant") the corpus capitalises as a person's: not an office before a name ("the
 * king", "the pentagon"), which stays the name it is.
 */
function personWord(index: SentenceIndex, c: Concept): boolean {
  const id = mainTerm(c);
  const lower = c.raw.toLowerCase();
  if (id === undefined || isOfficeWord(lower) || (givenNames(lower).length === 0 && nicknamesOf(lower).length === 0)) return false;
  return /^\p{Lu}/u.test(index.surface(id) ?? '') && isPerson(index, id);
}

/** An auxiliary that opens a question whose subject comes next: "did", "will", "has" … */
const AUX_BEFORE =
  /\b(?:did|does|do|didn['’]?t|doesn['’]?t|will|would|won['’]?t|can|could|should|has|have|had|hasn['’]?t|haven['’]?t)\s+$/i;

/** Between two names of one subject: nothing, or "and" ("did austin and gantz work …"). */
const SUBJECT_JOIN = /^\s+(?:(?:and|&)\s+)?$/i;

/**
 * Rule `verb-after-subject`: "which anniversary did hicks mark with bulgaria?", "did austin work with …" —
 * the word typed in lower case right after the subject of "did <name>" is its verb. It is not a name the corpus
 * writes capitalised (Ron Mark, Bob Work), unless the corpus writes the two as one name ("did bob work meet …"),
 * and it says what was done, not what about: marked `predicate`, it never stands in for a dropped topic
 * ("did hicks work with aramane on bananas?" is no "Yes" from a sentence on working together).
 */
function verbAfterSubject(index: SentenceIndex, concepts: Concept[], text: string): void {
  for (let k = 1; k < concepts.length; k++) {
    const c = concepts[k] as Concept;
    const prev = concepts[k - 1] as Concept;
    const lower = c.raw.toLowerCase();
    if (c.kind !== 'term' || c.raw !== lower || /\s/.test(lower) || !prev.name || c.country) continue;
    if (!/^\s+$/.test(text.slice(prev.end, c.start)) || !isEnglish(lower) || isProperNoun(lower)) continue;
    // The subject's first word: back over the run of names typed together ("lloyd austin", "austin and gantz").
    let first = k - 1;
    while (
      first > 0 &&
      (concepts[first - 1] as Concept).name &&
      SUBJECT_JOIN.test(text.slice((concepts[first - 1] as Concept).end, (concepts[first] as Concept).start))
    )
      first--;
    if (!AUX_BEFORE.test(text.slice(0, (concepts[first] as Concept).start))) continue;
    if (c.name) {
      const [a, b] = [mainTerm(prev), mainTerm(c)];
      if (a !== undefined && b !== undefined && writtenBefore(index, a, b)) continue;
      applied('verb-after-subject');
      c.name = false;
    }
    c.predicate = true;
  }
}

/**
 * A person is one topic however named: in a run of names, the given names of
 * a known surname go ("jim mattis", "Ngo Xuan Lich" → the surname alone).
 */
export function dropGivenNames(index: SentenceIndex, concepts: Concept[], keep?: ReadonlySet<Concept>, text?: string): Concept[] {
  if (!concepts.some((c) => c.name && c.kind === 'term')) return concepts;
  const drop = new Set<Concept>();
  for (let k = 0; k < concepts.length; ) {
    let end = k;
    while (
      end < concepts.length &&
      concepts[end]?.name &&
      concepts[end]?.kind === 'term' &&
      (end === k ||
        ((concepts[end] as Concept).position === (concepts[end - 1] as Concept).position + 1 &&
          (text === undefined || nameGap(text, concepts[end - 1] as Concept, concepts[end] as Concept))))
    )
      end++;
    const run = concepts.slice(k, Math.max(end, k + 1));
    // The surname is most often last: "jim mattis"; "Kishi Nobuo" is written both ways.
    const surname =
      run.length > 1
        ? [...run].reverse().find((c) => {
            const sid = mainTerm(c);
            if (
              sid === undefined ||
              !run.every((o) => o === c || (mainTerm(o) !== undefined && writtenBefore(index, mainTerm(o) as number, sid)))
            )
              return false;
            // A person's name, not a body's ("the Shangri-La Dialogue").
            return isPerson(index, sid);
          })
        : undefined;
    if (surname) for (const c of run) if (c !== surname) drop.add(c);
    // "Secretary Mattis", "Defense Minister Kishi": the office words before a person go too.
    const only = run.length === 1 ? (run[0] as Concept) : undefined;
    const before = concepts[k - 1];
    // Whether a lone name is a person is read from the corpus only when an office word precedes it.
    const officeBefore = before?.raw.split(/\s+/).every(isOfficeWord) === true;
    const person =
      officeBefore &&
      (surname ??
        (only?.name && only.kind === 'term' && mainTerm(only) !== undefined && isPerson(index, mainTerm(only) as number)
          ? only
          : undefined));
    if (person) {
      for (let j = k - 1; j >= 0; j--) {
        const c = concepts[j] as Concept;
        const after = concepts[j + 1] as Concept;
        if (!c.raw.split(/\s+/).every(isOfficeWord) || c.position < after.position - 2) break;
        if (text !== undefined && !officeGap(text.slice(c.end, after.start))) break;
        drop.add(c);
      }
    }
    k = Math.max(end, k + 1);
  }
  for (const c of keep ?? []) drop.delete(c);
  if (!drop.size) return concepts;
  applied('person-one-topic');
  return concepts.filter((c) => !drop.has(c));
}

/**
 * Rule `name-run-typed`: what may stand between two parts of one person's name as typed — initials and stop
 * words ("James N. Mattis", "Mohammed bin Salman"), not a question word the reader dropped: in "did Austin
 * talk about cyber", "Austin" and "cyber" are no name run, and in "cyber with Angola" "cyber" (an office word
 * of extract.json) is no office before Angola: it went.
 */
function nameGap(text: string, before: Concept, after: Concept): boolean {
  const between = text.slice(before.end, after.start);
  const gap = words(between).filter((w) => !STOP_WORDS.has(w.word) && !/^\p{L}$/u.test(w.word));
  // "… promise the israelis? hegseth": no name runs across the "?" behind which the reader moves the speaker.
  // Nor across a preposition of place or time: "kosiniak-kamysz at the pentagon" is a person and a place.
  // "de crem and the pentagon", "mattis and le drian": two names joined by "and" are two, never one person's.
  const split = gap.length > 0 || /[?!;]/.test(between) || /\b(?:and|at|in|on|to|with|from|by|about|during|after|before)\b/i.test(between);
  // Recorded where it can matter: two names the corpus has, one of which could be the other's given name.
  if (split && mainTerm(before) !== undefined && mainTerm(after) !== undefined) applied('name-run-typed');
  return !split;
}

/** Between office words and a person's name: "Secretary of Defense Austin", "Minister for Defence Payne"; not "cyber with Angola". */
function officeGap(between: string): boolean {
  // "… drones in space? hegseth": the speaker the reader moved behind the focus is no office's holder.
  const ok = !/[?!;]/.test(between) && words(between).every((w) => OFFICE_GLUE.has(w.word));
  if (!ok) applied('name-run-typed');
  return ok;
}
const OFFICE_GLUE = new Set(['of', 'the', 'for', 'and']);

/** "secretary", "Gen.", "minister": an office word, as ROLE_WORDS writes them. */
function isOfficeWord(raw: string): boolean {
  const w = raw.replace(/\.$/, '');
  return ROLE_WORDS.has(w) || ROLE_WORDS.has(`${w[0]?.toUpperCase() ?? ''}${w.slice(1).toLowerCase()}`);
}

/** Sentences read at most to decide that a word is the tail of names. */
const TAIL_SCAN = DEFAULTS.reading.tailScan;

/**
 * True when the corpus writes the word after another capitalised word
 * ("Second Thomas Shoal", "South China Sea"): the tail of a longer name, so
 * an unknown word before it names another one. "Taiwan" stands alone.
 */
export function isNameTail(index: SentenceIndex, c: Concept): boolean {
  const id = mainTerm(c);
  return id !== undefined && mostlyAfterCapital(index, id, false);
}

/**
 * True when a term's capital is mostly borrowed: it stands first in the sentence or right after a capitalised
 * word ("Red Sea", "Independence Day").
 */
function capitalBorrowed(index: SentenceIndex, id: number): boolean {
  return mostlyAfterCapital(index, id, true) || mostlyBeforeCapital(index, id);
}

/** Words of a sentence as `words()` gives them: only whether each is capitalised is read here. */
type Capitals = readonly { capitalized: boolean }[];

/**
 * Whether at least 80% of the sentences read (TAIL_SCAN at most) write the term where `placed` says, given the
 * sentence's words and the term's position.
 */
function mostlyPlaced(index: SentenceIndex, id: number, placed: (ws: Capitals, at: number) => boolean): boolean {
  const { seen, hits } = placedCount(index, id, placed);
  return seen > 0 && hits >= 0.8 * seen;
}

/**
 * Of the sentences read (TAIL_SCAN at most) that write the term, at its first use from word `from` on: how many,
 * and how many write it where `placed` says.
 */
function placedCount(
  index: SentenceIndex,
  id: number,
  placed: (ws: Capitals, at: number) => boolean,
  from = 0,
): { seen: number; hits: number } {
  const t = index.data.vocab[id];
  let seen = 0;
  let hits = 0;
  for (const s of index.postings(id)) {
    if (seen >= TAIL_SCAN) break;
    const ws = words(index.text(s));
    const at = ws.findIndex((w, k) => k >= from && term(w.word) === t);
    if (at < 0) continue;
    seen++;
    if (placed(ws, at)) hits++;
  }
  return { seen, hits };
}

/**
 * The term stands as the head of a longer name, right before a capitalised word ("United States", "North
 * Korea"): "stay united", "up north" borrow that capital.
 */
function mostlyBeforeCapital(index: SentenceIndex, id: number): boolean {
  return mostlyPlaced(index, id, (ws, at) => ws[at + 1]?.capitalized === true);
}

/** The readouts write the term in lower case in at least a quarter of the sentences read where it is not the first word (once is enough for a rare word: a sentence-initial capital is no capital). */
function oftenLower(index: SentenceIndex, id: number): boolean {
  // A fact of the corpus, not of the question: read once per index and term (each read decodes sentences).
  let known = lowerMemo.get(index);
  if (!known) lowerMemo.set(index, (known = new Map()));
  let lower = known.get(id);
  if (lower === undefined) known.set(id, (lower = readOftenLower(index, id)));
  return lower;
}
const lowerMemo = new WeakMap<SentenceIndex, Map<number, boolean>>();

function readOftenLower(index: SentenceIndex, id: number): boolean {
  const { seen, hits } = placedCount(index, id, (ws, at) => ws[at]?.capitalized === false, 1);
  return hits >= 1 && hits >= 0.25 * seen;
}

/** The term stands right after a capitalised word — or, with `orFirst`, as the sentence's first word. */
function mostlyAfterCapital(index: SentenceIndex, id: number, orFirst: boolean): boolean {
  return mostlyPlaced(index, id, (ws, at) => (at === 0 ? orFirst : ws[at - 1]?.capitalized === true));
}
