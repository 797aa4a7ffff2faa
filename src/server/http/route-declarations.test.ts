import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t?.close());

function allRoutes(app: TestContext['app']) {
  return app.registeredRoutes;
}

describe('route declarations', () => {
  it('every registered route declares a permission, "authenticated" or "public"', () => {
    const routes = allRoutes(t.app);
    expect(routes.length).toBeGreaterThan(3);
    const undeclared = routes.filter((r) => typeof r.access !== 'string');
    expect(undeclared).toEqual([]);
  });

  it('the walk does see a route registered without defineRoute', async () => {
    const { createApp } = await import('../app');
    const app = await createApp(
      { config: t.config, dbHandle: t.handle, db: t.db, now: () => new Date() },
      { logger: false },
    );
    app.get('/api/sneaky', async () => ({ ok: true }));
    await app.ready();
    const sneaky = allRoutes(app).filter((r) => r.url === '/api/sneaky');
    expect(sneaky.length).toBeGreaterThan(0);
    expect(sneaky.every((r) => r.access === undefined)).toBe(true);
    await app.close();
  });
});

describe('system routes and error format', () => {
  it('answers /healthz and /readyz', async () => {
    const anon = t.anonymous();
    expect((await anon.get('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await anon.get('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: t.handle.kind });
  });

  it('sends strict security headers', async () => {
    const res = await t.anonymous().get('/healthz');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers an unknown API path with the JSON error in Vietnamese by default and English on request', async () => {
    const anon = t.anonymous();
    const vi = await anon.get('/api/nothing-here');
    expect(vi.statusCode).toBe(404);
    expect(vi.json()).toEqual({
      error: { code: 'NOT_FOUND', messageId: 'error.notFound', message: 'Không tìm thấy.' },
    });
    const en = await anon.request({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-language': 'en-GB' },
    });
    expect(en.json().error.message).toBe('Not found.');
    const cookie = await anon.request({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { cookie: 'treem_lang=en' },
    });
    expect(cookie.json().error.message).toBe('Not found.');
  });
});
