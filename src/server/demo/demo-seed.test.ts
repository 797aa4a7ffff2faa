import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '@node-rs/argon2';
import { createTestDb } from '../../test/test-db';
import type { DbHandle } from '../db/open-db';
import { seedDemoIfEmpty } from './demo-seed';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { ALL_ROLES } from '../../shared/permissions/roles';

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

describe('demo seed', () => {
  it('creates one user per role in real Khánh Hoà units, with the demo password, once', async () => {
    expect((await seedDemoIfEmpty(h.db)).seeded).toBe(true);
    const users = await h.db
      .selectFrom('users')
      .select(['username', 'role', 'unit_code', 'province_code', 'password_hash', 'agency_id'])
      .execute();
    expect(users).toHaveLength(DEMO_USERS.length);
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(ALL_ROLES));
    for (const u of users.filter((x) => x.unit_code))
      expect(u.province_code).toBe(u.unit_code === '56' || u.unit_code === '22333' ? '56' : u.province_code);
    expect(users.find((u) => u.role === 'partner_agency')?.agency_id).toBeTruthy();
    expect(await verify(users[0]!.password_hash, DEMO_PASSWORD)).toBe(true);

    expect((await seedDemoIfEmpty(h.db)).seeded).toBe(false);
    expect(await h.db.selectFrom('users').select('id').execute()).toHaveLength(DEMO_USERS.length);
    const audit = await h.db
      .selectFrom('audit_log')
      .select('operation')
      .where('operation', '=', 'demo.seed')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('demo cases', () => {
  it('puts one case at each point of the procedure in the demo commune, through the real services', async () => {
    const { loadConfig } = await import('../config');
    const { seedDemoCases } = await import('./demo-cases');
    const config = loadConfig({ NODE_ENV: 'test', TREEM_MODE: 'demo', TREEM_LOG_LEVEL: 'silent' });
    expect((await seedDemoCases({ config, db: h.db, now: () => new Date() })).cases).toBe(5);
    const cases = await h.db
      .selectFrom('cases')
      .select(['status', 'commune_code'])
      .orderBy('received_at', 'desc')
      .execute();
    expect(cases.map((c) => c.status)).toEqual([
      'received',
      'received',
      'plan_drafted',
      'in_progress',
      'closed',
    ]);
    expect(new Set(cases.map((c) => c.commune_code))).toEqual(new Set(['22333']));
    const tasks = await h.db
      .selectFrom('case_tasks')
      .select('status')
      .where('status', '=', 'pending')
      .execute();
    expect(tasks).toHaveLength(2);
  });
});
