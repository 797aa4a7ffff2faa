import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/root-routes';
import { RequirePermission } from '../../app/RequirePermission';

/**
 * Pages of the Action Month (issue #5, journey J4). Each is a lazy chunk. `year` in the search keeps the chosen
 * year in the address (shareable, back button).
 */
export type AmYearSearch = { year?: number; provinceCode?: string };
export function validateAmYearSearch(search: Record<string, unknown>): AmYearSearch {
  const year = Number(search.year);
  const provinceCode = typeof search.provinceCode === 'string' ? search.provinceCode : undefined;
  return {
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
    ...(provinceCode && /^\d{2}$/.test(provinceCode) ? { provinceCode } : {}),
  };
}

const ActionMonthHomePage = lazyRouteComponent(() => import('./ActionMonthHomePage'), 'ActionMonthHomePage');
const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/action-month',
  validateSearch: validateAmYearSearch,
  component: () => (
    <RequirePermission permission="action_month.read">
      <ActionMonthHomePage />
    </RequirePermission>
  ),
});

const AmPlanPage = lazyRouteComponent(() => import('./AmPlanPage'), 'AmPlanPage');
const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/action-month/plans/$planId',
  component: () => (
    <RequirePermission permission="action_month.read">
      <AmPlanPage />
    </RequirePermission>
  ),
});

const AmReportPage = lazyRouteComponent(() => import('./AmReportPage'), 'AmReportPage');
const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/action-month/reports/$reportId',
  component: () => (
    <RequirePermission permission="action_month.read">
      <AmReportPage />
    </RequirePermission>
  ),
});

const AmRollupPage = lazyRouteComponent(() => import('./AmRollupPage'), 'AmRollupPage');
const rollupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/action-month/rollup',
  validateSearch: validateAmYearSearch,
  component: () => (
    <RequirePermission permission="action_month.read">
      <AmRollupPage />
    </RequirePermission>
  ),
});

const AmThemesPage = lazyRouteComponent(() => import('./AmThemesPage'), 'AmThemesPage');
const themesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/action-month/themes',
  component: () => (
    <RequirePermission permission="action_month.themes">
      <AmThemesPage />
    </RequirePermission>
  ),
});

export const actionMonthRoutes = [homeRoute, planRoute, reportRoute, rollupRoute, themesRoute] as const;
