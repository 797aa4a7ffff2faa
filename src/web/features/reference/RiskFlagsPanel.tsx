import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AdminRiskFlag } from '../../../shared/domain/ReferenceAdmin';
import { useI18n } from '../../i18n/context';
import { RefModal } from './RefModal';
import { RefRow } from './RefRow';
import { RiskFlagForm } from './RiskFlagForm';
import { updateRiskFlag } from './reference-api';

/** The "at risk" flag types (domain.md §1.3: no statutory list, so the administrator extends it). */
export function RiskFlagsPanel({ flags }: { flags: AdminRiskFlag[] }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<{ existing: AdminRiskFlag | null } | null>(null);
  const close = () => setEditing(null);

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 14rem' }}>
          {t('reference.flags.intro')}
        </Text>
        <Button size="compact-sm" onClick={() => setEditing({ existing: null })}>
          {t('reference.flags.add')}
        </Button>
      </Group>
      {flags.map((f) => (
        <RefRow
          key={f.code}
          code={f.code}
          name={locale === 'vi' ? f.nameVi : f.nameEn}
          secondary={locale === 'vi' ? f.nameEn : null}
          verified={null}
          isActive={f.isActive}
          onToggle={(active) =>
            updateRiskFlag(f.code, { nameVi: f.nameVi, nameEn: f.nameEn, sort: f.sort, isActive: active })
          }
          onEdit={() => setEditing({ existing: f })}
        />
      ))}
      <RefModal
        opened={editing !== null}
        onClose={close}
        title={editing?.existing ? t('reference.flags.editTitle') : t('reference.flags.addTitle')}
      >
        {editing && (
          <RiskFlagForm
            key={editing.existing?.code ?? 'new'}
            existing={editing.existing}
            nextSort={Math.max(0, ...flags.map((f) => f.sort)) + 1}
            onDone={close}
          />
        )}
      </RefModal>
    </Stack>
  );
}
