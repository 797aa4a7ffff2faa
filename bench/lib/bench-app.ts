import type { FastifyInstance } from 'fastify';
import { hash } from '@node-rs/argon2';
import { createApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { DbHandle } from '../../src/server/db/open-db';
import { newToken, sessionIdFromToken, SESSION_COOKIE } from '../../src/server/modules/auth/session-token';

/** The real app over a benchmark database, and a session cookie for a user of the given role and unit. */
export function benchConfig() {
  return loadConfig({
    NODE_ENV: 'test',
    TREEM_MODE: 'production',
    TREEM_LOG_LEVEL: 'silent',
    TREEM_RATE_LIMIT_PER_MINUTE: '100000000',
    TREEM_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
    TREEM_SWEEP_SECONDS: '0',
  });
}

export async function benchApp(handle: DbHandle): Promise<FastifyInstance> {
  const config = benchConfig();
  const app = await createApp(
    { config, dbHandle: handle, db: handle.db, now: () => new Date() },
    { logger: false },
  );
  await app.ready();
  return app;
}

export async function benchSession(
  handle: DbHandle,
  user: { username: string; role: string; unitCode: string | null; provinceCode: string | null },
): Promise<{ cookie: string; userId: string; sessionId: string }> {
  const row = await handle.db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.username,
      email: null,
      password_hash: await hash('bench-password-123'),
      role: user.role,
      unit_era: user.unitCode ? '2025' : null,
      unit_code: user.unitCode,
      province_code: user.provinceCode,
      agency_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = newToken();
  const sessionId = sessionIdFromToken(token);
  await handle.db
    .insertInto('sessions')
    .values({
      id: sessionId,
      user_id: row.id,
      csrf_token: 'x',
      mfa_state: 'ok',
      expires_at: new Date(Date.now() + 3600_000),
    })
    .execute();
  return { cookie: `${SESSION_COOKIE}=${token}`, userId: row.id, sessionId };
}
