import type { DbOrTx } from '../../db/transaction';
import type { ChildReference } from '../../../shared/domain/ChildStats';
import { isCircumstanceGroupCode } from '../../../shared/reference/circumstance-groups';
import * as repo from './reference.repo';

/** GET /api/reference/children: the lists are public law or plain reference data, so every reader gets them all. */
export async function getChildReference(db: DbOrTx): Promise<ChildReference> {
  const r = await repo.listChildReference(db);
  const groupCode = (code: string) => {
    if (!isCircumstanceGroupCode(code)) throw new Error(`unknown circumstance group ${code}`);
    return code;
  };
  return {
    ethnicGroups: r.ethnicGroups.map((e) => ({ code: e.code, nameVi: e.name_vi, nameEn: e.name_en })),
    circumstanceGroups: r.groups.map((g) => ({
      code: groupCode(g.code),
      nameVi: g.name_vi,
      nameEn: g.name_en,
      decreeArticle: g.decree_article,
      isSensitive: g.is_sensitive,
    })),
    subgroups: r.subgroups.map((s) => ({
      code: s.code,
      groupCode: groupCode(s.group_code),
      nameVi: s.name_vi,
      nameEn: s.name_en,
      verified: s.verified,
    })),
    riskFlagTypes: r.riskFlags.map((f) => ({ code: f.code, nameVi: f.name_vi, nameEn: f.name_en })),
  };
}

/** Checks other modules use (through this service, never the repo). */
export const subgroupBelongsTo = repo.subgroupBelongsTo;
export const riskFlagTypeExists = repo.riskFlagTypeExists;
export const ethnicGroupExists = repo.ethnicGroupExists;
