import type { AppDeps } from '../../app-deps';
import type { DbOrTx } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../../audit/audit.repo';
import type {
  CalendarOverrideInput,
  CalendarYear,
  StoredCalendarOverride,
} from '../../../shared/domain/Calendar';
import type { Scope } from '../../../shared/permissions/scope';
import {
  createWorkingCalendar,
  type WorkingCalendar,
} from '../../../shared/workflow/calendar/working-calendar';
import {
  deleteOverride,
  findOverride,
  listOverrides,
  overridesDigest,
  upsertOverride,
  type OverrideRow,
} from './calendar.repo';

type Deps = Pick<AppDeps, 'db'>;
export type CalendarCtx = Pick<RequestContext, 'actor'> & { scope: Scope };

/**
 * Calendars by the digest of the overrides they were built from. Keyed by content, not by database handle, so a
 * transaction, another Kysely instance or another test database all find the right one; a few entries suffice.
 */
const calendars = new Map<string, WorkingCalendar>();
const MAX_CACHED = 8;

/**
 * The working-day calendar with the overrides as they are now. Revalidated on every call with one small query
 * (overridesDigest), so an edit made by another app instance is seen at once; rebuilt only when the digest changed.
 * The calendar memoises each year, so keep the returned object for a whole queue of cases.
 */
export async function loadWorkingCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const digest = await overridesDigest(db);
  const cached = calendars.get(digest);
  if (cached) return cached;
  const rows = await listOverrides(db);
  const calendar = createWorkingCalendar(
    rows.map((r) => ({ date: r.date, kind: r.kind, nameVi: r.nameVi, nameEn: r.nameEn })),
  );
  if (calendars.size >= MAX_CACHED) calendars.clear();
  calendars.set(digest, calendar);
  return calendar;
}

const toApi = (r: OverrideRow): StoredCalendarOverride => ({ ...r, updatedAt: r.updatedAt.toISOString() });

/** The days off of a year (statutory and overrides) and the year's overrides, worked days included. */
export async function getCalendarYear(deps: Deps, year: number): Promise<CalendarYear> {
  const calendar = await loadWorkingCalendar(deps.db);
  const overrides = await listOverrides(deps.db, { from: `${year}-01-01`, to: `${year}-12-31` });
  return { year, daysOff: calendar.daysOff(year), overrides: overrides.map(toApi) };
}

/** The calendar is national: its manage permission reaches 'unit', so a province administrator is refused here. */
function requireNational(ctx: CalendarCtx): void {
  if (ctx.scope.kind !== 'national')
    throw new AppError('FORBIDDEN', {
      messageId: 'error.nationalAdminOnly',
      message: 'calendar overrides are national',
    });
}

/** Sets (creates or replaces) the override of a date, audited in the same transaction. */
export async function setCalendarOverride(
  deps: Deps,
  ctx: CalendarCtx,
  date: string,
  input: CalendarOverrideInput,
): Promise<StoredCalendarOverride> {
  requireNational(ctx);
  return deps.db.transaction().execute(async (tx) => {
    await upsertOverride(tx, {
      date,
      kind: input.kind,
      nameVi: input.nameVi,
      nameEn: input.nameEn,
      source: input.source,
      updatedBy: ctx.actor.userId,
    });
    await recordAudit(tx, ctx.actor, {
      operation: 'calendar.override.set',
      targetType: 'calendar_override',
      targetIds: [date],
    });
    const row = await findOverride(tx, date);
    if (!row) throw new AppError('INTERNAL', { message: `override ${date} vanished` });
    return toApi(row);
  });
}

/** Removes the override of a date (404 when there is none), audited in the same transaction. */
export async function removeCalendarOverride(deps: Deps, ctx: CalendarCtx, date: string): Promise<void> {
  requireNational(ctx);
  await deps.db.transaction().execute(async (tx) => {
    if (!(await deleteOverride(tx, date))) throw new AppError('NOT_FOUND', { message: `override ${date}` });
    await recordAudit(tx, ctx.actor, {
      operation: 'calendar.override.delete',
      targetType: 'calendar_override',
      targetIds: [date],
    });
  });
}
