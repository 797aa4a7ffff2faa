import type { AppDeps } from '../app-deps';

/** Demo fund, campaign, donations and disbursements (issue #5). Placeholder until the module lands. */
export async function seedDemoFund(
  _deps: Pick<AppDeps, 'db' | 'config' | 'now'>,
): Promise<{ donations: number }> {
  return Promise.resolve({ donations: 0 });
}
