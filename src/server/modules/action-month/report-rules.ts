import { AppError } from '../../http/app-error';
import type { AmReportStatus } from '../../../shared/domain/ActionMonth';

/**
 * The life of a result report (issue #5 item 3; Thông tư 28/2019/TT-BLĐTBXH: the unit reports to the level above,
 * which accepts the report or returns it for correction):
 *
 *   draft ──submit──▶ submitted ──accept──▶ accepted (locked for good)
 *                         │  ▲
 *                    return  submit
 *                         ▼  │
 *                       returned (editable again)
 *
 * The owner edits and submits a draft or returned report; the level above returns or accepts a submitted one.
 */
export type ReportStep = 'update' | 'submit' | 'return' | 'accept';

const ALLOWED_FROM: Record<ReportStep, readonly AmReportStatus[]> = {
  update: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  return: ['submitted'],
  accept: ['submitted'],
};

export const STATUS_AFTER = {
  submit: 'submitted',
  return: 'returned',
  accept: 'accepted',
} as const satisfies Record<Exclude<ReportStep, 'update'>, AmReportStatus>;

/** 409 when the step is not allowed from the report's status (locked once accepted) or the version is stale. */
export function assertStep(
  report: { status: AmReportStatus; version: number },
  step: ReportStep,
  expectedVersion: number,
): void {
  if (report.status === 'accepted')
    throw new AppError('CONFLICT', {
      messageId: 'amReport.locked',
      message: 'an accepted report is locked',
      details: { status: report.status },
    });
  if (!ALLOWED_FROM[step].includes(report.status))
    throw new AppError('CONFLICT', {
      messageId: 'amReport.illegalStep',
      message: `cannot ${step} a ${report.status} report`,
      details: { status: report.status },
    });
  if (report.version !== expectedVersion)
    throw new AppError('CONFLICT', {
      messageId: 'amReport.staleVersion',
      message: 'the report changed since it was read',
      details: { currentVersion: report.version },
    });
}
