import { Accordion, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AdminSubgroup, ReferenceAdminLists } from '../../../shared/domain/ReferenceAdmin';
import type { CircumstanceGroupCode } from '../../../shared/reference/circumstance-groups';
import { useI18n } from '../../i18n/context';
import { RefModal } from './RefModal';
import { RefRow } from './RefRow';
import { SubgroupForm } from './SubgroupForm';
import { updateSubgroup } from './reference-api';

type Editing = { groupCode: CircumstanceGroupCode; existing: AdminSubgroup | null } | null;

/** The next free number of a group's codes ("c.13" after "c.12"). */
function nextCodeOf(groupCode: string, subgroups: AdminSubgroup[]): string {
  const numbers = subgroups.map((s) => Number(s.code.split('.')[1]) || 0);
  return `${groupCode}.${Math.max(0, ...numbers) + 1}`;
}

/** The 14 groups of Luật Trẻ em Điều 10 with their sub-groups (Nghị định 56/2017 Điều 3–16). */
export function SubgroupsPanel({ lists }: { lists: ReferenceAdminLists }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const byGroup = (code: string) => lists.subgroups.filter((s) => s.groupCode === code);
  const editingGroup = editing ? byGroup(editing.groupCode) : [];

  return (
    <>
      <Accordion multiple variant="separated" chevronPosition="left">
        {lists.circumstanceGroups.map((g) => {
          const subgroups = byGroup(g.code);
          return (
            <Accordion.Item key={g.code} value={g.code}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={500}>
                    {g.code}. {locale === 'vi' ? g.nameVi : g.nameEn}
                  </Text>
                  <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
                    {subgroups.length}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <Text size="xs" c="dimmed">
                    {g.decreeArticle}
                  </Text>
                  {subgroups.length === 0 && (
                    <Text size="sm" c="dimmed">
                      {t('reference.subgroups.none')}
                    </Text>
                  )}
                  {subgroups.map((s) => (
                    <RefRow
                      key={s.code}
                      code={s.code}
                      name={locale === 'en' && s.nameEn ? s.nameEn : s.nameVi}
                      secondary={locale === 'vi' ? s.nameEn : null}
                      verified={s.verified}
                      isActive={s.isActive}
                      onToggle={(active) =>
                        updateSubgroup(s.code, {
                          nameVi: s.nameVi,
                          nameEn: s.nameEn,
                          sort: s.sort,
                          isActive: active,
                        })
                      }
                      onEdit={() => setEditing({ groupCode: g.code, existing: s })}
                    />
                  ))}
                  <div>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEditing({ groupCode: g.code, existing: null })}
                    >
                      {t('reference.subgroups.add')}
                    </Button>
                  </div>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <RefModal
        opened={editing !== null}
        onClose={close}
        title={editing?.existing ? t('reference.subgroups.editTitle') : t('reference.subgroups.addTitle')}
      >
        {editing && (
          <SubgroupForm
            key={editing.existing?.code ?? `new-${editing.groupCode}`}
            groupCode={editing.groupCode}
            existing={editing.existing}
            nextCode={nextCodeOf(editing.groupCode, editingGroup)}
            nextSort={Math.max(0, ...editingGroup.map((s) => s.sort)) + 1}
            onDone={close}
          />
        )}
      </RefModal>
    </>
  );
}
