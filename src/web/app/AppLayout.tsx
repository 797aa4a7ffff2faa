import { Box, Burger, Button, Drawer, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useMe } from '../api/useMe';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useLogout } from '../features/auth/useLogout';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useI18n } from '../i18n/context';
import { roleLabelId } from '../i18n/labels';
import { navItemsFor } from './nav';

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe();
  const { t } = useI18n();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const items = navItemsFor(me);
  // The longest item path that contains the page: on /cases/dashboard only "dashboard" is active, not "cases".
  const best = items
    .filter((i) => (i.to === '/' ? pathname === '/' : pathname === i.to || pathname.startsWith(`${i.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
  return (
    <Stack gap={2}>
      {items.map((item) => {
        const active = item === best;
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            // The router's own fuzzy match would mark "/cases" on "/cases/dashboard" too; `active` decides.
            activeOptions={{ exact: true, includeSearch: false }}
            label={t(item.label)}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            variant="filled"
          />
        );
      })}
    </Stack>
  );
}

function UserBox() {
  const me = useMe();
  const { t } = useI18n();
  const logout = useLogout();
  const roleId = roleLabelId(me.role);
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {me.displayName}
      </Text>
      <Text size="xs" c="dimmed">
        {roleId ? t(roleId) : me.role}
        {me.unitName ? ` · ${me.unitName}` : ''}
      </Text>
      <Button variant="default" size="xs" mt={4} loading={logout.isPending} onClick={() => logout.mutate()}>
        {t('nav.logout')}
      </Button>
    </Stack>
  );
}

/** The signed-in shell: header, menu (a side column on wide screens, a drawer on phones), and the page. */
export function AppLayout() {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, move focus to the page so screen readers announce the new content.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="app-shell">
      <header className="app-header">
        <Group gap="xs" wrap="nowrap" h="100%" px="sm">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
            aria-expanded={opened}
            aria-controls="mobile-nav"
          />
          <UnstyledButton component={Link} to="/" className="brand" aria-label={t('app.homeLink')}>
            <span className="brand-name">Treem</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </UnstyledButton>
          <Box style={{ flex: 1 }} />
          <NotificationBell />
          <LanguageSwitch />
        </Group>
      </header>
      <div className="app-body">
        <Box component="nav" className="app-nav" aria-label={t('nav.label')} visibleFrom="sm" p="sm">
          <NavLinks />
          <Box mt="auto" pt="md">
            <UserBox />
          </Box>
        </Box>
        <Drawer
          opened={opened}
          onClose={close}
          hiddenFrom="sm"
          size="80%"
          title={t('nav.menuTitle')}
          closeButtonProps={{ 'aria-label': t('nav.closeMenu') }}
          id="mobile-nav"
        >
          <nav aria-label={t('nav.label')}>
            <NavLinks onNavigate={close} />
          </nav>
          <Box mt="lg">
            <UserBox />
          </Box>
        </Drawer>
        <main id="main-content" className="app-main" ref={mainRef} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
