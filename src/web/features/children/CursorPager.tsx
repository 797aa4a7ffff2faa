import { Button, Group, Text } from '@mantine/core';
import { useI18n } from '../../i18n/context';

/** Previous / next for a list paged by cursor (the register search keeps no total: counting would scan). */
export function CursorPager({
  page,
  hasNext,
  disabled,
  onPrevious,
  onNext,
}: {
  page: number;
  hasNext: boolean;
  disabled?: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useI18n();
  if (page === 1 && !hasNext) return null;
  return (
    <Group component="nav" aria-label={t('pager.label')} gap="xs" justify="flex-end">
      <Button variant="default" size="xs" onClick={onPrevious} disabled={page === 1 || disabled}>
        {t('pager.previous')}
      </Button>
      <Text size="sm" aria-current="page">
        {t('pager.page', { page })}
      </Text>
      <Button variant="default" size="xs" onClick={onNext} disabled={!hasNext || disabled}>
        {t('pager.next')}
      </Button>
    </Group>
  );
}
