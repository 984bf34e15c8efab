/**
 * Answers as plain text for the terminal (console and one-shot commands).
 * Only renders: every word of substance comes from the Answer object.
 */
import { listsFewerThanCounted, type Answer, type Citation, type Explain, type Result } from '../answer/types.ts';
import type { SourceEntry } from '../engine/engine.ts';
import { VERDICT_LABEL, type FindAnswer, type FoundSentence } from '../answer/find/types.ts';
import { readouts } from '../answer/answering/cite.ts';
import { alsoIn, byReadout, copyNote, shortDate } from '../answer/answering/present.ts';
import { readingLine } from '../answer/reading/notes.ts';

/** "— Title · Aug 29, 2020" and the link on its own line when known, saying when it is a copy. */
export function citeLine(c: Pick<Citation, 'title' | 'date' | 'source'>, indent: string): string {
  const line = `${indent}— ${c.title} · ${shortDate(c.date)}`;
  return c.source ? `${line}\n${indent}  ${linkLine(c.source)}` : line;
}

/** A link, and "(copy on globalsecurity.org)" when it is not the official page. */
function linkLine(source: string): string {
  const copy = copyNote(source);
  return copy ? `${source} (${copy})` : source;
}

/** "Aug 29, 2020 · Title", its link, then the answer's sentences from it, numbered as in the answer. */
function numbered(results: Result[]): string[] {
  const groups = byReadout(results);
  return groups.flatMap((g, k) => {
    const lines = [...(k > 0 ? [''] : []), `${shortDate(g.readout.date)} · ${g.readout.title}`];
    if (g.readout.source) lines.push(linkLine(g.readout.source));
    g.items.forEach((r, i) => lines.push(`  ${g.numbers[i]}. ${r.text}`));
    const also = alsoIn(g.items).filter((a) => !groups.some((o) => o.readout.doc === a.doc));
    for (const a of also) lines.push(`  Also in: ${a.title} · ${shortDate(a.date)}`);
    return lines;
  });
}

function dated(results: Result[]): string[] {
  return results.flatMap((r, k) => [
    ...(k > 0 ? [''] : []),
    `${shortDate(r.date)} · ${r.title}`,
    ...(r.source ? [linkLine(r.source)] : []),
    `  “${r.text}”`,
  ]);
}

export function renderAnswer(answer: Answer): string {
  // The engine names no command; the console's and the command line's is "timeline".
  const lines = [listsFewerThanCounted(answer) ? `${answer.headline} The timeline command lists them all.` : answer.headline];
  // How the question was read (issue 20): one short line under the answer.
  const how = readingLine(answer.reading);
  if (how) lines.push(how);
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
  if (answer.explain) lines.push('', renderExplain(answer.explain).trimEnd());
  return `${lines.join('\n')}\n`;
}

/**
 * The rules that decided an answer (`--explain`, the console's /explain), one
 * a line: its id, why it exists, and where it is applied and tested.
 */
export function renderExplain(explain: Explain): string {
  if (!explain.length) return 'Rules: none beyond plain search (words matched as typed, ranked by BM25+ and coverage).\n';
  const lines = ['Rules that decided this answer:'];
  for (const r of explain) lines.push(`  ${r.id} — ${r.reason}`, `      ${r.module} · ${r.test}`);
  return `${lines.join('\n')}\n`;
}

/** The quoted part of a sentence between ** marks, as Markdown would bold it. */
function marked(f: FoundSentence): string {
  if (!f.highlight) return f.text;
  const [start, end] = f.highlight;
  // Words an ellipsis in the quote left out stay outside the marks.
  const cuts = [start, ...(f.elided ?? []).flat(), end];
  let out = f.text.slice(0, start);
  for (let k = 0; k < cuts.length; k += 2) {
    const from = cuts[k] as number;
    const to = cuts[k + 1] as number;
    out += `**${f.text.slice(from, to)}**${f.text.slice(to, (cuts[k + 2] as number | undefined) ?? to)}`;
  }
  return out + f.text.slice(end);
}

/** "Find in readouts" as text: one numbered block per check; differences in wdiff style. */
export function renderFind(answer: FindAnswer): string {
  const lines = [answer.headline];
  const altered = answer.checks.some((c) => c.sentences.some((f) => f.diff?.some((d) => d.kind !== 'same')));
  if (altered) lines.push("In the differences, [-…-] is the message's wording, {+…+} the readout's.");
  answer.checks.forEach((check, i) => {
    lines.push('', `${i + 1}. ${VERDICT_LABEL[check.verdict]}: “${check.text}”`);
    if (check.kind === 'quote' && check.sentences.length) {
      lines.push(`   ${check.sentences.map(marked).join(' ')}`);
      for (const f of check.sentences) {
        if (!f.diff?.some((d) => d.kind !== 'same')) continue;
        const diff = f.diff.map((d) => (d.kind === 'same' ? d.words : d.kind === 'text' ? `[-${d.words}-]` : `{+${d.words}+}`));
        lines.push(`   Differs: ${diff.join(' ')}`);
      }
      for (const u of check.unmatched ?? []) lines.push(`   Not in any readout: “${u}”`);
      lines.push(citeLine(check.sentences[0] as FoundSentence, '   '));
      for (const a of check.also ?? []) lines.push(`   Also in: ${a.title} · ${a.date ?? 'undated'} · ${a.doc}`);
    }
    if (check.kind === 'claim') {
      for (const f of check.sentences) lines.push(`   ${f.text}`, citeLine(f, '   '));
      if (check.verdict === 'unsupported') lines.push('   No readout in the corpus says this.');
      if (check.verdict === 'too-general') lines.push('   Its words are in too many readouts to tell; name a person, place or topic.');
    }
    if (check.missing?.length) lines.push(`   No readout uses: ${check.missing.join(', ')}`);
    if (check.suggestions?.length) lines.push(`   Close terms that do exist: ${check.suggestions.join(', ')}`);
  });
  if (answer.explain) lines.push('', renderExplain(answer.explain).trimEnd());
  return `${lines.join('\n')}\n`;
}

export function renderSources(sources: SourceEntry[]): string {
  // The file is how an editor finds a readout in the corpus folder: the sources list keeps it.
  const lines = sources.map((s) => `${s.date ?? 'undated   '}  ${s.title} (${s.file})`);
  return `${lines.join('\n')}\n${readouts(sources.length)}\n`;
}

/** "1 sentence in 1 paragraph", "14 sentences in 5 paragraphs" (import and inspect). */
export function sentencesIn(sentences: number, paragraphs: number): string {
  return `${sentences} sentence${sentences === 1 ? '' : 's'} in ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`;
}
