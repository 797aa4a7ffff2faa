import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';

/**
 * "Never 500 on user input": every API route, called by an anonymous client and by a national administrator with
 * malformed JSON, wrong types, script injection, absurd ids and oversize bodies, answers with a 4xx (or a 2xx where
 * the input happens to be acceptable) and the one error format — never a 5xx, a stack trace or SQL.
 */
let t: TestContext;
let admin: TestClient;
let lowRate: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('adminNational');
});
afterAll(async () => {
  await t?.close();
  await lowRate?.close();
});

const HOSTILE_PARAMS = [
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  'a'.repeat(190),
  "1'%20OR%20'1'%3D'1",
  '-1',
  '%3Cscript%3E',
];
const HOSTILE_BODIES: Array<{ payload: string; contentType: string }> = [
  { payload: '{"unterminated', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  {
    payload: JSON.stringify({
      name: '<script>alert(1)</script>',
      transactionId: 'not-a-uuid',
      code: { $ne: 1 },
    }),
    contentType: 'application/json',
  },
  { payload: 'username=a&password=b', contentType: 'application/x-www-form-urlencoded' },
  { payload: '<xml/>', contentType: 'text/xml' },
];

function apiRoutes(): { method: string; url: string }[] {
  const seen = new Set<string>();
  return t.app.registeredRoutes
    .filter(
      (r) =>
        r.url.startsWith('/api/') &&
        !r.url.startsWith('/api/docs') &&
        r.method !== 'HEAD' &&
        r.method !== 'OPTIONS',
    )
    .filter((r) => {
      const key = `${r.method} ${r.url}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function expectClientError(res: { statusCode: number; body: string }, label: string): void {
  expect(res.statusCode, `${label} → ${res.statusCode} ${res.body.slice(0, 200)}`).toBeLessThan(500);
  expect(res.body, label).not.toMatch(/\bat \S+\.(ts|js):\d+|SELECT |INSERT INTO|syntax error at/i);
}

describe('hostile input on every API route', () => {
  it('covers a meaningful number of routes', () => {
    expect(apiRoutes().length).toBeGreaterThan(10);
  });

  it('answers garbage path parameters with 4xx', async () => {
    for (const route of apiRoutes().filter((r) => r.url.includes(':'))) {
      for (const bad of HOSTILE_PARAMS) {
        const url = route.url.replace(/:[a-zA-Z]+/g, bad);
        for (const client of [t.anonymous(), admin]) {
          const res = await client.request({ method: route.method, url });
          expectClientError(res, `${route.method} ${url}`);
        }
      }
    }
  });

  it('answers malformed and hostile bodies with 4xx', async () => {
    for (const route of apiRoutes().filter((r) => r.method !== 'GET' && r.method !== 'DELETE')) {
      const url = route.url.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      for (const body of HOSTILE_BODIES) {
        for (const client of [t.anonymous(), admin]) {
          const res = await client.request({
            method: route.method,
            url,
            payload: body.payload,
            headers: { 'content-type': body.contentType },
          });
          expectClientError(res, `${route.method} ${url} ${body.payload.slice(0, 20)}`);
          if (res.statusCode >= 400) expect(res.json()).toHaveProperty('error.code');
        }
      }
    }
  });

  it('answers hostile query strings with 4xx', async () => {
    for (const route of apiRoutes().filter((r) => r.method === 'GET' && !r.url.includes(':'))) {
      for (const qs of [
        'limit=-5',
        'limit=abc&offset=1e309',
        'q=' + 'x'.repeat(5000),
        'q[]=1&q[]=2',
        'from=yesterday',
        'era=1999',
      ]) {
        const res = await admin.get(`${route.url}?${qs}`);
        expectClientError(res, `GET ${route.url}?${qs.slice(0, 30)}`);
      }
    }
  });

  it('refuses a body over the size limit with 413 and the error format', async () => {
    const res = await t.anonymous().request({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ username: 'x', password: 'y'.repeat(2 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rate-limits a client that sends too many requests, with a 429 in the error format', async () => {
    lowRate = await createTestContext({ env: { TREEM_RATE_LIMIT_PER_MINUTE: '5' } });
    const anon = lowRate.anonymous();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await anon.get('/api/meta')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const limited = await anon.get('/api/meta');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: 'RATE_LIMITED', messageId: 'error.rateLimited' });
  });
});
