import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { HotlineTransfer, HotlineTransferList } from '../../../shared/domain/Hotline';
import type { ReportContent, ReporterIdentity } from '../../../shared/domain/Report';
import { caseCipher } from '../cases/case-cipher';
import { actOk, caseClients, driveTo, uuid, type CaseClients } from '../cases/case.test-helpers';
import { fieldPaths, logAndTransfer, logContact, transfer, transferBody } from './hotline.test-helpers';

let t: TestContext;
let counsellor: TestClient;
let commune: CaseClients;
beforeAll(async () => {
  t = await createTestContext();
  counsellor = await t.as('hotlineCounsellor');
  commune = await caseClients(t);
});
afterAll(async () => t.close());

const caseRow = (caseNumber: string) =>
  t.db.selectFrom('cases').selectAll().where('case_number', '=', caseNumber).executeTakeFirstOrThrow();
const reportOfContact = (contactId: string) =>
  t.db
    .selectFrom('reports')
    .selectAll()
    .where('hotline_contact_id', '=', contactId)
    .executeTakeFirstOrThrow();

async function transfersOf(query = ''): Promise<HotlineTransferList> {
  const res = await counsellor.get(`/api/hotline/transfers?limit=200${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function progressOf(contactId: string): Promise<HotlineTransfer['transfer']> {
  const found = (await transfersOf()).items.find((i) => i.id === contactId);
  if (!found) throw new Error('transfer not listed');
  return found.transfer;
}

describe('transferring a contact to a commune', () => {
  it('records the report (Mẫu 01) and opens the case in the commune, waiting for its acknowledgement', async () => {
    const { contact, transferred } = await logAndTransfer(counsellor);
    const ackDue = new Date(Date.parse(contact.startedAt) + t.config.cases.acknowledgeHours * 3600_000);
    expect(transferred.transfer).toMatchObject({
      communeCode: '22333',
      communeName: expect.stringContaining('Bắc Nha Trang'),
      provinceCode: '56',
      basis: 'residence',
      progress: 'received',
      acknowledgedAt: null,
      acknowledgeDueAt: ackDue.toISOString(),
      escalated: false,
    });
    const c = await caseRow(transferred.transfer.caseNumber);
    expect(c).toMatchObject({
      commune_code: '22333',
      status: 'received',
      requires_ack: true,
      channel: 'hotline_111',
      hotline_contact_id: contact.id,
      next_due_kind: 'acknowledge',
      harm_types: ['physical_violence'],
    });
    expect(c.received_at.toISOString()).toBe(contact.startedAt);
    const r = await reportOfContact(contact.id);
    expect(r).toMatchObject({
      case_id: c.id,
      channel: 'hotline_111',
      receiving_agency_id: null,
      received_by: t.users.hotlineCounsellor.id,
      reporter_anonymous: true,
      reporter_enc: null,
      child_sex: 'male',
      child_age_years: 11,
    });
    const content = caseCipher(t.config.encryptionKey).decryptReportContent<ReportContent>(
      r.id,
      r.content_enc,
    );
    expect(content).toMatchObject({
      description: contact.summary,
      actionsTaken: contact.advice,
      child: { fullName: 'Nguyễn Văn An', estimatedAge: 11, sex: 'male' },
    });
    const contactRow = await t.db
      .selectFrom('hotline_contacts')
      .selectAll()
      .where('id', '=', contact.id)
      .executeTakeFirstOrThrow();
    expect(contactRow).toMatchObject({
      case_id: c.id,
      transfer_commune_code: '22333',
      transfer_province_code: '56',
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['purpose', 'unit_code'])
      .where('operation', '=', 'hotline.transfer')
      .where('actor_id', '=', t.users.hotlineCounsellor.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ purpose: 'residence', unit_code: '22333' });
  });

  it('shows the case in commune A’s queue of new cases, and to nobody in commune B', async () => {
    const { transferred } = await logAndTransfer(counsellor);
    const c = await caseRow(transferred.transfer.caseNumber);
    const queue = await commune.officer.get('/api/cases?queue=new&limit=200');
    expect(queue.statusCode, queue.body).toBe(200);
    const items = queue.json<{ items: { id: string; requiresAck: boolean }[] }>().items;
    expect(items.find((i) => i.id === c.id)).toMatchObject({ requiresAck: true });
    const other = await t.as('communeOfficerB');
    expect((await other.get(`/api/cases/${c.id}?purpose=case_work`)).statusCode).toBe(404);
  });

  it('on the basis of the event, records the commune as where it happened', async () => {
    const { contact, transferred } = await logAndTransfer(counsellor, {
      transfer: { basis: 'event', communeCode: '22366', eventPlace: 'Chợ Đầm' },
    });
    expect(transferred.transfer).toMatchObject({ basis: 'event', communeCode: '22366' });
    expect(await reportOfContact(contact.id)).toMatchObject({
      commune_code: '22366',
      event_commune_code: '22366',
    });
    const residence = await logAndTransfer(counsellor, { transfer: { eventCommuneCode: '00004' } });
    expect(residence.transferred.transfer.basis).toBe('residence');
    expect(await reportOfContact(residence.contact.id)).toMatchObject({
      commune_code: '22333',
      event_commune_code: '00004',
    });
  });

  it('passes the caller’s identity to the commune only with consent', async () => {
    const { contact } = await logAndTransfer(counsellor, {
      contact: { callerConsent: true, callerName: 'Em An', callerPhone: '0912345678' },
      transfer: { description: 'Mô tả bổ sung khi chuyển.' },
    });
    const r = await reportOfContact(contact.id);
    expect(r.reporter_anonymous).toBe(false);
    const cipher = caseCipher(t.config.encryptionKey);
    expect(cipher.decryptReporter<ReporterIdentity>(r.id, r.reporter_enc ?? '')).toEqual({
      relation: 'child_self',
      name: 'Em An',
      phone: '0912345678',
      address: null,
    });
    expect(cipher.decryptReportContent<ReportContent>(r.id, r.content_enc).description).toBe(
      'Mô tả bổ sung khi chuyển.',
    );
  });
});

describe('a transfer happens once', () => {
  it('answers a retry with the same transactionId with the same transfer, written once', async () => {
    const contact = await logContact(counsellor);
    const body = transferBody();
    const url = `/api/hotline/contacts/${contact.id}/transfer`;
    const answers = await Promise.all([1, 2, 3].map(() => counsellor.post(url, body)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    const numbers = answers.map((a) => a.json<HotlineTransfer>().transfer.caseNumber);
    expect(new Set(numbers).size).toBe(1);
    const reports = await t.db
      .selectFrom('reports')
      .select('id')
      .where('hotline_contact_id', '=', contact.id)
      .execute();
    expect(reports).toHaveLength(1);
  });

  it('lets only one of two concurrent transfers of a contact through', async () => {
    const contact = await logContact(counsellor);
    const url = `/api/hotline/contacts/${contact.id}/transfer`;
    const answers = await Promise.all([
      counsellor.post(url, transferBody()),
      counsellor.post(url, transferBody({ communeCode: '22366' })),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const cases = await t.db
      .selectFrom('cases')
      .select('id')
      .where('hotline_contact_id', '=', contact.id)
      .execute();
    expect(cases).toHaveLength(1);
  });

  it('refuses a second transfer of the same contact (409) and a transactionId of another transfer', async () => {
    const { contact, transferred } = await logAndTransfer(counsellor);
    const again = await counsellor.post(
      `/api/hotline/contacts/${contact.id}/transfer`,
      transferBody({ communeCode: '22366' }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: 'CONFLICT', caseNumber: transferred.transfer.caseNumber },
    });
    const other = await logContact(counsellor);
    const reused = transferBody();
    await transfer(counsellor, other.id, reused);
    const third = await logContact(counsellor);
    const clash = await counsellor.post(`/api/hotline/contacts/${third.id}/transfer`, reused);
    expect(clash.statusCode).toBe(409);
  });
});

describe('validation of a transfer', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an unknown commune', { communeCode: '99999' }, 'body.communeCode'],
    ['a province code', { communeCode: '56' }, 'body.communeCode'],
    ['an unknown event commune', { eventCommuneCode: '99998' }, 'body.eventCommuneCode'],
    ['a wrong basis', { basis: 'nearby' }, 'body.basis'],
    ['no environment', { environment: undefined }, 'body.environment'],
    ['an age over 17', { child: { estimatedAge: 18, sex: 'male' } }, 'body.child.estimatedAge'],
    ['a wrong sex', { child: { sex: 'x' } }, 'body.child.sex'],
    ['an oversize description', { description: 'x'.repeat(5001) }, 'body.description'],
    ['a malformed transactionId', { transactionId: '1' }, 'body.transactionId'],
  ];
  it.each(cases)('refuses %s with 400, writing nothing', async (_name, overrides, path) => {
    const contact = await logContact(counsellor);
    const res = await counsellor.post(
      `/api/hotline/contacts/${contact.id}/transfer`,
      transferBody(overrides),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldPaths(res.body)).toContain(path);
    const row = await t.db
      .selectFrom('hotline_contacts')
      .select('case_id')
      .where('id', '=', contact.id)
      .executeTakeFirstOrThrow();
    expect(row.case_id).toBeNull();
  });

  it('answers 404 for an unknown contact', async () => {
    const res = await counsellor.post(`/api/hotline/contacts/${uuid()}/transfer`, transferBody());
    expect(res.statusCode).toBe(404);
  });
});

describe('the counsellor follows the progress, never the case', () => {
  it('sees received → acknowledged → in progress as the commune acts', async () => {
    const { contact, transferred } = await logAndTransfer(counsellor);
    const c = await caseRow(transferred.transfer.caseNumber);
    expect((await transfersOf('&filter=not_acknowledged')).items.map((i) => i.id)).toContain(contact.id);

    await actOk(commune.officer, c.id, 'ACKNOWLEDGE', {}, {});
    const acked = await progressOf(contact.id);
    expect(acked).toMatchObject({ progress: 'acknowledged', acknowledgeDueAt: null, escalated: false });
    expect(acked.acknowledgedAt).not.toBeNull();
    expect((await caseRow(transferred.transfer.caseNumber)).next_due_kind).not.toBe('acknowledge');
    expect((await transfersOf('&filter=not_acknowledged')).items.map((i) => i.id)).not.toContain(contact.id);

    await driveTo(t, commune, c.id, 'initial_assessed');
    expect((await progressOf(contact.id)).progress).toBe('in_progress');
    expect((await transfersOf('&filter=open')).items.map((i) => i.id)).toContain(contact.id);
  });

  it('sees closed when the commune closes the case', async () => {
    const { contact, transferred } = await logAndTransfer(counsellor);
    const c = await caseRow(transferred.transfer.caseNumber);
    await driveTo(t, commune, c.id, 'closed');
    const done = await progressOf(contact.id);
    expect(done).toMatchObject({ progress: 'closed', nextDueAt: null, acknowledgeDueAt: null });
    expect(done.acknowledgedAt).not.toBeNull();
    expect((await transfersOf('&filter=closed')).items.map((i) => i.id)).toContain(contact.id);
    expect((await transfersOf('&filter=open')).items.map((i) => i.id)).not.toContain(contact.id);
  });

  it('cannot read the case, its report or act on it, and the transfer shows none of its text', async () => {
    const { contact, transferred } = await logAndTransfer(counsellor);
    const c = await caseRow(transferred.transfer.caseNumber);
    expect((await counsellor.get(`/api/cases/${c.id}?purpose=case_work`)).statusCode).toBe(403);
    expect((await counsellor.get('/api/cases')).statusCode).toBe(403);
    const act = await counsellor.post(`/api/cases/${c.id}/actions`, {
      type: 'ACKNOWLEDGE',
      transactionId: uuid(),
      data: {},
      text: {},
    });
    expect(act.statusCode).toBe(403);
    const listed = JSON.stringify(await transfersOf());
    expect(listed).not.toContain(contact.summary);
    expect(listed).not.toContain('Nguyễn Văn An');
  });

  it('refuses malformed list queries with 400', async () => {
    expect((await counsellor.get('/api/hotline/transfers?filter=everything')).statusCode).toBe(400);
    expect((await counsellor.get('/api/hotline/transfers?offset=-1')).statusCode).toBe(400);
  });
});
