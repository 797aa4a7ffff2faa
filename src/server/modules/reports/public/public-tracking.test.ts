import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/test-app';
import { actOk, caseClients, STEP } from '../../cases/case.test-helpers';
import { JPEG, jpegWithMetadata, photo, publicReport, send } from './public.test-helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({
    env: { TREEM_PUBLIC_POW_BITS: '4', TREEM_PUBLIC_REPORTS_PER_HOUR: '10000' },
  });
});
afterAll(async () => t.close());

async function reportOf(trackingCode: string) {
  return t.db
    .selectFrom('reports')
    .selectAll()
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow();
}

describe('what the commune officer sees', () => {
  it('the script as plain text in the case view, and the photo without its metadata', async () => {
    const description = `<script>alert('xss')</script> bé bị đánh`;
    const res = await send(t, await publicReport(t, { description }), [photo(jpegWithMetadata())]);
    const row = await reportOf(res.json<{ trackingCode: string }>().trackingCode);
    const officer = await t.as('communeOfficerA');
    const view = await officer.get(`/api/cases/${row.case_id}?purpose=case_work`);
    expect(view.statusCode, view.body).toBe(200);
    const report = view.json<{
      reports: Array<{
        id: string;
        channel: string;
        content: { description: string };
        attachments: Array<{ id: string }>;
      }>;
    }>().reports[0]!;
    expect(report).toMatchObject({ channel: 'online', content: { description } });
    const file = await officer.get(`/api/reports/${report.id}/attachments/${report.attachments[0]!.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.rawPayload).toEqual(JPEG);
    // Another commune's officer: not found, like any case outside the jurisdiction.
    const other = await t.as('communeOfficerB');
    expect((await other.get(`/api/cases/${row.case_id}?purpose=case_work`)).statusCode).toBe(404);
  });
});

describe('the tracking page', () => {
  it('says received, then in progress, then closed, and nothing else', async () => {
    const res = await send(t, await publicReport(t));
    const { trackingCode } = res.json<{ trackingCode: string }>();
    const track = async (code = trackingCode) =>
      t.anonymous().get(`/api/public/track/${encodeURIComponent(code)}`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

    const fresh = await track();
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toEqual({ status: 'received', receivedOn: today });
    // Typed in lower case, without the dash, with an O for a zero: the same report.
    expect((await track(trackingCode.toLowerCase().replace('-', ' '))).json()).toEqual(fresh.json());

    const { case_id: caseId } = await reportOf(trackingCode);
    const c = await caseClients(t);
    const step = (client: TestClient, type: keyof typeof STEP, s: { data: object; text: object }) =>
      actOk(client, caseId, type, s.data as Record<string, unknown>, s.text as Record<string, unknown>);
    await step(c.officer, 'VERIFY', STEP.VERIFY());
    expect((await track()).json()).toEqual({ status: 'received', receivedOn: today });
    await step(c.officer, 'ASSESS_INITIAL', STEP.ASSESS_INITIAL());
    expect((await track()).json()).toEqual({ status: 'in_progress', receivedOn: today });
    await step(c.chairman, 'EMERGENCY_PROTECT', STEP.EMERGENCY_PROTECT());
    await step(c.officer, 'ASSESS_NEEDS', STEP.ASSESS_NEEDS());
    await step(c.officer, 'DRAFT_PLAN', STEP.DRAFT_PLAN(t.agencies.policeA));
    await step(c.chairman, 'APPROVE_PLAN', STEP.APPROVE_PLAN());
    expect((await track()).json()).toEqual({ status: 'in_progress', receivedOn: today });
    await step(c.officer, 'REVIEW', STEP.REVIEW());
    await step(c.chairman, 'CLOSE', STEP.CLOSE());
    const closed = await track();
    expect(Object.keys(closed.json()).sort()).toEqual(['receivedOn', 'status']);
    expect(closed.json()).toEqual({ status: 'closed', receivedOn: today });
  });

  it('answers the same 404 for an unknown code and for nonsense', async () => {
    const unknown = await t.anonymous().get('/api/public/track/ZZZZZ-ZZZZZ');
    const nonsense = await t.anonymous().get(`/api/public/track/${encodeURIComponent("' OR 1=1 --")}`);
    const empty = await t.anonymous().get('/api/public/track/UUUUU-UUUUU');
    for (const res of [unknown, nonsense, empty]) expect(res.statusCode).toBe(404);
    expect(nonsense.body).toBe(unknown.body);
    expect(empty.body).toBe(unknown.body);
  });
});

describe('the public place lists', () => {
  it('list provinces and communes by code and name only, cacheable', async () => {
    const provinces = await t.anonymous().get('/api/public/units/provinces');
    expect(provinces.statusCode).toBe(200);
    expect(provinces.headers['cache-control']).toBe('public, max-age=86400');
    const items = provinces.json<{ items: Array<Record<string, string>> }>().items;
    expect(items).toContainEqual({ code: '56', name: 'Tỉnh Khánh Hoà' });
    expect(Object.keys(items[0]!).sort()).toEqual(['code', 'name']);
    const communes = await t.anonymous().get('/api/public/units/56/communes');
    expect(communes.json<{ items: Array<{ code: string }> }>().items.map((u) => u.code)).toContain('22333');
    const unknown = await t.anonymous().get('/api/public/units/99/communes');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['cache-control']).toBe('no-store');
    expect((await t.anonymous().get('/api/public/units/5/communes')).statusCode).toBe(400);
  });
});
