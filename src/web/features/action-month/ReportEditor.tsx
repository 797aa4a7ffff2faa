import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { AmReportUpdate, type AmReportDetail } from '../../../shared/domain/ActionMonth';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { invalidateAm, isConflict, reportQuery, submitReport, updateReport } from './am-api';
import { sumFigures } from './am-figures';
import { AmSection } from './AmSection';
import { FigureGrid } from './FigureTables';
import { draftOf, isDirty, newResult, updateBody, type ReportDraft } from './report-drafts';
import { ResultCard } from './ResultCard';
import { SubmitReportButton } from './SubmitReportButton';

/**
 * The unit's result report while it may still change (draft, or returned for correction): a card per result row,
 * rows for activities outside the plan, the narrative, and Save / Submit. Saving sends the version read; a 409 means
 * someone else saved or the report moved on — the page reloads it (the parent remounts this editor on a new version).
 */
export function ReportEditor({
  report,
  onSaved,
  onConflict,
}: {
  report: AmReportDetail;
  onSaved: (what: 'saved' | 'submitted') => void;
  onConflict: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const saved = useRef(draftOf(report));
  const [draft, setDraft] = useState<ReportDraft>(saved.current);
  const [errors, setErrors] = useState<FieldErrors>({});
  const nextKey = useRef(0);
  const dirty = isDirty(draft, saved.current);

  const conflict = async (err: unknown) => {
    if (!isConflict(err)) return;
    onConflict();
    await invalidateAm(queryClient);
  };
  const save = useMutation({
    mutationFn: (body: AmReportUpdate) => updateReport(report.id, body),
    onError: conflict,
  });
  const submit = useMutation({
    mutationFn: (version: number) => submitReport(report.id, version),
    onError: conflict,
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };

  /** Validates and saves; answers the report as saved (or null when the form has errors or the save failed). */
  const persist = async (): Promise<AmReportDetail | null> => {
    const checked = validateWith(AmReportUpdate, updateBody(draft, report.version), locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      return null;
    }
    setErrors({});
    try {
      return await save.mutateAsync(checked.data);
    } catch {
      return null;
    }
  };
  const done = async (next: AmReportDetail, what: 'saved' | 'submitted') => {
    queryClient.setQueryData(reportQuery(report.id).queryKey, next);
    onSaved(what);
    await invalidateAm(queryClient);
  };
  const onSave = async () => {
    const next = await persist();
    if (next) await done(next, 'saved');
  };
  const onSubmit = async () => {
    const current = dirty ? await persist() : report;
    if (!current) return;
    try {
      await done(await submit.mutateAsync(current.version), 'submitted');
    } catch {
      // shown from submit.error
    }
  };

  const setResult = (index: number, next: ReportDraft['results'][number]) =>
    setDraft((d) => ({ ...d, results: d.results.map((r, i) => (i === index ? next : r)) }));
  const removeResult = (index: number) =>
    setDraft((d) => ({ ...d, results: d.results.filter((_, i) => i !== index) }));
  const addResult = () => {
    nextKey.current += 1;
    setDraft((d) => ({ ...d, results: [...d.results, newResult(`new-${nextKey.current}`)] }));
  };
  const failure = save.error ?? submit.error;

  return (
    <Stack gap="md">
      <AmSection title={t('am.result.sectionTitle', { count: draft.results.length })}>
        {draft.results.length === 0 && <Text size="sm">{t('am.result.noneYet')}</Text>}
        {draft.results.map((r, i) => (
          <ResultCard
            key={r.key}
            index={i}
            draft={r}
            errors={shown}
            onChange={(next) => setResult(i, next)}
            onRemove={r.activityId === null ? () => removeResult(i) : null}
          />
        ))}
        <Group>
          <Button variant="default" onClick={addResult}>
            {t('am.result.add')}
          </Button>
        </Group>
      </AmSection>
      <AmSection title={t('am.report.narrative')}>
        <Textarea
          label={t('am.report.summary')}
          value={draft.summary}
          onChange={(e) => setDraft({ ...draft, summary: e.currentTarget.value })}
          error={shown.summary}
          autosize
          minRows={3}
        />
        <Textarea
          label={t('am.report.difficulties')}
          value={draft.difficulties}
          onChange={(e) => setDraft({ ...draft, difficulties: e.currentTarget.value })}
          error={shown.difficulties}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('am.report.recommendations')}
          value={draft.recommendations}
          onChange={(e) => setDraft({ ...draft, recommendations: e.currentTarget.value })}
          error={shown.recommendations}
          autosize
          minRows={2}
        />
      </AmSection>
      <AmSection title={t('am.report.ownTotals')}>
        <FigureGrid figures={sumFigures(draft.results.map((r) => r.figures))} />
      </AmSection>
      <Paper
        withBorder
        p="sm"
        shadow="sm"
        style={{ position: 'sticky', bottom: 0, zIndex: 5 }}
        aria-label={t('am.report.actionsLabel')}
        component="section"
      >
        <Stack gap="xs">
          {Object.keys(errors).length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {t('am.report.fixFields')}
            </Alert>
          )}
          {Boolean(failure) && !isConflict(failure) && <ErrorAlert error={failure} />}
          <Group gap="xs">
            <Button
              onClick={() => void onSave()}
              loading={save.isPending && !submit.isPending}
              disabled={!dirty}
            >
              {t('am.report.save')}
            </Button>
            <SubmitReportButton
              report={report}
              dirty={dirty}
              pending={submit.isPending || save.isPending}
              onConfirm={() => void onSubmit()}
            />
            <Text size="xs" c="dimmed">
              {dirty ? t('am.report.unsaved') : t('am.report.allSaved')}
            </Text>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
