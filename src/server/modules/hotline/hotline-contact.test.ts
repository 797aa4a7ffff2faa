import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { FixtureUserKey } from '../../../test/fixtures';
import type { HotlineContact, HotlineContactList } from '../../../shared/domain/Hotline';
import { caseCipher } from '../cases/case-cipher';
import { uuid } from '../cases/case.test-helpers';
import { createChildAs } from '../children/children.test-helpers';
import { contactBody, fieldPaths, logAndTransfer, logContact, transferBody } from './hotline.test-helpers';

let t: TestContext;
let counsellor: TestClient;
beforeAll(async () => {
  t = await createTestContext();
  counsellor = await t.as('hotlineCounsellor');
});
afterAll(async () => t.close());

const auditCount = async (operation: string, targetId: string) => {
  const rows = await t.db
    .selectFrom('audit_log')
    .select('id')
    .where('operation', '=', operation as never)
    .where(sql<boolean>`${targetId} = ANY(target_ids)`)
    .execute();
  return rows.length;
};

describe('who may use the hotline console', () => {
  const someId = '00000000-0000-4000-8000-000000000001';
  const calls = (c: TestClient) => [
    c.post('/api/hotline/contacts', contactBody()),
    c.get('/api/hotline/contacts'),
    c.get(`/api/hotline/contacts/${someId}`),
    c.post(`/api/hotline/contacts/${someId}/transfer`, transferBody()),
    c.get('/api/hotline/transfers'),
  ];

  it('answers 401 to a caller without a session', async () => {
    const answers = await Promise.all(calls(t.anonymous()));
    expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 401, 401]);
  });

  const others: FixtureUserKey[] = [
    'communeOfficerA',
    'communeChairmanA',
    'villageCollaboratorA',
    'provinceOfficerA',
    'partnerPoliceA',
    'nationalOfficer',
    'inspectorNational',
    'adminNational',
  ];
  it.each(others)('answers 403 to %s on every route', async (who) => {
    const client = await t.as(who);
    const answers = await Promise.all(calls(client));
    expect(answers.map((a) => a.statusCode)).toEqual([403, 403, 403, 403, 403]);
  });

  it('refuses a write without the CSRF token', async () => {
    const res = await counsellor.request({
      method: 'POST',
      url: '/api/hotline/contacts',
      payload: contactBody(),
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('logging a contact', () => {
  it('stores the call with its text encrypted, audited, and answers it back', async () => {
    const body = contactBody({ notes: 'Gọi lại sau 2 ngày.' });
    const res = await counsellor.post('/api/hotline/contacts', body);
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json<HotlineContact>();
    expect(c).toMatchObject({
      callId: body.callId,
      callerType: 'child',
      categories: ['physical_violence'],
      summary: body.summary,
      advice: body.advice,
      childName: 'Nguyễn Văn An',
      notes: 'Gọi lại sau 2 ngày.',
      needsLocalIntervention: true,
      counsellor: { id: t.users.hotlineCounsellor.id },
      transfer: null,
    });
    const row = await t.db
      .selectFrom('hotline_contacts')
      .selectAll()
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row.content_enc).not.toContain('roi');
    expect(row.content_enc).not.toContain('Nguyễn');
    expect(await auditCount('hotline.contact.create', c.id)).toBe(1);
  });

  it('keeps the caller’s name and phone only with consent', async () => {
    const without = await logContact(counsellor, { callerName: 'Chị Lan', callerPhone: '0901234567' });
    expect(without).toMatchObject({ callerConsent: false, callerName: null, callerPhone: null });
    const row = await t.db
      .selectFrom('hotline_contacts')
      .select('content_enc')
      .where('id', '=', without.id)
      .executeTakeFirstOrThrow();
    const stored = caseCipher(t.config.encryptionKey).decryptHotlineContent<Record<string, unknown>>(
      without.id,
      row.content_enc,
    );
    expect(stored).toMatchObject({ callerName: null, callerPhone: null });
    const withConsent = await logContact(counsellor, {
      callerType: 'adult',
      callerConsent: true,
      callerName: 'Chị Lan',
      callerPhone: '0901234567',
    });
    expect(withConsent).toMatchObject({ callerName: 'Chị Lan', callerPhone: '0901234567' });
  });

  it('links a child of the register and refuses an unknown child id', async () => {
    const child = await createChildAs(await t.as('communeOfficerA'));
    const linked = await logContact(counsellor, { childId: child.id });
    expect(linked).toMatchObject({ childId: child.id, childLinked: true });
    const res = await counsellor.post('/api/hotline/contacts', contactBody({ childId: uuid() }));
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['body.childId']);
  });

  it('answers a retry with the same transactionId with the same contact, stored once', async () => {
    const body = contactBody();
    const answers = await Promise.all([1, 2, 3].map(() => counsellor.post('/api/hotline/contacts', body)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.json<HotlineContact>().id)).size).toBe(1);
    const again = await counsellor.post('/api/hotline/contacts', body);
    expect(again.json<HotlineContact>().id).toBe(answers[0]?.json<HotlineContact>().id);
    const rows = await t.db
      .selectFrom('hotline_contacts')
      .select('id')
      .where('transaction_id', '=', String(body.transactionId))
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('stores hostile text verbatim as data and never answers 5xx', async () => {
    const script = "<script>alert(1)</script>'; DROP TABLE cases; --";
    const c = await logContact(counsellor, { summary: script, callId: '"><img src=x onerror=alert(1)>' });
    expect(c.summary).toBe(script);
    const nul = await counsellor.post('/api/hotline/contacts', contactBody({ summary: 'a\u0000b' }));
    expect(nul.statusCode).toBe(400);
    expect(fieldPaths(nul.body)).toEqual(['body.summary']);
    const notJson = await counsellor.request({
      method: 'POST',
      url: '/api/hotline/contacts',
      payload: '{"summary": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
  });
});

describe('validation of a contact (400 with the field)', () => {
  const future = new Date(Date.now() + 3 * 3600_000).toISOString();
  const cases: [string, Record<string, unknown>, string][] = [
    ['no summary', { summary: undefined }, 'body.summary'],
    ['a blank summary', { summary: '   ' }, 'body.summary'],
    ['an oversize summary', { summary: 'x'.repeat(5001) }, 'body.summary'],
    ['no category', { categories: [] }, 'body.categories'],
    ['an unknown category', { categories: ['physical_violence', 'alien_abduction'] }, 'body.categories.1'],
    ['a malformed category', { categories: ['DROP TABLE'] }, 'body.categories.0'],
    ['a wrong caller type', { callerType: 'robot' }, 'body.callerType'],
    ['a malformed start', { startedAt: 'yesterday' }, 'body.startedAt'],
    ['a start in the future', { startedAt: future, endedAt: null }, 'body.startedAt'],
    ['an end before the start', { endedAt: new Date(Date.now() - 3600_000).toISOString() }, 'body.endedAt'],
    ['a missing intervention flag', { needsLocalIntervention: undefined }, 'body.needsLocalIntervention'],
    ['a malformed phone', { callerConsent: true, callerPhone: '12ab' }, 'body.callerPhone'],
    ['an oversize call id', { callId: '1'.repeat(101) }, 'body.callId'],
    ['a malformed child id', { childId: 'not-a-uuid' }, 'body.childId'],
  ];
  it.each(cases)('refuses %s', async (_name, overrides, path) => {
    const res = await counsellor.post('/api/hotline/contacts', contactBody(overrides));
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldPaths(res.body)).toContain(path);
  });
});

describe('reading contacts', () => {
  it('opens one contact with its text, audited as a view; an unknown id is 404, a malformed one 400', async () => {
    const c = await logContact(counsellor);
    const res = await counsellor.get(`/api/hotline/contacts/${c.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<HotlineContact>()).toMatchObject({ id: c.id, summary: c.summary });
    expect(await auditCount('hotline.contact.view', c.id)).toBe(1);
    expect((await counsellor.get(`/api/hotline/contacts/${uuid()}`)).statusCode).toBe(404);
    expect((await counsellor.get('/api/hotline/contacts/123')).statusCode).toBe(400);
  });

  it('lists the counsellor’s own calls by default, without their text; mine=false shows colleagues’ too', async () => {
    const mine = await logContact(counsellor);
    // A call taken by another counsellor (written directly: the fixtures have one counsellor).
    const colleague = uuid();
    await t.db
      .insertInto('hotline_contacts')
      .values({
        id: colleague,
        transaction_id: uuid(),
        started_at: new Date(),
        counsellor_id: t.users.nationalOfficer.id,
        caller_type: 'adult',
        categories: ['neglect'],
        needs_local_intervention: false,
        content_enc: caseCipher(t.config.encryptionKey).encryptHotlineContent(colleague, {
          summary: 'Cuộc gọi của đồng nghiệp',
          advice: null,
          callerConsent: false,
          callerName: null,
          callerPhone: null,
          childName: null,
          notes: null,
        }),
      })
      .execute();
    const own = (await counsellor.get('/api/hotline/contacts?limit=200')).json<HotlineContactList>();
    expect(own.items.map((i) => i.id)).toContain(mine.id);
    expect(own.items.map((i) => i.id)).not.toContain(colleague);
    expect(own.items[0]).not.toHaveProperty('summary');
    const all = (
      await counsellor.get('/api/hotline/contacts?mine=false&limit=200')
    ).json<HotlineContactList>();
    expect(all.items.map((i) => i.id)).toContain(colleague);
    expect(all.total).toBe(own.total + 1);
  });

  it('filters by transferred and pages', async () => {
    const { contact } = await logAndTransfer(counsellor);
    const yes = (
      await counsellor.get('/api/hotline/contacts?transferred=yes&limit=200')
    ).json<HotlineContactList>();
    expect(yes.items.map((i) => i.id)).toContain(contact.id);
    expect(yes.items.every((i) => i.transfer !== null)).toBe(true);
    const no = (
      await counsellor.get('/api/hotline/contacts?transferred=no&limit=200')
    ).json<HotlineContactList>();
    expect(no.items.every((i) => i.transfer === null)).toBe(true);
    const page = (await counsellor.get('/api/hotline/contacts?limit=1&offset=1')).json<HotlineContactList>();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
    expect((await counsellor.get('/api/hotline/contacts?limit=0')).statusCode).toBe(400);
    expect((await counsellor.get('/api/hotline/contacts?mine=maybe')).statusCode).toBe(400);
  });
});
