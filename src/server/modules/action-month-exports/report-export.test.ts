import { beforeAll, describe, expect, it } from 'vitest';
import { AM_FIGURES } from '../../../shared/domain/ActionMonth';
import { renderReportDocx, renderReportPdf, renderReportXlsx } from './am-renderers';
import {
  COMMUNE_UNIT,
  PROVINCE_UNIT,
  THEME,
  docxText,
  flat,
  loadWorkbook,
  pdfText,
  sampleReport,
  sheetRows,
} from './am-exports.test-helpers';
import { agencyExportUnit } from './export-unit';
import { ROLLUP_SHEET, RESULTS_SHEET } from './report-xlsx';

const communeCtx = { theme: THEME, unit: COMMUNE_UNIT, today: '2025-07-12' };
const provinceCtx = { ...communeCtx, unit: PROVINCE_UNIT };

const REPORT_TEXTS = [
  'Kết quả tổ chức Tháng hành động vì trẻ em năm 2025',
  THEME.theme,
  'Thăm hỏi, tặng quà trẻ em mồ côi',
  'Diễn đàn trẻ em phường Bắc Nha Trang',
  'Ghi chú: Phối hợp Hội Liên hiệp Phụ nữ phường.',
  'Ủy ban nhân dân phường đã ban hành kế hoạch và tổ chức lễ phát động.',
  'Kinh phí xã hội hóa còn hạn chế.',
  'Đề nghị tỉnh hỗ trợ thêm kinh phí cho công trình vui chơi.',
  'III. KHÓ KHĂN, VƯỚNG MẮC',
  'IV. ĐỀ XUẤT, KIẾN NGHỊ',
];

describe('a commune result report as a PDF', () => {
  let text: string;
  beforeAll(async () => {
    ({ text } = await pdfText(await renderReportPdf(sampleReport(), communeCtx)));
  });

  it('is issued by the commune committee, dated the day it was submitted (Vietnam time)', () => {
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG');
    expect(text).toContain(' /BC-UBND');
    expect(text).toContain('Bắc Nha Trang, ngày 10 tháng 7 năm 2025');
    expect(text).toContain('BÁO CÁO Kết quả tổ chức Tháng hành động vì trẻ em năm 2025');
    expect(text).not.toContain('(Dự thảo)');
  });

  it('has the figures of each activity, formatted vi-VN, and the totals', () => {
    for (const s of [
      ...REPORT_TEXTS,
      'Số trẻ em được thăm hỏi, tặng quà: 120',
      'Giá trị quà tặng: 36.000.000 đ',
      'Vận động bằng tiền mặt: 12.345.678 đ',
      'Số lượt người tham gia (nữ): 45',
      // Totals table: events 3 + 1.
      'Số hoạt động, sự kiện đã tổ chức 4',
      'Giá trị quà tặng 36.000.000 đ',
      'Số lượt trẻ em được tiếp cận, tham gia 85',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('Cấp tỉnh');
  });

  it('is sent to the province committee and signed for the commune committee', () => {
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH');
    expect(text).toContain('Nơi nhận: - Ủy ban nhân dân tỉnh Khánh Hoà; - Lưu: VT.');
  });

  it('marks a draft and dates it today', async () => {
    const draft = { ...sampleReport(), status: 'draft' as const, submittedAt: null };
    const { text: t } = await pdfText(await renderReportPdf(draft, communeCtx));
    expect(t).toContain('(Dự thảo)');
    expect(t).toContain('Bắc Nha Trang, ngày 12 tháng 7 năm 2025');
  });

  it('renders a report without results or narrative', async () => {
    const empty = {
      ...sampleReport(),
      results: [],
      summary: null,
      difficulties: null,
      recommendations: null,
    };
    const { text: t } = await pdfText(await renderReportPdf(empty, { ...communeCtx, theme: null }));
    expect(t).toContain('Chưa có hoạt động nào được báo cáo.');
    expect(t).toContain('(chưa công bố)');
  });

  it('is issued by an agency under its province committee', async () => {
    const unit = agencyExportUnit('Công an tỉnh Khánh Hoà', { type: 'tỉnh', shortName: 'Khánh Hoà' });
    const { text: t } = await pdfText(await renderReportPdf(sampleReport(), { ...communeCtx, unit }));
    expect(t).toContain('UBND TỈNH KHÁNH HOÀ');
    expect(t).toContain('CÔNG AN TỈNH KHÁNH HOÀ');
    expect(t).toMatch(/ \/BC /);
    expect(t).toContain('THỦ TRƯỞNG CƠ QUAN');
  });
});

describe('a province result report', () => {
  it('as a PDF adds the roll-up of its communes and agencies, by type, and the three totals columns', async () => {
    const { text } = await pdfText(await renderReportPdf(sampleReport('province'), provinceCtx));
    for (const s of [
      ...REPORT_TEXTS,
      'ỦY BAN NHÂN DÂN TỈNH KHÁNH HOÀ',
      'Tổng hợp từ 2 báo cáo của các xã, phường và cơ quan, đơn vị đã được tiếp nhận.',
      'Khám sàng lọc, chăm sóc sức khỏe',
      'Số lượt trẻ em được khám sàng lọc: 55',
      'Giá trị quà tặng: 90.000.000 đ',
      // own 4 + below 7 = 11 events; gifts 36M + 90M.
      'Số hoạt động, sự kiện đã tổ chức 4 7 11',
      'Giá trị quà tặng 36.000.000 đ 90.000.000 đ 126.000.000 đ',
      'Nơi nhận: - Bộ Y tế (Cục Bà mẹ và Trẻ em); - Lưu: VT.',
    ])
      expect(text).toContain(s);
  });

  it('as a DOCX says the same', async () => {
    const text = flat(docxText(await renderReportDocx(sampleReport('province'), provinceCtx)));
    for (const s of [
      ...REPORT_TEXTS,
      'BÁO CÁO',
      'Khánh Hoà, ngày 10 tháng 7 năm 2025',
      'Số lượt trẻ em được khám sàng lọc: 55',
      '126.000.000 đ',
      'Tổng hợp từ 2 báo cáo',
    ])
      expect(text).toContain(s);
  });

  it('as an XLSX has results per activity with a totals row, and the roll-up sheet by type', async () => {
    const report = sampleReport('province');
    const wb = await loadWorkbook(await renderReportXlsx(report, provinceCtx));
    const results = wb.getWorksheet(RESULTS_SHEET);
    const rollup = wb.getWorksheet(ROLLUP_SHEET);
    if (!results || !rollup) throw new Error('missing sheet');
    const rows = sheetRows(results);
    const header = rows.findIndex((r) => r[0] === 'TT');
    expect(rows[header]?.[3]).toBe('Số hoạt động, sự kiện đã tổ chức');
    expect(rows[header]?.[8]).toBe('Giá trị quà tặng (đồng)');
    const [first, second, totals] = rows.slice(header + 1);
    expect(first?.slice(0, 3)).toEqual([1, 'Thăm hỏi, tặng quà', 'Thăm hỏi, tặng quà trẻ em mồ côi']);
    expect(first?.slice(3, 3 + AM_FIGURES.length)).toEqual(AM_FIGURES.map((k) => report.results[0]?.[k]));
    expect(first?.at(-1)).toBe('Phối hợp Hội Liên hiệp Phụ nữ phường.');
    expect(second?.[2]).toBe('Diễn đàn trẻ em phường Bắc Nha Trang');
    expect(totals?.[1]).toBe('Tổng cộng');
    expect(totals?.[3]).toBe(4);
    expect(totals?.[8]).toBe(36_000_000);
    expect(totals?.[9]).toBe(12_345_678);

    const r = sheetRows(rollup);
    expect(r.some((row) => String(row[0]).includes('Số báo cáo đã tiếp nhận: 2'))).toBe(true);
    const h = r.findIndex((row) => row[0] === 'TT');
    const byType = r.slice(h + 1);
    expect(byType.map((row) => row[1])).toEqual([
      'Thăm hỏi, tặng quà',
      'Khám sàng lọc, chăm sóc sức khỏe',
      'Cộng các xã, phường, cơ quan',
      'Kết quả của cấp tỉnh',
      'Tổng cộng toàn tỉnh',
    ]);
    expect(byType[0]?.[2]).toBe(7);
    expect(byType[1]?.[2 + AM_FIGURES.indexOf('screenings')]).toBe(55);
    expect(byType[4]?.slice(2)).toEqual(AM_FIGURES.map((k) => report.totals[k]));
    expect(byType[4]?.[2]).toBe(11);
  });

  it('a commune XLSX has no roll-up sheet', async () => {
    const wb = await loadWorkbook(await renderReportXlsx(sampleReport(), communeCtx));
    expect(wb.worksheets.map((w) => w.name)).toEqual([RESULTS_SHEET]);
  });
});
