import { Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { themesQuery } from './am-api';
import { vietnamYear } from './am-format';
import { amViewOf } from './am-view';
import { YearPicker } from './AmBits';
import { HomeNational } from './HomeNational';
import { HomeProvince } from './HomeProvince';
import { HomeUnit } from './HomeUnit';
import { ThemeCard } from './ThemeCard';

const route = getRouteApi('/_app/action-month');

/**
 * Tháng hành động vì trẻ em: the year's theme, then what the user's level does this year — a commune or agency its
 * report, assignments and plan; a province the reviews, its plan and its report to the ministry; the ministry the
 * provinces' reports and the national roll-up. The year is in the address (?year=).
 */
export function ActionMonthHomePage() {
  const { t } = useI18n();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const thisYear = vietnamYear();
  const year = search.year ?? thisYear;
  const themes = useQuery(themesQuery);
  const view = amViewOf(me);
  const years = [...(themes.data ?? []).map((th) => th.year), thisYear, thisYear + 1];
  const theme = themes.data?.find((th) => th.year === year) ?? null;

  return (
    <Page
      title={t('am.title')}
      actions={
        <>
          {can(me, 'action_month.themes') && (
            <Button
              variant="default"
              size="sm"
              renderRoot={(props) => <Link {...props} to="/action-month/themes" />}
            >
              {t('am.themes.link')}
            </Button>
          )}
          <YearPicker
            value={year}
            years={years}
            onChange={(y) => void navigate({ search: (s) => ({ ...s, year: y }) })}
          />
        </>
      }
    >
      {themes.isPending ? (
        <LoadingState />
      ) : themes.isError ? (
        <ErrorState error={themes.error} onRetry={() => void themes.refetch()} />
      ) : (
        <Stack gap="md">
          <ThemeCard year={year} theme={theme} />
          {view.level === 'national' ? (
            <HomeNational year={year} theme={theme} view={view} />
          ) : view.level === 'province' ? (
            <HomeProvince year={year} theme={theme} view={view} />
          ) : (
            <HomeUnit year={year} theme={theme} view={view} />
          )}
        </Stack>
      )}
    </Page>
  );
}
