/**
 * Discord signs every request it sends to an HTTP interactions endpoint:
 * `X-Signature-Ed25519` is the Ed25519 signature of `X-Signature-Timestamp`
 * followed by the raw body, made with the application's key; the endpoint
 * checks it against the public key the developer portal shows (64 hex
 * characters). Discord sends requests with bad signatures on purpose and
 * removes the endpoint URL of a bot that accepts them.
 *
 * Node's own crypto verifies Ed25519; it takes a public key as DER, so the
 * raw 32-byte key is wrapped in the fixed SPKI prefix of an Ed25519 key
 * (RFC 8410: SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING key }).
 *
 * A signed request is also refused when its timestamp is more than
 * MAX_SKEW_S away from now: a request copied off the wire cannot be replayed
 * later (Discord sends each one at once; a few minutes covers clock drift).
 *
 * @example
 * // RFC 8032's first test key; the signature is of '1700000000{"type":1}'.
 * const key = publicKeyFromHex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
 * const request = {
 *   signature: '1695961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd0216f58ac87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc0614e4dc13cd47f0f',
 *   timestamp: '1700000000',
 *   body: Buffer.from('{"type":1}'),
 * };
 * verifyRequest(key, request, 1700000000_000) // → { ok: true }
 * verifyRequest(key, request, 1700003600_000) // → { ok: false, why: 'stale' }
 * verifyRequest(key, { ...request, body: Buffer.from('{"type":2}') }, 1700000000_000) // → { ok: false, why: 'bad signature' }
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** How far a request's timestamp may be from this machine's clock, either way. */
export const MAX_SKEW_S = 5 * 60;

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const PUBLIC_KEY_PATTERN = /^[0-9a-fA-F]{64}$/;

/** The application's public key (64 hex characters, as the developer portal shows it) as a key Node can verify with. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!PUBLIC_KEY_PATTERN.test(hex)) throw new Error('signature: a public key is 64 hex characters');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

export type Verdict = { ok: true } | { ok: false; why: 'missing' | 'malformed' | 'stale' | 'bad signature' };

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

/** Whether `request` was signed by the holder of `key`, recently. `nowMs` is for tests. */
export function verifyRequest(key: KeyObject, request: SignedRequest, nowMs = Date.now()): Verdict {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp) return { ok: false, why: 'missing' };
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, why: 'malformed' };
  // Checked before the signature: the cheap test first, and a replay is refused whatever it carries.
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SKEW_S) return { ok: false, why: 'stale' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? { ok: true } : { ok: false, why: 'bad signature' };
}
