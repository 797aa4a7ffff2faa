import crypto from 'node:crypto';

/**
 * Tracking codes of the public channel: 10 random characters of Crockford's base32 alphabet (no I, L, O, U: nothing
 * to confuse when read aloud or copied by hand), about 50 random bits, shown and stored as XXXXX-XXXXX.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newTrackingCode(): string {
  const bytes = crypto.randomBytes(10);
  // 256 is a multiple of 32: the low 5 bits of a random byte are uniform.
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/**
 * A typed code in its stored form, or null: case, spaces and dashes do not matter, and the letters Crockford's
 * alphabet reads as digits (O → 0, I and L → 1) are read that way.
 */
export function normalizeTrackingCode(typed: string): string | null {
  const s = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(s)) return null;
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}
