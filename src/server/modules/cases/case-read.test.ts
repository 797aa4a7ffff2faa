import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import type { CaseDetail, CaseSummary } from '../../../shared/domain/Case';
import { caseCipher } from './case-cipher';
import { casesQuery } from './cases.read.repo';
import { actOk, caseClients, driveTo, openCase, STEP, uuid, type CaseClients } from './case.test-helpers';

/** The read side of a case: the detail, the queues and the photos of a report. */
let t: TestContext;
let c: CaseClients;
beforeAll(async () => {
  t = await createTestContext();
  c = await caseClients(t);
});
afterAll(async () => t.close());

const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();
const named = {
  anonymous: false,
  consent: true,
  relation: 'neighbour',
  name: 'Lê Văn Hùng',
  phone: '0905123456',
};

async function detail(client: Awaited<ReturnType<TestContext['as']>>, caseId: string, purpose = 'case_work') {
  const res = await client.get(`/api/cases/${caseId}?purpose=${purpose}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CaseDetail>();
}

async function queue(client: Awaited<ReturnType<TestContext['as']>>, qs: string) {
  const res = await client.get(`/api/cases?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: CaseSummary[]; total: number }>();
}

describe('GET /api/cases/:id', () => {
  it('gives the officer the whole case, decrypted, with clocks and the officer’s actions', async () => {
    const { caseId, reportId } = await openCase(c.officer, { reporter: named });
    await driveTo(t, c, caseId, 'in_progress');
    const d = await detail(c.officer, caseId);
    expect(d).toMatchObject({ id: caseId, status: 'in_progress', communeCode: '22333', seq: 7 });
    expect(d.communeName).toMatch(/Bắc Nha Trang/);
    expect(d.childLabel).toBe('Trần Thị Bích');
    expect(d.reports).toHaveLength(1);
    expect(d.reports[0]).toMatchObject({
      id: reportId,
      reporter: { name: 'Lê Văn Hùng', phone: '0905123456', relation: 'neighbour' },
      content: { description: expect.stringContaining('Hàng xóm') as unknown },
      receivedBy: { id: c.officer.userId },
    });
    expect(d.actions.map((a) => a.type)).toEqual([
      'RECEIVE',
      'VERIFY',
      'ASSESS_INITIAL',
      'EMERGENCY_PROTECT',
      'ASSESS_NEEDS',
      'DRAFT_PLAN',
      'APPROVE_PLAN',
    ]);
    expect(d.actions[1]).toMatchObject({ actorName: 'Test communeOfficerA', text: STEP.VERIFY().text });
    expect(d.tasks).toHaveLength(2);
    expect(d.tasks[0]).toMatchObject({ status: 'pending', agency: { id: t.agencies.policeA } });
    expect(d.tasks.map((x) => x.description).sort()).toEqual(['Nhiệm vụ số 1', 'Nhiệm vụ số 2']);
    expect(d.clocks.find((k) => k.kind === 'emergency_12h')).toMatchObject({ state: 'met' });
    expect(d.clocks.filter((k) => k.kind === 'task').every((k) => k.state === 'running')).toBe(true);
    expect(d.allowedActions).toEqual(
      expect.arrayContaining(['REVIEW', 'NOTE', 'TASK_ACCEPT', 'TRANSFER', 'LINK_CHILD']),
    );
    expect(d.allowedActions).not.toContain('APPROVE_PLAN');
  });

  it('shows each viewer their own actions, and the reporter only to the commune and the province', async () => {
    const { caseId } = await openCase(c.officer, { reporter: named });
    await driveTo(t, c, caseId, 'plan_drafted');
    const chairman = await detail(c.chairman, caseId);
    expect(chairman.allowedActions).toEqual(['RETURN_PLAN', 'APPROVE_PLAN', 'NOTE', 'LINK_CHILD']);
    expect(chairman.reports[0]?.reporter?.name).toBe('Lê Văn Hùng');
    const province = await detail(await t.as('provinceOfficerA'), caseId, 'supervision');
    expect(province.allowedActions).toEqual(['NOTE', 'TRANSFER']);
    expect(province.reports[0]?.reporter).not.toBeNull();
    const inspector = await detail(await t.as('inspectorA'), caseId, 'inspection');
    expect(inspector.allowedActions).toEqual([]);
    expect(inspector.reports[0]?.reporter).toBeNull();
    expect(inspector.reports[0]?.reporterAnonymous).toBe(false);
  });

  it('audits the view with its purpose; a missing purpose is a 400 on the field', async () => {
    const { caseId } = await openCase(c.officer);
    await detail(c.officer, caseId, 'print');
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'case.view')
      .where('actor_id', '=', c.officer.userId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      purpose: 'print',
      target_ids: [caseId],
      unit_code: '22333',
      province_code: '56',
    });
    expect(JSON.stringify(row)).not.toContain('Bích');
    const bad = await c.officer.get(`/api/cases/${caseId}`);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('purpose');
    expect((await c.officer.get(`/api/cases/${caseId}?purpose=curiosity`)).statusCode).toBe(400);
  });

  it('names the register child once linked, and lists the communes a transferred case came from', async () => {
    const { caseId } = await openCase(c.officer);
    const child = await t.db
      .insertInto('children')
      .values({
        full_name: 'Nguyễn Văn An',
        birth_date: '2016-05-01',
        sex: 'male',
        commune_code: '22333',
        province_code: '56',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await actOk(c.officer, caseId, 'LINK_CHILD', { childId: child.id });
    await actOk(c.officer, caseId, 'TRANSFER', { toCommuneCode: '22366' }, { reason: 'Trẻ chuyển nơi ở.' });
    const officerB = await t.as('communeOfficerB');
    const d = await detail(officerB, caseId);
    expect(d).toMatchObject({ childId: child.id, childLabel: 'Nguyễn Văn An', communeCode: '22366' });
    expect(d.transferredFrom).toEqual(['22333']);
    const list = await queue(officerB, 'queue=all');
    expect(list.items.find((i) => i.id === caseId)?.childLabel).toBe('An N.');
  });
});

describe('GET /api/cases (queues)', () => {
  it('sorts overdue and due-soon cases first and puts each case in its queues', async () => {
    const overdue = await openCase(c.officer, { receivedAt: hoursAgo(13) });
    const dueSoon = await openCase(c.officer, { receivedAt: hoursAgo(1) });
    const acknowledged = await openCase(c.officer, { receivedAt: hoursAgo(2) });
    await actOk(c.officer, acknowledged.caseId, 'VERIFY', STEP.VERIFY().data, STEP.VERIFY().text);
    const closed = await openCase(c.officer);
    await actOk(c.chairman, closed.caseId, 'CLOSE', { reason: 'duplicate' });

    const ids = async (qs: string) => (await queue(c.officer, qs)).items.map((i) => i.id);
    const open = await ids('queue=open&limit=200');
    expect(open.indexOf(overdue.caseId)).toBeLessThan(open.indexOf(dueSoon.caseId));
    expect(open).not.toContain(closed.caseId);
    expect(await ids('queue=overdue&limit=200')).toEqual([overdue.caseId]);
    const soon = await ids('queue=due_soon&limit=200');
    expect(soon).toContain(dueSoon.caseId);
    expect(soon).not.toContain(overdue.caseId);
    const fresh = await ids('queue=new&limit=200');
    expect(fresh).toEqual(expect.arrayContaining([overdue.caseId, dueSoon.caseId]));
    expect(fresh).not.toContain(acknowledged.caseId);
    expect(await ids('queue=closed&limit=200')).toContain(closed.caseId);
    expect(await ids('queue=all&limit=200')).toEqual(expect.arrayContaining([closed.caseId, overdue.caseId]));
    expect(await ids('queue=all&status=verified&limit=200')).toEqual([acknowledged.caseId]);
  });

  it('shows the 12-hour clock and a short label, pages with a total, and audits the list', async () => {
    const { caseId } = await openCase(c.officer, { receivedAt: hoursAgo(3) });
    const page = await queue(c.officer, 'queue=all&limit=1');
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
    const all = await queue(c.officer, 'queue=all&limit=200');
    const item = all.items.find((i) => i.id === caseId);
    expect(item).toMatchObject({ nextDueKind: 'emergency_12h', childLabel: 'Bích T.', status: 'received' });
    expect(Date.parse(item?.nextDueAt ?? '')).toBeGreaterThan(Date.now());
    expect(JSON.stringify(all)).not.toContain('Trần Thị Bích');
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'case.list')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ purpose: 'all', unit_code: '22333' });
    expect(row.counts).toMatchObject({ results: all.items.length, total: all.total });
  });

  it('finds nothing for a commune outside the jurisdiction, and refuses a malformed filter', async () => {
    await openCase(await t.as('communeOfficerB'), { communeCode: '22366' });
    expect(await queue(c.officer, 'queue=all&communeCode=22366')).toEqual({ items: [], total: 0 });
    const province = await queue(await t.as('provinceOfficerA'), 'queue=all&communeCode=22366');
    expect(province.total).toBeGreaterThan(0);
    const bad = await c.officer.get('/api/cases?queue=urgent&limit=0');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('queue');
  });

  it('uses the queue indexes of the commune and of the province', async () => {
    const plan = (scope: Parameters<typeof casesQuery>[1]) =>
      t.db.transaction().execute(async (tx) => {
        await sql`SET LOCAL enable_seqscan = off`.execute(tx);
        const now = new Date();
        const rows = await casesQuery(tx, scope, { queue: 'open', now }).selectAll('c').explain();
        return JSON.stringify(rows);
      });
    expect(await plan({ kind: 'commune', communeCode: '22333', provinceCode: '56' })).toContain(
      'cases_commune_queue_idx',
    );
    expect(await plan({ kind: 'province', provinceCode: '56' })).toContain('cases_province_idx');
  });
});

describe('GET /api/reports/:reportId/attachments/:id', () => {
  it('streams the decrypted photo to the case’s readers only, never cached, and audits it', async () => {
    const { reportId, caseId } = await openCase(c.officer);
    const id = crypto.randomUUID();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await t.db
      .insertInto('report_attachments')
      .values({
        id,
        report_id: reportId,
        content_type: 'image/png',
        byte_size: png.length,
        data_enc: caseCipher(t.config.encryptionKey).encryptAttachment(id, png),
      })
      .execute();
    const url = `/api/reports/${reportId}/attachments/${id}`;
    const res = await c.officer.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toBe('inline');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.equals(png)).toBe(true);
    expect((await detail(c.officer, caseId)).reports[0]?.attachments).toEqual([
      { id, contentType: 'image/png', byteSize: png.length },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'report.attachment.view')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.target_ids).toEqual([reportId, id, caseId]);

    expect((await (await t.as('communeOfficerB')).get(url)).statusCode).toBe(404);
    expect((await c.officer.get(`/api/reports/${uuid()}/attachments/${id}`)).statusCode).toBe(404);
    expect((await (await t.as('partnerPoliceA')).get(url)).statusCode).toBe(403);
    expect((await c.officer.get(`/api/reports/${reportId}/attachments/nope`)).statusCode).toBe(400);
  });
});
