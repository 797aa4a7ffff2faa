import { describe, expect, it } from 'vitest';
import { dateRange, formatNumber, formatVnd } from './am-export-labels';
import { asciiFileName, attachmentHeader } from './export-file-name';
import { blankNumber, isCommittee, issuerOf, signatureOf } from './export-unit';

describe('the signature block of a typed signer title (Nghị định 30/2020/NĐ-CP)', () => {
  it('signs for a committee: TM. for the chairman, TM. and KT. for a deputy', () => {
    expect(signatureOf('Chủ tịch', true)).toEqual({ authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch' });
    expect(signatureOf('Phó Chủ tịch', true)).toEqual({
      authority: 'TM. Ủy ban nhân dân\nKT. Chủ tịch',
      position: 'Phó Chủ tịch',
    });
    expect(signatureOf(null, true)).toEqual({ authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch' });
  });

  it('signs for an agency head in their own name, KT. for a deputy', () => {
    expect(signatureOf('Giám đốc', false)).toEqual({ position: 'Giám đốc' });
    expect(signatureOf('phó giám đốc', false)).toEqual({
      authority: 'KT. Giám đốc',
      position: 'phó giám đốc',
    });
    expect(signatureOf('  ', false)).toEqual({ position: 'Thủ trưởng cơ quan' });
  });

  it('takes a title typed on several lines as written', () => {
    expect(signatureOf('Q. Giám đốc\nPhó Giám đốc phụ trách', false)).toEqual({
      authority: 'Q. Giám đốc',
      position: 'Phó Giám đốc phụ trách',
    });
  });
});

describe('the issuer of a typed issuing body', () => {
  it('breaks a committee after "Ủy ban nhân dân", in any spelling of it', () => {
    expect(issuerOf('Ủy ban nhân dân tỉnh Khánh Hoà')).toEqual({ name: 'Ủy ban nhân dân\ntỉnh Khánh Hoà' });
    expect(issuerOf('UBND phường Bắc Nha Trang')).toEqual({ name: 'Ủy ban nhân dân\nphường Bắc Nha Trang' });
    expect(isCommittee('Uỷ ban nhân dân xã Cam Lâm')).toBe(true);
    expect(isCommittee('Sở Y tế tỉnh Khánh Hoà')).toBe(false);
  });

  it('keeps another body as typed, and reads a second line as the body under the parent', () => {
    expect(issuerOf('Sở Y tế tỉnh Khánh Hoà')).toEqual({ name: 'Sở Y tế tỉnh Khánh Hoà' });
    expect(issuerOf('UBND tỉnh Khánh Hoà\nSở Y tế')).toEqual({
      parent: 'UBND tỉnh Khánh Hoà',
      name: 'Sở Y tế',
    });
  });

  it('leaves the number of an unregistered document blank', () => {
    expect(blankNumber('BC-UBND')).toMatch(/^\u00a0+\/BC-UBND$/);
  });
});

describe('numbers, dates and file names', () => {
  it('groups digits the Vietnamese way', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatVnd(9_007_199_254_740_991)).toBe('9.007.199.254.740.991 đ');
  });

  it('writes activity dates as a range, a single day, or one end', () => {
    expect(dateRange('2025-06-01', '2025-06-30')).toBe('01/6 - 30/6/2025');
    expect(dateRange('2025-12-20', '2026-01-05')).toBe('20/12/2025 - 05/1/2026');
    expect(dateRange('2025-06-15', '2025-06-15')).toBe('15/6/2025');
    expect(dateRange('2025-06-15', null)).toBe('Từ 15/6/2025');
    expect(dateRange(null, '2025-01-05')).toBe('Đến 05/1/2025');
    expect(dateRange(null, null)).toBe('');
  });

  it('gives an ASCII file name and the Vietnamese one as filename*', () => {
    expect(asciiFileName('Báo cáo Đắk Lắk (2025).pdf')).toBe('Bao-cao-Dak-Lak-2025.pdf');
    const header = attachmentHeader('Kế hoạch 1712/KH-UBND "mới"', 'docx');
    expect(header).toBe(
      `attachment; filename="Ke-hoach-1712-KH-UBND-moi.docx"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%201712-KH-UBND%20m%E1%BB%9Bi.docx`,
    );
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });
});
