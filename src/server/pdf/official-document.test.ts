import { beforeAll, describe, expect, it } from 'vitest';
import { renderOfficialDocument, type OfficialDocument } from './official-document';
import { officialDocumentDefinition } from './official-layout';
import { officialDateLine, vietnamDate } from './vn-date';
import { readPdf } from './pdf-text.test-helpers';

const doc: OfficialDocument = {
  issuer: { name: 'Ủy ban nhân dân\nphường Bắc Nha Trang' },
  number: '123/KH-UBND',
  place: 'Bắc Nha Trang',
  date: '2026-02-05',
  title: 'Kế hoạch',
  subtitle: 'Tổ chức Tháng hành động vì trẻ em năm 2026',
  body: [
    { kind: 'paragraph', text: 'Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2026.' },
    {
      kind: 'paragraph',
      text: [
        { text: 'Ủy ban nhân dân phường Bắc Nha Trang', bold: true },
        { text: ' giao đồng chí Đặng Hữu Mỹ, công chức văn hóa - xã hội, rà soát trẻ em được hỗ trợ; ' },
        { text: 'báo cáo kết quả vượt chỉ tiêu, lũy kế từ đầu năm.', italics: true },
      ],
    },
    { kind: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'heading', level: 2, text: '1. Quỹ Bảo trợ trẻ em' },
    {
      kind: 'list',
      items: ['Đắk Lắk, Lâm Đồng và Khánh Hòa phối hợp;', [{ text: 'Ưu tiên trẻ em mồ côi.', bold: true }]],
    },
    { kind: 'list', marker: 'number', items: ['Bước một;', 'Bước hai.'] },
    {
      kind: 'table',
      header: ['TT', 'Họ và tên', 'Ghi chú'],
      rows: [
        ['1', 'Nguyễn Văn Ước', 'Đã được hỗ trợ'],
        ['2', 'Trần Thị Ơn'],
      ],
    },
  ],
  signature: { authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch', signerName: 'Nguyễn Thị Hồng Nhung' },
  recipients: ['Như trên;', 'Lưu: VT.'],
};

/** pdftotext breaks lines where the layout does; compare text with single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('renderOfficialDocument', () => {
  let text: string;
  let info: string;
  beforeAll(async () => {
    ({ text, info } = await readPdf(await renderOfficialDocument(doc)));
  });

  it('renders an A4 PDF', () => {
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Producer:\s+Treem/);
  });

  it('keeps every Vietnamese letter intact', () => {
    const t = flat(text);
    for (const s of [
      'Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2026',
      'Nguyễn Thị Hồng Nhung',
      'Ủy ban nhân dân phường Bắc Nha Trang',
      'Đặng Hữu Mỹ',
      'vượt chỉ tiêu, lũy kế',
      'Đắk Lắk, Lâm Đồng và Khánh Hòa',
      'Ưu tiên trẻ em mồ côi',
      'Nguyễn Văn Ước',
      'Trần Thị Ơn',
    ])
      expect(t).toContain(s);
  });

  it('has the header of an official document: issuer, number, national title, motto, place and date', () => {
    const t = flat(text);
    expect(t).toContain('ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG');
    expect(t).toContain('Số: 123/KH-UBND');
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t.toLocaleUpperCase('vi')).toContain('ĐỘC LẬP - TỰ DO - HẠNH PHÚC');
    expect(t).toContain('Bắc Nha Trang, ngày 05 tháng 02 năm 2026');
  });

  it('has the title, the body blocks, the signature block and the recipients', () => {
    const t = flat(text);
    expect(t).toContain('KẾ HOẠCH Tổ chức Tháng hành động vì trẻ em năm 2026');
    expect(t).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(t).toContain('- Đắk Lắk');
    expect(t).toContain('1. Bước một; 2. Bước hai.');
    expect(t).toContain('Họ và tên');
    expect(t).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH');
    expect(t).toContain('Nơi nhận: - Như trên; - Lưu: VT.');
  });

  it('composes text typed with combining marks (NFD)', async () => {
    const nfd = { ...doc, signature: { ...doc.signature, signerName: 'Phạm Thị Ngọc Ánh'.normalize('NFD') } };
    const { text: t } = await readPdf(await renderOfficialDocument(nfd));
    expect(t).toContain('Phạm Thị Ngọc Ánh');
  });

  it('numbers the pages from the second one, at the top', async () => {
    const long: OfficialDocument = {
      ...doc,
      body: Array.from({ length: 40 }, (_, i) => ({
        kind: 'paragraph' as const,
        text: `Đoạn ${i + 1}: trẻ em được bảo vệ, chăm sóc và giáo dục.`,
      })),
    };
    const { text: t, info: i } = await readPdf(await renderOfficialDocument(long));
    expect(i).toMatch(/Pages:\s+[2-9]\b/);
    const pages = t.split('\f');
    expect(pages[0]?.trimStart().startsWith('1')).toBe(false);
    expect(pages[1]?.trimStart().split('\n')[0]).toBe('2');
  });

  it('uses the margins of official documents: top and bottom 20 mm, left 30 mm, right 15 mm', () => {
    const margins = officialDocumentDefinition(doc).pageMargins as number[];
    const mm = margins.map((pt) => Math.round((pt * 25.4) / 72));
    expect(mm).toEqual([30, 20, 15, 20]);
  });

  it('refuses a date that is not a calendar date', async () => {
    await expect(renderOfficialDocument({ ...doc, date: '2026-02-30' })).rejects.toThrow(/calendar date/);
  });
});

describe('officialDateLine', () => {
  it('writes a leading zero for days below 10 and for January and February only', () => {
    expect(officialDateLine('Khánh Hòa', '2026-03-05')).toBe('Khánh Hòa, ngày 05 tháng 3 năm 2026');
    expect(officialDateLine('Hà Nội', '2026-01-10')).toBe('Hà Nội, ngày 10 tháng 01 năm 2026');
    expect(officialDateLine('Hà Nội', '2026-12-25')).toBe('Hà Nội, ngày 25 tháng 12 năm 2026');
  });

  it('refuses malformed dates', () => {
    for (const d of ['2026-13-01', '2026-2-1', '', '2025-02-29'])
      expect(() => officialDateLine('X', d)).toThrow();
  });
});

describe('vietnamDate', () => {
  it('gives the calendar date in Vietnam (UTC+7)', () => {
    expect(vietnamDate(new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
    expect(vietnamDate(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
  });
});
