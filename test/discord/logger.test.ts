import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { captureLogs } from '../support/fixtures.ts';

describe('logs', () => {
  it('GIVEN a failed Discord request THEN the log has neither its body (user text, ids) nor the interaction token', () => {
    const { lines, destination } = captureLogs();
    const logger = createLogger({ level: 'info', secrets: ['bot.token.value-123'], destination });
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA';
    const error = new DiscordAPIError(
      { code: 50035, message: 'Invalid Form Body' },
      50035,
      400,
      'POST',
      `https://discord.com/api/v10/interactions/123456789012345678/${token}/callback`,
      { body: { data: { content: 'my secret question', allowed_mentions: { users: ['222222222222222222'] } } } },
    );
    logger.error({ err: error }, 'interaction failed with bot.token.value-123');
    const line = lines.join('');
    expect(line).not.toContain('my secret question');
    expect(line).not.toContain('222222222222222222');
    expect(line).not.toContain(token);
    expect(line).not.toContain('bot.token.value-123');
    expect(line).toContain('/interactions/123456789012345678/[redacted]/callback');
    expect(JSON.parse(line).err.code).toBe(50035);
  });
});
