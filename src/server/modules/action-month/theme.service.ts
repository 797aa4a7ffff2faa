import type { Selectable } from 'kysely';
import type { AppDeps } from '../../app-deps';
import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import type { AmThemesTable } from '../../db/schema-action-month';
import { AppError } from '../../http/app-error';
import { vietnamDate } from '../../pdf/vn-date';
import type { Locale } from '../../../shared/i18n/locale';
import type { AmTheme, AmThemeInput } from '../../../shared/domain/ActionMonth';
import { fieldError } from '../children/children.rules';
import { amOperation } from './plan-audit';

type Deps = Pick<AppDeps, 'db' | 'now'>;
export type ThemeCaller = { actor: AuditActor; userId: string; locale: Locale };

const toApi = (r: Selectable<AmThemesTable>): AmTheme => ({
  year: r.year,
  theme: r.theme,
  slogans: r.slogans,
  guidingDocument: r.guiding_document,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  communeReportDue: r.commune_report_due,
  provinceReportDue: r.province_report_due,
  source: r.source,
  isReference: r.is_reference,
});

/** Every year's theme, the newest first (any logged-in user: the theme is public information). */
export async function listThemes(deps: Deps): Promise<AmTheme[]> {
  const rows = await deps.db.selectFrom('am_themes').selectAll().orderBy('year', 'desc').execute();
  return rows.map(toApi);
}

/**
 * The theme shown on the public pages: the current year's in Vietnam time, or the latest year before it (the new
 * year's theme is usually announced in spring). 404 when no year up to now has one.
 */
export async function currentPublicTheme(deps: Deps): Promise<AmTheme> {
  const year = Number(vietnamDate(deps.now()).slice(0, 4));
  const row = await deps.db
    .selectFrom('am_themes')
    .selectAll()
    .where('year', '<=', year)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { message: `no Action Month theme up to ${year}` });
  return toApi(row);
}

/** Field checks the schema cannot make: the period inside the year, the province deadline after the commune one. */
function checkTheme(year: number, input: AmThemeInput, locale: Locale): void {
  const y = String(year);
  if (!input.periodStart.startsWith(y))
    throw fieldError('periodStart', 'actionMonth.periodOutsideYear', locale);
  if (!input.periodEnd.startsWith(y)) throw fieldError('periodEnd', 'actionMonth.periodOutsideYear', locale);
  if (input.provinceReportDue < input.communeReportDue)
    throw fieldError('provinceReportDue', 'actionMonth.provinceDueBeforeCommune', locale);
}

/**
 * Sets the theme of a year (national officers: action_month.themes is national only). An edited reference row is
 * no longer the shipped fact, so is_reference is cleared (the loader then leaves the year alone); its source stays,
 * to say where the original came from. Audited in the same transaction.
 */
export async function upsertTheme(
  deps: Deps,
  caller: ThemeCaller,
  year: number,
  input: AmThemeInput,
): Promise<AmTheme> {
  checkTheme(year, input, caller.locale);
  const values = {
    theme: input.theme,
    slogans: input.slogans,
    guiding_document: input.guidingDocument,
    period_start: input.periodStart,
    period_end: input.periodEnd,
    commune_report_due: input.communeReportDue,
    province_report_due: input.provinceReportDue,
    is_reference: false,
    updated_by: caller.userId,
    updated_at: deps.now(),
  };
  return deps.db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('am_themes')
      .select(['year', 'is_reference'])
      .where('year', '=', year)
      .forUpdate()
      .executeTakeFirst();
    const row = await tx
      .insertInto('am_themes')
      .values({ year, ...values, source: null })
      .onConflict((oc) => oc.column('year').doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, caller.actor, {
      operation: amOperation('action_month.theme.update'),
      targetType: 'am_theme',
      targetIds: [String(year)],
      counts: { created: before ? 0 : 1, wasReference: before?.is_reference ? 1 : 0 },
    });
    return toApi(row);
  });
}
