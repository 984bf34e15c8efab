/**
 * Answers as Discord messages: embeds, buttons and menus, built through
 * src/discord/respond.ts so every limit holds. Corpus text is shown exactly as
 * written: Markdown characters in it are escaped.
 *
 * The one module the bot imports for payloads; each command's payloads live in
 * ./render/ (ask.ts: /ask and /quote; timeline.ts; sources.ts: /sources and
 * "Show context"; find.ts: "Find in readouts"), on what they share
 * (./render/common.ts).
 */
import type { Completion } from '../answer/answering/complete.ts';

export { COLOURS, footerText, groupedSentences, unlinked, verbatim, type Chart, type Footer, type Parts } from './render/common.ts';
export { phraseMarker, renderAsk, renderQuote, type TimelineRef } from './render/ask.ts';
export { CHART_FILE, renderTimeline, timelinePage, withChart, withChartEncoded, yearCounts } from './render/timeline.ts';
export { renderContext, renderSources } from './render/sources.ts';
export { renderFind } from './render/find.ts';

/** Autocomplete choices from completions, labelled by kind of match. */
export function completionChoices(completions: Completion[]): { label: string; value: string }[] {
  return completions.map((c) => ({ label: c.label, value: c.value }));
}
