import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useMe } from '../../api/useMe';
import { Page } from '../../components/Page';
import { navItemsFor } from '../../app/nav';
import type { MessageId } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/context';
import { roleLabelId } from '../../i18n/labels';

const QUICK_LINK_TEXT: Partial<Record<string, MessageId>> = {
  '/children': 'home.link.children',
  '/stats/children': 'home.link.childStats',
  '/units': 'home.link.units',
  '/agencies': 'home.link.agencies',
  '/users': 'home.link.users',
  '/roles': 'home.link.roles',
  '/audit': 'home.link.audit',
  '/account': 'home.link.account',
};

/** Greeting, who and where the user is, and shortcuts to what the role may open. Dashboards come later. */
export function HomePage() {
  const me = useMe();
  const { t } = useI18n();
  const roleId = roleLabelId(me.role);
  const links = navItemsFor(me).filter((item) => item.to !== '/');
  return (
    <Page title={t('home.greeting', { name: me.displayName })}>
      <Card withBorder padding="md" component="section" aria-labelledby="home-profile">
        <Title order={2} size="h4" id="home-profile" mb="xs">
          {t('home.profileTitle')}
        </Title>
        <dl className="facts">
          <Group gap="xs" wrap="wrap">
            <Text component="dt" fw={600} size="sm">
              {t('home.role')}:
            </Text>
            <Text component="dd" size="sm" m={0}>
              {roleId ? t(roleId) : me.role}
            </Text>
          </Group>
          <Group gap="xs" wrap="wrap">
            <Text component="dt" fw={600} size="sm">
              {t('home.unit')}:
            </Text>
            <Text component="dd" size="sm" m={0}>
              {me.unitName ?? t('home.national')}
              {me.unitCode ? ` (${me.unitCode})` : ''}
            </Text>
          </Group>
          {me.agencyName && (
            <Group gap="xs" wrap="wrap">
              <Text component="dt" fw={600} size="sm">
                {t('home.agency')}:
              </Text>
              <Text component="dd" size="sm" m={0}>
                {me.agencyName}
              </Text>
            </Group>
          )}
        </dl>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="home-links">
        <Title order={2} size="h4" id="home-links">
          {t('home.quickLinks')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          {links.map((item) => {
            const text = QUICK_LINK_TEXT[item.to];
            return (
              <Card
                key={item.to}
                withBorder
                padding="md"
                component={Link}
                to={item.to}
                className="quick-link"
              >
                <Text fw={700} c="blue.8">
                  {t(item.label)}
                </Text>
                {text && (
                  <Text size="sm" c="dimmed">
                    {t(text)}
                  </Text>
                )}
              </Card>
            );
          })}
        </SimpleGrid>
      </Stack>

      <section aria-labelledby="home-docs">
        <Title order={2} size="h4" id="home-docs" mb="xs">
          {t('home.documents')}
        </Title>
        <Anchor href="/api/documents/sample.pdf" target="_blank" rel="noopener">
          {t('home.samplePdf')}
        </Anchor>
      </section>
    </Page>
  );
}
