import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-app';

/** /cong-khai answers the light public disclosure page of the build (dist/web/public/disclosure.html), no login. */
let t: TestContext;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-disclosure-page-'));
  fs.mkdirSync(path.join(dir, 'public'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(
    path.join(dir, 'public', 'disclosure.html'),
    '<!doctype html><article id="one"></article>',
  );
  t = await createTestContext({ env: { TREEM_WEB_DIR: dir } });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the public disclosure page', () => {
  it.each(['/cong-khai', '/cong-khai?id=29cbe49a-bf6b-4aee-82fe-8b6c1fe8b434&lang=en'])(
    '%s answers its own page without login, fresh and under the strict CSP',
    async (url) => {
      const res = await t.anonymous().get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.body).toContain('id="one"');
    },
  );

  it('leaves the app fallback to the paths beside it', async () => {
    expect((await t.anonymous().get('/cong-khai-khac')).body).toContain('id="root"');
  });
});
