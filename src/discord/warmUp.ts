/**
 * The bot's warm-up: the engine's (Engine.warmUp: every kind of request) and
 * then every kind of reply rendered once, so the first user of each command,
 * button and menu after a start or a reload does not wait for code V8 has not
 * compiled yet (measured by `npm run bench -- --discord`, "first" column).
 */
import type { Engine } from '../engine/engine.ts';
import type { AnswerRequest } from '../answer/types.ts';
import { decodeState, encodeState } from './customId.ts';
import { BUDGETS } from './limits.ts';
import {
  completionChoices,
  renderAsk,
  renderContext,
  renderFind,
  renderQuote,
  renderSources,
  renderTimeline,
  withChart,
  type Parts,
} from './render.ts';
import { choices, message } from './respond.ts';
import { footerOf } from './replies.ts';

/** Someone, for the owner fields of the rendered state. */
const OWNER = '100000000000000000';

/** Each reply shape, rendered from a real answer of this corpus. */
function replySteps(engine: Engine): (() => unknown)[] {
  const footer = footerOf(engine);
  const topic = engine.index.readouts[0]?.title.split(/\s+/).find((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)) ?? 'Secretary';
  const send = (parts: Parts) => message(parts, { mention: OWNER });
  const page = { perPage: BUDGETS.timelinePerPage };
  const ask = (input: string) => engine.answer({ command: 'ask', input });
  const timeline = (input: string, window: AnswerRequest['window']) => engine.answer({ command: 'timeline', input, window });
  const quote = (input: string) => engine.answer({ command: 'quote', input });
  return [
    () => send(renderAsk(ask(`what about ${topic}?`), footer, OWNER)),
    () => send(renderAsk(ask('what about zorblax quintessence?'), footer, OWNER)),
    () => send(withChart(renderTimeline(timeline(topic, { ...page, page: 0 }), footer, OWNER, 0, {}))),
    () => send(renderTimeline(timeline(topic, { ...page, year: 2020 }), footer, OWNER, 0, { from: '2010-01-01' })),
    () => send(renderTimeline(timeline('zorblax', { ...page, page: 0 }), footer, OWNER, 0, {})),
    () => send(renderQuote(quote('the two leaders'), footer, OWNER)),
    () => send(renderQuote(quote('zorblax quintessence'), footer, OWNER)),
    () => send(renderSources(engine.sourcesPage(0, BUDGETS.sourcesPerPage), footer, OWNER)),
    () => {
      const id = engine.index.size > 0 ? engine.index.idOf(0) : null;
      const context = id ? engine.context(id) : null;
      return context && send(renderContext(context));
    },
    () => send(renderFind(engine.find(engine.index.size > 0 ? engine.index.text(0) : 'the two leaders'), footer)),
    () => choices(completionChoices(engine.complete(topic.slice(0, 3), 'topic'))),
    () => decodeState(encodeState({ kind: 'year', owner: OWNER, topic, from: '2020-01-01' })),
  ];
}

/** At start, before logging in: nothing to answer yet, so all at once. */
export function warmUpBot(engine: Engine): void {
  engine.warmUp();
  for (let round = 0; round < 2; round++) for (const step of replySteps(engine)) step();
}

/** After a reload, on the serving process: one request per turn of the event loop, so answers go on meanwhile. */
export async function warmUpBotInTurns(engine: Engine): Promise<void> {
  await engine.warmUpInTurns();
  for (let round = 0; round < 2; round++) {
    for (const step of replySteps(engine)) {
      step();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
