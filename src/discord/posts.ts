/**
 * What an announcement looks like: one embed per new readout (title linking to
 * its source, the opening sentence, date, sentence count, a Show context
 * button), the same for a channel following a topic but with the sentence
 * that mentions it, and one summary for a backlog. Built through respond.ts
 * like every reply, so the limits hold and nobody is pinged.
 */
import type { Engine } from '../engine/engine.ts';
import type { ReadoutInfo } from '../search/sentenceIndex.ts';
import type { Result } from '../answer/types.ts';
import type { Delivery } from './state.ts';
import { buttonRows, embed, message, truncate, type MessagePayload } from './respond.ts';
import { encodeState, textCheck } from './customId.ts';
import { footerText, verbatim } from './render.ts';
import { footerOf } from './replies.ts';
import { copyNote, shortDate } from '../answer/answering/present.ts';

/** More new readouts than this for one channel are posted as one summary. */
export const BACKLOG_ONE_BY_ONE = 5;
/** A summary lists this many readouts, then says how many more. */
const SUMMARY_LINES = 15;

function readoutByFile(engine: Engine, file: string): ReadoutInfo | undefined {
  return engine.index.readouts.find((r) => r.file === file);
}

function linkedTitle(r: ReadoutInfo, max: number): string {
  const title = verbatim(truncate(r.title, max)).replace(/[[\]]/g, '');
  const copy = copyNote(r.source);
  return r.source ? `[${title}](${r.source})${copy ? ` · ${copy}` : ''}` : title;
}

/** One readout: `sentence` is the one shown (the opening one, or the one that mentions a followed topic). */
function readoutPost(r: ReadoutInfo, sentence: { id: string; text: string }, label: string, topics: readonly string[]): MessagePayload {
  const fields = [
    { name: 'Date', value: shortDate(r.date), inline: true },
    { name: 'Sentences', value: String(r.count), inline: true },
    ...(topics.length ? [{ name: 'Follows', value: verbatim(topics.join(', ')), inline: true }] : []),
  ];
  return message({
    embeds: [
      embed({
        title: verbatim(r.title),
        url: r.source,
        description: `> ${verbatim(sentence.text)}`,
        fields,
        // Where the link goes, not the file it is stored in (a file name means nothing to a reader).
        footer: [label, ...(copyNote(r.source) ? [copyNote(r.source)] : [])].join(' · '),
      }),
    ],
    components: buttonRows([
      { customId: encodeState({ kind: 'context', sentence: sentence.id, check: textCheck(sentence.text) }), label: 'Show context' },
    ]),
  });
}

/** The first sentence of `r` that mentions one of `topics` (the first mention, as /timeline shows it). */
function mentioning(engine: Engine, r: ReadoutInfo, topics: readonly string[]): { id: string; text: string } | null {
  for (const topic of topics) {
    let results: Result[];
    try {
      results = engine.answer({ command: 'timeline', input: topic }).results;
    } catch {
      continue;
    }
    const hit = results.find((x) => x.doc === r.file);
    if (hit) return { id: hit.id, text: hit.text };
  }
  return null;
}

/** The message for a planned delivery, or null when its readouts left the corpus meanwhile. */
export function renderDelivery(engine: Engine, delivery: Delivery): MessagePayload | null {
  const readouts = delivery.files.map((f) => readoutByFile(engine, f)).filter((r): r is ReadoutInfo => r !== undefined);
  if (readouts.length === 0) return null;
  const [r] = readouts;
  if (r && delivery.kind !== 'summary') {
    if (delivery.kind === 'follow') {
      const hit = mentioning(engine, r, delivery.topics);
      if (hit) return readoutPost(r, hit, 'Followed topic', delivery.topics);
    }
    const opening = engine.index.sentence(r.first);
    return readoutPost(r, opening, 'New readout', delivery.topics);
  }
  const lines = readouts.slice(0, SUMMARY_LINES).map((r) => `**${shortDate(r.date)}** · ${linkedTitle(r, 150)}`);
  const more = readouts.length - lines.length;
  const about = delivery.topics.length ? ` mention ${verbatim(delivery.topics.join(', '))}` : '';
  return message({
    embeds: [
      embed({
        title: `${readouts.length} new readouts${about}`,
        description: `${lines.join('\n')}${more > 0 ? `\n…and ${more} more.` : ''}\n\n/sources lists every readout; /timeline shows a topic's.`,
        footer: footerText(footerOf(engine), 'new readouts'),
      }),
    ],
  });
}

/** discord.js's camelCase payload as the REST body Discord reads, with the nonce that makes a retry safe. */
export function messageBody(payload: MessagePayload, nonce: string): Record<string, unknown> {
  return {
    ...(payload.content ? { content: payload.content } : {}),
    ...(payload.embeds ? { embeds: payload.embeds } : {}),
    components: payload.components ?? [],
    ...(payload.flags ? { flags: payload.flags } : {}),
    allowed_mentions: payload.allowedMentions,
    nonce,
    enforce_nonce: true,
  };
}
