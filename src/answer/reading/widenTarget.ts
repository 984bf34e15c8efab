/**
 * The one test of a word the lexicon reads a question's word as (rules
 * `lexicon-widen`, `lexicon-widen-fallback`, `lexicon-verb-forms`,
 * `alias-common-words`): the corpus writes it, in lower case (a word written
 * capitalised is a name: "mark" is Mark T. Esper, not a widening), and in at
 * most `widenMaxSentenceShare` of sentences (a commoner word says little and
 * costs a long postings walk) — unless `common`: within the few readouts a question's names select, what they
 * write is what they say ("vow" → commitment), and the walk is theirs alone.
 *
 * @example
 * index.surface(widenTarget(index, 'commitment'))   // → 'commitment'
 * widenTarget(index, 'mark')   // → undefined
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { terms } from '../../text/terms.ts';
import { DEFAULTS } from '../defaults.ts';
import { writtenTogether } from './idioms.ts';

const { widenMaxSentenceShare, widenSmallCorpusSentences } = DEFAULTS.reading;

/**
 * The term (or, with `phrases`, alias entity) id of `word` when readouts use it as a word, else undefined.
 * Without `phrases` only a one-term word counts; with it, an alias entity, or the rarest word of a spelling one
 * sentence writes whole ("cease-fire" → cease).
 */
export function widenTarget(
  index: SentenceIndex,
  word: string,
  options: { phrases?: boolean; anyCase?: boolean; common?: boolean } = {},
): number | undefined {
  const ts = terms(word);
  let id: number | undefined;
  if (ts.length === 1) id = index.df(ts[0] as string) > 0 ? index.termId(ts[0] as string) : undefined;
  else if (options.phrases) {
    const entity = index.aliases.lookup(word);
    if (entity && index.df(entity.id) > 0) id = index.termId(entity.id);
    // A spelling of several words that a sentence writes whole ("cease-fire", "cease fire"): its rarest word.
    else if (ts.length > 1 && writtenTogether(index, word)) {
      id = ts.map((t) => index.termId(t)).sort((a, b) => index.df(a ?? -1) - index.df(b ?? -1))[0];
    }
  }
  if (id === undefined || (!options.anyCase && /^\p{Lu}/u.test(index.surface(id) ?? ''))) return undefined;
  if (!options.common && index.df(id) > Math.max(widenMaxSentenceShare * index.size, widenSmallCorpusSentences)) return undefined;
  return id;
}
