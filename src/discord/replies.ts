/**
 * One function per command: answer with the engine serving now, then render.
 * The slash command sends the result as its reply; the buttons and menus on
 * that answer (components.ts) send it again as an update of the message, so
 * a command and its buttons can never render the same answer two ways.
 */
import type { Engine } from '../engine/engine.ts';
import { textCheck } from './customId.ts';
import {
  renderAsk,
  renderContext,
  renderFind,
  renderQuote,
  renderSources,
  renderTimeline,
  type Footer,
  type Parts,
  type TimelineRef,
} from './render.ts';
import { MAX_TOPIC, type Answer } from '../answer/types.ts';
import { UserError } from '../errors.ts';
import { BUDGETS } from './limits.ts';

/** The newest readout's date, per index: worked out once, not on every reply of a 40,000-readout corpus. */
const newest = new WeakMap<Engine['index'], string | null>();

export function newestDate(engine: Engine): string | null {
  let date = newest.get(engine.index);
  if (date === undefined) {
    date = null;
    for (const r of engine.index.readouts) if (r.date && (date === null || r.date > date)) date = r.date;
    newest.set(engine.index, date);
  }
  return date;
}

export function footerOf(engine: Engine, searched = engine.report.loaded): Footer {
  return { searched, updated: newestDate(engine) };
}

export function askReply(engine: Engine, question: string, owner: string): Parts {
  const answer = engine.answer({ command: 'ask', input: question });
  return renderAsk(answer, footerOf(engine, answer.searched), owner, countAsTimeline(engine, answer));
}

/**
 * A count longer than its list pages on as the timeline of what it counted,
 * when that timeline holds exactly the readouts counted (names are counted
 * wherever a readout states them, a timeline's words within a sentence: the
 * two can differ, and then no button is offered rather than a list that
 * disagrees with the count).
 */
function countAsTimeline(engine: Engine, answer: Answer): TimelineRef | undefined {
  const { topic, filter } = answer;
  if (answer.intent !== 'count' || answer.none || !topic || topic.length > MAX_TOPIC) return undefined;
  if ((answer.count ?? 0) <= BUDGETS.countLines || filter?.month !== undefined || filter?.event) return undefined;
  const range = { from: filter?.from, to: filter?.to };
  const timeline = engine.answer({ command: 'timeline', input: topic, ...range, window: { page: 0, perPage: BUDGETS.timelinePerPage } });
  return timeline.count === answer.count ? { topic, ...range } : undefined;
}

/**
 * A timeline page (the first, another, or the one where a year starts). Only
 * that page's readouts are cited and rendered: a long timeline is thousands.
 */
export function timelineReply(
  engine: Engine,
  topic: string,
  range: { from?: string | undefined; to?: string | undefined },
  owner: string,
  at: { page: number } | { offset: number } | { year: number | null } = { page: 0 },
): Parts {
  const answer = engine.answer({ command: 'timeline', input: topic, ...range, window: { ...at, perPage: BUDGETS.timelinePerPage } });
  return renderTimeline(answer, footerOf(engine, answer.searched), owner, 0, range);
}

export function quoteReply(engine: Engine, phrase: string, owner: string): Parts {
  const answer = engine.answer({ command: 'quote', input: phrase });
  return renderQuote(answer, footerOf(engine, answer.searched), owner);
}

export function sourcesReply(engine: Engine, owner: string, page = 0): Parts {
  return renderSources(engine.sourcesPage(page, BUDGETS.sourcesPerPage), footerOf(engine), owner);
}

/** "Find in readouts"; the engine reads the first 4,000 characters and 5 checks, and its headline says what was left. */
export function findReply(engine: Engine, text: string): Parts {
  if (!text.trim()) {
    throw new UserError('This message has no text to check: "Find in readouts" reads what a message says, not its attachments or embeds.');
  }
  return renderFind(engine.find(text), footerOf(engine));
}

/**
 * "Show context": a cited sentence with its neighbours; a UserError once the
 * corpus no longer holds it, or holds another sentence in its place (`check`
 * is textCheck of the sentence the button was made for: see customId.ts).
 */
export function contextReply(engine: Engine, sentence: string, check: string): Parts {
  const context = engine.context(sentence);
  if (!context) throw new UserError('That sentence is no longer in the corpus: the readouts changed since this answer.');
  if (textCheck(context.sentence.text) !== check) throw new UserError('That sentence has changed since; run the command again.');
  return renderContext(context);
}
