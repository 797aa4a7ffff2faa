import { Anchor, Badge, Button, Group, Select } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { AmPlanStatus } from '../../../shared/domain/ActionMonth';
import { useI18n } from '../../i18n/context';
import type { ExportFormat } from './am-api';
import { formatCount, formatVnd } from './am-format';
import { MONEY_FIGURES } from './am-figures';
import {
  PLAN_STATUS_LABEL,
  REPORT_STATUS_COLOR,
  REPORT_STATUS_LABEL,
  type AmUnitStatus,
  type Figure,
} from './am-labels';

/** Small pieces the Action Month pages share. */

export function ReportStatusBadge({ status }: { status: AmUnitStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={REPORT_STATUS_COLOR[status]} variant="light">
      {t(REPORT_STATUS_LABEL[status])}
    </Badge>
  );
}

export function PlanStatusBadge({ status }: { status: AmPlanStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={status === 'issued' ? 'teal' : 'yellow'} variant="light">
      {t(PLAN_STATUS_LABEL[status])}
    </Badge>
  );
}

export function figureText(figure: Figure, value: number): string {
  return MONEY_FIGURES.has(figure) ? formatVnd(value) : formatCount(value);
}

/** The years a user may pick: every year with a theme, this year and the next. */
export function YearPicker({
  value,
  years,
  onChange,
}: {
  value: number;
  years: readonly number[];
  onChange: (year: number) => void;
}) {
  const { t } = useI18n();
  const all = [...new Set([...years, value])].sort((a, b) => b - a);
  return (
    <Select
      label={t('am.year')}
      data={all.map((y) => ({ value: String(y), label: String(y) }))}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={110}
      size="sm"
    />
  );
}

export function BackToActionMonth({ year }: { year?: number }) {
  const { t } = useI18n();
  return (
    <Anchor
      size="sm"
      renderRoot={(props) => <Link {...props} to="/action-month" search={year ? { year } : {}} />}
    >
      ← {t('am.backHome')}
    </Anchor>
  );
}

/** The official document as PDF, Word and Excel: plain links, the browser downloads the file. */
export function ExportButtons({ urlOf, label }: { urlOf: (f: ExportFormat) => string; label: string }) {
  const { t } = useI18n();
  const formats: { format: ExportFormat; text: string }[] = [
    { format: 'pdf', text: t('am.export.pdf') },
    { format: 'docx', text: t('am.export.docx') },
    { format: 'xlsx', text: t('am.export.xlsx') },
  ];
  return (
    <Group gap="xs" role="group" aria-label={label}>
      {formats.map(({ format, text }) => (
        <Button key={format} component="a" href={urlOf(format)} download variant="default" size="sm">
          {text}
        </Button>
      ))}
    </Group>
  );
}
