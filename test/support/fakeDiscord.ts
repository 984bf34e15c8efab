/**
 * A fake Discord for tests: a REST API (node:http) and a gateway (ws) on 127.0.0.1 that the
 * *real* discord.js Client can log into. Nothing here talks to the network beyond loopback.
 *
 *   const fake = await startFakeDiscord();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
 *   await client.login('fake-token-for-tests');
 *   const sent = await fake.dispatchInteraction(fake.chatInput('ask', { question: 'who?' }));
 *   const callback = await fake.waitForCallback(sent.id);
 *
 * How the pieces fit (checked against discord.js 14.28.1, @discordjs/rest 2.6.3, @discordjs/ws 1.2.3):
 * - @discordjs/rest builds URLs as `${api}/v10${route}`, so `apiUrl` is `http://127.0.0.1:PORT/api`
 *   and requests arrive as `/api/v10/...`. Recorded `path`s have that prefix stripped and are
 *   percent-decoded (discord.js sends `%40original`; we record `@original`).
 * - discord.js asks `GET /gateway/bot` for the gateway URL and recommended shard count, then opens
 *   `${url}?v=10&encoding=json` with the `ws` package. The fake always sends uncompressed *text*
 *   frames, which @discordjs/ws parses as plain JSON even if zlib-sync were installed and it had
 *   asked for `compress=zlib-stream` (only binary frames are inflated).
 * - Interaction callbacks and webhook (reply/edit/follow-up) routes are sent without a bot token
 *   (`auth: false`), exactly like on real Discord; they are authorised by the interaction token.
 *
 * The fake also enforces the few Discord rules a bot most often trips over (one callback per
 * interaction, unknown interaction/webhook tokens, editing @original before acknowledging) so
 * tests see the same DiscordAPIErrors production would.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';

// ───────────────────────────── public types ─────────────────────────────

/** Discord payloads are handled loosely: tests assert on the exact JSON anyway. */
export type JsonObject = Record<string, unknown>;

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

export interface FakeDiscordOptions {
  /** heartbeat_interval announced in HELLO. Default 41_250 (Discord's). Use ~100–300 for zombie tests. */
  heartbeatIntervalMs?: number;
  /** Shard count recommended by GET /gateway/bot (discord.js uses it with `shards: 'auto'`). Default 1. */
  shards?: number;
  /**
   * If set, the bot token is checked: REST calls with another token get 401 (so `login()` rejects with
   * TokenInvalid) and IDENTIFY/RESUME with another token is closed with 4004. Default: any token.
   */
  token?: string;
  applicationId?: string;
  botUser?: Partial<FakeUser>;
  /** The human who invokes commands/buttons in the payload builders. */
  user?: Partial<FakeUser>;
  /**
   * Guilds announced (unavailable) in READY and then sent as GUILD_CREATE, so discord.js caches them
   * and `interaction.guild/channel/member` are real structures. Partial guild objects are filled in.
   * Default: one guild with a #general text channel. Pass `[]` for none (builders then make DM interactions).
   * Guilds without an `id` get one that puts guild i on shard `i % shards`.
   */
  guilds?: JsonObject[];
  /**
   * Like Discord, reject an interaction callback that arrives more than this many ms after the
   * INTERACTION_CREATE was sent (404, code 10062 "Unknown interaction"). Default: not enforced.
   */
  callbackDeadlineMs?: number;
  /** Debug sink, e.g. `console.log`. Default: silent. */
  log?: (line: string) => void;
}

export interface RecordedRequest {
  method: string;
  /** Route relative to the versioned API base, percent-decoded, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** The raw request URL as received, e.g. `/api/v10/interactions/1/tok/callback?with_response=false`. */
  url: string;
  query: Record<string, string>;
  /** Parsed JSON body (for multipart uploads: the parsed `payload_json` part); raw text if not JSON; undefined if empty. */
  body: unknown;
  rawBody: string;
  /** The body's bytes: what a file upload (a PNG) holds, which `rawBody` as UTF-8 text cannot. */
  rawBytes: Buffer;
  headers: IncomingHttpHeaders;
  /** performance.now() when the request arrived. */
  at: number;
  /**
   * Status the fake answered with; null while the response is pending (delayed or hanging).
   * Waits are re-checked when it is set, so `waitForRequest(r => r.status === 204)` works.
   */
  status: number | null;
}

/**
 * Selects requests: a RegExp or string is tested against `"METHOD /path"` (string = prefix match,
 * e.g. `'POST /interactions/'`); a function gets the whole record.
 */
export type RequestMatcher = RegExp | string | ((request: RecordedRequest) => boolean);

export interface FaultSpec {
  /** Answer with this status instead of the normal handler. Omit to only delay. */
  status?: number;
  /** Response body; defaults to a Discord-like error body for `status`. */
  body?: unknown;
  /** Extra response headers. For 429, `retry-after`/`x-ratelimit-*` are derived from the body if absent. */
  headers?: Record<string, string>;
  /** Wait this long before answering (with the fault, or normally if no `status`). */
  delayMs?: number;
  /** Never answer (until `close()`); @discordjs/rest gives up after its 15 s timeout. */
  hang?: boolean;
  /** How many matching requests this fault applies to. Default 1. */
  times?: number;
}

export interface FaultHandle {
  /** Number of requests this fault has been applied to so far. */
  readonly hits: number;
  cancel(): void;
}

export interface GatewayMessage {
  op: number;
  d: unknown;
  connectionId: number;
  /** The shard of the connection's session, once it has identified or resumed. */
  shard: [number, number] | null;
  at: number;
}

export interface IdentifyRecord {
  token: string;
  intents: number;
  shard: [number, number];
  properties: unknown;
  sessionId: string;
  connectionId: number;
  at: number;
}

export interface ResumeRecord {
  token: string;
  sessionId: string;
  seq: number;
  /** False if the fake answered with INVALID_SESSION (unknown/invalidated session or wrong token). */
  accepted: boolean;
  connectionId: number;
  at: number;
}

export interface DispatchReceipt {
  /** The dispatched payload's `id` (the interaction id for INTERACTION_CREATE), if it has one. */
  id: string | undefined;
  token: string | undefined;
  shard: number;
  seq: number;
  /** performance.now() just before the frame was written (or buffered, if the shard was disconnected). */
  sentAt: number;
  /** False if the shard's socket was down; the event is replayed when the client RESUMEs. */
  delivered: boolean;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Only consider records with `at` later than this performance.now() value. */
  since?: number;
}

export type OptionValue = string | number | boolean;
/**
 * Command options: either raw API option objects (`[{ name, type, value, focused? }]`, passed
 * through untouched; use this for subcommands or when the exact type matters) or a record
 * `{ name: value }` whose option types are inferred: string → 3, integer → 4, other number → 10,
 * boolean → 5. Note discord.js checks types: `getNumber()` on an integer-typed option throws.
 */
export type CommandOptionsInput = readonly JsonObject[] | Readonly<Record<string, OptionValue>>;

/** Extra top-level fields merged into a built payload; `data` and `member` are merged one level deep; `undefined` deletes. */
export type PayloadExtra = Record<string, unknown>;

/** What an interactions endpoint answered to a signed POST. */
export interface HttpInteractionReply {
  status: number;
  contentType: string | null;
  /** Parsed JSON, or the text when it is not JSON. */
  body: unknown;
  /** performance.now() when the request was sent and when the answer arrived. */
  sentAt: number;
  at: number;
}

export interface FakeDiscord {
  /** Pass as `rest.api` to the discord.js Client. */
  readonly apiUrl: string;
  /** The `ws://` URL handed out by /gateway/bot and as `resume_gateway_url`. */
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly user: FakeUser;
  /** Normalised guild objects (as sent in GUILD_CREATE). */
  readonly guilds: readonly JsonObject[];

  readonly requests: readonly RecordedRequest[];
  readonly gatewayMessages: readonly GatewayMessage[];
  readonly identifies: readonly IdentifyRecord[];
  readonly resumes: readonly ResumeRecord[];
  /** Number of currently open gateway sockets. */
  openConnections(): number;

  // REST
  failNext(matcher: RequestMatcher, fault: FaultSpec): FaultHandle;
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** The POST /interactions/:id/:token/callback for this interaction. */
  waitForCallback(interactionId: string, timeoutMs?: number): Promise<RecordedRequest>;

  // gateway
  waitForIdentify(options?: WaitOptions): Promise<IdentifyRecord>;
  waitForResume(options?: WaitOptions): Promise<ResumeRecord>;
  waitForGatewayMessage(predicate: (message: GatewayMessage) => boolean, timeoutMs?: number): Promise<GatewayMessage>;
  /**
   * Sends a dispatch (op 0) to a shard: `options.shard`, else the shard owning `data.guild_id`, else 0.
   * Waits (up to `options.timeoutMs`, default 5 s) for that shard to have identified.
   */
  dispatch(event: string, data: JsonObject, options?: { shard?: number; timeoutMs?: number }): Promise<DispatchReceipt>;
  dispatchInteraction(payload: JsonObject, options?: { shard?: number; timeoutMs?: number }): Promise<DispatchReceipt>;
  /** Send any raw gateway frame, e.g. `{ op: 7, d: null }` (RECONNECT) or `{ op: 9, d: false }`. */
  sendRaw(payload: JsonObject, options?: { shard?: number }): void;
  /** Stop (false) or resume (true) answering heartbeats with op 11, to simulate a zombie connection. */
  setHeartbeatAck(enabled: boolean): void;
  /** Forget all sessions: the next RESUME gets INVALID_SESSION (op 9, d:false) and the client re-identifies. */
  invalidateSessions(): void;
  /**
   * Close gateway sockets (all, or one shard's) with `code` (default 4000) and wait until closed.
   * 1006 cannot be sent in a close frame, so it is simulated by dropping the TCP connection.
   * Sessions stay resumable unless you call `invalidateSessions()`.
   */
  closeClients(code?: number, options?: { shard?: number; reason?: string }): Promise<void>;
  /** Drop recorded requests, gateway messages and finished interactions (long soaks measure the bot's memory, not ours). */
  forget(): void;
  /** Shut both servers down, dropping every socket and rejecting pending waits. */
  close(): Promise<void>;

  // HTTP interactions endpoint (how Discord calls `npm start -- serve`)
  /** The application's Ed25519 public key, 64 hex characters, as the developer portal shows it. */
  readonly publicKey: string;
  /** The X-Signature-* headers Discord sends with `body` (timestamp: seconds, default now). */
  signatureHeaders(body: string, timestamp?: number): Record<string, string>;
  /**
   * POST a signed interaction to an endpoint, as Discord does, and remember it like a dispatched
   * one: a JSON answer with a callback type is the interaction's callback, so later webhook edits
   * and follow-ups are checked as on Discord. Resolves with the endpoint's status and body.
   */
  postInteraction(endpointUrl: string, payload: JsonObject): Promise<HttpInteractionReply>;

  // payload builders (interactions are only built, not sent)
  chatInput(name: string, options?: CommandOptionsInput, extra?: PayloadExtra): JsonObject;
  /** `focused` names the focused option when `options` is a record (default: its first key). */
  autocomplete(name: string, options: CommandOptionsInput, focused?: string, extra?: PayloadExtra): JsonObject;
  button(customId: string, extra?: PayloadExtra): JsonObject;
  selectMenu(customId: string, values: readonly string[], extra?: PayloadExtra): JsonObject;
  messageContextMenu(name: string, message?: JsonObject, extra?: PayloadExtra): JsonObject;
  /** A complete message object (defaults: bot author, first guild channel). */
  message(partial?: JsonObject): JsonObject;

  // channels and messages the bot posts itself (POST /channels/:id/messages)
  /** Messages created in a channel, oldest first (a retry answered from its nonce is not a new one). */
  channelMessages(channelId: string): readonly JsonObject[];
  /**
   * Delete a guild channel, as a moderator would: it leaves the guild, a CHANNEL_DELETE is dispatched
   * to the guild's shard, and posting there answers 404 Unknown Channel (10003).
   */
  deleteChannel(channelId: string): Promise<void>;
  /**
   * A file as Discord hands attachments over: the attachment object (put it in `data.resolved.attachments`
   * and its id as the option value) and its bytes served from this fake at `url`.
   */
  attachment(filename: string, content: string | Uint8Array, contentType?: string): JsonObject;
}

/**
 * A guild text channel with every field discord.js reads; `permission_overwrites` take
 * `{ id, type: 0 (role) | 1 (member), allow, deny }` with bit strings, as on Discord.
 */
export function textChannel(partial: JsonObject = {}): JsonObject {
  return {
    id: snowflake(),
    type: 0,
    name: 'general',
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    permission_overwrites: [],
    flags: 0,
    ...partial,
  };
}

/** Permission bits the fake enforces when the bot posts in a channel. */
export const PERMISSION = { Administrator: 8n, ViewChannel: 1024n, SendMessages: 2048n, EmbedLinks: 16384n, ManageGuild: 32n } as const;

// ───────────────────────────── constants ─────────────────────────────

const API_VERSION = 10;
const DEFAULT_TIMEOUT_MS = 5_000;
const DISCORD_EPOCH = 1_420_070_400_000n;
/** Enough permissions for anything a bot does; the exact bits don't matter to discord.js. */
const ALL_PERMISSIONS = '2251799813685247';
/** How many dispatches per session are kept for replay on RESUME. */
const REPLAY_BUFFER_SIZE = 1_000;

const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

const InteractionType = { ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;
const CallbackType = {
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
} as const;
const MessageFlagLoading = 128;

// ───────────────────────────── small helpers ─────────────────────────────

let lastSnowflake = 0n;

/** A unique, realistic (timestamped) snowflake; discord.js derives createdAt from it. */
export function snowflake(): string {
  const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
  lastSnowflake = fromClock > lastSnowflake ? fromClock : lastSnowflake + 1n;
  return lastSnowflake.toString();
}

/**
 * Default guild ids: a snowflake's timestamp decides the shard (`(id >> 22) % shards`), so guild i
 * gets a timestamp that puts it on shard `i % shardCount`; this spreads guilds over shards.
 */
function guildSnowflake(index: number, shardCount: number): string {
  const dayAgo = BigInt(Date.now() - 86_400_000) - DISCORD_EPOCH;
  const count = BigInt(shardCount);
  return ((dayAgo - (dayAgo % count) + BigInt(index)) << 22n).toString();
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which shard Discord routes a guild's events to. */
function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Shallow merge where `data`/`member` merge one level deeper and `undefined` deletes a key. */
function applyExtra(base: JsonObject, extra: PayloadExtra | undefined): JsonObject {
  if (!extra) return base;
  const result: JsonObject = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete result[key];
    else if ((key === 'data' || key === 'member') && isPlainObject(value) && isPlainObject(result[key])) {
      result[key] = applyExtra(result[key], value);
    } else result[key] = value;
  }
  return result;
}

function inferOptionType(value: OptionValue): number {
  if (typeof value === 'string') return 3;
  if (typeof value === 'boolean') return 5;
  return Number.isInteger(value) ? 4 : 10;
}

function toApiOptions(options: CommandOptionsInput | undefined, focused?: string): JsonObject[] {
  if (options === undefined) return [];
  if (Array.isArray(options)) return [...(options as readonly JsonObject[])];
  return Object.entries(options as Readonly<Record<string, OptionValue>>).map(([name, value]) => ({
    name,
    type: inferOptionType(value),
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

function hasFocusedOption(options: readonly JsonObject[]): boolean {
  return options.some(
    (option) => option.focused === true || (Array.isArray(option.options) && hasFocusedOption(option.options as JsonObject[])),
  );
}

function requireParam(match: RegExpExecArray, index: number): string {
  const value = match[index];
  if (value === undefined) throw new Error(`fakeDiscord: route regex has no group ${index}`);
  return value;
}

/** Timed-out waits list what *did* arrive; that is usually the fastest way to see what went wrong. */
function describeRequests(requests: readonly RecordedRequest[]): string {
  const lines = requests.slice(-15).map((r) => `  ${r.method} ${r.path} -> ${r.status ?? 'pending'}`);
  return lines.length ? `\nLast requests:\n${lines.join('\n')}` : '\nNo requests recorded.';
}

// ───────────────────────────── records you can wait for ─────────────────────────────

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * An append-only list whose items can be awaited. `waitFor` first looks at what is already recorded,
 * so a test never races the thing it is waiting for (use `since`/`at` in the predicate to wait for a *new* one).
 */
class RecordLog<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  push(item: T): void {
    this.items.push(item);
    this.notify(item);
  }

  /** Re-run waiting predicates for an item that changed (a request whose response status is now known). */
  notify(item: T): void {
    for (const waiter of [...this.waiters]) {
      if (!waiter.predicate(item)) continue;
      this.waiters.delete(waiter);
      clearTimeout(waiter.timer);
      waiter.resolve(item);
    }
  }

  waitFor(predicate: (item: T) => boolean, timeoutMs: number, describe: () => string): Promise<T> {
    const existing = this.items.find(predicate);
    if (existing !== undefined) return Promise.resolve(existing);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(`fakeDiscord: timed out after ${timeoutMs} ms waiting for ${describe()}`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  rejectAll(reason: string): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(reason));
    }
    this.waiters.clear();
  }
}

// ───────────────────────────── payload builders ─────────────────────────────

interface BuilderContext {
  applicationId: string;
  botUser: FakeUser;
  user: FakeUser;
  /** First configured guild and its first text channel; null → DM interactions. */
  guild: JsonObject | null;
  channel: JsonObject;
  commandIds: Map<string, string>;
}

function buildUser(partial: Partial<FakeUser> | undefined, defaults: FakeUser): FakeUser {
  return { ...defaults, ...partial };
}

function buildGuild(partial: JsonObject, defaultId: string, botUser: FakeUser): JsonObject {
  const id = typeof partial.id === 'string' ? partial.id : defaultId;
  const channels = Array.isArray(partial.channels) ? (partial.channels as JsonObject[]) : [textChannel()];
  const now = new Date().toISOString();
  return {
    name: 'Readout Test Guild',
    icon: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    premium_tier: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      {
        id,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: '1071698660929',
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    joined_at: now,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [
      {
        user: botUser,
        roles: [],
        joined_at: now,
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        avatar: null,
        pending: false,
        premium_since: null,
        communication_disabled_until: null,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    ...partial,
    id,
    // Channels inside GUILD_CREATE omit guild_id on real Discord, but discord.js is happier with it.
    channels: channels.map((channel) => ({ guild_id: id, ...channel })),
  };
}

function firstTextChannel(guild: JsonObject): JsonObject | undefined {
  const channels = guild.channels as JsonObject[];
  return channels.find((channel) => channel.type === 0) ?? channels[0];
}

function interactionToken(id: string): string {
  // Real tokens are long and URL-safe; ours stay URL-safe so raw paths need no escaping.
  return `fake-interaction-token-${id}-${randomBytes(12).toString('hex')}`;
}

function commandId(ctx: BuilderContext, name: string): string {
  let id = ctx.commandIds.get(name);
  if (id === undefined) {
    id = snowflake();
    ctx.commandIds.set(name, id);
  }
  return id;
}

/**
 * Fields discord.js 14.28 needs on every interaction: without `data.type` (commands) the event is
 * dropped; without `entitlements`, `authorizing_integration_owners` or a user it throws.
 */
function baseInteraction(ctx: BuilderContext, type: number, data: JsonObject): JsonObject {
  const id = snowflake();
  const common: JsonObject = {
    id,
    application_id: ctx.applicationId,
    type,
    token: interactionToken(id),
    version: 1,
    data,
    app_permissions: ALL_PERMISSIONS,
    locale: 'en-US',
    entitlements: [],
    attachment_size_limit: 26_214_400,
  };
  if (ctx.guild === null) {
    return {
      ...common,
      context: 1, // BOT_DM
      authorizing_integration_owners: { '1': ctx.user.id },
      channel_id: ctx.channel.id,
      channel: ctx.channel,
      user: ctx.user,
    };
  }
  const guildId = ctx.guild.id as string;
  return {
    ...common,
    context: 0, // GUILD
    authorizing_integration_owners: { '0': guildId },
    guild_id: guildId,
    guild_locale: 'en-US',
    guild: { id: guildId, locale: 'en-US', features: [] },
    channel_id: ctx.channel.id,
    channel: ctx.channel,
    member: {
      user: ctx.user,
      roles: [],
      permissions: ALL_PERMISSIONS,
      joined_at: new Date(Date.now() - 86_400_000).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
      pending: false,
      premium_since: null,
      communication_disabled_until: null,
      unusual_dm_activity_until: null,
    },
  };
}

function buildMessage(ctx: BuilderContext, partial: JsonObject = {}): JsonObject {
  return {
    id: snowflake(),
    channel_id: ctx.channel.id,
    ...(ctx.guild ? { guild_id: ctx.guild.id } : {}),
    author: ctx.botUser,
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    type: 0,
    ...partial,
  };
}

function buildChatInput(ctx: BuilderContext, name: string, options?: CommandOptionsInput, extra?: PayloadExtra): JsonObject {
  const data = { id: commandId(ctx, name), name, type: 1, options: toApiOptions(options) };
  return applyExtra(baseInteraction(ctx, InteractionType.ApplicationCommand, data), extra);
}

function buildAutocomplete(
  ctx: BuilderContext,
  name: string,
  options: CommandOptionsInput,
  focused?: string,
  extra?: PayloadExtra,
): JsonObject {
  const focusedName = focused ?? (Array.isArray(options) ? undefined : Object.keys(options)[0]);
  const apiOptions = toApiOptions(options, focusedName);
  if (!hasFocusedOption(apiOptions)) throw new Error('fakeDiscord.autocomplete: one option must be focused');
  const data = { id: commandId(ctx, name), name, type: 1, options: apiOptions };
  return applyExtra(baseInteraction(ctx, InteractionType.Autocomplete, data), extra);
}

function buildButton(ctx: BuilderContext, customId: string, extra?: PayloadExtra): JsonObject {
  const message = buildMessage(ctx, {
    content: 'A message with a button',
    components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Button', custom_id: customId }] }],
  });
  const data = { custom_id: customId, component_type: 2 };
  return applyExtra({ ...baseInteraction(ctx, InteractionType.MessageComponent, data), message }, extra);
}

function buildSelectMenu(ctx: BuilderContext, customId: string, values: readonly string[], extra?: PayloadExtra): JsonObject {
  const selectOptions = values.map((value) => ({ label: value, value }));
  const message = buildMessage(ctx, {
    content: 'A message with a select menu',
    components: [
      {
        type: 1,
        components: [{ type: 3, custom_id: customId, options: selectOptions, min_values: 1, max_values: Math.max(1, values.length) }],
      },
    ],
  });
  const data = { custom_id: customId, component_type: 3, values: [...values] };
  return applyExtra({ ...baseInteraction(ctx, InteractionType.MessageComponent, data), message }, extra);
}

function buildMessageContextMenu(ctx: BuilderContext, name: string, partial?: JsonObject, extra?: PayloadExtra): JsonObject {
  const target = buildMessage(ctx, { author: ctx.user, content: 'Target message', ...partial });
  const targetId = target.id as string;
  const data = { id: commandId(ctx, name), name, type: 3, target_id: targetId, resolved: { messages: { [targetId]: target } } };
  return applyExtra(baseInteraction(ctx, InteractionType.ApplicationCommand, data), extra);
}

// ───────────────────────────── REST ─────────────────────────────

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as is (attachments), instead of `body` as JSON. */
  raw?: { bytes: Buffer; contentType: string };
}

interface ActiveFault {
  matches: (request: RecordedRequest) => boolean;
  spec: FaultSpec;
  remaining: number;
  hits: number;
}

/** What the fake remembers about an interaction it dispatched, to validate callbacks and webhooks. */
interface InteractionState {
  payload: JsonObject;
  dispatchedAt: number;
  acknowledged: boolean;
  original: JsonObject | null;
}

function toMatcher(matcher: RequestMatcher): (request: RecordedRequest) => boolean {
  if (typeof matcher === 'function') return matcher;
  if (typeof matcher === 'string') return (r) => `${r.method} ${r.path}`.startsWith(matcher);
  return (r) => matcher.test(`${r.method} ${r.path}`);
}

function discordError(message: string, code: number): JsonObject {
  return { message, code };
}

function defaultFaultBody(status: number): unknown {
  if (status === 429) return { message: 'You are being rate limited.', retry_after: 0.05, global: false };
  if (status >= 500) return { message: `${status}: Internal Server Error`, code: 0 };
  return discordError('Injected fault', 0);
}

/** @discordjs/rest reads the rate limit from headers, not the body, so make them agree. */
function faultHeaders(status: number, body: unknown, given: Record<string, string> | undefined): Record<string, string> {
  const headers: Record<string, string> = { ...given };
  if (status !== 429 || !isPlainObject(body)) return headers;
  const lower = new Set(Object.keys(headers).map((key) => key.toLowerCase()));
  if (!lower.has('retry-after') && typeof body.retry_after === 'number') headers['retry-after'] = String(body.retry_after);
  if (!lower.has('x-ratelimit-scope')) headers['x-ratelimit-scope'] = body.global === true ? 'global' : 'user';
  if (!lower.has('x-ratelimit-global') && body.global === true) headers['x-ratelimit-global'] = 'true';
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file sent in a multipart request (discord.js sends attachments as `files[n]` parts). */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** The files of a multipart request, in order; none for a JSON request. */
export function uploadedFiles(request: RecordedRequest): UploadedFile[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(String(request.headers['content-type'] ?? ''));
  if (!boundary) return [];
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const files: UploadedFile[] = [];
  let at = request.rawBytes.indexOf(marker);
  while (at >= 0) {
    const next = request.rawBytes.indexOf(marker, at + marker.length);
    if (next < 0) break;
    const part = request.rawBytes.subarray(at + marker.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (filename !== undefined) {
      files.push({
        field: /name="([^"]*)"/.exec(head)?.[1] ?? '',
        filename,
        contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '',
        bytes: Buffer.from(part.subarray(split + 4)),
      });
    }
    at = next;
  }
  return files;
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  try {
    if (contentType?.includes('multipart/form-data')) {
      // Attachments are sent as multipart; the message itself is the payload_json part.
      const part = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
      return part?.[1] !== undefined ? JSON.parse(part[1]) : raw;
    }
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** `/api/v10/webhooks/1/t/messages/%40original` → `/webhooks/1/t/messages/@original`. */
function routePath(pathname: string): string {
  const decoded = pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
  return decoded.replace(/^\/api(?:\/v\d+)?(?=\/|$)/, '') || '/';
}

function writeReply(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.headersSent) return;
  if (reply.raw) {
    res.writeHead(reply.status, {
      'content-type': reply.raw.contentType,
      'content-length': String(reply.raw.bytes.length),
      ...reply.headers,
    });
    res.end(reply.raw.bytes);
    return;
  }
  if (reply.body === undefined || reply.status === 204) {
    res.writeHead(reply.status, reply.headers ?? {});
    res.end();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  res.end(JSON.stringify(reply.body));
}

// ───────────────────────────── gateway ─────────────────────────────

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  /** Recent frames, replayed after RESUME like Discord does. */
  buffer: Array<{ seq: number; frame: string }>;
  connection: Connection | null;
  valid: boolean;
}

interface Connection {
  id: number;
  socket: WebSocket;
  session: Session | null;
}

function parseFrame(data: RawData): JsonObject | null {
  try {
    const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
    const parsed: unknown = JSON.parse(text);
    return isPlainObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function asShard(value: unknown): [number, number] {
  if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') return [value[0], value[1]];
  return [0, 1];
}

/** The codes `ws` lets a peer put in a close frame; 1006 (abnormal closure) must be simulated by dropping TCP. */
function isSendableCloseCode(code: number): boolean {
  return (code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) || (code >= 3000 && code <= 4999);
}

// ───────────────────────────── the fake ─────────────────────────────

class FakeDiscordServer implements FakeDiscord {
  apiUrl = '';
  readonly publicKey: string;
  private readonly signingKey = generateKeyPairSync('ed25519');
  gatewayUrl = '';
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly user: FakeUser;
  readonly guilds: JsonObject[];

  private readonly requestLog = new RecordLog<RecordedRequest>();
  private readonly gatewayLog = new RecordLog<GatewayMessage>();
  private readonly identifyLog = new RecordLog<IdentifyRecord>();
  private readonly resumeLog = new RecordLog<ResumeRecord>();
  private readonly sessionLog = new RecordLog<Session>();

  private readonly faults: ActiveFault[] = [];
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly webhookMessages = new Map<string, JsonObject>();
  private readonly commands = new Map<string, JsonObject[]>();
  private readonly postedByChannel = new Map<string, JsonObject[]>();
  private readonly attachments = new Map<string, { bytes: Buffer; contentType: string }>();

  private readonly sessions = new Map<string, Session>();
  private readonly sessionByShard = new Map<number, Session>();
  private readonly connections = new Set<Connection>();
  private nextConnectionId = 1;
  private ackHeartbeats = true;
  private closed = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly builderContext: BuilderContext;

  private readonly http: Server;
  private readonly wss: WebSocketServer;

  constructor(private readonly options: FakeDiscordOptions) {
    // The raw key is the last 32 bytes of its SPKI DER form.
    this.publicKey = this.signingKey.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    this.applicationId = options.applicationId ?? snowflake();
    this.botUser = buildUser(options.botUser, {
      id: this.applicationId,
      username: 'readout-test-bot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    });
    this.user = buildUser(options.user, { id: snowflake(), username: 'tester', discriminator: '0', global_name: 'Tester', avatar: null });
    this.guilds = (options.guilds ?? [{}]).map((guild, index) =>
      buildGuild(guild, guildSnowflake(index, options.shards ?? 1), this.botUser),
    );
    const guild = this.guilds[0] ?? null;
    this.builderContext = {
      applicationId: this.applicationId,
      botUser: this.botUser,
      user: this.user,
      guild,
      channel: (guild && firstTextChannel(guild)) ?? { id: snowflake(), type: 1, flags: 0, last_message_id: null, recipients: [this.user] },
      commandIds: new Map(),
    };
    this.http = createServer((req, res) => {
      // A client that aborts mid-body must not become an unhandled rejection that kills the test run.
      this.handleHttp(req, res).catch((error: unknown) => {
        this.log(`REST handler failed: ${String(error)}`);
        writeReply(res, { status: 500, body: discordError('Fake Discord handler error', 0) });
      });
    });
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.wss.on('connection', (socket) => this.handleConnection(socket));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(0, '127.0.0.1', () => resolve());
    });
    if (this.wss.address() === null) await new Promise<void>((resolve) => this.wss.once('listening', () => resolve()));
    this.apiUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
    this.log(`REST at ${this.apiUrl}, gateway at ${this.gatewayUrl}`);
  }

  get requests(): readonly RecordedRequest[] {
    return this.requestLog.items;
  }
  forget(): void {
    this.requestLog.items.length = 0;
    this.gatewayLog.items.length = 0;
    this.interactions.clear();
    this.interactionsByToken.clear();
    for (const session of this.sessions.values()) session.buffer.length = 0;
  }
  get gatewayMessages(): readonly GatewayMessage[] {
    return this.gatewayLog.items;
  }
  get identifies(): readonly IdentifyRecord[] {
    return this.identifyLog.items;
  }
  get resumes(): readonly ResumeRecord[] {
    return this.resumeLog.items;
  }
  openConnections(): number {
    return this.connections.size;
  }

  // ── HTTP interactions endpoint ──
  signatureHeaders(body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
    const signed = Buffer.concat([Buffer.from(String(timestamp)), Buffer.from(body)]);
    return {
      'x-signature-ed25519': sign(null, signed, this.signingKey.privateKey).toString('hex'),
      'x-signature-timestamp': String(timestamp),
    };
  }

  async postInteraction(endpointUrl: string, payload: JsonObject): Promise<HttpInteractionReply> {
    const sentAt = performance.now();
    this.trackInteraction(payload, sentAt);
    const body = JSON.stringify(payload);
    const response = await fetch(endpointUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.signatureHeaders(body) },
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    const state = typeof payload.id === 'string' ? this.interactions.get(payload.id) : undefined;
    if (state && response.status === 200 && isPlainObject(parsed) && typeof parsed.type === 'number') {
      state.acknowledged = true;
      state.original = this.originalAfterCallback(state, parsed.type, isPlainObject(parsed.data) ? parsed.data : {});
    }
    return { status: response.status, contentType: response.headers.get('content-type'), body: parsed, sentAt, at: performance.now() };
  }

  // ── builders ──
  chatInput(name: string, options?: CommandOptionsInput, extra?: PayloadExtra): JsonObject {
    return buildChatInput(this.builderContext, name, options, extra);
  }
  autocomplete(name: string, options: CommandOptionsInput, focused?: string, extra?: PayloadExtra): JsonObject {
    return buildAutocomplete(this.builderContext, name, options, focused, extra);
  }
  button(customId: string, extra?: PayloadExtra): JsonObject {
    return buildButton(this.builderContext, customId, extra);
  }
  selectMenu(customId: string, values: readonly string[], extra?: PayloadExtra): JsonObject {
    return buildSelectMenu(this.builderContext, customId, values, extra);
  }
  messageContextMenu(name: string, message?: JsonObject, extra?: PayloadExtra): JsonObject {
    return buildMessageContextMenu(this.builderContext, name, message, extra);
  }
  message(partial?: JsonObject): JsonObject {
    return buildMessage(this.builderContext, partial);
  }

  // ── channels, posted messages, attachments ──
  channelMessages(channelId: string): readonly JsonObject[] {
    return this.postedByChannel.get(channelId) ?? [];
  }

  private guildOfChannel(channelId: string): { guild: JsonObject; channel: JsonObject } | null {
    for (const guild of this.guilds) {
      const channel = (guild.channels as JsonObject[]).find((c) => c.id === channelId);
      if (channel) return { guild, channel };
    }
    return null;
  }

  async deleteChannel(channelId: string): Promise<void> {
    const found = this.guildOfChannel(channelId);
    if (!found) throw new Error(`fakeDiscord.deleteChannel: no channel ${channelId}`);
    found.guild.channels = (found.guild.channels as JsonObject[]).filter((c) => c.id !== channelId);
    await this.dispatch('CHANNEL_DELETE', { ...found.channel, guild_id: found.guild.id });
  }

  attachment(filename: string, content: string | Uint8Array, contentType = 'text/html; charset=utf-8'): JsonObject {
    const id = snowflake();
    const bytes = Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    this.attachments.set(id, { bytes, contentType });
    const url = `${this.apiUrl.replace(/\/api$/, '')}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
  }

  /** The bot's permissions in a channel: base from @everyone and its roles, then overwrites, as Discord computes them. */
  private botPermissions(guild: JsonObject, channel: JsonObject): bigint {
    const roles = guild.roles as JsonObject[];
    const member = (guild.members as JsonObject[]).find((m) => (m.user as FakeUser | undefined)?.id === this.botUser.id);
    const memberRoles = (member?.roles as string[] | undefined) ?? [];
    let base = 0n;
    for (const role of roles)
      if (role.id === guild.id || memberRoles.includes(role.id as string)) base |= BigInt(role.permissions as string);
    if (base & PERMISSION.Administrator) return ~0n;
    const overwrites = (channel.permission_overwrites as JsonObject[] | undefined) ?? [];
    const apply = (o: JsonObject | undefined) => {
      if (o) base = (base & ~BigInt(o.deny as string)) | BigInt(o.allow as string);
    };
    apply(overwrites.find((o) => o.id === guild.id));
    let allow = 0n;
    let deny = 0n;
    for (const o of overwrites)
      if (o.type === 0 && memberRoles.includes(o.id as string)) {
        allow |= BigInt(o.allow as string);
        deny |= BigInt(o.deny as string);
      }
    base = (base & ~deny) | allow;
    apply(overwrites.find((o) => o.type === 1 && o.id === this.botUser.id));
    return base;
  }

  /** POST /channels/:id/messages: checks the bot may post, honours `nonce` + `enforce_nonce` like Discord. */
  private createChannelMessage(request: RecordedRequest, channelId: string): Reply {
    const found = this.guildOfChannel(channelId);
    if (!found) return { status: 404, body: discordError('Unknown Channel', 10003) };
    const granted = this.botPermissions(found.guild, found.channel);
    if (!(granted & PERMISSION.ViewChannel)) return { status: 403, body: discordError('Missing Access', 50001) };
    if (!(granted & PERMISSION.SendMessages)) return { status: 403, body: discordError('Missing Permissions', 50013) };
    const data = isPlainObject(request.body) ? request.body : {};
    const posted = this.postedByChannel.get(channelId) ?? [];
    if (data.enforce_nonce === true && data.nonce !== undefined) {
      const earlier = posted.find((m) => m.nonce === data.nonce);
      if (earlier) return { status: 200, body: earlier };
    }
    const message = buildMessage(this.builderContext, {
      channel_id: channelId,
      guild_id: found.guild.id,
      author: this.botUser,
      ...(data.nonce !== undefined ? { nonce: data.nonce } : {}),
    });
    const created = this.applyMessageEdit(message, data);
    posted.push(created);
    this.postedByChannel.set(channelId, posted);
    return { status: 200, body: created };
  }

  // ── waiting ──
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    return this.requestLog.waitFor(predicate, timeoutMs, () => `a matching REST request.${describeRequests(this.requests)}`);
  }

  waitForCallback(interactionId: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    const prefix = `/interactions/${interactionId}/`;
    return this.requestLog.waitFor(
      (r) => r.method === 'POST' && r.path.startsWith(prefix) && r.path.endsWith('/callback'),
      timeoutMs,
      () => `the callback of interaction ${interactionId}.${describeRequests(this.requests)}`,
    );
  }

  waitForIdentify({ timeoutMs = DEFAULT_TIMEOUT_MS, since = -Infinity }: WaitOptions = {}): Promise<IdentifyRecord> {
    return this.identifyLog.waitFor(
      (r) => r.at > since,
      timeoutMs,
      () => `IDENTIFY (got ${this.identifies.length} in total)`,
    );
  }

  waitForResume({ timeoutMs = DEFAULT_TIMEOUT_MS, since = -Infinity }: WaitOptions = {}): Promise<ResumeRecord> {
    return this.resumeLog.waitFor(
      (r) => r.at > since,
      timeoutMs,
      () => `RESUME (got ${this.resumes.length} in total)`,
    );
  }

  waitForGatewayMessage(predicate: (message: GatewayMessage) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<GatewayMessage> {
    return this.gatewayLog.waitFor(
      predicate,
      timeoutMs,
      () => `a matching gateway message (ops so far: ${this.gatewayMessages.map((m) => m.op).join(',')})`,
    );
  }

  // ── faults ──
  failNext(matcher: RequestMatcher, spec: FaultSpec): FaultHandle {
    const fault: ActiveFault = { matches: toMatcher(matcher), spec, remaining: spec.times ?? 1, hits: 0 };
    this.faults.push(fault);
    return {
      get hits() {
        return fault.hits;
      },
      cancel: () => {
        fault.remaining = 0;
      },
    };
  }

  private takeFault(request: RecordedRequest): FaultSpec | null {
    const fault = this.faults.find((f) => f.remaining > 0 && f.matches(request));
    if (!fault) return null;
    fault.remaining -= 1;
    fault.hits += 1;
    return fault.spec;
  }

  // ── REST ──
  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const rawBytes = await readBody(req);
    const rawBody = rawBytes.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: routePath(url.pathname),
      url: req.url ?? '/',
      query: Object.fromEntries(url.searchParams),
      body: parseBody(rawBody, req.headers['content-type']),
      rawBody,
      rawBytes,
      headers: req.headers,
      at,
      status: null,
    };
    this.log(`REST ${request.method} ${request.path}`);
    this.requestLog.push(request);

    const fault = this.takeFault(request);
    if (fault?.delayMs) await this.sleep(fault.delayMs);
    if (fault?.hang || this.closed) return; // close() destroys the socket
    const reply = fault?.status !== undefined ? this.faultReply(fault) : this.route(request);
    writeReply(res, reply);
    request.status = reply.status;
    this.requestLog.notify(request); // lets tests wait for e.g. `r.status === 204`
  }

  private faultReply(fault: FaultSpec): Reply {
    const status = fault.status ?? 500;
    const body = fault.body ?? defaultFaultBody(status);
    return { status, body, headers: faultHeaders(status, body, fault.headers) };
  }

  /** Dispatches a request to its handler. Each route is a regex over `"METHOD /path"`. */
  private route(request: RecordedRequest): Reply {
    const target = `${request.method} ${request.path}`;
    const routes: Array<[RegExp, (match: RegExpExecArray) => Reply]> = [
      [/^GET \/gateway\/bot$/, () => this.authorized(request, () => this.gatewayBot())],
      [/^GET \/gateway$/, () => ({ status: 200, body: { url: this.gatewayUrl } })],
      [/^GET \/users\/@me$/, () => this.authorized(request, () => ({ status: 200, body: this.botUser }))],
      [/^GET \/(?:oauth2\/)?applications\/@me$/, () => this.authorized(request, () => ({ status: 200, body: this.application() }))],
      [
        /^(GET|PUT) \/applications\/(\d+)(\/guilds\/\d+)?\/commands$/,
        (m) => this.authorized(request, () => this.commandsRoute(request, `${requireParam(m, 2)}${m[3] ?? ''}`)),
      ],
      [/^GET \/guilds\/(\d+)$/, (m) => this.authorized(request, () => this.guildRoute(requireParam(m, 1), 'guild'))],
      [/^GET \/guilds\/(\d+)\/channels$/, (m) => this.authorized(request, () => this.guildRoute(requireParam(m, 1), 'channels'))],
      [
        /^GET \/guilds\/(\d+)\/members\/(\d+)$/,
        (m) => this.authorized(request, () => this.guildRoute(requireParam(m, 1), 'member', requireParam(m, 2))),
      ],
      [/^POST \/interactions\/(\d+)\/([^/]+)\/callback$/, (m) => this.interactionCallback(request, requireParam(m, 1), requireParam(m, 2))],
      [
        /^(GET|PATCH|DELETE) \/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/,
        (m) => this.webhookMessage(request, requireParam(m, 3), requireParam(m, 4)),
      ],
      [/^POST \/webhooks\/(\d+)\/([^/]+)$/, (m) => this.followUp(request, requireParam(m, 2))],
      [/^POST \/channels\/(\d+)\/messages$/, (m) => this.authorized(request, () => this.createChannelMessage(request, requireParam(m, 1)))],
      [
        /^GET \/attachments\/(\d+)\/[^/]+$/,
        (m) => {
          const file = this.attachments.get(requireParam(m, 1));
          return file ? { status: 200, raw: file } : { status: 404, body: discordError('Not Found', 0) };
        },
      ],
    ];
    for (const [pattern, handle] of routes) {
      const match = pattern.exec(target);
      if (match) return handle(match);
    }
    return { status: 404, body: discordError('Unknown', 0) };
  }

  /** A server as the REST API gives it to a bot without the gateway: the guild (roles), its channels, a member. */
  private guildRoute(guildId: string, what: 'guild' | 'channels' | 'member', userId?: string): Reply {
    const guild = this.guilds.find((g) => g.id === guildId);
    if (!guild) return { status: 404, body: discordError('Unknown Guild', 10004) };
    if (what === 'channels') return { status: 200, body: (guild.channels as JsonObject[]).map((c) => ({ ...c, guild_id: guildId })) };
    if (what === 'member') {
      const member = (guild.members as JsonObject[]).find((m) => (m.user as FakeUser | undefined)?.id === userId);
      return member ? { status: 200, body: member } : { status: 404, body: discordError('Unknown Member', 10007) };
    }
    const { channels: _channels, members: _members, presences: _presences, voice_states: _voice, threads: _threads, ...rest } = guild;
    return { status: 200, body: rest };
  }

  private authorized(request: RecordedRequest, handle: () => Reply): Reply {
    const expected = this.options.token;
    if (expected !== undefined && request.headers.authorization !== `Bot ${expected}`) {
      return { status: 401, body: discordError('401: Unauthorized', 0) };
    }
    return handle();
  }

  private gatewayBot(): Reply {
    return {
      status: 200,
      body: {
        url: this.gatewayUrl,
        shards: this.options.shards ?? 1,
        // max_concurrency 16: @discordjs/ws waits ~5 s between identifies in the same bucket otherwise.
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 16 },
      },
    };
  }

  private application(): JsonObject {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      flags: 0,
      bot: this.botUser,
      verify_key: '0'.repeat(64),
      team: null,
      owner: this.user,
    };
  }

  /** Command registration: PUT stores (adding ids), GET returns what was stored. */
  private commandsRoute(request: RecordedRequest, key: string): Reply {
    if (request.method === 'PUT') {
      const list = Array.isArray(request.body) ? (request.body as JsonObject[]) : [];
      const stored = list.map((command) => ({
        id: snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        type: 1,
        ...command,
      }));
      this.commands.set(key, stored);
      return { status: 200, body: stored };
    }
    return { status: 200, body: this.commands.get(key) ?? [] };
  }

  private interactionCallback(request: RecordedRequest, interactionId: string, token: string): Reply {
    const state = this.interactions.get(interactionId);
    const unknown = { status: 404, body: discordError('Unknown interaction', 10062) };
    if (!state) return unknown;
    if (state.payload.token !== token) return { status: 401, body: discordError('Invalid Webhook Token', 50027) };
    const deadline = this.options.callbackDeadlineMs;
    if (deadline !== undefined && request.at - state.dispatchedAt > deadline) return unknown;
    if (state.acknowledged) return { status: 400, body: discordError('Interaction has already been acknowledged.', 40060) };

    state.acknowledged = true;
    const body = isPlainObject(request.body) ? request.body : {};
    const callbackType = typeof body.type === 'number' ? body.type : 0;
    const data = isPlainObject(body.data) ? body.data : {};
    state.original = this.originalAfterCallback(state, callbackType, data);

    if (request.query.with_response !== 'true') return { status: 204 };
    return { status: 200, body: this.callbackResponse(state, callbackType) };
  }

  /** The message that `@original` refers to after a callback of this type (null for autocomplete/modal). */
  private originalAfterCallback(state: InteractionState, callbackType: number, data: JsonObject): JsonObject | null {
    const componentMessage = isPlainObject(state.payload.message) ? state.payload.message : null;
    switch (callbackType) {
      case CallbackType.ChannelMessageWithSource:
        return this.responseMessage(state, data);
      case CallbackType.DeferredChannelMessageWithSource:
        return this.responseMessage(state, { content: '', flags: ((data.flags as number | undefined) ?? 0) | MessageFlagLoading });
      case CallbackType.DeferredUpdateMessage:
        return componentMessage;
      case CallbackType.UpdateMessage:
        return componentMessage
          ? this.applyMessageEdit({ ...componentMessage, edited_timestamp: new Date().toISOString() }, data)
          : this.responseMessage(state, data);
      default:
        return null;
    }
  }

  private callbackResponse(state: InteractionState, callbackType: number): JsonObject {
    const message = state.original;
    const flags = typeof message?.flags === 'number' ? message.flags : 0;
    return {
      interaction: {
        id: state.payload.id,
        type: state.payload.type,
        response_message_id: message?.id ?? null,
        response_message_loading: callbackType === CallbackType.DeferredChannelMessageWithSource,
        response_message_ephemeral: (flags & 64) === 64,
      },
      resource: message ? { type: callbackType, message } : { type: callbackType },
    };
  }

  /** A plausible message as Discord returns for interaction responses and follow-ups. */
  private responseMessage(state: InteractionState, data: JsonObject): JsonObject {
    const { payload } = state;
    const commandData = isPlainObject(payload.data) ? payload.data : {};
    const invoker = isPlainObject(payload.member) ? payload.member.user : payload.user;
    const messageType = payload.type === InteractionType.ApplicationCommand ? (commandData.type === 1 ? 20 : 23) : 19;
    const message = buildMessage(this.builderContext, {
      channel_id: payload.channel_id ?? this.builderContext.channel.id,
      type: messageType,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: payload.id,
        type: payload.type,
        user: invoker,
        authorizing_integration_owners: payload.authorizing_integration_owners,
      },
    });
    return this.applyMessageEdit(message, data);
  }

  private applyMessageEdit(message: JsonObject, data: JsonObject): JsonObject {
    const editable = ['content', 'embeds', 'components', 'attachments', 'flags', 'poll', 'tts'];
    const edited: JsonObject = { ...message };
    for (const key of editable) if (key in data && data[key] !== undefined) edited[key] = data[key];
    return edited;
  }

  private webhookMessage(request: RecordedRequest, token: string, messageId: string): Reply {
    const state = this.interactionsByToken.get(token);
    if (!state) return { status: 404, body: discordError('Unknown Webhook', 10015) };
    const isOriginal = messageId === '@original';
    const current = isOriginal ? state.original : (this.webhookMessages.get(messageId) ?? null);
    if (!current) return { status: 404, body: discordError('Unknown Message', 10008) };

    if (request.method === 'GET') return { status: 200, body: current };
    if (request.method === 'DELETE') {
      if (isOriginal) state.original = null;
      else this.webhookMessages.delete(messageId);
      return { status: 204 };
    }
    const data = isPlainObject(request.body) ? request.body : {};
    // An edit finishes a deferred ("thinking…") response, so the loading flag goes away.
    const flags = ((current.flags as number | undefined) ?? 0) & ~MessageFlagLoading;
    const edited = this.applyMessageEdit({ ...current, flags, edited_timestamp: new Date().toISOString() }, data);
    if (isOriginal) state.original = edited;
    else this.webhookMessages.set(messageId, edited);
    return { status: 200, body: edited };
  }

  private followUp(request: RecordedRequest, token: string): Reply {
    const state = this.interactionsByToken.get(token);
    if (!state || !state.acknowledged) return { status: 404, body: discordError('Unknown Webhook', 10015) };
    const data = isPlainObject(request.body) ? request.body : {};
    const message: JsonObject = { ...this.responseMessage(state, data), type: 0 };
    this.webhookMessages.set(message.id as string, message);
    return request.query.wait === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  // ── gateway ──
  private handleConnection(socket: WebSocket): void {
    const connection: Connection = { id: this.nextConnectionId++, socket, session: null };
    this.connections.add(connection);
    this.log(`gateway connection #${connection.id} opened`);
    socket.on('message', (data) => this.handleFrame(connection, data));
    socket.on('close', (code) => this.handleSocketClose(connection, code));
    socket.on('error', (error) => this.log(`gateway connection #${connection.id} error: ${error.message}`));
    this.send(connection, { op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41_250 }, s: null, t: null });
  }

  private handleSocketClose(connection: Connection, code: number): void {
    this.connections.delete(connection);
    if (connection.session?.connection === connection) connection.session.connection = null;
    this.log(`gateway connection #${connection.id} closed (${code})`);
  }

  private handleFrame(connection: Connection, data: RawData): void {
    const frame = parseFrame(data);
    if (!frame || typeof frame.op !== 'number') return;
    this.gatewayLog.push({
      op: frame.op,
      d: frame.d,
      connectionId: connection.id,
      shard: connection.session?.shard ?? null,
      at: performance.now(),
    });
    const d = isPlainObject(frame.d) ? frame.d : {};
    switch (frame.op) {
      case Op.Heartbeat:
        if (this.ackHeartbeats) this.send(connection, { op: Op.HeartbeatAck, d: null, s: null, t: null });
        break;
      case Op.Identify:
        this.handleIdentify(connection, d);
        break;
      case Op.Resume:
        this.handleResume(connection, d);
        break;
      default:
        break; // presence updates, member requests…: accepted and ignored
    }
  }

  private handleIdentify(connection: Connection, d: JsonObject): void {
    const token = String(d.token ?? '');
    if (this.options.token !== undefined && token !== this.options.token) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    const shard = asShard(d.shard);
    const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0, buffer: [], connection, valid: true };
    const previous = this.sessionByShard.get(shard[0]);
    if (previous) previous.valid = false;
    this.sessions.set(session.id, session);
    this.sessionByShard.set(shard[0], session);
    connection.session = session;

    this.identifyLog.push({
      token,
      intents: Number(d.intents),
      shard,
      properties: d.properties,
      sessionId: session.id,
      connectionId: connection.id,
      at: performance.now(),
    });
    const shardGuilds = this.guilds.filter((guild) => shardForGuild(guild.id as string, shard[1]) === shard[0]);
    this.sendDispatch(session, 'READY', {
      v: API_VERSION,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
      guilds: shardGuilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      application: { id: this.applicationId, flags: 0 },
      shard,
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      user_settings: {},
      geo_ordered_rtc_regions: [],
      _trace: ['fake-discord'],
    });
    // discord.js only emits clientReady after every guild in READY has arrived.
    for (const guild of shardGuilds) this.sendDispatch(session, 'GUILD_CREATE', guild);
    this.sessionLog.push(session);
  }

  private handleResume(connection: Connection, d: JsonObject): void {
    const token = String(d.token ?? '');
    const sessionId = String(d.session_id ?? '');
    const seq = Number(d.seq ?? 0);
    const session = this.sessions.get(sessionId);
    const tokenOk = this.options.token === undefined || token === this.options.token;
    const accepted = session !== undefined && session.valid && tokenOk;
    this.resumeLog.push({ token, sessionId, seq, accepted, connectionId: connection.id, at: performance.now() });
    if (!accepted || !session) {
      this.send(connection, { op: Op.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const stale = session.connection;
    if (stale && stale !== connection) stale.socket.terminate();
    session.connection = connection;
    connection.session = session;
    // Like Discord: replay what the client missed, then RESUMED.
    for (const entry of session.buffer) if (entry.seq > seq) connection.socket.send(entry.frame);
    this.sendDispatch(session, 'RESUMED', {});
  }

  /** Assigns the next sequence number, keeps the frame for replay and sends it if the shard is connected. */
  private sendDispatch(session: Session, event: string, data: JsonObject): { seq: number; delivered: boolean } {
    session.seq += 1;
    const frame = JSON.stringify({ op: Op.Dispatch, t: event, s: session.seq, d: data });
    session.buffer.push({ seq: session.seq, frame });
    if (session.buffer.length > REPLAY_BUFFER_SIZE) session.buffer.shift();
    const socket = session.connection?.socket;
    const delivered = socket !== undefined && socket.readyState === WebSocket.OPEN;
    if (delivered) socket.send(frame);
    return { seq: session.seq, delivered };
  }

  private send(connection: Connection, payload: JsonObject): void {
    if (connection.socket.readyState === WebSocket.OPEN) connection.socket.send(JSON.stringify(payload));
  }

  private targetShard(data: JsonObject, shard: number | undefined): number {
    if (shard !== undefined) return shard;
    if (typeof data.guild_id !== 'string') return 0;
    const anySession = this.sessionByShard.values().next().value;
    const shardCount = anySession?.shard[1] ?? this.options.shards ?? 1;
    return shardForGuild(data.guild_id, shardCount);
  }

  private async sessionFor(shard: number, timeoutMs: number): Promise<Session> {
    const current = this.sessionByShard.get(shard);
    if (current?.valid) return current;
    return this.sessionLog.waitFor(
      (s) => s.valid && s.shard[0] === shard,
      timeoutMs,
      () => `shard ${shard} to identify`,
    );
  }

  async dispatch(event: string, data: JsonObject, options: { shard?: number; timeoutMs?: number } = {}): Promise<DispatchReceipt> {
    const shard = this.targetShard(data, options.shard);
    const session = await this.sessionFor(shard, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const sentAt = performance.now();
    if (event === 'INTERACTION_CREATE') this.trackInteraction(data, sentAt);
    const { seq, delivered } = this.sendDispatch(session, event, data);
    this.log(`dispatched ${event} #${seq} to shard ${shard}${delivered ? '' : ' (buffered until RESUME)'}`);
    return {
      id: typeof data.id === 'string' ? data.id : undefined,
      token: typeof data.token === 'string' ? data.token : undefined,
      shard,
      seq,
      sentAt,
      delivered,
    };
  }

  dispatchInteraction(payload: JsonObject, options?: { shard?: number; timeoutMs?: number }): Promise<DispatchReceipt> {
    return this.dispatch('INTERACTION_CREATE', payload, options);
  }

  /** Remembered so callbacks/webhooks can be validated the way Discord does. */
  private trackInteraction(payload: JsonObject, dispatchedAt: number): void {
    if (typeof payload.id !== 'string' || typeof payload.token !== 'string') return;
    const state: InteractionState = { payload, dispatchedAt, acknowledged: false, original: null };
    this.interactions.set(payload.id, state);
    this.interactionsByToken.set(payload.token, state);
  }

  sendRaw(payload: JsonObject, options: { shard?: number } = {}): void {
    for (const connection of this.connectionsFor(options.shard)) this.send(connection, payload);
  }

  setHeartbeatAck(enabled: boolean): void {
    this.ackHeartbeats = enabled;
  }

  invalidateSessions(): void {
    for (const session of this.sessions.values()) session.valid = false;
    this.sessionByShard.clear();
  }

  private connectionsFor(shard: number | undefined): Connection[] {
    return [...this.connections].filter((c) => shard === undefined || c.session?.shard[0] === shard);
  }

  async closeClients(code = 4000, options: { shard?: number; reason?: string } = {}): Promise<void> {
    const targets = this.connectionsFor(options.shard);
    const closedAll = targets.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.socket.readyState === WebSocket.CLOSED) resolve();
          else c.socket.once('close', () => resolve());
        }),
    );
    for (const { socket } of targets) {
      if (isSendableCloseCode(code)) socket.close(code, options.reason ?? 'Closed by fake Discord');
      else socket.terminate(); // the client sees 1006 (abnormal closure)
    }
    await Promise.all(closedAll);
  }

  // ── lifecycle ──
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const reason = 'fakeDiscord: closed while waiting';
    for (const log of [this.requestLog, this.gatewayLog, this.identifyLog, this.resumeLog, this.sessionLog] as Array<RecordLog<unknown>>)
      log.rejectAll(reason);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const { socket } of this.connections) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections(); // also ends requests we left hanging on purpose
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
    this.log('closed');
  }

  private log(line: string): void {
    this.options.log?.(`[fakeDiscord] ${line}`);
  }
}

/** Starts the fake REST API and gateway on random 127.0.0.1 ports. Always `await fake.close()` afterwards. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const server = new FakeDiscordServer(options);
  await server.listen();
  return server;
}
