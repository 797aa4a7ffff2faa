import crypto from 'node:crypto';
import { expect } from 'vitest';
import type { TestClient } from '../../../test/test-app';
import type { AmPlanDetail } from '../../../shared/domain/ActionMonth';

/** Test helpers of Action Month plans: valid bodies and the calls that make, fill and issue a plan. */

/** A reference year (loaded from data/reference/action-month-themes.csv at prepare). */
export const YEAR = 2025;

export function planBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    transactionId: crypto.randomUUID(),
    year: YEAR,
    issuingBody: 'Ủy ban nhân dân tỉnh Khánh Hòa',
    title: 'Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2025',
    purpose: 'Nâng cao nhận thức của gia đình, nhà trường và xã hội về bảo vệ trẻ em.',
    requirements: 'Các hoạt động thiết thực, hướng về cơ sở, tiết kiệm.',
    periodStart: '2025-06-01',
    periodEnd: '2025-06-30',
    ...overrides,
  };
}

export function activityBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'visits_gifts',
    title: 'Thăm hỏi, tặng quà trẻ em có hoàn cảnh đặc biệt',
    description: 'Mỗi xã thăm và tặng quà ít nhất 20 trẻ em.',
    startDate: '2025-06-01',
    endDate: '2025-06-15',
    budgetState: 20_000_000,
    budgetMobilised: 35_500_000,
    targets: '100% trẻ em có hoàn cảnh đặc biệt được thăm hỏi',
    ...overrides,
  };
}

export function issueBody(
  plan: AmPlanDetail,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    expectedVersion: plan.version,
    documentNumber: '1712/KH-UBND',
    documentDate: '2025-05-20',
    signerName: 'Nguyễn Văn Mẫu',
    signerTitle: 'KT. CHỦ TỊCH — PHÓ CHỦ TỊCH',
    ...overrides,
  };
}

export async function createPlan(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<AmPlanDetail> {
  const res = await client.post('/api/action-month/plans', planBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function addActivity(
  client: TestClient,
  planId: string,
  overrides: Record<string, unknown> = {},
): Promise<AmPlanDetail> {
  const res = await client.post(`/api/action-month/plans/${planId}/activities`, activityBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function issuePlan(
  client: TestClient,
  planId: string,
  overrides: Record<string, unknown> = {},
): Promise<AmPlanDetail> {
  const current = (await client.get(`/api/action-month/plans/${planId}`)).json<AmPlanDetail>();
  const res = await client.post(`/api/action-month/plans/${planId}/issue`, issueBody(current, overrides));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A plan created, given its activities and issued, as its unit's user. */
export async function issuedPlan(
  client: TestClient,
  plan: Record<string, unknown> = {},
  activities: Record<string, unknown>[] = [],
): Promise<AmPlanDetail> {
  const created = await createPlan(client, plan);
  for (const a of activities) await addActivity(client, created.id, a);
  return issuePlan(client, created.id);
}

/** The field paths of a 400 answer. */
export function fieldPaths(body: string): string[] {
  const parsed = JSON.parse(body) as { error?: { fields?: { path: string }[] } };
  return (parsed.error?.fields ?? []).map((f) => f.path);
}

export function errorOf(body: string): { code: string; messageId: string; currentVersion?: number } {
  return (JSON.parse(body) as { error: { code: string; messageId: string; currentVersion?: number } }).error;
}
