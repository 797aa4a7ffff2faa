import { describe, expect, it } from 'vitest';
import type { CaseStats, PartnerTask } from '../../../shared/domain/Case';
import { CaseActionInput } from '../../../shared/domain/CaseAction';
import { ReportInput } from '../../../shared/domain/Report';
import { sortCommunes, totals } from '../cases/dashboard-api';
import { isOverdue, matchesFilter, sortTasks, taskActionBody } from '../tasks/tasks-api';
import {
  defaultChannel,
  initialReportValues,
  sectionsWithErrors,
  toReportBody,
  type ReportFormValues,
} from './report-form-values';

/** Pure parts of the report form, the dashboard and the partner tasks: what they send is what the API accepts. */
const me = { role: 'commune_officer' as const, unitCode: '22333', agencyId: null, agencyName: null };
const txn = '7d3c1d7e-1b1a-4c55-9a57-1d2f0c6f4a10';

function filled(patch: Partial<ReportFormValues> = {}): ReportFormValues {
  return {
    ...initialReportValues(me),
    description: 'Hàng xóm nghe thấy trẻ bị đánh.',
    harmTypes: ['physical_violence'],
    environment: 'family',
    ...patch,
  };
}

describe('report form body', () => {
  it('sends only the required facts when nothing else is filled in, and the API schema accepts it', () => {
    const body = toReportBody(filled());
    const parsed = ReportInput.parse({ ...body, transactionId: txn });
    expect(parsed.communeCode).toBe('22333');
    expect(parsed.receivedAt).toBeUndefined();
    expect(parsed.reporter).toMatchObject({ anonymous: true, name: null, phone: null });
    expect(parsed.child).toMatchObject({ fullName: null, estimatedAge: null, sex: 'unknown' });
  });

  it('names the missing required fields with the schema', () => {
    const result = ReportInput.safeParse({ ...toReportBody(initialReportValues(me)), transactionId: txn });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['description', 'harmTypes', 'environment']));
  });

  it('keeps the reporter identity only when named and consenting', () => {
    const reporter = {
      anonymous: false,
      consent: false,
      relation: 'neighbour' as const,
      name: 'Lê Văn Bảy',
      phone: '0912345678',
      address: 'Tổ 5',
    };
    expect(toReportBody(filled({ reporter })).reporter).toMatchObject({ consent: false, name: null });
    expect(
      toReportBody(filled({ reporter: { ...reporter, anonymous: true, consent: true } })).reporter,
    ).toMatchObject({ anonymous: true, consent: false, name: null, phone: null, address: null });
    const kept = toReportBody(filled({ reporter: { ...reporter, consent: true } })).reporter;
    expect(kept).toMatchObject({ consent: true, name: 'Lê Văn Bảy', phone: '0912345678', address: 'Tổ 5' });
  });

  it('links a register child, or describes one with a birth date or an estimated age', () => {
    const linked = filled({
      childMode: 'register',
      linkedChild: {
        id: '01a206e4-5232-7000-8000-1ffca1e10abe',
        fullName: 'Cao Gia Hoàng',
        birthDate: '2021-10-23',
        communeName: null,
      },
      child: { ...filled().child, fullName: 'ignored', whereNow: 'Ở nhà bà' },
    });
    const body = toReportBody(linked);
    expect(body.childId).toBe('01a206e4-5232-7000-8000-1ffca1e10abe');
    expect(body.child).toEqual({ sex: 'unknown', whereNow: 'Ở nhà bà', condition: null });
    const described = toReportBody(
      filled({ child: { ...filled().child, fullName: 'An', birthDate: '2018-05-01', estimatedAge: 9 } }),
    );
    expect(described.childId).toBeNull();
    // A known birth date wins over an estimate typed before it.
    expect(described.child).toMatchObject({ birthDate: '2018-05-01', estimatedAge: null });
    expect(ReportInput.safeParse({ ...described, transactionId: txn }).success).toBe(true);
  });

  it('turns the typed date and hour into an instant, and an unfinished one into a field error', () => {
    const at = toReportBody(filled({ receivedDate: '2026-11-23', receivedTime: '14:30' })).receivedAt;
    expect(at).toBe(new Date(2026, 10, 23, 14, 30).toISOString());
    for (const receivedTime of ['', '25:00', '14:75', '2pm']) {
      const body = toReportBody(filled({ receivedDate: '2026-11-23', receivedTime }));
      const result = ReportInput.safeParse({ ...body, transactionId: txn });
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['receivedAt']);
    }
  });

  it('opens the sections that hold an error', () => {
    expect(
      sectionsWithErrors({
        description: 'x',
        'child.estimatedAge': 'x',
        'reporter.phone': 'x',
        receivedAt: 'x',
        notes: 'x',
        'family.fatherAge': 'x',
      }).sort(),
    ).toEqual(['child', 'family', 'more', 'receipt', 'reporter']);
  });

  it('defaults the channel by who records: a commune in person, an agency by its kind', () => {
    expect(defaultChannel({ role: 'commune_officer' }, null)).toBe('walk_in');
    expect(defaultChannel({ role: 'partner_agency' }, 'police')).toBe('police');
    expect(defaultChannel({ role: 'partner_agency' }, 'school')).toBe('school');
    expect(defaultChannel({ role: 'partner_agency' }, 'legal_aid_centre')).toBe('other');
  });
});

describe('dashboard figures', () => {
  const stats: CaseStats = {
    byStatus: [
      { status: 'received', count: 4 },
      { status: 'in_progress', count: 2 },
      { status: 'closed', count: 5 },
    ],
    byCommune: [
      { communeCode: '22411', communeName: 'Phường Bắc Cam Ranh', open: 3, overdue: 0, escalated: 0 },
      { communeCode: '22333', communeName: 'Phường Bắc Nha Trang', open: 1, overdue: 1, escalated: 1 },
      { communeCode: '22423', communeName: 'Phường Ba Ngòi', open: 2, overdue: 1, escalated: 0 },
    ],
    timeToFirstAction: { medianHours: 2, p90Hours: 9.5, cases: 6 },
  };

  it('adds up open (not closed), overdue and escalated cases', () => {
    expect(totals(stats)).toEqual({ open: 6, overdue: 2, escalated: 1, all: 11 });
  });

  it('lists the communes with overdue cases first', () => {
    expect(sortCommunes(stats.byCommune).map((c) => c.communeCode)).toEqual(['22423', '22333', '22411']);
  });
});

describe('partner tasks', () => {
  const task = (patch: Partial<PartnerTask> = {}): PartnerTask => ({
    taskId: '2f0a4a8e-4f44-4c59-8c65-2b8f8b1f7c01',
    caseId: '5d1f5b3c-3b0e-4f0c-8d5c-6a1f3e2d9b10',
    caseNumber: '22333-2026-00004',
    communeName: 'Phường Bắc Nha Trang',
    measure: 'stop_violation',
    dueDate: '2026-11-30',
    status: 'pending',
    description: 'Làm việc với người cha.',
    child: { label: 'Bốn P.', sex: 'female', ageYears: 8 },
    allowedActions: ['TASK_ACCEPT', 'TASK_DECLINE', 'TASK_DONE', 'NOTE'],
    seq: 7,
    ...patch,
  });

  it('sends each action with the seq the page saw and the text the action requires', () => {
    const accept = CaseActionInput.parse(taskActionBody(task(), 'TASK_ACCEPT', txn, null));
    expect(accept).toMatchObject({ type: 'TASK_ACCEPT', expectedSeq: 7, data: { taskId: task().taskId } });
    const decline = CaseActionInput.parse(taskActionBody(task(), 'TASK_DECLINE', txn, 'Không đủ nhân lực.'));
    expect(decline.text).toEqual({ reason: 'Không đủ nhân lực.' });
    expect(CaseActionInput.parse(taskActionBody(task(), 'TASK_DONE', txn, 'Đã xong.')).text).toEqual({
      result: 'Đã xong.',
    });
    expect(CaseActionInput.parse(taskActionBody(task(), 'NOTE', txn, 'Đã gọi điện.')).data).toEqual({});
    // Declining without a reason is refused by the schema too.
    expect(CaseActionInput.safeParse(taskActionBody(task(), 'TASK_DECLINE', txn, null)).success).toBe(false);
  });

  it('marks a task to do overdue after its due date, never a finished one', () => {
    expect(isOverdue(task({ dueDate: '2026-11-22' }), '2026-11-23')).toBe(true);
    expect(isOverdue(task({ dueDate: '2026-11-23' }), '2026-11-23')).toBe(false);
    expect(isOverdue(task({ dueDate: '2026-11-22', status: 'done' }), '2026-11-23')).toBe(false);
  });

  it('filters to do / finished and keeps cards in due-date order whatever their status', () => {
    expect(matchesFilter(task({ status: 'accepted' }), 'active')).toBe(true);
    expect(matchesFilter(task({ status: 'declined' }), 'active')).toBe(false);
    expect(matchesFilter(task({ status: 'declined' }), 'finished')).toBe(true);
    const a = task({ taskId: 'a', dueDate: '2026-12-01', status: 'accepted' });
    const b = task({ taskId: 'b', dueDate: '2026-11-25', status: 'pending' });
    expect(sortTasks([a, b]).map((x) => x.taskId)).toEqual(['b', 'a']);
  });
});
