import { Button, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AmActivity, AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EmptyState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { deleteActivity, invalidateAm } from './am-api';
import { AmModal } from './AmModal';
import { AmSection } from './AmSection';
import { ActivityForm } from './ActivityForm';
import { ActivityCards, ActivityTable } from './ActivityViews';

function DeleteActivity({
  plan,
  activity,
  onClose,
}: {
  plan: AmPlanDetail;
  activity: AmActivity;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteActivity(plan.id, activity.id),
    onSuccess: async () => {
      await invalidateAm(queryClient);
      onClose();
    },
  });
  return (
    <Stack gap="sm">
      {Boolean(remove.error) && <ErrorAlert error={remove.error} />}
      <Text>{t('am.activity.deleteConfirm', { title: activity.title })}</Text>
      <Group gap="xs">
        <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
          {t('am.activity.delete')}
        </Button>
        <Button variant="default" onClick={onClose} disabled={remove.isPending}>
          {t('action.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

type Editing = { kind: 'add' } | { kind: 'edit' | 'delete'; activity: AmActivity } | null;

/** "Nội dung hoạt động": the plan's activities; a draft's maker adds, edits and removes them. */
export function ActivitiesSection({ plan }: { plan: AmPlanDetail }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const Views = narrow ? ActivityCards : ActivityTable;
  return (
    <AmSection
      title={t('am.activity.sectionTitle', { count: plan.activities.length })}
      actions={
        plan.canEdit && (
          <Button size="sm" onClick={() => setEditing({ kind: 'add' })}>
            {t('am.activity.add')}
          </Button>
        )
      }
    >
      {plan.activities.length === 0 ? (
        <EmptyState>{plan.canEdit ? t('am.activity.emptyDraft') : t('am.activity.empty')}</EmptyState>
      ) : (
        <Views
          plan={plan}
          onEdit={(activity) => setEditing({ kind: 'edit', activity })}
          onDelete={(activity) => setEditing({ kind: 'delete', activity })}
        />
      )}
      <AmModal
        title={
          editing?.kind === 'delete'
            ? t('am.activity.delete')
            : editing?.kind === 'edit'
              ? t('am.activity.edit')
              : t('am.activity.add')
        }
        opened={editing !== null}
        onClose={close}
        size={editing?.kind === 'delete' ? 'md' : 'lg'}
      >
        {editing?.kind === 'delete' ? (
          <DeleteActivity plan={plan} activity={editing.activity} onClose={close} />
        ) : (
          editing && (
            <ActivityForm
              plan={plan}
              activity={editing.kind === 'edit' ? editing.activity : null}
              onDone={close}
            />
          )
        )}
      </AmModal>
    </AmSection>
  );
}
