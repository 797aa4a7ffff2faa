import { describe, expect, it } from 'vitest';
import type { CaseClockView, CaseDetail } from '../../../shared/domain/Case';
import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import { translate } from '../../i18n/translate';
import type { Translate } from '../../i18n/translate';
import { dueText, formatDeadline, formatDuration, liveClockState } from './clock-format';
import { printableForms } from './printable-forms';
import { validateCaseQueueSearch } from './queue-search';
import { actionDetails } from './timeline-details';

const t: Translate = (id, params) => translate('vi', id, params);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('clock texts', () => {
  it('says the time left or overdue in the two largest units', () => {
    expect(formatDuration(25 * MIN, t)).toBe('25 phút');
    expect(formatDuration(10 * HOUR + 25 * MIN + 30_000, t)).toBe('10 giờ 25 phút');
    expect(formatDuration(2 * 24 * HOUR + 3 * HOUR + 5 * MIN, t)).toBe('2 ngày 3 giờ');
    const now = Date.parse('2026-11-23T05:00:00Z');
    expect(dueText('2026-11-23T15:25:00Z', now, t)).toEqual({ text: 'Còn 10 giờ 25 phút', tone: 'soon' });
    expect(dueText('2026-11-23T02:00:00Z', now, t)).toEqual({
      text: 'Quá hạn 3 giờ 0 phút',
      tone: 'overdue',
    });
    expect(dueText('2026-11-26T05:00:00Z', now, t).tone).toBe('later');
  });

  it('shows a deadline at midnight as the end of the day before', () => {
    expect(formatDeadline(new Date(2027, 0, 1, 0, 0).toISOString(), t)).toBe('hết ngày 31/12/2026');
    expect(formatDeadline(new Date(2026, 10, 24, 0, 29).toISOString(), t)).toBe('24/11/2026 00:29');
  });

  it('turns a running clock overdue once its deadline passes while the page is open', () => {
    const clock: CaseClockView = {
      kind: 'emergency_12h',
      taskId: null,
      startedAt: '2026-11-23T00:00:00.000Z',
      dueAt: '2026-11-23T12:00:00.000Z',
      stoppedAt: null,
      state: 'running',
      flagged: false,
    };
    expect(liveClockState(clock, Date.parse('2026-11-23T11:59:00Z'))).toBe('running');
    expect(liveClockState(clock, Date.parse('2026-11-23T12:01:00Z'))).toBe('overdue');
    expect(liveClockState({ ...clock, stoppedAt: '2026-11-23T11:00:00.000Z' }, 0)).toBe('met');
    expect(liveClockState({ ...clock, stoppedAt: '2026-11-23T13:00:00.000Z' }, 0)).toBe('late');
  });
});

describe('the queue URL', () => {
  it('keeps valid values and drops the rest', () => {
    expect(validateCaseQueueSearch({ queue: 'overdue', communeCode: '22333', page: '3' })).toEqual({
      queue: 'overdue',
      communeCode: '22333',
      page: 3,
    });
    expect(validateCaseQueueSearch({ queue: 'drop table', communeCode: '<script>', page: '-1' })).toEqual({});
  });
});

function action(
  seq: number,
  type: string,
  data: Record<string, unknown> = {},
  text: Record<string, unknown> | null = {},
) {
  const a: CaseActionRecord = {
    id: `00000000-0000-4000-8000-00000000000${seq}`,
    seq,
    type,
    at: `2026-11-2${seq}T03:00:00.000Z`,
    actorId: null,
    actorName: null,
    actorRole: null,
    actorKind: seq === 0 ? 'system' : 'officer',
    actorAgencyId: null,
    data,
    text,
  };
  return a;
}

function detailWith(actions: CaseActionRecord[], reports = 1): CaseDetail {
  return {
    actions,
    reports: Array.from({ length: reports }, (_, i) => ({ receivedAt: `2026-11-2${i}T01:00:00Z` })),
    tasks: [],
  } as unknown as CaseDetail;
}

describe('the printable forms', () => {
  it('lists Mẫu 01 per report, then each step’s form in order, counting repeats from 1', () => {
    const forms = printableForms(
      detailWith(
        [
          action(0, 'RECEIVE'),
          action(1, 'ASSESS_INITIAL'),
          action(2, 'ASSESS_NEEDS'),
          action(3, 'DRAFT_PLAN'),
          action(4, 'RETURN_PLAN'),
          action(5, 'DRAFT_PLAN'),
          action(6, 'NOTE'),
        ],
        2,
      ),
    );
    expect(forms.map((f) => `${f.form}#${f.index}`)).toEqual([
      'M01#1',
      'M01#2',
      'M02#1',
      'M03#1',
      'M04#1',
      'M04#2',
    ]);
  });
});

describe('the timeline', () => {
  it('shows an action’s facts in the form’s order and in words, then its texts', () => {
    const review = action(
      1,
      'REVIEW',
      {
        recommendation: 'close',
        abuserAccess: 'low',
        remainingHarm: 'high',
        careEnvironment: 'medium',
        childCapacity: 'low',
      },
      { childCondition: 'Trẻ ổn định.', notes: null },
    );
    const details = actionDetails(review, { t, locale: 'vi', detail: detailWith([review]) });
    expect(details.map((d) => `${d.label}=${d.value}`)).toEqual([
      'Mức độ tổn hại còn lại=Cao',
      'Khả năng người gây hại tiếp cận trẻ=Thấp',
      'Trở ngại trong môi trường chăm sóc=Trung bình',
      'Khả năng tự bảo vệ, phục hồi của trẻ=Thấp',
      'Đề xuất=Đề nghị kết thúc, đóng vụ việc',
      'Tình trạng của trẻ=Trẻ ổn định.',
    ]);
  });

  it('shows no text when the viewer may not read it', () => {
    const note = action(1, 'NOTE', {}, null);
    expect(actionDetails(note, { t, locale: 'vi', detail: detailWith([note]) })).toEqual([]);
  });
});
