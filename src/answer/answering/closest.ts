/**
 * Rule `closest-in-named`: when every reading of a question found nothing sure, but its names pick out one
 * meeting (or up to `readouts` of them) and one sentence there states a good part of what was asked, that
 * sentence is offered as a partial match — never as "Yes". A team's own words often say the readout's
 * thought otherwise ("keep working hand in glove", "going after militants on its own soil"), and the
 * precision rules then refuse what the named readout plainly holds; plain BM25 found those on unseen sets
 * where Readout said "nothing".
 *
 * It offers a sentence only where the sentence is the answer (yes/no, "what about", "what did X say"): a
 * who/when/where/how-many headline would state a guessed fact ("who will host the 2026 NATO summit?" is not
 * "Gram" because a Gram sentence says 2026).
 *
 * It never speaks where the question names what the corpus lacks: a word no readout has (a name, a thing, a
 * modifier kept as the point), a name weighed as filler, a counterpart not met or a place not visited leave
 * the refusal as it was — those are how the "none" questions of every set are asked ("the missing ara san juan
 * submarine", "sending himars to ukraine"). The sentence must itself state something asked besides the
 * names that select its readout (a topic word, or a name the title does not give when it states most of
 * the focus), and a dropped word must leave something typed, or two such words, behind ("chat about whaling"
 * keeps only the widened "chat": nothing).
 *
 * For instance "did mattis tell pakistan it has to double down on going after militants on its own soil?" is
 * refused by every reading ("soil" is in no Pakistan readout), and answered "Possibly (a partial match)" with
 * "… Pakistan must redouble its efforts to confront militants and terrorists operating within the country."
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import type { Reading } from '../reading/reading.ts';
import { isMeetingWord } from '../reading/select.ts';
import { statedOutsideTitles } from './titleWords.ts';
import { rank, type Ranked } from '../ranking/rank.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import type { Intent } from '../types.ts';

const LIMITS = DEFAULTS.answering.closestInNamed;

/** Questions whose answer is the sentence (yes/no, what about, what was said), not a fact a headline states. */
const GUESSED_INTENTS = new Set<Intent>(['yesno', 'topic', 'said']);

/** The sentences to offer as a partial match after every reading of `reading`'s question found nothing; null to stay silent. */
export function closestInNamed(index: SentenceIndex, reading: Reading): Ranked[] | null {
  const { question, allowed } = reading;
  // A who/when/where/how-many headline is the fact itself: a guessed sentence would state one confidently.
  if (!GUESSED_INTENTS.has(question.intent) || reading.names.length === 0 || !allowed) return null;
  // What the question names and the corpus lacks, or lacks for these readouts, is the answer: nothing.
  const lacking = reading.missing.length + reading.faint.length + reading.notMet.length + reading.notVisited.length;
  if (lacking > 0 || reading.concepts.some((c) => !c.known && !c.bonus)) return null;
  let readouts = 0;
  for (const a of allowed) readouts += a;
  if (readouts === 0) return null;

  const ranked = rank(
    index,
    reading.concepts.filter((c) => c.known),
    {
      range: question.range,
      allowed,
      context: reading.context,
    },
  ).filter((r) => r.focus >= LIMITS.focus);
  const lead = ranked[0];
  if (!lead) return null;

  // What the sentence itself states of the question, beyond the names that chose its readout.
  // A word inside a service title before a name ("Air Force Lt. Col. …") is no topic the sentence states
  // (rule `title-word-not-topic`).
  const topical = lead.matched.filter(
    (c) =>
      !c.name &&
      !c.office &&
      (!c.bonus || c.widened !== undefined) &&
      c !== reading.verb &&
      !isMeetingWord(index, c) &&
      statedOutsideTitles(index, lead.sentence, c),
  );
  const typed = topical.filter((c) => c.widened === undefined);
  // The verb typed after the subject ("did hicks *work* with …") says what was done, not what about.
  const about = typed.filter((c) => !c.predicate);
  const leadReadout = index.data.readoutOf[lead.sentence] as number;
  const stated =
    lead.focus >= LIMITS.namesFocus ? lead.matched.filter((c) => c.name && !c.bonus && reading.context(leadReadout, c) < 1) : [];
  // A topic word the named readouts never write, beside a sentence stating only words read through synonyms, is
  // rule `absent-topic`'s refusal ("kenyan soldiers and cocaine" is no sentence on Kenyan troops): it stands.
  if (reading.absent.length && !lead.matched.some((c) => !c.bonus && reading.context(leadReadout, c) < 1)) return null;
  const evidence = topical.length + stated.length;
  if (evidence === 0) return null;
  if (reading.dropped.length && about.length === 0 && evidence < 2) return null;
  // Names that select many readouts ("did austin offer …") leave a guess only when the sentence states much.
  if (readouts > LIMITS.readouts && !(typed.length >= LIMITS.wideTyped && lead.focus >= LIMITS.wideFocus)) return null;
  applied('closest-in-named');
  return ranked.slice(0, LIMITS.results);
}
