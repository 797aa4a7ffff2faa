import crypto from 'node:crypto';
import { expect } from 'vitest';
import type { TestClient, TestContext } from '../../../test/test-app';
import type { CaseStatus } from '../../../shared/workflow/case-workflow';

/** Test helpers for reports and cases: open a case through the API and walk it through the procedure. */

export const uuid = () => crypto.randomUUID();

export function reportBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    transactionId: uuid(),
    channel: 'walk_in',
    communeCode: '22333',
    description: 'Hàng xóm nghe thấy trẻ bị đánh nhiều lần vào buổi tối.',
    harmTypes: ['physical_violence'],
    environment: 'family',
    perpetratorRelation: 'parent',
    urgency: 'high',
    child: { fullName: 'Trần Thị Bích', estimatedAge: 9, sex: 'female', whereNow: 'Ở nhà' },
    reporter: { anonymous: true },
    ...overrides,
  };
}

/** Records a report and returns the case it opened. */
export async function openCase(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<{ caseId: string; caseNumber: string; reportId: string }> {
  const res = await client.post('/api/reports', reportBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function act(
  client: TestClient,
  caseId: string,
  type: string,
  data: Record<string, unknown> = {},
  text: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) {
  return client.post(`/api/cases/${caseId}/actions`, { type, transactionId: uuid(), data, text, ...extra });
}

export async function actOk(
  client: TestClient,
  caseId: string,
  type: string,
  data: Record<string, unknown> = {},
  text: Record<string, unknown> = {},
): Promise<{ seq: number; status: CaseStatus }> {
  const res = await act(client, caseId, type, data, text);
  expect(res.statusCode, `${type}: ${res.body}`).toBe(200);
  return res.json();
}

/** Valid data and text of each step, for walking a case through the procedure. */
export const STEP = {
  VERIFY: () => ({
    data: { outcome: 'confirmed', method: 'home_visit' },
    text: { findings: 'Đã đến nhà, xác nhận trẻ có vết bầm tím ở tay.' },
  }),
  ASSESS_INITIAL: (serious = true) => ({
    data: { riskLevel: serious ? 'serious' : 'low', caregiverIsPerpetrator: serious, childSafeNow: !serious },
    text: {
      harmDescription: 'Trẻ bị cha đánh bằng roi.',
      childCondition: 'Trẻ sợ hãi, có vết thương nhẹ.',
      conclusion: serious ? 'Nguy cơ cao, cần bảo vệ khẩn cấp.' : 'Nguy cơ thấp.',
    },
  }),
  EMERGENCY_PROTECT: () => ({
    data: {
      measures: ['temporary_separation', 'first_aid'],
      separation: true,
      placementType: 'relative',
      decisionNumber: '12/QĐ-UBND',
      decidedAt: new Date().toISOString(),
    },
    text: { reason: 'Người chăm sóc là người gây hại.', placement: 'Nhà bà ngoại', notes: null },
  }),
  ASSESS_NEEDS: () => ({
    data: { riskLevel: 'high', meetingAt: new Date().toISOString(), participantCount: 5 },
    text: {
      risks: 'Nguy cơ bị bạo lực lặp lại.',
      needs: 'Chăm sóc y tế, tâm lý, trợ giúp pháp lý.',
      participants: 'Chủ tịch UBND xã, công an xã, trạm y tế, bà ngoại.',
      minutes: 'Cuộc họp thống nhất các biện pháp hỗ trợ, can thiệp.',
    },
  }),
  DRAFT_PLAN: (agencyId: string | null, taskIds = [uuid(), uuid()]) => ({
    data: {
      reviewDate: '2027-01-15',
      tasks: taskIds.map((taskId, i) => ({
        taskId,
        measure: i === 0 ? 'stop_violation' : 'medical_care',
        agencyId,
        dueDate: '2026-12-31',
      })),
    },
    text: {
      goals: 'Trẻ được an toàn và phục hồi.',
      tasks: taskIds.map((taskId, i) => ({ taskId, description: `Nhiệm vụ số ${i + 1}` })),
    },
  }),
  APPROVE_PLAN: () => ({ data: { decisionNumber: '15/QĐ-UBND', decidedAt: '2026-11-23' }, text: {} }),
  REVIEW: (recommendation: 'close' | 'replan' = 'close') => ({
    data: {
      remainingHarm: 'low',
      abuserAccess: 'low',
      careEnvironment: 'low',
      childCapacity: 'medium',
      recommendation,
    },
    text: { childCondition: 'Trẻ ổn định, đi học bình thường.', notes: null },
  }),
  CLOSE: () => ({ data: { reason: 'goals_met' }, text: {} }),
} as const;

export type CaseClients = { officer: TestClient; chairman: TestClient };

export async function caseClients(t: TestContext): Promise<CaseClients> {
  return { officer: await t.as('communeOfficerA'), chairman: await t.as('communeChairmanA') };
}

/**
 * Walks a new case of commune A to a status along the main path (serious risk → emergency protection), with the
 * plan's tasks assigned to `agencyId` (default: the police agency of the fixtures). Returns the task ids.
 */
export async function driveTo(
  t: TestContext,
  c: CaseClients,
  caseId: string,
  target: CaseStatus,
  agencyId: string | null = t.agencies.policeA,
): Promise<{ taskIds: string[] }> {
  const taskIds = [uuid(), uuid()];
  const path: [CaseStatus, () => Promise<unknown>][] = [
    ['verified', () => actOk(c.officer, caseId, 'VERIFY', STEP.VERIFY().data, STEP.VERIFY().text)],
    ['initial_assessed', () => step(c.officer, caseId, 'ASSESS_INITIAL', STEP.ASSESS_INITIAL())],
    ['emergency_protected', () => step(c.chairman, caseId, 'EMERGENCY_PROTECT', STEP.EMERGENCY_PROTECT())],
    ['needs_assessed', () => step(c.officer, caseId, 'ASSESS_NEEDS', STEP.ASSESS_NEEDS())],
    ['plan_drafted', () => step(c.officer, caseId, 'DRAFT_PLAN', STEP.DRAFT_PLAN(agencyId, taskIds))],
    ['in_progress', () => step(c.chairman, caseId, 'APPROVE_PLAN', STEP.APPROVE_PLAN())],
    ['reviewed', () => step(c.officer, caseId, 'REVIEW', STEP.REVIEW())],
    ['closed', () => step(c.chairman, caseId, 'CLOSE', STEP.CLOSE())],
  ];
  if (target === 'received') return { taskIds };
  for (const [status, run] of path) {
    await run();
    if (status === target) return { taskIds };
  }
  throw new Error(`driveTo: ${target} is not on the main path`);
}

function step(client: TestClient, caseId: string, type: string, s: { data: object; text: object }) {
  return actOk(client, caseId, type, s.data as Record<string, unknown>, s.text as Record<string, unknown>);
}

// ----- Added for the workflow and jurisdiction suites -----

type ErrorBody = {
  error: {
    code: string;
    messageId: string;
    fields?: { path: string; messageId: string }[];
    allowedActions?: string[];
    status?: string;
    seq?: number;
  };
};

/** The error body of a refused request. */
export function errorOf(res: { body: string }): ErrorBody['error'] {
  return (JSON.parse(res.body) as ErrorBody).error;
}

/** Expects a 409 (with a message id) and returns the actions the server says are allowed now. */
export function expectConflict(
  res: { statusCode: number; body: string },
  messageId = 'case.actionNotAllowed',
): string[] {
  expect(res.statusCode, res.body).toBe(409);
  const e = errorOf(res);
  expect(e.messageId).toBe(messageId);
  return e.allowedActions ?? [];
}

/** Expects a 400 naming the field (e.g. 'body.data.outcome'). */
export function expectFieldError(res: { statusCode: number; body: string }, path: string): void {
  expect(res.statusCode, res.body).toBe(400);
  expect((errorOf(res).fields ?? []).map((f) => f.path)).toContain(path);
}

/** The actions the case page offers a client now (GET /api/cases/:id). */
export async function allowedFor(client: TestClient, caseId: string): Promise<string[]> {
  const res = await client.get(`/api/cases/${caseId}?purpose=case_work`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ allowedActions: string[] }>().allowedActions;
}
