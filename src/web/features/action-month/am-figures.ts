import type { AmActivityType, AmResultFigures } from '../../../shared/domain/ActionMonth';
import type { AmUnitStatus, Figure, FigureGroupKey } from './am-labels';

/** The result figures of issue #5 item 3, grouped as a commune officer thinks of them when filling a report. */
export type Figures = Required<AmResultFigures>;

export const FIGURE_GROUPS: Record<FigureGroupKey, Figure[]> = {
  events: ['events', 'participantsMale', 'participantsFemale'],
  children: ['childrenReached', 'childrenGifted', 'giftsValue'],
  mobilised: ['cashMobilised', 'inKindMobilised'],
  health: ['screenings', 'surgeries'],
  facilities: ['facilitiesBuilt', 'facilitiesUpgraded'],
  outreach: ['mediaItems', 'trainings', 'trainees'],
};
export const GROUP_ORDER = Object.keys(FIGURE_GROUPS) as FigureGroupKey[];
export const ALL_FIGURES: Figure[] = GROUP_ORDER.flatMap((g) => FIGURE_GROUPS[g]);

/** Sums of money in đồng (shown with "đ"); the other figures are counts. */
export const MONEY_FIGURES: ReadonlySet<Figure> = new Set(['giftsValue', 'cashMobilised', 'inKindMobilised']);

/** The groups that matter for an activity of this type: shown first; the others stay one tap away. */
const PRIMARY_GROUPS: Record<AmActivityType, FigureGroupKey[]> = {
  communication: ['events', 'outreach'],
  launch_ceremony: ['events', 'children'],
  visits_gifts: ['events', 'children', 'mobilised'],
  health_screening: ['events', 'health', 'children'],
  summer_activities: ['events', 'children'],
  training: ['events', 'outreach'],
  fund_drive: ['events', 'mobilised'],
  children_forum: ['events', 'children'],
  facility: ['facilities', 'mobilised'],
  inspection: ['events'],
  other: GROUP_ORDER,
};

/** The groups to show for a result row: the type's own, plus any group already holding a figure. */
export function groupsFor(type: AmActivityType, figures: Figures, showAll: boolean): FigureGroupKey[] {
  if (showAll) return GROUP_ORDER;
  const primary = new Set(PRIMARY_GROUPS[type]);
  return GROUP_ORDER.filter((g) => primary.has(g) || FIGURE_GROUPS[g].some((f) => figures[f] !== 0));
}

export function zeroFigures(): Figures {
  return Object.fromEntries(ALL_FIGURES.map((f) => [f, 0])) as Figures;
}

export function pickFigures(row: Figures): Figures {
  return Object.fromEntries(ALL_FIGURES.map((f) => [f, row[f]])) as Figures;
}

export function sumFigures(rows: readonly Figures[]): Figures {
  const total = zeroFigures();
  for (const row of rows) for (const f of ALL_FIGURES) total[f] += row[f];
  return total;
}

export const participants = (f: Figures) => f.participantsMale + f.participantsFemale;
export const mobilised = (f: Figures) => f.cashMobilised + f.inKindMobilised;
export const facilities = (f: Figures) => f.facilitiesBuilt + f.facilitiesUpgraded;

/** A reporting unit of a roll-up, as the table sorts it. */
export type RollupUnit = {
  unitCode: string;
  unitName: string;
  status: AmUnitStatus;
  overdue: boolean;
  total: Figures;
};

/** What needs the reviewer's attention first: overdue, then missing, returned, draft, awaiting review, accepted. */
const ATTENTION: Record<AmUnitStatus, number> = {
  missing: 1,
  returned: 2,
  draft: 3,
  submitted: 4,
  accepted: 5,
};

export type UnitOrder = 'attention' | 'name' | 'childrenReached' | 'mobilised';

export function sortUnits<U extends RollupUnit>(units: readonly U[], order: UnitOrder): U[] {
  const byName = (a: U, b: U) => a.unitName.localeCompare(b.unitName, 'vi');
  const rank = (u: U) => (u.overdue ? 0 : ATTENTION[u.status]);
  const compare: Record<UnitOrder, (a: U, b: U) => number> = {
    attention: (a, b) => rank(a) - rank(b) || byName(a, b),
    name: byName,
    childrenReached: (a, b) => b.total.childrenReached - a.total.childrenReached || byName(a, b),
    mobilised: (a, b) => mobilised(b.total) - mobilised(a.total) || byName(a, b),
  };
  return [...units].sort(compare[order]);
}

/** Bar lengths in percent of the largest value (0 when every value is 0), for the CSS bar charts. */
export function barPercents(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? Math.round((v / max) * 1000) / 10 : 0));
}
