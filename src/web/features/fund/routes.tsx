import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/root-routes';
import { RequirePermission } from '../../app/RequirePermission';
import { validateFundSearch } from './fund-search';

/** Pages of the Child Sponsorship Fund (issue #5 item 6, journey J5). Each is a lazy chunk. */
const FundsPage = lazyRouteComponent(() => import('./FundsPage'), 'FundsPage');
const fundsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/funds',
  component: () => (
    <RequirePermission permission="fund.read">
      <FundsPage />
    </RequirePermission>
  ),
});

const FundPage = lazyRouteComponent(() => import('./FundPage'), 'FundPage');
const fundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/funds/$fundId',
  validateSearch: validateFundSearch,
  component: () => (
    <RequirePermission permission="fund.read">
      <FundPage />
    </RequirePermission>
  ),
});

const CampaignPage = lazyRouteComponent(() => import('./CampaignPage'), 'CampaignPage');
const campaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/funds/$fundId/campaigns/$campaignId',
  component: () => (
    <RequirePermission permission="fund.read">
      <CampaignPage />
    </RequirePermission>
  ),
});

export const fundRoutes = [fundsRoute, fundRoute, campaignRoute] as const;
