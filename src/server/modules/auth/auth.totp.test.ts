import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { TEST_PASSWORD } from '../../../test/fixtures';
import { cookieOf, login, totpCode, type SessionClient } from './auth.test-helpers';
import { SESSION_COOKIE } from './session-token';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t?.close());
afterEach(() => t.setNow(null));

const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

/** Logs in and enrols a second factor; returns the secret and recovery codes. */
async function enrol(username: string, when: Date) {
  t.setNow(when);
  const { client } = await login(t.app, username, TEST_PASSWORD);
  const start = await client!.send('POST', '/api/auth/totp/enrol/start');
  expect(start.statusCode).toBe(200);
  const { secret, otpauthUri, qrDataUrl } = start.json();
  const confirm = await client!.send('POST', '/api/auth/totp/enrol/confirm', {
    code: totpCode(secret, when),
  });
  expect(confirm.statusCode).toBe(200);
  return { client: client!, secret, otpauthUri, qrDataUrl, codes: confirm.json().recoveryCodes as string[] };
}

describe('voluntary enrolment and login with a second factor', () => {
  const base = new Date();
  let secret: string;
  let codes: string[];

  it('enrols: otpauth URI with issuer Treem and the username, QR data URL, 10 recovery codes', async () => {
    const e = await enrol('communeofficera', base);
    secret = e.secret;
    codes = e.codes;
    expect(e.otpauthUri).toMatch(/^otpauth:\/\/totp\/Treem:communeofficera\?/);
    expect(e.otpauthUri).toContain('issuer=Treem');
    expect(e.otpauthUri).toContain(`secret=${secret}`);
    expect(e.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const me = await e.client.send('GET', '/api/auth/me');
    expect(me.json()).toMatchObject({ totpEnabled: true, mfaState: 'ok' });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('operation', '=', 'auth.totp.enrol')
      .execute();
    expect(audit.map((r) => r.actor_id)).toContain(t.users.communeOfficerA.id);
  });

  it('never stores the secret or the recovery codes in plaintext', async () => {
    const row = await t.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', t.users.communeOfficerA.id)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret_enc).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(JSON.stringify(row)).not.toContain(secret);
    const stored = await t.db
      .selectFrom('user_recovery_codes')
      .select('code_hash')
      .where('user_id', '=', t.users.communeOfficerA.id)
      .execute();
    expect(stored).toHaveLength(10);
    const plain = codes.map((c) => c.replace(/-/g, ''));
    for (const s of stored) for (const c of [...codes, ...plain]) expect(s.code_hash).not.toContain(c);
  });

  it('a new login is pending: protected routes answer 401 SECOND_FACTOR_REQUIRED until verified', async () => {
    t.setNow(at(base, 120));
    const { res, client } = await login(t.app, 'communeofficera', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mfaState: 'pending', totpEnabled: true });
    const blocked = await client!.send('GET', '/api/users');
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    const sessions = await client!.send('GET', '/api/auth/sessions');
    expect(sessions.json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await client!.send('GET', '/api/auth/me')).json().mfaState).toBe('pending');

    const wrong = await client!.send('POST', '/api/auth/totp/verify', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.messageId).toBe('error.invalidTotp');
    const failed = await t.db
      .selectFrom('audit_log')
      .select(['outcome', 'actor_id'])
      .where('operation', '=', 'auth.totp.failed')
      .execute();
    expect(failed).toContainEqual({ outcome: 'denied', actor_id: t.users.communeOfficerA.id });

    const ok = await client!.send('POST', '/api/auth/totp/verify', { code: totpCode(secret, at(base, 120)) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().mfaState).toBe('ok');
    // The token is renewed (no fixation): the old one no longer works, the new one does.
    const renewed = client!.renewedBy(ok);
    expect(renewed.token).not.toBe(client!.token);
    expect((await client!.send('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await renewed.send('GET', '/api/auth/sessions')).statusCode).toBe(200);
  });

  it('refuses the same code (same time step) twice', async () => {
    t.setNow(at(base, 240));
    const code = totpCode(secret, at(base, 240));
    const first = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    expect((await first.send('POST', '/api/auth/totp/verify', { code })).statusCode).toBe(200);
    const second = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    expect((await second.send('POST', '/api/auth/totp/verify', { code })).statusCode).toBe(400);
  });

  it('accepts a recovery code once only, in any case and with or without dashes', async () => {
    t.setNow(at(base, 360));
    const code = codes[0]!;
    const first = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    const ok = await first.send('POST', '/api/auth/totp/verify', {
      code: code.toUpperCase().replace(/-/g, ''),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().mfaState).toBe('ok');
    const second = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    expect((await second.send('POST', '/api/auth/totp/verify', { code })).statusCode).toBe(400);
  });

  it('regenerates recovery codes: the old ones stop working', async () => {
    t.setNow(at(base, 480));
    let client: SessionClient = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    const verified = await client.send('POST', '/api/auth/totp/verify', {
      code: totpCode(secret, at(base, 480)),
    });
    client = client.renewedBy(verified);
    const regen = await client.send('POST', '/api/auth/totp/recovery-codes');
    expect(regen.statusCode).toBe(200);
    const fresh = regen.json().recoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    const old = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    expect((await old.send('POST', '/api/auth/totp/verify', { code: codes[1] })).statusCode).toBe(400);
    const viaNew = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    expect((await viaNew.send('POST', '/api/auth/totp/verify', { code: fresh[0] })).statusCode).toBe(200);
  });

  it('counts wrong codes toward the lockout', async () => {
    t.setNow(at(base, 600));
    const client = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    const statuses: number[] = [];
    for (let i = 0; i < t.config.login.maxFailures; i++) {
      statuses.push((await client.send('POST', '/api/auth/totp/verify', { code: '123456' })).statusCode);
    }
    expect(statuses.at(-1)).toBe(423);
    const right = await client.send('POST', '/api/auth/totp/verify', {
      code: totpCode(secret, at(base, 600)),
    });
    expect(right.statusCode).toBe(423);
    expect((await login(t.app, 'communeofficera', TEST_PASSWORD)).res.statusCode).toBe(423);
  });

  it('refuses enrolment start while a second factor is on, and verify outside a pending login', async () => {
    const client = await t.as('communeOfficerB');
    const e = await enrol('communeofficerb', at(base, 700));
    expect((await e.client.send('POST', '/api/auth/totp/enrol/start')).statusCode).toBe(409);
    expect((await client.post('/api/auth/totp/verify', { code: '123456' })).statusCode).toBe(409);
  });
});

describe('roles that require a second factor', () => {
  it('an administrator without one must enrol before reaching anything else', async () => {
    const base = new Date();
    t.setNow(base);
    const { res, client } = await login(t.app, 'adminprovincea', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mfaState: 'enrol_required', totpEnabled: false });
    const users = await client!.send('GET', '/api/users');
    expect(users.statusCode).toBe(401);
    expect(users.json().error).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED', mfaState: 'enrol_required' });
    expect((await client!.send('POST', '/api/auth/totp/verify', { code: '123456' })).statusCode).toBe(401);

    const start = await client!.send('POST', '/api/auth/totp/enrol/start');
    expect(start.statusCode).toBe(200);
    const { secret } = start.json();
    const bad = await client!.send('POST', '/api/auth/totp/enrol/confirm', { code: '000000' });
    expect(bad.statusCode).toBe(400);
    const confirm = await client!.send('POST', '/api/auth/totp/enrol/confirm', {
      code: totpCode(secret, base),
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().recoveryCodes).toHaveLength(10);
    expect(cookieOf(confirm, SESSION_COOKIE)).toBeDefined();
    const admin = client!.renewedBy(confirm);
    expect((await admin.send('GET', '/api/users')).statusCode).toBe(200);
    expect((await admin.send('GET', '/api/auth/me')).json().mfaState).toBe('ok');

    // Next login: a code is now asked for.
    t.setNow(at(base, 60));
    const next = await login(t.app, 'adminprovincea', TEST_PASSWORD);
    expect(next.res.json().mfaState).toBe('pending');
  });

  it('follows the role setting: switched on for a role, its users must enrol', async () => {
    await t.db
      .updateTable('role_settings')
      .set({ require_totp: true })
      .where('role', '=', 'fund_officer')
      .execute();
    try {
      const { res } = await login(t.app, 'fundofficera', TEST_PASSWORD);
      expect(res.json().mfaState).toBe('enrol_required');
      const plain = await login(t.app, 'provinceofficerb', TEST_PASSWORD);
      expect(plain.res.json().mfaState).toBe('ok');
    } finally {
      await t.db
        .updateTable('role_settings')
        .set({ require_totp: false })
        .where('role', '=', 'fund_officer')
        .execute();
    }
  });
});
