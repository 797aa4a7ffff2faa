import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/test-app';

/** /bao-cao and /tra-cuu answer the light public pages of the build (dist/web/public), not the app's index.html. */
let t: TestContext;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-public-pages-'));
  fs.mkdirSync(path.join(dir, 'public'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(dir, 'public', 'report.html'), '<!doctype html><form id="report-form"></form>');
  fs.writeFileSync(path.join(dir, 'public', 'track.html'), '<!doctype html><form id="track-form"></form>');
  t = await createTestContext({ env: { TREEM_WEB_DIR: dir } });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the public pages', () => {
  it.each([
    ['/bao-cao', 'report-form'],
    ['/tra-cuu', 'track-form'],
    ['/tra-cuu?lang=en', 'track-form'],
  ])('%s answers its own page, fresh and under the strict CSP', async (url, id) => {
    const res = await t.anonymous().get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain(`id="${id}"`);
  });

  it('leaves the app fallback to every other path', async () => {
    expect((await t.anonymous().get('/bao-cao-khac')).body).toContain('id="root"');
  });
});
