import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { TEST_PASSWORD } from '../../../test/fixtures';
import { login } from './auth.test-helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t?.close());

const NEW_PASSWORD = 'a brand new long password';

describe('own password', () => {
  it('changes the password, clears must-change, and revokes the other sessions only', async () => {
    await t.db
      .updateTable('users')
      .set({ must_change_password: true })
      .where('id', '=', t.users.communeOfficerA.id)
      .execute();
    const a = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    const b = (await login(t.app, 'communeofficera', TEST_PASSWORD)).client!;
    expect((await a.send('GET', '/api/auth/me')).json().mustChangePassword).toBe(true);

    const res = await a.send('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(204);
    const me = await a.send('GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().mustChangePassword).toBe(false);
    expect((await b.send('GET', '/api/auth/me')).statusCode).toBe(401);

    expect((await login(t.app, 'communeofficera', TEST_PASSWORD)).res.statusCode).toBe(401);
    expect((await login(t.app, 'communeofficera', NEW_PASSWORD)).res.statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'counts'])
      .where('operation', '=', 'auth.password.change')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_id: t.users.communeOfficerA.id, counts: { revokedSessions: 1 } });
  });

  it('refuses a wrong current password, a short or unchanged new one', async () => {
    const c = await t.as('communeOfficerB');
    const wrong = await c.post('/api/auth/password', { currentPassword: 'nope', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.messageId).toBe('error.wrongCurrentPassword');
    const short = await c.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    const same = await c.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
    });
    expect(same.json().error.messageId).toBe('error.samePassword');
    expect((await login(t.app, 'communeofficerb', TEST_PASSWORD)).res.statusCode).toBe(200);
  });

  it('requires a session', async () => {
    const res = await t
      .anonymous()
      .post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(401);
  });
});

describe('own sessions', () => {
  it('lists one’s live sessions, marking the current one', async () => {
    const a = (await login(t.app, 'provinceofficera', TEST_PASSWORD)).client!;
    const b = (await login(t.app, 'provinceofficera', TEST_PASSWORD)).client!;
    const list = await a.send('GET', '/api/auth/sessions');
    expect(list.statusCode).toBe(200);
    const sessions = list.json<Array<{ id: string; current: boolean; ip: string }>>();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.find((s) => s.current)!.ip).toBe(a.ip);
    // Ids are hashes of the tokens, never the tokens themselves.
    expect(sessions.map((s) => s.id)).not.toContain(a.token);
    expect(sessions.map((s) => s.id)).not.toContain(b.token);

    const other = sessions.find((s) => !s.current)!;
    const del = await a.send('DELETE', `/api/auth/sessions/${other.id}`);
    expect(del.statusCode).toBe(204);
    expect((await b.send('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await a.send('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await a.send('GET', '/api/auth/sessions')).json()).toHaveLength(1);
    expect((await a.send('DELETE', `/api/auth/sessions/${other.id}`)).statusCode).toBe(404);
  });

  it('cannot see or revoke another user’s session (404)', async () => {
    const victim = (await login(t.app, 'provinceofficerb', TEST_PASSWORD)).client!;
    const victimId = (await victim.send('GET', '/api/auth/sessions')).json()[0].id as string;
    const attacker = (await login(t.app, 'nationalofficer', TEST_PASSWORD)).client!;
    expect(attacker).toBeTruthy();
    const mine = (await attacker.send('GET', '/api/auth/sessions')).json<Array<{ id: string }>>();
    expect(mine.map((s) => s.id)).not.toContain(victimId);
    const res = await attacker.send('DELETE', `/api/auth/sessions/${victimId}`);
    expect(res.statusCode).toBe(404);
    expect((await victim.send('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await attacker.send('DELETE', '/api/auth/sessions/not-a-session-id')).statusCode).toBe(400);
  });

  it('revoking the current session logs out', async () => {
    const a = (await login(t.app, 'communechairmana', TEST_PASSWORD)).client!;
    const mine = (await a.send('GET', '/api/auth/sessions')).json<
      Array<{
        id: string;
        current: boolean;
      }>
    >();
    const current = mine.find((s) => s.current)!;
    expect((await a.send('DELETE', `/api/auth/sessions/${current.id}`)).statusCode).toBe(204);
    expect((await a.send('GET', '/api/auth/me')).statusCode).toBe(401);
  });
});
