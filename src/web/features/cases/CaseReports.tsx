import { Anchor, Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { CaseDetail } from '../../../shared/domain/Case';
import type { ReportView } from '../../../shared/domain/Report';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { formatDay, SEX_LABEL } from '../children/child-labels';
import { Facts, Section, type Fact } from '../children/ProfileParts';
import {
  CHANNEL_LABEL,
  ENVIRONMENT_LABEL,
  labelOf,
  PERPETRATOR_LABEL,
  REPORTER_LABEL,
  URGENCY_LABEL,
} from './case-labels';
import { useHarmTypeNames } from './useHarmTypeNames';

function nameAge(name: string | null, age: number | null, job: string | null, t: Translate): string {
  return [name, typeof age === 'number' ? t('case.ageYears', { age }) : null, job].filter(Boolean).join(', ');
}

function label(t: Translate, id: ReturnType<typeof labelOf>, raw: string): string {
  return id ? t(id) : raw;
}

/** The reporter: identity only when the API gives it (consent, and a role that may see it); never guessed. */
function reporterText(r: ReportView, t: Translate): string {
  if (r.reporter) {
    const who = [r.reporter.name, r.reporter.phone, r.reporter.address].filter(Boolean).join(' · ');
    const relation = label(t, labelOf(REPORTER_LABEL, r.reporter.relation), r.reporter.relation);
    return who ? `${who} (${relation})` : relation;
  }
  return r.reporterAnonymous ? t('case.reporterAnonymous') : t('case.reporterHidden');
}

function ReportFacts({ r }: { r: ReportView }) {
  const { t } = useI18n();
  const harmNames = useHarmTypeNames();
  const c = r.content.child;
  const f = r.content.family;
  const birth = c.birthDate
    ? formatDay(c.birthDate)
    : typeof c.estimatedAge === 'number'
      ? t('case.estimatedAge', { age: c.estimatedAge })
      : null;
  const items: Fact[] = [
    { label: t('case.field.channel'), value: label(t, labelOf(CHANNEL_LABEL, r.channel), r.channel) },
    { label: t('case.field.receivedAt'), value: formatDateTime(r.receivedAt) },
    { label: t('case.field.receivedBy'), value: r.receivedBy?.name },
    { label: t('case.field.receivingAgency'), value: r.receivingAgency?.name },
    { label: t('case.field.childName'), value: c.fullName ?? t('case.childUnnamed') },
    { label: t('case.field.birthOrAge'), value: birth },
    { label: t('case.field.sex'), value: t(SEX_LABEL[c.sex] ?? 'child.sex.unknown') },
    { label: t('case.field.whereNow'), value: c.whereNow },
    { label: t('case.field.childCondition'), value: c.condition, wide: true },
    { label: t('case.field.description'), value: r.content.description, wide: true },
    { label: t('case.field.eventPlace'), value: r.content.eventPlace },
    { label: t('case.field.harmTypes'), value: harmNames(r.harmTypes) },
    { label: t('case.field.environment'), value: t(ENVIRONMENT_LABEL[r.environment]) },
    { label: t('case.field.perpetrator'), value: t(PERPETRATOR_LABEL[r.perpetratorRelation]) },
    { label: t('case.field.urgency'), value: t(URGENCY_LABEL[r.urgency]) },
    { label: t('case.field.father'), value: nameAge(f.fatherName, f.fatherAge, f.fatherJob, t) },
    { label: t('case.field.mother'), value: nameAge(f.motherName, f.motherAge, f.motherJob, t) },
    { label: t('case.field.caregiver'), value: f.caregiver },
    { label: t('case.field.familySituation'), value: f.situation, wide: true },
    { label: t('case.field.actionsTaken'), value: r.content.actionsTaken, wide: true },
    { label: t('case.field.predicted'), value: r.content.predictedConsequences, wide: true },
    { label: t('case.field.notes'), value: r.content.notes, wide: true },
    { label: t('case.field.reporter'), value: reporterText(r, t), wide: true },
  ];
  // A report often leaves most Mẫu 01 fields empty: show what was said, not a column of dashes.
  return <Facts items={items.filter((f) => f.value !== null && f.value !== undefined && f.value !== '')} />;
}

/** Thông tin tiếp nhận (Mẫu 01): every report of the case, oldest first, with its attachments. */
export function CaseReports({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  return (
    <Section id="case-reports" title={t('case.reportsTitle', { count: detail.reports.length })}>
      <Stack gap="md">
        {detail.reports.map((r, i) => (
          <Fragment key={r.id}>
            {i > 0 && <Divider />}
            <Text fw={600} size="sm">
              {t('case.reportHeading', { n: i + 1, at: formatDateTime(r.receivedAt) })}
            </Text>
            <ReportFacts r={r} />
            {r.attachments.length > 0 && (
              <Group gap="sm">
                {r.attachments.map((a, k) => (
                  <Anchor
                    key={a.id}
                    size="sm"
                    href={`/api/reports/${encodeURIComponent(r.id)}/attachments/${encodeURIComponent(a.id)}`}
                    target="_blank"
                    rel="noopener"
                  >
                    {t('case.attachment', { n: k + 1 })}
                  </Anchor>
                ))}
              </Group>
            )}
          </Fragment>
        ))}
      </Stack>
    </Section>
  );
}
