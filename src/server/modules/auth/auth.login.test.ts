import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testConfig, type TestContext } from '../../../test/test-app';
import { createApp } from '../../app';
import { TEST_PASSWORD } from '../../../test/fixtures';
import { cookieOf, freshIp, login } from './auth.test-helpers';
import { CSRF_COOKIE, SESSION_COOKIE, sessionIdFromToken } from './session-token';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t?.close());
afterEach(() => t.setNow(null));

async function auditRows(operation: string) {
  return t.db.selectFrom('audit_log').selectAll().where('operation', '=', operation).orderBy('id').execute();
}

describe('password login', () => {
  it('sets an httpOnly session cookie and a readable CSRF cookie, and returns Me', async () => {
    const { res, client } = await login(t.app, 'communeofficera', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const session = cookieOf(res, SESSION_COOKIE)!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(session.path).toBe('/');
    expect(session.secure).toBeFalsy();
    const csrf = cookieOf(res, CSRF_COOKIE)!;
    expect(csrf.httpOnly).toBeFalsy();
    const me = res.json();
    expect(me).toMatchObject({
      id: t.users.communeOfficerA.id,
      username: 'communeofficera',
      role: 'commune_officer',
      unitCode: '22333',
      provinceCode: '56',
      mfaState: 'ok',
      totpEnabled: false,
      mustChangePassword: false,
      csrfToken: csrf.value,
      demo: false,
    });
    expect(me.unitName).toContain('Bắc Nha Trang');
    expect(me.permissions['agencies.read']).toBe('province');

    // The database keeps only the hash of the token.
    const row = await t.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', sessionIdFromToken(session.value))
      .executeTakeFirstOrThrow();
    expect(row.user_id).toBe(t.users.communeOfficerA.id);
    const all = await t.db.selectFrom('sessions').select('id').execute();
    expect(all.some((s) => s.id === session.value)).toBe(false);

    const again = await client!.send('GET', '/api/auth/me');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(t.users.communeOfficerA.id);
  });

  it('returns the agency name for an agency user and accepts the username in any case', async () => {
    const { res } = await login(t.app, 'PartnerPoliceA', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      agencyId: t.agencies.policeA,
      agencyName: expect.stringContaining('Công an'),
    });
  });

  it('marks the cookies Secure when the app is configured for HTTPS', async () => {
    const app = await createApp(
      {
        config: testConfig({ TREEM_SECURE_COOKIES: 'true' }),
        dbHandle: t.handle,
        db: t.db,
        now: () => new Date(),
      },
      { logger: false },
    );
    try {
      const { res } = await login(app, 'communeofficera', TEST_PASSWORD);
      expect(cookieOf(res, SESSION_COOKIE)!.secure).toBe(true);
      expect(cookieOf(res, CSRF_COOKIE)!.secure).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('answers 401 error.invalidCredentials for a wrong password and for an unknown user alike', async () => {
    const before = (await auditRows('auth.login.failed')).length;
    const wrong = await login(t.app, 'communeofficerb', 'not the password');
    expect(wrong.res.statusCode).toBe(401);
    expect(wrong.res.json().error).toMatchObject({
      code: 'UNAUTHENTICATED',
      messageId: 'error.invalidCredentials',
    });
    expect(cookieOf(wrong.res, SESSION_COOKIE)).toBeUndefined();
    const unknown = await login(t.app, 'nobody-here', 'not the password');
    expect(unknown.res.statusCode).toBe(401);
    expect(unknown.res.json().error.messageId).toBe('error.invalidCredentials');

    const rows = (await auditRows('auth.login.failed')).slice(before);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      outcome: 'denied',
      actor_id: t.users.communeOfficerB.id,
      target_ids: [t.users.communeOfficerB.id],
    });
    // Unknown username: no actor, no target, and the attempted name is nowhere in the row.
    expect(rows[1]).toMatchObject({
      outcome: 'denied',
      actor_id: null,
      actor_username: null,
      target_ids: [],
    });
    expect(JSON.stringify(rows[1])).not.toContain('nobody-here');
    expect(JSON.stringify(rows)).not.toContain('not the password');
  });

  it('rejects malformed input with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: freshIp(),
      payload: { username: '', password: 'x' },
    });
    expect(res.statusCode).toBe(400);
  });

  it('refuses a login posted from another site (Origin check)', async () => {
    const { res } = await login(t.app, 'communeofficera', TEST_PASSWORD, {
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });

  it('audits a successful login', async () => {
    const before = (await auditRows('auth.login')).length;
    await login(t.app, 'villagecollaboratora', TEST_PASSWORD);
    const rows = (await auditRows('auth.login')).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      outcome: 'ok',
      actor_id: t.users.villageCollaboratorA.id,
      unit_code: '22333',
      province_code: '56',
    });
  });

  it('limits login attempts per address', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await login(t.app, 'nobody', 'wrong', { ip })).res.statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('lockout', () => {
  it('locks after the configured number of failures, even for the right password, until the lock time', async () => {
    const start = new Date();
    t.setNow(start);
    const max = t.config.login.maxFailures;
    for (let i = 1; i < max; i++) {
      expect((await login(t.app, 'communechairmana', 'wrong password')).res.statusCode).toBe(401);
    }
    const locking = await login(t.app, 'communechairmana', 'wrong password');
    expect(locking.res.statusCode).toBe(423);
    const right = await login(t.app, 'communechairmana', TEST_PASSWORD);
    expect(right.res.statusCode).toBe(423);
    expect(right.res.json().error).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      messageId: 'error.accountLocked',
    });
    expect(cookieOf(right.res, SESSION_COOKIE)).toBeUndefined();

    t.setNow(new Date(start.getTime() + (t.config.login.lockMinutes - 1) * 60_000));
    expect((await login(t.app, 'communechairmana', TEST_PASSWORD)).res.statusCode).toBe(423);

    t.setNow(new Date(start.getTime() + (t.config.login.lockMinutes + 1) * 60_000));
    const after = await login(t.app, 'communechairmana', TEST_PASSWORD);
    expect(after.res.statusCode).toBe(200);
    const row = await t.db
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', t.users.communeChairmanA.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('resets the failure count on success', async () => {
    const max = t.config.login.maxFailures;
    for (let i = 1; i < max; i++) await login(t.app, 'provinceofficera', 'wrong password');
    expect((await login(t.app, 'provinceofficera', TEST_PASSWORD)).res.statusCode).toBe(200);
    // A fresh count: one more failure does not lock.
    expect((await login(t.app, 'provinceofficera', 'wrong password')).res.statusCode).toBe(401);
    expect((await login(t.app, 'provinceofficera', TEST_PASSWORD)).res.statusCode).toBe(200);
  });

  it('refuses a disabled user', async () => {
    await t.db
      .updateTable('users')
      .set({ is_active: false })
      .where('id', '=', t.users.fundOfficerA.id)
      .execute();
    const res = (await login(t.app, 'fundofficera', TEST_PASSWORD)).res;
    expect(res.statusCode).toBe(403);
    expect(res.json().error.messageId).toBe('error.accountDisabled');
    expect((await login(t.app, 'fundofficera', 'wrong password')).res.statusCode).toBe(401);
  });
});

describe('logout and CSRF', () => {
  it('refuses a logged-in POST without or with a wrong CSRF token', async () => {
    const { client } = await login(t.app, 'communeofficerc', TEST_PASSWORD);
    const body = { currentPassword: TEST_PASSWORD, newPassword: 'a much longer new password' };
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      remoteAddress: client!.ip,
      headers: { cookie: `${SESSION_COOKIE}=${client!.token}` },
      payload: body,
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('CSRF');
    const wrong = await client!.send('POST', '/api/auth/password', body, { 'x-csrf-token': 'forged' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('CSRF');
  });

  it('logs out: the session is revoked and the cookies cleared', async () => {
    const { client } = await login(t.app, 'hotlinecounsellor', TEST_PASSWORD);
    const res = await client!.send('POST', '/api/auth/logout');
    expect(res.statusCode).toBe(204);
    expect(cookieOf(res, SESSION_COOKIE)?.value).toBe('');
    expect((await client!.send('GET', '/api/auth/me')).statusCode).toBe(401);
    const audit = await auditRows('auth.logout');
    expect(audit.some((r) => r.actor_id === t.users.hotlineCounsellor.id)).toBe(true);
  });

  it('answers 401 to me without a session', async () => {
    expect((await t.anonymous().get('/api/auth/me')).statusCode).toBe(401);
  });
});
