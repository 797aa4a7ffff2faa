import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import type { AuthUser } from '../../http/request-context';
import type { AmReportStatus, AmResultFigures, AmRollup } from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { scopeFor } from '../../../shared/permissions/scope';
import { amToday, dueDateOf, isOverdue } from './deadline';
import { findThemeDeadlines } from './report.repo';
import { figuresOfRow, mergeTotals, totalsOf, zeroFigures, type FigureRow } from './result-figures';
import { frozenTotals } from './rollup-frozen';
import {
  acceptedProvinceOwnSums,
  agencyUnits,
  communeUnits,
  provinceTypeSums,
  provinceUnits,
} from './rollup.repo';

export type RollupTarget = { kind: 'national' } | { kind: 'province'; provinceCode: string };

/**
 * Which roll-up a reader may see: the nation (or, naming one, any province); a province its own (404 for another,
 * like a missing one). Communes and agencies have no level below them to roll up (403).
 */
export function rollupTargetOf(user: AuthUser, provinceCode: string | undefined): RollupTarget {
  const scope = scopeFor(user, Permission.actionMonthRead);
  if (scope?.kind === 'national')
    return provinceCode ? { kind: 'province', provinceCode } : { kind: 'national' };
  if (scope?.kind === 'province') {
    if (provinceCode && provinceCode !== scope.provinceCode) throw new AppError('NOT_FOUND');
    return { kind: 'province', provinceCode: scope.provinceCode };
  }
  throw new AppError('FORBIDDEN', {
    messageId: 'amReport.noRollup',
    message: 'roll-ups are for provinces and the nation',
  });
}

/** GET /rollup: the figures of the accepted reports below the scope, unit by unit, with completeness. */
export async function getAmRollup(
  deps: AppDeps,
  user: AuthUser,
  query: { year: number; provinceCode?: string | undefined },
): Promise<AmRollup> {
  const target = rollupTargetOf(user, query.provinceCode);
  const today = amToday(deps.now());
  return target.kind === 'national'
    ? nationalRollup(deps, query.year, today)
    : provinceRollup(deps, query.year, target.provinceCode, today);
}

type Unit = AmRollup['units'][number];
type UnitRow = {
  unit_code: string;
  unit_name: string;
  status: AmReportStatus | null;
  report_id: string | null;
} & { [C in keyof FigureRow]: number | null };

/** The accepted sums joined to a unit row (null columns when the unit has no accepted report). */
function sumsOf(u: UnitRow): AmResultFigures | null {
  return u.report_id === null ? null : figuresOfRow(u as FigureRow);
}

/**
 * A province: live totals of its accepted commune and agency reports plus its own result rows; units = every
 * commune of the province (2025 units) and every agency that opened a report.
 */
async function provinceRollup(deps: AppDeps, year: number, provinceCode: string, today: string) {
  if (!(await provinceExists(deps, provinceCode))) throw new AppError('NOT_FOUND');
  const [theme, communes, agencies, typeSums] = await Promise.all([
    findThemeDeadlines(deps.db, year),
    communeUnits(deps.db, year, provinceCode),
    agencyUnits(deps.db, year, provinceCode),
    provinceTypeSums(deps.db, year, provinceCode, true),
  ]);
  const due = theme ? dueDateOf(theme, 'commune') : null;
  const unit = (level: 'commune' | 'agency') => (u: UnitRow) =>
    unitOf(u.unit_code, u.unit_name, level, u.status, due, today, sumsOf(u));
  const units = [...agencies.map(unit('agency')), ...communes.map(unit('commune'))];
  const accepted = units.filter((u) => u.status === 'accepted').length;
  return {
    year,
    scope: 'province' as const,
    provinceCode,
    totals: totalsOf(typeSums, accepted),
    units,
    completeness: completenessOf(units),
  };
}

/** The nation: accepted province reports, each = its frozen roll-up plus its own result rows; units = 34 provinces. */
async function nationalRollup(deps: AppDeps, year: number, today: string): Promise<AmRollup> {
  const [theme, provinces, ownSums] = await Promise.all([
    findThemeDeadlines(deps.db, year),
    provinceUnits(deps.db, year),
    acceptedProvinceOwnSums(deps.db, year),
  ]);
  const due = theme ? dueDateOf(theme, 'province') : null;
  const ownByProvince = new Map<string, typeof ownSums>();
  for (const row of ownSums)
    ownByProvince.set(row.province_code, [...(ownByProvince.get(row.province_code) ?? []), row]);
  // A province's figures: what it froze of its communes and agencies when it sent its report, plus its own rows.
  const perProvince = provinces.map((p) => ({
    p,
    totals:
      p.status === 'accepted'
        ? mergeTotals([frozenTotals(p.rollup), totalsOf(ownByProvince.get(p.unit_code) ?? [], 0)], 1)
        : null,
  }));
  const units = perProvince.map(({ p, totals }) =>
    unitOf(p.unit_code, p.unit_name, 'province', p.status, due, today, totals?.total ?? null),
  );
  const accepted = perProvince.flatMap((x) => (x.totals ? [x.totals] : []));
  return {
    year,
    scope: 'national',
    provinceCode: null,
    totals: mergeTotals(accepted, accepted.length),
    units,
    completeness: completenessOf(units),
  };
}

function unitOf(
  unitCode: string,
  unitName: string,
  level: Unit['level'],
  status: AmReportStatus | null,
  dueDate: string | null,
  today: string,
  acceptedFigures: AmResultFigures | null,
): Unit {
  const s = status ?? 'missing';
  return {
    unitCode,
    unitName,
    level,
    status: s,
    overdue: isOverdue(s, dueDate, today),
    // Figures count once the level above accepted them; until then a unit shows zeros here.
    total: s === 'accepted' && acceptedFigures ? acceptedFigures : zeroFigures(),
  };
}

/**
 * expected: every unit listed; submitted: units that sent their report (waiting for review or accepted);
 * accepted: of those, accepted; missing: no report opened; overdue: past the due date without a report sent.
 */
function completenessOf(units: readonly Unit[]): AmRollup['completeness'] {
  const count = (f: (u: Unit) => boolean) => units.filter(f).length;
  return {
    expected: units.length,
    accepted: count((u) => u.status === 'accepted'),
    submitted: count((u) => u.status === 'submitted' || u.status === 'accepted'),
    missing: count((u) => u.status === 'missing'),
    overdue: count((u) => u.overdue),
  };
}

async function provinceExists(deps: AppDeps, code: string): Promise<boolean> {
  const row = await deps.db
    .selectFrom('admin_units')
    .select('code')
    .where('era', '=', '2025')
    .where('level', '=', 'province')
    .where('code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}
