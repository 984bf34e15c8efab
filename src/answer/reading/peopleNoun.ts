/**
 * Rule `people-noun`: "his meetings with the cambodian leaders", "the saudi officials", "his japanese hosts" — a
 * noun for a country's people as a whole (data/reading/questions.json `peopleNouns`), typed right after the
 * country's adjective, says whose meeting it was, as the country does. It is no word a sentence must write
 * (a bonus where one does):
 * "No readout naming Austin and Cambodian mentions leaders" answered a question the Phnom Penh readout holds.
 */
import type { ReadingStep } from './state.ts';
import { PEOPLE_NOUNS } from './questionWords.ts';
import { countryNamed } from './vocabulary.ts';
import { applied } from '../explain.ts';

export const peopleNoun: ReadingStep = {
  name: 'people-noun',
  run: (state) => {
    const { concepts, text } = state;
    const optional = concepts.filter((c, k) => {
      const before = concepts[k - 1];
      if (!before || c.name || c.kind !== 'term' || !PEOPLE_NOUNS.has(c.raw.toLowerCase())) return false;
      // Right after a country's adjective or people ("cambodian", "saudi"), not its name ("cambodia leaders").
      const country = before.country ?? countryNamed(before.raw.toLowerCase())?.country;
      return country !== undefined && before.raw.toLowerCase() !== country.toLowerCase() && /^\s+$/.test(text.slice(before.end, c.start));
    });
    if (!optional.length) return;
    applied('people-noun');
    // A bonus, not a requirement: "the sacrifices of the Afghan people" still ranks first where a readout says it.
    for (const c of optional) c.bonus = true;
  },
};
