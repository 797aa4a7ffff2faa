import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db';
import type { DbHandle } from '../db/open-db';
import { loadConfig } from '../config';
import { seedChildren } from '../modules/children/seed/seed-children';
import { seedDemoIfEmpty } from './demo-seed';
import { seedDemoFund } from './demo-fund';

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

const counts = async () => {
  const n = async (
    table:
      | 'funds'
      | 'fund_campaigns'
      | 'fund_donors'
      | 'fund_donations'
      | 'fund_disbursements'
      | 'fund_allocations'
      | 'fund_disclosures',
  ) =>
    Number(
      (
        await h.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    funds: await n('funds'),
    campaigns: await n('fund_campaigns'),
    donors: await n('fund_donors'),
    donations: await n('fund_donations'),
    disbursements: await n('fund_disbursements'),
    allocations: await n('fund_allocations'),
    disclosures: await n('fund_disclosures'),
  };
};

describe('demo fund', () => {
  it('seeds the national and Khánh Hoà funds with a campaign, ledger and disclosure, once', async () => {
    const config = loadConfig({ NODE_ENV: 'test', TREEM_MODE: 'demo', TREEM_LOG_LEVEL: 'silent' });
    const deps = { config, db: h.db, now: () => new Date('2026-03-15T03:00:00Z') };
    expect(await seedDemoFund(deps)).toEqual({ donations: 0 }); // no demo users yet: nothing to do
    await seedDemoIfEmpty(h.db);
    await seedChildren(h, { count: 40, province: '56', seed: 'demo', encryptionKey: config.encryptionKey });
    expect(await seedDemoFund(deps)).toEqual({ donations: 5 });
    const first = await counts();
    expect(first).toEqual({
      funds: 2,
      campaigns: 1,
      donors: 4,
      donations: 5,
      disbursements: 16,
      allocations: expect.any(Number),
      disclosures: 1,
    });
    await seedDemoFund(deps);
    expect(await counts()).toEqual(first);

    const children = await h.db
      .selectFrom('fund_disbursements')
      .select('province_code')
      .where('beneficiary_kind', '=', 'child')
      .execute();
    expect(new Set(children.map((c) => c.province_code))).toEqual(new Set(['56']));
    const donations = await h.db.selectFrom('fund_donations').select(['amount', 'allocated']).execute();
    for (const d of donations) expect(d.allocated).toBeLessThanOrEqual(d.amount);
    const disclosure = await h.db.selectFrom('fund_disclosures').select('snapshot').executeTakeFirstOrThrow();
    expect(disclosure.snapshot).toMatchObject({
      campaignName: 'Mùa xuân cho em',
      income: { total: 97_000_000, anonymousCount: 1, anonymousTotal: 5_000_000 },
    });
  });
});
