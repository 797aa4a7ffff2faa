import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, redirect } from '@tanstack/react-router';
import { nextPathFor, sessionQuery } from '../api/session';
import { AppLayout } from './AppLayout';
import { RootLayout } from './RootLayout';
import { NotFoundPage } from './RouteStates';

/**
 * The root route and the logged-in app route every page hangs under. In their own file so a feature can declare
 * its routes next to its pages (e.g. features/action-month/routes.tsx) and router.tsx only assembles the tree.
 */
export type RouterContext = { queryClient: QueryClient };

/** TanStack Router redirects by throwing its redirect object, which is not an Error. */
export function raise(target: ReturnType<typeof redirect>): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect protocol
  throw target;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    const state = await context.queryClient.ensureQueryData(sessionQuery);
    if (state.kind === 'anonymous')
      raise(redirect({ to: '/login', search: location.href === '/' ? {} : { redirect: location.href } }));
    if (state.kind !== 'ready') raise(redirect({ to: nextPathFor(state) }));
  },
  component: AppLayout,
});
