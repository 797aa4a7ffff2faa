import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t.close());

describe('smoke', () => {
  it('report → case → actions', async () => {
    const officer = await t.as('communeOfficerA');
    const res = await officer.post('/api/reports', {
      transactionId: crypto.randomUUID(),
      channel: 'walk_in',
      communeCode: '22333',
      description: 'Trẻ bị đánh',
      harmTypes: ['physical_violence'],
      environment: 'family',
      perpetratorRelation: 'parent',
      child: { fullName: 'Nguyễn Văn An', estimatedAge: 8, sex: 'male' },
      reporter: { anonymous: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { caseId } = res.json<{ caseId: string }>();
    const verify = await officer.post(`/api/cases/${caseId}/actions`, {
      type: 'VERIFY',
      transactionId: crypto.randomUUID(),
      data: { outcome: 'confirmed', method: 'home_visit' },
      text: { findings: 'Đã xác minh' },
    });
    expect(verify.statusCode, verify.body).toBe(200);
    const bad = await officer.post(`/api/cases/${caseId}/actions`, {
      type: 'APPROVE_PLAN',
      transactionId: crypto.randomUUID(),
      data: { decisionNumber: '1/QĐ', decidedAt: '2026-01-01' },
      text: {},
    });
    expect(bad.statusCode, bad.body).toBe(409);
    const other = await t.as('communeOfficerB');
    const hidden = await other.post(`/api/cases/${caseId}/actions`, {
      type: 'NOTE',
      transactionId: crypto.randomUUID(),
      data: {},
      text: { note: 'x' },
    });
    expect(hidden.statusCode, hidden.body).toBe(404);
  });
});
