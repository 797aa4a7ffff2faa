import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/test-app';
import { PLACES } from '../../../../test/fixtures';
import type { DuplicatePair, ImportJob, MergeResult } from '../../../../shared/domain/ChildImport';
import { addYearsMonths, vietnamToday } from '../../../../shared/reference/child-age';
import { csvOf, readWorkbook, upload, waitForJob } from '../import/import.test-helpers';

let t: TestContext;
let officerA: TestClient;
let officerB: TestClient;

beforeAll(async () => {
  t = await createTestContext();
  officerA = await t.as('communeOfficerA');
  officerB = await t.as('communeOfficerB');
});
afterAll(async () => {
  await t?.close();
});

const yearsAgo = (n: number) => addYearsMonths(vietnamToday(), -n);
const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A child straight into the register (the create API would stop at the duplicate check, as it should). */
async function child(p: {
  name: string;
  birth: string;
  commune?: string;
  phone?: string | null;
  personalId?: string | null;
}): Promise<string> {
  const commune = p.commune ?? PLACES.communeA;
  const province = commune === PLACES.communeC ? PLACES.provinceB : PLACES.provinceA;
  const row = await t.db
    .insertInto('children')
    .values({
      full_name: p.name,
      birth_date: p.birth,
      sex: 'male',
      commune_code: commune,
      province_code: province,
      personal_id: p.personalId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (p.phone)
    await t.db
      .insertInto('child_caregivers')
      .values({
        child_id: row.id,
        relation: 'mother',
        full_name: 'Phạm Thị Hoa',
        phone: p.phone,
        is_primary: true,
      })
      .execute();
  return row.id;
}

const pairKey = (p: DuplicatePair) => [p.a.id, p.b.id].sort().join('|');
const key = (x: string, y: string) => [x, y].sort().join('|');

async function listPairs(client: TestClient, query = ''): Promise<DuplicatePair[]> {
  const res = await client.get(`/api/children/duplicates${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: DuplicatePair[] }>().items;
}

describe('duplicate review', () => {
  let an1: string;
  let an2: string;
  let sib1: string;
  let sib2: string;
  let farApart: string;
  let inB1: string;
  let inB2: string;

  beforeAll(async () => {
    an1 = await child({ name: 'Nguyễn Văn An', birth: yearsAgo(7), phone: '0911000001' });
    // Same name without diacritics, birth date a week off, same commune.
    an2 = await child({ name: 'Nguyen Van  An', birth: shiftDays(yearsAgo(7), -7) });
    // Siblings: one caregiver phone.
    sib1 = await child({ name: 'Trần Minh Khang', birth: yearsAgo(5), phone: '0922000002' });
    sib2 = await child({ name: 'Trần Minh Khôi', birth: yearsAgo(3), phone: '0922000002' });
    // Same name, six years apart: not a candidate.
    farApart = await child({ name: 'Nguyễn Văn An', birth: yearsAgo(13) });
    inB1 = await child({ name: 'Lê Thị Hồng', birth: yearsAgo(9), commune: PLACES.communeB });
    inB2 = await child({ name: 'Lê Thị Hồng', birth: yearsAgo(9), commune: PLACES.communeB });
  });

  it('lists candidate pairs of the jurisdiction with their reasons, and nothing from another commune', async () => {
    const pairs = await listPairs(officerA);
    const byKey = new Map(pairs.map((p) => [pairKey(p), p]));
    expect(byKey.get(key(an1, an2))?.reasons).toEqual(['name_birth_commune']);
    expect(byKey.get(key(sib1, sib2))?.reasons).toEqual(['caregiver_phone']);
    expect([...byKey.keys()].some((k) => k.includes(farApart))).toBe(false);
    expect([...byKey.keys()].some((k) => k.includes(inB1) || k.includes(inB2))).toBe(false);
    const an = byKey.get(key(an1, an2))!;
    expect([an.a.fullName, an.b.fullName].sort()).toEqual(['Nguyen Van  An', 'Nguyễn Văn An']);
    expect([...an.a.caregiverNames, ...an.b.caregiverNames]).toEqual(['Phạm Thị Hoa']);

    expect((await listPairs(officerB)).map(pairKey)).toEqual([key(inB1, inB2)]);
    // A unit outside the jurisdiction gives an empty list.
    expect(await listPairs(officerA, `?unitCode=${PLACES.communeB}`)).toEqual([]);
    expect((await listPairs(officerA, `?unitCode=${PLACES.communeA}`)).length).toBe(pairs.length);
  });

  it('is for commune officers only', async () => {
    for (const who of [
      'provinceOfficerA',
      'villageCollaboratorA',
      'communeChairmanA',
      'adminNational',
    ] as const) {
      const c = await t.as(who);
      expect((await c.get('/api/children/duplicates')).statusCode).toBe(403);
      expect((await c.post('/api/children/duplicates/dismiss', { aId: an1, bId: an2 })).statusCode).toBe(403);
    }
    expect((await t.anonymous().get('/api/children/duplicates')).statusCode).toBe(401);
    expect((await officerA.get('/api/children/duplicates?unitCode=abc')).statusCode).toBe(400);
  });

  it('"not a duplicate" is remembered and audited; outside the jurisdiction it is a 404', async () => {
    expect(
      (await officerB.post('/api/children/duplicates/dismiss', { aId: sib1, bId: sib2 })).statusCode,
    ).toBe(404);
    expect(
      (await officerA.post('/api/children/duplicates/dismiss', { aId: sib1, bId: sib1 })).statusCode,
    ).toBe(400);
    const res = await officerA.post('/api/children/duplicates/dismiss', { aId: sib2, bId: sib1 });
    expect(res.statusCode, res.body).toBe(204);
    expect((await listPairs(officerA)).map(pairKey)).not.toContain(key(sib1, sib2));
    // Again: still fine, still one decision.
    expect(
      (await officerA.post('/api/children/duplicates/dismiss', { aId: sib1, bId: sib2 })).statusCode,
    ).toBe(204);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['target_ids', 'counts'])
      .where('operation', '=', 'child.duplicate.dismiss')
      .execute();
    expect(audit.length).toBe(2);
    expect([...audit[0]!.target_ids].sort()).toEqual([sib1, sib2].sort());
  });

  it('merges: parts move to the kept child, both histories stay, the merged record points at the kept one', async () => {
    const tx = () => crypto.randomUUID();
    const add = async (url: string, body: Record<string, unknown>) => {
      const r = await officerA.post(url, { transactionId: tx(), ...body });
      expect(r.statusCode, r.body).toBeLessThan(300);
    };
    await add(`/api/children/${an2}/circumstances`, { groupCode: 'a', startDate: yearsAgo(1) });
    await add(`/api/children/${an2}/risk-flags`, { flagCode: 'violence', since: yearsAgo(1) });
    await add(`/api/children/${an2}/supports`, { supportType: 'education', periodStart: yearsAgo(1) });
    await t.db
      .insertInto('child_caregivers')
      .values({ child_id: an2, relation: 'father', full_name: 'Nguyễn Văn Bình', phone: '0933000003' })
      .execute();
    const historyBefore = await t.db
      .selectFrom('child_history')
      .select('id')
      .where('child_id', '=', an2)
      .execute();

    // Another commune's officer cannot reach either child.
    const transactionId = tx();
    expect(
      (await officerB.post('/api/children/duplicates/merge', { keepId: an1, mergeId: an2, transactionId }))
        .statusCode,
    ).toBe(404);
    const res = await officerA.post('/api/children/duplicates/merge', {
      keepId: an1,
      mergeId: an2,
      transactionId,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<MergeResult>()).toEqual({
      keepId: an1,
      mergeId: an2,
      moved: { caregivers: 1, circumstances: 1, riskFlags: 1, supports: 1 },
    });

    const merged = await t.db
      .selectFrom('children')
      .selectAll()
      .where('id', '=', an2)
      .executeTakeFirstOrThrow();
    expect(merged).toMatchObject({ status: 'merged', merged_into: an1 });
    for (const table of ['child_circumstances', 'child_risk_flags', 'child_supports'] as const) {
      const rows = await t.db
        .selectFrom(table)
        .select('child_id')
        .where('child_id', 'in', [an1, an2])
        .execute();
      expect(rows.map((r) => r.child_id)).toEqual([an1]);
    }
    const carers = await t.db
      .selectFrom('child_caregivers')
      .select('full_name')
      .where('child_id', '=', an1)
      .execute();
    expect(carers.map((c) => c.full_name).sort()).toEqual(['Nguyễn Văn Bình', 'Phạm Thị Hoa']);

    // The merged child's history is still its own, with a 'merge' row on each side.
    const hist = async (id: string) =>
      t.db
        .selectFrom('child_history')
        .select(['id', 'operation'])
        .where('child_id', '=', id)
        .orderBy('id')
        .execute();
    const mergedHistory = await hist(an2);
    expect(mergedHistory.slice(0, historyBefore.length).map((h) => h.id)).toEqual(
      historyBefore.map((h) => h.id),
    );
    expect(mergedHistory.at(-1)?.operation).toBe('merge');
    expect((await hist(an1)).at(-1)?.operation).toBe('merge');
    const history = await officerA.get(`/api/children/${an1}/history?purpose=record_update`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items[0]).toMatchObject({
      operation: 'merge',
      fields: expect.arrayContaining(['mergedFrom']),
    });

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['target_ids', 'counts', 'unit_code'])
      .where('operation', '=', 'child.merge')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ target_ids: [an1, an2], unit_code: PLACES.communeA });
    expect(audit.counts).toMatchObject({ caregivers: 1, circumstances: 1 });

    // The pair is decided; a retry answers the first result; merging the merged child again is a conflict.
    expect((await listPairs(officerA)).map(pairKey)).not.toContain(key(an1, an2));
    const retry = await officerA.post('/api/children/duplicates/merge', {
      keepId: an1,
      mergeId: an2,
      transactionId,
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json<MergeResult>().moved).toBeNull();
    const again = await officerA.post('/api/children/duplicates/merge', {
      keepId: an1,
      mergeId: an2,
      transactionId: tx(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageId).toBe('child.merged');
    const intoMerged = await officerA.post('/api/children/duplicates/merge', {
      keepId: an2,
      mergeId: farApart,
      transactionId: tx(),
    });
    expect(intoMerged.statusCode).toBe(409);
    expect(
      (
        await officerA.post('/api/children/duplicates/merge', {
          keepId: an1,
          mergeId: an1,
          transactionId: tx(),
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await officerA.post('/api/children/duplicates/merge', {
          keepId: an1,
          mergeId: inB1,
          transactionId: tx(),
        })
      ).statusCode,
    ).toBe(404);
  });

  it('an imported child resembling one in the register is imported, reported, and proposed for review', async () => {
    const existing = await child({ name: 'Võ Thị Kim Ngân', birth: yearsAgo(6) });
    const [y, m, d] = yearsAgo(6).split('-');
    const res = await upload(
      officerA,
      'trung.csv',
      csvOf([{ fullName: 'Vo Thi Kim Ngan', birth: `${d}/${m}/${y}`, sex: 'Nữ', village: 'Thôn Mới' }]),
    );
    const job = await waitForJob(officerA, res.json<ImportJob>().id);
    expect(job).toMatchObject({ status: 'done', importedCount: 1, duplicateCount: 1, hasReport: true });
    const report = await readWorkbook(
      (await officerA.get(`/api/children/import/${job.id}/errors.xlsx`)).rawPayload,
    );
    expect(report.get('Có thể trùng')![1]).toEqual([
      '2',
      expect.stringContaining('Có thể trùng với trẻ em đã có'),
      `Trẻ em đã có (mã hồ sơ ${existing})`,
    ]);
    const imported = await t.db
      .selectFrom('children')
      .select('id')
      .where('village', '=', 'Thôn Mới')
      .executeTakeFirstOrThrow();
    expect((await listPairs(officerA)).map(pairKey)).toContain(key(existing, imported.id));
    const n = await t.db
      .selectFrom('child_duplicate_decisions')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(n.n).toBe(2);
  });
});
