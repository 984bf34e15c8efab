/**
 * Answers as plain text for the terminal (console and one-shot commands).
 * Only renders: every word of substance comes from the Answer object.
 */
import { listsFewerThanCounted, type Answer, type Citation, type Result } from '../answer/types.ts';
import type { SourceEntry } from '../engine/engine.ts';
import { readouts } from '../answer/cite.ts';

/** "Title · 2020-08-29 · file.md" and the link on its own line when known. */
export function citeLine(c: Citation, indent: string): string {
  const line = `${indent}— ${c.title} · ${c.date ?? 'undated'} · ${c.doc}`;
  return c.source ? `${line}\n${indent}  ${c.source}` : line;
}

function numbered(results: Result[]): string[] {
  return results.flatMap((r, i) => {
    const lines = [`${i + 1}. ${r.text}`, citeLine(r, '   ')];
    for (const other of r.also ?? []) lines.push(`   Also in: ${other.title} · ${other.date ?? 'undated'} · ${other.doc}`);
    return lines;
  });
}

function dated(results: Result[]): string[] {
  return results.flatMap((r) => [
    `${r.date ?? 'undated   '}  ${r.title} (${r.doc})`,
    `            “${r.text}”`,
  ]);
}

export function renderAnswer(answer: Answer): string {
  // The engine names no command; the console's and the command line's is "timeline".
  const lines = [listsFewerThanCounted(answer) ? `${answer.headline} The timeline command lists them all.` : answer.headline];
  if (answer.results.length) {
    lines.push('');
    lines.push(...(answer.command === 'timeline' ? dated(answer.results) : numbered(answer.results)));
  }
  if (answer.closest?.length) {
    lines.push('', 'Closest sentences (not exact matches):', ...numbered(answer.closest));
  }
  if (answer.none && answer.suggestions?.length) {
    lines.push('', `Close terms that do exist: ${answer.suggestions.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderSources(sources: SourceEntry[]): string {
  const lines = sources.map((s) => `${s.date ?? 'undated   '}  ${s.title} (${s.file})`);
  return `${lines.join('\n')}\n${readouts(sources.length)}\n`;
}

/** "1 sentence in 1 paragraph", "14 sentences in 5 paragraphs" (import and inspect). */
export function sentencesIn(sentences: number, paragraphs: number): string {
  return `${sentences} sentence${sentences === 1 ? '' : 's'} in ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`;
}
