import { describe, expect, it } from 'vitest';
import { guardProcess } from '../../src/discord/runtime.ts';
import { createLogger } from '../../src/logger.ts';

describe('the bot process guards', () => {
  it('GIVEN an uncaught exception or an unhandled rejection THEN each is logged with its error and the process goes on', () => {
    const lines: { level: number; msg: string; err?: { message: string } }[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    const before = { exception: process.listenerCount('uncaughtException'), rejection: process.listenerCount('unhandledRejection') };
    const remove = guardProcess(logger);
    try {
      // The listeners Node would call: ours are the last added.
      (process.listeners('uncaughtException').at(-1) as (error: Error) => void)(new Error('boom in a handler'));
      (process.listeners('unhandledRejection').at(-1) as (reason: unknown) => void)(new Error('rejected inside discord.js'));
    } finally {
      remove();
    }
    expect(lines.map((l) => [l.level, l.msg, l.err?.message])).toEqual([
      [50, 'uncaught exception; still serving', 'boom in a handler'],
      [50, 'unhandled promise rejection; still serving', 'rejected inside discord.js'],
    ]);
    expect({ exception: process.listenerCount('uncaughtException'), rejection: process.listenerCount('unhandledRejection') }).toEqual(
      before,
    );
  });
});
