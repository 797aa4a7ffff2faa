import type { AppDeps } from '../../app-deps';
import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { Scope } from '../../../shared/permissions/scope';
import type { Locale } from '../../../shared/i18n/locale';
import { referenceApiMessages, type ReferenceApiMessageId } from '../../../shared/i18n/messages-reference';
import { isCircumstanceGroupCode } from '../../../shared/reference/circumstance-groups';
import type {
  AdminRiskFlag,
  AdminSubgroup,
  ReferenceAdminLists,
  RiskFlagCreateInput,
  RiskFlagUpdateInput,
  SubgroupCreateInput,
  SubgroupUpdateInput,
} from '../../../shared/domain/ReferenceAdmin';
import * as repo from './reference-admin.repo';

export type ReferenceEditor = { actor: AuditActor; scope: Scope | null; locale: Locale };

// Operations to add to AUDIT_OPERATIONS (operations.ts, a shared file); typed here until then.
/** The lists are national: a provincial administrator holds reference.manage for nothing (403, not 404). */
function assertNational(editor: ReferenceEditor): void {
  if (editor.scope?.kind !== 'national')
    throw new AppError('FORBIDDEN', { messageId: 'reference.nationalOnly' });
}

const groupCodeOf = (code: string) => {
  if (!isCircumstanceGroupCode(code)) throw new Error(`unknown circumstance group ${code}`);
  return code;
};
const subgroupView = (r: repo.SubgroupRow): AdminSubgroup => ({
  code: r.code,
  groupCode: groupCodeOf(r.group_code),
  nameVi: r.name_vi,
  nameEn: r.name_en,
  verified: r.verified,
  isActive: r.is_active,
  sort: r.sort,
});
const flagView = (r: repo.RiskFlagRow): AdminRiskFlag => ({
  code: r.code,
  nameVi: r.name_vi,
  nameEn: r.name_en,
  isActive: r.is_active,
  sort: r.sort,
});
const codeField = (id: ReferenceApiMessageId, locale: Locale) => [
  { path: 'body.code', messageId: id, message: referenceApiMessages[id][locale] },
];
const codeTaken = (locale: Locale) =>
  new AppError('CONFLICT', {
    messageId: 'reference.codeTaken',
    fields: codeField('reference.codeTaken', locale),
  });

export async function listForEditor(deps: AppDeps, editor: ReferenceEditor): Promise<ReferenceAdminLists> {
  assertNational(editor);
  const r = await repo.listAdminReference(deps.db);
  return {
    circumstanceGroups: r.groups.map((g) => ({
      code: groupCodeOf(g.code),
      nameVi: g.name_vi,
      nameEn: g.name_en,
      decreeArticle: g.decree_article,
    })),
    subgroups: r.subgroups.map(subgroupView),
    riskFlagTypes: r.riskFlags.map(flagView),
  };
}

export async function createSubgroup(
  deps: AppDeps,
  editor: ReferenceEditor,
  input: SubgroupCreateInput,
): Promise<AdminSubgroup> {
  assertNational(editor);
  // Sub-group codes are "<group letter>.<number>" (data/reference/circumstance-subgroups.csv).
  if (!input.code.startsWith(`${input.groupCode}.`))
    throw new AppError('VALIDATION', {
      fields: codeField('reference.codeGroupMismatch', editor.locale),
    });
  return inTransaction(deps.db, async (tx) => {
    const row = await repo.insertSubgroup(tx, {
      code: input.code,
      group_code: input.groupCode,
      name_vi: input.nameVi,
      name_en: input.nameEn ?? null,
      sort: input.sort,
    });
    if (!row) throw codeTaken(editor.locale);
    await recordAudit(tx, editor.actor, {
      operation: 'reference.subgroup.create',
      targetType: 'circumstance_subgroup',
      targetIds: [row.code],
    });
    return subgroupView(row);
  });
}

export async function updateSubgroup(
  deps: AppDeps,
  editor: ReferenceEditor,
  code: string,
  input: SubgroupUpdateInput,
): Promise<AdminSubgroup> {
  assertNational(editor);
  return inTransaction(deps.db, async (tx) => {
    const current = await repo.findSubgroupForUpdate(tx, code);
    if (!current) throw new AppError('NOT_FOUND');
    // Verified rows are the law's wording (domain.md §1.1) and the loader restores them on every release.
    if (current.verified) throw new AppError('CONFLICT', { messageId: 'reference.verifiedLocked' });
    const row = await repo.updateSubgroup(tx, code, {
      name_vi: input.nameVi,
      name_en: input.nameEn,
      sort: input.sort,
      is_active: input.isActive,
    });
    await recordAudit(tx, editor.actor, {
      operation: 'reference.subgroup.update',
      targetType: 'circumstance_subgroup',
      targetIds: [code],
    });
    return subgroupView(row);
  });
}

export async function createRiskFlag(
  deps: AppDeps,
  editor: ReferenceEditor,
  input: RiskFlagCreateInput,
): Promise<AdminRiskFlag> {
  assertNational(editor);
  return inTransaction(deps.db, async (tx) => {
    const row = await repo.insertRiskFlag(tx, {
      code: input.code,
      name_vi: input.nameVi,
      name_en: input.nameEn,
      sort: input.sort,
    });
    if (!row) throw codeTaken(editor.locale);
    await recordAudit(tx, editor.actor, {
      operation: 'reference.riskflag.create',
      targetType: 'risk_flag_type',
      targetIds: [row.code],
    });
    return flagView(row);
  });
}

export async function updateRiskFlag(
  deps: AppDeps,
  editor: ReferenceEditor,
  code: string,
  input: RiskFlagUpdateInput,
): Promise<AdminRiskFlag> {
  assertNational(editor);
  return inTransaction(deps.db, async (tx) => {
    if (!(await repo.findRiskFlagForUpdate(tx, code))) throw new AppError('NOT_FOUND');
    const row = await repo.updateRiskFlag(tx, code, {
      name_vi: input.nameVi,
      name_en: input.nameEn,
      sort: input.sort,
      is_active: input.isActive,
    });
    await recordAudit(tx, editor.actor, {
      operation: 'reference.riskflag.update',
      targetType: 'risk_flag_type',
      targetIds: [code],
    });
    return flagView(row);
  });
}
