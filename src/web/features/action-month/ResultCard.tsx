import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/context';
import { FIGURE_GROUPS, groupsFor, MONEY_FIGURES } from './am-figures';
import { ACTIVITY_TYPE_LABEL, FIGURE_GROUP_LABEL, FIGURE_LABEL, optionsOf, type Figure } from './am-labels';
import type { ResultDraft } from './report-drafts';

const countProps = {
  min: 0,
  allowDecimal: false,
  allowNegative: false,
  thousandSeparator: '.',
  decimalSeparator: ',',
};

/**
 * One result row of the report: the activity (from the plan, or typed in for one outside it) and its figures,
 * grouped; the groups that matter for the activity's type show first, the others one tap away.
 */
export function ResultCard({
  index,
  draft,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  draft: ResultDraft;
  /** Field errors of the report keyed "results.<index>.<field>". */
  errors: Record<string, string>;
  onChange: (next: ResultDraft) => void;
  onRemove: (() => void) | null;
}) {
  const { t } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const planned = draft.activityId !== null;
  const groups = groupsFor(draft.activityType, draft.figures, showAll);
  const error = (field: string) => errors[`results.${index}.${field}`];
  const setFigure = (f: Figure, value: number | string) =>
    onChange({ ...draft, figures: { ...draft.figures, [f]: typeof value === 'number' ? value : 0 } });
  const name = draft.title || t('am.result.untitled');

  return (
    <Card withBorder padding="sm" component="article" aria-label={t('am.result.cardLabel', { title: name })}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Group gap={6}>
            <Badge variant="light">{t(ACTIVITY_TYPE_LABEL[draft.activityType])}</Badge>
            <Badge variant="outline" color={planned ? 'blue' : 'gray'}>
              {planned ? t('am.result.planned') : t('am.result.unplanned')}
            </Badge>
          </Group>
          {onRemove && (
            <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove}>
              {t('am.result.remove')}
            </Button>
          )}
        </Group>
        {planned ? (
          <Text fw={600}>{draft.title}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('am.activity.type')}
              data={optionsOf(ACTIVITY_TYPE_LABEL, t)}
              value={draft.activityType}
              onChange={(v) => v && onChange({ ...draft, activityType: v })}
              allowDeselect={false}
              error={error('activityType')}
            />
            <TextInput
              label={t('am.result.title')}
              value={draft.title}
              onChange={(e) => onChange({ ...draft, title: e.currentTarget.value })}
              error={error('title')}
              required
            />
          </SimpleGrid>
        )}
        {groups.map((g) => (
          <fieldset key={g} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Text component="legend" size="sm" fw={600} mb={4}>
              {t(FIGURE_GROUP_LABEL[g])}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
              {FIGURE_GROUPS[g].map((f) => (
                <NumberInput
                  key={f}
                  label={t(FIGURE_LABEL[f])}
                  value={draft.figures[f]}
                  onChange={(v) => setFigure(f, v)}
                  error={error(f)}
                  suffix={MONEY_FIGURES.has(f) ? ' đ' : undefined}
                  inputMode="numeric"
                  hideControls
                  size="sm"
                  {...countProps}
                />
              ))}
            </SimpleGrid>
          </fieldset>
        ))}
        <Anchor component="button" type="button" size="sm" onClick={() => setShowAll((v) => !v)}>
          {showAll ? t('am.result.fewerFigures') : t('am.result.allFigures')}
        </Anchor>
        <Textarea
          label={t('am.result.notes')}
          value={draft.notes}
          onChange={(e) => onChange({ ...draft, notes: e.currentTarget.value })}
          error={error('notes')}
          autosize
          minRows={1}
        />
      </Stack>
    </Card>
  );
}
