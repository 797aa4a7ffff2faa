import { z } from 'zod';
import { CommuneCode, ProvinceCode } from './Common';
import { IsoDate, Sex } from './Child';
import { CIRCUMSTANCE_GROUP_CODES } from '../reference/circumstance-groups';
import { AGE_GROUPS } from '../reference/child-age';

/** Statistics and reference lists of the child register (issue #3); the records themselves are in Child.ts. */
const CircumstanceGroupCode = z.enum(CIRCUMSTANCE_GROUP_CODES);

/** GET /api/children/stats: a province or commune inside the jurisdiction (default: the whole jurisdiction). */
export const ChildStatsQuery = z.object({
  unitCode: z.union([ProvinceCode, CommuneCode]).optional(),
  asOf: IsoDate.optional(),
});
export type ChildStatsQuery = z.infer<typeof ChildStatsQuery>;
export const AgeGroup = z.enum(AGE_GROUPS);
export const ChildStats = z.object({
  asOf: z.string(),
  unitCode: z.string().nullable(),
  /** Rows are per commune (a province or commune asked) or per province (the nation). */
  breakdown: z.enum(['commune', 'province']),
  units: z.array(z.object({ code: z.string(), name: z.string() })),
  bySexAge: z.array(
    z.object({ unitCode: z.string(), sex: Sex, ageGroup: AgeGroup, count: z.number().int() }),
  ),
  byGroup: z.array(
    z.object({ unitCode: z.string(), groupCode: CircumstanceGroupCode, count: z.number().int() }),
  ),
  totals: z.object({ activeChildren: z.number().int(), inSpecialCircumstances: z.number().int() }),
  /** False when the sensitive groups were left out (no children.read_sensitive). */
  sensitiveGroupsIncluded: z.boolean(),
});
export type ChildStats = z.infer<typeof ChildStats>;

/** GET /api/reference/children: the reference lists of the register (public law and editable lists). */
export const ChildReference = z.object({
  ethnicGroups: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() })),
  circumstanceGroups: z.array(
    z.object({
      code: CircumstanceGroupCode,
      nameVi: z.string(),
      nameEn: z.string(),
      decreeArticle: z.string(),
      isSensitive: z.boolean(),
    }),
  ),
  subgroups: z.array(
    z.object({
      code: z.string(),
      groupCode: CircumstanceGroupCode,
      nameVi: z.string(),
      nameEn: z.string().nullable(),
      verified: z.boolean(),
    }),
  ),
  riskFlagTypes: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() })),
});
export type ChildReference = z.infer<typeof ChildReference>;
