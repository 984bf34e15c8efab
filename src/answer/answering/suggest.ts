/**
 * "Did you mean": close terms that do exist, offered when nothing answers.
 * Words the corpus never uses are looked up with a wider edit distance than
 * search allows (search must stay precise; a suggestion only has to help).
 */
import type { SentenceIndex } from '../../search/sentenceIndex.ts';
import { STOP_WORDS, term, words } from '../../text/terms.ts';
import { isEnglishWord } from '../../text/english.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';
import { z } from 'zod';
import { dataFile } from '../../data.ts';

/**
 * Words that link or order sentences ("Finally, …", "Additionally, …"): the
 * corpus writes them capitalised at a sentence's start, so they look like
 * names, but nobody looks one up. With STOP_WORDS and English adverbs in -ly
 * they are never offered as a term or a topic (data/answering/linking-words.json).
 */
const LinkingWordsFile = z.object({ words: z.array(z.string().regex(/^[a-z]+$/)).min(1) });
const linkingWordsFile = dataFile('answering/linking-words.json', LinkingWordsFile);
let linkingWords: Set<string> | undefined;

/** A word worth offering as a topic or a close term: not a function, linking or -ly word. */
export function isTopicWord(word: string): boolean {
  const lower = word.toLowerCase();
  linkingWords ??= new Set(linkingWordsFile().words);
  if (STOP_WORDS.has(lower) || linkingWords.has(lower)) return false;
  return !(lower.endsWith('ly') && lower.length > 4 && isEnglishWord(lower));
}

export function suggestionsFor(index: SentenceIndex, text: string, limit: number = DEFAULTS.answering.suggestions): string[] {
  const out: string[] = [];
  const add = (shown: string) => {
    if (!out.some((o) => o.toLowerCase() === shown.toLowerCase())) out.push(shown);
  };
  for (const { word } of words(text)) {
    const t = term(word);
    if (!t || t.length < 4) continue;
    if (index.df(t) > 0) continue;
    const distance = t.length >= 9 ? 3 : t.length >= 5 ? 2 : 1;
    // Typos keep their first letter ("Ukrane" → "Ukraine", never "training").
    const near = index
      .near(t, distance)
      .filter(([candidate]) => isTopicWord(index.surface(candidate) ?? candidate))
      .slice(0, 3);
    for (const [candidate] of near) add(index.surface(candidate) ?? candidate);
    // Entities whose name starts like the word ("Ukr" → nothing; "Kore" → South Korea).
    for (const entity of index.aliases.entities) {
      if (index.df(entity.id) > 0 && entity.names.some((n) => n.toLowerCase().startsWith(word.slice(0, 4)))) {
        add(entity.name);
      }
    }
  }
  if (out.length) applied('did-you-mean');
  return out.slice(0, limit);
}
