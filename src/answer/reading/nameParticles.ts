/**
 * Rule `name-particle` (split from names.ts, which marks a question's names): the lower-case particles of a
 * European family name typed before it belong to the name.
 */
import type { Concept } from './concepts.ts';
import { applied } from '../explain.ts';

/**
 * Particles of a European family name, typed in lower case before it ("von der leyen", "de la cruz"). Not "bin" or
 * "al": "Mohammed bin Salman" is read by its surname, and the particle must stay out of that run.
 */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le']);

/**
 * Rule `name-particle`: "when von der leyen visited mattis …" — a particle typed right before a name (with only
 * particles between) is part of it, no topic word: "von" had stood as what the sentence states.
 */
export function nameParticles(concepts: Concept[], text: string): void {
  for (let k = concepts.length - 2; k >= 0; k--) {
    const c = concepts[k] as Concept;
    const next = concepts[k + 1] as Concept;
    if (c.name || !next.name || !PARTICLES.has(c.raw.toLowerCase())) continue;
    const between = text.slice(c.end, next.start).trim().split(/\s+/).filter(Boolean);
    if (!between.every((w) => PARTICLES.has(w.toLowerCase()))) continue;
    applied('name-particle');
    c.name = true;
  }
}
