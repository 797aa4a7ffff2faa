import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { HotlineContact } from '../../../shared/domain/Hotline';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { getContact, harmTypesQuery, untransferredContactsQuery } from './hotline-api';

/**
 * The counsellor's recent calls that were marked as needing local intervention but not transferred yet (the page
 * was left before transferring, or the network failed): each can be transferred from here. Hidden when none.
 */
export function UntransferredCalls({ onPick }: { onPick: (c: HotlineContact) => void }) {
  const { t, locale } = useI18n();
  const list = useQuery(untransferredContactsQuery);
  const harmTypes = useQuery(harmTypesQuery);
  // Opening the call reads its text (audited on the server) for the transfer form's defaults.
  const open = useMutation({ mutationFn: getContact, onSuccess: onPick });
  const items = (list.data?.items ?? []).filter((c) => c.needsLocalIntervention);
  if (items.length === 0) return null;
  const harmName = (code: string) => {
    const h = harmTypes.data?.find((x) => x.code === code);
    return h ? (locale === 'vi' ? h.nameVi : h.nameEn) : code;
  };
  const title = t('hotline.untransferred.title');

  return (
    <Stack gap="xs" component="section" aria-labelledby="hotline-untransferred-title">
      <Title order={2} size="h4" id="hotline-untransferred-title">
        {title}
      </Title>
      {Boolean(open.error) && <ErrorAlert error={open.error} />}
      <Stack gap="xs" component="ul" p={0} m={0} aria-label={title}>
        {items.map((c) => (
          <Paper key={c.id} withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
            <Group justify="space-between" gap="xs">
              <Stack gap={2}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {formatDateTime(c.startedAt)}
                  </Text>
                  <Badge color="orange" variant="light">
                    {t('hotline.untransferred.badge')}
                  </Badge>
                </Group>
                <Text size="xs">{c.categories.map(harmName).join(', ')}</Text>
              </Stack>
              <Button
                size="xs"
                variant="light"
                loading={open.isPending && open.variables === c.id}
                onClick={() => open.mutate(c.id)}
                aria-label={t('hotline.untransferred.transferCall', { time: formatDateTime(c.startedAt) })}
              >
                {t('hotline.transfer.submit')}
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
