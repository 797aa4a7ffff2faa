import type { Me } from '../../shared/domain/Auth';
import type { Permission } from '../../shared/permissions/Permission';
import type { MessageId } from '../i18n/catalogue';

export type NavTarget =
  | '/'
  | '/children'
  | '/stats/children'
  | '/units'
  | '/agencies'
  | '/users'
  | '/roles'
  | '/audit'
  | '/calendar'
  | '/account';
export type NavItem = { to: NavTarget; label: MessageId; permission?: Permission };

/** The menu, filtered by the permissions the user's role grants (Me.permissions). */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/children', label: 'nav.children', permission: 'children.read' },
  { to: '/stats/children', label: 'nav.childStats', permission: 'children.stats' },
  { to: '/units', label: 'nav.units' },
  { to: '/agencies', label: 'nav.agencies', permission: 'agencies.read' },
  { to: '/users', label: 'nav.users', permission: 'users.read' },
  { to: '/roles', label: 'nav.roles', permission: 'roles.manage' },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { to: '/calendar', label: 'nav.calendar' },
  { to: '/account', label: 'nav.account' },
];

export function can(me: Pick<Me, 'permissions'>, permission: Permission): boolean {
  return me.permissions[permission] !== undefined;
}

export function navItemsFor(me: Pick<Me, 'permissions'>): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || can(me, item.permission));
}
