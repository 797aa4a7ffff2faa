import { beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { renderPlanDocx, renderPlanPdf, renderPlanXlsx } from './am-renderers';
import {
  PROVINCE_UNIT,
  THEME,
  docxText,
  flat,
  unzip,
  loadWorkbook,
  pdfText,
  samplePlan,
  sheetRows,
} from './am-exports.test-helpers';
import { PLAN_SHEET } from './plan-xlsx';

const ctx = { theme: THEME, unit: PROVINCE_UNIT, today: '2025-06-02' };

/** What every rendering of the sample plan must say, in the words of the document. */
const PLAN_TEXTS = [
  'Tổ chức Tháng hành động vì trẻ em năm 2025',
  'Lễ phát động Tháng hành động vì trẻ em cấp tỉnh',
  'Thăm hỏi, tặng quà trẻ em mồ côi',
  'Diễn đàn trẻ em phường Bắc Nha Trang',
  'Sở Y tế tỉnh Khánh Hoà',
  'Ủy ban nhân dân các xã, phường',
  'Phường Bắc Nha Trang',
  'Chỉ tiêu: 1.000 người tham dự',
  'Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em',
  'Nâng cao nhận thức của gia đình, nhà trường và xã hội về quyền trẻ em.',
  'Tổ chức thiết thực, hiệu quả, tiết kiệm.',
  'Lê Văn Thắng',
];

describe('the plan as a PDF in the official layout', () => {
  let text: string;
  let info: string;
  beforeAll(async () => {
    ({ text, info } = await pdfText(await renderPlanPdf(samplePlan(), ctx)));
  });

  it('has the header: issuer, number, national title, motto, place and date', () => {
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH KHÁNH HOÀ');
    expect(text).toContain('Số: 1712/KH-UBND');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Khánh Hoà, ngày 12 tháng 5 năm 2025');
    expect(text).toContain('KẾ HOẠCH Tổ chức Tháng hành động vì trẻ em năm 2025');
  });

  it('has the sections, the activities with assignees, dates and budgets, and their totals', () => {
    for (const s of [
      ...PLAN_TEXTS,
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG HOẠT ĐỘNG',
      'III. TỔ CHỨC THỰC HIỆN',
      'Lễ phát động',
      '31/5/2025',
      '01/6 - 30/6/2025',
      '150.000.000',
      '75.500.000',
      '1.234.567',
      // Totals: 150.000.000 + 1.234.567 state, 75.500.000 + 2.000.000 mobilised.
      'Tổng cộng 151.234.567 77.500.000',
      'Tổng kinh phí dự kiến: 228.734.567 đ',
      'Hãy lắng nghe trẻ em nói',
      'trước ngày 19/7/2025',
    ])
      expect(text).toContain(s);
  });

  it('signs for the committee as a deputy chairman (KT.), with the recipients', () => {
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH');
    expect(text).toContain(
      'Nơi nhận: - Như mục III; - Bộ Y tế (Cục Bà mẹ và Trẻ em) (để báo cáo); - Lưu: VT.',
    );
  });

  it('marks a draft, leaves its number blank and dates it today', async () => {
    const draft = samplePlan({ status: 'draft', documentNumber: null, documentDate: null, signerName: null });
    const { text: t } = await pdfText(await renderPlanPdf(draft, ctx));
    expect(t).toContain('(Dự thảo)');
    // The number is left blank for the clerk (pdftotext moves the wide gap's two halves apart).
    expect(t).toContain('Số:');
    expect(t).toContain(' /KH-UBND');
    expect(t).toContain('Khánh Hoà, ngày 02 tháng 6 năm 2025');
  });

  it('renders a plan without activities, purpose or theme', async () => {
    const bare = samplePlan({ activities: [], purpose: null, requirements: null, signerTitle: null });
    const { text: t } = await pdfText(await renderPlanPdf(bare, { ...ctx, theme: null }));
    expect(t).toContain('(Chưa có hoạt động.)');
    expect(t).toContain('(Chưa nêu mục đích.)');
    expect(t).toContain('(chưa công bố)');
    expect(t).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH');
  });

  it('names the parent plan it implements', async () => {
    const child = samplePlan({
      parentDocumentNumber: '999/KH-BYT',
      parentPlanTitle: 'Tổ chức Tháng hành động vì trẻ em năm 2025 trên toàn quốc',
    });
    const { text: t } = await pdfText(await renderPlanPdf(child, ctx));
    expect(t).toContain(
      'Thực hiện Kế hoạch số 999/KH-BYT về tổ chức Tháng hành động vì trẻ em năm 2025 trên toàn quốc;',
    );
  });
});

describe('the plan as a DOCX', () => {
  let text: string;
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    const docx = await renderPlanDocx(samplePlan(), ctx);
    text = flat(docxText(docx));
    files = unzip(docx);
  });

  it('is set as an official document: A4, margins 20/15/20/30 mm, Times New Roman 13 pt, page numbers from page 2', () => {
    const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    const styles = files.get('word/styles.xml')?.toString('utf8') ?? '';
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('<w:sz w:val="26"/>');
    const headers = [...files].filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.some(([, x]) => x.toString('utf8').includes('PAGE'))).toBe(true);
  });

  it('is a Word document with the same content as the PDF', () => {
    for (const s of [
      ...PLAN_TEXTS,
      'ỦY BAN NHÂN DÂN',
      'Số: 1712/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Khánh Hoà, ngày 12 tháng 5 năm 2025',
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'III. TỔ CHỨC THỰC HIỆN',
      '150.000.000',
      '151.234.567',
      '77.500.000',
      'TM. ỦY BAN NHÂN DÂN',
      'PHÓ CHỦ TỊCH',
      'Nơi nhận:',
    ])
      expect(text).toContain(s);
  });
});

describe('the plan as an XLSX', () => {
  let ws: ExcelJS.Worksheet;
  let rows: unknown[][];
  beforeAll(async () => {
    const wb = await loadWorkbook(await renderPlanXlsx(samplePlan(), ctx));
    const sheet = wb.getWorksheet(PLAN_SHEET);
    if (!sheet) throw new Error('no sheet');
    ws = sheet;
    rows = sheetRows(ws);
  });

  it('has a title, the document number and the theme above the table', () => {
    expect(rows[0]?.[0]).toBe('Kế hoạch Tổ chức Tháng hành động vì trẻ em năm 2025');
    expect(String(rows[1]?.[0])).toContain(
      'Số 1712/KH-UBND ngày 12/5/2025 của Ủy ban nhân dân tỉnh Khánh Hoà',
    );
    expect(String(rows[2]?.[0])).toContain(THEME.theme);
  });

  it('has one row per activity with budgets as numbers and dates as dates, and a totals row', () => {
    const header = rows.findIndex((r) => r[0] === 'TT');
    expect(rows[header]).toContain('Kinh phí ngân sách (đồng)');
    const data = rows.slice(header + 1);
    expect(data).toHaveLength(4);
    expect(data[0]).toEqual([
      1,
      'Lễ phát động',
      'Lễ phát động Tháng hành động vì trẻ em cấp tỉnh',
      'Tại Quảng trường 2 tháng 4, thành phố Nha Trang.',
      'Sở Y tế tỉnh Khánh Hoà',
      new Date('2025-05-31T00:00:00Z'),
      new Date('2025-05-31T00:00:00Z'),
      150_000_000,
      75_500_000,
      '1.000 người tham dự',
    ]);
    expect(data[1]?.[4]).toBe('Ủy ban nhân dân các xã, phường');
    expect(data[2]?.[4]).toBe('Phường Bắc Nha Trang');
    const totals = data[3] ?? [];
    expect(totals[1]).toBe('Tổng cộng');
    expect(totals[7]).toBe(151_234_567);
    expect(totals[8]).toBe(77_500_000);
    expect(ws.getRow(header + 2).getCell(8).numFmt).toBe('#,##0');
  });
});
