/**
 * Every command Readout registers. Importing this loads no corpus and opens no
 * connection: `npm run deploy` reads the definitions from here.
 */
import type { ChatCommand, CommandSet, MessageCommand } from '../src/discord/command.ts';
import { ask } from './ask.ts';
import { findInReadouts } from './findInReadouts.ts';
import { quote } from './quote.ts';
import { sources } from './sources.ts';
import { timeline } from './timeline.ts';
import { readout } from './readout.ts';
import { follow } from './follow.ts';
import { unfollow } from './unfollow.ts';

export const chatCommands: ChatCommand[] = [ask, timeline, quote, sources, readout, follow, unfollow];
export const messageCommands: MessageCommand[] = [findInReadouts];

/** What the entry point (src/cli/main.ts) hands the bot's router. */
export const commands: CommandSet = { chat: chatCommands, message: messageCommands };

/** The JSON `npm run deploy` sends to Discord. */
export const definitions = [...chatCommands, ...messageCommands].map((c) => c.definition);
