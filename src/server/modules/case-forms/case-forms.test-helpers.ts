import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CaseDetail } from '../../../shared/domain/Case';
import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { ReportView } from '../../../shared/domain/Report';
import type { FormContext } from './form-context';

/** A case walked through the whole procedure, built in memory, for the renderers' unit tests. */

export const IDS = {
  caseId: '00000000-0000-4000-8000-000000000001',
  report1: '00000000-0000-4000-8000-000000000011',
  report2: '00000000-0000-4000-8000-000000000012',
  officer: '00000000-0000-4000-8000-000000000021',
  chairman: '00000000-0000-4000-8000-000000000022',
  police: '00000000-0000-4000-8000-000000000031',
  health: '00000000-0000-4000-8000-000000000032',
  task1: '00000000-0000-4000-8000-000000000041',
  task2: '00000000-0000-4000-8000-000000000042',
  /** The tasks of the first draft, which the chairman returned. */
  draftTask: '00000000-0000-4000-8000-000000000043',
};

export const TEXTS = {
  child: 'Nguyễn Thị Ánh Dương',
  reporter: 'Lê Văn Hưởng',
  description: 'Hàng xóm nghe thấy tiếng trẻ khóc và tiếng đánh đập nhiều lần vào buổi tối.',
  findings: 'Đã đến nhà, xác nhận trẻ có vết bầm tím ở cánh tay và lưng.',
  harm: 'Trẻ bị cha dượng đánh bằng roi mây.',
  minutes: 'Cuộc họp thống nhất đưa trẻ về ở với bà ngoại, công an xã theo dõi gia đình.',
  goals: 'Trẻ được an toàn tuyệt đối và phục hồi sức khỏe, tâm lý trong ba tháng.',
  task1: 'Công an phường răn đe, xử lý hành vi bạo lực của cha dượng.',
  task2: 'Trạm y tế khám, điều trị vết thương và theo dõi sức khỏe.',
  approval: '15/QĐ-UBND',
  separation: '12/QĐ-UBND',
  separationReason: 'Người chăm sóc là người gây tổn hại; trẻ có nguy cơ bị đánh tiếp.',
  reviewCondition: 'Trẻ ổn định, đi học đều, không còn sợ hãi khi gặp người lạ.',
  note: 'Đã thăm trẻ tại nhà bà ngoại, trẻ vui vẻ.',
  task3: 'Cán bộ xã hướng dẫn gia đình làm thủ tục trợ giúp pháp lý.',
  minutes2: 'Cuộc họp lần hai thống nhất bổ sung trợ giúp pháp lý cho trẻ.',
  approval2: '21/QĐ-UBND',
};

function report(id: string, receivedAt: string, withReporter: boolean): ReportView {
  return {
    id,
    caseId: IDS.caseId,
    channel: withReporter ? 'walk_in' : 'online',
    receivedAt,
    receivedBy: withReporter ? { id: IDS.officer, name: 'Phạm Thu Hằng' } : null,
    receivingAgency: null,
    communeCode: '22333',
    eventCommuneCode: null,
    childId: null,
    harmTypes: ['physical_violence'],
    environment: 'family',
    perpetratorRelation: 'step_parent',
    urgency: 'high',
    reporterAnonymous: !withReporter,
    reporter: withReporter
      ? { relation: 'neighbour', name: TEXTS.reporter, phone: '0905123456', address: 'Tổ 3' }
      : null,
    content: {
      child: {
        fullName: TEXTS.child,
        birthDate: null,
        estimatedAge: 9,
        sex: 'female',
        whereNow: 'Ở nhà',
        condition: 'Có vết bầm tím',
      },
      family: {
        fatherName: null,
        fatherAge: null,
        fatherJob: null,
        motherName: 'Trần Thị Lụa',
        motherAge: 34,
        motherJob: 'Buôn bán',
        caregiver: 'Mẹ và cha dượng',
        situation: 'Hộ cận nghèo',
      },
      description: TEXTS.description,
      eventPlace: 'Tổ dân phố 3',
      actionsTaken: null,
      predictedConsequences: null,
      notes: null,
    },
    attachments: [],
  };
}

let seq = 0;
function action(
  type: string,
  at: string,
  kind: 'officer' | 'chairman' | 'partner' | 'system',
  data: Record<string, unknown>,
  text: Record<string, unknown> | null,
): CaseActionRecord {
  const n = seq++;
  const actor = { officer: 'Phạm Thu Hằng', chairman: 'Võ Minh Đức', partner: 'Hồ Quang Vũ', system: null }[
    kind
  ];
  return {
    id: `00000000-0000-4000-8000-${String(100 + n).padStart(12, '0')}`,
    seq: n,
    type,
    at,
    actorId: kind === 'system' ? null : IDS[kind === 'chairman' ? 'chairman' : 'officer'],
    actorName: actor,
    actorRole: kind === 'system' ? null : `commune_${kind}`,
    actorKind: kind,
    actorAgencyId: kind === 'partner' ? IDS.police : null,
    data,
    text,
  };
}

const plan = (tasks: [string, string, string | null, string][]) => ({
  data: {
    reviewDate: '2027-01-15',
    tasks: tasks.map(([taskId, measure, agencyId]) => ({ taskId, measure, agencyId, dueDate: '2026-12-31' })),
  },
  text: { goals: TEXTS.goals, tasks: tasks.map(([taskId, , , description]) => ({ taskId, description })) },
});

/** The whole procedure on one case: two reports (one anonymous), separation, a plan re-drafted once, a review. */
export function walkedCase(): CaseDetail {
  seq = 0;
  const first = plan([[IDS.draftTask, 'medical_care', IDS.health, TEXTS.task2]]);
  const p = plan([
    [IDS.task1, 'stop_violation', IDS.police, TEXTS.task1],
    [IDS.task2, 'medical_care', IDS.health, TEXTS.task2],
  ]);
  const actions = [
    action('RECEIVE', '2026-11-02T01:05:00Z', 'system', { reportId: IDS.report1, channel: 'walk_in' }, null),
    action(
      'VERIFY',
      '2026-11-02T03:00:00Z',
      'officer',
      { outcome: 'confirmed', method: 'home_visit' },
      {
        findings: TEXTS.findings,
      },
    ),
    action(
      'ASSESS_INITIAL',
      '2026-11-02T04:00:00Z',
      'officer',
      {
        riskLevel: 'serious',
        caregiverIsPerpetrator: true,
        childSafeNow: false,
      },
      { harmDescription: TEXTS.harm, childCondition: 'Trẻ sợ hãi.', conclusion: 'Nguy cơ cao.' },
    ),
    action(
      'EMERGENCY_PROTECT',
      '2026-11-02T06:00:00Z',
      'chairman',
      {
        measures: ['temporary_separation', 'first_aid'],
        separation: true,
        placementType: 'relative',
        decisionNumber: TEXTS.separation,
        decidedAt: '2026-11-02T06:00:00Z',
      },
      { reason: TEXTS.separationReason, placement: 'Nhà bà ngoại', notes: null },
    ),
    action('LINK_REPORT', '2026-11-03T02:00:00Z', 'system', { reportId: IDS.report2 }, null),
    action(
      'ASSESS_NEEDS',
      '2026-11-04T02:00:00Z',
      'officer',
      {
        riskLevel: 'high',
        meetingAt: '2026-11-04T01:00:00Z',
        participantCount: 6,
      },
      {
        risks: 'Nguy cơ bạo lực lặp lại.',
        needs: 'Y tế, tâm lý.',
        participants: 'Công an, y tế.',
        minutes: TEXTS.minutes,
      },
    ),
    action('DRAFT_PLAN', '2026-11-05T02:00:00Z', 'officer', first.data, first.text),
    action('RETURN_PLAN', '2026-11-05T08:00:00Z', 'chairman', {}, { reason: 'Bổ sung thời hạn.' }),
    action('DRAFT_PLAN', '2026-11-06T02:00:00Z', 'officer', p.data, p.text),
    action(
      'APPROVE_PLAN',
      '2026-11-09T02:00:00Z',
      'chairman',
      { decisionNumber: TEXTS.approval, decidedAt: '2026-11-09' },
      {
        note: null,
      },
    ),
    action('TASK_ACCEPT', '2026-11-09T05:00:00Z', 'partner', { taskId: IDS.task1 }, { note: null }),
    action(
      'TASK_DONE',
      '2026-11-20T05:00:00Z',
      'partner',
      { taskId: IDS.task1 },
      { result: 'Đã làm việc với gia đình.' },
    ),
    action('NOTE', '2026-11-21T05:00:00Z', 'officer', {}, { note: TEXTS.note }),
    action(
      'REVIEW',
      '2026-12-01T02:00:00Z',
      'officer',
      {
        remainingHarm: 'low',
        abuserAccess: 'medium',
        careEnvironment: 'low',
        childCapacity: 'high',
        recommendation: 'close',
      },
      { childCondition: TEXTS.reviewCondition, notes: null },
    ),
    action('CLOSE', '2026-12-02T02:00:00Z', 'chairman', { reason: 'goals_met' }, { note: null }),
  ];
  return {
    id: IDS.caseId,
    caseNumber: '22333-2026-00017',
    communeCode: '22333',
    communeName: 'Phường Bắc Nha Trang',
    provinceCode: '56',
    status: 'closed',
    urgency: 'high',
    channel: 'walk_in',
    harmTypes: ['physical_violence'],
    receivedAt: '2026-11-02T01:05:00.000Z',
    acknowledgedAt: '2026-11-02T03:00:00.000Z',
    requiresAck: false,
    emergencyNeeded: true,
    nextDueAt: null,
    nextDueKind: null,
    escalated: false,
    lastActionAt: '2026-12-02T02:00:00.000Z',
    childLabel: 'Dương N.',
    childId: null,
    transferredFrom: [],
    reports: [
      report(IDS.report2, '2026-11-03T02:00:00.000Z', false),
      report(IDS.report1, '2026-11-02T01:05:00.000Z', true),
    ],
    actions,
    tasks: [],
    clocks: [
      {
        kind: 'emergency_12h',
        taskId: null,
        startedAt: '2026-11-02T01:05:00.000Z',
        dueAt: '2026-11-02T13:05:00.000Z',
        stoppedAt: '2026-11-02T06:00:00.000Z',
        state: 'met',
        flagged: false,
      },
    ],
    allowedActions: [],
    seq: actions.length,
  };
}

/** The walked case re-planned after its review instead of closed: a second cycle of Mẫu 03, 04, 05 and 06. */
export function replannedCase(): CaseDetail {
  const d = walkedCase();
  seq = d.actions.length - 1;
  const p = plan([['00000000-0000-4000-8000-000000000044', 'legal_aid', null, TEXTS.task3]]);
  const actions = [
    ...d.actions.slice(0, -1),
    action('REPLAN', '2026-12-02T02:00:00Z', 'chairman', {}, { reason: 'Trẻ cần trợ giúp pháp lý.' }),
    action(
      'ASSESS_NEEDS',
      '2026-12-03T02:00:00Z',
      'officer',
      {
        riskLevel: 'medium',
        meetingAt: '2026-12-03T01:00:00Z',
        participantCount: 4,
      },
      {
        risks: 'Nguy cơ giảm.',
        needs: 'Trợ giúp pháp lý.',
        participants: 'Trợ giúp pháp lý.',
        minutes: TEXTS.minutes2,
      },
    ),
    action('DRAFT_PLAN', '2026-12-04T02:00:00Z', 'officer', p.data, p.text),
    action(
      'APPROVE_PLAN',
      '2026-12-07T02:00:00Z',
      'chairman',
      { decisionNumber: TEXTS.approval2, decidedAt: '2026-12-07' },
      {
        note: null,
      },
    ),
    action(
      'REVIEW',
      '2027-01-15T02:00:00Z',
      'officer',
      {
        remainingHarm: 'low',
        abuserAccess: 'low',
        careEnvironment: 'low',
        childCapacity: 'high',
        recommendation: 'close',
      },
      { childCondition: 'Trẻ phát triển bình thường.', notes: null },
    ),
  ];
  return { ...d, status: 'reviewed', actions, seq: actions.length };
}

export function contextFor(detail: CaseDetail): FormContext {
  return {
    detail,
    commune: { name: 'Phường Bắc Nha Trang', shortName: 'Bắc Nha Trang' },
    provinceName: 'Tỉnh Khánh Hoà',
    harmTypeNames: new Map([['physical_violence', 'Bạo lực thể chất']]),
    agencyNames: new Map([
      [IDS.police, 'Công an phường Bắc Nha Trang'],
      [IDS.health, 'Trạm Y tế phường Bắc Nha Trang'],
    ]),
    communes: new Map(),
  };
}

/** pdftotext breaks lines where the layout does; compare text with single spaces. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');

const run = promisify(execFile);

/**
 * The text of a PDF in the order it was drawn (pdftotext -raw), with single spaces: a table cell's lines stay
 * together, where the default layout mode interleaves the cells of a row.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-forms-'));
  const file = path.join(dir, 'form.pdf');
  try {
    fs.writeFileSync(file, pdf);
    return flat((await run('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])).stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
