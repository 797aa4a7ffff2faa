import { Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';

/**
 * One entry of an editable list: code, name, badges, the active switch and an edit button. Verified entries (the
 * law's wording) show neither: they cannot change.
 */
export function RefRow({
  code,
  name,
  secondary,
  verified,
  isActive,
  onToggle,
  onEdit,
}: {
  code: string;
  name: string;
  secondary: string | null;
  verified: boolean | null;
  isActive: boolean;
  onToggle: (active: boolean) => Promise<unknown>;
  onEdit: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: onToggle,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reference'] }),
  });
  return (
    <Paper withBorder p="xs" radius="sm" bg={isActive ? undefined : 'gray.0'}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} c={isActive ? undefined : 'dimmed'}>
              <Text span ff="monospace" size="sm" c="dimmed" mr={6}>
                {code}
              </Text>
              {name}
            </Text>
            {secondary && (
              <Text size="xs" c="dimmed">
                {secondary}
              </Text>
            )}
          </Stack>
          {verified !== true && (
            <Button
              size="compact-sm"
              variant="light"
              style={{ flexShrink: 0 }}
              onClick={onEdit}
              aria-label={`${t('reference.edit')} ${code}`}
            >
              {t('reference.edit')}
            </Button>
          )}
        </Group>
        <Group gap="xs" justify="space-between">
          <Group gap={4}>
            {verified === true && (
              <Badge size="sm" color="teal" variant="light">
                {t('reference.badge.verified')}
              </Badge>
            )}
            {verified === false && (
              <Badge size="sm" color="yellow" variant="light">
                {t('reference.badge.unverified')}
              </Badge>
            )}
            {!isActive && (
              <Badge size="sm" color="gray">
                {t('reference.badge.inactive')}
              </Badge>
            )}
          </Group>
          {verified !== true && (
            <Switch
              size="sm"
              label={t('reference.field.active')}
              checked={isActive}
              disabled={toggle.isPending}
              onChange={(e) => toggle.mutate(e.currentTarget.checked)}
              aria-label={`${t('reference.field.active')}: ${code}`}
            />
          )}
        </Group>
        {Boolean(toggle.error) && <ErrorAlert error={toggle.error} />}
      </Stack>
    </Paper>
  );
}
