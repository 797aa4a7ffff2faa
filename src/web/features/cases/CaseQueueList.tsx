import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import type { CaseSummary } from '../../../shared/domain/Case';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { CLOCK_LABEL, STATUS_COLOR, STATUS_LABEL, URGENCY_COLOR, URGENCY_LABEL } from './case-labels';
import { dueText, TONE_COLOR } from './clock-format';
import { useHarmTypeNames } from './useHarmTypeNames';
import { useNow } from './useNow';

/** The running deadline of a case: "Còn 10 giờ 25 phút" / "Quá hạn 3 giờ" (red) and which clock it is. */
export function CaseDue({ item, now }: { item: CaseSummary; now: number }) {
  const { t } = useI18n();
  if (!item.nextDueAt || !item.nextDueKind)
    return (
      <Text size="sm" c="dimmed">
        {t('case.noRunningClock')}
      </Text>
    );
  const due = dueText(item.nextDueAt, now, t);
  return (
    <div>
      <Text size="sm" fw={700} c={TONE_COLOR[due.tone]}>
        {due.text}
      </Text>
      <Text size="xs" c="dimmed">
        {t(CLOCK_LABEL[item.nextDueKind])}
      </Text>
    </div>
  );
}

function CaseBadges({ item }: { item: CaseSummary }) {
  const { t } = useI18n();
  return (
    <Group gap={4}>
      <Badge color={STATUS_COLOR[item.status]} variant="light" size="sm">
        {t(STATUS_LABEL[item.status])}
      </Badge>
      {item.urgency !== 'normal' && (
        <Badge color={URGENCY_COLOR[item.urgency]} variant="filled" size="sm">
          {t(URGENCY_LABEL[item.urgency])}
        </Badge>
      )}
      {item.escalated && (
        <Badge color="red" variant="outline" size="sm">
          {t('case.escalated')}
        </Badge>
      )}
      {item.requiresAck && !item.acknowledgedAt && (
        <Badge color="orange" variant="outline" size="sm">
          {t('case.awaitingAck')}
        </Badge>
      )}
    </Group>
  );
}

function childText(item: CaseSummary, t: ReturnType<typeof useI18n>['t']): string {
  return item.childLabel ?? t('case.childUnnamed');
}

/**
 * The cases of a queue: one card per case on a phone (the whole card opens the case), a table on a wide screen.
 * The clocks count down while the page is open.
 */
export function CaseQueueList({ items, showCommune }: { items: CaseSummary[]; showCommune: boolean }) {
  const { t } = useI18n();
  const now = useNow();
  const harmNames = useHarmTypeNames();
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });

  if (narrow)
    return (
      <Stack
        gap="xs"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('case.queueTitle')}
      >
        {items.map((c) => (
          <li key={c.id}>
            <Card
              withBorder
              padding="sm"
              className="quick-link"
              renderRoot={(props) => <Link {...props} to="/cases/$caseId" params={{ caseId: c.id }} />}
            >
              <Text fw={700} c="blue.9" style={{ whiteSpace: 'nowrap' }}>
                {c.caseNumber}
              </Text>
              <CaseDue item={c} now={now} />
              <CaseBadges item={c} />
              <Text size="sm" mt={4} c="dark">
                {childText(c, t)}
                {showCommune && ` · ${c.communeName}`}
              </Text>
              <Text size="sm" c="dimmed" className="break-anywhere">
                {harmNames(c.harmTypes)}
              </Text>
            </Card>
          </li>
        ))}
      </Stack>
    );

  return (
    <TableScroll label={t('case.queueTitle')} minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('case.col.number')}</Table.Th>
            <Table.Th scope="col">{t('case.col.child')}</Table.Th>
            <Table.Th scope="col">{t('case.col.harm')}</Table.Th>
            <Table.Th scope="col">{t('case.col.status')}</Table.Th>
            <Table.Th scope="col">{t('case.col.due')}</Table.Th>
            <Table.Th scope="col">{t('case.col.received')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor
                  fw={700}
                  style={{ whiteSpace: 'nowrap' }}
                  renderRoot={(props) => <Link {...props} to="/cases/$caseId" params={{ caseId: c.id }} />}
                >
                  {c.caseNumber}
                </Anchor>
                {showCommune && (
                  <Text size="xs" c="dimmed">
                    {c.communeName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{childText(c, t)}</Text>
              </Table.Td>
              <Table.Td maw={220}>
                <Text size="sm">{harmNames(c.harmTypes)}</Text>
              </Table.Td>
              <Table.Td>
                <CaseBadges item={c} />
              </Table.Td>
              <Table.Td>
                <CaseDue item={c} now={now} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(c.receivedAt)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
