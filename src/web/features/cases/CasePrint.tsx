import { Anchor, Button, Stack, Text } from '@mantine/core';
import type { CaseDetail } from '../../../shared/domain/Case';
import type { FormCode } from '../../../shared/workflow/case-workflow';
import type { MessageId } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { Section } from '../children/ProfileParts';
import { caseFileUrl, caseFormUrl } from './cases-api';
import { printableForms } from './printable-forms';

/** Nghị định 56/2017/NĐ-CP, Phụ lục: the forms Mẫu số 01–07 (domain.md §2.2). */
export const FORM_TITLE: Record<FormCode, MessageId> = {
  M01: 'case.form.M01',
  M02: 'case.form.M02',
  M03: 'case.form.M03',
  M04: 'case.form.M04',
  M05: 'case.form.M05',
  M06: 'case.form.M06',
  M07: 'case.form.M07',
};

/** In bản in: a PDF of each form the case has, in the official layout, and the whole case file as one PDF. */
export function CasePrint({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const forms = printableForms(detail);
  return (
    <Section
      id="case-print"
      title={t('case.printTitle')}
      actions={
        <Button component="a" href={caseFileUrl(detail.id)} variant="light" size="xs">
          {t('case.printFile')}
        </Button>
      }
    >
      {forms.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('case.printNone')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {forms.map((f) => (
            <li key={`${f.form}-${f.index}`}>
              <Anchor size="sm" href={caseFormUrl(detail.id, f.form, f.index)}>
                {t('case.formLink', {
                  code: f.form.slice(1),
                  title: t(FORM_TITLE[f.form]),
                  date: formatDate(f.at),
                })}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}
