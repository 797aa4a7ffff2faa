import { sql, type AliasedRawBuilder } from 'kysely';
import {
  AM_FIGURES,
  AmActivityType,
  type AmResultFigures,
  type AmRollupTotals,
} from '../../../shared/domain/ActionMonth';
import type { AmResultsTable } from '../../db/schema';

/** The figures of one result row (issue #5 item 3): the API's camelCase names and their am_results columns. */
export const FIGURE_COLUMNS = {
  events: 'events',
  participantsMale: 'participants_male',
  participantsFemale: 'participants_female',
  childrenReached: 'children_reached',
  childrenGifted: 'children_gifted',
  giftsValue: 'gifts_value',
  cashMobilised: 'cash_mobilised',
  inKindMobilised: 'in_kind_mobilised',
  screenings: 'screenings',
  surgeries: 'surgeries',
  facilitiesBuilt: 'facilities_built',
  facilitiesUpgraded: 'facilities_upgraded',
  mediaItems: 'media_items',
  trainings: 'trainings',
  trainees: 'trainees',
} as const satisfies Record<keyof AmResultFigures, keyof AmResultsTable>;

type FigureColumn = (typeof FIGURE_COLUMNS)[keyof AmResultFigures];
export type FigureRow = { [C in FigureColumn]: number };

export function zeroFigures(): AmResultFigures {
  return Object.fromEntries(AM_FIGURES.map((f) => [f, 0])) as AmResultFigures;
}

export function addFigures(a: AmResultFigures, b: AmResultFigures): AmResultFigures {
  return Object.fromEntries(AM_FIGURES.map((f) => [f, a[f] + b[f]])) as AmResultFigures;
}

export function figuresOfRow(row: FigureRow): AmResultFigures {
  return Object.fromEntries(AM_FIGURES.map((f) => [f, Number(row[FIGURE_COLUMNS[f]])])) as AmResultFigures;
}

/** The am_results columns of a result's figures, for an insert. */
export function rowOfFigures(figures: AmResultFigures): FigureRow {
  return Object.fromEntries(AM_FIGURES.map((f) => [FIGURE_COLUMNS[f], figures[f]])) as FigureRow;
}

/**
 * `coalesce(sum(alias.column), 0)::bigint as column` for every figure: summed in the database, returned as numbers
 * (bigint is parsed to number, numeric would be a string: src/server/db/pg-types.ts).
 */
export function figureSums(alias: string): AliasedRawBuilder<number, FigureColumn>[] {
  return AM_FIGURES.map((f) => {
    const column = FIGURE_COLUMNS[f];
    return sql<number>`coalesce(sum(${sql.ref(`${alias}.${column}`)}), 0)::bigint`.as(column);
  });
}

/** Rows of sums by activity type (figureSums + activity_type) → totals by type, in the enum's order, and overall. */
export function totalsOf(
  rows: readonly (FigureRow & { activity_type: string })[],
  reportCount: number,
): AmRollupTotals {
  const byType = new Map<AmActivityType, AmResultFigures>();
  for (const row of rows) {
    const type = AmActivityType.safeParse(row.activity_type);
    const key = type.success ? type.data : 'other';
    byType.set(key, addFigures(byType.get(key) ?? zeroFigures(), figuresOfRow(row)));
  }
  return totalsFromMap(byType, reportCount);
}

/** Adds several totals (a province's frozen roll-up and its own rows; the provinces of the nation). */
export function mergeTotals(parts: readonly AmRollupTotals[], reportCount: number): AmRollupTotals {
  const byType = new Map<AmActivityType, AmResultFigures>();
  for (const part of parts)
    for (const { type, figures } of part.byType)
      byType.set(type, addFigures(byType.get(type) ?? zeroFigures(), figures));
  return totalsFromMap(byType, reportCount);
}

function totalsFromMap(byType: Map<AmActivityType, AmResultFigures>, reportCount: number): AmRollupTotals {
  const ordered = AmActivityType.options
    .filter((type) => byType.has(type))
    .map((type) => ({ type, figures: byType.get(type) ?? zeroFigures() }));
  const total = ordered.reduce((sum, t) => addFigures(sum, t.figures), zeroFigures());
  return { byType: ordered, total, reportCount };
}

export function emptyTotals(): AmRollupTotals {
  return { byType: [], total: zeroFigures(), reportCount: 0 };
}
