import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { AmTheme } from '../../../shared/domain/ActionMonth';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { useI18n } from '../../i18n/context';
import { formatDay } from './am-format';

const SLOGANS_SHOWN = 4;

/** The year's national theme, slogans, period and deadlines (Luật Trẻ em Điều 11: June every year). */
export function ThemeCard({ year, theme }: { year: number; theme: AmTheme | null }) {
  const { t } = useI18n();
  const me = useMe();
  const [allSlogans, setAllSlogans] = useState(false);
  if (!theme)
    return (
      <Card withBorder padding="md" component="section" aria-label={t('am.theme.label', { year })}>
        <Stack gap={6}>
          <Text fw={600}>{t('am.theme.none', { year })}</Text>
          <Text size="sm">{t('am.theme.noneHint')}</Text>
          {can(me, 'action_month.themes') && (
            <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/action-month/themes" />}>
              {t('am.theme.set')}
            </Anchor>
          )}
        </Stack>
      </Card>
    );
  const slogans = allSlogans ? theme.slogans : theme.slogans.slice(0, SLOGANS_SHOWN);
  return (
    <Card withBorder padding="md" bg="blue.0" component="section" aria-label={t('am.theme.label', { year })}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600} c="blue.9">
            {t('am.theme.label', { year })}
          </Text>
          {theme.isReference && (
            <Badge size="sm" color="teal" variant="light">
              {t('am.theme.verified')}
            </Badge>
          )}
        </Group>
        <Title order={2} size="h3">
          {theme.theme}
        </Title>
        {theme.slogans.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('am.theme.slogans')}
            </Text>
            <List size="sm" spacing={2}>
              {slogans.map((s) => (
                <List.Item key={s}>{s}</List.Item>
              ))}
            </List>
            {theme.slogans.length > SLOGANS_SHOWN && (
              <Anchor component="button" type="button" size="sm" onClick={() => setAllSlogans((v) => !v)}>
                {allSlogans
                  ? t('am.theme.fewerSlogans')
                  : t('am.theme.allSlogans', { count: theme.slogans.length })}
              </Anchor>
            )}
          </Stack>
        )}
        <Text size="sm">
          {t('am.theme.period', { from: formatDay(theme.periodStart), to: formatDay(theme.periodEnd) })}
        </Text>
        <Text size="sm">
          {t('am.theme.deadlines', {
            commune: formatDay(theme.communeReportDue),
            province: formatDay(theme.provinceReportDue),
          })}
        </Text>
        {theme.guidingDocument && (
          <Text size="sm" c="dimmed">
            {t('am.theme.guidingDocument', { document: theme.guidingDocument })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
