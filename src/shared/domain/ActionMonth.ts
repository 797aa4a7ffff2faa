import { z } from 'zod';
import { CommuneCode, OptionalText, ProvinceCode, Text, TransactionId, Uuid } from './Common';
import { IsoDate } from './Child';
import { AmActivityType, Vnd } from './ActionMonthCommon';

export { AmActivityType, Vnd } from './ActionMonthCommon';
export * from './ActionMonthReport';

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

export const PublicAmTheme = AmTheme.pick({
  year: true,
  theme: true,
  slogans: true,
  periodStart: true,
  periodEnd: true,
});
