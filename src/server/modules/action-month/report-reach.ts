import { sql, type RawBuilder } from 'kysely';
import type { Scope } from '../../../shared/permissions/scope';
import type { AmReportLevel } from '../../../shared/domain/ActionMonth';
import { AppError } from '../../http/app-error';
import type { AmUnit } from './am-unit';

/**
 * Who reaches which result report. A report belongs to one unit (a commune, an agency or a province) and travels
 * one level up: communes and agencies to their province, provinces to the ministry (Thông tư 28/2019/TT-BLĐTBXH).
 * Reading follows action_month.read; editing and submitting the owner's action_month.report unit; returning and
 * accepting action_month.review one level above.
 */
export type ReportPlace = {
  level: AmReportLevel;
  province_code: string;
  commune_code: string | null;
  agency_id: string | null;
};

/** The reports a read scope reaches, as a WHERE condition on am_reports (alias `alias`). */
export function reportInReadScope(scope: Scope, alias = 'r'): RawBuilder<boolean> {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  switch (scope.kind) {
    case 'national':
      return sql<boolean>`true`;
    case 'province':
      return sql<boolean>`${col('province_code')} = ${scope.provinceCode}`;
    case 'commune':
      return sql<boolean>`(${col('level')} = 'commune' and ${col('commune_code')} = ${scope.communeCode})`;
    case 'agency':
      return sql<boolean>`(${col('level')} = 'agency' and ${col('agency_id')} = ${scope.agencyId})`;
    case 'tasks':
      return sql<boolean>`false`;
  }
}

export function mayReadReport(scope: Scope | null, r: ReportPlace): boolean {
  if (!scope) return false;
  switch (scope.kind) {
    case 'national':
      return true;
    case 'province':
      return r.province_code === scope.provinceCode;
    case 'commune':
      return r.level === 'commune' && r.commune_code === scope.communeCode;
    case 'agency':
      return r.level === 'agency' && r.agency_id === scope.agencyId;
    case 'tasks':
      return false;
  }
}

/** The caller's reporting unit is the report's unit. */
export function ownsReport(unit: AmUnit | null, r: ReportPlace): boolean {
  if (!unit || unit.level !== r.level) return false;
  switch (unit.level) {
    case 'province':
      return r.province_code === unit.provinceCode;
    case 'commune':
      return r.commune_code === unit.communeCode;
    case 'agency':
      return r.agency_id === unit.agencyId;
  }
}

/** The level above the report: the province of a commune or agency report, the nation for a province report. */
export function reviewsReport(reviewScope: Scope | null, r: ReportPlace): boolean {
  if (!reviewScope) return false;
  if (r.level === 'province') return reviewScope.kind === 'national';
  return reviewScope.kind === 'province' && reviewScope.provinceCode === r.province_code;
}

export function notOwner(): AppError {
  return new AppError('FORBIDDEN', {
    messageId: 'amReport.notOwner',
    message: 'only the unit that owns the report may change or submit it',
  });
}

export function notReviewer(): AppError {
  return new AppError('FORBIDDEN', {
    messageId: 'amReport.notReviewer',
    message: 'only the level above the report may return or accept it',
  });
}
