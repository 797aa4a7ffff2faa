import { Anchor, Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useMe } from '../../api/useMe';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { PURPOSE_LABEL } from './case-labels';
import { CaseActions } from './CaseActions';
import { CaseClocks } from './CaseClocks';
import { CaseBadges, CaseHeader } from './CaseHeader';
import { CasePrint } from './CasePrint';
import { CaseReports } from './CaseReports';
import { caseQuery, type CaseViewPurpose } from './cases-api';
import { CaseTasks } from './CaseTasks';
import { CaseTimeline } from './CaseTimeline';
import { CASE_VIEW_PURPOSES, useCaseViewPurpose, usualPurpose } from './useCaseViewPurpose';

const route = getRouteApi('/_app/cases/$caseId');

function BackToQueue() {
  const { t } = useI18n();
  return (
    <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/cases" />}>
      ← {t('case.backToQueue')}
    </Anchor>
  );
}

function PurposeSelect({
  value,
  onChange,
  size = 'sm',
}: {
  value: CaseViewPurpose | null;
  onChange: (p: CaseViewPurpose) => void;
  size?: 'xs' | 'sm';
}) {
  const { t } = useI18n();
  return (
    <Select
      label={t('case.purposeLabel')}
      data={CASE_VIEW_PURPOSES.map((p) => ({ value: p, label: t(PURPOSE_LABEL[p]) }))}
      value={value}
      onChange={(v) => {
        const p = CASE_VIEW_PURPOSES.find((x) => x === v);
        if (p) onChange(p);
      }}
      allowDeselect={false}
      size={size}
      w={{ base: '100%', xs: 260 }}
    />
  );
}

/** Asked before the first case of the session is read: the view is audited with its purpose. */
function PurposePrompt({ onChoose }: { onChoose: (p: CaseViewPurpose) => void }) {
  const { t } = useI18n();
  const me = useMe();
  const [choice, setChoice] = useState<CaseViewPurpose | null>(usualPurpose(me.role));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) onChoose(choice);
  };
  return (
    <Page title={t('case.pageTitle')}>
      <BackToQueue />
      <form onSubmit={submit} noValidate aria-label={t('case.purposeLabel')}>
        <Stack gap="sm" maw={520}>
          <Text>{t('case.purposeExplain')}</Text>
          <PurposeSelect value={choice} onChange={setChoice} />
          <div>
            <Button type="submit">{t('case.open')}</Button>
          </div>
        </Stack>
      </form>
    </Page>
  );
}

/** Hồ sơ vụ việc: one case with its clocks, the next steps the user may take, its plan, reports and history. */
export function CasePage() {
  const { caseId } = route.useParams();
  const [purpose, setPurpose] = useCaseViewPurpose();
  if (!purpose) return <PurposePrompt onChoose={setPurpose} />;
  return <CaseView id={caseId} purpose={purpose} onPurpose={setPurpose} />;
}

function CaseView({
  id,
  purpose,
  onPurpose,
}: {
  id: string;
  purpose: CaseViewPurpose;
  onPurpose: (p: CaseViewPurpose) => void;
}) {
  const { t } = useI18n();
  const query = useQuery(caseQuery(id, purpose));
  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return (
      <Stack>
        <BackToQueue />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  const detail = query.data;
  return (
    <Page title={t('case.title', { number: detail.caseNumber })}>
      <Group justify="space-between" align="flex-end" gap="sm" mt={-8}>
        <Stack gap={6}>
          <BackToQueue />
          <CaseBadges detail={detail} />
        </Stack>
        <PurposeSelect value={purpose} onChange={onPurpose} size="xs" />
      </Group>
      <Card withBorder padding="md" bg="blue.0" component="section" aria-label={t('case.nextLabel')}>
        <CaseActions detail={detail} />
      </Card>
      <CaseClocks detail={detail} />
      <CaseHeader detail={detail} />
      <CaseTasks detail={detail} />
      <CaseReports detail={detail} />
      <CaseTimeline detail={detail} />
      <CasePrint detail={detail} />
    </Page>
  );
}
