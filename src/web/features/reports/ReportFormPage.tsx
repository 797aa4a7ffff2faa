import {
  Accordion,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  HarmEnvironment,
  PerpetratorRelation,
  ReportInput,
  Urgency,
  type ReportCreated,
} from '../../../shared/domain/Report';
import type { Unit } from '../../../shared/domain/Unit';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Forbidden } from '../../components/Forbidden';
import { Page } from '../../components/Page';
import { LoadingState } from '../../components/PageStates';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { agencyQuery } from '../agencies/agencies-api';
import { childScope } from '../children/child-scope';
import { unitQuery } from '../units/units-api';
import { ReportChildSection } from './ReportChildSection';
import { ReportFamilySection } from './ReportFamilySection';
import { ReportReceiptSection } from './ReportReceiptSection';
import { ReportReporterSection } from './ReportReporterSection';
import { createReport, harmTypeName, harmTypesQuery } from './reports-api';
import {
  CHANNEL_LABEL,
  defaultChannel,
  ENVIRONMENT_LABEL,
  initialReportValues,
  nowParts,
  PERPETRATOR_LABEL,
  sectionsWithErrors,
  toReportBody,
  URGENCY_LABEL,
  type ReportFormValues,
  type ReportSection,
} from './report-form-values';

/** Moves focus to the first field with an error once its section has opened. */
function focusFirstError() {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>('form [aria-invalid="true"], form [role="alert"]');
      el?.scrollIntoView({ block: 'center' });
      if (el?.matches('input, select, textarea')) el.focus();
    }),
  );
}

/**
 * Tiếp nhận thông tin (Mẫu 01, Nghị định 56/2017/NĐ-CP Điều 25): the few facts needed to open a case first (commune,
 * what happened, harm types, environment), the rest of the form in sections that open on demand. One transactionId
 * per visit: a retried submit never records the report twice.
 */
export function ReportFormPage() {
  const { t } = useI18n();
  const me = useMe();
  const partnerAgency = useQuery({
    ...agencyQuery(me.agencyId ?? ''),
    enabled: me.role === 'partner_agency' && me.agencyId !== null,
  });
  const ownCommune = me.unitCode?.length === 5 ? me.unitCode : null;
  const unit = useQuery({ ...unitQuery('2025', ownCommune ?? ''), enabled: ownCommune !== null });
  const [visit, setVisit] = useState(0);
  const [created, setCreated] = useState<ReportCreated | null>(null);

  if (!can(me, 'reports.create')) return <Forbidden />;
  if ((ownCommune && unit.isPending) || (partnerAgency.isPending && partnerAgency.fetchStatus !== 'idle'))
    return <LoadingState />;

  if (created)
    return (
      <ReportResult
        created={created}
        onAnother={() => {
          setCreated(null);
          setVisit((n) => n + 1);
        }}
      />
    );

  const initial = initialReportValues(me);
  initial.channel = defaultChannel(me, partnerAgency.data?.kind ?? null);
  const now = nowParts();
  initial.receivedDate = now.date;
  initial.receivedTime = now.time;
  return (
    <Page title={t('report.newTitle')}>
      <Text size="sm">{t('report.intro')}</Text>
      <ReportForm key={visit} initial={initial} initialUnit={unit.data ?? null} onCreated={setCreated} />
    </Page>
  );
}

function ReportForm({
  initial,
  initialUnit,
  onCreated,
}: {
  initial: ReportFormValues;
  initialUnit: Unit | null;
  onCreated: (created: ReportCreated) => void;
}) {
  const { t, locale } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const harmTypes = useQuery(harmTypesQuery);
  // One id per form visit, kept across retries of the same submit.
  const transactionId = useRef(crypto.randomUUID());
  const [v, setValues] = useState(initial);
  const [communeUnit, setCommuneUnit] = useState<Unit | null>(initialUnit);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [open, setOpen] = useState<string[]>([]);
  const set = (patch: Partial<ReportFormValues>) => setValues((old) => ({ ...old, ...patch }));
  const scope = childScope(me, 'children.read');

  const submit = useMutation({
    mutationFn: (body: ReturnType<typeof toReportBody>) =>
      createReport({ ...body, transactionId: transactionId.current }),
    onSuccess: onCreated,
    onError: (err) => showErrors(apiFieldErrors(err)),
  });

  const showErrors = (found: FieldErrors) => {
    const sections = sectionsWithErrors(found);
    if (sections.length > 0) setOpen((o) => [...new Set([...o, ...sections])]);
    if (Object.keys(found).length > 0) focusFirstError();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = toReportBody(v);
    const checked = validateWith(ReportInput, { ...body, transactionId: transactionId.current }, locale);
    if (!checked.ok) {
      const found = { ...checked.errors };
      // The schema's generic words ("value too small", "invalid option") say little about an unmade choice.
      if (found.receivedAt) found.receivedAt = t('report.error.receivedAt');
      if (found.harmTypes) found.harmTypes = t('report.error.harmTypes');
      if (found.environment && !v.environment) found.environment = t('report.error.choose');
      setErrors(found);
      showErrors(found);
      return;
    }
    setErrors({});
    submit.mutate(body);
  };

  const shown = { ...apiFieldErrors(submit.error), ...errors };
  const fieldErrorShown = Object.keys(apiFieldErrors(submit.error)).length > 0;
  const section = (value: ReportSection, label: string, hint: string, body: ReactNode) => (
    <Accordion.Item value={value}>
      <Accordion.Control>
        <Text fw={600}>{label}</Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </Accordion.Control>
      <Accordion.Panel>{body}</Accordion.Panel>
    </Accordion.Item>
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={820}>
        {submit.error && !fieldErrorShown && <ErrorAlert error={submit.error} />}
        <Fieldset legend={t('report.mainTitle')}>
          <Stack gap="sm">
            <UnitPicker
              label={t('report.field.commune')}
              description={t('report.field.communeHint')}
              value={communeUnit}
              onChange={(u) => {
                setCommuneUnit(u);
                set({ communeCode: u?.code ?? null });
              }}
              level="commune"
              required
              error={shown.communeCode}
            />
            <Textarea
              label={t('report.field.description')}
              description={t('report.field.descriptionHint')}
              value={v.description}
              onChange={(e) => set({ description: e.currentTarget.value })}
              autosize
              minRows={3}
              maxLength={5000}
              required
              error={shown.description}
            />
            <Checkbox.Group
              label={t('report.field.harmTypes')}
              description={t('report.field.harmTypesHint')}
              value={v.harmTypes}
              onChange={(harmTypes) => set({ harmTypes })}
              required
              error={shown.harmTypes ?? Object.entries(shown).find(([k]) => k.startsWith('harmTypes.'))?.[1]}
            >
              {harmTypes.isError && <ErrorAlert error={harmTypes.error} />}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={8} mt="xs">
                {(harmTypes.data ?? []).map((h) => (
                  <Checkbox key={h.code} value={h.code} label={harmTypeName(h, locale)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('report.field.environment')}
                placeholder={t('report.choose')}
                data={HarmEnvironment.options.map((e) => ({ value: e, label: t(ENVIRONMENT_LABEL[e]) }))}
                value={v.environment}
                onChange={(e) => set({ environment: e ? HarmEnvironment.parse(e) : null })}
                required
                error={shown.environment}
              />
              <Select
                label={t('report.field.perpetrator')}
                data={PerpetratorRelation.options.map((p) => ({ value: p, label: t(PERPETRATOR_LABEL[p]) }))}
                value={v.perpetratorRelation}
                onChange={(p) => set({ perpetratorRelation: PerpetratorRelation.parse(p ?? 'unknown') })}
                allowDeselect={false}
              />
            </SimpleGrid>
            <Radio.Group
              label={t('report.field.urgency')}
              description={t('report.field.urgencyHint')}
              value={v.urgency}
              onChange={(u) => set({ urgency: Urgency.parse(u) })}
            >
              <Group gap="md" mt={4}>
                {Urgency.options.map((u) => (
                  <Radio key={u} value={u} label={t(URGENCY_LABEL[u])} />
                ))}
              </Group>
            </Radio.Group>
          </Stack>
        </Fieldset>

        <Accordion multiple value={open} onChange={setOpen} variant="separated">
          {section(
            'child',
            t('report.section.child'),
            t('report.section.childHint'),
            <ReportChildSection
              v={v}
              errors={shown}
              canSearchRegister={scope.kind !== 'none'}
              onChange={set}
            />,
          )}
          {section(
            'receipt',
            t('report.section.receipt'),
            t(CHANNEL_LABEL[v.channel]),
            <ReportReceiptSection v={v} errors={shown} onChange={set} />,
          )}
          {section(
            'family',
            t('report.section.family'),
            t('report.section.familyHint'),
            <ReportFamilySection family={v.family} errors={shown} onChange={(family) => set({ family })} />,
          )}
          {section(
            'reporter',
            t('report.section.reporter'),
            v.reporter.anonymous ? t('report.reporter.isAnonymous') : t('report.reporter.isNamed'),
            <ReportReporterSection
              reporter={v.reporter}
              errors={shown}
              onChange={(reporter) => set({ reporter })}
            />,
          )}
          {section(
            'more',
            t('report.section.more'),
            t('report.section.moreHint'),
            <Stack gap="sm">
              <Textarea
                label={t('report.field.actionsTaken')}
                value={v.actionsTaken}
                onChange={(e) => set({ actionsTaken: e.currentTarget.value })}
                autosize
                minRows={2}
                maxLength={2000}
                error={shown.actionsTaken}
              />
              <Textarea
                label={t('report.field.predictedConsequences')}
                value={v.predictedConsequences}
                onChange={(e) => set({ predictedConsequences: e.currentTarget.value })}
                autosize
                minRows={2}
                maxLength={2000}
                error={shown.predictedConsequences}
              />
              <Textarea
                label={t('report.field.notes')}
                value={v.notes}
                onChange={(e) => set({ notes: e.currentTarget.value })}
                autosize
                minRows={2}
                maxLength={2000}
                error={shown.notes}
              />
            </Stack>,
          )}
        </Accordion>

        <Group gap="xs">
          <Button type="submit" loading={submit.isPending}>
            {t('report.submit')}
          </Button>
          <Button variant="default" onClick={() => void navigate({ to: '/' })}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A commune's name (reference data, cached for the visit), its code until it has loaded. */
function CommuneName({ code }: { code: string }) {
  const unit = useQuery(unitQuery('2025', code));
  return <>{unit.data?.name ?? code}</>;
}

/** After the report: its case number, the register children it may be about, and the way to the case. */
function ReportResult({ created, onAnother }: { created: ReportCreated; onAnother: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const mayReadChildren = childScope(me, 'children.read').kind !== 'none';
  return (
    <Page title={t('report.doneTitle')}>
      <Alert color="teal" role="status" title={t('report.doneCase', { number: created.caseNumber })}>
        {created.linkedToOpenCase ? t('report.doneLinked') : t('report.doneOpened')}
      </Alert>
      {created.childCandidates.length > 0 && (
        <Alert color="yellow" title={t('report.candidatesTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('report.candidatesText')}</Text>
            <List size="sm" spacing={4}>
              {created.childCandidates.map((c) => (
                <List.Item key={c.id}>
                  {mayReadChildren ? (
                    <Anchor
                      fw={600}
                      renderRoot={(props) => (
                        <Link {...props} to="/children/$childId" params={{ childId: c.id }} target="_blank" />
                      )}
                    >
                      {c.fullName}
                    </Anchor>
                  ) : (
                    <Text span fw={600}>
                      {c.fullName}
                    </Text>
                  )}{' '}
                  — {formatDate(`${c.birthDate}T00:00:00`)}, <CommuneName code={c.communeCode} />
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      <Group gap="xs">
        {can(me, 'cases.read') && (
          <Button
            renderRoot={(props) => (
              <Link {...props} to="/cases/$caseId" params={{ caseId: created.caseId }} />
            )}
          >
            {t('report.openCase')}
          </Button>
        )}
        <Button variant="default" onClick={onAnother}>
          {t('report.another')}
        </Button>
      </Group>
    </Page>
  );
}
