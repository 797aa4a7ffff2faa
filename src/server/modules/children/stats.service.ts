import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { ChildStats, ChildStatsQuery } from '../../../shared/domain/ChildStats';
import { Permission } from '../../../shared/permissions/Permission';
import { scopeFor, type Scope } from '../../../shared/permissions/scope';
import { CIRCUMSTANCE_GROUP_CODES, isSensitiveGroup } from '../../../shared/reference/circumstance-groups';
import { AGE_GROUPS, ageGroupOf } from '../../../shared/reference/child-age';
import { findUnitIn, listChildren, listProvinceUnits } from '../units/units.service';
import { cipherOf, todayOf, type ChildrenCaller, type ChildrenDeps } from './children.service';
import { countByGroup, countBySexAge, type StatsTarget } from './stats.repo';

/** Whether a scope reaches every child of a target (a statistic is whole or not shown). */
function covers(scope: Scope | null, t: StatsTarget, provinceOfCommune: string | null): boolean {
  if (!scope) return false;
  switch (scope.kind) {
    case 'national':
      return true;
    case 'province':
      return (
        (t.kind === 'province' && t.provinceCode === scope.provinceCode) ||
        (t.kind === 'commune' && provinceOfCommune === scope.provinceCode)
      );
    case 'commune':
      return t.kind === 'commune' && t.communeCode === scope.communeCode;
    case 'agency':
    case 'tasks':
      return false;
  }
}

async function resolveTarget(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  unitCode: string | undefined,
): Promise<{ target: StatsTarget; provinceOfCommune: string | null }> {
  if (unitCode === undefined) {
    const s = caller.scope;
    switch (s.kind) {
      case 'national':
        return { target: { kind: 'national' }, provinceOfCommune: null };
      case 'province':
        return { target: { kind: 'province', provinceCode: s.provinceCode }, provinceOfCommune: null };
      case 'commune':
        return { target: { kind: 'commune', communeCode: s.communeCode }, provinceOfCommune: s.provinceCode };
      case 'agency':
      case 'tasks':
        throw new AppError('FORBIDDEN');
    }
  }
  const unit = await findUnitIn(deps.db, '2025', unitCode);
  if (!unit) throw new AppError('NOT_FOUND');
  const target: StatsTarget =
    unit.level === 'province'
      ? { kind: 'province', provinceCode: unit.code }
      : { kind: 'commune', communeCode: unit.code };
  const provinceOfCommune = unit.level === 'commune' ? unit.provinceCode : null;
  if (!covers(caller.scope, target, provinceOfCommune))
    throw new AppError('FORBIDDEN', { messageId: 'error.unitNotAllowed' });
  return { target, provinceOfCommune };
}

/**
 * Register statistics for officials (issue #3 item 7): active children by unit × sex × age group (0–2, 3–5, 6–10,
 * 11–15) and children in special circumstances by group, per commune (a province or commune) or per province (the
 * nation). The sensitive groups are counted only for a user whose children.read_sensitive covers the whole
 * target. Small counts are not suppressed: the viewers are officials of the unit. Audited.
 */
export async function getChildStats(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  query: ChildStatsQuery,
): Promise<ChildStats> {
  const asOf = query.asOf ?? todayOf(deps);
  const { target, provinceOfCommune } = await resolveTarget(deps, caller, query.unitCode);
  const sensitive = covers(
    scopeFor(caller.user, Permission.childrenReadSensitive),
    target,
    provinceOfCommune,
  );
  const cipher = cipherOf(deps);
  const codes = CIRCUMSTANCE_GROUP_CODES.filter((c) => sensitive || !isSensitiveGroup(c));
  const keys = codes.map((c) => cipher.groupKey(c));

  const units =
    target.kind === 'national'
      ? await listProvinceUnits(deps, '2025')
      : target.kind === 'province'
        ? await listChildren(deps, '2025', target.provinceCode)
        : [await findUnitIn(deps.db, '2025', target.communeCode)].filter((u) => u !== undefined);

  return deps.db.transaction().execute(async (tx) => {
    const sexAge = await countBySexAge(tx, target, asOf);
    const groups = await countByGroup(tx, target, asOf, keys);
    const bySexAgeMap = new Map<string, number>();
    for (const r of sexAge) {
      const k = `${r.unit_code}|${r.sex}|${ageGroupOf(r.age)}`;
      bySexAgeMap.set(k, (bySexAgeMap.get(k) ?? 0) + r.n);
    }
    const bySexAge = [...bySexAgeMap.entries()]
      .map(([k, count]) => {
        const [unitCode = '', sex = 'unknown', ageGroup = '0-2'] = k.split('|');
        return {
          unitCode,
          sex: sex as 'male' | 'female' | 'unknown',
          ageGroup: ageGroup as (typeof AGE_GROUPS)[number],
          count,
        };
      })
      .sort(
        (a, b) =>
          a.unitCode.localeCompare(b.unitCode) ||
          a.sex.localeCompare(b.sex) ||
          AGE_GROUPS.indexOf(a.ageGroup) - AGE_GROUPS.indexOf(b.ageGroup),
      );
    const byGroup = groups.rows
      .flatMap((r) => {
        const groupCode = cipher.groupCodeOfKey(r.group_key);
        return groupCode ? [{ unitCode: r.unit_code, groupCode, count: r.n }] : [];
      })
      .sort(
        (a, b) =>
          a.unitCode.localeCompare(b.unitCode) ||
          CIRCUMSTANCE_GROUP_CODES.indexOf(a.groupCode) - CIRCUMSTANCE_GROUP_CODES.indexOf(b.groupCode),
      );
    const activeChildren = sexAge.reduce((n, r) => n + r.n, 0);
    await recordAudit(tx, caller.actor, {
      operation: 'child.stats.view',
      targetType: 'unit',
      targetIds: [
        target.kind === 'national'
          ? 'national'
          : target.kind === 'province'
            ? target.provinceCode
            : target.communeCode,
      ],
      unitCode:
        target.kind === 'commune'
          ? target.communeCode
          : target.kind === 'province'
            ? target.provinceCode
            : null,
      provinceCode: target.kind === 'province' ? target.provinceCode : provinceOfCommune,
      counts: { activeChildren, sensitiveGroupsIncluded: sensitive ? 1 : 0 },
    });
    return {
      asOf,
      unitCode:
        target.kind === 'national'
          ? null
          : target.kind === 'province'
            ? target.provinceCode
            : target.communeCode,
      breakdown: target.kind === 'national' ? 'province' : 'commune',
      units: units.map((u) => ({ code: u.code, name: u.name })),
      bySexAge,
      byGroup,
      totals: { activeChildren, inSpecialCircumstances: groups.distinctChildren },
      sensitiveGroupsIncluded: sensitive,
    };
  });
}
