import type { ReactNode } from 'react';
import type { Permission } from '../../shared/permissions/Permission';
import { useMe } from '../api/useMe';
import { Forbidden } from '../components/Forbidden';
import { can } from './nav';

/** Pages a role cannot use say so, instead of failing on their first request. The server checks again anyway. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  if (!can(me, permission)) return <Forbidden />;
  return <>{children}</>;
}
