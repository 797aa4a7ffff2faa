import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { FixtureUserKey } from '../../../test/fixtures';
import type { AmPlanDetail, AmPlanList } from '../../../shared/domain/ActionMonth';
import { createPlan, errorOf, issuedPlan, planBody } from './plan.test-helpers';
import { MAX_PLAN_FILE_BYTES } from './plan-file.service';

let t: TestContext;
const clients = {} as Record<FixtureUserKey, TestClient>;
const plans = {} as Record<
  'national' | 'provinceA' | 'provinceB' | 'communeA' | 'communeB' | 'agency',
  AmPlanDetail
>;
beforeAll(async () => {
  t = await createTestContext();
  for (const who of [
    'nationalOfficer',
    'provinceOfficerA',
    'provinceOfficerB',
    'communeOfficerA',
    'communeOfficerB',
    'communeOfficerC',
    'communeChairmanA',
    'partnerPoliceA',
    'inspectorA',
    'inspectorNational',
    'villageCollaboratorA',
  ] as const)
    clients[who] = await t.as(who);
  plans.national = await issuedPlan(clients.nationalOfficer, { issuingBody: 'Bộ Y tế' });
  plans.provinceA = await issuedPlan(clients.provinceOfficerA, { parentPlanId: plans.national.id });
  plans.provinceB = await issuedPlan(clients.provinceOfficerB, { issuingBody: 'UBND thành phố Hà Nội' });
  plans.communeA = await createPlan(clients.communeOfficerA, { parentPlanId: plans.provinceA.id });
  plans.communeB = await createPlan(clients.communeOfficerB, { parentPlanId: plans.provinceA.id });
  plans.agency = await createPlan(clients.partnerPoliceA, {
    issuingBody: 'Công an phường Bắc Nha Trang',
    parentPlanId: plans.provinceA.id,
  });
});
afterAll(async () => t.close());

const visible = async (who: FixtureUserKey) =>
  (await clients[who].get('/api/action-month/plans?year=2025')).json<AmPlanList>().items.map((p) => p.id);

describe('who sees which plans', () => {
  it('national sees all; a province its own province’s and the national plans', async () => {
    expect(new Set(await visible('nationalOfficer'))).toEqual(new Set(Object.values(plans).map((p) => p.id)));
    expect(await visible('provinceOfficerA')).toEqual([
      plans.national.id,
      plans.provinceA.id,
      plans.agency.id,
      plans.communeA.id, // Phường Bắc Nha Trang before Phường Nha Trang
      plans.communeB.id,
    ]);
    expect(await visible('provinceOfficerB')).toEqual([plans.national.id, plans.provinceB.id]);
  });

  it('a commune its own plan with its province’s and the national ones; an agency likewise', async () => {
    expect(await visible('communeOfficerA')).toEqual([
      plans.national.id,
      plans.provinceA.id,
      plans.communeA.id,
    ]);
    expect(await visible('communeChairmanA')).toEqual([
      plans.national.id,
      plans.provinceA.id,
      plans.communeA.id,
    ]);
    expect(await visible('communeOfficerC')).toEqual([plans.national.id, plans.provinceB.id]);
    expect(await visible('partnerPoliceA')).toEqual([plans.national.id, plans.provinceA.id, plans.agency.id]);
    expect(await visible('inspectorA')).toHaveLength(5);
    expect(await visible('inspectorNational')).toHaveLength(6);
  });

  it('answers 404 on a plan outside the reach, exactly like a missing one', async () => {
    const pairs: [FixtureUserKey, AmPlanDetail][] = [
      ['communeOfficerB', plans.communeA],
      ['communeOfficerA', plans.agency],
      ['partnerPoliceA', plans.communeA],
      ['provinceOfficerB', plans.provinceA],
      ['provinceOfficerB', plans.communeA],
      ['communeOfficerC', plans.provinceA],
      ['communeOfficerA', plans.provinceB],
    ];
    for (const [who, plan] of pairs) {
      const res = await clients[who].get(`/api/action-month/plans/${plan.id}`);
      expect(res.statusCode, `${who} → ${plan.level}`).toBe(404);
      expect(errorOf(res.body).messageId).toBe('error.notFound');
      expect((await clients[who].get(`/api/action-month/plans/${plan.id}/file`)).statusCode).toBe(404);
    }
    expect((await clients.villageCollaboratorA.get('/api/action-month/plans?year=2025')).statusCode).toBe(
      403,
    );
  });

  it('lets only the issuing unit edit: a visible plan of another unit answers 403, an invisible one 404', async () => {
    const { transactionId: _tx, year: _y, ...fields } = planBody();
    const edit = (who: FixtureUserKey, plan: AmPlanDetail) =>
      clients[who].put(`/api/action-month/plans/${plan.id}`, { ...fields, expectedVersion: plan.version });
    expect(
      (await clients.communeOfficerA.get(`/api/action-month/plans/${plans.provinceA.id}`)).json(),
    ).toMatchObject({
      canEdit: false,
      canAttachFile: false,
    });
    const readOnly = (
      await clients.provinceOfficerA.get(`/api/action-month/plans/${plans.communeA.id}`)
    ).json();
    expect(readOnly).toMatchObject({ canEdit: false, canAttachFile: false });
    const denied = await edit('provinceOfficerA', plans.communeA);
    expect(denied.statusCode).toBe(403);
    expect(errorOf(denied.body).messageId).toBe('actionMonth.notPlanOwner');
    expect((await edit('nationalOfficer', plans.communeA)).statusCode).toBe(403);
    expect((await edit('communeOfficerB', plans.communeA)).statusCode).toBe(404);
    expect((await edit('inspectorA', plans.communeA)).statusCode).toBe(403); // no plan permission at all
    const chairman = await edit('communeChairmanA', plans.communeA);
    expect(chairman.statusCode, chairman.body).toBe(200);
  });
});

describe('the signed copy (PDF)', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 7), Buffer.from('\n%%EOF\n')]);
  const upload = (
    who: FixtureUserKey,
    planId: string,
    body: Buffer | string,
    type = 'application/pdf',
    q = '',
  ) =>
    clients[who].request({
      method: 'PUT',
      url: `/api/action-month/plans/${planId}/file${q}`,
      payload: body,
      headers: { 'content-type': type },
    });

  it('stores the owner’s PDF on an issued plan and gives back the same bytes to those who see the plan', async () => {
    const res = await upload(
      'provinceOfficerA',
      plans.provinceA.id,
      pdf,
      'application/pdf',
      '?fileName=K%E1%BA%BF%20ho%E1%BA%A1ch%201712.pdf',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AmPlanDetail>()).toMatchObject({
      status: 'issued',
      hasFile: true,
      file: { fileName: 'Kế hoạch 1712.pdf', byteSize: pdf.length },
    });
    for (const who of ['communeOfficerA', 'partnerPoliceA', 'provinceOfficerA'] as const) {
      const file = await clients[who].get(`/api/action-month/plans/${plans.provinceA.id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename="Ke hoach 1712.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%201712.pdf`,
      );
      expect(Buffer.compare(file.rawPayload, pdf)).toBe(0);
    }
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['counts', 'actor_id'])
      .where('operation', '=', 'action_month.plan.file' as never)
      .execute();
    expect(audit).toEqual([{ counts: { bytes: pdf.length }, actor_id: clients.provinceOfficerA.userId }]);
  });

  it('replaces the copy of a draft, with a default name', async () => {
    await upload('communeOfficerA', plans.communeA.id, pdf);
    const second = Buffer.concat([pdf, Buffer.from('thay thế')]);
    const res = await upload(
      'communeOfficerA',
      plans.communeA.id,
      second,
      'application/pdf',
      '?fileName=..%2F..%2Fetc',
    );
    expect(res.json<AmPlanDetail>().file).toMatchObject({ fileName: 'etc.pdf', byteSize: second.length });
    const file = await clients.communeOfficerA.get(`/api/action-month/plans/${plans.communeA.id}/file`);
    expect(Buffer.compare(file.rawPayload, second)).toBe(0);
  });

  it('refuses what is not a PDF (400/415), what is too large (413) and other units (403/404)', async () => {
    const notPdf = await upload('communeOfficerB', plans.communeB.id, Buffer.from('GIF89a……'));
    expect(notPdf.statusCode).toBe(400);
    expect(errorOf(notPdf.body).messageId).toBe('actionMonth.notPdf');
    expect((await upload('communeOfficerB', plans.communeB.id, pdf, 'image/png')).statusCode).toBe(415);
    expect((await upload('communeOfficerB', plans.communeB.id, '%PDF-1.4', 'text/plain')).statusCode).toBe(
      415,
    );
    const json = await clients.communeOfficerB.put(`/api/action-month/plans/${plans.communeB.id}/file`, {
      a: 1,
    });
    expect(json.statusCode).toBe(415);
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_PLAN_FILE_BYTES)]);
    expect((await upload('communeOfficerB', plans.communeB.id, big)).statusCode).toBe(413);
    expect((await upload('provinceOfficerA', plans.communeB.id, pdf)).statusCode).toBe(403);
    expect((await upload('communeOfficerA', plans.communeB.id, pdf)).statusCode).toBe(404);
    expect((await upload('inspectorA', plans.communeB.id, pdf)).statusCode).toBe(403);
    const untouched = (
      await clients.communeOfficerB.get(`/api/action-month/plans/${plans.communeB.id}`)
    ).json();
    expect(untouched).toMatchObject({ hasFile: false, file: null });
    expect(
      (await clients.communeOfficerB.get(`/api/action-month/plans/${plans.communeB.id}/file`)).statusCode,
    ).toBe(404);
  });
});
