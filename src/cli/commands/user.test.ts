import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '@node-rs/argon2';
import { createTestDb } from '../../test/test-db';
import type { DbHandle } from '../../server/db/open-db';
import { userCommand, type UserCommandIo } from './user';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => handle?.close());

function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: UserCommandIo = {
    // The command closes what it opens: hand it a view of the test database whose close does nothing.
    open: async () => ({ ...handle, close: async () => undefined }),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readStdin: async () => stdin,
  };
  return userCommand(argv, io).then((code) => ({ code, out, err }));
}

describe('treem user', () => {
  it('creates a national administrator with a password from stdin, audited as the system', async () => {
    const r = await run(
      ['create', '--username', 'Root', '--name', 'Quản trị', '--role', 'system_admin', '--password-stdin'],
      'a long enough password\n',
    );
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^Created user root \(/);
    const row = await handle.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'root')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ role: 'system_admin', unit_code: null, must_change_password: false });
    expect(await verify(row.password_hash, 'a long enough password')).toBe(true);
    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['actor_username', 'target_ids'])
      .where('operation', '=', 'user.create')
      .execute();
    expect(audit).toContainEqual({ actor_username: 'system', target_ids: [row.id] });
  });

  it('creates a commune officer with --password and lists users', async () => {
    const r = await run([
      'create',
      '--username',
      'officer1',
      '--name',
      'Cán bộ',
      '--role',
      'commune_officer',
      '--unit',
      '22333',
      '--password',
      'another long password',
    ]);
    expect(r.code).toBe(0);
    const list = await run(['list']);
    expect(list.code).toBe(0);
    expect(list.out.some((l) => l.startsWith('officer1\tcommune_officer\t22333'))).toBe(true);
    expect(list.out.at(-1)).toBe('2 of 2 users');
  });

  it('reports refusals and usage errors', async () => {
    const dup = await run([
      'create',
      '--username',
      'root',
      '--name',
      'X',
      '--role',
      'system_admin',
      '--password',
      'long password 123',
    ]);
    expect(dup.code).toBe(1);
    expect(dup.err.join('\n')).toContain('already taken');
    const badUnit = await run([
      'create',
      '--username',
      'xx1',
      '--name',
      'X',
      '--role',
      'commune_officer',
      '--password',
      'long password 123',
    ]);
    expect(badUnit.code).toBe(1);
    expect(badUnit.err.join('\n')).toContain('does not fit the role');
    const short = await run([
      'create',
      '--username',
      'xx2',
      '--name',
      'X',
      '--role',
      'system_admin',
      '--password',
      'short',
    ]);
    expect(short.code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['list', '--bogus'])).code).toBe(2);
  });
});
