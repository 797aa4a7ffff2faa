import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-app';

/** The built web app is served with an index.html fallback for client routes (src/server/http/web-app.ts). */
describe('web app serving', () => {
  let t: TestContext;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-web-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><title>Treem</title><div id="root"></div>',
    );
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'export {};');
    t = await createTestContext({ env: { TREEM_WEB_DIR: dir } });
  });

  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/', '/login', '/users/2b0c1d3e-0000-4000-8000-000000000000', '/units?q=x'])(
    'answers the client route %s with index.html, never cached',
    async (url) => {
      const res = await t.anonymous().get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.body).toContain('<div id="root">');
    },
  );

  it('serves hashed assets as immutable', async () => {
    const res = await t.anonymous().get('/assets/index-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it.each(['/api/nothing-here', '/api', '/assets/missing-123.js', '/favicon.ico'])(
    'answers %s with the JSON 404, not the page',
    async (url) => {
      const res = await t.anonymous().get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    },
  );

  it('answers an unknown non-GET request with the JSON 404', async () => {
    const res = await t.anonymous().request({ method: 'POST', url: '/somewhere', payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
