/**
 * `npm run deploy`: register the slash commands with Discord — in one server
 * (DISCORD_GUILD_ID, instant, for development) or globally. It imports only
 * the command definitions: no corpus is loaded and no gateway is opened.
 */
import { DiscordAPIError, RateLimitError, REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.ts';
import { restOptions } from './rest.ts';
import { INVITE_PERMISSIONS } from './permissions.ts';
import { DeployError } from '../errors.ts';

export interface DeployResult {
  route: string;
  names: string[];
}

/**
 * Register `definitions` (commands/index.ts, handed in by the entry point);
 * throws DeployError with a message for the user.
 */
export async function deployCommands(
  config: Config,
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<DeployResult> {
  const rest = new REST({ ...restOptions(config), rejectOnRateLimit: () => true }).setToken(config.DISCORD_TOKEN ?? '');
  const app = config.DISCORD_APPLICATION_ID ?? '';
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(app, config.DISCORD_GUILD_ID) : Routes.applicationCommands(app);
  try {
    const registered = (await rest.put(route, { body: definitions })) as { name: string; type?: number }[];
    return { route, names: registered.map((c) => (c.type === 3 ? `${c.name} (message menu)` : `/${c.name}`)) };
  } catch (error) {
    throw new DeployError(explain(error, config));
  }
}

function explain(error: unknown, config: Config): string {
  if (error instanceof RateLimitError) {
    return `Discord is rate-limiting command registration; wait ${Math.ceil(error.retryAfter / 1000)} s and run npm run deploy again.`;
  }
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return 'Discord refused the token (401 Unauthorized). Check DISCORD_TOKEN: reset it in the developer portal (Bot → Reset Token) and update .env.';
    }
    if (error.status === 403 || error.status === 404) {
      return `Discord refused the registration (${error.status}): check DISCORD_APPLICATION_ID${config.DISCORD_GUILD_ID ? ' and DISCORD_GUILD_ID (is the bot in that server?)' : ''}.`;
    }
    return `Discord refused the commands (${error.status}, code ${error.code}): ${error.message}`;
  }
  const where = config.DISCORD_API_URL ?? 'https://discord.com/api';
  return `Could not reach Discord at ${where}: ${error instanceof Error ? error.message : String(error)}`;
}

/** The lines `npm run deploy` prints. */
export function describeDeploy(result: DeployResult, config: Config): string {
  const where = config.DISCORD_GUILD_ID
    ? `in server ${config.DISCORD_GUILD_ID} (available now)`
    : 'globally (Discord may take up to an hour to show them everywhere)';
  return `Registered ${result.names.length} commands ${where}:\n${result.names.map((n) => `  ${n}`).join('\n')}\n`;
}

/**
 * The link that adds the bot to a server: the `bot` and
 * `applications.commands` scopes, and View Channel, Send Messages and Embed
 * Links (19456) — what posting announcements needs and nothing more. Replies
 * to interactions go through the interaction's own webhook, which needs none.
 */
export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=${INVITE_PERMISSIONS}`;
}
