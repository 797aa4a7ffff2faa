import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { act, caseClients, driveTo, openCase, STEP } from './case.test-helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t.close());

describe('the main path of the procedure', () => {
  it('walks a report to a closed case, with the partner agency doing its tasks', async () => {
    const c = await caseClients(t);
    const { caseId } = await openCase(c.officer);
    const { taskIds } = await driveTo(t, c, caseId, 'in_progress');
    const police = await t.as('partnerPoliceA');
    for (const taskId of taskIds) {
      expect((await act(police, caseId, 'TASK_ACCEPT', { taskId })).statusCode).toBe(200);
      const done = await act(police, caseId, 'TASK_DONE', { taskId }, { result: 'Đã thực hiện.' });
      expect(done.statusCode, done.body).toBe(200);
    }
    const review = STEP.REVIEW();
    expect((await act(c.officer, caseId, 'REVIEW', review.data, review.text)).statusCode).toBe(200);
    const close = await act(c.chairman, caseId, 'CLOSE', STEP.CLOSE().data, {});
    expect(close.json()).toMatchObject({ status: 'closed' });
    const row = await t.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'closed', next_due_at: null, sweep_at: null });
  });

  it('refuses a step out of order (409) and hides another commune’s case (404)', async () => {
    const c = await caseClients(t);
    const { caseId } = await openCase(c.officer);
    const early = await act(c.chairman, caseId, 'APPROVE_PLAN', STEP.APPROVE_PLAN().data, {});
    expect(early.statusCode).toBe(409);
    const other = await t.as('communeOfficerB');
    expect((await act(other, caseId, 'NOTE', {}, { note: 'x' })).statusCode).toBe(404);
  });
});
