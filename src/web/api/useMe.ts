import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Me } from '../../shared/domain/Auth';
import { sessionQuery } from './session';

/**
 * The signed-in user, inside the authenticated part of the app (the route guard has already loaded it). Between a
 * log-out (or an expired session) and the navigation to the login page, the last known user is kept, so the pages
 * that are about to unmount do not crash.
 */
export function useMe(): Me {
  const { data } = useQuery(sessionQuery);
  const last = useRef<Me | null>(null);
  if (data?.kind === 'ready') last.current = data.me;
  if (!last.current) throw new Error('useMe outside an authenticated route');
  return last.current;
}
