import { Card, Group, Select, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ViewPurpose } from '../../../shared/domain/Child';
import { useI18n } from '../../i18n/context';
import { PURPOSE_LABEL } from './child-labels';

/** A titled section of the profile; `id` names the heading the section is labelled by. */
export function Section({
  id,
  title,
  actions,
  children,
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Card>
  );
}

export type Fact = { label: string; value: ReactNode; wide?: boolean };

/** Label–value pairs as a description list, two columns on a wide screen. Empty values show a dash. */
export function Facts({ items, narrowCols = 1 }: { items: Fact[]; narrowCols?: 1 | 2 }) {
  return (
    <SimpleGrid component="dl" cols={{ base: narrowCols, sm: 2 }} spacing="md" verticalSpacing={6} m={0}>
      {items.map((f) => (
        <div key={f.label} style={f.wide ? { gridColumn: '1 / -1' } : undefined}>
          <Text component="dt" size="sm" fw={600}>
            {f.label}
          </Text>
          <Text component="dd" size="sm" m={0} className="break-anywhere">
            {f.value === null || f.value === undefined || f.value === '' ? '—' : f.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** "Mục đích xem hồ sơ": every profile view is audited with it (Child.ts ViewPurpose). */
export function PurposeSelect({
  value,
  onChange,
  size = 'sm',
  autoFocus,
}: {
  value: ViewPurpose | null;
  onChange: (purpose: ViewPurpose) => void;
  size?: 'xs' | 'sm';
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Select
      label={t('child.purposeLabel')}
      placeholder={t('child.purposePlaceholder')}
      data={ViewPurpose.options.map((p) => ({ value: p, label: t(PURPOSE_LABEL[p]) }))}
      value={value}
      onChange={(v) => {
        const parsed = ViewPurpose.safeParse(v);
        if (parsed.success) onChange(parsed.data);
      }}
      allowDeselect={false}
      size={size}
      w={{ base: '100%', xs: 280 }}
      autoFocus={autoFocus}
    />
  );
}
