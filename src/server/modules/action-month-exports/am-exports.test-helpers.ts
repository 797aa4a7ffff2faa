import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { readPdf } from '../../pdf/pdf-text.test-helpers';
import type {
  AmActivity,
  AmPlanDetail,
  AmReportDetail,
  AmResult,
  AmTheme,
} from '../../../shared/domain/ActionMonth';
import { communeExportUnit, provinceExportUnit, type ExportUnit } from './export-unit';
import { ownTotals, zeroFigures } from './report-document';

/** The entries of a ZIP file (DOCX and XLSX are ZIPs), read from its central directory with node:zlib. */
export function unzip(buf: Buffer): Map<string, Buffer> {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const skip = nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + skip;
  }
  return entries;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a DOCX body (word/document.xml): runs joined, one line per paragraph. */
export function docxText(buf: Buffer): string {
  const xml = unzip(buf).get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error('no word/document.xml');
  let text = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:br\/>/g)) text += m[1] ?? '\n';
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? '');
}

/** pdftotext breaks lines where the layout does; compare text with single spaces. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The text of a PDF in the order it was drawn (pdftotext -raw): table cells row by row, where the default mode
 * reads columns side by side; with single spaces. And its page info (pdfinfo).
 */
export async function pdfText(pdf: Buffer): Promise<{ text: string; info: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-am-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    fs.writeFileSync(file, pdf);
    const raw = await promisify(execFile)('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
    const { info } = await readPdf(pdf);
    return { text: flat(raw.stdout), info };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function loadWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** The rows of a sheet as arrays of cell values (index 0 = column A). */
export function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1));
  });
  return rows;
}

export const THEME: AmTheme = {
  year: 2025,
  theme: 'Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em',
  slogans: ['Hãy lắng nghe trẻ em nói', 'Bảo vệ trẻ em là trách nhiệm của toàn xã hội'],
  guidingDocument: null,
  periodStart: '2025-06-01',
  periodEnd: '2025-06-30',
  communeReportDue: '2025-07-19',
  provinceReportDue: '2025-07-31',
  source: null,
  isReference: true,
};

const PLACES = {
  province: { type: 'tỉnh', shortName: 'Khánh Hoà' },
  commune: { type: 'phường', shortName: 'Bắc Nha Trang' },
};
export const PROVINCE_UNIT: ExportUnit = provinceExportUnit(PLACES.province);
export const COMMUNE_UNIT: ExportUnit = communeExportUnit(PLACES.commune, PLACES.province);

function activity(seq: number, over: Partial<AmActivity>): AmActivity {
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    type: 'communication',
    title: `Hoạt động ${seq}`,
    description: null,
    assigneeAgencyId: null,
    assigneeAgencyName: null,
    assigneeCommuneCode: null,
    assigneeCommuneName: null,
    assignAllCommunes: false,
    startDate: null,
    endDate: null,
    budgetState: 0,
    budgetMobilised: 0,
    targets: null,
    ...over,
  };
}

/** An issued province plan with three activities: an agency's, every commune's, one commune's. */
export function samplePlan(over: Partial<AmPlanDetail> = {}): AmPlanDetail {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    year: 2025,
    level: 'province',
    provinceCode: '56',
    communeCode: null,
    agencyId: null,
    unitName: 'Tỉnh Khánh Hoà',
    issuingBody: 'Ủy ban nhân dân tỉnh Khánh Hoà',
    documentNumber: '1712/KH-UBND',
    documentDate: '2025-05-12',
    title: 'Tổ chức Tháng hành động vì trẻ em năm 2025',
    status: 'issued',
    parentPlanId: null,
    activityCount: 3,
    hasFile: false,
    purpose:
      'Nâng cao nhận thức của gia đình, nhà trường và xã hội về quyền trẻ em.\nHuy động nguồn lực chăm lo cho trẻ em có hoàn cảnh đặc biệt.',
    requirements: 'Tổ chức thiết thực, hiệu quả, tiết kiệm.',
    periodStart: '2025-06-01',
    periodEnd: '2025-06-30',
    signerName: 'Lê Văn Thắng',
    signerTitle: 'Phó Chủ tịch',
    version: 3,
    issuedAt: '2025-05-12T03:00:00.000Z',
    parentPlanTitle: null,
    parentDocumentNumber: null,
    activities: [
      activity(1, {
        type: 'launch_ceremony',
        title: 'Lễ phát động Tháng hành động vì trẻ em cấp tỉnh',
        description: 'Tại Quảng trường 2 tháng 4, thành phố Nha Trang.',
        assigneeAgencyName: 'Sở Y tế tỉnh Khánh Hoà',
        startDate: '2025-05-31',
        endDate: '2025-05-31',
        budgetState: 150_000_000,
        budgetMobilised: 75_500_000,
        targets: '1.000 người tham dự',
      }),
      activity(2, {
        type: 'visits_gifts',
        title: 'Thăm hỏi, tặng quà trẻ em mồ côi',
        assignAllCommunes: true,
        startDate: '2025-06-01',
        endDate: '2025-06-30',
        budgetState: 1_234_567,
        budgetMobilised: 2_000_000,
        targets: 'Mỗi xã 20 suất quà',
      }),
      activity(3, {
        type: 'children_forum',
        title: 'Diễn đàn trẻ em phường Bắc Nha Trang',
        assigneeCommuneCode: '22333',
        assigneeCommuneName: 'Phường Bắc Nha Trang',
        startDate: '2025-06-15',
        endDate: '2025-06-15',
      }),
    ],
    file: null,
    canEdit: false,
    canAttachFile: false,
    ...over,
  };
}

function result(seq: number, over: Partial<AmResult>): AmResult {
  return {
    ...zeroFigures(),
    id: `00000000-0000-4000-9000-${String(seq).padStart(12, '0')}`,
    activityId: null,
    activityType: 'other',
    title: `Kết quả ${seq}`,
    notes: null,
    beneficiaryCount: 0,
    ...over,
  };
}

/** A submitted commune report with two results, or (level 'province') a province report with a frozen roll-up. */
export function sampleReport(level: 'commune' | 'province' = 'commune'): AmReportDetail {
  const results = [
    result(1, {
      activityType: 'visits_gifts',
      title: 'Thăm hỏi, tặng quà trẻ em mồ côi',
      events: 3,
      childrenGifted: 120,
      giftsValue: 36_000_000,
      cashMobilised: 12_345_678,
      notes: 'Phối hợp Hội Liên hiệp Phụ nữ phường.',
    }),
    result(2, {
      activityType: 'children_forum',
      title: 'Diễn đàn trẻ em phường Bắc Nha Trang',
      events: 1,
      participantsMale: 40,
      participantsFemale: 45,
      childrenReached: 85,
    }),
  ];
  const own = ownTotals(results);
  const below = { ...zeroFigures(), events: 7, childrenGifted: 300, giftsValue: 90_000_000, screenings: 55 };
  const province = level === 'province';
  const totals = province
    ? (Object.fromEntries(
        Object.keys(own).map((k) => [k, own[k as keyof typeof own] + below[k as keyof typeof below]]),
      ) as typeof own)
    : own;
  return {
    id: '22222222-2222-4222-8222-222222222222',
    year: 2025,
    level,
    provinceCode: '56',
    communeCode: province ? null : '22333',
    agencyId: null,
    unitName: province ? 'Tỉnh Khánh Hoà' : 'Phường Bắc Nha Trang',
    status: 'submitted',
    dueDate: '2025-07-19',
    submittedAt: '2025-07-10T02:00:00.000Z',
    submittedLate: false,
    acceptedAt: null,
    returnReason: null,
    overdue: false,
    version: 4,
    summary: 'Ủy ban nhân dân phường đã ban hành kế hoạch và tổ chức lễ phát động.',
    difficulties: 'Kinh phí xã hội hóa còn hạn chế.',
    recommendations: 'Đề nghị tỉnh hỗ trợ thêm kinh phí cho công trình vui chơi.',
    results,
    rollup: province
      ? {
          byType: [
            {
              type: 'visits_gifts',
              figures: { ...zeroFigures(), events: 7, childrenGifted: 300, giftsValue: 90_000_000 },
            },
            { type: 'health_screening', figures: { ...zeroFigures(), screenings: 55 } },
          ],
          total: below,
          reportCount: 2,
        }
      : null,
    totals,
    canEdit: false,
    canReview: false,
  };
}
