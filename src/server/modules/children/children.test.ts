import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { Child, ChildLookupResult, DuplicateCandidate } from '../../../shared/domain/Child';
import type { ApiError } from '../../../shared/errors';
import { childInput, createChildAs, yearsAgo } from './children.test-helpers';
import { updateChild } from './child-update.service';
import { SYSTEM_ACTOR } from '../../audit/audit.repo';

/**
 * The register core API: create (validation, idempotency, jurisdiction), view with purpose, change with optimistic
 * concurrency, exact look-up — and who may reach what (roles.ts: commune officer own commune; province officer
 * province, read only; village collaborator basic fields; hotline national without sensitive fields; partner
 * agency nothing yet; national officer and system administrator no child data).
 */
let t: TestContext;
let officerA: TestClient;
let officerB: TestClient;

const view = (c: TestClient, id: string, q = 'purpose=case_work') => c.get(`/api/children/${id}?${q}`);
const errorOf = (body: string) =>
  JSON.parse(body) as ApiError & { error: { candidates?: DuplicateCandidate[]; currentVersion?: number } };

beforeAll(async () => {
  t = await createTestContext();
  officerA = await t.as('communeOfficerA');
  officerB = await t.as('communeOfficerB');
});
afterAll(async () => t.close());

describe('POST /api/children', () => {
  it('creates a child with NFC name, normalised phone, age and active flag', async () => {
    const nfd = '  Nguye\u0302\u0303n   Va\u0306n  Bi\u0300nh '.normalize('NFD');
    const child = await createChildAs(officerA, {
      fullName: nfd,
      birthDate: yearsAgo(5),
      caregivers: [{ relation: 'father', fullName: 'Nguyễn Văn Hùng', phone: '+84 912.345.678' }],
    });
    expect(child.fullName).toBe('Nguyễn Văn Bình');
    expect(child.fullName).toBe(child.fullName.normalize('NFC'));
    expect(child.caregivers[0]?.phone).toBe('0912345678');
    expect(child.age).toBe(5);
    expect(child.active).toBe(true);
    expect(child.communeName).toBe('Phường Bắc Nha Trang');
    expect(child.provinceCode).toBe(PLACES.provinceA);
    expect(child.ethnicityName).toBe('Kinh');
    expect(child.version).toBe(1);
    expect(child.sensitiveVisible).toBe(true);
  });

  it('creates once for a retried transactionId', async () => {
    const body = childInput();
    const first = await officerA.post('/api/children', body);
    const second = await officerA.post('/api/children', body);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json<Child>().id).toBe(first.json<Child>().id);
    const rows = await t.db
      .selectFrom('children')
      .select('id')
      .where('transaction_id', '=', body.transactionId as string)
      .execute();
    expect(rows).toHaveLength(1);
    // Another commune's officer replaying the id learns nothing about the child.
    expect((await officerB.post('/api/children', body)).statusCode).toBe(409);
  });

  it('answers 400 with field paths and shared message ids', async () => {
    const res = await officerA.post(
      '/api/children',
      childInput({
        personalId: '12345',
        fullName: '   ',
        sex: 'boy',
        caregivers: [{ relation: 'mother', fullName: 'Lê Thị Mai', phone: '12345' }],
      }),
    );
    expect(res.statusCode).toBe(400);
    const fields = errorOf(res.body).error.fields ?? [];
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f.messageId]));
    expect(byPath['body.personalId']).toBe('field.invalidFormat');
    expect(byPath['body.fullName']).toBe('field.required');
    expect(byPath['body.sex']).toBe('field.invalidOption');
    expect(byPath['body.caregivers.0.phone']).toBe('field.invalidFormat');
    expect(fields.find((f) => f.path === 'body.fullName')?.message).toBe('Trường này là bắt buộc.');
  });

  it('refuses a birth date in the future and a person already 16 (Luật Trẻ em Điều 1)', async () => {
    const future = await officerA.post('/api/children', childInput({ birthDate: yearsAgo(-1) }));
    expect(future.statusCode).toBe(400);
    expect(errorOf(future.body).error.fields).toContainEqual(
      expect.objectContaining({ path: 'body.birthDate', messageId: 'child.birthDateFuture' }),
    );
    const sixteen = await officerA.post('/api/children', childInput({ birthDate: yearsAgo(16) }));
    expect(sixteen.statusCode).toBe(400);
    expect(errorOf(sixteen.body).error.fields).toContainEqual(
      expect.objectContaining({ path: 'body.birthDate', messageId: 'child.notAChild' }),
    );
    // One day short of 16 is still a child.
    await createChildAs(officerA, { birthDate: yearsAgo(16, -1) });
  });

  it('keeps an estimated birth year until the child is certainly 16', async () => {
    const year = Number(yearsAgo(16).slice(0, 4));
    const child = await createChildAs(officerA, { birthDate: `${year}-07-15`, birthPrecision: 'year' });
    expect(child.birthDate).toBe(`${year}-01-01`);
    expect(child.agesOutOn).toBe(`${year + 17}-01-01`);
    expect(child.active).toBe(true);
    const older = await officerA.post(
      '/api/children',
      childInput({ birthDate: `${year - 1}-07-15`, birthPrecision: 'year' }),
    );
    expect(older.statusCode).toBe(400);
  });

  it('refuses a commune outside the jurisdiction (403) and an unknown one (400)', async () => {
    const outside = await officerA.post('/api/children', childInput({ communeCode: PLACES.communeB }));
    expect(outside.statusCode).toBe(403);
    const unknown = await officerA.post('/api/children', childInput({ communeCode: '99999' }));
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown.body).error.fields?.[0]?.path).toBe('body.communeCode');
  });

  it('lets only roles with children.write create', async () => {
    for (const key of [
      'provinceOfficerA',
      'hotlineCounsellor',
      'adminNational',
      'nationalOfficer',
    ] as const) {
      const res = await (await t.as(key)).post('/api/children', childInput());
      expect(res.statusCode, key).toBe(403);
    }
    // A village collaborator registers children of the commune, but not their sensitive fields.
    const collaborator = await t.as('villageCollaboratorA');
    await createChildAs(collaborator);
    const sensitive = await collaborator.post('/api/children', childInput({ sensitive: { drugUse: true } }));
    expect(sensitive.statusCode).toBe(403);
  });
});

describe('duplicates on create', () => {
  let original: Child;
  beforeAll(async () => {
    original = await createChildAs(officerA, {
      personalId: '056215000123',
      fullName: 'Nguyễn Văn An',
      birthDate: '2016-03-10',
      sex: 'male',
      caregivers: [{ relation: 'mother', fullName: 'Phạm Thị Lan', phone: '0987654321', isPrimary: true }],
    });
  });

  it('finds the same personal id and never creates a second holder', async () => {
    const res = await officerA.post(
      '/api/children',
      childInput({ personalId: '056 215 000 123', confirmNotDuplicate: true }),
    );
    expect(res.statusCode).toBe(409);
    const err = errorOf(res.body).error;
    expect(err.messageId).toBe('child.personalIdTaken');
    expect(err.candidates?.map((c) => c.id)).toEqual([original.id]);
    // Another commune learns that the number is taken, not whose it is.
    const other = await officerB.post(
      '/api/children',
      childInput({ personalId: '056215000123', communeCode: PLACES.communeB }),
    );
    expect(other.statusCode).toBe(409);
    expect(errorOf(other.body).error.candidates).toEqual([]);
  });

  it('finds the same name without diacritics, a close birth date and the same commune', async () => {
    const res = await officerA.post(
      '/api/children',
      childInput({ fullName: 'nguyen  van AN', birthDate: '2016-03-25', caregivers: [] }),
    );
    expect(res.statusCode).toBe(409);
    const err = errorOf(res.body).error;
    expect(err.messageId).toBe('child.duplicateCandidates');
    expect(err.candidates).toEqual([
      {
        id: original.id,
        fullName: 'Nguyễn Văn An',
        birthDate: '2016-03-10',
        birthPrecision: 'day',
        communeCode: PLACES.communeA,
        communeName: 'Phường Bắc Nha Trang',
        reasons: ['name_birth_commune'],
      },
    ]);
    // Outside the tolerance (30 days for exact dates) or in another commune: not a candidate.
    const far = await officerA.post(
      '/api/children',
      childInput({ fullName: 'Nguyễn Văn An', birthDate: '2016-05-01', caregivers: [] }),
    );
    expect(far.statusCode).toBe(201);
    const elsewhere = await officerB.post(
      '/api/children',
      childInput({
        fullName: 'Nguyễn Văn An',
        birthDate: '2016-03-10',
        communeCode: PLACES.communeB,
        caregivers: [],
      }),
    );
    expect(elsewhere.statusCode).toBe(201);
  });

  it('matches an estimated birth year within a year', async () => {
    const res = await officerA.post(
      '/api/children',
      childInput({
        fullName: 'Nguyễn Văn An',
        birthDate: '2015-01-01',
        birthPrecision: 'year',
        caregivers: [],
      }),
    );
    expect(res.statusCode).toBe(409);
    expect(errorOf(res.body).error.candidates?.map((c) => c.id)).toContain(original.id);
  });

  it('finds a caregiver with the same phone, only inside the jurisdiction', async () => {
    const body = childInput({
      fullName: 'Nguyễn Thị Bình',
      caregivers: [{ relation: 'mother', fullName: 'Phạm Thị Lan', phone: '098 765 4321' }],
    });
    const res = await officerA.post('/api/children', body);
    expect(res.statusCode).toBe(409);
    const err = errorOf(res.body).error;
    expect(err.candidates).toEqual([
      expect.objectContaining({ id: original.id, reasons: ['caregiver_phone'] }),
    ]);
    const fromB = await officerB.post('/api/children', { ...body, communeCode: PLACES.communeB });
    expect(fromB.statusCode).toBe(201);
  });

  it('creates on confirmNotDuplicate and remembers the pair', async () => {
    const body = childInput({
      fullName: 'Nguyễn Thị Bình',
      caregivers: [{ relation: 'mother', fullName: 'Phạm Thị Lan', phone: '0987654321' }],
      confirmNotDuplicate: true,
    });
    const res = await officerA.post('/api/children', body);
    expect(res.statusCode).toBe(201);
    const created = res.json<Child>();
    const [a, b] = [created.id, original.id].sort();
    const decision = await t.db
      .selectFrom('child_duplicate_decisions')
      .selectAll()
      .where('child_a', '=', a!)
      .where('child_b', '=', b!)
      .executeTakeFirst();
    expect(decision?.decision).toBe('not_duplicate');
    expect(decision?.decided_by).toBe(officerA.userId);
  });
});

describe('GET /api/children/:id', () => {
  let child: Child;
  beforeAll(async () => {
    child = await createChildAs(officerA, {
      sensitive: { hivStatus: 'exposed', healthNotes: 'Khám định kỳ' },
    });
  });

  it('requires a purpose from the closed list and audits the view with it', async () => {
    const none = await officerA.get(`/api/children/${child.id}`);
    expect(none.statusCode).toBe(400);
    expect(errorOf(none.body).error.fields?.[0]).toMatchObject({
      path: 'querystring.purpose',
      messageId: 'field.required',
    });
    expect((await view(officerA, child.id, 'purpose=curiosity')).statusCode).toBe(400);
    const ok = await view(officerA, child.id, 'purpose=verification');
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Child>().sensitive).toMatchObject({ hivStatus: 'exposed', healthNotes: 'Khám định kỳ' });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'child.view')
      .where('actor_id', '=', officerA.userId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.purpose).toBe('verification');
    expect(audit.target_ids).toEqual([child.id]);
    expect(audit.unit_code).toBe(PLACES.communeA);
    expect(JSON.stringify(audit)).not.toContain(child.fullName);
  });

  it('answers 404 outside the jurisdiction, like a missing child', async () => {
    expect((await view(officerB, child.id)).statusCode).toBe(404);
    expect((await view(await t.as('provinceOfficerB'), child.id)).statusCode).toBe(404);
    expect((await view(await t.as('communeOfficerC'), child.id)).statusCode).toBe(404);
    expect((await view(await t.as('partnerPoliceA'), child.id)).statusCode).toBe(404);
    expect((await view(officerA, crypto.randomUUID())).statusCode).toBe(404);
  });

  it('answers 403 to roles without child data (separation of duties)', async () => {
    expect((await view(await t.as('adminNational'), child.id)).statusCode).toBe(403);
    expect((await view(await t.as('adminProvinceA'), child.id)).statusCode).toBe(403);
    expect((await view(await t.as('nationalOfficer'), child.id)).statusCode).toBe(403);
    expect((await t.anonymous().get(`/api/children/${child.id}?purpose=case_work`)).statusCode).toBe(401);
  });

  it('shows the sensitive fields only with children.read_sensitive', async () => {
    const province = await view(await t.as('provinceOfficerA'), child.id, 'purpose=inspection');
    expect(province.json<Child>().sensitive?.hivStatus).toBe('exposed');
    for (const key of ['hotlineCounsellor', 'villageCollaboratorA', 'fundOfficerA'] as const) {
      const res = await view(await t.as(key), child.id, 'purpose=hotline_call');
      expect(res.statusCode, key).toBe(200);
      const seen = res.json<Child>();
      expect(seen.sensitive, key).toBeNull();
      expect(seen.sensitiveVisible, key).toBe(false);
      expect(res.body, key).not.toContain('Khám định kỳ');
      expect(res.body, key).not.toContain('exposed');
    }
  });

  it('computes age and active at any reference date', async () => {
    const young = await createChildAs(officerA, { birthDate: '2012-02-29' });
    const at = async (asOf: string) =>
      (await view(officerA, young.id, `purpose=reporting&asOf=${asOf}`)).json<Child>();
    expect(young.agesOutOn).toBe('2028-02-29');
    expect((await at('2028-02-28')).active).toBe(true);
    expect((await at('2028-02-28')).age).toBe(15);
    expect((await at('2028-02-29')).active).toBe(false);
    expect((await at('2028-02-29')).age).toBe(16);
    expect((await at('2020-02-29')).age).toBe(8);
  });
});

describe('PATCH /api/children/:id', () => {
  it('changes fields, bumps the version and refuses a stale version (409)', async () => {
    const child = await createChildAs(officerA);
    const res = await officerA.patch(`/api/children/${child.id}`, {
      transactionId: crypto.randomUUID(),
      version: 1,
      schooling: 'lower_secondary',
      village: 'Thôn Đông',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Child>()).toMatchObject({
      version: 2,
      schooling: 'lower_secondary',
      village: 'Thôn Đông',
    });
    const stale = await officerA.patch(`/api/children/${child.id}`, {
      transactionId: crypto.randomUUID(),
      version: 1,
      village: 'Thôn Tây',
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body).error).toMatchObject({ messageId: 'child.staleVersion', currentVersion: 2 });
  });

  it('applies a retried transactionId once', async () => {
    const child = await createChildAs(officerA);
    const body = { transactionId: crypto.randomUUID(), version: 1, addressLine: 'Số 5 đường Trần Phú' };
    expect((await officerA.patch(`/api/children/${child.id}`, body)).statusCode).toBe(200);
    const again = await officerA.patch(`/api/children/${child.id}`, body);
    expect(again.statusCode).toBe(200);
    expect(again.json<Child>().version).toBe(2);
    const history = await t.db
      .selectFrom('child_history')
      .select('id')
      .where('child_id', '=', child.id)
      .execute();
    expect(history).toHaveLength(2); // create + one update
  });

  it('answers 404 outside the jurisdiction and 403 without children.write', async () => {
    const child = await createChildAs(officerA);
    const body = { transactionId: crypto.randomUUID(), version: 1, village: 'Thôn Bắc' };
    expect((await officerB.patch(`/api/children/${child.id}`, body)).statusCode).toBe(404);
    expect((await (await t.as('provinceOfficerA')).patch(`/api/children/${child.id}`, body)).statusCode).toBe(
      403,
    );
    expect(
      (await (await t.as('hotlineCounsellor')).patch(`/api/children/${child.id}`, body)).statusCode,
    ).toBe(403);
  });

  it('lets a village collaborator change basic fields but not the sensitive ones (403)', async () => {
    const child = await createChildAs(officerA);
    const collaborator = await t.as('villageCollaboratorA');
    const basic = await collaborator.patch(`/api/children/${child.id}`, {
      transactionId: crypto.randomUUID(),
      version: 1,
      schooling: 'dropped_out',
    });
    expect(basic.statusCode).toBe(200);
    const sensitive = await collaborator.patch(`/api/children/${child.id}`, {
      transactionId: crypto.randomUUID(),
      version: 2,
      sensitive: { conflictWithLaw: true },
    });
    expect(sensitive.statusCode).toBe(403);
    expect(errorOf(sensitive.body).error.messageId).toBe('child.sensitiveForbidden');
  });

  it('refuses to move a child out of the jurisdiction; a move inside it keeps the history', async () => {
    const child = await createChildAs(officerA);
    const out = await officerA.patch(`/api/children/${child.id}`, {
      transactionId: crypto.randomUUID(),
      version: 1,
      communeCode: PLACES.communeB,
    });
    expect(out.statusCode).toBe(403);
    // No role writes province-wide yet: call the service with a province-wide writer.
    const user = {
      id: t.users.provinceOfficerA.id,
      role: 'province_officer' as const,
      unitCode: '56',
      provinceCode: '56',
      agencyId: null,
    };
    const moved = await updateChild(
      { db: t.db, now: () => new Date(), config: t.config },
      { actor: SYSTEM_ACTOR, user, scope: { kind: 'province', provinceCode: '56' }, locale: 'vi' },
      child.id,
      { transactionId: crypto.randomUUID(), version: 1, communeCode: PLACES.communeB },
    );
    expect(moved.communeCode).toBe(PLACES.communeB);
    expect((await view(officerA, child.id)).statusCode).toBe(404);
    const hist = await officerB.get(`/api/children/${child.id}/history?purpose=record_update`);
    expect(hist.statusCode).toBe(200);
    const update = hist.json<{ items: { operation: string; changes: Record<string, unknown> }[] }>().items[0];
    expect(update?.operation).toBe('update');
    expect(update?.changes.communeCode).toEqual({ before: PLACES.communeA, after: PLACES.communeB });
  });
});

describe('GET /api/children/lookup', () => {
  let child: Child;
  beforeAll(async () => {
    child = await createChildAs(officerA, {
      personalId: '056216001234',
      caregivers: [{ relation: 'grandparent', fullName: 'Võ Văn Sáu', phone: '0258 3812 345' }],
    });
  });

  it('finds by personal id or caregiver phone inside the jurisdiction, audited', async () => {
    const byId = await officerA.get('/api/children/lookup?personalId=056216001234');
    expect(byId.json<ChildLookupResult>().items.map((i) => i.id)).toEqual([child.id]);
    const byPhone = await officerA.get(
      `/api/children/lookup?phone=${encodeURIComponent('+84 258 3812 345')}`,
    );
    expect(byPhone.json<ChildLookupResult>().items.map((i) => i.id)).toEqual([child.id]);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'child.lookup')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.target_ids).toEqual([child.id]);
    expect(JSON.stringify(audit)).not.toContain('3812345');
    const hotline = await (
      await t.as('hotlineCounsellor')
    ).get('/api/children/lookup?personalId=056216001234');
    expect(hotline.json<ChildLookupResult>().items).toHaveLength(1);
  });

  it('never finds a child outside the jurisdiction', async () => {
    for (const client of [officerB, await t.as('provinceOfficerB'), await t.as('partnerPoliceA')]) {
      const a = await client.get('/api/children/lookup?personalId=056216001234');
      expect(a.statusCode).toBe(200);
      expect(a.json<ChildLookupResult>().items).toEqual([]);
      const b = await client.get('/api/children/lookup?phone=02583812345');
      expect(b.json<ChildLookupResult>().items).toEqual([]);
    }
    expect(
      (await (await t.as('adminNational')).get('/api/children/lookup?phone=02583812345')).statusCode,
    ).toBe(403);
  });

  it('needs exactly one valid key', async () => {
    expect((await officerA.get('/api/children/lookup')).statusCode).toBe(400);
    expect(
      (await officerA.get('/api/children/lookup?personalId=056216001234&phone=0912345678')).statusCode,
    ).toBe(400);
    expect((await officerA.get('/api/children/lookup?personalId=12')).statusCode).toBe(400);
  });
});
