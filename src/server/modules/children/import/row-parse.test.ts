import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, type ImportColumnKey } from '../../../../shared/domain/ChildImport';
import { columnOfHeader, mapHeader } from './import-header';
import { parseBirth, parseRow, type ImportLookups } from './row-parse';
import type { Cell } from './xlsx-stream';

const Y = new Date().getUTCFullYear();

const lookups: ImportLookups = {
  communes: new Map([
    ['22333', { provinceCode: '56', inScope: true }],
    ['22366', { provinceCode: '56', inScope: false }],
  ]),
  communesByName: new Map([
    ['phuong bac nha trang', ['22333']],
    ['bac nha trang', ['22333']],
  ]),
  ethnicities: new Map([
    ['01', '01'],
    ['kinh', '01'],
    ['ede', '12'],
  ]),
  defaultCommune: '22333',
  mayMarkGroups: true,
  mayMarkSensitive: false,
};

const header = mapHeader(IMPORT_COLUMNS.map((c) => c.header));
function row(values: Partial<Record<ImportColumnKey, Cell>>): Cell[] {
  return IMPORT_COLUMNS.map((c) => values[c.key] ?? null);
}
const base = { fullName: 'Nguyễn Văn An', birth: `${Y - 5}`, sex: 'Nam' };

describe('parseBirth', () => {
  it('reads every accepted form', () => {
    expect(parseBirth(`05/09/${Y - 3}`)).toEqual({ date: `${Y - 3}-09-05`, precision: 'day' });
    expect(parseBirth(`5-9-${Y - 3}`)).toEqual({ date: `${Y - 3}-09-05`, precision: 'day' });
    expect(parseBirth(`${Y - 3}-09-05`)).toEqual({ date: `${Y - 3}-09-05`, precision: 'day' });
    expect(parseBirth(`9/${Y - 3}`)).toEqual({ date: `${Y - 3}-09-01`, precision: 'month' });
    expect(parseBirth(`${Y - 3}`)).toEqual({ date: `${Y - 3}-01-01`, precision: 'year' });
    expect(parseBirth(Y - 3)).toEqual({ date: `${Y - 3}-01-01`, precision: 'year' });
    expect(parseBirth(new Date(Date.UTC(2019, 1, 28)))).toEqual({ date: '2019-02-28', precision: 'day' });
    // An Excel date serial: 43524 is 2019-02-28.
    expect(parseBirth(43524)).toEqual({ date: '2019-02-28', precision: 'day' });
  });

  it('refuses impossible or ambiguous dates', () => {
    for (const bad of ['31/02/2019', '13/2019', '2019/05', 'năm 2019', '1.5', 2019.5, -3])
      expect(parseBirth(bad)).toBeNull();
  });
});

describe('header matching', () => {
  it('ignores case, diacritics, spacing and accepts short forms and keys', () => {
    expect(columnOfHeader('HO VA TEN')).toBe('fullName');
    expect(columnOfHeader('  Ngày   sinh ')).toBe('birth');
    expect(columnOfHeader('personalId')).toBe('personalId');
    expect(columnOfHeader('Ghi chú')).toBeUndefined();
  });
});

describe('parseRow', () => {
  it('accepts labels, codes and common spellings, and restores leading zeros of numbers', () => {
    const r = parseRow(
      row({
        ...base,
        sex: 'nu',
        personalId: 12345678901,
        ethnicity: 'Ê Đê',
        commune: 'Bắc Nha Trang',
        schooling: 'THCS',
        poverty: 'cận nghèo',
        healthInsurance: 'x',
        caregiverRelation: 'bố',
        caregiverName: 'Nguyễn Văn Bố',
        caregiverPhone: 912345678,
        groups: 'A; d.',
      }),
      header,
      lookups,
    );
    expect(r.issues).toBeUndefined();
    expect(r.row?.child).toMatchObject({
      sex: 'female',
      personalId: '012345678901',
      ethnicityCode: '12',
      communeCode: '22333',
      schooling: 'lower_secondary',
      householdPoverty: 'near_poor',
      healthInsurance: true,
      caregivers: [{ relation: 'father', fullName: 'Nguyễn Văn Bố', phone: '0912345678', isPrimary: true }],
    });
    expect(r.row?.groups).toEqual(['a', 'd']);
    expect(r.row?.provinceCode).toBe('56');
  });

  it('names each problem by its column, in column order', () => {
    const r = parseRow(
      row({ fullName: ' ', birth: 'mai', sex: 'X', commune: '22366', groups: 'đ', caregiverName: 'Bà Nội' }),
      header,
      lookups,
    );
    expect(r.issues?.map((i) => `${i.column}:${i.messageId}`)).toEqual([
      'fullName:field.required',
      'birth:import.badDate',
      'sex:field.invalidOption',
      'commune:import.communeOutsideScope',
      'caregiverRelation:field.required',
      // 'đ' (HIV) is sensitive: this importer may not record it.
      'groups:child.sensitiveForbidden',
    ]);
  });

  it('refuses groups to an importer without children.circumstances', () => {
    const r = parseRow(row({ ...base, groups: 'a' }), header, { ...lookups, mayMarkGroups: false });
    expect(r.issues).toEqual([{ column: 'groups', messageId: 'import.groupsForbidden' }]);
  });
});
