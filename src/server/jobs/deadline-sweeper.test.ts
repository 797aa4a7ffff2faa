import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-app';
import type { Database } from '../db/schema';
import type { Db } from '../db/open-db';
import { SYSTEM_ACTOR } from '../audit/audit.repo';
import { recordReport } from '../modules/reports/report-intake.service';
import type { CaseDeps } from '../modules/cases/case-append';
import {
  actOk,
  caseClients,
  driveTo,
  openCase,
  reportBody,
  STEP,
  type CaseClients,
} from '../modules/cases/case.test-helpers';
import { ReportInput } from '../../shared/domain/Report';
import { runDeadlineSweep } from './deadline-sweeper';

let t: TestContext;
let c: CaseClients;
let clock = new Date();
const HOUR = 3_600_000;

/** Moves the app's clock and the sweeper's together. */
function setTime(at: string | Date): Date {
  clock = new Date(at);
  t.setNow(clock);
  return clock;
}
const deps = (db: Db = t.db): CaseDeps => ({ db, config: t.config, now: () => clock });
const sweep = (db?: Db) => runDeadlineSweep(deps(db));

async function flagsOf(caseId: string) {
  return t.db
    .selectFrom('case_actions')
    .select(['data', 'actor_kind', 'actor_id', 'transaction_id'])
    .where('case_id', '=', caseId)
    .where('type', '=', 'FLAG_OVERDUE')
    .orderBy('seq')
    .execute();
}
const caseRow = (caseId: string) =>
  t.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
const notificationsOf = (userId: string, caseId: string) =>
  t.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('case_id', '=', caseId)
    .where('kind', '=', 'case.overdue')
    .execute();

beforeAll(async () => {
  t = await createTestContext();
  c = await caseClients(t);
  for (const key of ['provinceOfficerA', 'communeOfficerA', 'communeChairmanA', 'provinceOfficerB'] as const)
    await t.db
      .updateTable('users')
      .set({ email: `${key.toLowerCase()}@example.gov.vn` })
      .where('id', '=', t.users[key].id)
      .execute();
});
afterAll(async () => t.close());

describe('the deadline sweeper', () => {
  it('flags a case received 13 hours ago once, escalates it to the province and queues the e-mails', async () => {
    const received = setTime('2026-12-01T01:00:00Z');
    const { caseId, caseNumber } = await openCase(c.officer);
    const due = new Date(received.getTime() + 12 * HOUR).toISOString();
    expect((await caseRow(caseId)).sweep_at?.toISOString()).toBe(due);

    setTime(new Date(received.getTime() + 13 * HOUR));
    const first = await sweep();
    expect(first.flagged).toBeGreaterThanOrEqual(1);
    const flags = await flagsOf(caseId);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      actor_kind: 'system',
      actor_id: null,
      data: { clock: 'emergency_12h', dueAt: due, taskId: null },
    });
    const row = await caseRow(caseId);
    expect(row.escalated).toBe(true);
    // Nothing else is running: the case is not looked at again; the queue still shows the missed deadline.
    expect(row.sweep_at).toBeNull();
    expect(row.next_due_at?.toISOString()).toBe(due);

    const province = await notificationsOf(t.users.provinceOfficerA.id, caseId);
    expect(province).toHaveLength(1);
    expect(province[0]?.params).toMatchObject({ caseNumber, clock: 'emergency_12h' });
    expect(await notificationsOf(t.users.communeChairmanA.id, caseId)).toHaveLength(1);
    // Another province hears nothing.
    expect(await notificationsOf(t.users.provinceOfficerB.id, caseId)).toHaveLength(0);
    const mail = await t.db
      .selectFrom('email_outbox')
      .selectAll()
      .where('to_address', '=', 'provinceofficera@example.gov.vn')
      .where('body', 'like', `%${caseId}%`)
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toContain(caseNumber);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_username', 'purpose', 'unit_code'])
      .where('operation', '=', 'case.action')
      .where('purpose', '=', 'FLAG_OVERDUE')
      .where(sql<boolean>`${caseId} = ANY(target_ids)`)
      .execute();
    expect(audit).toEqual([{ actor_username: 'system', purpose: 'FLAG_OVERDUE', unit_code: '22333' }]);

    // Run twice: flagged once.
    const second = await sweep();
    expect(second).toEqual({ flagged: 0, cases: 0 });
    expect(await flagsOf(caseId)).toHaveLength(1);
    expect(await notificationsOf(t.users.provinceOfficerA.id, caseId)).toHaveLength(1);
  });

  it('flags nothing when the step was taken in time', async () => {
    const received = setTime('2026-12-02T01:00:00Z');
    const { caseId } = await openCase(c.officer);
    setTime(new Date(received.getTime() + 6 * HOUR));
    await driveTo(t, c, caseId, 'emergency_protected');
    setTime(new Date(received.getTime() + 13 * HOUR));
    await sweep();
    expect(await flagsOf(caseId)).toHaveLength(0);
    const row = await caseRow(caseId);
    expect(row).toMatchObject({ escalated: false, sweep_at: null, next_due_at: null });
  });

  it('two sweepers running at once flag each deadline once', async () => {
    // Everything older is swept first, so the two runs below see only these cases.
    const received = new Date('2026-12-03T01:00:00Z');
    setTime(new Date(received.getTime() + 13 * HOUR));
    await sweep();
    setTime(received);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await openCase(c.officer)).caseId);
    setTime(new Date(received.getTime() + 13 * HOUR));

    const other = secondHandle(t);
    try {
      const [a, b] = await Promise.all([sweep(t.db), sweep(other ?? t.db)]);
      expect(a.flagged + b.flagged).toBe(3);
      expect(a.cases + b.cases).toBe(3);
    } finally {
      await other?.destroy();
    }
    for (const id of ids) expect(await flagsOf(id)).toHaveLength(1);
    expect(await sweep()).toEqual({ flagged: 0, cases: 0 });
  });

  it('leaves a case another instance holds to that instance (SKIP LOCKED), on a PostgreSQL server', async (ctx) => {
    const other = secondHandle(t);
    if (!other) return ctx.skip(); // PGlite: one backend session, no second transaction to hold a lock
    try {
      const received = new Date('2026-12-03T05:00:00Z');
      setTime(new Date(received.getTime() + 13 * HOUR));
      await sweep();
      setTime(received);
      const { caseId } = await openCase(c.officer);
      setTime(new Date(received.getTime() + 13 * HOUR));
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked = () => {};
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = other.transaction().execute(async (tx) => {
        await tx.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().execute();
        locked();
        await held;
      });
      await isLocked;
      expect(await sweep()).toEqual({ flagged: 0, cases: 0 });
      release();
      await holder;
      expect(await sweep()).toEqual({ flagged: 1, cases: 1 });
      expect(await flagsOf(caseId)).toHaveLength(1);
    } finally {
      await other.destroy();
    }
  });

  it('counts the 5 working days of the plan across a weekend', async () => {
    // Friday 4 December 2026, 18:00 in Vietnam: the 5th working day after it is Friday 11 December.
    setTime('2026-12-04T11:00:00Z');
    const { caseId } = await openCase(c.officer);
    await driveTo(t, c, caseId, 'needs_assessed');
    const due = '2026-12-11T17:00:00.000Z';
    expect((await caseRow(caseId)).sweep_at?.toISOString()).toBe(due);

    for (const at of ['2026-12-06T11:00:00Z', '2026-12-10T12:00:00Z', '2026-12-11T16:59:00Z']) {
      setTime(at);
      await sweep();
      expect(await flagsOf(caseId), at).toHaveLength(0);
    }
    setTime('2026-12-11T17:30:00Z');
    await sweep();
    const flags = await flagsOf(caseId);
    expect(flags.map((f) => f.data)).toEqual([{ clock: 'plan_5wd', dueAt: due, taskId: null }]);
    expect((await caseRow(caseId)).escalated).toBe(true);
    // Drafting the plan late stops the clock: the case is no longer escalated.
    const draft = STEP.DRAFT_PLAN(t.agencies.policeA);
    await actOk(c.officer, caseId, 'DRAFT_PLAN', draft.data, draft.text);
    expect((await caseRow(caseId)).escalated).toBe(false);
  });

  it('flags a plan task past its due date, and not the one done in time', async () => {
    setTime('2026-12-20T03:00:00Z');
    const { caseId } = await openCase(c.officer);
    const { taskIds } = await driveTo(t, c, caseId, 'in_progress');
    const [doneTask, lateTask] = taskIds as [string, string];
    const police = await t.as('partnerPoliceA');
    await actOk(police, caseId, 'TASK_ACCEPT', { taskId: doneTask });
    await actOk(police, caseId, 'TASK_DONE', { taskId: doneTask }, { result: 'Đã thực hiện.' });
    await actOk(police, caseId, 'TASK_ACCEPT', { taskId: lateTask });

    setTime('2026-12-31T16:00:00Z');
    await sweep();
    expect(await flagsOf(caseId)).toHaveLength(0);
    setTime('2027-01-01T01:00:00Z');
    await sweep();
    const flags = await flagsOf(caseId);
    expect(flags.map((f) => f.data)).toEqual([
      { clock: 'task', dueAt: '2026-12-31T17:00:00.000Z', taskId: lateTask },
    ]);
    expect((await caseRow(caseId)).escalated).toBe(true);
    expect(await notificationsOf(t.users.communeOfficerA.id, caseId)).toHaveLength(1);
    expect(await notificationsOf(t.users.provinceOfficerA.id, caseId)).toHaveLength(1);
  });

  it('escalates a hotline transfer the commune did not acknowledge in time', async () => {
    const hours = t.config.cases.acknowledgeHours;
    const received = setTime('2027-01-10T01:00:00Z');
    const late = await hotlineCase();
    const acknowledged = await hotlineCase();
    setTime(new Date(received.getTime() + (hours / 2) * HOUR));
    await actOk(c.officer, acknowledged, 'ACKNOWLEDGE');

    setTime(new Date(received.getTime() + (hours + 1) * HOUR));
    await sweep();
    const due = new Date(received.getTime() + hours * HOUR).toISOString();
    expect((await flagsOf(late)).map((f) => f.data)).toEqual([
      { clock: 'acknowledge', dueAt: due, taskId: null },
    ]);
    expect((await caseRow(late)).escalated).toBe(true);
    expect(await notificationsOf(t.users.provinceOfficerA.id, late)).toHaveLength(1);
    expect(await flagsOf(acknowledged)).toHaveLength(0);
    expect((await caseRow(acknowledged)).escalated).toBe(false);
  });

  it('only refreshes a case whose stored sweep time is ahead of its real deadline', async () => {
    const received = setTime('2027-01-20T01:00:00Z');
    const { caseId } = await openCase(c.officer);
    const due = new Date(received.getTime() + 12 * HOUR);
    // A projection written before a calendar change: the sweep time says now, the deadline is later.
    await t.db.updateTable('cases').set({ sweep_at: received }).where('id', '=', caseId).execute();
    setTime(new Date(received.getTime() + HOUR));
    await sweep();
    expect(await flagsOf(caseId)).toHaveLength(0);
    expect((await caseRow(caseId)).sweep_at?.toISOString()).toBe(due.toISOString());
  });
});

/** A hotline 111 transfer to commune A: the commune must acknowledge it within TREEM_ACK_HOURS. */
async function hotlineCase(): Promise<string> {
  const u = await t.db
    .selectFrom('users')
    .select(['id', 'role', 'unit_code', 'province_code', 'agency_id'])
    .where('id', '=', t.users.hotlineCounsellor.id)
    .executeTakeFirstOrThrow();
  const input = ReportInput.parse(reportBody({ channel: 'hotline_111' }));
  const created = await recordReport(
    deps(),
    {
      actor: { ...SYSTEM_ACTOR, userId: u.id, role: u.role },
      locale: 'vi',
      user: {
        id: u.id,
        role: 'hotline_counsellor',
        unitCode: u.unit_code,
        provinceCode: u.province_code,
        agencyId: u.agency_id,
      },
    },
    input,
    { requiresAck: true },
  );
  return created.caseId;
}

/**
 * A second Kysely on its own pool, like a second app instance. PGlite has one backend session, which two pools
 * would interleave; there the two sweeps share the one connection (null: use t.db).
 */
function secondHandle(ctx: TestContext): Kysely<Database> | null {
  if (ctx.handle.kind === 'pglite') return null;
  const pool = new pg.Pool({ connectionString: ctx.handle.pool.options.connectionString, max: 3 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
