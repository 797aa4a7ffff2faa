import { z } from 'zod';
import { CommuneCode, OptionalText, ProvinceCode, Text, TransactionId, Uuid } from './Common';
import { IsoDate } from './Child';

/**
 * Action Month for Children (Tháng hành động vì trẻ em): Luật Trẻ em Điều 11 (June every year), Thông tư
 * 28/2019/TT-BLĐTBXH; migrations/0015_action_month.sql; issue #5 items 1–5, journey J4.
 *
 * API (all under /api/action-month, jurisdiction in every query):
 *   GET    /themes                         AmTheme[] (any logged-in user)     PUT /themes/:year  AmThemeInput (themes)
 *   GET    /plans?year&level&provinceCode  AmPlanList (read)                  POST /plans        AmPlanInput (plan)
 *   GET    /plans/:id                      AmPlanDetail (read)                PUT  /plans/:id    AmPlanUpdate (plan, draft only)
 *   POST   /plans/:id/issue                AmPlanIssueInput → AmPlanDetail    (plan; number, date, signer required)
 *   POST   /plans/:id/activities           AmActivityInput → AmPlanDetail     (plan, draft only)
 *   PUT    /plans/:id/activities/:activityId  AmActivityInput                 DELETE same (draft only)
 *   PUT    /plans/:id/file?fileName=  (raw application/pdf body, ≤ 10 MB) signed plan   GET /plans/:id/file
 *   GET    /plans/:id/export.pdf | .docx | .xlsx   the plan in the official layout
 *   GET    /assignments?year              activities of issued plans assigned to the caller's commune or agency
 *   GET    /reports?year&provinceCode&level&status   AmReportList (read; a reviewer sees the level below)
 *   POST   /reports  AmReportOpenInput → AmReportDetail   (report; opens or returns the caller's unit's report,
 *                                                           pre-filled with a result row per assigned activity)
 *   GET    /reports/:id                    AmReportDetail (read)
 *   PUT    /reports/:id                    AmReportUpdate (report; draft or returned only; expectedVersion)
 *   POST   /reports/:id/submit             AmReportTransition (report)  → submitted (late flag when after due_date)
 *   POST   /reports/:id/return             AmReportReturnInput (review) → returned, reason required
 *   POST   /reports/:id/accept             AmReportTransition (review)  → accepted, locked for good
 *   GET    /reports/:id/export.pdf | .docx | .xlsx  the result report in the official layout
 *   GET    /rollup?year&provinceCode       AmRollup (read): from accepted reports only, with completeness
 *   GET    /rollup/years?provinceCode&from&to   AmYearComparison (read)
 *   GET    /api/public/action-month/theme   the current year's theme (no login; used by the public pages)
 */

/** Activity types of issue #5 item 2 (Thông tư 15/2014 and the yearly guidance, domain.md §4). */
export const AmActivityType = z.enum([
  'communication',
  'launch_ceremony',
  'visits_gifts',
  'health_screening',
  'summer_activities',
  'training',
  'fund_drive',
  'children_forum',
  'facility',
  'inspection',
  'other',
]);
export type AmActivityType = z.infer<typeof AmActivityType>;

/** Money in whole Vietnamese đồng (bigint in the database, safe integers here: up to 9 × 10^15). */
export const Vnd = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Count = z.number().int().min(0).max(100_000_000);

export const AmThemeInput = z
  .object({
    theme: Text(500),
    slogans: z.array(Text(300)).max(30).default([]),
    guidingDocument: OptionalText(500),
    periodStart: IsoDate,
    periodEnd: IsoDate,
    communeReportDue: IsoDate,
    provinceReportDue: IsoDate,
  })
  .refine((t) => t.periodEnd >= t.periodStart, {
    path: ['periodEnd'],
    params: { messageId: 'field.endBeforeStart' },
  });
export type AmThemeInput = z.infer<typeof AmThemeInput>;

export const AmTheme = z.object({
  year: z.number().int(),
  theme: z.string(),
  slogans: z.array(z.string()),
  guidingDocument: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  communeReportDue: z.string(),
  provinceReportDue: z.string(),
  /** Where the fact comes from (reference rows cite domain.md's sources). */
  source: z.string().nullable(),
  isReference: z.boolean(),
});
export type AmTheme = z.infer<typeof AmTheme>;
export const AmYearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const AmPlanLevel = z.enum(['national', 'province', 'commune', 'agency']);
export type AmPlanLevel = z.infer<typeof AmPlanLevel>;
export const AmPlanStatus = z.enum(['draft', 'issued']);
export type AmPlanStatus = z.infer<typeof AmPlanStatus>;

/**
 * POST /plans. The level and unit come from the caller (a province officer makes the province plan, a commune
 * officer the commune's, partner agency staff their agency's); parentPlanId must be an issued plan one level up
 * that the caller can see (commune/agency → its province's; province → the national one).
 */
export const AmPlanInput = z
  .object({
    transactionId: TransactionId,
    year: z.number().int().min(2000).max(2100),
    issuingBody: Text(300),
    title: Text(500),
    purpose: OptionalText(10000),
    requirements: OptionalText(10000),
    periodStart: IsoDate,
    periodEnd: IsoDate,
    parentPlanId: Uuid.nullish().transform((v) => v ?? null),
    documentNumber: OptionalText(100),
    documentDate: IsoDate.nullish().transform((v) => v ?? null),
    signerName: OptionalText(200),
    signerTitle: OptionalText(200),
  })
  .refine((p) => p.periodEnd >= p.periodStart, {
    path: ['periodEnd'],
    params: { messageId: 'field.endBeforeStart' },
  });
export type AmPlanInput = z.infer<typeof AmPlanInput>;

/** PUT /plans/:id — the same fields (year and level never change), with the version read. */
export const AmPlanUpdate = z.object({
  expectedVersion: z.number().int().min(1),
  issuingBody: Text(300),
  title: Text(500),
  purpose: OptionalText(10000),
  requirements: OptionalText(10000),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  parentPlanId: Uuid.nullish().transform((v) => v ?? null),
  documentNumber: OptionalText(100),
  documentDate: IsoDate.nullish().transform((v) => v ?? null),
  signerName: OptionalText(200),
  signerTitle: OptionalText(200),
});
export type AmPlanUpdate = z.infer<typeof AmPlanUpdate>;

/** POST /plans/:id/issue — a plan is issued with its number (e.g. "1712/KH-UBND"), date and signer. */
export const AmPlanIssueInput = z.object({
  expectedVersion: z.number().int().min(1),
  documentNumber: Text(100),
  documentDate: IsoDate,
  signerName: Text(200),
  signerTitle: OptionalText(200),
});
export type AmPlanIssueInput = z.infer<typeof AmPlanIssueInput>;

export const AmActivityInput = z
  .object({
    type: AmActivityType,
    title: Text(500),
    description: OptionalText(5000),
    assigneeAgencyId: Uuid.nullish().transform((v) => v ?? null),
    /** One commune of the plan's province; or assignAllCommunes for every commune of it. */
    assigneeCommuneCode: CommuneCode.nullish().transform((v) => v ?? null),
    assignAllCommunes: z.boolean().default(false),
    startDate: IsoDate.nullish().transform((v) => v ?? null),
    endDate: IsoDate.nullish().transform((v) => v ?? null),
    budgetState: Vnd.default(0),
    budgetMobilised: Vnd.default(0),
    targets: OptionalText(2000),
  })
  .refine((a) => !a.endDate || !a.startDate || a.endDate >= a.startDate, {
    path: ['endDate'],
    params: { messageId: 'field.endBeforeStart' },
  })
  .refine((a) => !(a.assignAllCommunes && a.assigneeCommuneCode), {
    path: ['assigneeCommuneCode'],
    params: { messageId: 'actionMonth.assignOneOrAll' },
  });
export type AmActivityInput = z.infer<typeof AmActivityInput>;

export const AmActivity = z.object({
  id: Uuid,
  seq: z.number().int(),
  type: AmActivityType,
  title: z.string(),
  description: z.string().nullable(),
  assigneeAgencyId: z.string().nullable(),
  assigneeAgencyName: z.string().nullable(),
  assigneeCommuneCode: z.string().nullable(),
  assigneeCommuneName: z.string().nullable(),
  assignAllCommunes: z.boolean(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  budgetState: z.number(),
  budgetMobilised: z.number(),
  targets: z.string().nullable(),
});
export type AmActivity = z.infer<typeof AmActivity>;

export const AmPlanSummary = z.object({
  id: Uuid,
  year: z.number().int(),
  level: AmPlanLevel,
  provinceCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  agencyId: z.string().nullable(),
  /** The commune, province or agency name, for lists. */
  unitName: z.string().nullable(),
  issuingBody: z.string(),
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  title: z.string(),
  status: AmPlanStatus,
  parentPlanId: z.string().nullable(),
  activityCount: z.number().int(),
  hasFile: z.boolean(),
});
export type AmPlanSummary = z.infer<typeof AmPlanSummary>;
export const AmPlanList = z.object({ items: z.array(AmPlanSummary) });
export type AmPlanList = z.infer<typeof AmPlanList>;

export const AmPlanListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  level: AmPlanLevel.optional(),
  provinceCode: ProvinceCode.optional(),
  /** Plans implementing this one. */
  parentPlanId: Uuid.optional(),
});
export type AmPlanListQuery = z.infer<typeof AmPlanListQuery>;

export const AmPlanDetail = AmPlanSummary.extend({
  purpose: z.string().nullable(),
  requirements: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  version: z.number().int(),
  issuedAt: z.string().nullable(),
  parentPlanTitle: z.string().nullable(),
  parentDocumentNumber: z.string().nullable(),
  activities: z.array(AmActivity),
  file: z.object({ fileName: z.string(), byteSize: z.number().int(), uploadedAt: z.string() }).nullable(),
  /** Whether the caller may edit, issue, attach (computed by the server from role, unit and status). */
  canEdit: z.boolean(),
  /** The issuing unit may attach (or replace) the signed PDF, draft or issued. */
  canAttachFile: z.boolean(),
});
export type AmPlanDetail = z.infer<typeof AmPlanDetail>;
export const AmPlanParams = z.object({ id: Uuid });
export const AmActivityParams = z.object({ id: Uuid, activityId: Uuid });

/** GET /assignments — what the caller's commune or agency must carry out this year, from issued plans. */
export const AmAssignment = z.object({
  activity: AmActivity,
  planId: Uuid,
  planTitle: z.string(),
  planDocumentNumber: z.string().nullable(),
  planIssuingBody: z.string(),
});
export const AmAssignmentList = z.object({ items: z.array(AmAssignment) });
export type AmAssignmentList = z.infer<typeof AmAssignmentList>;

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

export const PublicAmTheme = AmTheme.pick({
  year: true,
  theme: true,
  slogans: true,
  periodStart: true,
  periodEnd: true,
});
