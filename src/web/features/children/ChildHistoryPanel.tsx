import { Button, List, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChildHistoryEntry, ViewPurpose } from '../../../shared/domain/Child';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { childHistoryQuery, childReferenceQuery } from './children-api';
import { CIRCUMSTANCE_GROUP_CODES } from '../../../shared/reference/circumstance-groups';
import { FIELD_LABEL, groupName, HISTORY_OPERATION_LABEL, refName, SUPPORT_TYPE_LABEL } from './child-labels';
import { Section } from './ProfileParts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A before/after value in a few words: dates as dd/mm/yyyy, booleans as có/không, records by their name. */
function formatValue(value: unknown, t: Translate, name: (code: string) => string = (c) => c): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('child.yes') : t('child.no');
  if (typeof value === 'string') return ISO_DAY.test(value) ? value.split('-').reverse().join('/') : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? '—' : value.map((v) => formatValue(v, t, name)).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.fullName === 'string') return o.fullName;
    const main = o.groupCode ?? o.flagCode ?? o.supportType;
    if (typeof main === 'string') {
      const from = o.startDate ?? o.since ?? o.periodStart;
      const to = o.endDate ?? o.until ?? o.periodEnd;
      const what = [name(main), typeof o.subgroupCode === 'string' ? o.subgroupCode : null]
        .filter(Boolean)
        .join(', ');
      if (typeof from !== 'string')
        return typeof to === 'string' ? `${what} (${t('child.until', { to: formatValue(to, t) })})` : what;
      const when =
        typeof to === 'string'
          ? t('child.period', { from: formatValue(from, t), to: formatValue(to, t) })
          : t('child.since', { from: formatValue(from, t) });
      return `${what} (${when.toLowerCase()})`;
    }
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  }
  return '—';
}

function useCodeNames(): (code: string) => string {
  const { locale, t } = useI18n();
  const reference = useQuery(childReferenceQuery);
  const names = new Map<string, string>();
  for (const g of CIRCUMSTANCE_GROUP_CODES) names.set(g, `${g}. ${groupName(g, locale)}`);
  for (const f of reference.data?.riskFlagTypes ?? []) names.set(f.code, refName(f, locale));
  for (const [code, id] of Object.entries(SUPPORT_TYPE_LABEL)) names.set(code, t(id));
  return (code) => names.get(code) ?? code;
}

function Entry({ entry }: { entry: ChildHistoryEntry }) {
  const { t } = useI18n();
  const codeName = useCodeNames();
  const show = (v: unknown) => formatValue(v, t, codeName);
  const fieldName = (f: string) => {
    const id = FIELD_LABEL[f];
    return id ? t(id) : f;
  };
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {formatDateTime(entry.at)} · {entry.actorName ?? t('child.history.system')}
      </Text>
      {entry.fields.length > 0 && (
        <List size="sm" spacing={0}>
          {entry.fields.map((f) => {
            const change = entry.changes[f];
            return (
              <List.Item key={f}>
                <Text span size="sm" fw={600}>
                  {fieldName(f)}
                </Text>
                {entry.hiddenFields.includes(f) ? (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    {t('child.history.hidden')}
                  </Text>
                ) : change && change.before !== null && change.before !== undefined ? (
                  <Text span size="sm">
                    : {show(change.before)} → {show(change.after)}
                  </Text>
                ) : change ? (
                  <Text span size="sm">
                    : {show(change.after)}
                  </Text>
                ) : null}
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}

function HistoryList({ childId, purpose }: { childId: string; purpose: ViewPurpose }) {
  const { t } = useI18n();
  const history = useQuery(childHistoryQuery(childId, purpose));
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('child.history.empty')}
      </Text>
    );
  return (
    <Timeline bulletSize={14} lineWidth={2} active={-1}>
      {history.data.items.map((entry) => {
        const op = HISTORY_OPERATION_LABEL[entry.operation];
        return (
          <Timeline.Item key={entry.id} title={op ? t(op) : entry.operation}>
            <Entry entry={entry} />
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

/**
 * Lịch sử thay đổi: who changed what and when. Reading it is an audited view of its own, so it loads when asked.
 */
export function ChildHistoryPanel({ childId, purpose }: { childId: string; purpose: ViewPurpose }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <Section
      id="child-history"
      title={t('child.historyTitle')}
      actions={
        !shown && (
          <Button size="xs" variant="default" onClick={() => setShown(true)}>
            {t('child.history.show')}
          </Button>
        )
      }
    >
      {shown ? (
        <HistoryList childId={childId} purpose={purpose} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('child.history.hint')}
        </Text>
      )}
    </Section>
  );
}
