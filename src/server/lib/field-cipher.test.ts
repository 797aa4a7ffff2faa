import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { decryptField, encryptField, FieldCipherError, resolveFieldKey } from './field-cipher';

const key = crypto.randomBytes(32);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-cipher-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('field cipher', () => {
  it('round-trips, in the versioned format, with a fresh IV each time', () => {
    const a = encryptField('JBSWY3DPEHPK3PXP', key, 'ctx');
    const b = encryptField('JBSWY3DPEHPK3PXP', key, 'ctx');
    expect(a).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptField(a, key, 'ctx')).toBe('JBSWY3DPEHPK3PXP');
    expect(decryptField(encryptField('Trẻ em', key), key)).toBe('Trẻ em');
  });

  it('refuses a wrong key, a wrong context, tampering and unknown formats', () => {
    const value = encryptField('secret', key, 'users.totp:1');
    expect(() => decryptField(value, crypto.randomBytes(32), 'users.totp:1')).toThrow(FieldCipherError);
    expect(() => decryptField(value, key, 'users.totp:2')).toThrow(FieldCipherError);
    const parts = value.split(':');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    const tampered = [parts[0], parts[1], parts[2], ct.toString('base64url')].join(':');
    expect(() => decryptField(tampered, key, 'users.totp:1')).toThrow(FieldCipherError);
    expect(() => decryptField('v2:a:b:c', key)).toThrow(FieldCipherError);
    expect(() => decryptField('plain text', key)).toThrow(FieldCipherError);
    expect(() => encryptField('x', crypto.randomBytes(16))).toThrow(FieldCipherError);
  });
});

describe('encryption key configuration (TREEM_ENCRYPTION_KEY)', () => {
  const base = { TREEM_LOG_LEVEL: 'silent' };

  it('is required in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/TREEM_ENCRYPTION_KEY/);
    const k = crypto.randomBytes(32).toString('base64');
    const cfg = loadConfig({ ...base, NODE_ENV: 'production', TREEM_ENCRYPTION_KEY: k });
    expect(resolveFieldKey(cfg.encryptionKey).equals(Buffer.from(k, 'base64'))).toBe(true);
  });

  it('must be base64 of 32 bytes', () => {
    const short = crypto.randomBytes(16).toString('base64');
    expect(() => loadConfig({ ...base, TREEM_ENCRYPTION_KEY: short })).toThrow(/32 bytes/);
  });

  it('uses a fixed key in tests and a key file beside the data folder in demo', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).encryptionKey).toEqual({ kind: 'test' });
    const dataDir = path.join(tmp, 'data', 'db');
    const cfg = loadConfig({ ...base, NODE_ENV: 'development', TREEM_DATA_DIR: dataDir });
    expect(cfg.encryptionKey).toEqual({ kind: 'file', path: path.join(tmp, 'data', 'treem-secret.key') });
    const first = resolveFieldKey(cfg.encryptionKey);
    expect(first).toHaveLength(32);
    const file = path.join(tmp, 'data', 'treem-secret.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Another process (no cache) reads the same key.
    const copy = path.join(tmp, 'copy.key');
    fs.copyFileSync(file, copy);
    expect(resolveFieldKey({ kind: 'file', path: copy }).equals(first)).toBe(true);
  });
});
