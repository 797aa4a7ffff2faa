import crypto from 'node:crypto';

/**
 * One-time recovery codes for a lost authenticator: 10 codes of 10 characters (about 50 bits each) from an
 * alphabet without look-alikes, shown as xxxx-xxxx-xx. Stored as HMAC-SHA256 under the field encryption key, so a
 * copy of the table alone cannot be searched offline for the codes.
 */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const CODE_LENGTH = 10;
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let raw = '';
    for (let i = 0; i < CODE_LENGTH; i++) raw += ALPHABET[crypto.randomInt(ALPHABET.length)];
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  });
}

/** Case, spaces and dashes do not matter when a code is typed back. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function hashRecoveryCode(code: string, key: Buffer): string {
  return crypto
    .createHmac('sha256', key)
    .update(`treem.recovery:${normaliseRecoveryCode(code)}`)
    .digest('hex');
}
