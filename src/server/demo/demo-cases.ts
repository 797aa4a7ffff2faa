import crypto from 'node:crypto';
import type { AppDeps } from '../app-deps';
import type { AuditActor } from '../audit/audit.repo';
import { scopeFor, type ScopedUser } from '../../shared/permissions/scope';
import { isRole } from '../../shared/permissions/roles';
import { Permission } from '../../shared/permissions/Permission';
import { ReportInput } from '../../shared/domain/Report';
import { CaseActionInput } from '../../shared/domain/CaseAction';
import { recordReport } from '../modules/reports/report-intake.service';
import { takeCaseAction, type CaseCaller } from '../modules/cases/case-action.service';
import { DEMO_COMMUNE } from './demo-data';

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;
const HOUR = 3_600_000;

/**
 * Demo reports and cases (synthetic: names and events are invented): one case at each interesting point of the
 * procedure, so every queue, clock and role has something to show on the first `npm start`. Written through the
 * real services (intake, case actions), at times in the past, as the demo users.
 */
export async function seedDemoCases(deps: Deps): Promise<{ cases: number }> {
  const users = await demoCallers(deps);
  const officer = users.get('canbo.xa');
  const chairman = users.get('chutich.xa');
  const police = await deps.db
    .selectFrom('agencies')
    .select('id')
    .where('kind', '=', 'police')
    .executeTakeFirst();
  const health = await deps.db
    .selectFrom('agencies')
    .select('id')
    .where('kind', '=', 'health_facility')
    .executeTakeFirst();
  if (!officer || !chairman || !police || !health) return { cases: 0 };
  const start = deps.now().getTime();
  const at = (hoursAgo: number) => ({ ...deps, now: () => new Date(start - hoursAgo * HOUR) });
  const step = async (
    who: CaseCaller,
    hoursAgo: number,
    caseId: string,
    type: string,
    data: unknown,
    text: unknown,
  ) => {
    const input = CaseActionInput.parse({ type, transactionId: crypto.randomUUID(), data, text });
    await takeCaseAction(at(hoursAgo), who, caseId, input);
  };
  const report = async (hoursAgo: number, who: CaseCaller, body: Record<string, unknown>) => {
    const input = ReportInput.parse({
      transactionId: crypto.randomUUID(),
      communeCode: DEMO_COMMUNE,
      receivedAt: new Date(start - hoursAgo * HOUR).toISOString(),
      environment: 'family',
      ...body,
    });
    return (await recordReport(at(hoursAgo), { actor: who.actor, locale: 'vi', user: who.user }, input))
      .caseId;
  };

  // 1. Just received: the 12-hour clock runs.
  await report(2, officer, {
    channel: 'phone_commune',
    description: 'Người dân báo một trẻ khoảng 6 tuổi ở một mình nhiều ngày, không có người chăm sóc. (mẫu)',
    harmTypes: ['neglect'],
    perpetratorRelation: 'parent',
    urgency: 'high',
    child: { fullName: 'Nguyễn Thị Mẫu Một', estimatedAge: 6, sex: 'female' },
  });
  // 2. Received 20 hours ago and never looked at: overdue (the sweeper flags it and tells the province).
  await report(20, officer, {
    channel: 'school',
    description: 'Giáo viên chủ nhiệm thấy học sinh có nhiều vết bầm tím. (mẫu)',
    harmTypes: ['physical_violence'],
    environment: 'family',
    perpetratorRelation: 'step_parent',
    urgency: 'immediate',
    child: { fullName: 'Trần Văn Mẫu Hai', estimatedAge: 10, sex: 'male' },
  });
  // 3. Plan drafted, waiting for the chairman.
  const c3 = await report(72, officer, {
    channel: 'walk_in',
    description: 'Trẻ bỏ học đi làm thuê tại một cơ sở sản xuất. (mẫu)',
    harmTypes: ['exploitation'],
    environment: 'community',
    perpetratorRelation: 'acquaintance',
    child: { fullName: 'Lê Văn Mẫu Ba', estimatedAge: 14, sex: 'male' },
  });
  await step(
    officer,
    70,
    c3,
    'VERIFY',
    { outcome: 'confirmed', method: 'home_visit' },
    { findings: 'Đã xác minh tại nhà. (mẫu)' },
  );
  await step(
    officer,
    68,
    c3,
    'ASSESS_INITIAL',
    { riskLevel: 'moderate', caregiverIsPerpetrator: false, childSafeNow: true },
    {
      harmDescription: 'Trẻ làm việc 10 giờ mỗi ngày. (mẫu)',
      childCondition: 'Trẻ mệt mỏi, sức khoẻ bình thường. (mẫu)',
      conclusion: 'Không cần bảo vệ khẩn cấp. (mẫu)',
    },
  );
  await step(
    officer,
    50,
    c3,
    'ASSESS_NEEDS',
    { riskLevel: 'medium', meetingAt: new Date(start - 50 * HOUR).toISOString(), participantCount: 4 },
    {
      risks: 'Nguy cơ tiếp tục bị bóc lột sức lao động. (mẫu)',
      needs: 'Trở lại trường, hỗ trợ gia đình. (mẫu)',
      participants: 'Chủ tịch UBND phường, công an phường, nhà trường, cha mẹ. (mẫu)',
      minutes: 'Thống nhất đưa trẻ trở lại trường và hỗ trợ gia đình. (mẫu)',
    },
  );
  const t3 = [crypto.randomUUID()];
  await step(
    officer,
    30,
    c3,
    'DRAFT_PLAN',
    {
      reviewDate: new Date(start + 30 * 24 * HOUR).toISOString().slice(0, 10),
      tasks: [
        {
          taskId: t3[0],
          measure: 'education_support',
          agencyId: null,
          dueDate: new Date(start + 14 * 24 * HOUR).toISOString().slice(0, 10),
        },
      ],
    },
    {
      goals: 'Trẻ trở lại trường học. (mẫu)',
      tasks: [{ taskId: t3[0], description: 'Làm việc với nhà trường để trẻ đi học lại. (mẫu)' }],
    },
  );
  // 4. Plan approved: the police and the health station have tasks (the partner user congan.xa sees them).
  const c4 = await report(200, officer, {
    channel: 'police',
    description: 'Công an phát hiện trẻ bị người thân đánh gây thương tích. (mẫu)',
    harmTypes: ['physical_violence', 'emotional_violence'],
    perpetratorRelation: 'parent',
    urgency: 'immediate',
    child: { fullName: 'Phạm Thị Mẫu Bốn', estimatedAge: 8, sex: 'female' },
  });
  await step(
    officer,
    199,
    c4,
    'VERIFY',
    { outcome: 'confirmed', method: 'police' },
    { findings: 'Xác minh cùng công an phường. (mẫu)' },
  );
  await step(
    officer,
    198,
    c4,
    'ASSESS_INITIAL',
    { riskLevel: 'serious', caregiverIsPerpetrator: true, childSafeNow: false },
    {
      harmDescription: 'Trẻ bị cha đánh nhiều lần. (mẫu)',
      childCondition: 'Vết thương ở tay, trẻ hoảng sợ. (mẫu)',
      conclusion: 'Cần bảo vệ khẩn cấp. (mẫu)',
    },
  );
  await step(
    chairman,
    194,
    c4,
    'EMERGENCY_PROTECT',
    {
      measures: ['temporary_separation', 'first_aid'],
      separation: true,
      placementType: 'relative',
      decisionNumber: '01/QĐ-UBND (mẫu)',
      decidedAt: new Date(start - 194 * HOUR).toISOString(),
    },
    { reason: 'Người chăm sóc là người gây tổn hại. (mẫu)', placement: 'Nhà bà ngoại. (mẫu)', notes: null },
  );
  await step(
    officer,
    150,
    c4,
    'ASSESS_NEEDS',
    { riskLevel: 'high', meetingAt: new Date(start - 150 * HOUR).toISOString(), participantCount: 6 },
    {
      risks: 'Nguy cơ bạo lực lặp lại. (mẫu)',
      needs: 'Y tế, tâm lý, pháp lý. (mẫu)',
      participants: 'UBND phường, công an, trạm y tế, hội phụ nữ, bà ngoại. (mẫu)',
      minutes: 'Thống nhất kế hoạch hỗ trợ, can thiệp. (mẫu)',
    },
  );
  const t4 = [crypto.randomUUID(), crypto.randomUUID()];
  const due = new Date(start + 7 * 24 * HOUR).toISOString().slice(0, 10);
  await step(
    officer,
    120,
    c4,
    'DRAFT_PLAN',
    {
      reviewDate: new Date(start + 30 * 24 * HOUR).toISOString().slice(0, 10),
      tasks: [
        { taskId: t4[0], measure: 'stop_violation', agencyId: police.id, dueDate: due },
        { taskId: t4[1], measure: 'medical_care', agencyId: health.id, dueDate: due },
      ],
    },
    {
      goals: 'Trẻ an toàn, phục hồi sức khoẻ. (mẫu)',
      tasks: [
        { taskId: t4[0], description: 'Làm việc với người cha, ngăn chặn hành vi bạo lực. (mẫu)' },
        { taskId: t4[1], description: 'Khám và theo dõi vết thương của trẻ. (mẫu)' },
      ],
    },
  );
  await step(
    chairman,
    100,
    c4,
    'APPROVE_PLAN',
    {
      decisionNumber: '02/QĐ-UBND (mẫu)',
      decidedAt: new Date(start - 100 * HOUR).toISOString().slice(0, 10),
    },
    { note: null },
  );
  // 5. Closed after review.
  const c5 = await report(900, officer, {
    channel: 'online',
    description: 'Trẻ bị bạn bè bắt nạt trên mạng xã hội. (mẫu)',
    harmTypes: ['online_abuse'],
    environment: 'online',
    perpetratorRelation: 'other_child',
    child: { fullName: 'Võ Văn Mẫu Năm', estimatedAge: 13, sex: 'male' },
  });
  await step(
    officer,
    899,
    c5,
    'VERIFY',
    { outcome: 'unfounded', method: 'phone' },
    { findings: 'Gia đình và nhà trường đã giải quyết. (mẫu)' },
  );
  return { cases: 5 };
}

async function demoCallers(deps: Deps): Promise<Map<string, CaseCaller>> {
  const rows = await deps.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'unit_code', 'province_code', 'agency_id'])
    .where('username', 'in', ['canbo.xa', 'chutich.xa'])
    .execute();
  const out = new Map<string, CaseCaller>();
  for (const r of rows) {
    if (!isRole(r.role)) continue;
    const user: ScopedUser = {
      id: r.id,
      role: r.role,
      unitCode: r.unit_code,
      provinceCode: r.province_code,
      agencyId: r.agency_id,
    };
    const scope = scopeFor(user, Permission.casesAct);
    if (!scope) continue;
    const actor: AuditActor = {
      userId: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      unitCode: r.unit_code,
      ip: null,
      userAgent: 'demo seed',
      requestId: null,
    };
    out.set(r.username, { actor, user, scope, locale: 'vi' });
  }
  return out;
}
