import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { CaseDetail } from '../../../shared/domain/Case';
import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import { ACTION_RULES } from '../../../shared/workflow/case-workflow';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { roleLabelId } from '../../i18n/labels';
import { Section } from '../children/ProfileParts';
import { ACTION_LABEL, labelOf } from './case-labels';
import { actionDetails } from './timeline-details';

function formOf(type: string): string | undefined {
  const rule = (ACTION_RULES as Partial<Record<string, { form?: string }>>)[type];
  return rule?.form;
}

function Actor({ a }: { a: CaseActionRecord }) {
  const { t } = useI18n();
  if (a.actorKind === 'system' || !a.actorRole) return <>{t('case.actorSystem')}</>;
  const role = roleLabelId(a.actorRole);
  return <>{[a.actorName, role ? t(role) : a.actorRole].filter(Boolean).join(' · ')}</>;
}

function Entry({ a, detail }: { a: CaseActionRecord; detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const label = labelOf(ACTION_LABEL, a.type);
  const form = formOf(a.type);
  const details = actionDetails(a, { t, locale, detail });
  return (
    <Paper withBorder p="sm" component="li" radius="sm">
      <Group justify="space-between" gap="xs" align="flex-start">
        <Group gap={6}>
          <Text fw={700} size="sm">
            {label ? t(label) : a.type}
          </Text>
          {form && a.type !== 'RECEIVE' && (
            <Badge variant="light" color="gray" size="xs">
              {t('case.formCode', { code: form.slice(1) })}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(a.at)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mb={details.length ? 6 : 0}>
        <Actor a={a} />
      </Text>
      {details.length > 0 && (
        <dl className="facts">
          {details.map((d, i) => (
            <div key={`${d.label}-${i}`}>
              <Text component="dt" size="xs" fw={600} span>
                {d.label}:{' '}
              </Text>
              <Text
                component="dd"
                size="sm"
                m={0}
                span
                className="break-anywhere"
                style={{ whiteSpace: 'pre-line' }}
              >
                {d.value}
              </Text>
            </div>
          ))}
        </dl>
      )}
    </Paper>
  );
}

/** Diễn biến xử lý: every action of the case, newest first, with its facts, its text, who took it and when. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const actions = [...detail.actions].sort((a, b) => b.seq - a.seq);
  return (
    <Section id="case-timeline" title={t('case.timelineTitle')}>
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {actions.map((a) => (
          <Entry key={a.id} a={a} detail={detail} />
        ))}
      </Stack>
    </Section>
  );
}
