import { Table, Text } from '@mantine/core';
import type { ChildStats } from '../../../shared/domain/ChildStats';
import { AGE_GROUPS } from '../../../shared/reference/child-age';
import {
  CIRCUMSTANCE_GROUP_CODES,
  type CircumstanceGroupCode,
} from '../../../shared/reference/circumstance-groups';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { formatNumber } from '../../i18n/format';

export type UnitRow = {
  code: string;
  name: string;
  total: number;
  male: number;
  female: number;
  ages: number[];
};

/** Children per unit: total, by sex, by age group (product.md C3: 0–2, 3–5, 6–10, 11–15). */
export function unitRows(stats: ChildStats): UnitRow[] {
  const rows = new Map<string, UnitRow>(
    stats.units.map((u) => [
      u.code,
      { code: u.code, name: u.name, total: 0, male: 0, female: 0, ages: AGE_GROUPS.map(() => 0) },
    ]),
  );
  for (const r of stats.bySexAge) {
    const row = rows.get(r.unitCode);
    if (!row) continue;
    row.total += r.count;
    if (r.sex === 'male') row.male += r.count;
    if (r.sex === 'female') row.female += r.count;
    const i = AGE_GROUPS.indexOf(r.ageGroup);
    row.ages[i] = (row.ages[i] ?? 0) + r.count;
  }
  return [...rows.values()];
}

export function ChildrenByUnitTable({ rows, caption }: { rows: UnitRow[]; caption: string }) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  const sum = (f: (r: UnitRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  return (
    <TableScroll label={caption} minWidth={640} maxHeight={520}>
      <Table striped stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('childStats.unit')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('childStats.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('child.sex.male')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('child.sex.female')}
            </Table.Th>
            {AGE_GROUPS.map((g) => (
              <Table.Th key={g} scope="col" ta="right">
                {t('childStats.ageGroup', { range: g.replace('-', '–') })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Th scope="row" fw={500}>
                {r.name}
              </Table.Th>
              <Table.Td ta="right">{n(r.total)}</Table.Td>
              <Table.Td ta="right">{n(r.male)}</Table.Td>
              <Table.Td ta="right">{n(r.female)}</Table.Td>
              {r.ages.map((a, i) => (
                <Table.Td key={AGE_GROUPS[i]} ta="right">
                  {n(a)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {rows.length > 1 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('childStats.sum')}</Table.Th>
              <Table.Td ta="right" fw={700}>
                {n(sum((r) => r.total))}
              </Table.Td>
              <Table.Td ta="right">{n(sum((r) => r.male))}</Table.Td>
              <Table.Td ta="right">{n(sum((r) => r.female))}</Table.Td>
              {AGE_GROUPS.map((g, i) => (
                <Table.Td key={g} ta="right">
                  {n(sum((r) => r.ages[i] ?? 0))}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </TableScroll>
  );
}

/** Children in special circumstances: units × the groups that occur (letters in the head, names in the caption). */
export function GroupsByUnitTable({
  stats,
  groupName,
  caption,
}: {
  stats: ChildStats;
  groupName: (code: CircumstanceGroupCode) => string;
  caption: string;
}) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  // The legal order of Luật Trẻ em Điều 10 (a b c d đ e …), not code-point order, which puts đ last.
  const present = new Set<string>(stats.byGroup.map((g) => g.groupCode));
  const codes = CIRCUMSTANCE_GROUP_CODES.filter((c) => present.has(c));
  const cell = new Map(stats.byGroup.map((g) => [`${g.unitCode}|${g.groupCode}`, g.count]));
  const units = stats.units.filter((u) => stats.byGroup.some((g) => g.unitCode === u.code));
  if (codes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('childStats.noGroups')}
      </Text>
    );
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {caption}
      </Text>
      <TableScroll label={caption} minWidth={200 + codes.length * 56} maxHeight={520}>
        <Table striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('childStats.unit')}</Table.Th>
              {codes.map((c) => (
                <Table.Th key={c} scope="col" ta="right" title={groupName(c)}>
                  <abbr title={groupName(c)}>{c}</abbr>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <Table.Tr key={u.code}>
                <Table.Th scope="row" fw={500}>
                  {u.name}
                </Table.Th>
                {codes.map((c) => (
                  <Table.Td key={c} ta="right">
                    {n(cell.get(`${u.code}|${c}`) ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}
