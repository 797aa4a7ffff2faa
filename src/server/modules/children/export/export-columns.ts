import type { ChildSensitive } from '../../../../shared/domain/Child';
import { ageAt } from '../../../../shared/reference/child-age';
import {
  CARE_RELATION_LABELS,
  DISABILITY_LEVEL_LABELS,
  POVERTY_LABELS,
  SCHOOLING_LABELS,
  SEX_LABELS,
} from '../import/import-values';
import type { ExportRow } from './export.repo';

/**
 * The columns of the register export. The basic ones carry the import template's headers (an export reads like
 * a filled template); the sensitive ones (issue #3 item 6: HIV status, drug use, conflict with the law, health
 * notes) exist only in an export by a user with children.read_sensitive — without it they are not empty, they
 * are absent — and the groups column then lists only the groups that are not sensitive.
 */
export type ExportValue = string | number | null;
export type ExportContext = { asOf: string; groups: readonly string[]; sensitive: ChildSensitive | null };
type Column = { header: string; width: number; value: (r: ExportRow, x: ExportContext) => ExportValue };

const label = <K extends string>(labels: Record<K, string>, v: string | null): string | null =>
  v === null ? null : (labels[v as K] ?? v);
const yesNo = (v: boolean | null) => (v === null ? null : v ? 'Có' : 'Không');

export function birthText(date: string, precision: 'day' | 'month' | 'year'): string {
  const [y, m, d] = date.split('-');
  switch (precision) {
    case 'day':
      return `${d}/${m}/${y}`;
    case 'month':
      return `${m}/${y}`;
    case 'year':
      return `${y}`;
  }
}

const HIV_LABELS = {
  living_with_hiv: 'Nhiễm HIV',
  exposed: 'Phơi nhiễm HIV (mẹ nhiễm HIV)',
  not_infected: 'Không nhiễm',
  unknown: 'Không rõ',
} as const;

export const BASIC_COLUMNS: readonly Column[] = [
  { header: 'Họ và tên', width: 28, value: (r) => r.full_name },
  {
    header: 'Ngày sinh (dd/mm/yyyy hoặc năm)',
    width: 16,
    value: (r) => birthText(r.birth_date, r.birth_precision),
  },
  { header: 'Tuổi', width: 6, value: (r, x) => ageAt(r.birth_date, r.birth_precision, x.asOf) },
  { header: 'Giới tính', width: 10, value: (r) => label(SEX_LABELS, r.sex) },
  { header: 'Số định danh cá nhân', width: 16, value: (r) => r.personal_id },
  { header: 'Dân tộc', width: 12, value: (r) => r.ethnicity_name },
  { header: 'Mã xã/phường', width: 10, value: (r) => r.commune_code },
  { header: 'Xã/phường', width: 26, value: (r) => r.commune_name },
  { header: 'Tỉnh/thành phố', width: 20, value: (r) => r.province_name },
  { header: 'Thôn/tổ dân phố', width: 20, value: (r) => r.village },
  { header: 'Địa chỉ', width: 28, value: (r) => r.address_line },
  { header: 'Hộ nghèo/cận nghèo', width: 14, value: (r) => label(POVERTY_LABELS, r.household_poverty) },
  { header: 'Tình trạng đi học', width: 18, value: (r) => label(SCHOOLING_LABELS, r.schooling) },
  { header: 'Trường đang học', width: 24, value: (r) => r.school_name },
  { header: 'Khuyết tật (dạng)', width: 16, value: (r) => r.disability_type },
  {
    header: 'Khuyết tật (mức độ)',
    width: 14,
    value: (r) => label(DISABILITY_LEVEL_LABELS, r.disability_level),
  },
  { header: 'BHYT', width: 8, value: (r) => yesNo(r.health_insurance) },
  { header: 'Đã đăng ký khai sinh', width: 10, value: (r) => yesNo(r.birth_registered) },
  {
    header: 'Người chăm sóc (quan hệ)',
    width: 14,
    value: (r) => label(CARE_RELATION_LABELS, r.caregiver_relation),
  },
  { header: 'Người chăm sóc (họ tên)', width: 24, value: (r) => r.caregiver_name },
  { header: 'Người chăm sóc (điện thoại)', width: 14, value: (r) => r.caregiver_phone },
  {
    header: 'Nhóm hoàn cảnh đặc biệt (mã a–o, cách nhau bởi dấu phẩy)',
    width: 18,
    value: (_r, x) => x.groups.join(', ') || null,
  },
];

export const SENSITIVE_COLUMNS: readonly Column[] = [
  {
    header: 'Tình trạng HIV',
    width: 16,
    value: (_r, x) => label(HIV_LABELS, x.sensitive?.hivStatus ?? null),
  },
  { header: 'Sử dụng ma túy', width: 10, value: (_r, x) => yesNo(x.sensitive?.drugUse ?? null) },
  { header: 'Vi phạm pháp luật', width: 10, value: (_r, x) => yesNo(x.sensitive?.conflictWithLaw ?? null) },
  { header: 'Ghi chú sức khỏe', width: 40, value: (_r, x) => x.sensitive?.healthNotes ?? null },
];

export function exportColumns(withSensitive: boolean): readonly Column[] {
  return withSensitive ? [...BASIC_COLUMNS, ...SENSITIVE_COLUMNS] : BASIC_COLUMNS;
}
