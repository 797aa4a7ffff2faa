import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/test-app';
import { publicReport, send } from './public.test-helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ env: { TREEM_PUBLIC_POW_BITS: '4', TREEM_PUBLIC_REPORTS_PER_HOUR: '3' } });
});
afterAll(async () => t.close());

describe('floods', () => {
  it('answers 429 to the (N+1)-th report from one IP in the hour, not to another IP', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 3; i++) {
      const res = await send(t, await publicReport(t), [], { remoteAddress: ip });
      expect(res.statusCode, res.body).toBe(201);
    }
    const flood = await send(t, await publicReport(t), [], { remoteAddress: ip });
    expect(flood.statusCode).toBe(429);
    expect(flood.json()).toMatchObject({ error: { code: 'RATE_LIMITED', messageId: 'error.rateLimited' } });
    expect(flood.headers['retry-after']).toBeDefined();
    // Hostile bodies count too: a flood of junk is still a flood.
    const junk = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      remoteAddress: ip,
      payload: 'x',
    });
    expect(junk.statusCode).toBe(429);
    const other = await send(t, await publicReport(t), [], { remoteAddress: '198.51.100.9' });
    expect(other.statusCode, other.body).toBe(201);
  });

  it('limits challenges and tracking look-ups per IP too', async () => {
    const ip = '203.0.113.8';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/public/reports/challenge',
        remoteAddress: ip,
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 9).every((s) => s === 200)).toBe(true);
    expect(statuses[9]).toBe(429);

    const track = [];
    for (let i = 0; i < 121; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/public/track/ABCDE-FGHJK',
        remoteAddress: ip,
      });
      track.push(res.statusCode);
    }
    expect(track.slice(0, 120).every((s) => s === 404)).toBe(true);
    expect(track[120]).toBe(429);
  });
});
