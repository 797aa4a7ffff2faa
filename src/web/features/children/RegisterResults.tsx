import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import type { ChildSearchItem } from '../../../shared/domain/ChildSearch';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { formatBirth, groupName, SEX_LABEL } from './child-labels';

function ChildLink({ child }: { child: ChildSearchItem }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/children/$childId" params={{ childId: child.id }} />}
      fw={600}
    >
      {child.fullName}
    </Anchor>
  );
}

function useGroupNames() {
  const { locale } = useI18n();
  return (codes: readonly string[]) => codes.map((c) => groupName(c, locale)).join('; ');
}

/**
 * The children of a register page: a table on a wide screen, one card per child on a phone (a seven-column table
 * scrolled sideways at 360 px hides what the officer is looking for). A near match (typo tolerated) says so.
 */
export function RegisterResults({
  items,
  fuzzyHint,
  showCommune,
}: {
  items: ChildSearchItem[];
  fuzzyHint: boolean;
  /** A commune officer's register is one commune: naming it on every row says nothing. */
  showCommune: boolean;
}) {
  const { t } = useI18n();
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const groupNames = useGroupNames();
  const near = (c: ChildSearchItem) =>
    fuzzyHint &&
    c.match === 'fuzzy' && (
      <Badge color="gray" variant="light" size="sm">
        {t('children.nearMatch')}
      </Badge>
    );
  const place = (c: ChildSearchItem) =>
    [c.village, showCommune ? (c.communeName ?? c.communeCode) : null].filter(Boolean).join(', ') || '—';

  if (narrow)
    return (
      <Stack
        gap="xs"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('children.title')}
      >
        {items.map((c) => (
          <Card key={c.id} withBorder padding="sm" component="li">
            <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
              <ChildLink child={c} />
              {near(c)}
            </Group>
            <Text size="sm">
              {formatBirth(c.birthDate, c.birthPrecision, t)} · {t('children.ageYears', { age: c.age })} ·{' '}
              {t(SEX_LABEL[c.sex])}
            </Text>
            <Text size="sm" c="dimmed">
              {place(c)}
            </Text>
            {c.groups.length > 0 && (
              <Text size="sm">
                <Text span fw={600} size="sm">
                  {t('children.groupsColumn')}:
                </Text>{' '}
                {groupNames(c.groups)}
              </Text>
            )}
          </Card>
        ))}
      </Stack>
    );

  return (
    <TableScroll label={t('children.title')} minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('child.field.fullName')}</Table.Th>
            <Table.Th scope="col">{t('child.field.birthDate')}</Table.Th>
            <Table.Th scope="col">{t('children.ageColumn')}</Table.Th>
            <Table.Th scope="col">{t('child.field.sex')}</Table.Th>
            <Table.Th scope="col">{t('children.placeColumn')}</Table.Th>
            <Table.Th scope="col">{t('children.groupsColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <ChildLink child={c} />
                  {near(c)}
                </Group>
              </Table.Td>
              <Table.Td>{formatBirth(c.birthDate, c.birthPrecision, t)}</Table.Td>
              <Table.Td>{c.age}</Table.Td>
              <Table.Td>{t(SEX_LABEL[c.sex])}</Table.Td>
              <Table.Td>{place(c)}</Table.Td>
              <Table.Td>
                <Text size="sm">{groupNames(c.groups)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
