import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../../i18n/context';
import { formatBirth, SEX_LABEL } from '../../children/child-labels';
import { childSearchQuery } from '../../children/children-api';
import { ACTION_LABEL } from '../case-labels';
import { FieldError } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

/**
 * Links a case about a child not yet identified to the child's record in the register: search by name (as the
 * register does: no diacritics needed, typos tolerated), starting from the name given in the report.
 */
export function LinkChildForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'LINK_CHILD');
  const [q, setQ] = useState(detail.reports[0]?.content.child.fullName ?? '');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [childId, setChildId] = useState<string | null>(null);
  const results = useQuery({
    ...childSearchQuery({ q: debounced, communeCode: detail.communeCode }, 10, null),
    enabled: debounced.length >= 2,
  });
  const items = debounced.length >= 2 ? (results.data?.items ?? []) : [];
  return (
    <StepForm
      label={t(ACTION_LABEL.LINK_CHILD)}
      step={step}
      onCancel={onCancel}
      onSubmit={() => step.submit({ data: { childId: childId ?? undefined }, text: {} }, onDone)}
    >
      <TextInput
        label={t('case.linkChild.search')}
        description={t('case.linkChild.searchHint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        type="search"
      />
      <Radio.Group label={t('case.linkChild.pick')} value={childId} onChange={setChildId} required>
        <Stack gap="xs" mt={6} aria-live="polite">
          {items.length === 0 && (
            <Text size="sm" c="dimmed">
              {results.isFetching ? t('state.loading') : t('case.linkChild.none')}
            </Text>
          )}
          {items.map((c) => (
            <Radio
              key={c.id}
              value={c.id}
              label={c.fullName}
              description={[formatBirth(c.birthDate, c.birthPrecision, t), t(SEX_LABEL[c.sex]), c.village]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </Stack>
      </Radio.Group>
      <FieldError error={step.errors['data.childId']} />
    </StepForm>
  );
}
