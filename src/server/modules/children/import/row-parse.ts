import { ChildInput, CircumstanceGroupCode } from '../../../../shared/domain/Child';
import { IMPORT_COLUMNS, type ImportColumnKey } from '../../../../shared/domain/ChildImport';
import type { ApiMessageId } from '../../../../shared/i18n/messages';
import { messageIdForIssue } from '../../../../shared/validation';
import { isIsoDate } from '../../../../shared/reference/child-age';
import {
  isSensitiveGroup,
  type CircumstanceGroupCode as GroupCode,
} from '../../../../shared/reference/circumstance-groups';
import { cellText, type HeaderMap } from './import-header';
import {
  fold,
  foldCompact,
  memoized,
  parseDisabilityLevel,
  parsePoverty,
  parseRelation,
  parseSchooling,
  parseSex,
  parseYesNo,
} from './import-values';
import type { Cell } from './xlsx-stream';

/**
 * One row of an import file → a ChildInput validated by the register's own schema (src/shared/domain/Child.ts), plus
 * the rules only an import has: labels instead of codes, the commune inside the importer's jurisdiction, the groups.
 * Every problem is named by its column, so the error report says "row 12, Ngày sinh: …".
 */
export type RowIssue = { column: ImportColumnKey | null; messageId: ApiMessageId; detail?: string };

export type ImportLookups = {
  /** Every 2025 commune: code → province and whether it is inside the importer's jurisdiction. */
  communes: ReadonlyMap<string, { provinceCode: string; inScope: boolean }>;
  /** Folded commune name (full or short) → codes, inside the jurisdiction only. */
  communesByName: ReadonlyMap<string, readonly string[]>;
  /** Ethnic group name (foldCompact) or code → code. */
  ethnicities: ReadonlyMap<string, string>;
  /** The commune of a commune-level importer: a blank commune cell means this one. */
  defaultCommune: string | null;
  /** Whether the importer may mark special-circumstance groups (children.circumstances). */
  mayMarkGroups: boolean;
  /** Whether the importer may mark the sensitive groups too (children.read_sensitive). */
  mayMarkSensitive: boolean;
};

export type ParsedRow = {
  child: ChildInput;
  provinceCode: string;
  groups: GroupCode[];
};

// Any valid uuid: ChildInput asks for the client transaction id of a create; an import is one transaction.
const ROW_TRANSACTION_ID = '00000000-0000-4000-8000-000000000000';

const ISSUE_COLUMN: Record<string, ImportColumnKey> = {
  fullName: 'fullName',
  birthDate: 'birth',
  birthPrecision: 'birth',
  sex: 'sex',
  personalId: 'personalId',
  ethnicityCode: 'ethnicity',
  communeCode: 'commune',
  village: 'village',
  addressLine: 'addressLine',
  householdPoverty: 'poverty',
  schooling: 'schooling',
  schoolName: 'schoolName',
  disabilityType: 'disabilityType',
  disabilityLevel: 'disabilityLevel',
  healthInsurance: 'healthInsurance',
  birthRegistered: 'birthRegistered',
};
const CAREGIVER_COLUMN: Record<string, ImportColumnKey> = {
  relation: 'caregiverRelation',
  fullName: 'caregiverName',
  phone: 'caregiverPhone',
};

function columnOfIssue(path: readonly PropertyKey[]): ImportColumnKey | null {
  const [first, , third] = path;
  if (first === 'caregivers') return CAREGIVER_COLUMN[String(third)] ?? 'caregiverName';
  return ISSUE_COLUMN[String(first)] ?? null;
}

const COLUMN_ORDER = new Map(IMPORT_COLUMNS.map((c, i) => [c.key, i]));
/** The report lists a row's problems in the order of the columns. */
const byColumn = (a: RowIssue, b: RowIssue) =>
  (a.column ? (COLUMN_ORDER.get(a.column) ?? 99) : -1) - (b.column ? (COLUMN_ORDER.get(b.column) ?? 99) : -1);

const foldName = memoized(fold);
const foldEthnic = memoized(foldCompact);

const pad = (n: number, width: number) => String(Math.trunc(n)).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug is before any child's birth).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** "05/09/2016", "09/2016", "2016", "2016-09-05", a date cell, a year number or a date serial number. */
export function parseBirth(
  cell: Cell | undefined,
): { date: string; precision: 'day' | 'month' | 'year' } | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return { date: cell.toISOString().slice(0, 10), precision: 'day' };
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell)) return null;
    if (cell >= 1900 && cell <= 2100) return { date: iso(cell, 1, 1), precision: 'year' };
    if (cell > 2100 && cell < 100_000)
      return {
        date: new Date(EXCEL_EPOCH_MS + cell * 86_400_000).toISOString().slice(0, 10),
        precision: 'day',
      };
    return null;
  }
  const s = cellText(cell).trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const date = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    return isIsoDate(date) ? { date, precision: 'day' } : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isIsoDate(s) ? { date: s, precision: 'day' } : null;
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? { date: iso(Number(m[2]), month, 1), precision: 'month' } : null;
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return { date: iso(Number(m[1]), 1, 1), precision: 'year' };
  return null;
}

/** A code typed as a number lost its leading zeros: "12345678901" (a number) is the personal id 012345678901. */
function digits(cell: Cell | undefined, width: number): string {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) return pad(cell, width);
  return cellText(cell).trim();
}

function parseCommune(raw: string, lookups: ImportLookups): { code: string } | { issue: ApiMessageId } {
  if (raw === '')
    return lookups.defaultCommune ? { code: lookups.defaultCommune } : { issue: 'field.required' };
  const m = /\((\d{5})\)\s*$/.exec(raw) ?? /^(\d{5})$/.exec(raw);
  let code = m?.[1];
  if (!code) {
    const byName = lookups.communesByName.get(foldName(raw));
    if (byName?.length === 1) code = byName[0];
    else return { issue: 'import.unknownCommune' };
  }
  const c = code ? lookups.communes.get(code) : undefined;
  if (!code || !c) return { issue: 'import.unknownCommune' };
  if (!c.inScope) return { issue: 'import.communeOutsideScope' };
  return { code };
}

function parseGroups(raw: string): { codes: GroupCode[] } | { issue: ApiMessageId } {
  const codes: GroupCode[] = [];
  for (const part of raw
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s,;]+/)) {
    if (part === '') continue;
    const code = part.replace(/[.)]$/, '');
    const parsed = CircumstanceGroupCode.safeParse(code);
    if (!parsed.success) return { issue: 'import.unknownGroup' };
    if (!codes.includes(parsed.data)) codes.push(parsed.data);
  }
  return { codes };
}

export function parseRow(
  cells: readonly Cell[],
  header: HeaderMap,
  lookups: ImportLookups,
): { row: ParsedRow; issues?: undefined } | { row?: undefined; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const cell = (k: ImportColumnKey): Cell | undefined => {
    const i = header.get(k);
    return i === undefined ? undefined : cells[i];
  };
  const text = (k: ImportColumnKey) => cellText(cell(k)).trim();
  const opt = (k: ImportColumnKey) => text(k) || null;
  function coded<T>(k: ImportColumnKey, parse: (s: string) => T | undefined): T | null {
    const raw = text(k);
    if (raw === '') return null;
    const v = parse(raw);
    if (v === undefined) issues.push({ column: k, messageId: 'field.invalidOption' });
    return v ?? null;
  }

  const birthCell = cell('birth');
  const birth = cellText(birthCell).trim() === '' ? null : parseBirth(birthCell);
  if (cellText(birthCell).trim() !== '' && !birth)
    issues.push({ column: 'birth', messageId: 'import.badDate' });

  const commune = parseCommune(text('commune'), lookups);
  if ('issue' in commune) issues.push({ column: 'commune', messageId: commune.issue });

  let ethnicityCode: string | null = null;
  const ethnicityRaw =
    typeof cell('ethnicity') === 'number' ? digits(cell('ethnicity'), 2) : text('ethnicity');
  if (ethnicityRaw !== '') {
    ethnicityCode = lookups.ethnicities.get(foldEthnic(ethnicityRaw)) ?? null;
    if (!ethnicityCode) issues.push({ column: 'ethnicity', messageId: 'import.unknownEthnicity' });
  }

  let groups: GroupCode[] = [];
  const groupsRaw = text('groups');
  if (groupsRaw !== '') {
    const g = parseGroups(groupsRaw);
    if ('issue' in g) issues.push({ column: 'groups', messageId: g.issue });
    else if (!lookups.mayMarkGroups && g.codes.length > 0)
      issues.push({ column: 'groups', messageId: 'import.groupsForbidden' });
    else if (!lookups.mayMarkSensitive && g.codes.some(isSensitiveGroup))
      issues.push({ column: 'groups', messageId: 'child.sensitiveForbidden' });
    else groups = g.codes;
  }

  const sexRaw = text('sex');
  const sex = sexRaw === '' ? undefined : parseSex(sexRaw);
  if (sexRaw !== '' && !sex) issues.push({ column: 'sex', messageId: 'field.invalidOption' });

  const yesNo = (k: ImportColumnKey) => {
    const v = coded(k, parseYesNo);
    return v === null ? null : v === 'yes';
  };
  const caregiverName = opt('caregiverName');
  const caregiverPhone = digits(cell('caregiverPhone'), 10) || null;
  const relationRaw = text('caregiverRelation');
  const relation = relationRaw === '' ? undefined : parseRelation(relationRaw);
  if (relationRaw !== '' && !relation)
    issues.push({ column: 'caregiverRelation', messageId: 'field.invalidOption' });
  const hasCaregiver = caregiverName !== null || caregiverPhone !== null || relationRaw !== '';
  if (hasCaregiver && relationRaw === '')
    issues.push({ column: 'caregiverRelation', messageId: 'field.required' });

  const input = {
    transactionId: ROW_TRANSACTION_ID,
    personalId: digits(cell('personalId'), 12) || null,
    fullName: text('fullName'),
    birthDate:
      birth?.date ??
      (birthCell === undefined || cellText(birthCell).trim() === '' ? undefined : '2000-01-01'),
    birthPrecision: birth?.precision ?? 'day',
    sex,
    ethnicityCode,
    communeCode: 'code' in commune ? commune.code : '00000',
    village: opt('village'),
    addressLine: opt('addressLine'),
    householdPoverty: coded('poverty', parsePoverty) ?? undefined,
    schooling: coded('schooling', parseSchooling) ?? undefined,
    schoolName: opt('schoolName'),
    disabilityType: opt('disabilityType'),
    disabilityLevel: coded('disabilityLevel', parseDisabilityLevel),
    healthInsurance: yesNo('healthInsurance'),
    birthRegistered: yesNo('birthRegistered'),
    caregivers: hasCaregiver
      ? [{ relation: relation ?? '', fullName: caregiverName ?? '', phone: caregiverPhone, isPrimary: true }]
      : [],
  };
  const parsed = ChildInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnOfIssue(issue.path);
      // A column already reported by the import's own parsing is not reported twice.
      if (column && issues.some((i) => i.column === column)) continue;
      issues.push({ column, messageId: messageIdForIssue(issue) });
    }
  }
  if (issues.length > 0 || !parsed.success) return { issues: issues.sort(byColumn) };
  const c = lookups.communes.get(parsed.data.communeCode);
  if (!c) return { issues: [{ column: 'commune', messageId: 'import.unknownCommune' }] };
  return { row: { child: parsed.data, provinceCode: c.provinceCode, groups } };
}
