import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

/**
 * Encryption of single fields at rest (secrets such as TOTP seeds): AES-256-GCM with a random 96-bit IV, stored as
 * `v1:<iv>:<tag>:<ciphertext>` in base64url. The version prefix lets a later key or algorithm coexist with old
 * rows. An optional context (e.g. "users.totp:<user id>") is bound as associated data, so a value copied into
 * another row does not decrypt.
 */
const VERSION = 'v1';
const IV_BYTES = 12;
const KEY_BYTES = 32;

// Tests only (NODE_ENV=test): a fixed, public key. Never used when a key or a key file is configured.
const TEST_KEY = Buffer.alloc(KEY_BYTES, 0x5a);

export class FieldCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

export function encryptField(plaintext: string, key: Buffer, context = ''): string {
  assertKey(key);
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join(':');
}

export function decryptField(value: string, key: Buffer, context = ''): string {
  assertKey(key);
  const parts = value.split(':');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new FieldCipherError('unknown field cipher format');
  const [, ivText, tagText, ctText] = parts as [string, string, string, string];
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== 16) throw new FieldCipherError('malformed encrypted field');
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(ctText, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    // Wrong key, wrong context or tampered data: GCM cannot tell them apart, and neither should the caller.
    throw new FieldCipherError('encrypted field does not decrypt with this key');
  }
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new FieldCipherError('the field encryption key must be 32 bytes');
}

const fileKeys = new Map<string, Buffer>();

/**
 * The key the configuration names (TREEM_ENCRYPTION_KEY in src/server/config.ts). For a key file, the first call
 * creates it with mode 0600 (demo and development); later calls and other processes read the same key.
 */
export function resolveFieldKey(source: Config['encryptionKey']): Buffer {
  switch (source.kind) {
    case 'key':
      return Buffer.from(source.base64, 'base64');
    case 'test':
      return TEST_KEY;
    case 'file': {
      const cached = fileKeys.get(source.path);
      if (cached) return cached;
      const key = readOrCreateKeyFile(source.path);
      fileKeys.set(source.path, key);
      return key;
    }
  }
}

function readOrCreateKeyFile(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) {
    // Written whole to a temporary file, then linked into place: link fails if the file exists, so two processes
    // starting together agree on one key and neither reads a half-written file.
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, `${crypto.randomBytes(KEY_BYTES).toString('base64')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
    try {
      fs.linkSync(tmp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new FieldCipherError(`${file} does not hold base64 of 32 bytes`);
  return key;
}
