import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import { AM_FIGURES } from '../../../shared/domain/ActionMonth';
import { docxText, flat, loadWorkbook, pdfText, sheetRows } from './am-exports.test-helpers';
import { ROLLUP_SHEET, RESULTS_SHEET } from './report-xlsx';
import { YEAR, seedExportFixtures } from './am-exports.seed.test-helpers';

/** The export routes over plans and reports inserted directly (am-exports.seed.test-helpers.ts). */
const AM = '/api/action-month';
const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
const FORMATS = ['pdf', 'docx', 'xlsx'] as const;

let t: TestContext;
let ids: Awaited<ReturnType<typeof seedExportFixtures>>;

beforeAll(async () => {
  t = await createTestContext();
  ids = await seedExportFixtures(t);
});

afterAll(async () => {
  await t.close();
});

describe('GET /plans/:id/export.{pdf,docx,xlsx}', () => {
  it('gives a commune officer its province plan in every format, with the right type and file name', async () => {
    const client = await t.as('communeOfficerA');
    for (const format of FORMATS) {
      const res = await client.get(`${AM}/plans/${ids.plan}/export.${format}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(TYPES[format]);
      expect(res.headers['cache-control']).toBe('no-store');
      const disposition = String(res.headers['content-disposition']);
      expect(disposition).toContain(
        `filename="Ke-hoach-1712-KH-UBND-Thang-hanh-dong-vi-tre-em-${YEAR}.${format}"`,
      );
      expect(disposition).toContain(
        `filename*=UTF-8''${encodeURIComponent(`Kế hoạch 1712-KH-UBND - Tháng hành động vì trẻ em ${YEAR}.${format}`)}`,
      );
      expect(disposition).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('puts the number, title, activities, assignees and budgets in the PDF, DOCX and XLSX', async () => {
    const client = await t.as('communeOfficerA');
    const pdf = await client.get(`${AM}/plans/${ids.plan}/export.pdf`);
    const { text } = await pdfText(pdf.rawPayload);
    const docx = flat(docxText((await client.get(`${AM}/plans/${ids.plan}/export.docx`)).rawPayload));
    for (const body of [text, docx])
      for (const s of [
        'Số: 1712/KH-UBND',
        'Khánh Hoà, ngày 12 tháng 5 năm 2031',
        `Tổ chức Tháng hành động vì trẻ em năm ${YEAR}`,
        'Chủ đề kiểm thử xuất báo cáo',
        'Lễ phát động cấp tỉnh',
        'Diễn đàn trẻ em phường',
        'Công an phường Bắc Nha Trang',
        'Phường Bắc Nha Trang',
        '150.000.000',
        '155.500.000',
        'Trần Minh Đức',
      ])
        expect(body).toContain(s);
    const wb = await loadWorkbook((await client.get(`${AM}/plans/${ids.plan}/export.xlsx`)).rawPayload);
    const rows = sheetRows(wb.worksheets[0] ?? wb.addWorksheet());
    const data = rows.slice(rows.findIndex((r) => r[0] === 'TT') + 1);
    expect(data.map((r) => r[2])).toEqual(['Lễ phát động cấp tỉnh', 'Diễn đàn trẻ em phường', undefined]);
    expect(data.map((r) => r[7])).toEqual([150_000_000, 5_500_000, 155_500_000]);
  });

  it('prints a draft plan as a draft dated today (Vietnam time)', async () => {
    t.setNow(new Date(`${YEAR}-05-20T18:30:00Z`));
    try {
      const res = await (await t.as('communeOfficerA')).get(`${AM}/plans/${ids.draft}/export.pdf`);
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['content-disposition'])).toContain('Ke-hoach-du-thao-');
      const { text } = await pdfText(res.rawPayload);
      expect(text).toContain('(Dự thảo)');
      expect(text).toContain(`Bắc Nha Trang, ngày 21 tháng 5 năm ${YEAR}`);
    } finally {
      t.setNow(null);
    }
  });

  it('answers 404 outside the caller’s reach, 401 without a session, 403 without the permission', async () => {
    const communeB = await t.as('communeOfficerB');
    const communeC = await t.as('communeOfficerC');
    const provinceB = await t.as('provinceOfficerB');
    for (const format of FORMATS) {
      expect((await communeB.get(`${AM}/plans/${ids.draft}/export.${format}`)).statusCode).toBe(404);
      expect((await communeC.get(`${AM}/plans/${ids.plan}/export.${format}`)).statusCode).toBe(404);
      expect((await provinceB.get(`${AM}/plans/${ids.plan}/export.${format}`)).statusCode).toBe(404);
      expect((await communeB.get(`${AM}/plans/${crypto.randomUUID()}/export.${format}`)).statusCode).toBe(
        404,
      );
    }
    expect((await t.anonymous().get(`${AM}/plans/${ids.plan}/export.pdf`)).statusCode).toBe(401);
    expect(
      (await (await t.as('hotlineCounsellor')).get(`${AM}/plans/${ids.plan}/export.pdf`)).statusCode,
    ).toBe(403);
  });

  it('refuses a malformed id and an unknown format', async () => {
    const client = await t.as('communeOfficerA');
    const bad = await client.get(`${AM}/plans/not-a-uuid/export.pdf`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id');
    expect((await client.get(`${AM}/plans/${ids.plan}/export.odt`)).statusCode).toBe(404);
  });
});

describe('GET /reports/:id/export.{pdf,docx,xlsx}', () => {
  it('gives the commune its report with the figures, and keeps commune B and province B out (404)', async () => {
    const own = await t.as('communeOfficerA');
    const res = await own.get(`${AM}/reports/${ids.communeReport}/export.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(TYPES.pdf);
    expect(String(res.headers['content-disposition'])).toContain(
      `filename="Bao-cao-ket-qua-Thang-hanh-dong-vi-tre-em-${YEAR}-Phuong-Bac-Nha-Trang.pdf"`,
    );
    const { text } = await pdfText(res.rawPayload);
    for (const s of [
      'ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG',
      `Bắc Nha Trang, ngày 10 tháng 7 năm ${YEAR}`,
      'Chủ đề kiểm thử xuất báo cáo',
      'Thăm hỏi trẻ em mồ côi',
      'Số trẻ em được thăm hỏi, tặng quà: 40',
      'Giá trị quà tặng 12.000.000 đ',
      'Nơi nhận: - Ủy ban nhân dân tỉnh Khánh Hoà;',
    ])
      expect(text).toContain(s);

    for (const who of ['communeOfficerB', 'communeOfficerC', 'provinceOfficerB'] as const) {
      const client = await t.as(who);
      for (const format of FORMATS)
        expect((await client.get(`${AM}/reports/${ids.communeReport}/export.${format}`)).statusCode).toBe(
          404,
        );
    }
  });

  it('gives the province its report with its communes’ roll-up and the totals', async () => {
    const province = await t.as('provinceOfficerA');
    const pdf = await province.get(`${AM}/reports/${ids.provinceReport}/export.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    const { text } = await pdfText(pdf.rawPayload);
    for (const s of [
      'ỦY BAN NHÂN DÂN TỈNH KHÁNH HOÀ',
      '(Dự thảo)',
      'Tổng hợp từ 1 báo cáo',
      'Thăm hỏi trẻ em tại Trung tâm Bảo trợ xã hội tỉnh',
      // own 60 + commune 40 children gifted; 30M + 12M gifts.
      'Số trẻ em được thăm hỏi, tặng quà 60 40 100',
      'Giá trị quà tặng 30.000.000 đ 12.000.000 đ 42.000.000 đ',
    ])
      expect(text).toContain(s);

    const docx = await province.get(`${AM}/reports/${ids.provinceReport}/export.docx`);
    expect(docx.headers['content-type']).toBe(TYPES.docx);
    expect(flat(docxText(docx.rawPayload))).toContain('42.000.000 đ');

    const xlsx = await province.get(`${AM}/reports/${ids.provinceReport}/export.xlsx`);
    expect(xlsx.headers['content-type']).toBe(TYPES.xlsx);
    const wb = await loadWorkbook(xlsx.rawPayload);
    const results = sheetRows(wb.getWorksheet(RESULTS_SHEET) ?? wb.addWorksheet());
    const rollup = sheetRows(wb.getWorksheet(ROLLUP_SHEET) ?? wb.addWorksheet());
    const gifted = 3 + AM_FIGURES.indexOf('childrenGifted');
    expect(results.at(-1)?.[1]).toBe('Tổng cộng');
    expect(results.at(-1)?.[gifted]).toBe(60);
    expect(rollup.at(-1)?.[1]).toBe('Tổng cộng toàn tỉnh');
    expect(rollup.at(-1)?.[gifted - 1]).toBe(100);
  });

  it('lets the province read its commune’s report, and audits every download', async () => {
    const province = await t.as('provinceOfficerA');
    const res = await province.get(`${AM}/reports/${ids.communeReport}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['operation', 'actor_id', 'target_type', 'target_ids', 'counts', 'province_code'])
      .where('operation', '=', 'action_month.export')
      .where('actor_id', '=', t.users.provinceOfficerA.id)
      .where('target_type', '=', 'am_report')
      .execute();
    const row = audit.find((a) => a.target_ids.includes(ids.communeReport));
    expect(row?.province_code).toBe(PLACES.provinceA);
    expect(row?.counts).toEqual({ xlsx: 1 });
  });

  it('does not audit a refused export', async () => {
    const before = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('operation', '=', 'action_month.export')
      .where('actor_id', '=', t.users.communeOfficerB.id)
      .executeTakeFirstOrThrow();
    const client = await t.as('communeOfficerB');
    expect((await client.get(`${AM}/reports/${ids.communeReport}/export.pdf`)).statusCode).toBe(404);
    const after = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('operation', '=', 'action_month.export')
      .where('actor_id', '=', t.users.communeOfficerB.id)
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
