/**
 * Interactions that arrive over HTTP (Discord's interactions endpoint, `npm
 * start -- serve`), answered by the very handlers the gateway bot uses.
 *
 * How: a discord.js Client that never logs in to the gateway builds each
 * interaction from its raw payload with discord.js's own builder (the
 * InteractionCreate action the gateway dispatch goes through), so handlers
 * get the same ChatInputCommandInteraction, ButtonInteraction… as in the
 * gateway bot, and the router (src/discord/router.ts: rate limit, error
 * boundary, log line) runs unchanged. Its REST client is the gateway bot's
 * (DISCORD_API_URL, token) with one difference, in `makeRequest`: the first
 * interaction callback (reply, deferReply, update, autocomplete choices) is
 * not POSTed to Discord but becomes the body of the HTTP response Discord is
 * waiting for, byte for byte what the gateway bot would have POSTed. What
 * comes after (editReply after a defer, followUp) goes to the REST API as
 * usual, with the interaction's token.
 *
 * Why not factor the handlers over a transport-neutral interaction: every
 * handler, reply and error path is written and tested against discord.js's
 * interaction classes (options, `replied`/`deferred`, followUp); a second
 * interaction type would double that surface, while this adapter is one file
 * and the payloads cannot drift apart.
 *
 * What the gateway gives for free and HTTP does not: the server's roles and
 * channels in cache. The moderator commands (those registered with
 * default_member_permissions) check the bot's permissions in a channel, so
 * for them the server, its channels and the bot's member are fetched over
 * REST just before the interaction is built. Other commands need nothing of
 * the server.
 */
import { Client, ClientUser, Events, Routes, type APIUser, type Interaction, type RESTOptions } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { BotContext } from './command.ts';
import { repairPacket } from './bot.ts';
import { restOptions } from './rest.ts';
import { handleInteraction } from './router.ts';

/** Discord waits 3 s for the HTTP response; after this the answer would be dropped anyway. */
export const ANSWER_WITHIN_MS = 3_000;

/** What the HTTP endpoint sends back for one interaction. */
export interface HttpAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

const CALLBACK = /\/interactions\/(\d{1,20})\/[^/]+\/callback$/;

function json(status: number, value: unknown): HttpAnswer {
  return { status, contentType: 'application/json', body: Buffer.from(JSON.stringify(value)) };
}

/** Discord's own answer to a second callback for one interaction. */
const ALREADY_ACKNOWLEDGED = { message: 'Interaction has already been acknowledged.', code: 40060 };

interface RawInteraction {
  id: string;
  type: number;
  guild_id?: string;
  data?: { name?: string; type?: number };
}

/** discord.js's internal action that turns a raw INTERACTION_CREATE into its class; emits InteractionCreate. */
interface InteractionBuilder {
  actions: { InteractionCreate: { handle(data: unknown): void } };
}

export class HttpInteractions {
  readonly client: Client;
  private readonly pending = new Map<string, (answer: HttpAnswer) => void>();
  private readonly running = new Set<Promise<unknown>>();
  private built: Interaction | undefined;

  constructor(
    private readonly options: {
      config: Pick<Config, 'DISCORD_API_URL'>;
      ctx: BotContext;
      logger: Logger;
      /** REST settings beyond the configured ones (tests shorten the request timeout). */
      rest?: Partial<RESTOptions>;
    },
  ) {
    const base = restOptions(options.config);
    const send = options.rest?.makeRequest ?? base.makeRequest ?? ((url: string, init: RequestInit) => fetch(url, init));
    this.client = new Client({
      intents: [],
      rest: { ...base, ...options.rest, makeRequest: (url, init) => this.request(url, init as RequestInit, send) },
    });
    this.client.on(Events.InteractionCreate, (interaction) => {
      this.built = interaction;
    });
  }

  /**
   * Check the token and learn who the bot is (GET /users/@me, as a gateway
   * login would): moderator commands compare the bot's member with channels.
   */
  async start(token: string): Promise<void> {
    this.client.token = token;
    this.client.rest.setToken(token);
    const me = (await this.client.rest.get(Routes.user('@me'))) as APIUser;
    // @ts-expect-error ClientUser's constructor is discord.js's (the gateway's READY builds it the same way).
    this.client.user = new ClientUser(this.client, me);
  }

  /** Interactions still being answered (a deferred reply may be edited after the HTTP response). */
  inFlight(): number {
    return this.running.size;
  }

  /** Wait for the interactions in flight, at most `graceMs`, then close the client. */
  async stop(graceMs = 10_000): Promise<void> {
    const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.allSettled([...this.running]), grace]);
    await this.client.destroy();
  }

  /**
   * Answer one signed, parsed interaction (not PING, which the endpoint
   * answers itself). Resolves with the HTTP response as soon as the handler
   * makes its first callback; the handler may go on (editing a deferred reply).
   */
  answer(payload: RawInteraction & Record<string, unknown>): Promise<HttpAnswer> {
    return new Promise<HttpAnswer>((resolve) => {
      const id = payload.id;
      let timer: NodeJS.Timeout | undefined;
      const settle = (answer: HttpAnswer) => {
        if (this.pending.get(id) !== settle) return;
        this.pending.delete(id);
        clearTimeout(timer);
        resolve(answer);
      };
      this.pending.set(id, settle);
      timer = setTimeout(() => settle(json(503, { error: 'no answer in time' })), ANSWER_WITHIN_MS);
      const work = this.run(payload)
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'http interaction failed'))
        // A handler that ended without answering: say so rather than hold the request open.
        .finally(() => settle(json(500, { error: 'the interaction was not answered' })));
      const task = work.finally(() => this.running.delete(task));
      this.running.add(task);
    });
  }

  private async run(payload: RawInteraction & Record<string, unknown>): Promise<void> {
    repairPacket({ t: 'INTERACTION_CREATE', d: payload });
    if (payload.guild_id && this.needsServer(payload)) await this.loadServer(payload.guild_id);
    this.built = undefined;
    (this.client as unknown as InteractionBuilder).actions.InteractionCreate.handle(payload);
    const interaction = this.built as Interaction | undefined;
    this.built = undefined;
    if (!interaction) {
      // discord.js builds no class for it (a kind Readout does not use): nothing to run.
      this.pending.get(payload.id)?.(json(400, { error: 'unsupported interaction' }));
      return;
    }
    await handleInteraction(interaction, this.options.ctx, this.options.logger);
  }

  /** Moderator commands check channels and roles: those need the server in cache. */
  private needsServer(payload: RawInteraction): boolean {
    if (payload.type !== 2 || payload.data?.type !== 1) return false;
    const command = this.options.ctx.commands.chat.find((c) => c.definition.name === payload.data?.name);
    return command?.definition.default_member_permissions != null;
  }

  /** The server, its channels and the bot's member, fresh (permissions may have changed since the last command). */
  private async loadServer(guildId: string): Promise<void> {
    try {
      const guild = await this.client.guilds.fetch({ guild: guildId, force: true, withCounts: false });
      await Promise.all([guild.channels.fetch(undefined, { force: true }), guild.members.fetchMe({ force: true })]);
    } catch (error) {
      // Not a server the bot is in (or Discord is down): the handler then says the command needs one.
      this.client.guilds.cache.delete(guildId);
      this.options.logger.warn({ err: error, guild: guildId }, 'could not load the server for a moderator command');
    }
  }

  /** Every REST request: the first callback of a pending interaction is the HTTP answer; the rest go out. */
  private async request(url: string, init: RequestInit, send: (url: string, init: RequestInit) => Promise<unknown>) {
    const match = CALLBACK.exec(new URL(url).pathname);
    if (!match?.[1]) return send(url, init) as ReturnType<NonNullable<RESTOptions['makeRequest']>>;
    const settle = this.pending.get(match[1]);
    if (!settle)
      return new Response(JSON.stringify(ALREADY_ACKNOWLEDGED), { status: 400, headers: { 'content-type': 'application/json' } });
    // A JSON string, or FormData when files are attached: Response serializes either as fetch would.
    const encoded = new Response(init.body);
    const type = new Headers(init.headers).get('content-type') ?? encoded.headers.get('content-type') ?? 'application/json';
    settle({ status: 200, contentType: type, body: Buffer.from(await encoded.arrayBuffer()) });
    return new Response(null, { status: 204 });
  }
}
