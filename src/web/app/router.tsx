import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { nextPathFor, sessionQuery } from '../api/session';
import { LoginPage } from '../features/auth/LoginPage';
import { validateCaseQueueSearch } from '../features/cases/queue-search';
import { HomePage } from '../features/home/HomePage';
import { actionMonthRoutes } from '../features/action-month/routes';
import { fundRoutes } from '../features/fund/routes';
import { referenceRoutes } from '../features/reference/routes';
import { appRoute, raise, rootRoute, type RouterContext } from './root-routes';
import { RouteErrorPage, RoutePending } from './RouteStates';
import { RequirePermission } from './RequirePermission';

/**
 * Code-based routes. Login and home are in the first bundle; every other page is a lazy chunk so the first load
 * stays small on a cheap phone. Auth steps (second factor, enrolment, forced password change) come before the app.
 */
function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = optionalString(search.redirect);
    return target ? { redirect: target } : {};
  },
  beforeLoad: async ({ context }) => {
    const state = await context.queryClient.ensureQueryData(sessionQuery);
    if (state.kind !== 'anonymous') raise(redirect({ to: nextPathFor(state) }));
  },
  component: LoginPage,
});

/** The auth steps after the password: each page only makes sense in its own session state. */
function authStep(path: '/login/verify' | '/login/enrol' | '/login/password') {
  return async ({ context }: { context: RouterContext }) => {
    const state = await context.queryClient.ensureQueryData(sessionQuery);
    const next = nextPathFor(state);
    if (next !== path) raise(redirect({ to: next }));
  };
}

const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login/verify',
  beforeLoad: authStep('/login/verify'),
  component: lazyRouteComponent(() => import('../features/auth/TotpVerifyPage'), 'TotpVerifyPage'),
});

const enrolRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login/enrol',
  beforeLoad: authStep('/login/enrol'),
  component: lazyRouteComponent(() => import('../features/auth/TotpEnrolPage'), 'TotpEnrolPage'),
});

const passwordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login/password',
  beforeLoad: authStep('/login/password'),
  component: lazyRouteComponent(() => import('../features/auth/PasswordChangePage'), 'PasswordChangePage'),
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const UnitsPage = lazyRouteComponent(() => import('../features/units/UnitsPage'), 'UnitsPage');
const unitsRoute = createRoute({ getParentRoute: () => appRoute, path: '/units', component: UnitsPage });

const AgenciesPage = lazyRouteComponent(() => import('../features/agencies/AgenciesPage'), 'AgenciesPage');
const agenciesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/agencies',
  component: () => (
    <RequirePermission permission="agencies.read">
      <AgenciesPage />
    </RequirePermission>
  ),
});

const AgencyEditPage = lazyRouteComponent(
  () => import('../features/agencies/AgencyEditPage'),
  'AgencyEditPage',
);
const agencyEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/agencies/$agencyId',
  component: () => (
    <RequirePermission permission="agencies.read">
      <AgencyEditPage />
    </RequirePermission>
  ),
});

const UsersPage = lazyRouteComponent(() => import('../features/users/UsersPage'), 'UsersPage');
const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  component: () => (
    <RequirePermission permission="users.read">
      <UsersPage />
    </RequirePermission>
  ),
});

const UserEditPage = lazyRouteComponent(() => import('../features/users/UserEditPage'), 'UserEditPage');
const userEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users/$userId',
  component: () => (
    <RequirePermission permission="users.read">
      <UserEditPage />
    </RequirePermission>
  ),
});

const RolesPage = lazyRouteComponent(() => import('../features/users/RolesPage'), 'RolesPage');
const rolesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/roles',
  component: () => (
    <RequirePermission permission="roles.manage">
      <RolesPage />
    </RequirePermission>
  ),
});

const AuditPage = lazyRouteComponent(() => import('../features/audit/AuditPage'), 'AuditPage');
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  component: () => (
    <RequirePermission permission="audit.read">
      <AuditPage />
    </RequirePermission>
  ),
});

// The child register (issue #3). Static paths (new, import, duplicates) rank before /children/$childId.
const RegisterPage = lazyRouteComponent(() => import('../features/children/RegisterPage'), 'RegisterPage');
const childrenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children',
  component: () => (
    <RequirePermission permission="children.read">
      <RegisterPage />
    </RequirePermission>
  ),
});

const ChildNewPage = lazyRouteComponent(() => import('../features/children/ChildFormPage'), 'ChildNewPage');
const childNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/new',
  component: () => (
    <RequirePermission permission="children.write">
      <ChildNewPage />
    </RequirePermission>
  ),
});

const ChildPage = lazyRouteComponent(() => import('../features/children/ChildPage'), 'ChildPage');
const childRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId',
  component: () => (
    <RequirePermission permission="children.read">
      <ChildPage />
    </RequirePermission>
  ),
});

const ChildEditPage = lazyRouteComponent(() => import('../features/children/ChildFormPage'), 'ChildEditPage');
const childEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/edit',
  component: () => (
    <RequirePermission permission="children.write">
      <ChildEditPage />
    </RequirePermission>
  ),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ImportPage = lazyRouteComponent(() => import('../features/children/ImportPage'), 'ImportPage');
const childImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/import',
  // The import job being followed, so a reload (or a link) comes back to its progress and result.
  validateSearch: (search: Record<string, unknown>): { job?: string } =>
    typeof search.job === 'string' && UUID.test(search.job) ? { job: search.job } : {},
  component: () => (
    <RequirePermission permission="children.import">
      <ImportPage />
    </RequirePermission>
  ),
});

const DuplicatesPage = lazyRouteComponent(
  () => import('../features/children/DuplicatesPage'),
  'DuplicatesPage',
);
const childDuplicatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/duplicates',
  component: () => (
    <RequirePermission permission="children.merge">
      <DuplicatesPage />
    </RequirePermission>
  ),
});

const StatsPage = lazyRouteComponent(() => import('../features/children/StatsPage'), 'StatsPage');
const childStatsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/stats/children',
  component: () => (
    <RequirePermission permission="children.stats">
      <StatsPage />
    </RequirePermission>
  ),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('../features/account/AccountPage'), 'AccountPage'),
});

const calendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calendar',
  component: lazyRouteComponent(() => import('../features/calendar/CalendarPage'), 'CalendarPage'),
});

// Case work (issue #4, brief F1).
const CaseQueuePage = lazyRouteComponent(() => import('../features/cases/CaseQueuePage'), 'CaseQueuePage');
const casesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases',
  validateSearch: validateCaseQueueSearch,
  component: () => (
    <RequirePermission permission="cases.read">
      <CaseQueuePage />
    </RequirePermission>
  ),
});

const CasePage = lazyRouteComponent(() => import('../features/cases/CasePage'), 'CasePage');
const caseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/$caseId',
  component: () => (
    <RequirePermission permission="cases.read">
      <CasePage />
    </RequirePermission>
  ),
});

// Issue #4 (brief F2): report intake, the case dashboard, a partner agency's tasks.
const ReportFormPage = lazyRouteComponent(
  () => import('../features/reports/ReportFormPage'),
  'ReportFormPage',
);
const reportNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/new',
  component: () => (
    <RequirePermission permission="reports.create">
      <ReportFormPage />
    </RequirePermission>
  ),
});

const ProvinceDashboardPage = lazyRouteComponent(
  () => import('../features/cases/ProvinceDashboardPage'),
  'ProvinceDashboardPage',
);
const caseDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/dashboard',
  component: () => (
    <RequirePermission permission="cases.stats">
      <ProvinceDashboardPage />
    </RequirePermission>
  ),
});

const PartnerTasksPage = lazyRouteComponent(
  () => import('../features/tasks/PartnerTasksPage'),
  'PartnerTasksPage',
);
const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tasks',
  component: () => (
    <RequirePermission permission="tasks.read">
      <PartnerTasksPage />
    </RequirePermission>
  ),
});

// Notifications and the e-mail outbox (issue #4, brief D).
const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifications',
  component: lazyRouteComponent(
    () => import('../features/notifications/NotificationsPage'),
    'NotificationsPage',
  ),
});

const OutboxPage = lazyRouteComponent(() => import('../features/notifications/OutboxPage'), 'OutboxPage');
const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outbox',
  component: () => (
    <RequirePermission permission="outbox.read">
      <OutboxPage />
    </RequirePermission>
  ),
});

// Hotline 111 console (issue #4, brief C).
const HotlineConsolePage = lazyRouteComponent(
  () => import('../features/hotline/HotlineConsolePage'),
  'HotlineConsolePage',
);
const hotlineRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hotline',
  component: () => (
    <RequirePermission permission="hotline.use">
      <HotlineConsolePage />
    </RequirePermission>
  ),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  verifyRoute,
  enrolRoute,
  passwordRoute,
  appRoute.addChildren([
    homeRoute,
    unitsRoute,
    agenciesRoute,
    agencyEditRoute,
    usersRoute,
    userEditRoute,
    rolesRoute,
    auditRoute,
    accountRoute,
    childrenRoute,
    childNewRoute,
    childRoute,
    childEditRoute,
    childImportRoute,
    childDuplicatesRoute,
    childStatsRoute,
    calendarRoute,
    hotlineRoute,
    notificationsRoute,
    outboxRoute,
    casesRoute,
    caseRoute,
    reportNewRoute,
    caseDashboardRoute,
    tasksRoute,
    ...actionMonthRoutes,
    ...fundRoutes,
    ...referenceRoutes,
  ]),
]);

export function buildRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // The session query is the cache; the router must not hold its own stale copy of loader data.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: RoutePending,
    defaultErrorComponent: RouteErrorPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof buildRouter>;
  }
}
