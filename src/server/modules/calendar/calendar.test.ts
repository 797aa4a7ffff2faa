import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { Database } from '../../db/schema';
import type { CalendarYear, StoredCalendarOverride } from '../../../shared/domain/Calendar';
import { loadWorkingCalendar } from './calendar.service';

let t: TestContext;
let admin: TestClient; // national administrator

const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'day_off',
  nameVi: 'Nghỉ bù Giỗ Tổ Hùng Vương',
  nameEn: "Hung Kings' day in lieu",
  source: 'Thông báo số 1/TB (thử)',
  ...overrides,
});

const fieldPaths = (res: LightMyRequestResponse) =>
  res.json<{ error: { fields?: Array<{ path: string }> } }>().error.fields?.map((f) => f.path) ?? [];

async function year(client: TestClient, y: number): Promise<CalendarYear> {
  const res = await client.get(`/api/calendar/${y}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CalendarYear>();
}

async function auditRows(operation: string) {
  return t.db
    .selectFrom('audit_log')
    .select(['actor_id', 'target_type', 'target_ids', 'outcome'])
    .where('operation', '=', operation)
    .execute();
}

beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('adminNational');
});
afterAll(async () => t?.close());

describe('GET /api/calendar/:year', () => {
  it('answers any logged-in user with the statutory days off', async () => {
    const cal = await year(await t.as('communeOfficerA'), 2026);
    expect(cal.year).toBe(2026);
    expect(cal.daysOff.map((d) => d.date)).toContain('2026-02-17');
    expect(cal.daysOff.find((d) => d.date === '2026-04-26')).toMatchObject({ source: 'statutory' });
    expect(cal.overrides).toEqual([]);
  });

  it('refuses the anonymous (401) and an invalid year (400)', async () => {
    expect((await t.anonymous().get('/api/calendar/2026')).statusCode).toBe(401);
    for (const bad of ['abc', '1800', '2026.5']) {
      const res = await admin.get(`/api/calendar/${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(fieldPaths(res)).toEqual(['params.year']);
    }
  });
});

describe('PUT and DELETE /api/calendar/overrides/:date', () => {
  it('is for national administrators only', async () => {
    expect((await t.anonymous().put('/api/calendar/overrides/2026-04-27', body())).statusCode).toBe(401);
    for (const who of ['communeOfficerA', 'provinceOfficerA', 'nationalOfficer'] as const) {
      const client = await t.as(who);
      expect((await client.put('/api/calendar/overrides/2026-04-27', body())).statusCode, who).toBe(403);
      expect((await client.delete('/api/calendar/overrides/2026-04-27')).statusCode, who).toBe(403);
    }
    // A province administrator has the permission at unit level, but the calendar is national.
    const adminA = await t.as('adminProvinceA');
    const res = await adminA.put('/api/calendar/overrides/2026-04-27', body());
    expect(res.statusCode).toBe(403);
    expect(res.json<{ error: { messageId: string } }>().error.messageId).toBe('error.nationalAdminOnly');
    expect((await adminA.delete('/api/calendar/overrides/2026-04-27')).statusCode).toBe(403);
    expect(await auditRows('calendar.override.set')).toEqual([]);
    expect((await year(admin, 2026)).overrides).toEqual([]);
  });

  it('refuses an invalid date or body with the field (400)', async () => {
    for (const bad of ['2026-02-30', '26-04-27', '1850-01-01']) {
      const res = await admin.put(`/api/calendar/overrides/${bad}`, body());
      expect(res.statusCode, bad).toBe(400);
      expect(fieldPaths(res)).toEqual(['params.date']);
    }
    const noName = await admin.put('/api/calendar/overrides/2026-04-27', body({ nameVi: '  ' }));
    expect(noName.statusCode).toBe(400);
    expect(fieldPaths(noName)).toEqual(['body.nameVi']);
    const badKind = await admin.put('/api/calendar/overrides/2026-04-27', body({ kind: 'holiday' }));
    expect(fieldPaths(badKind)).toEqual(['body.kind']);
    expect((await admin.delete('/api/calendar/overrides/2026-13-01')).statusCode).toBe(400);
  });

  it('sets an override, reads it back, replaces it and deletes it, each audited', async () => {
    const res = await admin.put('/api/calendar/overrides/2026-04-27', body());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<StoredCalendarOverride>()).toMatchObject({
      date: '2026-04-27',
      kind: 'day_off',
      nameVi: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      source: 'Thông báo số 1/TB (thử)',
      updatedByName: 'Test adminNational',
    });
    const cal = await year(admin, 2026);
    expect(cal.daysOff.find((d) => d.date === '2026-04-27')).toEqual({
      date: '2026-04-27',
      nameVi: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      nameEn: "Hung Kings' day in lieu",
      source: 'override',
    });
    expect(cal.overrides.map((o) => o.date)).toEqual(['2026-04-27']);
    expect(await auditRows('calendar.override.set')).toEqual([
      {
        actor_id: t.users.adminNational.id,
        target_type: 'calendar_override',
        target_ids: ['2026-04-27'],
        outcome: 'ok',
      },
    ]);

    // The same date again replaces it: a Saturday worked in exchange is listed but is not a day off.
    const swap = await admin.put(
      '/api/calendar/overrides/2026-04-27',
      body({ kind: 'working_day', source: null }),
    );
    expect(swap.statusCode).toBe(200);
    const afterSwap = await year(admin, 2026);
    expect(afterSwap.daysOff.map((d) => d.date)).not.toContain('2026-04-27');
    expect(afterSwap.overrides).toHaveLength(1);
    expect(afterSwap.overrides[0]).toMatchObject({ kind: 'working_day', source: null });
    expect(await auditRows('calendar.override.set')).toHaveLength(2);

    const del = await admin.delete('/api/calendar/overrides/2026-04-27');
    expect(del.statusCode, del.body).toBe(204);
    expect((await year(admin, 2026)).overrides).toEqual([]);
    expect(await auditRows('calendar.override.delete')).toEqual([
      {
        actor_id: t.users.adminNational.id,
        target_type: 'calendar_override',
        target_ids: ['2026-04-27'],
        outcome: 'ok',
      },
    ]);
    expect((await admin.delete('/api/calendar/overrides/2026-04-27')).statusCode).toBe(404);
    expect(await auditRows('calendar.override.delete')).toHaveLength(1);
  });

  it('lists only the overrides of the requested year', async () => {
    expect(
      (await admin.put('/api/calendar/overrides/2025-02-08', body({ kind: 'working_day' }))).statusCode,
    ).toBe(200);
    expect((await year(admin, 2025)).overrides.map((o) => o.date)).toEqual(['2025-02-08']);
    expect((await year(admin, 2026)).overrides).toEqual([]);
    expect((await admin.delete('/api/calendar/overrides/2025-02-08')).statusCode).toBe(204);
  });
});

describe('loadWorkingCalendar', () => {
  it('sees an edit made through another database handle (another app instance)', async () => {
    const pool =
      t.handle.kind === 'postgres'
        ? new pg.Pool({ connectionString: t.handle.pool.options.connectionString, max: 1 })
        : t.handle.pool; // PGlite has one backend: another Kysely over the same pool.
    const other = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      const before = await loadWorkingCalendar(t.db);
      expect(before.isWorkingDay('2026-04-27')).toBe(true);
      expect(await loadWorkingCalendar(t.db)).toBe(before);

      await other
        .insertInto('calendar_overrides')
        .values({ date: '2026-04-27', kind: 'day_off', name_vi: 'Nghỉ bù', name_en: 'Day in lieu' })
        .execute();
      const added = await loadWorkingCalendar(t.db);
      expect(added.isWorkingDay('2026-04-27')).toBe(false);
      expect(added.addWorkingDays(new Date('2026-04-24T03:00:00Z'), 1)).toEqual(
        new Date('2026-04-28T17:00:00Z'),
      );

      await other
        .updateTable('calendar_overrides')
        .set({ name_vi: 'Nghỉ bù Giỗ Tổ' })
        .where('date', '=', '2026-04-27')
        .execute();
      const renamed = await loadWorkingCalendar(t.db);
      expect(renamed.daysOff(2026).find((d) => d.date === '2026-04-27')?.nameVi).toBe('Nghỉ bù Giỗ Tổ');

      await other.deleteFrom('calendar_overrides').where('date', '=', '2026-04-27').execute();
      expect((await loadWorkingCalendar(t.db)).isWorkingDay('2026-04-27')).toBe(true);
    } finally {
      if (t.handle.kind === 'postgres') await other.destroy();
    }
  });

  it('works inside a transaction', async () => {
    const inside = await t.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('calendar_overrides')
        .values({ date: '2026-11-20', kind: 'day_off', name_vi: 'Thử', name_en: 'Test' })
        .execute();
      const cal = await loadWorkingCalendar(tx);
      await tx.deleteFrom('calendar_overrides').where('date', '=', '2026-11-20').execute();
      return cal.isWorkingDay('2026-11-20');
    });
    expect(inside).toBe(false);
    expect((await loadWorkingCalendar(t.db)).isWorkingDay('2026-11-20')).toBe(true);
  });
});
