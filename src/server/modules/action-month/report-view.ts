import { AmActivityType, type AmReportSummary, type AmResult } from '../../../shared/domain/ActionMonth';
import { isOverdue } from './deadline';
import type { ReportRow, resultsOf } from './report.repo';
import { figuresOfRow } from './result-figures';

/** Rows of am_reports and am_results as the API shows them (src/shared/domain/ActionMonth.ts). */

export function summaryOf(r: ReportRow, today: string): AmReportSummary {
  return {
    id: r.id,
    year: r.year,
    level: r.level,
    provinceCode: r.province_code,
    communeCode: r.commune_code,
    agencyId: r.agency_id,
    unitName: r.unit_name,
    status: r.status,
    dueDate: r.due_date,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    submittedLate: r.submitted_late,
    acceptedAt: r.accepted_at?.toISOString() ?? null,
    returnReason: r.return_reason,
    overdue: isOverdue(r.status, r.due_date, today),
    version: r.version,
  };
}

type ResultRow = Awaited<ReturnType<typeof resultsOf>>[number];

export function resultOf(row: ResultRow): AmResult {
  const type = AmActivityType.safeParse(row.activity_type);
  return {
    id: row.id,
    activityId: row.activity_id,
    activityType: type.success ? type.data : 'other',
    title: row.title,
    notes: row.notes,
    ...figuresOfRow(row),
    beneficiaryCount: Number(row.beneficiary_count ?? 0),
  };
}
