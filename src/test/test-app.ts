import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { hash } from '@node-rs/argon2';
import { createApp } from '../server/app';
import { loadConfig, type Config } from '../server/config';
import type { DbHandle } from '../server/db/open-db';
import {
  newToken,
  sessionIdFromToken,
  SESSION_COOKIE,
  CSRF_HEADER,
} from '../server/modules/auth/session-token';
import { createTestDb } from './test-db';
import { FIXTURE_USERS, PLACES, TEST_PASSWORD, type FixtureUserKey } from './fixtures';

export type TestClient = {
  userId: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

export type TestContext = {
  app: FastifyInstance;
  handle: DbHandle;
  db: DbHandle['db'];
  config: Config;
  users: Record<FixtureUserKey, { id: string; username: string }>;
  agencies: { policeA: string };
  /** A client logged in as a fixture user (session created directly, second factor done). */
  as(user: FixtureUserKey): Promise<TestClient>;
  /** A client with no session. */
  anonymous(): TestClient;
  /** Moves the app's clock (lockout, expiry). */
  setNow(date: Date | null): void;
  close(): Promise<void>;
};

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', TREEM_MODE: 'production', TREEM_LOG_LEVEL: 'silent', ...overrides });
}

let passwordHash: Promise<string> | undefined;

/**
 * A full app on a fresh database with one user per role and jurisdiction (src/test/fixtures.ts).
 * Use one per test file (beforeAll), close it in afterAll.
 */
export async function createTestContext(opts: { env?: Record<string, string> } = {}): Promise<TestContext> {
  const handle = await createTestDb();
  const config = testConfig(opts.env);
  let fixedNow: Date | null = null;
  const app = await createApp(
    { config, dbHandle: handle, db: handle.db, now: () => fixedNow ?? new Date() },
    { logger: false },
  );
  await app.ready();
  const db = handle.db;
  passwordHash ??= hash(TEST_PASSWORD);
  const pw = await passwordHash;

  const police = await db
    .insertInto('agencies')
    .values({
      kind: 'police',
      name: 'Công an phường Bắc Nha Trang',
      unit_code: PLACES.communeA,
      province_code: PLACES.provinceA,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const agencies = { policeA: police.id };

  const users = {} as TestContext['users'];
  for (const [key, spec] of Object.entries(FIXTURE_USERS) as [
    FixtureUserKey,
    (typeof FIXTURE_USERS)[FixtureUserKey],
  ][]) {
    const username = key.toLowerCase();
    const row = await db
      .insertInto('users')
      .values({
        username,
        display_name: `Test ${key}`,
        email: null,
        password_hash: pw,
        role: spec.role,
        unit_era: spec.unitCode ? '2025' : null,
        unit_code: spec.unitCode,
        province_code: spec.provinceCode,
        agency_id: 'agency' in spec ? agencies[spec.agency] : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    users[key] = { id: row.id, username };
  }

  function client(cookie: string | null, csrf: string | null, userId: string): TestClient {
    const request = (o: InjectOptions) =>
      app.inject({
        ...o,
        headers: {
          ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
          ...(csrf ? { [CSRF_HEADER]: csrf } : {}),
          ...(o.headers ?? {}),
        },
      });
    const withBody = (method: 'POST' | 'PATCH' | 'PUT') => (url: string, body?: unknown) =>
      request({ method, url, ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }) });
    return {
      userId,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: withBody('POST'),
      patch: withBody('PATCH'),
      put: withBody('PUT'),
      delete: (url) => request({ method: 'DELETE', url }),
    };
  }

  return {
    app,
    handle,
    db,
    config,
    users,
    agencies,
    async as(key) {
      const token = newToken();
      const csrf = newToken(16);
      await db
        .insertInto('sessions')
        .values({
          id: sessionIdFromToken(token),
          user_id: users[key].id,
          csrf_token: csrf,
          mfa_state: 'ok',
          expires_at: new Date(Date.now() + 3600_000),
        })
        .execute();
      return client(token, csrf, users[key].id);
    },
    anonymous: () => client(null, null, ''),
    setNow(date) {
      fixedNow = date;
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
