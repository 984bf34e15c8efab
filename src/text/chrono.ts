/**
 * chrono-node's English parser, loaded on first use. It takes a few hundred
 * milliseconds to load, which a command that never reads a date (most
 * questions, every quote) should not pay at start-up.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node/en';

let loaded: typeof Chrono | undefined;

export function chrono(): typeof Chrono {
  loaded ??= createRequire(import.meta.url)('chrono-node/en') as typeof Chrono;
  return loaded;
}
