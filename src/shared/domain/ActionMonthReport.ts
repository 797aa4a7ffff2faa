import { z } from 'zod';
import { OptionalText, ProvinceCode, Text, Uuid } from './Common';
import { AmActivityType, Count, Vnd } from './ActionMonthCommon';

/**
 * Result reports and roll-ups of the Action Month (issue #5 items 3–4; routes in the header of ActionMonth.ts,
 * which re-exports this file).
 */
/** The quantified results of one activity (issue #5 item 3); every figure is a count or a sum in đồng. */
export const AmResultFigures = z.object({
  events: Count.default(0),
  participantsMale: Count.default(0),
  participantsFemale: Count.default(0),
  childrenReached: Count.default(0),
  childrenGifted: Count.default(0),
  giftsValue: Vnd.default(0),
  cashMobilised: Vnd.default(0),
  inKindMobilised: Vnd.default(0),
  screenings: Count.default(0),
  surgeries: Count.default(0),
  facilitiesBuilt: Count.default(0),
  facilitiesUpgraded: Count.default(0),
  mediaItems: Count.default(0),
  trainings: Count.default(0),
  trainees: Count.default(0),
});
export type AmResultFigures = z.infer<typeof AmResultFigures>;
/** The figure names in display order (tables, exports, charts). */
export const AM_FIGURES = Object.keys(AmResultFigures.shape) as Array<keyof AmResultFigures>;

export const AmResultInput = AmResultFigures.extend({
  /** The plan activity reported on (assigned to the unit), or null for an activity outside any plan. */
  activityId: Uuid.nullish().transform((v) => v ?? null),
  activityType: AmActivityType,
  title: Text(500),
  notes: OptionalText(2000),
  /**
   * Register children reached (in the caller's reach): kept for follow-up, counted, never shown in reports.
   * Omitted: the row keeps the children it had (same plan activity, or for a row outside the plans the same type
   * and title), so a form that does not show them cannot drop them; [] unlinks them.
   */
  beneficiaryChildIds: z.array(Uuid).max(500).optional(),
});
export type AmResultInput = z.infer<typeof AmResultInput>;

export const AmResult = AmResultFigures.required().extend({
  id: Uuid,
  activityId: z.string().nullable(),
  activityType: AmActivityType,
  title: z.string(),
  notes: z.string().nullable(),
  beneficiaryCount: z.number().int(),
});
export type AmResult = z.infer<typeof AmResult>;

export const AmReportLevel = z.enum(['commune', 'agency', 'province']);
export type AmReportLevel = z.infer<typeof AmReportLevel>;
export const AmReportStatus = z.enum(['draft', 'submitted', 'returned', 'accepted']);
export type AmReportStatus = z.infer<typeof AmReportStatus>;

/** POST /reports — opens the caller's own report of the year (idempotent: returns the existing one). */
export const AmReportOpenInput = z.object({ year: z.number().int().min(2000).max(2100) });

/** PUT /reports/:id — replaces the narrative and the result rows (draft or returned only). */
export const AmReportUpdate = z.object({
  expectedVersion: z.number().int().min(1),
  summary: OptionalText(10000),
  difficulties: OptionalText(10000),
  recommendations: OptionalText(10000),
  results: z.array(AmResultInput).max(200),
});
export type AmReportUpdate = z.infer<typeof AmReportUpdate>;

export const AmReportTransition = z.object({ expectedVersion: z.number().int().min(1) });
export const AmReportReturnInput = z.object({ expectedVersion: z.number().int().min(1), reason: Text(2000) });

export const AmReportSummary = z.object({
  id: Uuid,
  year: z.number().int(),
  level: AmReportLevel,
  provinceCode: z.string(),
  communeCode: z.string().nullable(),
  agencyId: z.string().nullable(),
  unitName: z.string(),
  status: AmReportStatus,
  dueDate: z.string(),
  submittedAt: z.string().nullable(),
  submittedLate: z.boolean(),
  acceptedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  /** Overdue: not submitted (or returned and not resubmitted) and the due date has passed (Vietnam time). */
  overdue: z.boolean(),
  version: z.number().int(),
});
export type AmReportSummary = z.infer<typeof AmReportSummary>;
export const AmReportList = z.object({ items: z.array(AmReportSummary) });
export type AmReportList = z.infer<typeof AmReportList>;
export const AmReportListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  provinceCode: ProvinceCode.optional(),
  level: AmReportLevel.optional(),
  status: AmReportStatus.optional(),
});
export type AmReportListQuery = z.infer<typeof AmReportListQuery>;

/** Figures summed by activity type and in total. */
export const AmRollupTotals = z.object({
  byType: z.array(z.object({ type: AmActivityType, figures: AmResultFigures.required() })),
  total: AmResultFigures.required(),
  reportCount: z.number().int(),
});
export type AmRollupTotals = z.infer<typeof AmRollupTotals>;

export const AmReportDetail = AmReportSummary.extend({
  summary: z.string().nullable(),
  difficulties: z.string().nullable(),
  recommendations: z.string().nullable(),
  results: z.array(AmResult),
  /** For a province report: the accepted commune and agency reports rolled up (frozen once submitted). */
  rollup: AmRollupTotals.nullable(),
  /** Sum of this report's own result rows plus, for a province, its roll-up. */
  totals: AmResultFigures.required(),
  canEdit: z.boolean(),
  canReview: z.boolean(),
});
export type AmReportDetail = z.infer<typeof AmReportDetail>;
export const AmReportParams = z.object({ id: Uuid });

/** GET /rollup — a province (its communes and agencies) or the nation (its provinces), from accepted reports only. */
export const AmRollupQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  provinceCode: ProvinceCode.optional(),
});
export const AmRollup = z.object({
  year: z.number().int(),
  scope: z.enum(['national', 'province']),
  provinceCode: z.string().nullable(),
  totals: AmRollupTotals,
  /** One row per reporting unit below the scope (communes and agencies of a province; provinces of the nation). */
  units: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      level: AmReportLevel,
      status: AmReportStatus.or(z.literal('missing')),
      overdue: z.boolean(),
      total: AmResultFigures.required(),
    }),
  ),
  completeness: z.object({
    expected: z.number().int(),
    accepted: z.number().int(),
    submitted: z.number().int(),
    missing: z.number().int(),
    overdue: z.number().int(),
  }),
});
export type AmRollup = z.infer<typeof AmRollup>;

export const AmYearComparisonQuery = z.object({
  provinceCode: ProvinceCode.optional(),
  from: z.coerce.number().int().min(2000).max(2100),
  to: z.coerce.number().int().min(2000).max(2100),
});
export const AmYearComparison = z.object({
  provinceCode: z.string().nullable(),
  years: z.array(
    z.object({ year: z.number().int(), total: AmResultFigures.required(), reportCount: z.number().int() }),
  ),
});
export type AmYearComparison = z.infer<typeof AmYearComparison>;
