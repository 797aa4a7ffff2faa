import crypto from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { AppDeps } from '../app-deps';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.repo';
import type { Tx } from '../db/transaction';
import type { AmActivitiesTable, AmReportsTable } from '../db/schema-action-month';
import type { AmActivityType } from '../../shared/domain/ActionMonth';
import { DEMO_AGENCIES, DEMO_COMMUNE, DEMO_PROVINCE } from './demo-data';
import {
  COMMUNE_ACTIVITIES,
  demoFigures,
  PROVINCE_ACTIVITIES,
  type DemoActivity,
} from './demo-action-month-data';

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;

const YEAR = 2025; // a real theme (data/reference/action-month-themes.csv)
const OTHER_COMMUNE = '22366'; // Phường Nha Trang, Khánh Hoà: a second commune with a report awaiting review
// Fixed transaction ids: a second run finds the first one's plans and stops.
const PROVINCE_PLAN_TX = '5eed2025-0a11-4000-8000-000000000001';
const COMMUNE_PLAN_TX = '5eed2025-0a11-4000-8000-000000000002';

/**
 * The demo Action Month of `npm start` (issue #5): the 2025 plan of Khánh Hoà issued with activities for agencies
 * and communes, the demo commune's plan implementing it, and result reports (the demo commune's accepted, another
 * commune's submitted) so the roll-up has figures. Synthetic text, invented people. Written once: a second run finds
 * the plans by their fixed transaction ids.
 */
export async function seedDemoActionMonth(deps: Deps): Promise<{ plans: number }> {
  return deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(727536006)`.execute(tx);
    const done = await tx
      .selectFrom('am_plans')
      .select('id')
      .where('transaction_id', '=', PROVINCE_PLAN_TX)
      .executeTakeFirst();
    const theme = await tx
      .selectFrom('am_themes')
      .select('commune_report_due')
      .where('year', '=', YEAR)
      .executeTakeFirst();
    const users = await tx
      .selectFrom('users')
      .select(['id', 'username'])
      .where('username', 'in', ['canbo.tinh', 'canbo.xa'])
      .execute();
    const provinceUser = users.find((u) => u.username === 'canbo.tinh')?.id;
    const communeUser = users.find((u) => u.username === 'canbo.xa')?.id;
    if (done || !theme || !provinceUser || !communeUser) return { plans: 0 };
    const agencies = await agencyIds(tx);

    const provincePlan = crypto.randomUUID();
    await tx
      .insertInto('am_plans')
      .values({
        id: provincePlan,
        transaction_id: PROVINCE_PLAN_TX,
        year: YEAR,
        level: 'province',
        province_code: DEMO_PROVINCE,
        issuing_body: 'Ủy ban nhân dân tỉnh Khánh Hòa',
        document_number: '145/KH-UBND',
        document_date: '2025-05-12',
        signer_name: 'Trần Quốc Mẫu (mẫu)',
        signer_title: 'KT. CHỦ TỊCH — PHÓ CHỦ TỊCH',
        title: 'Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2025 trên địa bàn tỉnh Khánh Hòa',
        purpose:
          'Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình và cộng đồng trong việc bảo vệ, chăm sóc trẻ em; huy động nguồn lực thực hiện các mục tiêu vì trẻ em của tỉnh.',
        requirements:
          'Các hoạt động thiết thực, hướng về cơ sở, ưu tiên trẻ em có hoàn cảnh đặc biệt; báo cáo kết quả về Ủy ban nhân dân tỉnh đúng hạn.',
        period_start: '2025-06-01',
        period_end: '2025-06-30',
        status: 'issued',
        created_by: provinceUser,
        issued_at: new Date('2025-05-12T02:00:00Z'),
        issued_by: provinceUser,
      })
      .execute();
    const provinceActs = await insertActivities(tx, provincePlan, PROVINCE_ACTIVITIES, agencies);

    const communePlan = crypto.randomUUID();
    await tx
      .insertInto('am_plans')
      .values({
        id: communePlan,
        transaction_id: COMMUNE_PLAN_TX,
        year: YEAR,
        level: 'commune',
        province_code: DEMO_PROVINCE,
        commune_code: DEMO_COMMUNE,
        issuing_body: 'Ủy ban nhân dân phường Bắc Nha Trang',
        document_number: '32/KH-UBND',
        document_date: '2025-05-22',
        signer_name: 'Lê Văn Hùng (mẫu)',
        signer_title: 'CHỦ TỊCH',
        title: 'Kế hoạch triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn phường Bắc Nha Trang',
        purpose: 'Triển khai Kế hoạch số 145/KH-UBND của Ủy ban nhân dân tỉnh tại phường.',
        requirements:
          'Các tổ dân phố, trường học và đoàn thể phối hợp thực hiện; báo cáo kết quả trước ngày 19/7/2025.',
        period_start: '2025-06-01',
        period_end: '2025-06-30',
        parent_plan_id: provincePlan,
        status: 'issued',
        created_by: communeUser,
        issued_at: new Date('2025-05-22T02:00:00Z'),
        issued_by: communeUser,
      })
      .execute();
    const communeActs = await insertActivities(tx, communePlan, COMMUNE_ACTIVITIES, agencies);

    const due = theme.commune_report_due;
    const accepted = await insertReport(tx, DEMO_COMMUNE, due, {
      status: 'accepted',
      summary:
        'Phường đã triển khai đầy đủ các hoạt động được giao; trẻ em có hoàn cảnh đặc biệt đều được thăm hỏi.',
      difficulties: 'Kinh phí xây dựng công trình vui chơi còn hạn chế.',
      recommendations: 'Đề nghị tỉnh hỗ trợ thêm kinh phí cho các điểm vui chơi hè.',
      submitted_at: new Date('2025-07-15T03:00:00Z'),
      submitted_by: communeUser,
      accepted_at: new Date('2025-07-22T03:00:00Z'),
      accepted_by: provinceUser,
    });
    // What the demo commune was assigned (assignment.service.ts): the all-communes and its own activities.
    const assigned = [...provinceActs, ...communeActs].filter((a) => a.all || a.commune);
    await insertResults(tx, accepted, assigned, 1);
    const submitted = await insertReport(tx, OTHER_COMMUNE, due, {
      status: 'submitted',
      summary: 'Phường đã tổ chức các hoạt động hưởng ứng Tháng hành động theo kế hoạch của tỉnh.',
      submitted_at: new Date('2025-07-18T03:00:00Z'),
    });
    await insertResults(
      tx,
      submitted,
      provinceActs.filter((a) => a.all),
      2,
    );
    await recordAudit(tx, SYSTEM_ACTOR, {
      operation: 'demo.seed',
      targetType: 'am_plan',
      targetIds: [provincePlan, communePlan],
      counts: { plans: 2, reports: 2 },
    });
    return { plans: 2 };
  });
}

async function agencyIds(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom('agencies')
    .select(['id', 'name'])
    .where(
      'name',
      'in',
      DEMO_AGENCIES.map((a) => a.name),
    )
    .execute();
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  return new Map(
    DEMO_AGENCIES.flatMap((a) => {
      const id = byName.get(a.name);
      return id ? [[a.key, id] as const] : [];
    }),
  );
}

type InsertedActivity = { id: string; type: AmActivityType; title: string; all: boolean; commune: boolean };

async function insertActivities(
  tx: Tx,
  planId: string,
  list: DemoActivity[],
  agencies: Map<string, string>,
): Promise<InsertedActivity[]> {
  const made = list.map((a) => ({ a, id: crypto.randomUUID() }));
  const rows: Insertable<AmActivitiesTable>[] = made.map(({ a, id }, i) => ({
    id,
    plan_id: planId,
    seq: i + 1,
    type: a.type,
    title: a.title,
    assignee_agency_id: a.agency ? (agencies.get(a.agency) ?? null) : null,
    assignee_commune_code: a.commune ?? null,
    assign_all_communes: a.all ?? false,
    start_date: a.dates[0],
    end_date: a.dates[1],
    budget_state: a.budget[0],
    budget_mobilised: a.budget[1],
    targets: a.targets,
  }));
  await tx.insertInto('am_activities').values(rows).execute();
  return made.map(({ a, id }) => ({
    id,
    type: a.type,
    title: a.title,
    all: a.all ?? false,
    commune: a.commune !== undefined,
  }));
}

async function insertReport(
  tx: Tx,
  communeCode: string,
  dueDate: string,
  values: Omit<
    Insertable<AmReportsTable>,
    'id' | 'year' | 'level' | 'province_code' | 'commune_code' | 'due_date' | 'version'
  > & { status: 'accepted' | 'submitted' },
): Promise<string> {
  const id = crypto.randomUUID();
  await tx
    .insertInto('am_reports')
    .values({
      ...values,
      id,
      year: YEAR,
      level: 'commune',
      province_code: DEMO_PROVINCE,
      commune_code: communeCode,
      due_date: dueDate,
      version: values.status === 'accepted' ? 3 : 2,
    })
    .execute();
  return id;
}

/** One result row per assigned activity, with plausible figures (scaled per commune so the two differ). */
async function insertResults(
  tx: Tx,
  reportId: string,
  acts: InsertedActivity[],
  scale: number,
): Promise<void> {
  const rows = acts.map((a) => ({
    id: crypto.randomUUID(),
    report_id: reportId,
    activity_id: a.id,
    activity_type: a.type,
    title: a.title,
    ...demoFigures(a.type, scale),
  }));
  if (rows.length > 0) await tx.insertInto('am_results').values(rows).execute();
}
