import { sql } from 'kysely';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { verifyAuditChain } from '../../audit/audit-verify';
import { reportBody } from '../cases/case.test-helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t.close());

/** Reports that open new cases are written many per transaction (intake-batcher.ts): same effect as one by one. */
describe('batched report intake', () => {
  it('writes 60 concurrent reports with distinct case numbers, one RECEIVE each, and an intact audit chain', async () => {
    const officer = await t.as('hotlineCounsellor');
    // An address for officer A, so the batch also writes e-mails (reserved domain: never delivered).
    await t.db
      .updateTable('users')
      .set({ email: 'canbo.a@treem-test.invalid' })
      .where('id', '=', t.users.communeOfficerA.id)
      .execute();
    const bodies = Array.from({ length: 60 }, (_, i) =>
      reportBody({ communeCode: i % 2 ? '22333' : '22366' }),
    );
    const answers = await Promise.all(bodies.map((b) => officer.post('/api/reports', b)));
    expect(answers.map((a) => a.statusCode)).toEqual(bodies.map(() => 201));
    const numbers = answers.map((a) => a.json<{ caseNumber: string }>().caseNumber);
    expect(new Set(numbers).size).toBe(60);
    const a = numbers.filter((n) => n.startsWith('22333-')).sort();
    expect(a.map((n) => Number(n.slice(-5)))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const actions = await t.db
      .selectFrom('case_actions')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('type', '=', 'RECEIVE')
      .executeTakeFirstOrThrow();
    expect(Number(actions.n)).toBe(60);
    // One audit event per actor and province per batch: every report and case id is in exactly one of them.
    const audited = await t.db
      .selectFrom('audit_log')
      .select(['target_ids', 'counts'])
      .where('operation', '=', 'report.create')
      .where('actor_id', '=', t.users.hotlineCounsellor.id)
      .execute();
    const ids = audited.flatMap((r) => r.target_ids);
    const reportIds = answers.map((a) => a.json<{ reportId: string; caseId: string }>());
    for (const r of reportIds) {
      expect(ids.filter((id) => id === r.reportId)).toHaveLength(1);
      expect(ids.filter((id) => id === r.caseId)).toHaveLength(1);
    }
    expect(audited.reduce((n, r) => n + Number(r.counts.reports), 0)).toBe(60);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    // The commune officers of A were told of their 30 new cases.
    const notes = await t.db
      .selectFrom('notifications')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('user_id', '=', t.users.communeOfficerA.id)
      .where('kind', '=', 'case.new')
      .executeTakeFirstOrThrow();
    expect(Number(notes.n)).toBe(30);
    // Each notification and e-mail names its own case's number (given in the same statement as the case).
    const told = await t.db
      .selectFrom('notifications as n')
      .innerJoin('cases as c', 'c.id', 'n.case_id')
      .innerJoin('email_outbox as m', (j) =>
        j.on(sql<boolean>`m.dedupe_key = n.dedupe_key || ':' || n.user_id`),
      )
      .select(['c.case_number', 'n.params', 'm.subject', 'm.body'])
      .where('n.user_id', '=', t.users.communeOfficerA.id)
      .execute();
    expect(told).toHaveLength(30);
    for (const row of told) {
      expect(row.params).toEqual({ caseNumber: row.case_number });
      expect(row.subject).toContain(row.case_number);
      expect(row.body).toContain(row.case_number);
      expect(row.subject + row.body).not.toContain('{{');
    }
  });

  it('answers concurrent retries of one report with the same case, written once', async () => {
    const officer = await t.as('communeOfficerA');
    const body = reportBody();
    const answers = await Promise.all([1, 2, 3, 4].map(() => officer.post('/api/reports', body)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.json<{ caseId: string }>().caseId)).size).toBe(1);
    const reports = await t.db
      .selectFrom('reports')
      .select('id')
      .where('transaction_id', '=', String(body.transactionId))
      .execute();
    expect(reports).toHaveLength(1);
  });

  it('does not let one bad report of a batch fail the others', async () => {
    const officer = await t.as('communeOfficerA');
    const good = Array.from({ length: 5 }, () => reportBody());
    const retried = reportBody();
    await officer.post('/api/reports', retried);
    const answers = await Promise.all([...good, retried].map((b) => officer.post('/api/reports', b)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
  });
});

describe('register children that may be the reported one', () => {
  it('are suggested only when the form asks, and only inside the caller’s reach', async () => {
    const officer = await t.as('communeOfficerA');
    const child = await officer.post('/api/children', {
      transactionId: crypto.randomUUID(),
      fullName: 'Đỗ Thị Hồng Nhung',
      birthDate: '2017-03-04',
      sex: 'female',
      communeCode: '22333',
    });
    expect(child.statusCode, child.body).toBe(201);
    const described = { child: { fullName: 'do thi hong nhung', birthDate: '2017-03-04', sex: 'female' } };
    const asked = await officer.post('/api/reports?suggestChildren=true', reportBody(described));
    expect(asked.statusCode).toBe(201);
    expect(asked.json<{ childCandidates: { id: string }[] }>().childCandidates.map((c) => c.id)).toEqual([
      child.json<{ id: string }>().id,
    ]);
    const plain = await officer.post('/api/reports', reportBody(described));
    expect(plain.json<{ childCandidates: unknown[] }>().childCandidates).toEqual([]);
    // An officer of another commune reporting about commune A does not learn of A's children.
    const other = await t.as('communeOfficerB');
    const outside = await other.post('/api/reports?suggestChildren=true', reportBody(described));
    expect(outside.statusCode).toBe(201);
    expect(outside.json<{ childCandidates: unknown[] }>().childCandidates).toEqual([]);
  });
});
