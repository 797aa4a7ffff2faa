import { z } from 'zod';
import { CircumstanceGroupCode, SubgroupCode } from './Child';

/**
 * Editing the register's editable reference lists (issue #3 item 1): the sub-groups of the 14 groups (Nghị định
 * 56/2017 Điều 3–16, partly unverified: domain.md §1.1) and the "at risk" flag types (no statutory list: §1.3).
 * National administrators only (reference.manage). Rows verified against the law are read-only.
 *
 * Routes:
 *   GET  /api/reference/admin                   → ReferenceAdminLists (inactive rows included)
 *   POST /api/reference/subgroups               SubgroupCreateInput  → AdminSubgroup (201)
 *   PUT  /api/reference/subgroups/:code         SubgroupUpdateInput  → AdminSubgroup
 *   POST /api/reference/risk-flags              RiskFlagCreateInput  → AdminRiskFlag (201)
 *   PUT  /api/reference/risk-flags/:code        RiskFlagUpdateInput  → AdminRiskFlag
 */
const Name = z.string().trim().min(1).max(300);
const Sort = z.number().int().min(1).max(9999);

/** Codes of new risk flag types: lower-case words joined by underscores. */
export const NewRiskFlagCode = z.string().regex(/^[a-z_]{2,40}$/);

export const AdminSubgroup = z.object({
  code: z.string(),
  groupCode: CircumstanceGroupCode,
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  verified: z.boolean(),
  isActive: z.boolean(),
  sort: z.number().int(),
});
export type AdminSubgroup = z.infer<typeof AdminSubgroup>;

export const AdminRiskFlag = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  isActive: z.boolean(),
  sort: z.number().int(),
});
export type AdminRiskFlag = z.infer<typeof AdminRiskFlag>;

export const ReferenceAdminLists = z.object({
  circumstanceGroups: z.array(
    z.object({
      code: CircumstanceGroupCode,
      nameVi: z.string(),
      nameEn: z.string(),
      decreeArticle: z.string(),
    }),
  ),
  subgroups: z.array(AdminSubgroup),
  riskFlagTypes: z.array(AdminRiskFlag),
});
export type ReferenceAdminLists = z.infer<typeof ReferenceAdminLists>;

/** The code's letter must be its group's (checked by the service: 400 on `code`). */
export const SubgroupCreateInput = z.object({
  groupCode: CircumstanceGroupCode,
  code: SubgroupCode,
  nameVi: Name,
  nameEn: Name.nullable().optional(),
  sort: Sort,
});
export type SubgroupCreateInput = z.infer<typeof SubgroupCreateInput>;

export const SubgroupUpdateInput = z.object({
  nameVi: Name,
  nameEn: Name.nullable(),
  sort: Sort,
  isActive: z.boolean(),
});
export type SubgroupUpdateInput = z.infer<typeof SubgroupUpdateInput>;

export const SubgroupParams = z.object({ code: SubgroupCode });

export const RiskFlagCreateInput = z.object({
  code: NewRiskFlagCode,
  nameVi: Name,
  nameEn: Name,
  sort: Sort,
});
export type RiskFlagCreateInput = z.infer<typeof RiskFlagCreateInput>;

export const RiskFlagUpdateInput = z.object({
  nameVi: Name,
  nameEn: Name,
  sort: Sort,
  isActive: z.boolean(),
});
export type RiskFlagUpdateInput = z.infer<typeof RiskFlagUpdateInput>;

export const RiskFlagParams = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{0,49}$/) });
