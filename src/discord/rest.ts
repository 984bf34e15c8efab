/**
 * Options for discord.js's REST client. Requests go through the global
 * `fetch`, looked up on every call: it is the same HTTP client in production,
 * and lets tests (nock replaces `fetch` when imported) see every request.
 */
import type { RESTOptions } from 'discord.js';
import type { Config } from '../config.ts';

export function restOptions(config: Pick<Config, 'DISCORD_API_URL'>): Partial<RESTOptions> {
  return {
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
    makeRequest: (url, init) => fetch(url, init),
  };
}
