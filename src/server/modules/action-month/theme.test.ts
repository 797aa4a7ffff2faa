import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { AmTheme } from '../../../shared/domain/ActionMonth';
import { REFERENCE_DIR } from '../reference/reference.loader';
import { loadActionMonthThemes, readThemeFile } from './theme.loader';
import { errorOf, fieldPaths } from './plan.test-helpers';

let t: TestContext;
let national: TestClient;
beforeAll(async () => {
  t = await createTestContext();
  national = await t.as('nationalOfficer');
});
afterAll(async () => t.close());

const themeBody = (year: number, overrides: Record<string, unknown> = {}) => ({
  theme: `Chủ đề thử nghiệm năm ${year}`,
  slogans: ['Trẻ em hôm nay, thế giới ngày mai', '  Vì trẻ em  '],
  guidingDocument: 'Công văn số 123/BYT-BMTE',
  periodStart: `${year}-06-01`,
  periodEnd: `${year}-06-30`,
  communeReportDue: `${year}-07-19`,
  provinceReportDue: `${year}-07-31`,
  ...overrides,
});

describe('reference themes', () => {
  it('ships the verified themes of 2016–2025 with their sources, period 01/06–30/06 and the default deadlines', async () => {
    const res = await (await t.as('communeOfficerA')).get('/api/action-month/themes');
    expect(res.statusCode).toBe(200);
    const themes = res.json<AmTheme[]>();
    expect(themes.map((x) => x.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016]);
    expect(themes.every((x) => x.isReference && x.source?.startsWith('domain.md §4 [V:'))).toBe(true);
    expect(themes.find((x) => x.year === 2025)).toMatchObject({
      theme: 'Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em',
      periodStart: '2025-06-01',
      periodEnd: '2025-06-30',
      communeReportDue: '2025-07-19',
      provinceReportDue: '2025-07-31',
      slogans: [],
    });
    expect(themes.find((x) => x.year === 2018)?.guidingDocument).toContain('1499/LĐTBXH-TE');
  });

  it('loads only what is missing: an edited year survives a new release of the file, a deleted one comes back', async () => {
    expect((await loadActionMonthThemes(t.db)).loaded).toBe(false);
    const edited = await national.put('/api/action-month/themes/2017', themeBody(2017));
    expect(edited.statusCode, edited.body).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-themes-'));
    const csv = fs.readFileSync(path.join(REFERENCE_DIR, 'action-month-themes.csv'), 'utf8');
    fs.writeFileSync(
      path.join(dir, 'action-month-themes.csv'),
      `${csv.trimEnd()}\n`.replace('2016-07-31', '2016-07-30'),
    );
    await t.db.deleteFrom('am_themes').where('year', '=', 2016).execute();
    expect((await loadActionMonthThemes(t.db, dir)).loaded).toBe(true);
    const rows = await t.db.selectFrom('am_themes').selectAll().where('year', 'in', [2016, 2017]).execute();
    expect(rows.find((r) => r.year === 2017)).toMatchObject({
      theme: 'Chủ đề thử nghiệm năm 2017',
      is_reference: false,
    });
    expect(rows.find((r) => r.year === 2016)).toMatchObject({
      province_report_due: '2016-07-30',
      is_reference: true,
    });
    expect(readThemeFile(dir).rows).toHaveLength(10);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('setting a year’s theme', () => {
  it('lets a national officer create a later year, audited, and edit it', async () => {
    const res = await national.put('/api/action-month/themes/2031', themeBody(2031));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AmTheme>()).toMatchObject({
      year: 2031,
      slogans: ['Trẻ em hôm nay, thế giới ngày mai', 'Vì trẻ em'],
      isReference: false,
      source: null,
    });
    const again = await national.put(
      '/api/action-month/themes/2031',
      themeBody(2031, { theme: 'Chủ đề đã sửa' }),
    );
    expect(again.json<AmTheme>().theme).toBe('Chủ đề đã sửa');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['operation', 'target_ids', 'actor_id'])
      .where('operation', '=', 'action_month.theme.update' as never)
      .where('target_type', '=', 'am_theme')
      .execute();
    expect(audit.filter((a) => a.target_ids.includes('2031'))).toHaveLength(2);
    expect(audit.every((a) => a.actor_id === national.userId)).toBe(true);
  });

  it('marks an edited reference year as no longer the reference, keeping its source', async () => {
    const res = await national.put('/api/action-month/themes/2024', themeBody(2024));
    expect(res.json<AmTheme>()).toMatchObject({ isReference: false, source: 'domain.md §4 [V:S48]' });
  });

  it('answers 403 to a province officer and 401 without a session', async () => {
    const province = await t.as('provinceOfficerA');
    expect((await province.put('/api/action-month/themes/2032', themeBody(2032))).statusCode).toBe(403);
    expect((await t.anonymous().put('/api/action-month/themes/2032', themeBody(2032))).statusCode).toBe(401);
    expect((await t.anonymous().get('/api/action-month/themes')).statusCode).toBe(401);
  });

  it('refuses dates outside the year, a province deadline before the commune one, and malformed bodies', async () => {
    const outside = await national.put(
      '/api/action-month/themes/2033',
      themeBody(2033, { periodStart: '2032-06-01' }),
    );
    expect(outside.statusCode).toBe(400);
    expect(fieldPaths(outside.body)).toEqual(['body.periodStart']);
    const deadlines = await national.put(
      '/api/action-month/themes/2033',
      themeBody(2033, { provinceReportDue: '2033-07-10' }),
    );
    expect(fieldPaths(deadlines.body)).toEqual(['body.provinceReportDue']);
    expect(errorOf(deadlines.body).messageId).toBe('error.validation');
    const reversed = await national.put(
      '/api/action-month/themes/2033',
      themeBody(2033, { periodEnd: '2033-05-01' }),
    );
    expect(fieldPaths(reversed.body)).toContain('body.periodEnd');
    const empty = await national.put('/api/action-month/themes/2033', themeBody(2033, { theme: '   ' }));
    expect(fieldPaths(empty.body)).toEqual(['body.theme']);
    expect((await national.put('/api/action-month/themes/1999', themeBody(1999))).statusCode).toBe(400);
    expect(await t.db.selectFrom('am_themes').select('year').where('year', '=', 2033).execute()).toEqual([]);
  });
});

describe('the public theme', () => {
  it('answers the current year’s theme in Vietnam time without a login, else the latest year before it', async () => {
    t.setNow(new Date('2025-12-31T17:30:00Z')); // already 1 January 2026 in Viet Nam: no 2026 theme yet
    const latest = await t.anonymous().get('/api/public/action-month/theme');
    expect(latest.statusCode).toBe(200);
    expect(latest.json()).toEqual({
      year: 2025,
      theme: 'Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em',
      slogans: [],
      periodStart: '2025-06-01',
      periodEnd: '2025-06-30',
    });
    await national.put('/api/action-month/themes/2026', themeBody(2026));
    expect((await t.anonymous().get('/api/public/action-month/theme')).json<AmTheme>().year).toBe(2026);
    t.setNow(new Date('2015-06-01T00:00:00Z'));
    expect((await t.anonymous().get('/api/public/action-month/theme')).statusCode).toBe(404);
    t.setNow(null);
  });
});
