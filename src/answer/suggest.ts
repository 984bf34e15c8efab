/**
 * "Did you mean": close terms that do exist, offered when nothing answers.
 * Words the corpus never uses are looked up with a wider edit distance than
 * search allows (search must stay precise; a suggestion only has to help).
 */
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { term, words } from '../text/terms.ts';

export function suggestionsFor(index: SentenceIndex, text: string, limit = 5): string[] {
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
    const near = index.near(t, distance).slice(0, 3);
    for (const [candidate] of near) add(index.surface(candidate) ?? candidate);
    // Entities whose name starts like the word ("Ukr" → nothing; "Kore" → South Korea).
    for (const entity of index.aliases.entities) {
      if (index.df(entity.id) > 0 && entity.names.some((n) => n.toLowerCase().startsWith(word.slice(0, 4)))) {
        add(entity.name);
      }
    }
  }
  return out.slice(0, limit);
}
