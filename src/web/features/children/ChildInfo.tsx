import { Badge, Stack, Table, Text } from '@mantine/core';
import type { Child, ChildSensitive } from '../../../shared/domain/Child';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import {
  DISABILITY_LEVEL_LABEL,
  formatBirth,
  HIV_LABEL,
  POVERTY_LABEL,
  RELATION_LABEL,
  SCHOOLING_LABEL,
  SEX_LABEL,
  yesNo,
} from './child-labels';
import { Facts, Section } from './ProfileParts';

export function ChildPersonal({ child: c }: { child: Child }) {
  const { t } = useI18n();
  const disability = [
    c.disabilityType,
    c.disabilityLevel ? t(DISABILITY_LEVEL_LABEL[c.disabilityLevel]) : null,
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <Section id="child-personal" title={t('child.personalTitle')}>
      <Facts
        items={[
          { label: t('child.field.fullName'), value: c.fullName },
          { label: t('child.field.personalId'), value: c.personalId },
          {
            label: t('child.field.birthDate'),
            value:
              c.birthPrecision === 'day'
                ? formatBirth(c.birthDate, c.birthPrecision, t)
                : `${formatBirth(c.birthDate, c.birthPrecision, t)} (${t('child.birthEstimated')})`,
          },
          { label: t('child.field.sex'), value: t(SEX_LABEL[c.sex]) },
          { label: t('child.field.ethnicity'), value: c.ethnicityName },
          {
            label: t('child.field.commune'),
            value: [c.communeName ?? c.communeCode, c.provinceName].filter(Boolean).join(', '),
          },
          { label: t('child.field.village'), value: c.village },
          { label: t('child.field.addressLine'), value: c.addressLine },
          {
            label: t('child.field.schooling'),
            value: [t(SCHOOLING_LABEL[c.schooling]), c.schoolName].filter(Boolean).join(' — '),
          },
          { label: t('child.disabilityTitle'), value: disability || t('child.none') },
          { label: t('child.field.healthInsurance'), value: yesNo(c.healthInsurance, t) },
          { label: t('child.field.birthRegistered'), value: yesNo(c.birthRegistered, t) },
        ]}
      />
    </Section>
  );
}

export function ChildFamily({ child: c }: { child: Child }) {
  const { t } = useI18n();
  return (
    <Section id="child-family" title={t('child.familyTitle')}>
      <Stack gap="sm">
        <Facts
          items={[{ label: t('child.field.householdPoverty'), value: t(POVERTY_LABEL[c.householdPoverty]) }]}
        />
        {c.caregivers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('child.noCaregivers')}
          </Text>
        ) : (
          <TableScroll label={t('child.field.caregivers')} minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('child.caregiver.relation')}</Table.Th>
                  <Table.Th scope="col">{t('child.caregiver.name')}</Table.Th>
                  <Table.Th scope="col">{t('child.caregiver.phone')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.caregivers.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td>{t(RELATION_LABEL[g.relation])}</Table.Td>
                    <Table.Td>
                      {g.fullName}{' '}
                      {g.isPrimary && (
                        <Badge size="sm" variant="light">
                          {t('child.caregiver.primary')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{g.phone ? <a href={`tel:${g.phone}`}>{g.phone}</a> : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Section>
  );
}

/** Shown only when the API sent the sensitive fields (children.read_sensitive inside the jurisdiction). */
export function ChildSensitivePanel({ sensitive: s }: { sensitive: ChildSensitive }) {
  const { t } = useI18n();
  return (
    <Section id="child-sensitive" title={t('child.sensitiveTitle')}>
      <Text size="xs" c="dimmed" mb="xs">
        {t('child.sensitiveNote')}
      </Text>
      <Facts
        items={[
          {
            label: t('child.field.hivStatus'),
            value: s.hivStatus ? t(HIV_LABEL[s.hivStatus]) : t('child.notKnown'),
          },
          { label: t('child.field.drugUse'), value: yesNo(s.drugUse, t) },
          { label: t('child.field.conflictWithLaw'), value: yesNo(s.conflictWithLaw, t) },
          { label: t('child.field.healthNotes'), value: s.healthNotes, wide: true },
        ]}
      />
    </Section>
  );
}
