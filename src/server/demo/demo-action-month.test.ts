import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db';
import { loadConfig } from '../config';
import type { DbHandle } from '../db/open-db';
import { assignedActivities } from '../modules/action-month/assignment.service';
import { seedDemoIfEmpty } from './demo-seed';
import { seedDemoActionMonth } from './demo-action-month';
import { DEMO_COMMUNE, DEMO_PROVINCE } from './demo-data';

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

describe('demo Action Month', () => {
  it('issues the 2025 province plan and the demo commune’s, with reports for the roll-up, once', async () => {
    const config = loadConfig({ NODE_ENV: 'test', TREEM_MODE: 'demo', TREEM_LOG_LEVEL: 'silent' });
    const deps = { config, db: h.db, now: () => new Date() };
    expect(await seedDemoActionMonth(deps)).toEqual({ plans: 0 }); // no demo users yet: nothing to attach plans to
    await seedDemoIfEmpty(h.db);
    expect(await seedDemoActionMonth(deps)).toEqual({ plans: 2 });
    expect(await seedDemoActionMonth(deps)).toEqual({ plans: 0 });

    const plans = await h.db
      .selectFrom('am_plans')
      .select(['id', 'level', 'status', 'commune_code', 'parent_plan_id', 'year'])
      .orderBy('level', 'desc')
      .execute();
    expect(plans).toHaveLength(2);
    const [province, commune] = plans;
    expect(province).toMatchObject({ level: 'province', status: 'issued', year: 2025, parent_plan_id: null });
    expect(commune).toMatchObject({
      level: 'commune',
      commune_code: DEMO_COMMUNE,
      parent_plan_id: province?.id,
    });
    const activities = await h.db.selectFrom('am_activities').select(['assignee_agency_id']).execute();
    expect(activities).toHaveLength(13);
    expect(activities.filter((a) => a.assignee_agency_id)).toHaveLength(8);

    const unit = {
      level: 'commune',
      provinceCode: DEMO_PROVINCE,
      communeCode: DEMO_COMMUNE,
      agencyId: null,
    } as const;
    const assigned = await assignedActivities(h.db, unit, 2025);
    expect(assigned.length).toBe(5);

    const reports = await h.db
      .selectFrom('am_reports')
      .select(['id', 'commune_code', 'status'])
      .orderBy('commune_code')
      .execute();
    expect(reports.map((r) => [r.commune_code, r.status])).toEqual([
      [DEMO_COMMUNE, 'accepted'],
      ['22366', 'submitted'],
    ]);
    const results = await h.db
      .selectFrom('am_results')
      .select(['report_id', 'activity_id'])
      .where('report_id', '=', reports[0]?.id ?? '')
      .execute();
    // One result row per activity assigned to the demo commune, exactly what the report pre-fill would give.
    expect(new Set(results.map((r) => r.activity_id))).toEqual(new Set(assigned.map((a) => a.activity.id)));
  });
});
