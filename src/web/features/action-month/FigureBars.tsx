import { Box, Group, Select, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../../i18n/context';
import { ALL_FIGURES, barPercents } from './am-figures';
import { FIGURE_LABEL, type Figure } from './am-labels';
import { figureText } from './AmBits';

export type Bar = { key: string; label: string; value: number };

/**
 * A horizontal bar chart in plain HTML and CSS (no chart library in the bundle): each bar is a list item with its
 * label and its value as text, so screen readers read the numbers; the bar itself is decoration.
 */
export function FigureBars({ bars, figure, label }: { bars: readonly Bar[]; figure: Figure; label: string }) {
  const percents = barPercents(bars.map((b) => b.value));
  return (
    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {bars.map((b, i) => (
        <li key={b.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" style={{ minWidth: 0 }} truncate>
              {b.label}
            </Text>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {figureText(figure, b.value)}
            </Text>
          </Group>
          <Box bg="gray.1" h={10} style={{ borderRadius: 4 }} aria-hidden>
            <Box
              bg="blue.6"
              h={10}
              style={{ width: `${percents[i]}%`, borderRadius: 4, minWidth: b.value > 0 ? 2 : 0 }}
            />
          </Box>
        </li>
      ))}
    </Stack>
  );
}

/** Which figure a chart shows. */
export function FigureSelect({ value, onChange }: { value: Figure; onChange: (f: Figure) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <Select
      id={id}
      label={t('am.rollup.chartFigure')}
      data={ALL_FIGURES.map((f) => ({ value: f, label: t(FIGURE_LABEL[f]) }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      w={{ base: '100%', xs: 280 }}
      size="sm"
    />
  );
}
