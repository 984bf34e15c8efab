/**
 * The interactions endpoint's gate (src/discord/endpoint.ts, signature.ts):
 * only requests signed with the application's key, recently, reach the
 * handlers; PING gets PONG; the balancer's health check.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, MAX_BODY_BYTES, type Endpoint } from '../../src/discord/endpoint.ts';
import { MAX_SKEW_S, publicKeyFromHex, verifyRequest } from '../../src/discord/signature.ts';
import { captureLogs } from '../support/fixtures.ts';
import { createLogger } from '../../src/logger.ts';

const ours = generateKeyPairSync('ed25519');
const theirs = generateKeyPairSync('ed25519');
const hex = (key: typeof ours) => key.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const now = () => Math.floor(Date.now() / 1000);

function signed(body: string, options: { key?: typeof ours; timestamp?: number } = {}): Record<string, string> {
  const timestamp = String(options.timestamp ?? now());
  const signature = sign(null, Buffer.from(timestamp + body), (options.key ?? ours).privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}

let endpoint: Endpoint;
const answered: unknown[] = [];
const { lines, destination } = captureLogs();

beforeAll(async () => {
  endpoint = await startEndpoint({
    port: 0,
    host: '127.0.0.1',
    publicKey: publicKeyFromHex(hex(ours)),
    answer: async (payload) => {
      answered.push(payload);
      return { status: 200, contentType: 'application/json', body: Buffer.from('{"type":4,"data":{"content":"hi"}}') };
    },
    logger: createLogger({ level: 'info', destination }),
  });
});
afterAll(() => endpoint?.close());

async function post(body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(`${endpoint.url}/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

const command = (id: string) => JSON.stringify({ id, type: 2, token: 't', data: { name: 'ask', type: 1 } });

describe('signature check', () => {
  it('GIVEN PING signed with the application key THEN PONG, and no handler runs', async () => {
    const body = JSON.stringify({ id: '1', type: 1 });
    expect(await post(body, signed(body))).toEqual({ status: 200, text: '{"type":1}' });
    expect(answered).toEqual([]);
  });

  it('GIVEN a signed command THEN the handler answers it in the HTTP response', async () => {
    const body = command('1001');
    expect(await post(body, signed(body))).toEqual({ status: 200, text: '{"type":4,"data":{"content":"hi"}}' });
    expect(answered).toEqual([JSON.parse(body)]);
  });

  it('GIVEN another key, a stale or future timestamp, a tampered body, missing or malformed headers THEN 401 and no handler runs', async () => {
    answered.length = 0;
    const body = command('1002');
    const ping = JSON.stringify({ id: '2', type: 1 });
    const cases: [string, Promise<{ status: number }>][] = [
      ['wrong key', post(ping, signed(ping, { key: theirs }))],
      ['stale', post(body, signed(body, { timestamp: now() - MAX_SKEW_S - 60 }))],
      ['from the future', post(body, signed(body, { timestamp: now() + MAX_SKEW_S + 60 }))],
      ['tampered body', post(body.replace('ask', 'asK'), signed(body))],
      ['tampered timestamp', post(body, { ...signed(body), 'x-signature-timestamp': String(now() - 1) })],
      ['no signature', post(body, { 'x-signature-timestamp': String(now()) })],
      ['no timestamp', post(body, { 'x-signature-ed25519': signed(body)['x-signature-ed25519'] as string })],
      ['no headers', post(body, {})],
      ['not hex', post(body, { ...signed(body), 'x-signature-ed25519': 'z'.repeat(128) })],
    ];
    for (const [why, response] of cases) expect([why, (await response).status]).toEqual([why, 401]);
    expect(answered).toEqual([]);
    expect(lines.filter((l) => l.includes('refused (401)'))).toHaveLength(cases.length);
  });

  it('GIVEN the same signed interaction twice (a replay) THEN the second is refused', async () => {
    const body = command('1003');
    const headers = signed(body);
    expect((await post(body, headers)).status).toBe(200);
    expect((await post(body, headers)).status).toBe(401);
  });

  it('GIVEN a signed body that is not an interaction THEN 400', async () => {
    for (const body of ['not json', '{"type":2}', '[]']) expect((await post(body, signed(body))).status).toBe(400);
  });

  it('GIVEN a body over the limit THEN 413 before any check', async () => {
    const body = JSON.stringify({ id: '3', type: 1, pad: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await post(body, signed(body))).status).toBe(413);
  });

  it('GIVEN verifyRequest THEN it names why it refused', () => {
    const key = publicKeyFromHex(hex(ours));
    const body = Buffer.from('{}');
    const at = 1_800_000_000;
    const headers = signed('{}', { timestamp: at });
    const request = { signature: headers['x-signature-ed25519'], timestamp: headers['x-signature-timestamp'], body };
    expect(verifyRequest(key, request, at * 1000)).toEqual({ ok: true });
    expect(verifyRequest(key, request, (at + MAX_SKEW_S + 1) * 1000)).toEqual({ ok: false, why: 'stale' });
    expect(verifyRequest(key, { ...request, body: Buffer.from('{ }') }, at * 1000)).toEqual({ ok: false, why: 'bad signature' });
    expect(verifyRequest(key, { ...request, signature: undefined }, at * 1000)).toEqual({ ok: false, why: 'missing' });
    expect(() => publicKeyFromHex('abc')).toThrow('signature: a public key is 64 hex characters');
  });
});

describe('routes', () => {
  it('GIVEN GET /healthz THEN 200 ok; other paths 404; other methods 405', async () => {
    const health = await fetch(`${endpoint.url}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok\n']);
    expect((await fetch(`${endpoint.url}/`)).status).toBe(404);
    expect((await fetch(`${endpoint.url}/interactions`)).status).toBe(405);
    expect((await fetch(`${endpoint.url}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});
