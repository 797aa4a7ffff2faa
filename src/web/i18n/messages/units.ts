import type { MessageTable } from '../types';

export const unitMessages = {
  'units.title': { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  'units.findTitle': { vi: 'Tìm đơn vị', en: 'Find a unit' },
  'units.pickerLabel': { vi: 'Tỉnh, xã, phường, đặc khu', en: 'Province or commune' },
  'units.level.province': { vi: 'Cấp tỉnh', en: 'Province level' },
  'units.level.district': { vi: 'Cấp huyện (trước 2025)', en: 'District level (before 2025)' },
  'units.level.commune': { vi: 'Cấp xã', en: 'Commune level' },
  'units.communesTitle': { vi: 'Xã, phường của một tỉnh', en: 'Communes of a province' },
  'units.province': { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  'units.provincePlaceholder': { vi: 'Chọn tỉnh, thành phố', en: 'Choose a province' },
  'units.filterCommunes': { vi: 'Lọc theo tên hoặc mã', en: 'Filter by name or code' },
  'units.communeCount': { vi: '{count} xã, phường, đặc khu', en: '{count} communes' },
  'units.communesCaption': {
    vi: 'Danh sách xã, phường, đặc khu (từ 01/7/2025)',
    en: 'Communes, wards and special zones (from 1 July 2025)',
  },
  'units.code': { vi: 'Mã', en: 'Code' },
  'units.name': { vi: 'Tên', en: 'Name' },
  'units.convertTitle': { vi: 'Chuyển đổi mã cũ sang mã mới', en: 'Convert an old code to the new one' },
  'units.oldCode': { vi: 'Mã xã cũ (trước 01/7/2025)', en: 'Old commune code (before 1 July 2025)' },
  'units.oldCodeHint': { vi: '5 chữ số, ví dụ 22333', en: '5 digits, e.g. 22333' },
  'units.oldCodeInvalid': {
    vi: 'Mã gồm 5 chữ số (hoặc 3 chữ số với huyện đảo).',
    en: 'The code has 5 digits (or 3 for an island district).',
  },
  'units.convert': { vi: 'Chuyển đổi', en: 'Convert' },
  'units.oldUnit': { vi: 'Đơn vị cũ: {name} ({code})', en: 'Old unit: {name} ({code})' },
  'units.oldUnknown': {
    vi: 'Không có đơn vị cũ nào mang mã {code}.',
    en: 'No old unit has the code {code}.',
  },
  'units.noCandidates': {
    vi: 'Không tìm thấy đơn vị mới tương ứng.',
    en: 'No matching new unit was found.',
  },
  'units.partial': {
    vi: 'Một phần — xác định theo địa chỉ',
    en: 'Partly — decide from the address',
  },
} as const satisfies MessageTable;
