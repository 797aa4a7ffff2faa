import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { ChildReference } from '../../../shared/domain/ChildStats';
import type {
  AdminRiskFlag,
  AdminSubgroup,
  ReferenceAdminLists,
} from '../../../shared/domain/ReferenceAdmin';
import { createChildAs } from '../children/children.test-helpers';
import { loadChildReference, REFERENCE_DIR, REFERENCE_FILES } from './reference.loader';

/** The national administrator's editor of the sub-groups and risk flag types (issue #3 item 1). */
let t: TestContext;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('adminNational');
});
afterAll(async () => t.close());

type ErrorBody = {
  error: {
    code: string;
    messageId: string;
    fields?: { path: string; messageId: string }[];
  };
};
const auditRows = (operation: string, target: string) =>
  t.db
    .selectFrom('audit_log')
    .select(['operation', 'actor_username', 'target_ids'])
    .where('operation', '=', operation)
    .execute()
    .then((rows) => rows.filter((r) => JSON.stringify(r.target_ids).includes(target)));

describe('sub-groups', () => {
  it('a national administrator adds and edits an unverified sub-group, audited', async () => {
    const created = await admin.post('/api/reference/subgroups', {
      groupCode: 'd',
      code: 'd.9',
      nameVi: 'Trẻ em khuyết tật thử nghiệm',
      nameEn: 'Test disability sub-group',
      sort: 9,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<AdminSubgroup>()).toEqual({
      code: 'd.9',
      groupCode: 'd',
      nameVi: 'Trẻ em khuyết tật thử nghiệm',
      nameEn: 'Test disability sub-group',
      verified: false,
      isActive: true,
      sort: 9,
    });
    const edited = await admin.put('/api/reference/subgroups/d.9', {
      nameVi: 'Trẻ em khuyết tật (sửa)',
      nameEn: null,
      sort: 3,
      isActive: true,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<AdminSubgroup>()).toMatchObject({
      nameVi: 'Trẻ em khuyết tật (sửa)',
      nameEn: null,
      sort: 3,
    });
    const ref = (await admin.get('/api/reference/children')).json<ChildReference>();
    expect(ref.subgroups.find((s) => s.code === 'd.9')).toMatchObject({ nameVi: 'Trẻ em khuyết tật (sửa)' });
    expect(await auditRows('reference.subgroup.create', 'd.9')).toHaveLength(1);
    expect(await auditRows('reference.subgroup.update', 'd.9')).toEqual([
      expect.objectContaining({ actor_username: expect.any(String) }),
    ]);
  });

  it('refuses a taken code (409), a code of another group (400) and malformed input (400 with the field)', async () => {
    const dup = await admin.post('/api/reference/subgroups', {
      groupCode: 'c',
      code: 'c.7',
      nameVi: 'X',
      sort: 1,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json<ErrorBody>().error.messageId).toBe('reference.codeTaken');
    const mismatch = await admin.post('/api/reference/subgroups', {
      groupCode: 'a',
      code: 'b.20',
      nameVi: 'X',
      sort: 1,
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json<ErrorBody>().error.fields).toEqual([
      expect.objectContaining({ path: 'body.code', messageId: 'reference.codeGroupMismatch' }),
    ]);
    const bad = await admin.post('/api/reference/subgroups', {
      groupCode: 'z',
      code: 'a-1',
      nameVi: '',
      sort: 0,
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<ErrorBody>().error.fields?.map((f) => f.path) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(['body.groupCode', 'body.code', 'body.nameVi', 'body.sort']),
    );
    const missing = await admin.put('/api/reference/subgroups/o.99', {
      nameVi: 'X',
      nameEn: null,
      sort: 1,
      isActive: true,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('leaves verified rows (the law’s wording) alone: no rename, no deactivation (409)', async () => {
    for (const body of [
      { nameVi: 'Đổi tên', nameEn: null, sort: 1, isActive: true },
      {
        nameVi: 'Trẻ em mồ côi cả cha và mẹ không có người chăm sóc',
        nameEn: 'Orphaned of both parents and without a caregiver',
        sort: 1,
        isActive: false,
      },
    ]) {
      const res = await admin.put('/api/reference/subgroups/a.1', body);
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorBody>().error.messageId).toBe('reference.verifiedLocked');
    }
    const row = await t.db
      .selectFrom('circumstance_subgroups')
      .select(['name_vi', 'is_active'])
      .where('code', '=', 'a.1')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name_vi: 'Trẻ em mồ côi cả cha và mẹ không có người chăm sóc', is_active: true });
    expect(await auditRows('reference.subgroup.update', 'a.1')).toHaveLength(0);
  });
});

describe('who may edit', () => {
  it('only a national administrator: provincial administrator and commune officer get 403', async () => {
    for (const key of ['adminProvinceA', 'communeOfficerA', 'provinceOfficerA'] as const) {
      const client = await t.as(key);
      expect((await client.get('/api/reference/admin')).statusCode, key).toBe(403);
      expect(
        (
          await client.post('/api/reference/risk-flags', {
            code: 'x_flag',
            nameVi: 'X',
            nameEn: 'X',
            sort: 1,
          })
        ).statusCode,
        key,
      ).toBe(403);
      expect(
        (
          await client.put('/api/reference/subgroups/c.7', {
            nameVi: 'X',
            nameEn: null,
            sort: 1,
            isActive: false,
          })
        ).statusCode,
        key,
      ).toBe(403);
    }
    const provincial = await (await t.as('adminProvinceA')).get('/api/reference/admin');
    expect(provincial.json<ErrorBody>().error.messageId).toBe('reference.nationalOnly');
    const flag = await t.db
      .selectFrom('risk_flag_types')
      .select('code')
      .where('code', '=', 'x_flag')
      .execute();
    expect(flag).toHaveLength(0);
    expect((await t.anonymous().get('/api/reference/admin')).statusCode).toBe(401);
  });

  it('the editor lists every row, inactive ones included', async () => {
    const res = await admin.get('/api/reference/admin');
    expect(res.statusCode).toBe(200);
    const lists = res.json<ReferenceAdminLists>();
    expect(lists.circumstanceGroups.map((g) => g.code).join('')).toBe('abcdđeghiklmno');
    expect(lists.subgroups.find((s) => s.code === 'a.1')).toMatchObject({ verified: true, isActive: true });
    expect(lists.riskFlagTypes.length).toBeGreaterThanOrEqual(15);
  });
});

describe('risk flag types', () => {
  it('are added, edited, and once deactivated refused on a child but kept for history', async () => {
    const created = await admin.post('/api/reference/risk-flags', {
      code: 'cyber_bullying',
      nameVi: 'Bị bắt nạt trên mạng',
      nameEn: 'Cyber-bullied',
      sort: 30,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await admin.post('/api/reference/risk-flags', created.json<AdminRiskFlag>())).statusCode).toBe(
      409,
    );
    const bad = await admin.post('/api/reference/risk-flags', {
      code: 'Bad-Code',
      nameVi: 'X',
      nameEn: 'X',
      sort: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.fields?.map((f) => f.path)).toEqual(['body.code']);

    const officer = await t.as('communeOfficerA');
    const child = await createChildAs(officer);
    const raise = (code: string) =>
      officer.post(`/api/children/${child.id}/risk-flags`, {
        transactionId: crypto.randomUUID(),
        flagCode: code,
        since: '2026-01-05',
      });
    const raised = await raise('cyber_bullying');
    expect(raised.statusCode, raised.body).toBe(201);

    const off = await admin.put('/api/reference/risk-flags/cyber_bullying', {
      nameVi: 'Bị bắt nạt trên mạng',
      nameEn: 'Cyber-bullied',
      sort: 30,
      isActive: false,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json<AdminRiskFlag>().isActive).toBe(false);
    expect(await auditRows('reference.riskflag.update', 'cyber_bullying')).toHaveLength(1);

    const other = await createChildAs(officer);
    const refused = await officer.post(`/api/children/${other.id}/risk-flags`, {
      transactionId: crypto.randomUUID(),
      flagCode: 'cyber_bullying',
      since: '2026-01-05',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().error.fields?.[0]).toMatchObject({ path: 'body.flagCode' });
    const ref = (await officer.get('/api/reference/children')).json<ChildReference>();
    expect(ref.riskFlagTypes.map((f) => f.code)).not.toContain('cyber_bullying');
    // The first child's flag stays on record.
    const kept = await t.db
      .selectFrom('child_risk_flags')
      .select('flag_code')
      .where('child_id', '=', child.id)
      .where('flag_code', '=', 'cyber_bullying')
      .execute();
    expect(kept).toHaveLength(1);
  });

  it('a deactivated sub-group is refused on a child’s circumstance', async () => {
    const off = await admin.put('/api/reference/subgroups/c.7', {
      nameVi: 'Nhóm c.7 ngừng dùng',
      nameEn: null,
      sort: 7,
      isActive: false,
    });
    expect(off.statusCode, off.body).toBe(200);
    const officer = await t.as('communeOfficerA');
    const child = await createChildAs(officer);
    const res = await officer.post(`/api/children/${child.id}/circumstances`, {
      transactionId: crypto.randomUUID(),
      groupCode: 'c',
      subgroupCode: 'c.7',
      startDate: '2026-01-05',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.fields?.[0]).toMatchObject({ path: 'body.subgroupCode' });
    const ok = await officer.post(`/api/children/${child.id}/circumstances`, {
      transactionId: crypto.randomUUID(),
      groupCode: 'c',
      subgroupCode: 'c.8',
      startDate: '2026-01-05',
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});

describe('the loader on a new release of the files', () => {
  it('keeps the administrator’s edits of unverified rows and risk flags', async () => {
    expect(
      (
        await admin.put('/api/reference/subgroups/c.10', {
          nameVi: 'Sửa qua màn hình danh mục',
          nameEn: 'Edited on screen',
          sort: 10,
          isActive: false,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await admin.put('/api/reference/risk-flags/drowning', {
          nameVi: 'Nguy cơ đuối nước (sửa)',
          nameEn: 'Drowning risk (edited)',
          sort: 99,
          isActive: true,
        })
      ).statusCode,
    ).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-ref-admin-'));
    for (const f of Object.values(REFERENCE_FILES))
      fs.copyFileSync(path.join(REFERENCE_DIR, f), path.join(dir, f));
    fs.appendFileSync(path.join(dir, REFERENCE_FILES.riskFlags), 'sun_stroke,Say nắng,Sun stroke,40\n');
    try {
      expect((await loadChildReference(t.db, dir)).loaded).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const lists = (await admin.get('/api/reference/admin')).json<ReferenceAdminLists>();
    expect(lists.subgroups.find((s) => s.code === 'c.10')).toMatchObject({
      nameVi: 'Sửa qua màn hình danh mục',
      nameEn: 'Edited on screen',
      isActive: false,
    });
    expect(lists.riskFlagTypes.find((f) => f.code === 'drowning')).toMatchObject({
      nameVi: 'Nguy cơ đuối nước (sửa)',
      sort: 99,
    });
    expect(lists.riskFlagTypes.find((f) => f.code === 'cyber_bullying')?.isActive).toBe(false);
    expect(lists.riskFlagTypes.some((f) => f.code === 'sun_stroke')).toBe(true);
  });
});
