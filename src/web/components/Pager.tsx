import { Group, Pagination, Text } from '@mantine/core';
import { useI18n } from '../i18n/context';

/** "21–40 of 57" and page buttons, for lists paged by limit/offset. */
export function Pager({
  total,
  limit,
  offset,
  onOffset,
}: {
  total: number;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useI18n();
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm">
        {t('pager.summary', { from: offset + 1, to: Math.min(offset + limit, total), total })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('pager.label')}>
          <Pagination
            total={pages}
            value={page}
            onChange={(p) => onOffset((p - 1) * limit)}
            size="sm"
            siblings={0}
            boundaries={1}
          />
        </nav>
      )}
    </Group>
  );
}
