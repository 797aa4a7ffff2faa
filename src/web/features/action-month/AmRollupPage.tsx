import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { AmRollup } from '../../../shared/domain/ActionMonth';
import { useMe } from '../../api/useMe';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { provincesQuery } from '../units/units-api';
import { rollupQuery, themesQuery } from './am-api';
import { vietnamYear } from './am-format';
import { ALL_FIGURES } from './am-figures';
import { ACTIVITY_TYPE_LABEL, FIGURE_LABEL, type Figure } from './am-labels';
import { amViewOf } from './am-view';
import { BackToActionMonth, figureText, YearPicker } from './AmBits';
import { AmSection } from './AmSection';
import { FigureBars, FigureSelect } from './FigureBars';
import { RollupCompleteness } from './RollupCompleteness';
import { RollupUnitsTable } from './RollupUnitsTable';
import { YearComparison } from './YearComparison';

const route = getRouteApi('/_app/action-month/rollup');

/** Every figure of the scope as a card: the headline numbers of the report to the level above. */
function TotalsCards({ rollup }: { rollup: AmRollup }) {
  const { t } = useI18n();
  return (
    <AmSection title={t('am.rollup.totalsTitle', { count: rollup.totals.reportCount })}>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="xs">
        {ALL_FIGURES.map((f) => (
          <Card key={f} withBorder padding="xs" bg={rollup.totals.total[f] ? undefined : 'gray.0'}>
            <Text size="xs" c="dimmed" lh={1.3}>
              {t(FIGURE_LABEL[f])}
            </Text>
            <Text fw={700} fz={{ base: 'md', sm: 'lg' }}>
              {figureText(f, rollup.totals.total[f])}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </AmSection>
  );
}

function ByTypeChart({ rollup }: { rollup: AmRollup }) {
  const { t } = useI18n();
  const [figure, setFigure] = useState<Figure>('childrenReached');
  const title = t('am.rollup.byTypeTitle');
  return (
    <AmSection title={title}>
      <FigureSelect value={figure} onChange={setFigure} />
      {rollup.totals.byType.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('am.figures.none')}
        </Text>
      ) : (
        <FigureBars
          figure={figure}
          label={t('am.rollup.byTypeLabel', { figure: t(FIGURE_LABEL[figure]) })}
          bars={rollup.totals.byType.map((bt) => ({
            key: bt.type,
            label: t(ACTIVITY_TYPE_LABEL[bt.type]),
            value: bt.figures[figure],
          }))}
        />
      )}
    </AmSection>
  );
}

/**
 * Tổng hợp kết quả: the roll-up of a province (its communes and agencies) or of the nation (its provinces), from
 * accepted reports only, with completeness, charts and the comparison with earlier years. The ministry drills down
 * into a province (?provinceCode=).
 */
export function AmRollupPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const year = search.year ?? vietnamYear();
  const provinceCode = search.provinceCode;
  const themes = useQuery(themesQuery);
  const provinces = useQuery(provincesQuery());
  const rollup = useQuery(rollupQuery(year, provinceCode));
  const national = amViewOf(me).level === 'national';
  const provinceName =
    provinces.data?.items.find((p) => p.code === (provinceCode ?? me.provinceCode))?.name ?? null;
  const scopeName =
    rollup.data?.scope === 'national' ? t('am.rollup.nation') : (provinceName ?? me.unitName ?? '');

  return (
    <Page
      title={t('am.rollup.title', { year, scope: scopeName })}
      actions={
        <YearPicker
          value={year}
          years={[...(themes.data ?? []).map((th) => th.year), vietnamYear()]}
          onChange={(y) => void navigate({ search: (s) => ({ ...s, year: y }) })}
        />
      }
    >
      <Stack gap={6} mt={-8}>
        <BackToActionMonth year={year} />
        {national && provinceCode && (
          <Anchor
            size="sm"
            renderRoot={(props) => <Link {...props} to="/action-month/rollup" search={{ year }} />}
          >
            ← {t('am.rollup.backToNation')}
          </Anchor>
        )}
      </Stack>
      {rollup.isPending ? (
        <LoadingState />
      ) : rollup.isError ? (
        <ErrorState error={rollup.error} onRetry={() => void rollup.refetch()} />
      ) : (
        <>
          <RollupCompleteness rollup={rollup.data} />
          <TotalsCards rollup={rollup.data} />
          <ByTypeChart rollup={rollup.data} />
          <RollupUnitsTable rollup={rollup.data} />
          <YearComparison year={year} provinceCode={provinceCode} />
        </>
      )}
    </Page>
  );
}
