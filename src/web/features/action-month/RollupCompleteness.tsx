import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { AmRollup } from '../../../shared/domain/ActionMonth';
import { useI18n } from '../../i18n/context';
import { AmSection } from './AmSection';

/** How many of the units that must report have done so: "45/48 xã đã báo cáo, 3 quá hạn". */
export function RollupCompleteness({ rollup }: { rollup: AmRollup }) {
  const { t } = useI18n();
  const c = rollup.completeness;
  const national = rollup.scope === 'national';
  // `submitted` counts every report sent (awaiting review or accepted); `missing`, units with no report opened.
  const reported = c.submitted;
  const awaiting = c.submitted - c.accepted;
  const notSent = c.expected - c.submitted;
  const pct = (n: number) => (c.expected > 0 ? (n / c.expected) * 100 : 0);
  return (
    <AmSection title={t('am.rollup.completeness')}>
      <Text fw={600}>
        {national
          ? t('am.rollup.completenessProvinces', { reported, expected: c.expected, overdue: c.overdue })
          : t('am.rollup.completenessUnits', { reported, expected: c.expected, overdue: c.overdue })}
      </Text>
      <Stack gap={4}>
        <Progress.Root size="lg" aria-hidden>
          <Progress.Section value={pct(c.accepted)} color="teal" />
          <Progress.Section value={pct(awaiting)} color="blue" />
        </Progress.Root>
        <Group gap={6}>
          <Badge color="teal" variant="light">
            {t('am.rollup.accepted', { count: c.accepted })}
          </Badge>
          <Badge color="blue" variant="light">
            {t('am.rollup.submitted', { count: awaiting })}
          </Badge>
          <Badge color="gray" variant="light">
            {t('am.rollup.missing', { count: notSent })}
          </Badge>
          <Badge color="red" variant={c.overdue > 0 ? 'filled' : 'light'}>
            {t('am.rollup.overdue', { count: c.overdue })}
          </Badge>
        </Group>
      </Stack>
      <Text size="xs" c="dimmed">
        {t('am.rollup.acceptedOnly')}
      </Text>
    </AmSection>
  );
}
