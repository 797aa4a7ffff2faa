import { describe, expect, it } from 'vitest';
import { AmReportUpdate, type AmReportDetail } from '../../../shared/domain/ActionMonth';
import { formatDay, formatMoment, formatVnd, isPastDue, vietnamToday, vietnamYear } from './am-format';
import { barPercents, groupsFor, sortUnits, sumFigures, zeroFigures, type RollupUnit } from './am-figures';
import { amViewOf, ownReport, ownsPlan, parentLevelOf } from './am-view';
import { draftOf, isDirty, newResult, updateBody } from './report-drafts';
import { slogansOf } from './ThemeForm';

const figures = (patch: Partial<ReturnType<typeof zeroFigures>>) => ({ ...zeroFigures(), ...patch });

describe('Vietnam dates and money', () => {
  it('takes today and the year in Vietnam time, whatever the browser zone', () => {
    // 17:30 UTC on 31 December is already 1 January in Vietnam (UTC+7).
    const late = new Date('2026-12-31T17:30:00Z');
    expect(vietnamToday(late)).toBe('2027-01-01');
    expect(vietnamYear(late)).toBe(2027);
    expect(vietnamToday(new Date('2026-07-19T16:59:00Z'))).toBe('2026-07-19');
  });

  it('says a report is past due only from the day after its due date (Vietnam time)', () => {
    expect(isPastDue('2026-07-19', new Date('2026-07-19T16:59:00Z'))).toBe(false);
    expect(isPastDue('2026-07-19', new Date('2026-07-19T17:00:00Z'))).toBe(true);
  });

  it('formats days dd/mm/yyyy, moments in Vietnam time and money in đồng', () => {
    expect(formatDay('2026-06-01')).toBe('01/06/2026');
    expect(formatDay(null)).toBe('');
    expect(formatMoment('2026-07-15T03:00:00Z')).toBe('15/07/2026 10:00');
    expect(formatMoment('not a date')).toBe('');
    expect(formatVnd(42_500_000)).toBe('42.500.000 đ');
  });
});

describe('figures', () => {
  it('sums rows figure by figure', () => {
    const total = sumFigures([figures({ events: 2, cashMobilised: 1_000 }), figures({ events: 3 })]);
    expect(total.events).toBe(5);
    expect(total.cashMobilised).toBe(1_000);
    expect(total.trainees).toBe(0);
  });

  it('shows the groups of the activity type first, plus any group holding a figure', () => {
    expect(groupsFor('visits_gifts', zeroFigures(), false)).toEqual(['events', 'children', 'mobilised']);
    expect(groupsFor('inspection', figures({ surgeries: 1 }), false)).toEqual(['events', 'health']);
    expect(groupsFor('inspection', zeroFigures(), true)).toHaveLength(6);
  });

  it('puts overdue units first, then missing, returned, draft, awaiting review, accepted', () => {
    const unit = (unitName: string, status: RollupUnit['status'], overdue = false, reached = 0) => ({
      unitCode: unitName,
      unitName,
      status,
      overdue,
      total: figures({ childrenReached: reached }),
    });
    const units = [
      unit('A', 'accepted', false, 50),
      unit('B', 'missing'),
      unit('C', 'submitted'),
      unit('D', 'draft', true),
      unit('E', 'returned'),
      unit('F', 'accepted', false, 90),
    ];
    expect(sortUnits(units, 'attention').map((u) => u.unitName)).toEqual(['D', 'B', 'E', 'C', 'A', 'F']);
    expect(sortUnits(units, 'childrenReached').map((u) => u.unitName)[0]).toBe('F');
    expect(sortUnits(units, 'name').map((u) => u.unitName)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('scales bars to the largest value, and to nothing when every value is 0', () => {
    expect(barPercents([50, 100, 0])).toEqual([50, 100, 0]);
    expect(barPercents([0, 0])).toEqual([0, 0]);
  });
});

const report: AmReportDetail = {
  id: '00000000-0000-4000-8000-000000000001',
  year: 2026,
  level: 'commune',
  provinceCode: '56',
  communeCode: '22333',
  agencyId: null,
  unitName: 'Phường Bắc Nha Trang',
  status: 'draft',
  dueDate: '2026-07-19',
  submittedAt: null,
  submittedLate: false,
  acceptedAt: null,
  returnReason: null,
  overdue: false,
  version: 3,
  summary: null,
  difficulties: null,
  recommendations: null,
  results: [
    {
      ...figures({ childrenReached: 12 }),
      id: '00000000-0000-4000-8000-000000000002',
      activityId: '00000000-0000-4000-8000-000000000003',
      activityType: 'visits_gifts',
      title: 'Thăm hỏi, tặng quà',
      notes: null,
      beneficiaryCount: 0,
    },
  ],
  rollup: null,
  totals: figures({ childrenReached: 12 }),
  canEdit: true,
  canReview: false,
};

describe('the report editor', () => {
  it('turns the report into a draft and back into a body the API schema accepts', () => {
    const draft = draftOf(report);
    expect(isDirty(draft, draftOf(report))).toBe(false);
    const body = AmReportUpdate.parse(updateBody(draft, report.version));
    expect(body.expectedVersion).toBe(3);
    expect(body.results[0]).toMatchObject({
      activityId: report.results[0]?.activityId,
      childrenReached: 12,
      notes: null,
    });
  });

  it('notices a changed figure, text or an added row', () => {
    const saved = draftOf(report);
    const first = saved.results[0]!;
    const changed = { ...saved, results: [{ ...first, figures: { ...first.figures, events: 1 } }] };
    expect(isDirty(changed, saved)).toBe(true);
    expect(isDirty({ ...saved, summary: 'Tóm tắt' }, saved)).toBe(true);
    expect(isDirty({ ...saved, results: [...saved.results, newResult('new-1')] }, saved)).toBe(true);
  });

  it('refuses a row outside the plan without a title (the field error names the row)', () => {
    const draft = { ...draftOf(report), results: [newResult('new-1')] };
    const parsed = AmReportUpdate.safeParse(updateBody(draft, 1));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['results', 0, 'title']);
  });
});

describe('who the user acts for', () => {
  const me = (permissions: Record<string, string>, unitCode: string | null) => ({
    permissions,
    unitCode,
    provinceCode: unitCode?.length === 2 ? unitCode : unitCode ? '56' : null,
    agencyId: null,
  });

  it('takes the level from the plan permission, and the unit for read-only roles', () => {
    const commune = me({ 'action_month.plan': 'commune', 'action_month.report': 'commune' }, '22333');
    expect(amViewOf(commune)).toEqual({ level: 'commune', canPlan: true, canReport: true, canReview: false });
    const inspector = me({ 'action_month.read': 'unit' }, '56');
    expect(amViewOf(inspector)).toEqual({
      level: 'province',
      canPlan: false,
      canReport: false,
      canReview: false,
    });
    expect(amViewOf(me({ 'action_month.read': 'unit' }, null)).level).toBe('national');
  });

  it('finds the own plan and report, never another unit’s', () => {
    const commune = me({ 'action_month.plan': 'commune', 'action_month.report': 'commune' }, '22333');
    const plan = { level: 'commune' as const, provinceCode: '56', communeCode: '22333', agencyId: null };
    expect(ownsPlan(commune, plan)).toBe(true);
    expect(ownsPlan(commune, { ...plan, communeCode: '22366' })).toBe(false);
    expect(ownsPlan(commune, { ...plan, level: 'province', communeCode: null })).toBe(false);
    expect(ownReport(commune, [{ ...report, communeCode: '22366' }])).toBeUndefined();
    expect(ownReport(commune, [report])?.id).toBe(report.id);
    expect(parentLevelOf('commune')).toBe('province');
    expect(parentLevelOf('national')).toBeNull();
  });
});

describe('themes', () => {
  it('reads slogans one per line, dropping blank lines', () => {
    expect(slogansOf('  Một  \n\nHai\r\n ')).toEqual(['Một', 'Hai']);
  });
});
