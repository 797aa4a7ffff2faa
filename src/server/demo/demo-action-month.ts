import type { AppDeps } from '../app-deps';

/** Demo Action Month plans and reports (issue #5). Placeholder until the module lands. */
export async function seedDemoActionMonth(
  _deps: Pick<AppDeps, 'db' | 'config' | 'now'>,
): Promise<{ plans: number }> {
  return Promise.resolve({ plans: 0 });
}
