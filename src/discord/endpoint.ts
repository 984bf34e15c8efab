/**
 * The HTTP interactions endpoint (node:http): `POST /interactions` takes
 * Discord's signed requests, `GET /healthz` tells a load balancer whether
 * this replica takes work.
 *
 * Every request to /interactions is checked before anything is parsed: the
 * body is read up to MAX_BODY_BYTES (413 beyond), the Ed25519 signature over
 * timestamp + raw body must verify with DISCORD_PUBLIC_KEY and the timestamp
 * must be recent (src/discord/signature.ts); otherwise 401, as Discord
 * requires (it sends bad signatures on purpose to check). An interaction id
 * already answered within the timestamp window is refused too (a replay of a
 * captured request to the same replica). PING is answered with PONG here;
 * everything else goes to the handlers (src/discord/httpInteractions.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import type { HttpAnswer } from './httpInteractions.ts';
import { MAX_SKEW_S, verifyRequest } from './signature.ts';

/** Discord's interaction payloads are a few KB (a message context menu carries the message): 1 MB is ample. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The fields read before a payload reaches discord.js; the rest is discord.js's to read. */
const InteractionPayload = z.looseObject({
  id: z.string().regex(/^\d{1,20}$/),
  type: z.number().int(),
  token: z.string().min(1).optional(),
  guild_id: z.string().optional(),
  data: z.looseObject({ name: z.string().optional(), type: z.number().optional() }).optional(),
});
type InteractionPayload = z.infer<typeof InteractionPayload>;

const PING = 1;
const PONG = { type: 1 };

export interface Endpoint {
  server: Server;
  /** `http://host:port` as bound (port 0 picks a free one). */
  url: string;
  /** Stop taking work: /healthz answers 503 so the balancer moves on, then the server closes. */
  close(): Promise<void>;
}

export async function startEndpoint(options: {
  port: number;
  host?: string;
  publicKey: KeyObject;
  answer: (payload: InteractionPayload) => Promise<HttpAnswer>;
  logger: Logger;
}): Promise<Endpoint> {
  const { publicKey, answer, logger } = options;
  let draining = false;
  /** Interaction ids answered lately → when they may be forgotten (the timestamp window has passed). */
  const seen = new Map<string, number>();

  const remember = (id: string): boolean => {
    const now = Date.now();
    if ((seen.get(id) ?? 0) > now) return false;
    // Swept as it goes: ids are dropped oldest first once past their window.
    for (const [old, until] of seen) {
      if (until > now) break;
      seen.delete(old);
    }
    seen.set(id, now + 2 * MAX_SKEW_S * 1000);
    return true;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only\n');
      return draining ? send(res, 503, 'text/plain', 'stopping\n') : send(res, 200, 'text/plain', 'ok\n');
    }
    if (path !== '/interactions') return send(res, 404, 'text/plain', 'not found\n');
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only\n');
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) {
      // The rest of the body is never read: this connection cannot carry another request.
      res.setHeader('connection', 'close');
      return send(res, 413, 'text/plain', 'request too large\n');
    }
    const verdict = verifyRequest(publicKey, {
      signature: header(req, 'x-signature-ed25519'),
      timestamp: header(req, 'x-signature-timestamp'),
      body,
    });
    if (!verdict.ok) {
      logger.warn({ why: verdict.why }, 'interaction request refused (401)');
      return send(res, 401, 'text/plain', 'invalid request signature\n');
    }
    let payload: InteractionPayload;
    try {
      payload = InteractionPayload.parse(JSON.parse(body.toString('utf8')));
    } catch {
      return send(res, 400, 'text/plain', 'not an interaction\n');
    }
    if (payload.type === PING) return send(res, 200, 'application/json', JSON.stringify(PONG));
    if (!remember(payload.id)) {
      logger.warn({ interaction: payload.id }, 'interaction request replayed (401)');
      return send(res, 401, 'text/plain', 'interaction already answered\n');
    }
    const answered = await answer(payload);
    send(res, answered.status, answered.contentType, answered.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'interactions endpoint failed');
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error\n');
    });
  });
  // A balancer keeps connections open; idle ones must not keep a stopping replica alive.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host}:${address.port}`,
    async close() {
      draining = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The body, or null once it passes `limit` bytes (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
