/**
 * The replies the README shows, built exactly as the bot builds them
 * (src/discord/replies.ts, then the one response module's `message`) from
 * the bundled corpus: what a team sees for an /ask, a /timeline with its
 * chart, and a Find in readouts. test/tools/readmeImages.test.ts pins their shape;
 * tools/readme-images.ts draws them.
 */
import type { Engine } from '../../src/engine/engine.ts';
import { askReply, findReply, timelineReply } from '../../src/discord/replies.ts';
import { message, type MessagePayload } from '../../src/discord/respond.ts';
import { withChart } from '../../src/discord/render.ts';

export interface Screen {
  /** The image's file name under docs/images/, without ".png". */
  name: string;
  /** What the user typed, shown above the reply as Discord shows the command. */
  invoked: string;
  payload: MessagePayload;
}

/** Someone to own the buttons: the README's screens are not anyone's. */
const OWNER = '100000000000000000';

export const FIND_MESSAGE =
  'Austin told the Philippines the U.S. commitment is "ironclad and unwavering" and the treaty covers the Coast Guard. He never mentioned the South China Sea.';

export function readmeScreens(engine: Engine): Screen[] {
  return [
    {
      name: 'ask',
      invoked: '/ask question: who did Esper meet in Guam?',
      payload: message(askReply(engine, 'who did Esper meet in Guam?', OWNER)),
    },
    {
      name: 'timeline',
      invoked: '/timeline topic: security',
      payload: message(withChart(timelineReply(engine, 'security', {}, OWNER))),
    },
    {
      name: 'find',
      invoked: 'Find in readouts (on a message)',
      payload: message(findReply(engine, FIND_MESSAGE), { hide: true }),
    },
  ];
}
