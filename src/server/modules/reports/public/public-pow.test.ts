import { describe, expect, it } from 'vitest';
import { testConfig } from '../../../../test/test-app';
import { CASE_STATUSES } from '../../../../shared/workflow/case-workflow';
import { checkPow, issueChallenge, leadingZeroBits } from './public-pow';
import { trackingStatusOf } from './public-report.service';
import { solve } from './public.test-helpers';
import { newTrackingCode, normalizeTrackingCode } from './tracking-code';

describe('proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Buffer.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Buffer.from([0x00, 0x10]))).toBe(11);
    expect(leadingZeroBits(Buffer.from([0x00, 0x00]))).toBe(16);
  });

  it('accepts the work on its own challenge until it expires, under another key never', () => {
    const config = testConfig({ TREEM_PUBLIC_POW_BITS: '8' });
    const now = new Date('2026-11-23T03:00:00Z');
    const { challenge, bits } = issueChallenge(config, now);
    expect(bits).toBe(8);
    const nonce = solve(challenge, 8);
    expect(checkPow(config, now, { challenge, nonce })).toBeNull();
    expect(checkPow(config, new Date(now.getTime() + 9 * 60_000), { challenge, nonce })).toBeNull();
    expect(checkPow(config, new Date(now.getTime() + 11 * 60_000), { challenge, nonce })).toBe(
      'publicReport.powExpired',
    );
    const otherKey = {
      ...config,
      encryptionKey: { kind: 'key' as const, base64: Buffer.alloc(32, 1).toString('base64') },
    };
    expect(checkPow(otherKey, now, { challenge, nonce })).toBe('publicReport.powInvalid');
    expect(checkPow(config, now, { challenge: 'v1.x.y', nonce })).toBe('publicReport.powInvalid');
  });
});

describe('tracking codes', () => {
  it('are 10 characters of Crockford base32 and read back however they are typed', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newTrackingCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(normalizeTrackingCode(code)).toBe(code);
    }
    expect(normalizeTrackingCode(' ab1o2-ilxyz ')).toBe('AB102-11XYZ');
    expect(normalizeTrackingCode('AB102 11XYZ')).toBe('AB102-11XYZ');
    expect(normalizeTrackingCode('UUUUU-UUUUU')).toBeNull();
    expect(normalizeTrackingCode('AB102')).toBeNull();
    expect(normalizeTrackingCode("' OR 1=1 --")).toBeNull();
  });

  it('show three states only', () => {
    const shown = Object.fromEntries(CASE_STATUSES.map((s) => [s, trackingStatusOf(s)]));
    expect(shown).toEqual({
      received: 'received',
      verified: 'received',
      initial_assessed: 'in_progress',
      emergency_protected: 'in_progress',
      needs_assessed: 'in_progress',
      plan_drafted: 'in_progress',
      in_progress: 'in_progress',
      reviewed: 'in_progress',
      replanning: 'in_progress',
      closed: 'closed',
    });
  });
});
