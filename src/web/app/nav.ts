import type { Me } from '../../shared/domain/Auth';
import type { Permission } from '../../shared/permissions/Permission';
import type { MessageId } from '../i18n/catalogue';

export type NavTarget =
  | '/'
  | '/children'
  | '/cases'
  | '/stats/children'
  | '/units'
  | '/agencies'
  | '/users'
  | '/roles'
  | '/audit'
  | '/calendar'
  | '/outbox'
  | '/hotline'
  | '/reports/new'
  | '/cases/dashboard'
  | '/tasks'
  | '/action-month'
  | '/funds'
  | '/reference'
  | '/account';
export type NavItem = { to: NavTarget; label: MessageId; permission?: Permission };

/** The menu, filtered by the permissions the user's role grants (Me.permissions). */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/hotline', label: 'nav.hotline', permission: 'hotline.use' },
  { to: '/cases', label: 'nav.cases', permission: 'cases.read' },
  { to: '/children', label: 'nav.children', permission: 'children.read' },
  { to: '/stats/children', label: 'nav.childStats', permission: 'children.stats' },
  { to: '/reports/new', label: 'nav.reportNew', permission: 'reports.create' },
  { to: '/cases/dashboard', label: 'nav.caseDashboard', permission: 'cases.stats' },
  { to: '/tasks', label: 'nav.tasks', permission: 'tasks.read' },
  { to: '/action-month', label: 'nav.actionMonth', permission: 'action_month.read' },
  { to: '/funds', label: 'nav.funds', permission: 'fund.read' },
  { to: '/units', label: 'nav.units' },
  { to: '/agencies', label: 'nav.agencies', permission: 'agencies.read' },
  { to: '/users', label: 'nav.users', permission: 'users.read' },
  { to: '/roles', label: 'nav.roles', permission: 'roles.manage' },
  { to: '/reference', label: 'nav.reference', permission: 'reference.manage' },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { to: '/outbox', label: 'nav.outbox', permission: 'outbox.read' },
  { to: '/calendar', label: 'nav.calendar' },
  { to: '/account', label: 'nav.account' },
];

export function can(me: Pick<Me, 'permissions'>, permission: Permission): boolean {
  return me.permissions[permission] !== undefined;
}

export function navItemsFor(me: Pick<Me, 'permissions'>): NavItem[] {
  // The hotline records reports in its own console (with the call), not through the general form.
  const hidden = can(me, 'hotline.use') ? new Set<NavTarget>(['/reports/new']) : new Set<NavTarget>();
  return NAV_ITEMS.filter((item) => !hidden.has(item.to) && (!item.permission || can(me, item.permission)));
}
