import { Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { CaregiverRelation } from '../../../shared/domain/Child';
import type { FieldErrors } from '../../api/form-errors';
import { useI18n } from '../../i18n/context';
import { RELATION_LABEL } from './child-labels';
import { emptyCaregiver, type CaregiverRow } from './child-form-values';

/** The caregivers of a child (relation, name, phone; one may be the primary one), at most 10. */
export function CaregiversEditor({
  rows,
  errors,
  onChange,
}: {
  rows: CaregiverRow[];
  errors: FieldErrors;
  onChange: (rows: CaregiverRow[]) => void;
}) {
  const { t } = useI18n();
  const update = (key: string, patch: Partial<CaregiverRow>) =>
    onChange(
      rows.map((r) => {
        if (r.key === key) return { ...r, ...patch };
        // Only one primary caregiver: ticking one unticks the others.
        return patch.isPrimary ? { ...r, isPrimary: false } : r;
      }),
    );

  return (
    <Stack gap="xs">
      {errors.caregivers && (
        <Text c="red.8" size="sm" role="alert">
          {errors.caregivers}
        </Text>
      )}
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('child.noCaregivers')}
        </Text>
      )}
      {rows.map((row, i) => (
        <Card key={row.key} withBorder padding="sm" component="fieldset" m={0}>
          <Text component="legend" size="sm" fw={600} px={4}>
            {t('child.caregiver.number', { n: i + 1 })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
            <Select
              label={t('child.caregiver.relation')}
              data={CaregiverRelation.options.map((r) => ({ value: r, label: t(RELATION_LABEL[r]) }))}
              value={row.relation}
              onChange={(v) => update(row.key, { relation: v ?? null })}
              required
              error={errors[`caregivers.${i}.relation`]}
            />
            <TextInput
              label={t('child.caregiver.name')}
              value={row.fullName}
              onChange={(e) => update(row.key, { fullName: e.currentTarget.value })}
              required
              maxLength={200}
              autoComplete="off"
              error={errors[`caregivers.${i}.fullName`]}
            />
            <TextInput
              label={t('child.caregiver.phone')}
              type="tel"
              inputMode="tel"
              value={row.phone}
              onChange={(e) => update(row.key, { phone: e.currentTarget.value })}
              maxLength={20}
              autoComplete="off"
              error={errors[`caregivers.${i}.phone`]}
            />
          </SimpleGrid>
          <Group justify="space-between" mt="xs">
            <Checkbox
              label={t('child.caregiver.primary')}
              checked={row.isPrimary}
              onChange={(e) => update(row.key, { isPrimary: e.currentTarget.checked })}
            />
            <Button
              variant="subtle"
              color="red"
              size="xs"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              aria-label={t('child.caregiver.removeNumber', { n: i + 1 })}
            >
              {t('child.caregiver.remove')}
            </Button>
          </Group>
        </Card>
      ))}
      {rows.length < 10 && (
        <div>
          <Button variant="default" size="xs" onClick={() => onChange([...rows, emptyCaregiver()])}>
            {t('child.caregiver.add')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
