import crypto from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { FIXTURE_USERS, PLACES, type FixtureUserKey } from '../../../test/fixtures';
import { CSRF_HEADER } from '../auth/session-token';
import type { Agency } from '../../../shared/domain/Agency';

/**
 * Jurisdiction rules under test (roles.ts decides the scope of agencies.read; agencies.repo.ts agencyReach):
 * - national (national officer, hotline, national admin): every agency;
 * - province (province officer, province admin, and commune officers and chairmen, whose role reads agencies
 *   province-wide so that plans can assign tasks to any agency of the province): the province's agencies;
 * - commune (inspector, fund officer or admin attached to a commune): the commune's own agencies and the
 *   province-level agencies of its province, not other communes' agencies;
 * - agency (partner agency staff): their own agency only.
 * Creating in a unit outside the administrator's scope answers 403 (units are public reference data, nothing to hide);
 * reading or changing an agency outside the scope answers 404.
 */
let t: TestContext;
let admin: TestClient; // national administrator
let adminA: TestClient; // administrator of Khánh Hoà (56)
const ids = {} as Record<'provinceA' | 'communeB' | 'hanoi' | 'inactiveB' | 'policeA', string>;

/**
 * Runs fn as a fixture user moved to a commune of Khánh Hoà (no fixture has these roles at commune level); the
 * session reads the user on every request, so the move takes effect at once. The user is moved back afterwards.
 */
async function asAtCommune(key: FixtureUserKey, communeCode: string, fn: (c: TestClient) => Promise<void>) {
  const move = (unitCode: string) =>
    t.db.updateTable('users').set({ unit_code: unitCode }).where('id', '=', t.users[key].id).execute();
  const home = FIXTURE_USERS[key].unitCode ?? '';
  await move(communeCode);
  try {
    await fn(await t.as(key));
  } finally {
    await move(home);
  }
}

function input(overrides: Record<string, unknown> = {}) {
  return {
    transactionId: crypto.randomUUID(),
    kind: 'school',
    name: 'Trường Tiểu học Lộc Thọ',
    unitCode: PLACES.communeA,
    ...overrides,
  };
}

async function create(client: TestClient, body: Record<string, unknown>): Promise<Agency> {
  const res = await client.post('/api/agencies', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Agency>();
}

async function auditCount(operation?: string): Promise<number> {
  const row = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .$if(operation !== undefined, (qb) => qb.where('operation', '=', operation ?? ''))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const fieldPaths = (res: LightMyRequestResponse) =>
  res.json<{ error: { fields: Array<{ path: string }> } }>().error.fields.map((f) => f.path);

async function countAgencies(): Promise<number> {
  const row = await t.db
    .selectFrom('agencies')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function listIds(client: TestClient, qs = ''): Promise<string[]> {
  const res = await client.get(`/api/agencies?limit=200${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<{ items: Agency[]; total: number }>();
  expect(body.total).toBe(body.items.length);
  return body.items.map((a) => a.id);
}

beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('adminNational');
  adminA = await t.as('adminProvinceA');
  ids.policeA = t.agencies.policeA;
  const seed = async (kind: string, name: string, unitCode: string) =>
    (await create(admin, input({ kind, name, unitCode }))).id;
  ids.provinceA = await seed('health_department_child_office', 'Sở Y tế Khánh Hoà', PLACES.provinceA);
  ids.communeB = await seed('health_facility', 'Trạm Y tế phường Nha Trang', PLACES.communeB);
  ids.hanoi = await seed('school', 'Trường THCS Ba Đình', PLACES.communeC);
  ids.inactiveB = await seed('ngo', 'Tổ chức đã giải thể', PLACES.communeB);
  expect((await admin.patch(`/api/agencies/${ids.inactiveB}`, { isActive: false })).statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe('GET /api/agencies: jurisdiction in the WHERE clause', () => {
  const all = () => [ids.policeA, ids.provinceA, ids.communeB, ids.hanoi];
  const khanhHoa = () => [ids.policeA, ids.provinceA, ids.communeB];

  it.each<[FixtureUserKey, () => string[]]>([
    ['nationalOfficer', all],
    ['hotlineCounsellor', all],
    ['inspectorNational', all],
    ['provinceOfficerA', khanhHoa],
    ['inspectorA', khanhHoa],
    ['fundOfficerA', khanhHoa],
    ['communeOfficerA', khanhHoa],
    ['communeOfficerB', khanhHoa],
    ['communeChairmanA', khanhHoa],
    ['provinceOfficerB', () => [ids.hanoi]],
    ['communeOfficerC', () => [ids.hanoi]],
    ['partnerPoliceA', () => [ids.policeA]],
  ])('%s sees exactly its agencies', async (who, expected) => {
    const client = await t.as(who);
    expect((await listIds(client)).sort()).toEqual(expected().sort());
  });

  it('a commune-level reader sees its commune and the province-level agencies, not other communes', async () => {
    await asAtCommune('inspectorA', PLACES.communeB, async (inspectorB) => {
      expect((await listIds(inspectorB)).sort()).toEqual([ids.provinceA, ids.communeB].sort());
      expect((await inspectorB.get(`/api/agencies/${ids.policeA}`)).statusCode).toBe(404);
      expect((await inspectorB.get(`/api/agencies/${ids.provinceA}`)).statusCode).toBe(200);
    });
  });

  it('refuses a role without agencies.read and an anonymous caller', async () => {
    expect((await (await t.as('villageCollaboratorA')).get('/api/agencies')).statusCode).toBe(403);
    expect((await t.anonymous().get('/api/agencies')).statusCode).toBe(401);
  });

  it('searches names without diacritics and in any case, and filters', async () => {
    const national = await t.as('nationalOfficer');
    for (const q of [
      'cong an bac nha',
      'nha trang cong an',
      'CÔNG AN',
      'Công an phường Bắc Nha Trang'.normalize('NFD'),
    ]) {
      expect(await listIds(national, `&q=${encodeURIComponent(q)}`), q).toEqual([ids.policeA]);
    }
    expect(await listIds(national, '&q=%25')).toEqual([]);
    expect(await listIds(national, '&kind=health_facility')).toEqual([ids.communeB]);
    expect((await listIds(national, `&unitCode=${PLACES.communeB}`)).sort()).toEqual([ids.communeB]);
    expect(await listIds(national, `&unitCode=${PLACES.communeB}&includeInactive=false`)).toEqual([
      ids.communeB,
    ]);
    expect((await listIds(national, `&unitCode=${PLACES.communeB}&includeInactive=true`)).sort()).toEqual(
      [ids.communeB, ids.inactiveB].sort(),
    );
  });

  it('pages with a total and answers the Agency shape', async () => {
    const res = await (await t.as('nationalOfficer')).get('/api/agencies?limit=2&offset=1');
    const body = res.json<{ items: Agency[]; total: number }>();
    expect(body.total).toBe(4);
    expect(body.items).toHaveLength(2);
    const one = (await (await t.as('nationalOfficer')).get(`/api/agencies/${ids.policeA}`)).json();
    expect(one).toEqual({
      id: ids.policeA,
      kind: 'police',
      name: 'Công an phường Bắc Nha Trang',
      unitCode: PLACES.communeA,
      unitName: 'Phường Bắc Nha Trang',
      provinceCode: PLACES.provinceA,
      address: null,
      phone: null,
      email: null,
      isActive: true,
    });
  });

  it('refuses malformed list queries with 400', async () => {
    const client = await t.as('nationalOfficer');
    for (const qs of ['kind=bank', 'limit=0', 'limit=500', 'offset=-1', 'includeInactive=maybe']) {
      const res = await client.get(`/api/agencies?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error.fields[0].path).toMatch(/^querystring\./);
    }
  });
});

describe('GET /api/agencies/:id', () => {
  it('answers inside the scope and 404 outside it, like a missing agency', async () => {
    const police = await t.as('partnerPoliceA');
    expect((await police.get(`/api/agencies/${ids.policeA}`)).statusCode).toBe(200);
    expect((await police.get(`/api/agencies/${ids.communeB}`)).statusCode).toBe(404);
    const officerB = await t.as('provinceOfficerB');
    const hidden = await officerB.get(`/api/agencies/${ids.policeA}`);
    const missing = await officerB.get(`/api/agencies/${crypto.randomUUID()}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual(missing.json());
    expect((await officerB.get('/api/agencies/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('POST /api/agencies', () => {
  it('lets a province administrator create in a commune of the province, deriving the province', async () => {
    const before = await auditCount('agency.create');
    const body = input({ address: '  12 Lý Tự Trọng ', phone: '0258 382 0000', email: 'truong@example.vn' });
    const res = await adminA.post('/api/agencies', body);
    expect(res.statusCode).toBe(201);
    const agency = res.json<Agency>();
    expect(agency).toMatchObject({
      kind: 'school',
      name: 'Trường Tiểu học Lộc Thọ',
      unitCode: PLACES.communeA,
      unitName: 'Phường Bắc Nha Trang',
      provinceCode: PLACES.provinceA,
      address: '12 Lý Tự Trọng',
      isActive: true,
    });
    expect(await auditCount('agency.create')).toBe(before + 1);
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'agency.create')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      actor_id: adminA.userId,
      target_type: 'agency',
      target_ids: [agency.id],
      unit_code: PLACES.communeA,
      province_code: PLACES.provinceA,
    });
    expect(JSON.stringify(row)).not.toContain('Lộc Thọ'); // ids only, never the name
  });

  it('is idempotent on transactionId: a retry returns the same agency and writes nothing', async () => {
    const body = input({
      name: 'Trung tâm Công tác xã hội Khánh Hoà',
      kind: 'social_work_centre',
      unitCode: '56',
    });
    const first = await create(adminA, body);
    const audits = await auditCount();
    const again = await create(adminA, { ...body, name: 'Something else' });
    expect(again).toEqual(first);
    expect(await auditCount()).toBe(audits);
    const rows = await t.db
      .selectFrom('agencies')
      .select('id')
      .where('transaction_id', '=', body.transactionId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('answers 409 when the transaction id belongs to an agency outside the caller scope', async () => {
    const body = input({ unitCode: PLACES.communeC, name: 'Trường Mầm non Ba Đình' });
    await create(admin, body);
    expect((await adminA.post('/api/agencies', { ...body, unitCode: PLACES.communeA })).statusCode).toBe(409);
  });

  it('refuses a unit outside the administrator scope with 403 and writes nothing', async () => {
    const audits = await auditCount('agency.create');
    const denied = await auditCount('access.denied');
    const res = await adminA.post('/api/agencies', input({ unitCode: PLACES.communeC }));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.messageId).toBe('error.unitNotAllowed');
    expect((await adminA.post('/api/agencies', input({ unitCode: PLACES.provinceB }))).statusCode).toBe(403);
    expect(await auditCount('agency.create')).toBe(audits);
    // Each refusal is logged as a denied access (J7), written after the answer is sent.
    await vi.waitFor(async () => expect(await auditCount('access.denied')).toBe(denied + 2));
  });

  it('lets a commune-level administrator create only in its own commune', async () => {
    await asAtCommune('adminProvinceA', PLACES.communeB, async (adminB) => {
      expect((await adminB.post('/api/agencies', input({ unitCode: PLACES.communeB }))).statusCode).toBe(201);
      expect((await adminB.post('/api/agencies', input({ unitCode: PLACES.communeA }))).statusCode).toBe(403);
      expect((await adminB.post('/api/agencies', input({ unitCode: PLACES.provinceA }))).statusCode).toBe(
        403,
      );
      // A province-level agency is visible to it (read) but not its to change (manage).
      expect((await adminB.get(`/api/agencies/${ids.provinceA}`)).statusCode).toBe(200);
      expect((await adminB.patch(`/api/agencies/${ids.provinceA}`, { phone: '1' })).statusCode).toBe(404);
    });
  });

  it('refuses roles without agencies.manage with 403', async () => {
    for (const who of [
      'communeOfficerA',
      'provinceOfficerA',
      'partnerPoliceA',
      'inspectorNational',
    ] as const) {
      const res = await (await t.as(who)).post('/api/agencies', input());
      expect(res.statusCode, who).toBe(403);
    }
    expect((await t.anonymous().post('/api/agencies', input())).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF header', async () => {
    const res = await adminA.request({
      method: 'POST',
      url: '/api/agencies',
      payload: input(),
      headers: { [CSRF_HEADER]: 'wrong' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });

  it('answers 400 with field paths on invalid input and writes nothing', async () => {
    const audits = await auditCount();
    const agencies = await countAgencies();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...input(), name: undefined }, 'body.name'],
      [input({ name: '   ' }), 'body.name'],
      [input({ unitCode: '123456' }), 'body.unitCode'],
      [input({ unitCode: '001' }), 'body.unitCode'],
      [input({ kind: 'bank' }), 'body.kind'],
      [input({ email: 'not-an-email' }), 'body.email'],
      [input({ transactionId: 'abc' }), 'body.transactionId'],
      [input({ name: 'x'.repeat(301) }), 'body.name'],
      [input({ name: 'a\u0000b' }), 'body.name'],
      [input({ address: 'a\u0000b' }), 'body.address'],
    ];
    for (const [body, path] of cases) {
      const res = await adminA.post('/api/agencies', body);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
      expect(fieldPaths(res), JSON.stringify(body)).toContain(path);
    }
    // A well-formed code no 2025 unit has: the same 400 on the field, from the service.
    const unknown = await adminA.post('/api/agencies', input({ unitCode: '99999' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([
      {
        path: 'body.unitCode',
        messageId: 'field.unitUnknown',
        message: 'Không có đơn vị hành chính nào mang mã này.',
      },
    ]);
    expect(await auditCount()).toBe(audits);
    expect(await countAgencies()).toBe(agencies);
  });
});

describe('PATCH /api/agencies/:id', () => {
  it('changes and deactivates an agency of the scope, with an audit row', async () => {
    const agency = await create(
      adminA,
      input({ name: 'Trạm Y tế cũ', kind: 'health_facility', unitCode: PLACES.communeB }),
    );
    const before = await auditCount('agency.update');
    const res = await adminA.patch(`/api/agencies/${agency.id}`, {
      name: 'Trạm Y tế phường Nha Trang (cơ sở 2)',
      phone: null,
      isActive: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: agency.id,
      name: 'Trạm Y tế phường Nha Trang (cơ sở 2)',
      isActive: false,
    });
    expect(await auditCount('agency.update')).toBe(before + 1);
    const row = await t.db
      .selectFrom('audit_log')
      .select(['target_ids', 'counts', 'actor_id'])
      .where('operation', '=', 'agency.update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ target_ids: [agency.id], counts: { fields: 3 }, actor_id: adminA.userId });
    expect(await listIds(await t.as('provinceOfficerA'))).not.toContain(agency.id);
  });

  it('moves an agency to another unit of the scope and re-derives its province', async () => {
    const agency = await create(admin, input({ unitCode: PLACES.communeC, name: 'Trường chuyển' }));
    const res = await admin.patch(`/api/agencies/${agency.id}`, { unitCode: PLACES.communeA });
    expect(res.json()).toMatchObject({
      unitCode: PLACES.communeA,
      provinceCode: PLACES.provinceA,
      unitName: 'Phường Bắc Nha Trang',
    });
    expect((await adminA.patch(`/api/agencies/${agency.id}`, { unitCode: PLACES.communeC })).statusCode).toBe(
      403,
    );
    expect((await adminA.patch(`/api/agencies/${agency.id}`, { unitCode: '99999' })).statusCode).toBe(400);
  });

  it('answers 404 outside the scope, 403 without the permission, 400 on bad input', async () => {
    expect((await adminA.patch(`/api/agencies/${ids.hanoi}`, { name: 'X' })).statusCode).toBe(404);
    expect((await adminA.patch(`/api/agencies/${crypto.randomUUID()}`, { name: 'X' })).statusCode).toBe(404);
    expect(
      (await (await t.as('provinceOfficerA')).patch(`/api/agencies/${ids.communeB}`, { name: 'X' }))
        .statusCode,
    ).toBe(403);
    const bad = await adminA.patch(`/api/agencies/${ids.communeB}`, { isActive: 'no', email: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad).sort()).toEqual(['body.email', 'body.isActive']);
  });

  it('writes no audit row when nothing changes', async () => {
    const audits = await auditCount();
    const res = await adminA.patch(`/api/agencies/${ids.communeB}`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(ids.communeB);
    expect(await auditCount()).toBe(audits);
  });
});
