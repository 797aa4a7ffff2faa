import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { ViewPurpose } from '../../../shared/domain/Child';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { childQuery } from './children-api';
import { ChildCircumstances } from './ChildCircumstances';
import { ChildHistoryPanel } from './ChildHistoryPanel';
import { ChildFamily, ChildPersonal, ChildSensitivePanel } from './ChildInfo';
import { formatDay, SEX_LABEL } from './child-labels';
import { ChildRiskFlags } from './ChildRiskFlags';
import { ChildSupports } from './ChildSupports';
import { PurposeSelect, Section } from './ProfileParts';
import { useViewPurpose } from './view-purpose';

const route = getRouteApi('/_app/children/$childId');

function BackToRegister() {
  const { t } = useI18n();
  return (
    <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/children" />}>
      ← {t('children.backToList')}
    </Anchor>
  );
}

/** Asked before the first profile of the session is read: the view is audited with its purpose. */
function PurposePrompt({ onChoose }: { onChoose: (purpose: ViewPurpose) => void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<ViewPurpose | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) onChoose(choice);
    else setMissing(true);
  };
  return (
    <Page title={t('child.profileTitle')}>
      <BackToRegister />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={520}>
          <Text>{t('child.purposeExplain')}</Text>
          <PurposeSelect value={choice} onChange={setChoice} autoFocus />
          {missing && !choice && (
            <Text c="red.8" size="sm" role="alert">
              {t('child.purposeRequired')}
            </Text>
          )}
          <div>
            <Button type="submit">{t('child.viewProfile')}</Button>
          </div>
        </Stack>
      </form>
    </Page>
  );
}

/** Hồ sơ trẻ em: the profile, its parts, its history and (issue #4) its reports and cases. */
export function ChildPage() {
  const { childId } = route.useParams();
  const [purpose, setPurpose] = useViewPurpose();
  if (!purpose) return <PurposePrompt onChoose={setPurpose} />;
  return <ChildProfile id={childId} purpose={purpose} onPurpose={setPurpose} />;
}

function ChildProfile({
  id,
  purpose,
  onPurpose,
}: {
  id: string;
  purpose: ViewPurpose;
  onPurpose: (p: ViewPurpose) => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const child = useQuery(childQuery(id, purpose));

  if (child.isPending) return <LoadingState />;
  if (child.isError)
    return (
      <Stack>
        <BackToRegister />
        <ErrorState error={child.error} onRetry={() => void child.refetch()} />
      </Stack>
    );

  const c = child.data;
  const merged = c.status === 'merged';
  const editable = !merged && can(me, 'children.write');
  const partsEditable = !merged && can(me, 'children.circumstances');
  return (
    <Page
      title={c.fullName}
      actions={
        editable && (
          <Button
            renderRoot={(props) => (
              <Link {...props} to="/children/$childId/edit" params={{ childId: c.id }} />
            )}
          >
            {t('child.edit')}
          </Button>
        )
      }
    >
      <Group justify="space-between" align="flex-end" gap="sm" mt={-8}>
        <Stack gap={4}>
          <BackToRegister />
          <Group gap={6}>
            <Badge variant="light">{t('children.ageYears', { age: c.age })}</Badge>
            <Badge variant="light" color="gray">
              {t(SEX_LABEL[c.sex])}
            </Badge>
            {!c.active && (
              <Badge variant="light" color="orange">
                {t('child.agedOut', { date: formatDay(c.agesOutOn) })}
              </Badge>
            )}
            {merged && (
              <Badge variant="light" color="red">
                {t('child.mergedBadge')}
              </Badge>
            )}
          </Group>
        </Stack>
        <PurposeSelect value={purpose} onChange={onPurpose} size="xs" />
      </Group>

      {merged && c.mergedInto && (
        <Alert color="yellow" role="note">
          {t('child.mergedText')}{' '}
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/children/$childId" params={{ childId: c.mergedInto ?? c.id }} />
            )}
          >
            {t('child.openKept')}
          </Anchor>
        </Alert>
      )}

      <ChildPersonal child={c} />
      <ChildFamily child={c} />
      {c.sensitiveVisible && c.sensitive && <ChildSensitivePanel sensitive={c.sensitive} />}
      <ChildCircumstances child={c} purpose={purpose} editable={partsEditable} />
      <ChildRiskFlags child={c} purpose={purpose} editable={partsEditable} />
      <ChildSupports child={c} purpose={purpose} editable={partsEditable} />
      <ChildHistoryPanel childId={c.id} purpose={purpose} />
      <Section id="child-cases" title={t('child.casesTitle')}>
        <Text size="sm" c="dimmed">
          {t('child.casesPlaceholder')}
        </Text>
      </Section>
    </Page>
  );
}
