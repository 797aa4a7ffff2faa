import type { AmReportLevel, AmReportStatus } from '../../../shared/domain/ActionMonth';
import { vietnamToday } from '../../../shared/reference/child-age';

/**
 * Report deadlines of the Action Month (domain.md §4: communes and agencies report to the province before the 20th,
 * the province to the ministry later; both dates are set per year on am_themes). Dates compare as 'YYYY-MM-DD' in
 * Vietnam time (Asia/Ho_Chi_Minh, UTC+7): a report sent at 23:30 on the due day is on time.
 */

export function amToday(now: Date): string {
  return vietnamToday(now);
}

/** The due date of a unit's report: the commune deadline for communes and agencies, the province one otherwise. */
export function dueDateOf(
  theme: { commune_report_due: string; province_report_due: string },
  level: AmReportLevel,
): string {
  return level === 'province' ? theme.province_report_due : theme.commune_report_due;
}

/** Sent after the due date: allowed and flagged, never blocked. */
export function isLate(today: string, dueDate: string): boolean {
  return today > dueDate;
}

/**
 * Overdue: the due date has passed and the unit has not sent its report (no report, a draft, or a report returned
 * for correction and not sent again). A report sent late is not overdue, it is flagged late.
 */
export function isOverdue(
  status: AmReportStatus | 'missing',
  dueDate: string | null,
  today: string,
): boolean {
  if (dueDate === null) return false;
  return (status === 'missing' || status === 'draft' || status === 'returned') && today > dueDate;
}
