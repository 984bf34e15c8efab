/** /sources and "Show context" as Discord messages: the corpus's readouts a page at a time, a sentence amid its paragraph. */
import { ButtonStyle } from 'discord.js';
import type { SourceEntry } from '../../engine/engine.ts';
import type { Sentence } from '../../corpus/readout.ts';
import { copyNote, shortDate } from '../../answer/answering/present.ts';
import { buttonRows, embed } from '../respond.ts';
import { encodeState } from '../customId.ts';
import { BUDGETS } from '../limits.ts';
import { COLOURS, footerText, readoutLine, verbatim, type Footer, type Parts } from './common.ts';

export function renderSources(
  sources: { entries: SourceEntry[]; page: number; pages: number; total: number },
  footer: Footer,
  owner: string,
): Parts {
  const { entries, page: at, pages, total } = sources;
  const lines = entries.map((s) => readoutLine(s, BUDGETS.sourcesTitle));
  const state = (p: number) => encodeState({ kind: 'sources', page: p, owner });
  return {
    embeds: [
      embed({
        title: `Readouts in the corpus (${total})`,
        description: lines.join('\n') || 'The corpus is empty.',
        footer: footerText({ ...footer, searched: total }, pages > 1 ? `page ${at + 1}/${pages}` : ''),
        color: COLOURS.answer,
      }),
    ],
    components:
      pages > 1
        ? buttonRows([
            { customId: state(Math.max(0, at - 1)), label: 'Previous', disabled: at === 0, style: ButtonStyle.Primary },
            { customId: state(Math.min(pages - 1, at + 1)), label: 'Next', disabled: at === pages - 1, style: ButtonStyle.Primary },
          ])
        : [],
  };
}

export function renderContext(context: { sentence: Sentence; before: Sentence[]; after: Sentence[] }): Parts {
  const { sentence, before, after } = context;
  const text = [...before.map((s) => verbatim(s.text)), `**${verbatim(sentence.text)}**`, ...after.map((s) => verbatim(s.text))].join(' ');
  const copy = copyNote(sentence.source ?? null);
  return {
    embeds: [
      embed({
        title: verbatim(sentence.title),
        url: sentence.source,
        description: text,
        footer: [shortDate(sentence.date), `paragraph ${sentence.paragraph}`, ...(copy ? [copy] : [])].join(' · '),
        color: COLOURS.answer,
      }),
    ],
    components: [],
  };
}
