import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndexKey, groupCodeOfKey, groupKey, groupKeyMaps } from './blind-index';
import { CIRCUMSTANCE_GROUP_CODES } from '../../shared/reference/circumstance-groups';

describe('blind index of group codes', () => {
  const keyA = crypto.randomBytes(32);
  const keyB = crypto.randomBytes(32);

  it('is HMAC-SHA256 with a key derived by HKDF (info treem/blind-index/v1), in hex', () => {
    const derived = Buffer.from(crypto.hkdfSync('sha256', keyA, Buffer.alloc(0), 'treem/blind-index/v1', 32));
    expect(blindIndexKey(keyA).equals(derived)).toBe(true);
    expect(groupKey('l', keyA)).toBe(crypto.createHmac('sha256', derived).update('l').digest('hex'));
    expect(groupKey('đ', keyA)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic per key, different across keys and codes', () => {
    expect(groupKey('a', keyA)).toBe(groupKey('a', keyA));
    expect(groupKey('a', keyA)).not.toBe(groupKey('a', keyB));
    expect(new Set(CIRCUMSTANCE_GROUP_CODES.map((c) => groupKey(c, keyA))).size).toBe(14);
    // Not the field key itself: the HMAC key is derived.
    expect(groupKey('a', keyA)).not.toBe(crypto.createHmac('sha256', keyA).update('a').digest('hex'));
  });

  it('maps keys back to the 14 codes', () => {
    const maps = groupKeyMaps({ kind: 'test' });
    expect(maps.byKey.size).toBe(14);
    for (const code of CIRCUMSTANCE_GROUP_CODES) {
      expect(groupCodeOfKey(groupKey(code, { kind: 'test' }), { kind: 'test' })).toBe(code);
    }
    expect(groupCodeOfKey(groupKey('a', keyB), { kind: 'test' })).toBeUndefined();
  });
});
