import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AmThemeInput, type AmTheme } from '../../../shared/domain/ActionMonth';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { invalidateAm, saveTheme } from './am-api';
import { AmDateField } from './AmDateField';

/** Slogans are typed one per line; blank lines are dropped. */
export function slogansOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A year's theme, slogans, guiding document, period and the two report deadlines. A new year starts with the usual
 * period (01/06–30/06, Luật Trẻ em Điều 11) and the default deadlines of the reference data (19/07 and 31/07).
 */
export function ThemeForm({
  theme,
  existingYears,
  suggestedYear,
  onDone,
}: {
  theme: AmTheme | null;
  existingYears: readonly number[];
  suggestedYear: number;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [year, setYear] = useState<number>(theme?.year ?? suggestedYear);
  const [text, setText] = useState(theme?.theme ?? '');
  const [slogans, setSlogans] = useState((theme?.slogans ?? []).join('\n'));
  const [guidingDocument, setGuidingDocument] = useState(theme?.guidingDocument ?? '');
  const [periodStart, setPeriodStart] = useState<string | null>(theme?.periodStart ?? `${year}-06-01`);
  const [periodEnd, setPeriodEnd] = useState<string | null>(theme?.periodEnd ?? `${year}-06-30`);
  const [communeDue, setCommuneDue] = useState<string | null>(theme?.communeReportDue ?? `${year}-07-19`);
  const [provinceDue, setProvinceDue] = useState<string | null>(theme?.provinceReportDue ?? `${year}-07-31`);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: AmThemeInput) => saveTheme(year, input),
    onSuccess: async () => {
      await invalidateAm(queryClient);
      onDone();
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };

  /** A new year moves the default dates along with it. */
  const changeYear = (next: number) => {
    setYear(next);
    setPeriodStart(`${next}-06-01`);
    setPeriodEnd(`${next}-06-30`);
    setCommuneDue(`${next}-07-19`);
    setProvinceDue(`${next}-07-31`);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!theme && existingYears.includes(year)) return setErrors({ year: t('am.themes.yearExists') });
    const checked = validateWith(
      AmThemeInput,
      {
        theme: text,
        slogans: slogansOf(slogans),
        guidingDocument: guidingDocument || null,
        periodStart: periodStart ?? '',
        periodEnd: periodEnd ?? '',
        communeReportDue: communeDue ?? '',
        provinceReportDue: provinceDue ?? '',
      },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('am.themes.formLabel', { year })}>
      <Stack gap="sm">
        {Boolean(save.error) && <ErrorAlert error={save.error} />}
        {!theme && (
          <NumberInput
            label={t('am.year')}
            value={year}
            onChange={(v) => typeof v === 'number' && changeYear(v)}
            min={2000}
            max={2100}
            allowDecimal={false}
            error={shown.year}
            w={140}
            required
          />
        )}
        <Textarea
          label={t('am.themes.theme')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={shown.theme}
          autosize
          minRows={2}
          required
        />
        <Textarea
          label={t('am.themes.slogans')}
          description={t('am.themes.slogansHint')}
          value={slogans}
          onChange={(e) => setSlogans(e.currentTarget.value)}
          error={Object.entries(shown).find(([k]) => k.startsWith('slogans'))?.[1]}
          autosize
          minRows={3}
        />
        <TextInput
          label={t('am.themes.guidingDocument')}
          placeholder={t('am.themes.guidingDocumentPlaceholder')}
          value={guidingDocument}
          onChange={(e) => setGuidingDocument(e.currentTarget.value)}
          error={shown.guidingDocument}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <AmDateField
            label={t('am.themes.periodStart')}
            value={periodStart}
            onChange={setPeriodStart}
            error={shown.periodStart}
          />
          <AmDateField
            label={t('am.themes.periodEnd')}
            value={periodEnd}
            onChange={setPeriodEnd}
            error={shown.periodEnd}
          />
          <AmDateField
            label={t('am.themes.communeDue')}
            value={communeDue}
            onChange={setCommuneDue}
            error={shown.communeReportDue}
          />
          <AmDateField
            label={t('am.themes.provinceDue')}
            value={provinceDue}
            onChange={setProvinceDue}
            error={shown.provinceReportDue}
          />
        </SimpleGrid>
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {t('action.save')}
          </Button>
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
