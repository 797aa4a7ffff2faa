import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import type { FixtureUserKey } from '../../../test/fixtures';
import { NOTIFICATION_KINDS as SHARED_KINDS } from '../../../shared/domain/Notification';
import { NOTIFICATION_KINDS } from './notify';

let t: TestContext;

const fieldsOf = (body: string) =>
  (JSON.parse(body) as { error: { fields?: { path: string }[] } }).error.fields?.map((f) => f.path) ?? [];

async function notify(user: FixtureUserKey, n: number): Promise<string[]> {
  const rows = await t.db
    .insertInto('notifications')
    .values(
      Array.from({ length: n }, (_, i) => ({
        user_id: t.users[user].id,
        kind: 'case.overdue',
        params: JSON.stringify({
          caseNumber: `22333-2026-0000${i}`,
          clock: 'emergency_12h',
          extra: 'dropped',
        }),
        dedupe_key: crypto.randomUUID(),
        created_at: new Date(Date.UTC(2026, 10, 1, 0, i)),
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

async function mail(user: FixtureUserKey | null, to: string): Promise<string> {
  const row = await t.db
    .insertInto('email_outbox')
    .values({
      to_address: to,
      user_id: user ? t.users[user].id : null,
      subject: '[Treem] Vụ việc mới cần tiếp nhận — 22333-2026-00001',
      body: 'Vụ việc mới cần tiếp nhận.',
      dedupe_key: crypto.randomUUID(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t.close());

describe('GET /api/notifications and POST /api/notifications/read', () => {
  it('lists the caller’s own notifications only, newest first, with the unread count', async () => {
    const mine = await notify('communeOfficerB', 3);
    const others = await notify('communeChairmanA', 2);
    const res = await (await t.as('communeOfficerB')).get('/api/notifications');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ unread: 3, total: 3 });
    expect(body.items.map((n: { id: string }) => n.id)).toEqual([...mine].reverse());
    expect(body.items[0]).toMatchObject({
      kind: 'case.overdue',
      caseId: null,
      readAt: null,
      params: { caseNumber: '22333-2026-00002', clock: 'emergency_12h' },
    });
    expect(body.items[0].params).not.toHaveProperty('extra');
    expect(body.items.some((n: { id: string }) => others.includes(n.id))).toBe(false);

    const paged = await (await t.as('communeOfficerB')).get('/api/notifications?limit=1&offset=1');
    expect(paged.json().items.map((n: { id: string }) => n.id)).toEqual([mine[1]]);
  });

  it('marks notifications read: some by id (never another user’s), then all', async () => {
    const mine = await notify('communeOfficerC', 3);
    const others = await notify('provinceOfficerB', 1);
    const me = await t.as('communeOfficerC');
    const some = await me.post('/api/notifications/read', { ids: [mine[0], others[0]] });
    expect(some.statusCode, some.body).toBe(200);
    expect(some.json()).toEqual({ updated: 1, unread: 2 });
    const other = await t.db
      .selectFrom('notifications')
      .select('read_at')
      .where('id', '=', others[0]!)
      .executeTakeFirstOrThrow();
    expect(other.read_at).toBeNull();

    const unreadOnly = await me.get('/api/notifications?unreadOnly=true');
    expect(unreadOnly.json().items).toHaveLength(2);

    const all = await me.post('/api/notifications/read', { all: true });
    expect(all.json()).toEqual({ updated: 2, unread: 0 });
    const list = (await me.get('/api/notifications')).json();
    expect(list.unread).toBe(0);
    expect(list.items.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
  });

  it('refuses the anonymous (401), a missing CSRF token (403) and malformed input (400 with the field)', async () => {
    expect((await t.anonymous().get('/api/notifications')).statusCode).toBe(401);
    expect((await t.anonymous().post('/api/notifications/read', { all: true })).statusCode).toBe(401);
    const me = await t.as('communeOfficerA');
    const noCsrf = await me.request({
      method: 'POST',
      url: '/api/notifications/read',
      payload: { all: true },
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const badId = await me.post('/api/notifications/read', { ids: ['not-a-uuid'] });
    expect(badId.statusCode).toBe(400);
    expect(fieldsOf(badId.body).some((p) => p.startsWith('body.ids'))).toBe(true);
    expect((await me.post('/api/notifications/read', {})).statusCode).toBe(400);
    expect((await me.post('/api/notifications/read', { all: false })).statusCode).toBe(400);
    const badLimit = await me.get('/api/notifications?limit=0');
    expect(badLimit.statusCode).toBe(400);
    expect(fieldsOf(badLimit.body).some((p) => p.endsWith('limit'))).toBe(true);
  });

  it('knows the same notification kinds as the server writes', () => {
    expect([...SHARED_KINDS]).toEqual([...NOTIFICATION_KINDS]);
  });
});

describe('GET /api/outbox', () => {
  it('shows a national administrator every mail, a province administrator only its province’s users’', async () => {
    const inA = await mail('provinceOfficerA', 'pa@example.gov.vn');
    const communeA = await mail('communeOfficerA', 'ca@example.gov.vn');
    const inB = await mail('provinceOfficerB', 'pb@example.gov.vn');
    const nobody = await mail(null, 'ops@example.gov.vn');

    const national = await (await t.as('adminNational')).get('/api/outbox?limit=200');
    expect(national.statusCode, national.body).toBe(200);
    const all = national.json();
    expect(all.sending).toBe(false);
    const allIds = all.items.map((m: { id: string }) => m.id);
    for (const id of [inA, communeA, inB, nobody]) expect(allIds).toContain(id);
    expect(all.items.find((m: { id: string }) => m.id === inA)).toMatchObject({
      toAddress: 'pa@example.gov.vn',
      userName: 'Test provinceOfficerA',
      status: 'pending',
      sentAt: null,
      attempts: 0,
    });

    const province = await (await t.as('adminProvinceA')).get('/api/outbox');
    expect(province.statusCode).toBe(200);
    const ids = province.json().items.map((m: { id: string }) => m.id);
    expect(ids).toContain(inA);
    expect(ids).toContain(communeA);
    expect(ids).not.toContain(inB);
    expect(ids).not.toContain(nobody);
    expect(province.json().total).toBe(ids.length);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_username', 'province_code'])
      .where('operation', '=', 'outbox.view')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { actor_username: 'adminnational', province_code: null },
      { actor_username: 'adminprovincea', province_code: '56' },
    ]);
  });

  it('filters by status', async () => {
    const sent = await mail('provinceOfficerA', 'sent@example.gov.vn');
    const failed = await mail('provinceOfficerA', 'failed@example.gov.vn');
    await t.db
      .updateTable('email_outbox')
      .set({ sent_at: new Date(), attempts: 1 })
      .where('id', '=', sent)
      .execute();
    await t.db
      .updateTable('email_outbox')
      .set({ attempts: 5, last_error: 'ECONNREFUSED' })
      .where('id', '=', failed)
      .execute();
    const admin = await t.as('adminNational');
    const onlySent = (await admin.get('/api/outbox?status=sent')).json();
    expect(onlySent.items.map((m: { id: string }) => m.id)).toEqual([sent]);
    const onlyFailed = (await admin.get('/api/outbox?status=failed')).json();
    expect(onlyFailed.items).toMatchObject([{ id: failed, status: 'failed', lastError: 'ECONNREFUSED' }]);
    expect((await admin.get('/api/outbox?status=lost')).statusCode).toBe(400);
  });

  it('refuses users without outbox.read (403) and the anonymous (401)', async () => {
    expect((await t.anonymous().get('/api/outbox')).statusCode).toBe(401);
    for (const who of [
      'communeOfficerA',
      'provinceOfficerA',
      'inspectorNational',
      'hotlineCounsellor',
    ] as const)
      expect((await (await t.as(who)).get('/api/outbox')).statusCode, who).toBe(403);
  });
});
