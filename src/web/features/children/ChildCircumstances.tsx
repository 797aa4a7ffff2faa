import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Child, ChildCircumstance, ViewPurpose } from '../../../shared/domain/Child';
import { apiFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../i18n/context';
import { childReferenceQuery } from './children-api';
import { formatDay, groupName, refName } from './child-labels';
import { CircumstanceForm } from './CircumstanceForm';
import { EndDialog } from './EndDialog';
import { Section } from './ProfileParts';
import { useChildChange } from './useChildChange';

function useNames() {
  const { locale } = useI18n();
  const reference = useQuery(childReferenceQuery);
  const groups = new Map((reference.data?.circumstanceGroups ?? []).map((g) => [g.code as string, g]));
  const subgroups = new Map((reference.data?.subgroups ?? []).map((s) => [s.code, s]));
  return {
    group: (code: string) => `${code}. ${groupName(code, locale)}`,
    sensitive: (code: string) => groups.get(code)?.isSensitive ?? false,
    subgroup: (code: string | null) => {
      const s = code ? subgroups.get(code) : undefined;
      return s ? refName(s, locale) : code;
    },
  };
}

function CircumstanceItem({ item, onEnd }: { item: ChildCircumstance; onEnd?: () => void }) {
  const { t } = useI18n();
  const names = useNames();
  return (
    <Stack gap={2} component="li" py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={600} size="sm">
          {names.group(item.groupCode)}{' '}
          {names.sensitive(item.groupCode) && (
            <Badge size="sm" color="red" variant="light">
              {t('child.sensitiveBadge')}
            </Badge>
          )}
        </Text>
        {onEnd && (
          <Button
            size="xs"
            variant="default"
            onClick={onEnd}
            aria-label={t('child.circumstance.endFor', { name: names.group(item.groupCode) })}
          >
            {t('child.end')}
          </Button>
        )}
      </Group>
      {item.subgroupCode && <Text size="sm">{names.subgroup(item.subgroupCode)}</Text>}
      <Text size="sm" c="dimmed">
        {item.endDate
          ? t('child.period', { from: formatDay(item.startDate), to: formatDay(item.endDate) })
          : t('child.since', { from: formatDay(item.startDate) })}
      </Text>
      {item.note && <Text size="sm">{item.note}</Text>}
    </Stack>
  );
}

/**
 * Hoàn cảnh đặc biệt (Luật Trẻ em Điều 10): the open groups, the past ones with their dates, and — with
 * children.circumstances — marking a group (with its sub-group, Nghị định 56/2017 Điều 3–16) and ending one.
 * Sensitive groups appear only when the API sent them.
 */
export function ChildCircumstances({
  child,
  purpose,
  editable,
}: {
  child: Child;
  purpose: ViewPurpose;
  editable: boolean;
}) {
  const { t } = useI18n();
  const names = useNames();
  const [adding, setAdding] = useState(false);
  // One transaction id per opened dialog: a double tap or a retry ends the circumstance once.
  const [ending, setEnding] = useState<{ item: ChildCircumstance; tx: string } | null>(null);
  const end = useChildChange(child.id, purpose);
  const { active, past } = child.circumstances;

  return (
    <Section
      id="child-circumstances"
      title={t('child.circumstancesTitle')}
      actions={
        editable &&
        !adding && (
          <Button size="xs" onClick={() => setAdding(true)}>
            {t('child.circumstance.add')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {adding && (
          <CircumstanceForm
            child={child}
            purpose={purpose}
            onDone={() => setAdding(false)}
            onCancel={() => setAdding(false)}
          />
        )}
        {active.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('child.circumstance.noneActive')}
          </Text>
        ) : (
          <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {active.map((c) => (
              <CircumstanceItem
                key={c.id}
                item={c}
                onEnd={
                  editable
                    ? () => {
                        end.reset();
                        setEnding({ item: c, tx: crypto.randomUUID() });
                      }
                    : undefined
                }
              />
            ))}
          </Stack>
        )}
        {past.length > 0 && (
          <>
            <Title order={3} size="h5">
              {t('child.circumstance.past')}
            </Title>
            <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {past.map((c) => (
                <CircumstanceItem key={c.id} item={c} />
              ))}
            </Stack>
          </>
        )}
      </Stack>
      {ending && (
        <EndDialog
          opened
          title={t('child.circumstance.endTitle')}
          what={names.group(ending.item.groupCode)}
          pending={end.isPending}
          error={end.error}
          fieldError={apiFieldErrors(end.error).endDate}
          onClose={() => setEnding(null)}
          onConfirm={(endDate) =>
            end.mutate(
              {
                path: `circumstances/${encodeURIComponent(ending.item.id)}/end`,
                body: { transactionId: ending.tx, endDate },
              },
              { onSuccess: () => setEnding(null) },
            )
          }
        />
      )}
    </Section>
  );
}
