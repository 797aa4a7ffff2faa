import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES, TEST_PASSWORD } from '../../../test/fixtures';
import { login } from '../auth/auth.test-helpers';

let t: TestContext;
let adminA: TestClient;
let adminNational: TestClient;
beforeAll(async () => {
  t = await createTestContext();
  adminA = await t.as('adminProvinceA');
  adminNational = await t.as('adminNational');
});
afterAll(async () => t?.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  transactionId: crypto.randomUUID(),
  username: `user-${crypto.randomBytes(4).toString('hex')}`,
  displayName: 'Nguyễn Văn Đức',
  role: 'commune_officer',
  unitCode: PLACES.communeB,
  password: 'a temporary password',
  ...over,
});

describe('GET /api/users: permission × jurisdiction', () => {
  it('a commune officer cannot list users (403)', async () => {
    const res = await (await t.as('communeOfficerA')).get('/api/users');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('anonymous → 401', async () => {
    expect((await t.anonymous().get('/api/users')).statusCode).toBe(401);
  });

  it.each(['provinceOfficerA', 'adminProvinceA', 'inspectorA'] as const)(
    '%s sees the users of province 56 only',
    async (who) => {
      const res = await (await t.as(who)).get('/api/users?limit=200');
      expect(res.statusCode).toBe(200);
      const { items, total } = res.json<{
        items: Array<{ id: string; provinceCode: string }>;
        total: number;
      }>();
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((u) => u.provinceCode === PLACES.provinceA)).toBe(true);
      const ids = items.map((u) => u.id);
      expect(ids).toContain(t.users.communeOfficerA.id);
      expect(ids).not.toContain(t.users.communeOfficerC.id);
      expect(ids).not.toContain(t.users.provinceOfficerB.id);
      expect(ids).not.toContain(t.users.adminNational.id);
      expect(total).toBe(items.length);
    },
  );

  it('a national administrator and a national inspector see every province', async () => {
    for (const who of ['adminNational', 'inspectorNational', 'nationalOfficer'] as const) {
      const res = await (await t.as(who)).get('/api/users?limit=200');
      const ids = (res.json().items as Array<{ id: string }>).map((u) => u.id);
      expect(ids).toContain(t.users.communeOfficerC.id);
      expect(ids).toContain(t.users.communeOfficerA.id);
      expect(ids).toContain(t.users.adminNational.id);
    }
  });

  it('filters by role, unit, name without diacritics, and pages', async () => {
    const byRole = (await adminNational.get('/api/users?role=commune_officer')).json();
    expect(byRole.total).toBe(3);
    const byUnit = (await adminNational.get(`/api/users?unitCode=${PLACES.communeA}`)).json();
    expect(byUnit.items.every((u: { unitCode: string }) => u.unitCode === PLACES.communeA)).toBe(true);
    const byProvince = (await adminNational.get(`/api/users?unitCode=${PLACES.provinceB}`)).json();
    expect(byProvince.items.map((u: { id: string }) => u.id).sort()).toEqual(
      [t.users.communeOfficerC.id, t.users.provinceOfficerB.id, t.users.fundOfficerB.id].sort(),
    );
    const page = (await adminNational.get('/api/users?limit=2&offset=1')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);

    const created = await adminA.post('/api/users', newUser({ displayName: 'Trần Thị Đào' }));
    expect(created.statusCode).toBe(201);
    const found = (await adminA.get('/api/users?q=tran%20thi%20dao')).json();
    expect(found.items.map((u: { id: string }) => u.id)).toEqual([created.json().id]);
    expect((await adminA.get('/api/users?q=%25')).json().total).toBe(0);
  });

  it('hides or shows disabled users', async () => {
    const created = (await adminA.post('/api/users', newUser())).json();
    await adminA.patch(`/api/users/${created.id}`, { isActive: false });
    const all = (await adminA.get('/api/users?limit=200')).json().items.map((u: { id: string }) => u.id);
    expect(all).toContain(created.id);
    const active = (await adminA.get('/api/users?limit=200&includeInactive=false')).json();
    expect(active.items.map((u: { id: string }) => u.id)).not.toContain(created.id);
  });
});

describe('GET /api/users/:id', () => {
  it('shows a user in scope and audits the view', async () => {
    const res = await adminA.get(`/api/users/${t.users.communeOfficerA.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'communeofficera',
      unitCode: PLACES.communeA,
      unitName: expect.stringContaining('Bắc Nha Trang'),
      isActive: true,
      totpEnabled: false,
    });
    expect(res.json()).not.toHaveProperty('passwordHash');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'target_ids'])
      .where('operation', '=', 'user.view')
      .execute();
    expect(audit).toContainEqual({
      actor_id: t.users.adminProvinceA.id,
      target_ids: [t.users.communeOfficerA.id],
    });
  });

  it('answers 404 for a user outside the jurisdiction, exactly like a missing one', async () => {
    const outside = await adminA.get(`/api/users/${t.users.communeOfficerC.id}`);
    const missing = await adminA.get(`/api/users/${crypto.randomUUID()}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toEqual(missing.json());
    expect((await adminA.get(`/api/users/${t.users.adminNational.id}`)).statusCode).toBe(404);
    expect((await adminA.get('/api/users/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('POST /api/users', () => {
  it('creates a user in the jurisdiction, who must change the password; audited', async () => {
    const body = newUser({ username: 'New.Officer' });
    const res = await adminA.post('/api/users', body);
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: 'new.officer',
      role: 'commune_officer',
      unitCode: PLACES.communeB,
      provinceCode: PLACES.provinceA,
    });
    const row = await t.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.must_change_password).toBe(true);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'target_ids', 'province_code'])
      .where('operation', '=', 'user.create')
      .execute();
    expect(audit).toContainEqual({
      actor_id: t.users.adminProvinceA.id,
      target_ids: [user.id],
      province_code: PLACES.provinceA,
    });
    const first = await login(t.app, 'new.officer', body.password);
    expect(first.res.json().mustChangePassword).toBe(true);
  });

  it('is idempotent on transactionId: a retry returns the same user', async () => {
    const body = newUser();
    const a = await adminA.post('/api/users', body);
    const b = await adminA.post('/api/users', body);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    const rows = await t.db.selectFrom('users').select('id').where('username', '=', body.username).execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a username already taken (409), whatever its case', async () => {
    const res = await adminA.post('/api/users', newUser({ username: 'CommuneOfficerB' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageId).toBe('error.usernameTaken');
  });

  it('a province administrator cannot place a user outside their province or above their level (403)', async () => {
    const cases = [
      newUser({ unitCode: PLACES.communeC }),
      newUser({ role: 'province_officer', unitCode: PLACES.provinceB }),
      newUser({ role: 'system_admin', unitCode: null }),
      newUser({ role: 'national_officer', unitCode: null }),
    ];
    for (const body of cases) {
      const res = await adminA.post('/api/users', body);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.messageId).toBe('error.unitNotAllowed');
    }
    const same = await adminA.post(
      '/api/users',
      newUser({ role: 'system_admin', unitCode: PLACES.provinceA }),
    );
    expect(same.statusCode).toBe(201);
  });

  it('checks that the unit fits the role (400)', async () => {
    const cases = [
      newUser({ unitCode: PLACES.provinceA }),
      newUser({ unitCode: null }),
      newUser({ role: 'province_officer', unitCode: PLACES.communeA }),
      newUser({ role: 'hotline_counsellor', unitCode: PLACES.provinceA }),
      newUser({ unitCode: '99999' }),
    ];
    for (const body of cases) {
      const res = await adminNational.post('/api/users', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.messageId).toBe('error.unitNotAllowed');
    }
    const noAgency = await adminNational.post('/api/users', newUser({ role: 'partner_agency' }));
    expect(noAgency.json().error.messageId).toBe('error.agencyRequired');
    const withAgency = await adminNational.post(
      '/api/users',
      newUser({ role: 'partner_agency', unitCode: PLACES.communeA, agencyId: t.agencies.policeA }),
    );
    expect(withAgency.statusCode).toBe(201);
    expect(withAgency.json().agencyName).toContain('Công an');
    const national = await adminNational.post(
      '/api/users',
      newUser({ role: 'system_admin', unitCode: null }),
    );
    expect(national.statusCode).toBe(201);
  });

  it('rejects malformed input and callers without users.manage', async () => {
    expect((await adminA.post('/api/users', { ...newUser(), password: 'short' })).statusCode).toBe(400);
    expect((await adminA.post('/api/users', { ...newUser(), username: 'a b' })).statusCode).toBe(400);
    expect((await adminA.post('/api/users', { ...newUser(), role: 'emperor' })).statusCode).toBe(400);
    const officer = await t.as('provinceOfficerA');
    expect((await officer.post('/api/users', newUser())).statusCode).toBe(403);
    const inspector = await t.as('inspectorNational');
    expect((await inspector.post('/api/users', newUser())).statusCode).toBe(403);
  });
});

describe('PATCH /api/users/:id', () => {
  async function freshUser() {
    const body = newUser();
    const user = (await adminA.post('/api/users', body)).json();
    return { user, password: body.password, username: body.username };
  }

  it('disabling ends the user’s sessions and login', async () => {
    const { user, password, username } = await freshUser();
    const session = (await login(t.app, username, password)).client!;
    expect((await session.send('GET', '/api/auth/me')).statusCode).toBe(200);
    const res = await adminA.patch(`/api/users/${user.id}`, { isActive: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().isActive).toBe(false);
    expect((await session.send('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await login(t.app, username, password)).res.statusCode).toBe(403);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['counts', 'target_ids'])
      .where('operation', '=', 'user.update')
      .execute();
    const mine = audit.find((r) => r.target_ids.includes(user.id))!;
    expect(mine.counts).toMatchObject({ disabled: 1, revokedSessions: 1 });
  });

  it('unlocks, resets the password and the second factor', async () => {
    const { user, username } = await freshUser();
    await t.db
      .updateTable('users')
      .set({
        locked_until: new Date(Date.now() + 3600_000),
        totp_enabled_at: new Date(),
        totp_secret_enc: 'v1:x:y:z',
      })
      .where('id', '=', user.id)
      .execute();
    expect((await adminA.get(`/api/users/${user.id}`)).json()).toMatchObject({ totpEnabled: true });
    const res = await adminA.patch(`/api/users/${user.id}`, {
      unlock: true,
      resetPassword: 'another temporary one',
      resetTotp: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lockedUntil: null, totpEnabled: false });
    const row = await t.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ totp_secret_enc: null, must_change_password: true, failed_logins: 0 });
    const again = await login(t.app, username, 'another temporary one');
    expect(again.res.statusCode).toBe(200);
    expect(again.res.json().mustChangePassword).toBe(true);
  });

  it('re-roles within the rules and the jurisdiction', async () => {
    const { user, username, password } = await freshUser();
    const session = (await login(t.app, username, password)).client!;
    const chairman = await adminA.patch(`/api/users/${user.id}`, { role: 'commune_chairman' });
    expect(chairman.json().role).toBe('commune_chairman');
    // The holder of a new role logs in again.
    expect((await session.send('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await adminA.patch(`/api/users/${user.id}`, { role: 'province_officer' })).statusCode).toBe(400);
    const province = await adminA.patch(`/api/users/${user.id}`, {
      role: 'province_officer',
      unitCode: PLACES.provinceA,
    });
    expect(province.json()).toMatchObject({ role: 'province_officer', unitCode: '56', provinceCode: '56' });
    const away = await adminA.patch(`/api/users/${user.id}`, { unitCode: PLACES.provinceB });
    expect(away.statusCode).toBe(403);
  });

  it('answers 404 outside the jurisdiction and refuses self-disabling', async () => {
    expect(
      (await adminA.patch(`/api/users/${t.users.communeOfficerC.id}`, { isActive: false })).statusCode,
    ).toBe(404);
    expect((await adminA.patch(`/api/users/${t.users.adminNational.id}`, { unlock: true })).statusCode).toBe(
      404,
    );
    const self = await adminA.patch(`/api/users/${t.users.adminProvinceA.id}`, { isActive: false });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.messageId).toBe('error.cannotChangeSelf');
    const officer = await t.as('provinceOfficerA');
    expect(
      (await officer.patch(`/api/users/${t.users.communeOfficerA.id}`, { unlock: true })).statusCode,
    ).toBe(403);
  });
});

describe('roles', () => {
  it('lists the roles with their settings and permissions (users.read)', async () => {
    const res = await (await t.as('provinceOfficerA')).get('/api/roles');
    expect(res.statusCode).toBe(200);
    const roles = res.json<Array<{ role: string; requireTotp: boolean; totpMandatory: boolean }>>();
    expect(roles).toHaveLength(10);
    expect(roles.find((r) => r.role === 'system_admin')).toMatchObject({
      requireTotp: true,
      totpMandatory: true,
      permissions: { 'users.manage': 'unit', 'roles.manage': 'national' },
    });
    expect(roles.find((r) => r.role === 'commune_officer')).toMatchObject({ requireTotp: false });
    expect((await (await t.as('communeOfficerA')).get('/api/roles')).statusCode).toBe(403);
  });

  it('only a national administrator changes a role setting; mandatory ones cannot be switched off', async () => {
    const res = await adminNational.put('/api/roles/fund_officer/settings', { requireTotp: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'fund_officer', requireTotp: true });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'target_ids'])
      .where('operation', '=', 'role.settings.update')
      .execute();
    expect(audit).toContainEqual({ actor_id: t.users.adminNational.id, target_ids: ['fund_officer'] });
    expect((await login(t.app, 'fundofficera', TEST_PASSWORD)).res.json().mfaState).toBe('enrol_required');
    await adminNational.put('/api/roles/fund_officer/settings', { requireTotp: false });

    const off = await adminNational.put('/api/roles/system_admin/settings', { requireTotp: false });
    expect(off.statusCode).toBe(400);
    expect(off.json().error.messageId).toBe('error.totpMandatory');
    const province = await adminA.put('/api/roles/fund_officer/settings', { requireTotp: true });
    expect(province.statusCode).toBe(403);
    expect(province.json().error.messageId).toBe('error.nationalAdminOnly');
    const officer = await t.as('nationalOfficer');
    expect((await officer.put('/api/roles/fund_officer/settings', { requireTotp: true })).statusCode).toBe(
      403,
    );
    expect((await adminNational.put('/api/roles/emperor/settings', { requireTotp: true })).statusCode).toBe(
      400,
    );
  });

  it('ensureRoleSettings is idempotent and keeps changed rows', async () => {
    const { ensureRoleSettings } = await import('./role-settings.repo');
    await t.db
      .updateTable('role_settings')
      .set({ require_totp: true })
      .where('role', '=', 'hotline_counsellor')
      .execute();
    await ensureRoleSettings(t.db);
    await ensureRoleSettings(t.db);
    const rows = await t.db.selectFrom('role_settings').selectAll().execute();
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.role === 'hotline_counsellor')!.require_totp).toBe(true);
  });
});
