import crypto from 'node:crypto';
import type { TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';

/*
 * Plans and reports for the export route tests, inserted directly (independent of the plan and report APIs), in a
 * year that is not a reference theme: an issued province plan with an agency's and a commune's activity, a draft
 * plan of commune A, commune A's accepted report and the province's draft report (whose live roll-up holds it).
 */
export const YEAR = 2031;

async function insertPlan(
  t: TestContext,
  over: {
    level: 'province' | 'commune';
    status: 'draft' | 'issued';
  },
): Promise<string> {
  const id = crypto.randomUUID();
  const issued = over.status === 'issued';
  await t.db
    .insertInto('am_plans')
    .values({
      id,
      transaction_id: crypto.randomUUID(),
      year: YEAR,
      level: over.level,
      province_code: PLACES.provinceA,
      commune_code: over.level === 'commune' ? PLACES.communeA : null,
      issuing_body:
        over.level === 'commune' ? 'Ủy ban nhân dân phường Bắc Nha Trang' : 'Ủy ban nhân dân tỉnh Khánh Hoà',
      document_number: issued ? '1712/KH-UBND' : null,
      document_date: issued ? `${YEAR}-05-12` : null,
      signer_name: issued ? 'Trần Minh Đức' : null,
      signer_title: 'Chủ tịch',
      title: `Tổ chức Tháng hành động vì trẻ em năm ${YEAR}`,
      purpose: 'Nâng cao nhận thức về quyền trẻ em.',
      period_start: `${YEAR}-06-01`,
      period_end: `${YEAR}-06-30`,
      status: over.status,
      created_by: t.users.provinceOfficerA.id,
      issued_at: issued ? new Date() : null,
    })
    .execute();
  return id;
}

async function insertReport(
  t: TestContext,

  level: 'commune' | 'province',
  status: 'draft' | 'accepted',
  result: { title: string; events: number; childrenGifted: number; giftsValue: number },
): Promise<string> {
  const id = crypto.randomUUID();
  await t.db
    .insertInto('am_reports')
    .values({
      id,
      year: YEAR,
      level,
      province_code: PLACES.provinceA,
      commune_code: level === 'commune' ? PLACES.communeA : null,
      status,
      due_date: `${YEAR}-07-19`,
      summary: `Báo cáo ${level === 'commune' ? 'của phường' : 'của tỉnh'} về Tháng hành động.`,
      difficulties: 'Kinh phí còn hạn chế.',
      submitted_at: status === 'accepted' ? new Date(`${YEAR}-07-10T02:00:00Z`) : null,
      accepted_at: status === 'accepted' ? new Date(`${YEAR}-07-12T02:00:00Z`) : null,
    })
    .execute();
  await t.db
    .insertInto('am_results')
    .values({
      id: crypto.randomUUID(),
      report_id: id,
      activity_type: 'visits_gifts',
      title: result.title,
      events: result.events,
      children_gifted: result.childrenGifted,
      gifts_value: result.giftsValue,
    })
    .execute();
  return id;
}

export async function seedExportFixtures(
  t: TestContext,
): Promise<{ plan: string; draft: string; communeReport: string; provinceReport: string }> {
  await t.db
    .insertInto('am_themes')
    .values({
      year: YEAR,
      theme: 'Chủ đề kiểm thử xuất báo cáo',
      slogans: ['Trẻ em hôm nay, thế giới ngày mai'],
      period_start: `${YEAR}-06-01`,
      period_end: `${YEAR}-06-30`,
      commune_report_due: `${YEAR}-07-19`,
      province_report_due: `${YEAR}-07-31`,
    })
    .execute();
  const plan = await insertPlan(t, { level: 'province', status: 'issued' });
  await t.db
    .insertInto('am_activities')
    .values([
      {
        id: crypto.randomUUID(),
        plan_id: plan,
        seq: 1,
        type: 'launch_ceremony',
        title: 'Lễ phát động cấp tỉnh',
        assignee_agency_id: t.agencies.policeA,
        start_date: `${YEAR}-05-31`,
        end_date: `${YEAR}-05-31`,
        budget_state: 150_000_000,
        budget_mobilised: 20_000_000,
      },
      {
        id: crypto.randomUUID(),
        plan_id: plan,
        seq: 2,
        type: 'children_forum',
        title: 'Diễn đàn trẻ em phường',
        assignee_commune_code: PLACES.communeA,
        budget_state: 5_500_000,
      },
    ])
    .execute();
  const draft = await insertPlan(t, { level: 'commune', status: 'draft' });
  const communeReport = await insertReport(t, 'commune', 'accepted', {
    title: 'Thăm hỏi trẻ em mồ côi',
    events: 2,
    childrenGifted: 40,
    giftsValue: 12_000_000,
  });
  const provinceReport = await insertReport(t, 'province', 'draft', {
    title: 'Thăm hỏi trẻ em tại Trung tâm Bảo trợ xã hội tỉnh',
    events: 1,
    childrenGifted: 60,
    giftsValue: 30_000_000,
  });
  return { plan, draft, communeReport, provinceReport };
}
