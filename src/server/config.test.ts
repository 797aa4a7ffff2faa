import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to demo mode on embedded PGlite at ./data/db, port 3000', () => {
    const c = loadConfig({});
    expect(c.mode).toBe('demo');
    expect(c.port).toBe(3000);
    expect(c.database).toMatchObject({ kind: 'pglite', fsync: true });
    expect(c.database.kind === 'pglite' && c.database.dataDir.endsWith('/data/db')).toBe(true);
    expect(c.secureCookies).toBe(false);
  });

  it('uses a PostgreSQL server when DATABASE_URL is set, and production mode with NODE_ENV=production', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/treem',
      NODE_ENV: 'production',
      TREEM_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/treem' });
    expect(c.mode).toBe('production');
  });

  it('refuses production without an encryption key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TREEM_ENCRYPTION_KEY/);
  });

  it('turns on Secure cookies behind an https public URL', () => {
    expect(loadConfig({ TREEM_PUBLIC_URL: 'https://treem.example.gov.vn' }).secureCookies).toBe(true);
  });

  it('lists every bad variable at once instead of failing on the first', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', TREEM_PGLITE_FSYNC: 'maybe' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('TREEM_PGLITE_FSYNC');
  });
});
