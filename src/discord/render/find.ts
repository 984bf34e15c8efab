/** "Find in readouts" as a Discord message: one embed field per check, the quoted span in bold, word differences marked. */
import { NOT_SAID } from '../../answer/find/find.ts';
import { VERDICT_LABEL, type Check, type FindAnswer, type FoundSentence } from '../../answer/find/types.ts';
import type { DiffPart } from '../../answer/find/diff.ts';
import { shortDate, shortTitle } from '../../answer/answering/present.ts';
import { embed, truncate } from '../respond.ts';
import { BUDGETS } from '../limits.ts';
import { COLOURS, citationLine, footerText, verbatim, type Footer, type Parts } from './common.ts';

/**
 * A sentence with the part a quote stands for in bold (less what an ellipsis
 * in the quote left out), in about `max` characters. The sentence is cut, not
 * the Markdown: a cut inside ** … ** would show the stars.
 */
function highlighted(f: FoundSentence, max: number): string {
  if (!f.highlight) return verbatim(truncate(f.text, max));
  const [start, end] = f.highlight;
  const before = f.text.slice(0, start);
  const after = f.text.slice(end);
  const room = Math.max(0, max - (end - start));
  let out = before.length > room / 2 ? `…${before.slice(before.length - Math.floor(room / 2)).replace(/^\S*\s/, '')}` : before;
  out = verbatim(out);
  const bold: [number, number][] = [];
  let at = start;
  for (const [from, to] of f.elided ?? []) {
    bold.push([at, from]);
    at = to;
  }
  bold.push([at, end]);
  let shown = start;
  for (const [from, to] of bold) {
    out += `${verbatim(f.text.slice(shown, from))}**${verbatim(f.text.slice(from, to))}**`;
    shown = to;
  }
  return out + verbatim(truncate(after, Math.max(1, room - Math.min(before.length, Math.floor(room / 2)))));
}

/**
 * Word differences within the span: **bold** the readout's wording, ~~struck~~
 * the message's; whole parts only, so no mark is left open.
 */
function differences(diff: DiffPart[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (const d of diff) {
    const part = d.kind === 'same' ? verbatim(d.words) : d.kind === 'corpus' ? `**${verbatim(d.words)}**` : `~~${verbatim(d.words)}~~`;
    if (used + part.length + 1 > max - 1) {
      out.push('…');
      break;
    }
    out.push(part);
    used += part.length + 1;
  }
  return out.join(' ');
}

function closeTerms(check: Check): string[] {
  return [
    check.missing?.length ? `No readout uses: ${verbatim(check.missing.join(', '))}` : '',
    check.suggestions?.length ? `Close terms that are in the readouts: ${verbatim(check.suggestions.join(', '))}` : '',
  ].filter(Boolean);
}

/** One embed field per check of "Find in readouts". */
function findField(check: Check): { name: string; value: string } {
  const lead = check.sentences[0];
  const said = `“${verbatim(truncate(check.text, BUDGETS.findClaim))}”`;
  switch (check.verdict) {
    case 'exact':
    case 'altered': {
      const where = lead ? ` · ${shortDate(lead.date)} · ${shortTitle(lead.title, BUDGETS.findTitle)}` : '';
      const budget = Math.floor(BUDGETS.findSentence / Math.max(1, check.sentences.length));
      const quoted = `> ${check.sentences.map((f) => highlighted(f, budget)).join(' ')}`;
      const diffs = check.sentences
        .filter((f) => f.diff?.some((d) => d.kind !== 'same'))
        .map((f) => `Differs: ${differences(f.diff ?? [], BUDGETS.findDiff)}`);
      const unmatched = (check.unmatched ?? []).map((u) => `Not in any readout: “${verbatim(truncate(u, BUDGETS.findUnmatched))}”`);
      const also = (check.also ?? []).map((a) => `Also: ${citationLine(a)}`);
      return {
        name: `${VERDICT_LABEL[check.verdict]}${where}`,
        value: [quoted, ...diffs, ...unmatched, ...(lead ? [citationLine(lead)] : []), ...also].join('\n'),
      };
    }
    case 'supported':
    case 'contradicted':
      return {
        name: VERDICT_LABEL[check.verdict],
        value: [said, ...check.sentences.map((f) => `> ${verbatim(truncate(f.text, BUDGETS.findSupport))}\n${citationLine(f)}`)].join('\n'),
      };
    case 'not-found':
      return {
        name: VERDICT_LABEL['not-found'],
        value: [said, 'Not in any readout, nor anything close to it.', ...closeTerms(check)].join('\n'),
      };
    case 'unsupported':
      return { name: VERDICT_LABEL.unsupported, value: [said, NOT_SAID, ...closeTerms(check)].join('\n') };
    case 'too-general':
      return {
        name: VERDICT_LABEL['too-general'],
        value: `${said}\nIts words are in too many readouts to tell; name a person, place or topic.`,
      };
  }
}

export function renderFind(answer: FindAnswer, footer: Footer): Parts {
  const legend = answer.checks.some((c) => c.sentences.some((f) => f.diff?.some((d) => d.kind !== 'same')))
    ? "\nIn the differences, **bold** is the readout's wording, ~~struck~~ the message's."
    : '';
  const found = answer.checks.some((c) => c.sentences.length > 0);
  return {
    embeds: [
      embed({
        title: 'Find in readouts',
        description: `${verbatim(answer.headline)}${legend}`,
        fields: answer.checks.map(findField),
        footer: footerText(footer),
        color: found ? COLOURS.answer : COLOURS.miss,
      }),
    ],
    components: [],
  };
}
