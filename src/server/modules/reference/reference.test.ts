import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import type { ChildReference } from '../../../shared/domain/ChildStats';
import { CIRCUMSTANCE_GROUPS, SENSITIVE_GROUP_CODES } from '../../../shared/reference/circumstance-groups';
import { loadChildReference, readReferenceFiles, REFERENCE_DIR, REFERENCE_FILES } from './reference.loader';

/** data/reference: loaded on start, idempotent, served to every reader of the register. */
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t.close());

describe('reference lists of the child register', () => {
  it('agree with the legal constants (Luật Trẻ em Điều 10, points a–o)', () => {
    const { rows } = readReferenceFiles();
    expect(
      rows.groups.map((g) => [g.code, g.name_vi, g.name_en, g.decree_article, g.is_sensitive === '1']),
    ).toEqual(CIRCUMSTANCE_GROUPS.map((g) => [g.code, g.nameVi, g.nameEn, g.decreeArticle, g.sensitive]));
    expect(SENSITIVE_GROUP_CODES).toEqual(['đ', 'e', 'g', 'i', 'k', 'l', 'm']);
    expect(rows.ethnicGroups).toHaveLength(54);
    expect(rows.ethnicGroups.map((e) => e.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    const groupCodes = new Set(rows.groups.map((g) => g.code));
    for (const s of rows.subgroups) {
      expect(groupCodes.has(s.group_code ?? ''), s.code).toBe(true);
      expect(s.code?.startsWith(`${s.group_code}.`), s.code).toBe(true);
    }
    for (const text of Object.values(REFERENCE_FILES).map((f) =>
      fs.readFileSync(path.join(REFERENCE_DIR, f), 'utf8'),
    ))
      expect(text).toBe(text.normalize('NFC'));
  });

  it('are served to every reader of the register, sensitive groups included (the list is public law)', async () => {
    for (const key of ['communeOfficerA', 'hotlineCounsellor', 'villageCollaboratorA'] as const) {
      const res = await (await t.as(key)).get('/api/reference/children');
      expect(res.statusCode, key).toBe(200);
      const ref = res.json<ChildReference>();
      expect(ref.ethnicGroups).toHaveLength(54);
      expect(ref.ethnicGroups[0]).toEqual({ code: '01', nameVi: 'Kinh', nameEn: 'Kinh' });
      expect(ref.circumstanceGroups.map((g) => g.code).join('')).toBe('abcdđeghiklmno');
      expect(ref.circumstanceGroups.find((g) => g.code === 'l')).toMatchObject({
        isSensitive: true,
        decreeArticle: 'Nghị định 56/2017/NĐ-CP Điều 13',
      });
      expect(ref.subgroups.find((s) => s.code === 'a.1')?.verified).toBe(true);
      expect(ref.subgroups.find((s) => s.code === 'c.7')?.verified).toBe(false);
      expect(ref.riskFlagTypes.map((f) => f.code)).toEqual(
        expect.arrayContaining(['violence', 'child_marriage', 'drowning', 'online_abuse']),
      );
    }
    // Reference lists are not child data: any logged-in user may read them, nobody anonymous.
    expect((await (await t.as('nationalOfficer')).get('/api/reference/children')).statusCode).toBe(200);
    expect((await t.anonymous().get('/api/reference/children')).statusCode).toBe(401);
  });

  it('load once, and keep an administrator’s correction of an unverified row', async () => {
    expect((await loadChildReference(t.db)).loaded).toBe(false);
    await t.db
      .updateTable('circumstance_subgroups')
      .set({ name_vi: 'Sửa bởi quản trị viên' })
      .where('code', '=', 'c.10')
      .execute();
    await t.db
      .updateTable('circumstance_subgroups')
      .set({ name_vi: 'Sai' })
      .where('code', '=', 'a.1')
      .execute();
    // A new release of the files (another checksum) reloads: verified rows are restored, edited ones kept.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-ref-'));
    for (const f of Object.values(REFERENCE_FILES))
      fs.copyFileSync(path.join(REFERENCE_DIR, f), path.join(dir, f));
    fs.appendFileSync(path.join(dir, REFERENCE_FILES.riskFlags), 'heat_stroke,Say nắng,Heat stroke,16\n');
    try {
      expect((await loadChildReference(t.db, dir)).loaded).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const rows = await t.db
      .selectFrom('circumstance_subgroups')
      .select(['code', 'name_vi'])
      .where('code', 'in', ['a.1', 'c.10'])
      .orderBy('code')
      .execute();
    expect(rows).toEqual([
      { code: 'a.1', name_vi: 'Trẻ em mồ côi cả cha và mẹ không có người chăm sóc' },
      { code: 'c.10', name_vi: 'Sửa bởi quản trị viên' },
    ]);
    const flag = await t.db
      .selectFrom('risk_flag_types')
      .select('code')
      .where('code', '=', 'heat_stroke')
      .execute();
    expect(flag).toHaveLength(1);
  });
});
