import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/root-routes';
import { RequirePermission } from '../../app/RequirePermission';

/** The editor of the register's reference lists (issue #3 item 1). A lazy chunk: only administrators open it. */
const ReferencePage = lazyRouteComponent(() => import('./ReferencePage'), 'ReferencePage');
const referenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reference',
  component: () => (
    <RequirePermission permission="reference.manage">
      <ReferencePage />
    </RequirePermission>
  ),
});

export const referenceRoutes = [referenceRoute];
