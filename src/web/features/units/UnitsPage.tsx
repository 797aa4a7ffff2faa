import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Unit } from '../../../shared/domain/Unit';
import { Page } from '../../components/Page';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { ProvinceCommunes } from './ProvinceCommunes';
import { UnitConverter } from './UnitConverter';
import { UNIT_LEVEL_LABEL } from './unit-labels';

function UnitDetails({ unit }: { unit: Unit }) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="md" aria-live="polite" data-testid="unit-details">
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Text fw={700}>{unit.name}</Text>
          {unit.level !== 'province' && unit.provinceName && <Text size="sm">{unit.provinceName}</Text>}
        </div>
        <Badge variant="light" color="gray" size="lg" ff="monospace">
          {unit.code}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {t(UNIT_LEVEL_LABEL[unit.level])} · {unit.type}
        {unit.nameEn ? ` · ${unit.nameEn}` : ''}
      </Text>
    </Card>
  );
}

/** Look-ups over the administrative units: find one, list a province's communes, convert an old code. */
export function UnitsPage() {
  const { t } = useI18n();
  const [unit, setUnit] = useState<Unit | null>(null);
  return (
    <Page title={t('units.title')}>
      <Stack gap="sm" component="section" aria-labelledby="units-find">
        <Title order={2} size="h4" id="units-find">
          {t('units.findTitle')}
        </Title>
        <UnitPicker label={t('units.pickerLabel')} value={unit} onChange={setUnit} />
        {unit && <UnitDetails unit={unit} />}
      </Stack>
      <ProvinceCommunes />
      <UnitConverter />
    </Page>
  );
}
