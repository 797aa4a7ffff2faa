import { Anchor, Badge, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { CaseDetail } from '../../../shared/domain/Case';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { Facts, Section } from '../children/ProfileParts';
import {
  CHANNEL_LABEL,
  labelOf,
  STATUS_COLOR,
  STATUS_LABEL,
  URGENCY_COLOR,
  URGENCY_LABEL,
} from './case-labels';
import { useHarmTypeNames } from './useHarmTypeNames';

/** The badges of a case: status, urgency, escalation, awaiting acknowledgement, emergency needed. */
export function CaseBadges({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  return (
    <Group gap={6}>
      <Badge color={STATUS_COLOR[detail.status]} variant="filled">
        {t(STATUS_LABEL[detail.status])}
      </Badge>
      <Badge color={URGENCY_COLOR[detail.urgency]} variant="light">
        {t('case.urgencyIs', { urgency: t(URGENCY_LABEL[detail.urgency]) })}
      </Badge>
      {detail.emergencyNeeded === true && detail.status === 'initial_assessed' && (
        <Badge color="red" variant="light">
          {t('case.emergencyNeeded')}
        </Badge>
      )}
      {detail.escalated && (
        <Badge color="red" variant="outline">
          {t('case.escalated')}
        </Badge>
      )}
      {detail.requiresAck && !detail.acknowledgedAt && (
        <Badge color="orange" variant="outline">
          {t('case.awaitingAck')}
        </Badge>
      )}
    </Group>
  );
}

/** The key facts of the case: where, when, how it came in, about whom, what harm. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const me = useMe();
  const harmNames = useHarmTypeNames();
  const channel = labelOf(CHANNEL_LABEL, detail.channel);
  const child =
    detail.childId && can(me, 'children.read') ? (
      <Anchor
        size="sm"
        renderRoot={(props) => (
          <Link {...props} to="/children/$childId" params={{ childId: detail.childId ?? '' }} />
        )}
      >
        {detail.childLabel ?? t('case.childRecord')}
      </Anchor>
    ) : (
      (detail.childLabel ?? t('case.childUnnamed'))
    );
  return (
    <Section id="case-summary" title={t('case.summaryTitle')}>
      <Facts
        items={[
          { label: t('case.field.child'), value: child },
          { label: t('case.field.commune'), value: detail.communeName },
          { label: t('case.field.receivedAt'), value: formatDateTime(detail.receivedAt) },
          { label: t('case.field.channel'), value: channel ? t(channel) : detail.channel },
          { label: t('case.field.harmTypes'), value: harmNames(detail.harmTypes), wide: true },
          ...(detail.transferredFrom.length > 0
            ? [{ label: t('case.field.transferredFrom'), value: detail.transferredFrom.join(', ') }]
            : []),
          { label: t('case.field.lastAction'), value: formatDateTime(detail.lastActionAt) },
        ]}
      />
    </Section>
  );
}
