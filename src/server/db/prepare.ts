import type { DbHandle } from './open-db';
import { migrate } from './migrate';
import { loadAdminUnits } from '../modules/units/units.loader';
import { ensureRoleSettings } from '../modules/users/role-settings.repo';
import { loadChildReference } from '../modules/reference/reference.loader';
import { loadActionMonthThemes } from '../modules/action-month/theme.loader';

/**
 * Brings a database to the state the app needs: migrations, then reference data. Idempotent; runs on every start
 * and builds the test template.
 */
export async function prepareDatabase(
  handle: DbHandle,
): Promise<{ migrations: string[]; unitsLoaded: boolean }> {
  const { applied } = await migrate(handle.pool);
  const units = await loadAdminUnits(handle.db);
  await ensureRoleSettings(handle.db);
  await loadChildReference(handle.db);
  await loadActionMonthThemes(handle.db);
  return { migrations: applied, unitsLoaded: units.loaded };
}
