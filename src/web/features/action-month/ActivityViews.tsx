import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { AmActivity, AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { formatDay, formatVnd } from './am-format';
import { ACTIVITY_TYPE_LABEL } from './am-labels';

/** The activities of a plan: a table on a desktop, one card per activity on a phone. */
export type ActivityViewProps = {
  plan: AmPlanDetail;
  onEdit: (a: AmActivity) => void;
  onDelete: (a: AmActivity) => void;
};

function useAssignee() {
  const { t } = useI18n();
  return (a: AmActivity) =>
    [a.assigneeAgencyName, a.assignAllCommunes ? t('am.activity.allCommunes') : a.assigneeCommuneName]
      .filter(Boolean)
      .join('; ') || '—';
}

const dates = (a: AmActivity) =>
  a.startDate || a.endDate ? `${formatDay(a.startDate)} – ${formatDay(a.endDate)}` : '—';

function RowActions({ a, onEdit, onDelete }: { a: AmActivity } & Omit<ActivityViewProps, 'plan'>) {
  const { t } = useI18n();
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => onEdit(a)}
        aria-label={t('am.activity.editNamed', { title: a.title })}
      >
        {t('am.activity.editShort')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={() => onDelete(a)}
        aria-label={t('am.activity.deleteNamed', { title: a.title })}
      >
        {t('am.activity.delete')}
      </Button>
    </Group>
  );
}

export function ActivityTable({ plan, onEdit, onDelete }: ActivityViewProps) {
  const { t } = useI18n();
  const assignee = useAssignee();
  const nowrap = { whiteSpace: 'nowrap' as const };
  const totalState = plan.activities.reduce((s, a) => s + a.budgetState, 0);
  const totalMobilised = plan.activities.reduce((s, a) => s + a.budgetMobilised, 0);
  const money = (state: number, mobilised: number) => (
    <Stack gap={0} align="flex-end">
      <Text size="sm" style={nowrap}>
        {t('am.activity.stateShort', { amount: formatVnd(state) })}
      </Text>
      <Text size="sm" style={nowrap} c="dimmed">
        {t('am.activity.mobilisedShort', { amount: formatVnd(mobilised) })}
      </Text>
    </Stack>
  );
  return (
    <TableScroll label={t('am.activity.tableLabel')} minWidth={900}>
      <Table striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t('am.activity.seq')}</Table.Th>
            <Table.Th miw={260}>{t('am.activity.content')}</Table.Th>
            <Table.Th miw={150}>{t('am.activity.assignee')}</Table.Th>
            <Table.Th>{t('am.activity.dates')}</Table.Th>
            <Table.Th ta="right">{t('am.activity.budget')}</Table.Th>
            <Table.Th miw={160}>{t('am.activity.targets')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.activities.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.seq}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Badge variant="light" size="sm">
                    {t(ACTIVITY_TYPE_LABEL[a.type])}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {a.title}
                  </Text>
                  {a.description && (
                    <Text size="xs" c="dimmed">
                      {a.description}
                    </Text>
                  )}
                  {plan.canEdit && <RowActions a={a} onEdit={onEdit} onDelete={onDelete} />}
                </Stack>
              </Table.Td>
              <Table.Td>{assignee(a)}</Table.Td>
              <Table.Td style={nowrap}>
                {a.startDate || a.endDate ? (
                  <>
                    {formatDay(a.startDate)}
                    <br />
                    {formatDay(a.endDate)}
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{money(a.budgetState, a.budgetMobilised)}</Table.Td>
              <Table.Td>{a.targets ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4}>{t('am.activity.total')}</Table.Th>
            <Table.Th>{money(totalState, totalMobilised)}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}

export function ActivityCards({ plan, onEdit, onDelete }: ActivityViewProps) {
  const { t } = useI18n();
  const assignee = useAssignee();
  const line = (label: string, value: string) => (
    <Text size="sm">
      <Text span size="sm" c="dimmed">
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
  return (
    <Stack
      gap="xs"
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('am.activity.tableLabel')}
    >
      {plan.activities.map((a) => (
        <Paper key={a.id} component="li" withBorder p="sm">
          <Stack gap={4}>
            <Group gap={6}>
              <Text size="sm" fw={700}>
                {a.seq}.
              </Text>
              <Badge variant="light" size="sm">
                {t(ACTIVITY_TYPE_LABEL[a.type])}
              </Badge>
            </Group>
            <Text fw={600}>{a.title}</Text>
            {a.description && (
              <Text size="xs" c="dimmed">
                {a.description}
              </Text>
            )}
            {line(t('am.activity.assignee'), assignee(a))}
            {line(t('am.activity.dates'), dates(a))}
            {line(t('am.activity.budgetState'), formatVnd(a.budgetState))}
            {line(t('am.activity.budgetMobilised'), formatVnd(a.budgetMobilised))}
            {a.targets && line(t('am.activity.targets'), a.targets)}
            {plan.canEdit && <RowActions a={a} onEdit={onEdit} onDelete={onDelete} />}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
