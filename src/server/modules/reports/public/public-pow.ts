import crypto from 'node:crypto';
import type { Config } from '../../../config';
import { resolveFieldKey } from '../../../lib/field-cipher';
import type { PowChallenge, PowSolution } from '../../../../shared/domain/PublicReport';

/**
 * Proof of work for the public form (issue #4 item 2: protection against floods without any third-party service).
 * A challenge is `v1.<expiry, base36 ms>.<random>.<HMAC>`; the HMAC key is derived from the field encryption key
 * with a fixed label, so every app instance on the same key issues and accepts the same challenges and no state is
 * kept in memory. The browser searches a nonce such that sha256(challenge + ':' + nonce) starts with `bits` zero
 * bits (2^bits hashes on average); the server checks it with one hash. A challenge is spent once (repo).
 */

export const POW_TTL_MS = 10 * 60_000;
const LABEL = 'treem/public-report-pow/v1';
const keys = new Map<string, Buffer>();

function powKey(source: Config['encryptionKey']): Buffer {
  const fieldKey = resolveFieldKey(source);
  const id = fieldKey.toString('base64');
  let key = keys.get(id);
  if (!key) {
    key = crypto.createHmac('sha256', fieldKey).update(LABEL).digest();
    keys.set(id, key);
  }
  return key;
}

const mac = (key: Buffer, body: string) =>
  crypto.createHmac('sha256', key).update(body).digest().subarray(0, 16).toString('base64url');

export function issueChallenge(config: Config, now: Date): PowChallenge {
  const body = `v1.${(now.getTime() + POW_TTL_MS).toString(36)}.${crypto.randomBytes(12).toString('base64url')}`;
  return {
    challenge: `${body}.${mac(powKey(config.encryptionKey), body)}`,
    bits: config.publicReports.powBits,
  };
}

export function leadingZeroBits(hash: Buffer): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export type PowProblem = 'publicReport.powInvalid' | 'publicReport.powExpired';

/** Checks signature, expiry and work (not whether it was spent: that is the database's job). */
export function checkPow(config: Config, now: Date, s: PowSolution): PowProblem | null {
  const parts = s.challenge.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1') return 'publicReport.powInvalid';
  const body = parts.slice(0, 3).join('.');
  const expected = Buffer.from(mac(powKey(config.encryptionKey), body));
  const given = Buffer.from(parts[3] ?? '');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected))
    return 'publicReport.powInvalid';
  const expires = parseInt(parts[1] ?? '', 36);
  if (!Number.isFinite(expires) || now.getTime() > expires) return 'publicReport.powExpired';
  const hash = crypto.createHash('sha256').update(`${s.challenge}:${s.nonce}`).digest();
  return leadingZeroBits(hash) >= config.publicReports.powBits ? null : 'publicReport.powInvalid';
}

/** The key of public_challenges_used: a fixed-length hash of the challenge. */
export function challengeHash(challenge: string): string {
  return crypto.createHash('sha256').update(challenge).digest('hex');
}
