import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import {
  caseClients,
  expectConflict,
  openCase,
  reportBody,
  STEP,
  uuid,
  type CaseClients,
} from './case.test-helpers';

/** A retried request never acts twice (architecture.md convention 3): the same transactionId appends once. */
let t: TestContext;
let c: CaseClients;
beforeAll(async () => {
  t = await createTestContext();
  c = await caseClients(t);
});
afterAll(async () => t.close());

const countActions = async (caseId: string) =>
  (await t.db.selectFrom('case_actions').select('id').where('case_id', '=', caseId).execute()).length;

function verifyBody(transactionId: string) {
  const v = STEP.VERIFY();
  return { type: 'VERIFY', transactionId, data: v.data, text: v.text };
}

describe('case actions', () => {
  it('appends once when the same request is sent twice, and answers both with the case as it is', async () => {
    const { caseId } = await openCase(c.officer);
    const body = verifyBody(uuid());
    const first = await c.officer.post(`/api/cases/${caseId}/actions`, body);
    const second = await c.officer.post(`/api/cases/${caseId}/actions`, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(second.statusCode, second.body).toBe(200);
    expect(first.json()).toEqual({ caseId, seq: 2, status: 'verified', replayed: false });
    expect(second.json()).toEqual({ caseId, seq: 2, status: 'verified', replayed: true });
    expect(await countActions(caseId)).toBe(2);
    const audits = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('operation', '=', 'case.action')
      .where((eb) => eb(eb.val(caseId), '=', eb.fn.any('target_ids')))
      .execute();
    expect(audits).toHaveLength(1);
  });

  it('appends once when the same request arrives several times at once', async () => {
    const { caseId } = await openCase(c.officer);
    const body = verifyBody(uuid());
    const answers = await Promise.all(
      [1, 2, 3].map(() => c.officer.post(`/api/cases/${caseId}/actions`, body)),
    );
    for (const a of answers) expect(a.statusCode, a.body).toBe(200);
    expect(answers.filter((a) => a.json<{ replayed: boolean }>().replayed === false)).toHaveLength(1);
    expect(answers.map((a) => a.json<{ seq: number }>().seq)).toEqual([2, 2, 2]);
    expect(await countActions(caseId)).toBe(2);
  });

  it('appends once for concurrent retries of a step that may be repeated (a note)', async () => {
    const { caseId } = await openCase(c.officer);
    const body = {
      type: 'NOTE',
      transactionId: uuid(),
      data: {},
      text: { note: 'Đã gọi điện cho nhà trường.' },
    };
    const answers = await Promise.all([1, 2].map(() => c.officer.post(`/api/cases/${caseId}/actions`, body)));
    for (const a of answers) expect(a.statusCode, a.body).toBe(200);
    expect(await countActions(caseId)).toBe(2);
  });

  it('refuses a transactionId already used on another case (409)', async () => {
    const a = await openCase(c.officer);
    const b = await openCase(c.officer);
    const body = verifyBody(uuid());
    expect((await c.officer.post(`/api/cases/${a.caseId}/actions`, body)).statusCode).toBe(200);
    expectConflict(await c.officer.post(`/api/cases/${b.caseId}/actions`, body), 'case.staleState');
    expect(await countActions(b.caseId)).toBe(1);
  });
});

describe('reports', () => {
  const reportsOf = (transactionId: string) =>
    t.db
      .selectFrom('reports')
      .select(['id', 'case_id'])
      .where('transaction_id', '=', transactionId)
      .execute();

  it('records one report and one case when the same report is sent twice', async () => {
    const body = reportBody();
    const first = await c.officer.post('/api/reports', body);
    const second = await c.officer.post('/api/reports', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({
      reportId: first.json<{ reportId: string }>().reportId,
      caseId: first.json<{ caseId: string }>().caseId,
    });
    const rows = await reportsOf(body.transactionId as string);
    expect(rows).toHaveLength(1);
    expect(await countActions(rows[0]?.case_id ?? '')).toBe(1);
  });

  it('records one report and one case when the same report arrives several times at once', async () => {
    const body = reportBody();
    const before = await t.db.selectFrom('cases').select('id').execute();
    const answers = await Promise.all([1, 2, 3].map(() => c.officer.post('/api/reports', body)));
    for (const a of answers) expect(a.statusCode, a.body).toBe(201);
    expect(new Set(answers.map((a) => a.json<{ caseId: string }>().caseId)).size).toBe(1);
    expect(await reportsOf(body.transactionId as string)).toHaveLength(1);
    const after = await t.db.selectFrom('cases').select('id').execute();
    expect(after.length - before.length).toBe(1);
  });
});
