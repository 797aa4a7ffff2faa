import {
  Button,
  Card,
  Combobox,
  Group,
  Loader,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  useCombobox,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Sex } from '../../../shared/domain/Child';
import type { FieldErrors } from '../../api/form-errors';
import { DateField } from '../../components/DateField';
import { errorMessage } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { SEX_LABEL } from '../children/child-labels';
import { childTypeaheadQuery } from './reports-api';
import type { ChildMode, LinkedChild, ReportFormValues } from './report-form-values';

const MIN_QUERY = 2;

/** Finds a child of the register by name (no diacritics needed) and picks one. */
function RegisterChildSearch({ onPick, error }: { onPick: (child: LinkedChild) => void; error?: string }) {
  const { t } = useI18n();
  const combobox = useCombobox();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const searching = debounced.length >= MIN_QUERY;
  const results = useQuery({ ...childTypeaheadQuery(debounced), enabled: searching });
  const items = searching ? (results.data?.items ?? []) : [];

  const pick = (id: string) => {
    const c = items.find((i) => i.id === id);
    if (!c) return;
    onPick({ id: c.id, fullName: c.fullName, birthDate: c.birthDate, communeName: c.communeName });
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.Target>
        <TextInput
          label={t('report.child.search')}
          description={t('report.child.searchHint')}
          placeholder={t('report.child.searchPlaceholder')}
          value={search}
          error={error}
          autoComplete="off"
          rightSection={results.isFetching ? <Loader size="xs" aria-hidden /> : null}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!searching}>
        <Combobox.Options mah={300} style={{ overflowY: 'auto' }} aria-label={t('report.child.search')}>
          {items.map((c) => (
            <Combobox.Option value={c.id} key={c.id}>
              <Text size="sm" fw={600}>
                {c.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDate(`${c.birthDate}T00:00:00`)} · {c.communeName ?? c.communeCode}
                {c.village ? ` · ${c.village}` : ''}
              </Text>
            </Combobox.Option>
          ))}
          {results.isError && <Combobox.Empty>{errorMessage(results.error, t)}</Combobox.Empty>}
          {results.data && items.length === 0 && !results.isFetching && (
            <Combobox.Empty>{t('report.child.noMatch')}</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/**
 * Mẫu 01, the child: either a child of the register (searched by name) or described as the reporter knows it
 * (name, date of birth or an estimated age, sex); in both cases where the child is now and in what condition.
 */
export function ReportChildSection({
  v,
  errors,
  canSearchRegister,
  onChange,
}: {
  v: ReportFormValues;
  errors: FieldErrors;
  canSearchRegister: boolean;
  onChange: (patch: Partial<ReportFormValues>) => void;
}) {
  const { t } = useI18n();
  const setChild = (patch: Partial<ReportFormValues['child']>) =>
    onChange({ child: { ...v.child, ...patch } });
  const mode: ChildMode = canSearchRegister ? v.childMode : 'describe';

  return (
    <Stack gap="sm">
      {canSearchRegister && (
        <Radio.Group
          label={t('report.child.mode')}
          value={mode}
          onChange={(m) => onChange({ childMode: m === 'register' ? 'register' : 'describe' })}
        >
          <Stack gap={6} mt={4}>
            <Radio value="register" label={t('report.child.modeRegister')} />
            <Radio value="describe" label={t('report.child.modeDescribe')} />
          </Stack>
        </Radio.Group>
      )}

      {mode === 'register' &&
        (v.linkedChild ? (
          <Card withBorder padding="sm">
            <Group justify="space-between" gap="xs">
              <div>
                <Text fw={600}>{v.linkedChild.fullName}</Text>
                <Text size="sm" c="dimmed">
                  {formatDate(`${v.linkedChild.birthDate}T00:00:00`)}
                  {v.linkedChild.communeName ? ` · ${v.linkedChild.communeName}` : ''}
                </Text>
              </div>
              <Button variant="default" size="xs" onClick={() => onChange({ linkedChild: null })}>
                {t('report.child.unlink')}
              </Button>
            </Group>
          </Card>
        ) : (
          <RegisterChildSearch error={errors.childId} onPick={(linkedChild) => onChange({ linkedChild })} />
        ))}

      {mode === 'describe' && (
        <>
          <TextInput
            label={t('report.child.fullName')}
            description={t('report.child.fullNameHint')}
            value={v.child.fullName}
            onChange={(e) => setChild({ fullName: e.currentTarget.value })}
            maxLength={200}
            autoComplete="off"
            error={errors['child.fullName']}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <div>
              <DateField
                label={t('report.child.birthDate')}
                value={v.child.birthDate}
                onChange={(birthDate) => setChild({ birthDate })}
              />
              {errors['child.birthDate'] && (
                <Text size="xs" c="red" role="alert">
                  {errors['child.birthDate']}
                </Text>
              )}
            </div>
            <NumberInput
              label={t('report.child.estimatedAge')}
              description={t('report.child.estimatedAgeHint')}
              value={v.child.estimatedAge ?? ''}
              onChange={(n) => setChild({ estimatedAge: typeof n === 'number' ? n : null })}
              min={0}
              max={17}
              allowDecimal={false}
              allowNegative={false}
              disabled={v.child.birthDate !== null}
              error={errors['child.estimatedAge']}
            />
          </SimpleGrid>
          <Radio.Group
            label={t('report.child.sex')}
            value={v.child.sex}
            onChange={(s) => setChild({ sex: Sex.parse(s) })}
            error={errors['child.sex']}
          >
            <Group gap="md" mt={4}>
              {Sex.options.map((s) => (
                <Radio key={s} value={s} label={t(SEX_LABEL[s])} />
              ))}
            </Group>
          </Radio.Group>
        </>
      )}

      <TextInput
        label={t('report.child.whereNow')}
        value={v.child.whereNow}
        onChange={(e) => setChild({ whereNow: e.currentTarget.value })}
        maxLength={500}
        error={errors['child.whereNow']}
      />
      <Textarea
        label={t('report.child.condition')}
        value={v.child.condition}
        onChange={(e) => setChild({ condition: e.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={2000}
        error={errors['child.condition']}
      />
    </Stack>
  );
}
