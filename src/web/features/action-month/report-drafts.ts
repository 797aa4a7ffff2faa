import type { z } from 'zod';
import type { AmActivityType, AmReportDetail, AmReportUpdate } from '../../../shared/domain/ActionMonth';
import { ALL_FIGURES, pickFigures, zeroFigures, type Figures } from './am-figures';

/**
 * The result report as the editor holds it: one draft per result row, keyed locally (a new row has no id yet), and
 * turned back into the PUT body (AmReportUpdate) that replaces the narrative and every row.
 */
export type ResultDraft = {
  key: string;
  activityId: string | null;
  activityType: AmActivityType;
  title: string;
  notes: string;
  figures: Figures;
};

export type ReportDraft = {
  summary: string;
  difficulties: string;
  recommendations: string;
  results: ResultDraft[];
};

export function draftOf(report: AmReportDetail): ReportDraft {
  return {
    summary: report.summary ?? '',
    difficulties: report.difficulties ?? '',
    recommendations: report.recommendations ?? '',
    results: report.results.map((r) => ({
      key: r.id,
      activityId: r.activityId,
      activityType: r.activityType,
      title: r.title,
      notes: r.notes ?? '',
      figures: pickFigures(r),
    })),
  };
}

export function newResult(key: string): ResultDraft {
  return { key, activityId: null, activityType: 'other', title: '', notes: '', figures: zeroFigures() };
}

/** The PUT body, before validation. The editor does not link register children: omitting beneficiaryChildIds keeps the links a row has. */
export function updateBody(draft: ReportDraft, expectedVersion: number): z.input<typeof AmReportUpdate> {
  return {
    expectedVersion,
    summary: draft.summary || null,
    difficulties: draft.difficulties || null,
    recommendations: draft.recommendations || null,
    results: draft.results.map((r) => ({
      activityId: r.activityId,
      activityType: r.activityType,
      title: r.title,
      notes: r.notes || null,
      ...r.figures,
    })),
  };
}

/** Whether the editor holds changes not saved yet. */
export function isDirty(draft: ReportDraft, saved: ReportDraft): boolean {
  if (
    draft.summary !== saved.summary ||
    draft.difficulties !== saved.difficulties ||
    draft.recommendations !== saved.recommendations ||
    draft.results.length !== saved.results.length
  )
    return true;
  return draft.results.some((r, i) => {
    const s = saved.results[i];
    return (
      !s ||
      r.key !== s.key ||
      r.activityType !== s.activityType ||
      r.title !== s.title ||
      r.notes !== s.notes ||
      ALL_FIGURES.some((f) => r.figures[f] !== s.figures[f])
    );
  });
}
